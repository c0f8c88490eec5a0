"""The corpus store: articles, crawl bookkeeping and annotations in SQLite."""

from __future__ import annotations

from corpus_tool.store._export import EXPORT_COLUMNS, EXPORT_FORMATS, article_record, export
from corpus_tool.store._import import ImportReport, import_file, row_to_article
from corpus_tool.store._schema import SCHEMA_VERSION, connect
from corpus_tool.store._store import AddResult, ArticleRef, CorpusStore, SearchHit, derive_uid

__all__ = [
    "AddResult",
    "ArticleRef",
    "CorpusStore",
    "EXPORT_COLUMNS",
    "EXPORT_FORMATS",
    "ImportReport",
    "SCHEMA_VERSION",
    "SearchHit",
    "article_record",
    "connect",
    "derive_uid",
    "export",
    "import_file",
    "row_to_article",
]
