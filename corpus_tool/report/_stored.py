"""Reading stored annotations for the articles of a report."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from corpus_tool.records import Article
from corpus_tool.store import CorpusStore

__all__ = ["iter_annotations"]


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
