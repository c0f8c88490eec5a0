"""corpus_tool: Vietnamese text mining for press coverage.

Crawl local press sites, keep the articles in a SQLite corpus, segment them
with underthesea, find people, initiatives and organisations, cluster themes,
train classifiers and write an offline HTML report.
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from corpus_tool.entities import (
    ArticleEntities,
    CorpusEntities,
    extract_entities,
    resolve_corpus,
)
from corpus_tool.errors import (
    AnalysisError,
    ConfigError,
    CorpusToolError,
    CrawlError,
    InputError,
    ModelError,
    NLPError,
    RecordError,
    SchemaVersionError,
    StoreError,
)
from corpus_tool.records import Article
from corpus_tool.settings import Settings, load_settings
from corpus_tool.store import CorpusStore, export, import_file

try:
    __version__ = version("corpus-tool")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "AnalysisError",
    "Article",
    "ArticleEntities",
    "ConfigError",
    "CorpusEntities",
    "CorpusStore",
    "CorpusToolError",
    "CrawlError",
    "InputError",
    "ModelError",
    "NLPError",
    "RecordError",
    "SchemaVersionError",
    "Settings",
    "StoreError",
    "__version__",
    "export",
    "extract_entities",
    "import_file",
    "load_settings",
    "resolve_corpus",
]
