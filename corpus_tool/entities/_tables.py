"""Corpus-level tables of people, initiatives and organisations as text, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus_tool._files import atomic_output
from corpus_tool.entities._corpus import CorpusEntities
from corpus_tool.entities._run import corpus_entities
from corpus_tool.errors import InputError

if TYPE_CHECKING:
    from corpus_tool.store import CorpusStore

__all__ = ["TABLES", "entity_rows", "entity_table"]

TABLES = ("people", "initiatives", "organizations")
FORMATS = ("table", "csv", "json")


def entity_rows(corpus: CorpusEntities, kind: str) -> tuple[list[str], list[list[Any]]]:
    """Return (header, rows) of one table, most mentioned first.

    Example:
        >>> from corpus_tool.entities import resolve_corpus
        >>> entity_rows(resolve_corpus([]), "people")[0][:3]
        ['name', 'organization', 'titles']
    """
    if kind == "people":
        header = ["name", "organization", "titles", "mentions", "articles", "first_seen",
                  "last_seen", "aliases"]
        rows = [[p.name, p.organization or "",
                 "; ".join(", ".join(x for x in (t["title"], t["organization"]) if x)
                           for t in p.titles),
                 p.mentions, len(p.articles), p.first_seen or "", p.last_seen or "",
                 ", ".join(p.aliases)] for p in corpus.people]
    elif kind == "initiatives":
        header = ["name", "kind", "mentions", "articles", "sites", "first_seen", "last_seen",
                  "variants"]
        rows = [[i.name, i.kind or "", i.mentions, len(i.articles), ", ".join(i.sites),
                 i.first_seen or "", i.last_seen or "", len(i.variants)]
                for i in corpus.initiatives]
    elif kind == "organizations":
        header = ["name", "mentions", "articles", "first_seen", "last_seen"]
        rows = [[o.name, o.mentions, len(o.articles), o.first_seen or "", o.last_seen or ""]
                for o in corpus.organizations]
    else:
        raise InputError(f"table {kind!r} is not one of {list(TABLES)}")
    return header, rows


def _render(corpus: CorpusEntities, kind: str, fmt: str, limit: int | None) -> str:
    if fmt not in FORMATS:
        raise InputError(f"format {fmt!r} is not one of {list(FORMATS)}")
    if fmt == "json":
        records: list[dict[str, Any]] = [r.to_dict() for r in getattr(corpus, kind)]
        chosen = records[:limit] if limit else records
        return json.dumps(chosen, ensure_ascii=False, indent=1) + "\n"
    header, rows = entity_rows(corpus, kind)
    if limit:
        rows = rows[:limit]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return buffer.getvalue()
    cells = [[str(c) for c in r] for r in rows]
    widths = [min(60, max(len(h), *(len(r[k]) for r in cells))) if cells else len(h)
              for k, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    for r in cells:
        lines.append("  ".join((c if len(c) <= w else c[:w - 1] + "…").ljust(w)
                               for c, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(lines) + "\n"


def entity_table(store: CorpusStore, kind: str, *, fmt: str = "table",
                 output: str | Path | None = None, limit: int | None = None) -> str:
    """Return one corpus-level table of the store as text, or write it to ``output``.

    ``kind`` is ``people``, ``initiatives`` or ``organizations``; ``fmt`` is ``table``,
    ``csv`` or ``json``. With ``output`` the file is written atomically and a one-line
    summary is returned.
    """
    if kind not in TABLES:
        raise InputError(f"table {kind!r} is not one of {list(TABLES)}")
    corpus = corpus_entities(store)
    text = _render(corpus, kind, fmt, limit)
    if output is None:
        return text
    with atomic_output(output) as handle:
        handle.write(text)
    count = len(getattr(corpus, kind))
    return f"wrote {min(count, limit) if limit else count} {kind} to {output}"
