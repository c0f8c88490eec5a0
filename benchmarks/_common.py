"""Helpers shared by the benchmarks: data paths, timing and peak memory."""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def shared(*parts: str) -> Path:
    """Return a path under ../shared/data, exiting with a message if it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        sys.exit(f"benchmark data {path} is missing (it lives in ../shared/data)")
    return path


@contextmanager
def timer() -> Iterator[dict[str, float]]:
    """Measure wall time of the block into ``result["seconds"]``."""
    result: dict[str, float] = {}
    start = time.perf_counter()
    yield result
    result["seconds"] = time.perf_counter() - start


def run_isolated(fn: Callable[..., Any], *args: Any) -> tuple[Any, float, float]:
    """Run ``fn(*args)`` in a fresh process; return (result, seconds, peak RSS in MiB).

    A separate process gives each contender its own peak-memory figure.
    """
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ctx.Pool(1, maxtasksperchild=1) as pool:
        return pool.apply(_measured, (fn, *args))


def _measured(fn: Callable[..., Any], *args: Any) -> tuple[Any, float, float]:
    start = time.perf_counter()
    result = fn(*args)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return result, seconds, peak_kib / 1024


def table(rows: Sequence[Sequence[object]], header: tuple[str, ...]) -> str:
    """Return a Markdown table."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(r: Sequence[object]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=False)) + " |"

    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|",
                      *map(line, rows)])
