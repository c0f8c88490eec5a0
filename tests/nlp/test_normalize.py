"""Matching form and analysis view: same offsets as the text the caller gave."""

from __future__ import annotations

import pytest

from corpus_tool.nlp import analysis_view, match_form
from corpus_tool.nlp._normalize import tone_form


@pytest.mark.parametrize(("old", "new"), [
    ("hoá", "hóa"), ("Hoà Bình", "Hòa Bình"), ("Thuỷ", "Thủy"), ("uỷ ban", "ủy ban"),
    ("khoẻ", "khỏe"), ("qui định", "quy định"), ("Quí", "Quý"), ("Ðà Nẵng", "Đà Nẵng"),
    ("“Gần dân”", '"Gần dân"'), ("‘a’", "'a'"), ("a\u00a0b", "a b"),
])
def test_match_form_uses_one_convention_and_keeps_length(old: str, new: str) -> None:
    assert match_form(old) == new
    assert len(match_form(old)) == len(old)


@pytest.mark.parametrize("word", ["hoán", "ngoài", "quý", "thuyền", "Thụy", "hóa", "quỳnh"])
def test_match_form_leaves_words_that_are_already_right(word: str) -> None:
    assert match_form(word) == word


def test_tone_form_moves_tone_marks_only_and_keeps_quotes_and_spaces() -> None:
    assert tone_form("Thành uỷ\u00a0“hoà”") == "Thành ủy\u00a0“hòa”"
    assert tone_form("Thành ủy") == "Thành ủy"
    assert tone_form("Bác sỹ Sỹ, kĩ sư, Mỹ") == "Bác sĩ Sĩ, kỹ sư, Mỹ"
    assert tone_form("Thổ Nhĩ Kì, nước Mĩ, kì lạ") == "Thổ Nhĩ Kỳ, nước Mỹ, kỳ lạ"


def test_view_of_clean_text_is_the_text_itself() -> None:
    view, offsets = analysis_view("Thành ủy Thủ Dầu Một")
    assert view == "Thành ủy Thủ Dầu Một"
    assert offsets is None


def test_view_maps_html_entities_and_zero_width_back_to_the_original() -> None:
    text = "AT&amp;T <b>Bình</b>\u200bDương<br/>Thủ&nbsp;Dầu"
    view, offsets = analysis_view(text)
    assert view == "AT&T  Bình Dương\nThủ Dầu"
    assert offsets is not None
    at = view.index("AT&T")
    assert text[offsets.start(at):offsets.end(at + 4)] == "AT&amp;T"
    d = view.index("Dương")
    assert text[offsets.start(d):offsets.end(d + 5)] == "Dương"
    t = view.index("Thủ Dầu")
    assert text[offsets.start(t):offsets.end(t + 7)] == "Thủ&nbsp;Dầu"


def test_view_turns_controls_and_lone_surrogates_into_spaces() -> None:
    view, _ = analysis_view("a\x00b\ud800c\x1fd")
    assert view == "a b c d"
