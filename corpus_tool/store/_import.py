"""Importing articles from JSONL or CSV files into a store."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus_tool._dates import get_timezone, parse_datetime
from corpus_tool._files import csv_columns, file_format, iter_rows
from corpus_tool._text import clean_text
from corpus_tool.errors import InputError, RecordError
from corpus_tool.records import Article
from corpus_tool.store._store import CorpusStore, derive_uid

__all__ = ["ImportReport", "import_file", "row_to_article"]

logger = logging.getLogger(__name__)

_KNOWN = {"id", "url", "title", "text", "body", "sapo", "published", "section", "site",
          "authors", "captions", "tags", "canonical_url"}
_TEXT_FIELDS = ("text", "body")


@dataclass(slots=True)
class ImportReport:
    """What an import read, stored, skipped as duplicate and rejected."""

    path: str
    read: int = 0
    added: int = 0
    duplicates: int = 0
    errors: list[RecordError] = field(default_factory=list)


def _as_list(value: Any, *, path: str, line: int, name: str) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        if not all(isinstance(v, str) for v in value):
            raise RecordError("expected a list of strings", path=path, line=line, field=name)
        return [clean_text(v) for v in value if v.strip()]
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.startswith("["):
            try:
                parsed = json.loads(stripped)
            except json.JSONDecodeError:
                parsed = None
            if isinstance(parsed, list):
                return _as_list(parsed, path=path, line=line, name=name)
        return [clean_text(v) for v in stripped.split(";") if v.strip()]
    raise RecordError(f"expected a list or a string, got {type(value).__name__}",
                      path=path, line=line, field=name)


def _text_field(data: dict[str, Any], name: str, *, path: str, line: int) -> str:
    value = data.get(name)
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise RecordError(f"expected a string, got {type(value).__name__}",
                          path=path, line=line, field=name)
    return clean_text(value)


def row_to_article(
    data: dict[str, Any], *, path: str, line: int, timezone: str = "Asia/Ho_Chi_Minh",
    title_from_first_line: bool = False,
) -> Article:
    """Return the Article described by one input record.

    Raises:
        RecordError: a field is missing, of the wrong type or unreadable
            (the message names the file, line and field).
    """
    text_name = next((n for n in _TEXT_FIELDS if n in data), None)
    if text_name is None:
        raise RecordError("missing (need 'text' or 'body')", path=path, line=line, field="text")
    body = _text_field(data, text_name, path=path, line=line)
    title = _text_field(data, "title", path=path, line=line)
    if title_from_first_line and not title and "\n" in body:
        title, body = body.split("\n", 1)
    if not body and not title:
        raise RecordError("empty text", path=path, line=line, field=text_name)
    url = _text_field(data, "url", path=path, line=line) or None
    if url is not None and not url.startswith(("http://", "https://")):
        raise RecordError(f"{url!r} is not an http(s) URL", path=path, line=line, field="url")
    published = None
    raw_date = data.get("published")
    if raw_date not in (None, ""):
        if not isinstance(raw_date, str):
            raise RecordError(f"expected a date string, got {raw_date!r}", path=path,
                              line=line, field="published")
        published = parse_datetime(raw_date, default_tz=timezone)
        if published is None:
            raise RecordError(
                f"{raw_date!r} is not a date (expected ISO 8601 such as "
                "2023-01-05T08:40:31+07:00, or 05/01/2023 08:40)",
                path=path, line=line, field="published")
    raw_id = data.get("id")
    if (raw_id is not None and not isinstance(raw_id, str | int)) or isinstance(raw_id, bool):
        raise RecordError(f"expected a string or integer, got {raw_id!r}", path=path,
                          line=line, field="id")
    uid = str(raw_id).strip() if raw_id not in (None, "") else derive_uid(url, title + body)
    extra = {k: v for k, v in data.items() if k not in _KNOWN}
    return Article(
        id=uid, url=url, title=title, body=body,
        sapo=_text_field(data, "sapo", path=path, line=line),
        site=_text_field(data, "site", path=path, line=line),
        section=_text_field(data, "section", path=path, line=line),
        published=published,
        authors=_as_list(data.get("authors"), path=path, line=line, name="authors"),
        captions=_as_list(data.get("captions"), path=path, line=line, name="captions"),
        tags=_as_list(data.get("tags"), path=path, line=line, name="tags"),
        canonical_url=_text_field(data, "canonical_url", path=path, line=line) or None,
        extra=extra,
        field_sources={"*": "import"},
    )


def import_file(
    store: CorpusStore,
    path: str | Path,
    *,
    on_error: str = "fail",
    timezone: str = "Asia/Ho_Chi_Minh",
    title_from_first_line: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import the articles of a JSONL or CSV file into ``store``.

    Fields ``id, url, title, text`` (or ``body``), ``sapo, published, section,
    site, authors, captions, tags`` are understood; any other column is kept
    with the article. Ids or URLs already stored (or repeated in the file) are
    skipped and counted as duplicates; nothing already stored is changed.

    Args:
        on_error: ``"fail"`` (default) stops at the first bad line and imports
            nothing; ``"skip"`` reports bad lines in the result and imports
            the rest.
        title_from_first_line: when a record has no title, use the first line
            of its text as the title.
        progress: called with the number of records read so far.

    Raises:
        InputError: the file is missing, empty, not UTF-8, or a CSV has no text
            column.
        RecordError: a line is invalid and ``on_error`` is ``"fail"``.

    Example:
        >>> report = import_file(store, "bao.jsonl")  # doctest: +SKIP
        >>> report.added, report.duplicates  # doctest: +SKIP
        (5000, 0)
    """
    if on_error not in ("fail", "skip"):
        raise InputError(f"on_error: {on_error!r} is not one of ['fail', 'skip']")
    get_timezone(timezone)
    p = Path(path)
    source = str(p)
    if file_format(Path(path)) == "csv":
        columns = csv_columns(p)
        if not any(c in columns for c in _TEXT_FIELDS):
            raise InputError(f"{p}: no text column (need 'text' or 'body'; found {columns})")
    report = ImportReport(path=source)
    with store.transaction():
        for row in iter_rows(p):
            report.read += 1
            try:
                if row.error is not None:
                    raise row.error
                assert row.data is not None
                article = row_to_article(row.data, path=source, line=row.line,
                                         timezone=timezone,
                                         title_from_first_line=title_from_first_line)
            except RecordError as exc:
                if on_error == "fail":
                    raise
                logger.debug("skipped %s", exc)
                report.errors.append(exc)
                continue
            if store.add_article(article) is None:
                report.duplicates += 1
            else:
                report.added += 1
            if progress is not None and report.read % 200 == 0:
                progress(report.read)
    if progress is not None:
        progress(report.read)
    return report
