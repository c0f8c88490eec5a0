"""The domain lexicon: what it changes, and that it changes nothing else."""

from __future__ import annotations

import itertools
import json
import unicodedata
from pathlib import Path

import pytest

from corpus_tool.errors import ConfigError
from corpus_tool.nlp import Lexicon, Pipeline, annotate, default_lexicon


def _words(text: str, *, lexicon: bool) -> list[str]:
    return [t.text for t in annotate(text, lexicon=lexicon).tokens]


def test_lexicon_keeps_party_terms_whole_where_plain_segmentation_splits_them() -> None:
    text = "Tỉnh ủy Ban Tuyên giáo HĐND tỉnh"
    assert _words(text, lexicon=False) == ["Tỉnh", "ủy Ban", "Tuyên giáo", "HĐND", "tỉnh"]
    assert _words(text, lexicon=True) == ["Tỉnh ủy", "Ban Tuyên giáo", "HĐND", "tỉnh"]


def test_old_style_tone_marks_match_the_lexicon() -> None:
    assert "Thành uỷ" in _words("Ban Thường vụ Thành uỷ họp", lexicon=True)


def test_lowercase_verb_reading_is_not_forced_into_a_term() -> None:
    text = "tỉnh ủy quyền cho huyện"
    assert _words(text, lexicon=True) == _words(text, lexicon=False)


def test_longest_match_wins() -> None:
    lex = Lexicon([("Ủy ban", "x"), ("Ủy ban nhân dân", "state")])
    assert lex.find(["Ủy", "ban", "nhân", "dân", "tỉnh"]) == [(0, 4)]


def test_default_lexicon_is_packaged_and_its_version_is_part_of_the_pipeline() -> None:
    lex = default_lexicon()
    assert ("Ban Tuyên giáo", "party") in lex.terms
    assert lex.digest in Pipeline(lexicon=lex).version
    assert Pipeline(lexicon=lex).version != Pipeline().version


def test_bad_lexicon_line_is_an_error_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "lex.tsv"
    path.write_text("# terms\nThành ủy\tparty\nno tab here\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"lex.tsv:3: expected 'term<TAB>category'"):
        Lexicon.from_file(path)


@pytest.mark.slow
@pytest.mark.shared_data
def test_lexicon_leaves_segmentation_outside_its_terms_unchanged(shared_data: Path) -> None:
    """Words not touching a lexicon match are the same with and without the lexicon."""
    from corpus_tool.nlp._normalize import analysis_view

    plain = Pipeline()
    lexical = Pipeline(lexicon=default_lexicon())
    same = outside = changed_terms = 0
    with (shared_data / "baomoi" / "baomoi-5000.jsonl").open(encoding="utf-8") as handle:
        for line in itertools.islice(handle, 80):
            text = unicodedata.normalize("NFC", json.loads(line)["text"])
            a, b = plain.annotate(text), lexical.annotate(text)
            view, _ = analysis_view(text)
            spans = plain.sentence_spans(view)
            units = plain._units(view, spans)
            touched: set[int] = set()
            for unit in units:
                for i, j in default_lexicon().find(unit.syllables):
                    touched.update(range(unit.starts[i], unit.ends[j - 1]))
            with_lex = {(t.start, t.end) for t in b.tokens}
            for token in a.tokens:
                if touched.isdisjoint(range(token.start, token.end)):
                    outside += 1
                    same += (token.start, token.end) in with_lex
                else:
                    changed_terms += 1
    assert outside > 10_000 and changed_terms > 0
    assert same == outside
