"""The exceptions corpus_tool raises.

Every error the library raises on purpose is a :class:`CorpusToolError`, so a
caller can catch one class. The tree::

    CorpusToolError
    ├── ConfigError              a settings file or site profile is wrong
    ├── InputError               a file given by the user cannot be read as asked
    │   └── RecordError          one row/line of an input file is invalid
    ├── StoreError               the corpus database cannot be opened or used
    │   └── SchemaVersionError   the database was written by a newer corpus_tool
    ├── CrawlError               a crawl cannot start or go on
    ├── NLPError                 text cannot be annotated
    ├── ModelError               a saved model is missing, tampered or incompatible
    └── AnalysisError            clustering/classification cannot run on this data

Messages name the file, line, field or value at fault and what was expected,
in one line, because the CLI prints them as they are.
"""

from __future__ import annotations

__all__ = [
    "AnalysisError",
    "ConfigError",
    "CorpusToolError",
    "CrawlError",
    "InputError",
    "ModelError",
    "NLPError",
    "RecordError",
    "SchemaVersionError",
    "StoreError",
]


class CorpusToolError(Exception):
    """Base class of every error corpus_tool raises on purpose."""


class ConfigError(CorpusToolError):
    """A settings file, option value or site profile is invalid."""


class InputError(CorpusToolError):
    """An input file is missing, empty, undecodable or of the wrong shape."""


class RecordError(InputError):
    """One record of an input file is invalid.

    Attributes:
        path: the file the record came from (``None`` for in-memory input).
        line: 1-based line number (data row for CSV), or ``None``.
        field: the offending field, or ``None`` when the whole record is wrong.
    """

    def __init__(
        self, message: str, *, path: str | None = None, line: int | None = None,
        field: str | None = None,
    ) -> None:
        where = ":".join(str(p) for p in (path, line) if p is not None)
        prefix = f"{where}: " if where else ""
        field_part = f"field '{field}': " if field else ""
        super().__init__(f"{prefix}{field_part}{message}")
        self.path = path
        self.line = line
        self.field = field
        self.reason = message


class StoreError(CorpusToolError):
    """The corpus database cannot be opened, migrated or written."""


class SchemaVersionError(StoreError):
    """The database uses a schema version this corpus_tool does not know."""


class CrawlError(CorpusToolError):
    """A crawl cannot start or continue (bad seed URL, refused host, ...)."""


class NLPError(CorpusToolError):
    """Text cannot be annotated (names the document id where known)."""


class ModelError(CorpusToolError):
    """A saved model is missing, tampered with, unsafe or incompatible."""


class AnalysisError(CorpusToolError):
    """Clustering or classification cannot run on the data as given."""
