"""Themes for the articles of a corpus store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from corpus_tool.errors import AnalysisError
from corpus_tool.nlp import SegmentCache, StoreSegmentCache
from corpus_tool.store import CorpusStore
from corpus_tool.themes._run import ThemeRun, documents_from_articles, run_themes

__all__ = ["store_themes"]


def store_themes(
    store: CorpusStore, *, model: str | Path | None = None,
    save_model: str | Path | None = None, n_themes: int | str = "auto",
    random_state: int = 0, since: datetime | None = None, until: datetime | None = None,
    sites: Sequence[str] | None = None, progress: Callable[[str], None] | None = None,
    cache: SegmentCache | None = None,
) -> ThemeRun:
    """Fit (or, with ``model``, assign) themes for the stored articles and store them.

    Each article gets a ``"theme"`` annotation and the summary is kept as the
    ``"themes"`` result, both under the theme model's id. The articles'
    segmented texts are kept in the store's text cache (or in ``cache``, when
    given), so a second run over the same articles segments nothing. The result does
    not depend on the order the articles were stored in.

    Raises:
        AnalysisError: the store has no article in the period asked for.
    """
    documents = documents_from_articles(
        store.iter_articles(since=since, until=until, sites=sites))
    # Storage order follows crawl order, which varies with concurrency: the documents are
    # put in an order of their own, so one corpus gives one set of themes.
    documents.sort(key=lambda d: (d.published.isoformat() if d.published else "",
                                  d.title or "", d.text))
    if not documents:
        raise AnalysisError(f"{store.path}: no article to find themes in")
    run = run_themes(documents, model=model, save_model=save_model, n_themes=n_themes,
                     random_state=random_state, progress=progress,
                     cache=cache if cache is not None else StoreSegmentCache(store))
    version = run.model.model_id_
    with store.transaction():
        store.put_annotations("theme", version, run.annotations())
        store.put_result("themes", version, run.summary)
    return run
