from __future__ import annotations

from pathlib import Path

from corpus_tool.nlp import SegmentCache, Segmenter, StoreSegmentCache, segment_texts
from corpus_tool.store import CorpusStore


def test_cached_texts_are_not_segmented_again(tmp_path: Path,
                                              segment_calls: list[int]) -> None:
    cache = SegmentCache(tmp_path / "seg.sqlite")
    texts = ["Thành ủy Thủ Dầu Một", "Gần dân, giúp dân"]
    first = segment_texts(texts, cache=cache)
    assert first == Segmenter().transform(texts)
    calls = segment_calls
    calls.clear()
    again = segment_texts([*texts, "Bình Dương"], cache=SegmentCache(cache.path))
    assert again[:2] == first
    assert calls == [1]


def test_store_cache_keeps_segmentations_with_the_corpus(tmp_path: Path,
                                                         segment_calls: list[int]) -> None:
    texts = ["Thành ủy Thủ Dầu Một", "Gần dân, giúp dân"]
    with CorpusStore(tmp_path / "c.sqlite") as store:
        first = segment_texts(texts, cache=StoreSegmentCache(store), lowercase=False)
    assert first == Segmenter(lowercase=False).transform(texts)
    calls = segment_calls
    calls.clear()
    with CorpusStore(tmp_path / "c.sqlite", create=False) as store:
        again = segment_texts(texts, cache=StoreSegmentCache(store), lowercase=False)
        lowered = segment_texts(texts, cache=StoreSegmentCache(store))
        kinds = [r[0] for r in store.connection.execute("SELECT DISTINCT kind FROM text_cache")]
    assert again == first
    # the lowercased form is another entry, segmented once
    assert calls == [2] and lowered == [s.lower() for s in first]
    assert kinds == ["segments"]
