from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest

from corpus_tool._dates import parse_datetime
from corpus_tool._text import clean_text, content_hash, nfc, unmarked
from corpus_tool.errors import ConfigError


def test_nfd_and_nfc_texts_clean_to_the_same_string() -> None:
    text = "Trưởng ban Tuyên giáo Thành ủy Thủ Dầu Một"
    assert clean_text(unicodedata.normalize("NFD", text)) == text
    assert nfc(unicodedata.normalize("NFD", text)) == text


def test_unmarked_strips_tone_and_letter_marks_whatever_the_normal_form() -> None:
    text = "Đổi mới ở Thủ Dầu Một, Mbappé"
    assert unmarked(text) == "Doi moi o Thu Dau Mot, Mbappe"
    assert unmarked(unicodedata.normalize("NFD", text)) == unmarked(text)


def test_clean_text_drops_controls_zero_width_and_lone_surrogates() -> None:
    assert clean_text("Gần\x00 dân\u200b,\ud800 giúp\x1b dân") == "Gần dân, giúp dân"


def test_clean_text_keeps_one_line_per_paragraph() -> None:
    assert clean_text(" Tiêu đề \r\n\r\n\n  Đoạn\u00a0một.\t\tHai. \n") == "Tiêu đề\nĐoạn một. Hai."


def test_content_hash_ignores_whitespace_and_normalisation_but_not_words() -> None:
    a = content_hash("Làm theo Bác", "Thành ủy  Thủ Dầu Một")
    assert a == content_hash(unicodedata.normalize("NFD", "Làm theo Bác"), "Thành ủy Thủ Dầu Một")
    assert a != content_hash("Làm theo Bác", "Thành ủy Thủ Dầu")


@pytest.mark.parametrize(("text", "iso"), [
    ("| 05-01-2023 | 08:40:31", "2023-01-05T08:40:31+07:00"),
    ("Thứ Hai, 12/8/2024 - 09:15", "2024-08-12T09:15:00+07:00"),
    ("12/08/2024 09:15 (GMT+7)", "2024-08-12T09:15:00+07:00"),
    ("2023-01-05T01:40:31Z", "2023-01-05T01:40:31+00:00"),
    ("2023-01-05", "2023-01-05T00:00:00+07:00"),
])
def test_vietnamese_and_iso_dates_parse_with_offsets(text: str, iso: str) -> None:
    parsed = parse_datetime(text)
    assert parsed is not None
    assert parsed.isoformat() == iso


def test_gmt_offset_is_kept() -> None:
    parsed = parse_datetime("12/08/2024 09:15 (GMT+7)")
    assert parsed is not None and parsed.utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize("text", ["", "hôm qua", "31/02/2023", "99-99-9999"])
def test_non_dates_give_none(text: str) -> None:
    assert parse_datetime(text) is None


def test_unknown_time_zone_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown time zone 'Mars/Base'"):
        parse_datetime("2023-01-05", default_tz="Mars/Base")
