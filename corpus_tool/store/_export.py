"""Exporting a store to Parquet, CSV or JSONL, streaming in batches."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from corpus_tool._files import atomic_output
from corpus_tool.errors import InputError
from corpus_tool.records import Article
from corpus_tool.store._store import CorpusStore

__all__ = ["EXPORT_COLUMNS", "EXPORT_FORMATS", "article_record", "export"]

EXPORT_COLUMNS = ("id", "url", "site", "section", "title", "sapo", "body", "published",
                  "authors", "captions")
EXPORT_FORMATS = ("csv", "jsonl", "parquet")
_BATCH = 1000


def article_record(article: Article, extras: Sequence[str] = ()) -> dict[str, Any]:
    """Return the export record of an article (kept columns appended)."""
    record: dict[str, Any] = {
        "id": article.id, "url": article.url, "site": article.site,
        "section": article.section, "title": article.title, "sapo": article.sapo,
        "body": article.body,
        "published": article.published.isoformat() if article.published else None,
        "authors": list(article.authors), "captions": list(article.captions),
    }
    for name in extras:
        if name not in record:
            record[name] = article.extra.get(name)
    return record


def export(
    store: CorpusStore,
    path: str | Path,
    *,
    format: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    sites: Sequence[str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the store's articles to ``path``; return how many were written.

    The format comes from ``format`` or the file suffix. Lists (``authors``,
    ``captions``) are lists in JSONL and Parquet and JSON strings in CSV. The
    file is written atomically: a failed export leaves no partial file.

    Raises:
        InputError: the format is unknown or the folder does not exist.
    """
    target = Path(path)
    fmt = (format or target.suffix.lstrip(".")).lower()
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"export: format {fmt!r} is not one of {list(EXPORT_FORMATS)}")
    extras = [e for e in store.extra_columns() if e not in EXPORT_COLUMNS]
    columns = [*EXPORT_COLUMNS, *extras]
    articles = store.iter_articles(since=since, until=until, sites=sites, batch_size=_BATCH)
    count = 0

    def batches() -> Any:
        nonlocal count
        batch: list[dict[str, Any]] = []
        for article in articles:
            batch.append(article_record(article, extras))
            if len(batch) == _BATCH:
                count += len(batch)
                yield batch
                batch = []
                if progress is not None:
                    progress(count)
        if batch or count == 0:
            count += len(batch)
            yield batch

    if fmt == "jsonl":
        with atomic_output(target) as out:
            for batch in batches():
                for record in batch:
                    out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        import csv

        with atomic_output(target) as out:
            writer = csv.DictWriter(out, fieldnames=columns)
            writer.writeheader()
            for batch in batches():
                for record in batch:
                    writer.writerow({
                        k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                        for k, v in record.items()
                    })
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        fields = [
            pa.field(name, pa.list_(pa.string()) if name in ("authors", "captions")
                     else pa.string())
            for name in columns
        ]
        schema = pa.schema(fields)
        with atomic_output(target, "wb") as out, pq.ParquetWriter(out, schema) as writer:
            for batch in batches():
                rows = [{k: _parquet_value(k, v) for k, v in r.items()} for r in batch]
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    if progress is not None:
        progress(count)
    return count


def _parquet_value(name: str, value: Any) -> Any:
    if name in ("authors", "captions") or value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) \
        else str(value)
