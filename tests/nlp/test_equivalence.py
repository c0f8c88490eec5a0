"""On real news text the fast path gives underthesea's own words and tags."""

from __future__ import annotations

import itertools
import json
import unicodedata
from pathlib import Path

import pytest

from corpus_tool.nlp import Pipeline, analysis_view, underthesea, word_tokenize


@pytest.mark.slow
@pytest.mark.shared_data
def test_words_pos_and_ner_equal_underthesea_on_news4(shared_data: Path) -> None:
    uts = underthesea()
    pipeline = Pipeline(layers=("words", "pos", "ner"))
    sentences = tagged = 0
    with (shared_data / "news4" / "news4-dev.jsonl").open(encoding="utf-8") as handle:
        for line in itertools.islice(handle, 0, 8000, 200):
            text = unicodedata.normalize("NFC", json.loads(line)["text"])
            assert word_tokenize(text) == uts.word_tokenize(text)
            a = pipeline.annotate(text)
            view, _ = analysis_view(text)
            for (start, end), sentence in zip(pipeline.sentence_spans(view), a.sentences,
                                              strict=True):
                piece = view[start:end]
                got = [(" ".join(t.text.split()), t.pos, t.ner) for t in sentence.tokens]
                words = uts.word_tokenize(piece)
                assert len(got) == len(words), piece
                sentences += 1
                if sentences % 5 == 0:
                    expected = uts.ner(piece)
                    assert [g[1:] for g in got] == [(p, n) for _w, p, _c, n in expected], piece
                    tagged += 1
    assert sentences > 300 and tagged > 50
