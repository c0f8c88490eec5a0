"""annotate(): sentences and words with offsets into the text as given."""

from __future__ import annotations

import unicodedata

import pytest

from corpus_tool.nlp import Annotation, Pipeline, annotate, underthesea, word_tokenize


def _check_offsets(a: Annotation) -> None:
    last = 0
    for sentence in a.sentences:
        assert sentence.start <= sentence.end
        for token in sentence.tokens:
            assert a.text[token.start:token.end] == token.text
            assert sentence.start <= token.start < token.end <= sentence.end
            assert token.start >= last
            last = token.end


def _words(a: Annotation) -> list[list[str]]:
    return [[t.text for t in s.tokens] for s in a.sentences]


@pytest.mark.parametrize(("text", "written", "rewritten"), [
    ("Công nghiệp hoá đất nước", "hoá", "hóa"),
    ("Nhà máy Thuỷ điện Trị An", "Thuỷ", "Thủy"),
    ("Ðà Nẵng mở rộng", "Ðà", "Đà"),
    ("Ban hành qui chế mới", "qui", "quy"),
])
def test_rewritten_syllables_keep_their_original_spelling_and_offsets(
        text: str, written: str, rewritten: str) -> None:
    assert any(rewritten in w for w in underthesea().word_tokenize(text))
    a = annotate(text, lexicon=False)
    _check_offsets(a)
    token = next(t for t in a.tokens if written in t.text)
    assert text[token.start:token.end] == token.text
    assert rewritten in token.key


def test_offsets_survive_odd_spacing_quotes_and_html() -> None:
    text = "Ông  A nói:\u00a0“Gần dân,   giúp dân”.\tTP.HCM &amp; <i>Bình Dương</i>\u200b!"
    a = annotate(text)
    _check_offsets(a)
    assert "“" in [t.text for t in a.tokens]
    assert "&amp;" in [t.text for t in a.tokens]
    assert not any("<" in t.text for t in a.tokens)


def test_words_equal_underthesea_word_tokenize_per_sentence() -> None:
    text = ("Sáng 5-1, Ban Thường vụ Tỉnh ủy Bình Dương tổ chức hội nghị. Đồng chí "
            "Nguyễn Văn Lợi, Ủy viên Trung ương Đảng phát biểu chỉ đạo.")
    a = annotate(text, lexicon=False)
    for sentence in a.sentences:
        expected = underthesea().word_tokenize(text[sentence.start:sentence.end])
        assert [t.key for t in sentence.tokens] == [match(w) for w in expected]


def match(word: str) -> str:
    from corpus_tool.nlp import match_form

    return match_form(word)


def test_word_tokenize_equals_underthesea_on_whole_text() -> None:
    text = "Thành phố Thủ Dầu Một. Công nghiệp hoá, hiện đại hoá. Ðà Nẵng qui hoạch"
    assert word_tokenize(text) == underthesea().word_tokenize(text)


def test_pos_and_ner_equal_underthesea_taggers() -> None:
    sentence = "Ông Putin ca ngợi những thành tựu vĩ đại của Liên Xô ở Hà Nội."
    a = Pipeline(layers=("words", "pos", "ner")).annotate(sentence)
    expected = underthesea().ner(sentence)
    assert [(t.text, t.pos, t.ner) for t in a.tokens] == [(w, p, n) for w, p, _c, n in expected]


def test_layers_appear_only_when_asked() -> None:
    a = annotate("Ông Putin thăm Hà Nội", layers=("pos",))
    assert all(t.pos and t.ner is None for t in a.tokens)
    assert "ner" not in a.to_dict()["sentences"][0]["tokens"][0]


def test_unknown_layer_is_an_error_naming_it() -> None:
    from corpus_tool.errors import NLPError

    with pytest.raises(NLPError, match="'dep'"):
        annotate("x", layers=("words", "dep"))


def test_line_breaks_split_before_punctuation() -> None:
    a = annotate("Gần dân, giúp dân\nSáng nay, Tỉnh ủy họp")
    assert _words(a)[0] == ["Gần", "dân", ",", "giúp", "dân"] or len(a.sentences) == 2
    assert len(a.sentences) == 2


