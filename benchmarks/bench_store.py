"""Import 5,000 real articles into the store, export to Parquet, load with pandas.

Baseline: ``pandas.read_json(lines=True)`` then ``to_parquet`` and ``read_parquet``
on the same file. Both run in fresh processes so each peak-memory figure is its own.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from benchmarks._common import run_isolated, shared, table


def baseline(src: str, workdir: str) -> int:
    import pandas as pd

    frame = pd.read_json(src, lines=True, dtype={"id": str})
    out = Path(workdir) / "baseline.parquet"
    frame.to_parquet(out)
    return len(pd.read_parquet(out))


def ours(src: str, workdir: str) -> int:
    import pandas as pd

    from corpus_tool.store import CorpusStore, export, import_file

    db = Path(workdir) / "corpus.sqlite"
    with CorpusStore(db) as store:
        import_file(store, src, title_from_first_line=True)
        out = Path(workdir) / "ours.parquet"
        export(store, out)
    return len(pd.read_parquet(out))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench store")
    parser.add_argument("--quick", action="store_true", help="1,000 articles instead of 5,000")
    args = parser.parse_args(argv)
    src = shared("baomoi", "baomoi-5000.jsonl")
    with tempfile.TemporaryDirectory() as workdir:
        if args.quick:
            small = Path(workdir) / "small.jsonl"
            with src.open(encoding="utf-8") as fin:
                small.write_text("".join(next(fin) for _ in range(1000)), encoding="utf-8")
            src = small
        n_base, t_base, m_base = run_isolated(baseline, str(src), workdir)
        n_ours, t_ours, m_ours = run_isolated(ours, str(src), workdir)
    assert n_base == n_ours, (n_base, n_ours)
    rows = [
        ("pandas read_json + to_parquet (baseline)", f"{n_base / t_base:,.0f}", f"{m_base:,.0f}"),
        ("corpus_tool import + export + read_parquet", f"{n_ours / t_ours:,.0f}",
         f"{m_ours:,.0f}"),
        ("ratio ours / baseline", f"{(n_ours / t_ours) / (n_base / t_base):.2f}x",
         f"{m_ours / m_base:.2f}x"),
    ]
    print(f"{n_ours} articles")
    print(table(rows, ("pipeline", "articles/s", "peak RSS MiB")))
    return 0
