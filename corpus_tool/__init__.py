"""corpus_tool: Vietnamese text mining for press coverage.

Crawl local press sites, keep the articles in a SQLite corpus, segment them
with underthesea, find people, initiatives and organisations, cluster themes,
train classifiers and write an offline HTML report.
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

# The crawl function stays at corpus_tool.crawl.crawl: binding it here would hide the
# corpus_tool.crawl subpackage.
from corpus_tool.crawl import CrawlSummary, SiteProfile, extract_article, load_profile
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
from corpus_tool.nlp import Annotation, annotate
from corpus_tool.records import Article
from corpus_tool.report import build_report_data, render_report, write_report
from corpus_tool.settings import Settings, load_settings
from corpus_tool.store import CorpusStore, export, import_file

try:
    __version__ = version("corpus-tool")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Classifier names load scikit-learn (seconds), so they are imported on first use.
_LAZY = {
    "TextClassifier": "corpus_tool.classify",
    "cross_validate": "corpus_tool.classify",
    "load_classifier": "corpus_tool.classify",
    "read_labelled": "corpus_tool.classify",
    "train_classifier": "corpus_tool.classify",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "AnalysisError",
    "Annotation",
    "Article",
    "ArticleEntities",
    "ConfigError",
    "CorpusEntities",
    "CorpusStore",
    "CorpusToolError",
    "CrawlError",
    "CrawlSummary",
    "InputError",
    "ModelError",
    "NLPError",
    "RecordError",
    "SchemaVersionError",
    "Settings",
    "SiteProfile",
    "StoreError",
    "TextClassifier",
    "__version__",
    "annotate",
    "build_report_data",
    "cross_validate",
    "export",
    "extract_article",
    "extract_entities",
    "import_file",
    "load_classifier",
    "load_profile",
    "load_settings",
    "read_labelled",
    "render_report",
    "resolve_corpus",
    "train_classifier",
    "write_report",
]