@pytest.mark.parametrize("text", [
    "Ông A ở TP. Thủ Dầu Một phát biểu.",
    "TS. Nguyễn Văn B trình bày.",
    "PGS.TS Trần Văn C chủ trì.",
    "Trụ sở ở Q.1 rất đông.",
    "Th.S Lê Thị D báo cáo.",
    "ThS. Lê Thị D báo cáo.",
])
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert len(annotate(text).sentences) == 1


def test_full_stop_without_space_splits_sentences() -> None:
    a = annotate("Xe có công suất 300 mã lực.Vincent cho biết xe đã bán hết.")
    assert len(a.sentences) == 2
    assert a.text[a.sentences[1].start:].startswith("Vincent")


def test_closing_quote_stays_with_its_sentence() -> None:
    a = annotate("Ông nói: “Phải gần dân.” Sau đó ông đi.")
    assert a.text[a.sentences[0].start:a.sentences[0].end] == "Ông nói: “Phải gần dân.”"


def test_json_round_trip_checks_spans() -> None:
    text = "Thuỷ điện Hoà Bình"
    a = annotate(text, layers=("words", "pos", "ner"))
    again = Annotation.from_dict(a.to_dict(), text, a.layers)
    assert again == a


# -- bad input ------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \u00a0\n"])
def test_empty_or_blank_text_gives_no_sentences(text: str) -> None:
    assert annotate(text).sentences == []


@pytest.mark.parametrize("text", [
    "The quick brown fox jumps over the lazy dog. It was not amused.",
    "Москва — столица России. Она большая.",
    "北京是中国的首都。上海很大。",
    "🙂🙂 ### %%% ???",
])
def test_non_vietnamese_text_gives_a_valid_annotation(text: str) -> None:
    a = annotate(text, layers=("words", "pos", "ner"))
    _check_offsets(a)
    assert a.tokens


def test_control_characters_and_lone_surrogates_are_not_tokens() -> None:
    text = "Gần\x00 dân\ud800 giúp\x1b dân\x7f."
    a = annotate(text)
    _check_offsets(a)
    assert [t.text for t in a.tokens] == ["Gần", "dân", "giúp", "dân", "."]


def test_nfd_text_is_annotated_as_its_nfc_form() -> None:
    nfc_text = "Thành ủy Thủ Dầu Một họp"
    a = annotate(unicodedata.normalize("NFD", nfc_text))
    assert a.text == nfc_text
    assert _words(a) == _words(annotate(nfc_text))


def test_html_left_in_text_is_skipped_but_offsets_index_it() -> None:
    text = "<p>Tỉnh ủy <b>Bình Dương</b> họp</p><p>Hội nghị &quot;thành công&quot;</p>"
    a = annotate(text)
    _check_offsets(a)
    assert len(a.sentences) == 2
    words = [t.text for t in a.tokens]
    assert "Bình Dương" in words and "&quot;" in words
    assert not any("<" in w or ">" in w for w in words)


def test_long_paragraph_without_full_stop_is_cut_into_bounded_crf_runs() -> None:
    from corpus_tool.nlp._pipeline import MAX_CHUNK

    base = "người dân thành phố Thủ Dầu Một tham gia phong trào thi đua, "
    text = base * 200
    pipeline = Pipeline()
    view = text
    spans = pipeline.sentence_spans(view)
    units = pipeline._units(view, spans)
    assert len(spans) == 1
    assert len(units) > 1 and all(len(u.syllables) <= MAX_CHUNK for u in units)
    a = pipeline.annotate(text)
    _check_offsets(a)
    assert "".join(t.text for t in a.tokens).replace(" ", "") == text.replace(" ", "")


@pytest.mark.slow
def test_one_megabyte_paragraph_is_annotated() -> None:
    base = "người dân thành phố Thủ Dầu Một tham gia phong trào thi đua, "
    text = (base * (1_000_000 // len(base) + 1))[:1_000_000]
    a = annotate(text)
    assert len(a.sentences) == 1
    assert a.tokens[-1].end <= len(text)
    assert "".join(t.text for t in a.tokens).replace(" ", "") == text.replace(" ", "")
