"""An on-disk cache of segmented texts, so repeated benchmark runs skip segmentation.

Segmentation (underthesea's CRF) is by far the slowest step of theme
clustering; the benchmarks measure clustering on already segmented text and
keep the segmented form under ``$CORPUS_TOOL_BENCH_CACHE`` (default
``~/.cache/corpus_tool/bench``), one JSONL file per source keyed by the text's
SHA-256, so a changed source text is segmented again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from corpus_tool.nlp import Segmenter


def cache_dir() -> Path:
    """Return the cache folder, created if needed."""
    root = Path(os.environ.get("CORPUS_TOOL_BENCH_CACHE",
                               Path.home() / ".cache" / "corpus_tool" / "bench"))
    root.mkdir(parents=True, exist_ok=True)
    return root


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def segmented(name: str, texts: Sequence[str], *, verbose: bool = True) -> list[str]:
    """Return ``texts`` segmented (words joined by ``_``), reusing the cache file ``name``."""
    path = cache_dir() / f"{name}.seg.jsonl"
    known: dict[str, str] = {}
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a run killed mid-line leaves a partial last line
                known[row["k"]] = row["s"]
    keys = [_key(t) for t in texts]
    missing = [i for i, k in enumerate(keys) if k not in known]
    if missing:
        segmenter = Segmenter(lowercase=False)
        start = time.perf_counter()
        with path.open("a", encoding="utf-8") as handle:
            for n, i in enumerate(missing, start=1):
                seg = segmenter.transform([texts[i]])[0]
                known[keys[i]] = seg
                handle.write(json.dumps({"k": keys[i], "s": seg}, ensure_ascii=False) + "\n")
                if verbose and n % 500 == 0:
                    rate = n / (time.perf_counter() - start)
                    print(f"  segmenting {name}: {n}/{len(missing)} ({rate:.1f} docs/s)",
                          file=sys.stderr, flush=True)
    return [known[k] for k in keys]
