"""An on-disk cache of segmented texts, so repeated benchmark runs skip segmentation.

Segmentation (underthesea's CRF) is by far the slowest step of theme
clustering; the benchmarks measure clustering on already segmented text and
keep the segmented form under ``$CORPUS_TOOL_BENCH_CACHE`` (default
``~/.cache/corpus_tool/bench``), one cache file per source keyed by the text,
so a changed source text is segmented again.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path


def cache_dir() -> Path:
    """Return the cache folder, created if needed."""
    root = Path(os.environ.get("CORPUS_TOOL_BENCH_CACHE",
                               Path.home() / ".cache" / "corpus_tool" / "bench"))
    root.mkdir(parents=True, exist_ok=True)
    return root


def segmented(name: str, texts: Sequence[str], *, verbose: bool = True) -> list[str]:
    """Return ``texts`` segmented (words joined by ``_``), reusing the cache of ``name``.

    The cache is :class:`~corpus_tool.nlp.SegmentCache`, as for the classifiers
    (keyed by the text, the segmenter's settings and underthesea's version).
    """
    from corpus_tool.nlp import SegmentCache, segment_texts

    start = time.perf_counter()

    def report(done: int) -> None:
        if verbose and done and done % 1000 == 0:
            rate = done / (time.perf_counter() - start)
            print(f"  segmenting {name}: {done}/{len(texts)} ({rate:.1f} docs/s)",
                  file=sys.stderr, flush=True)

    cache = SegmentCache(cache_dir() / f"{name}.segments.sqlite")
    return segment_texts(texts, cache=cache, lowercase=False, progress=report)
