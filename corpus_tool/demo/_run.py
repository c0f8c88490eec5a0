"""Running the main job on the bundled demo articles."""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from corpus_tool.errors import InputError
from corpus_tool.store import CorpusStore, SearchHit, export

__all__ = ["DEMO_SITE", "DemoResult", "demo_articles", "run_demo"]

#: The name the demo site's articles are stored under (its address changes per run).
DEMO_SITE = "baobinhduong-demo"


@dataclass(frozen=True, slots=True)
class DemoResult:
    """Where the demo wrote its outputs and what each step found.

    Attributes:
        steps: ``(step, seconds)`` in the order they ran.
        cv: the section classifier's cross-validation figures (accuracy,
            macro and weighted F1).
    """

    out_dir: Path
    database: Path
    report: Path
    parquet: Path
    model: Path
    articles: int
    crawl: dict[str, Any]
    people: int
    initiatives: int
    themes: int
    cv: dict[str, float]
    hits: list[SearchHit]
    steps: list[tuple[str, float]] = field(default_factory=list)


def demo_articles() -> Iterator[dict[str, Any]]:
    """Yield the bundled demo articles (the seed article and DANeS items) as dicts."""
    data = resources.files("corpus_tool.demo").joinpath("articles.jsonl")
    with data.open("r", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def run_demo(out_dir: str | Path, *, progress: Callable[[str], None] | None = None,
             query: str = "Gần dân", folds: int = 5, seed: int = 0) -> DemoResult:
    """Run the main job on the bundled demo press site; return what it found.

    Serves the demo site on 127.0.0.1, crawls it (robots.txt, sitemap, feeds
    and listing pages, as for any unknown paper), segments and tags the
    articles, extracts people, initiatives, organisations and acronyms,
    clusters themes, cross-validates and trains a section classifier, and
    writes into ``out_dir``: ``corpus.sqlite`` (rebuilt on each run),
    ``report.html``, ``articles.parquet`` and ``models/sections`` and
    ``models/themes``.

    Example:
        >>> result = run_demo("demo-output")  # doctest: +SKIP
        >>> result.report  # doctest: +SKIP
        PosixPath('demo-output/report.html')
    """
    from corpus_tool.classify import cross_validate, labelled_from_articles, train_classifier
    from corpus_tool.crawl import crawl, generic_profile
    from corpus_tool.demo._server import serve_demo
    from corpus_tool.entities import corpus_entities, extract_store
    from corpus_tool.nlp import annotate_store
    from corpus_tool.report import write_report
    from corpus_tool.themes import store_themes

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    db = out / "corpus.sqlite"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    say = progress or (lambda _msg: None)
    steps: list[tuple[str, float]] = []

    @contextmanager
    def step(name: str) -> Iterator[None]:
        say(name)
        started = time.perf_counter()
        yield
        steps.append((name, time.perf_counter() - started))

    with CorpusStore(db) as store:
        with step("crawling the demo press site"), serve_demo() as server:
            # Our own loopback site: robots.txt is still read and honoured and at
            # most two requests are in flight; a per-host delay would make the
            # requests one at a time and the demo four times slower.
            profile = dataclasses.replace(
                generic_profile(server.url, allow_private=True), name=DEMO_SITE)
            summary = crawl(store, profile, allow_private=True, delay=0.0, concurrency=2)
        with step("segmenting and tagging (underthesea)"):
            annotate_store(store, layers=("words", "pos"))
        with step("extracting people, initiatives, organisations, acronyms"):
            extract_store(store)
            entities = corpus_entities(store)
        with step("clustering themes"):
            themes = store_themes(store, save_model=out / "models" / "themes",
                                  random_state=seed)
        with step(f"cross-validating a section classifier ({folds} folds) and training it"):
            # Crawl order (hence storage order) varies with concurrency: folds are drawn
            # from the articles in a fixed order, so the figures repeat from run to run.
            ordered = sorted(store.iter_articles(),
                             key=lambda a: (urlsplit(a.url or "").path, a.title or ""))
            docs = labelled_from_articles(ordered, "section")
            report = cross_validate(docs, folds=folds, seed=seed)
            store.put_result("classifier-cv", "section", report.to_dict())
            model = train_classifier(docs, seed=seed).save(out / "models" / "sections")
        with step("writing the report"):
            written = write_report(store, out / "report.html", progress=say)
        with step("searching and exporting"):
            hits = store.search(query, limit=5)
            parquet = out / "articles.parquet"
            count = export(store, parquet)
    scores = report.to_dict()
    return DemoResult(
        out_dir=out, database=db, report=written.path, parquet=parquet, model=model,
        articles=count, crawl=summary.to_dict(), people=len(entities.people),
        initiatives=len(entities.initiatives), themes=int(themes.summary["k"]),
        cv={k: float(scores[k]) for k in ("accuracy", "macro_f1", "weighted_f1")},
        hits=hits, steps=steps)
