"""Running the main job on the bundled demo articles."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from corpus_tool.errors import InputError
from corpus_tool.store import CorpusStore, SearchHit, export, row_to_article

__all__ = ["DemoResult", "demo_articles", "run_demo"]

SITE = "demo.baobinhduong.local"


@dataclass(frozen=True, slots=True)
class DemoResult:
    """Where the demo wrote its outputs and what it found."""

    out_dir: Path
    database: Path
    parquet: Path
    articles: int
    hits: list[SearchHit]


def demo_articles() -> Iterator[dict[str, Any]]:
    """Yield the bundled demo articles (the seed article and DANeS items) as dicts."""
    data = resources.files("corpus_tool.demo").joinpath("articles.jsonl")
    with data.open("r", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def run_demo(out_dir: str | Path, *, progress: Callable[[str], None] | None = None,
             query: str = "Gần dân") -> DemoResult:
    """Build a corpus from the bundled demo articles in ``out_dir`` and export it.

    Writes ``corpus.sqlite`` and ``articles.parquet`` into ``out_dir`` (created
    if needed) and searches the corpus for ``query``.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    db = out / "corpus.sqlite"
    say = progress or (lambda _msg: None)
    with CorpusStore(db) as store:
        say("storing the demo articles")
        articles = []
        for i, rec in enumerate(demo_articles(), start=1):
            body = rec["body"]
            record = {
                "id": rec["id"], "url": f"http://{SITE}/{rec['slug']}.html",
                "title": rec["title"], "sapo": rec["sapo"],
                "body": "\n".join(body) if body else rec["sapo"],
                "published": rec["published"], "section": rec["section_name"],
                "site": SITE, "authors": rec.get("authors", []),
                "captions": rec.get("captions", []),
            }
            articles.append(row_to_article(record, path="articles.jsonl", line=i))
        store.add_articles(articles)
        say("searching")
        hits = store.search(query, limit=5)
        say("exporting to Parquet")
        parquet = out / "articles.parquet"
        count = export(store, parquet)
    return DemoResult(out, db, parquet, count, hits)
