from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.nlp import SegmentCache, Segmenter, segment_texts


def test_cached_texts_are_not_segmented_again(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    cache = SegmentCache(tmp_path / "seg.sqlite")
    texts = ["Thành ủy Thủ Dầu Một", "Gần dân, giúp dân"]
    first = segment_texts(texts, cache=cache)
    assert first == Segmenter().transform(texts)
    calls: list[int] = []
    original = Segmenter.transform

    def counting(self: Segmenter, X: list[str]) -> list[str]:
        calls.append(len(X))
        return original(self, X)

    monkeypatch.setattr(Segmenter, "transform", counting)
    again = segment_texts([*texts, "Bình Dương"], cache=SegmentCache(cache.path))
    assert again[:2] == first
    assert calls == [1]
