"""Reading the newest stored analysis of a kind, whatever its version string."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from corpus_tool.records import Article
from corpus_tool.store import CorpusStore

__all__ = ["iter_annotations", "latest_annotation_version", "latest_result"]


def latest_annotation_version(store: CorpusStore, kind: str) -> str | None:
    """Return the version of the most recently written ``kind`` annotations, or ``None``.

    Version strings are opaque (a model id, an extractor version), so "newest"
    means written last, not sorted last.
    """
    row = store.connection.execute(
        "SELECT version FROM annotations WHERE kind = ? ORDER BY created_at DESC, rowid DESC "
        "LIMIT 1", (kind,)).fetchone()
    return str(row[0]) if row else None


def latest_result(store: CorpusStore, kind: str) -> tuple[str, Any] | None:
    """Return ``(version, data)`` of the most recently written ``kind`` result, or ``None``."""
    row = store.connection.execute(
        "SELECT version, data FROM results WHERE kind = ? ORDER BY created_at DESC, rowid DESC "
        "LIMIT 1", (kind,)).fetchone()
    return (str(row[0]), json.loads(row[1])) if row else None


def iter_annotations(store: CorpusStore, kind: str, version: str,
                     articles: Mapping[str, Article]) -> Iterator[tuple[Article, Any]]:
    """Yield ``(article, data)`` for the ``kind``/``version`` annotations of ``articles``.

    Rows are read one at a time in article order, so memory does not grow
    with the annotations of articles outside the report.
    """
    rows = store.connection.execute(
        "SELECT a.uid, n.data FROM annotations n JOIN articles a ON a.id = n.article_id "
        "WHERE n.kind = ? AND n.version = ? ORDER BY n.article_id", (kind, version))
    for uid, raw in rows:
        article = articles.get(uid)
        if article is not None:
            yield article, json.loads(raw)
