"""Corpus-level people, initiatives, organisations and acronyms for the report.

The per-article ``entities`` annotations (people with titles and
organisations, initiatives, organisations, acronyms, each with offsets) are
merged across the corpus by :func:`corpus_tool.entities.resolve_corpus`, which
leaves out, with a warning, entries of an annotation that are malformed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from corpus_tool.entities import resolve_corpus
from corpus_tool.records import Article
from corpus_tool.report._stored import iter_annotations
from corpus_tool.store import CorpusStore

__all__ = ["CorpusEntityTables"]

RESOLVER = "corpus_tool.entities.resolve_corpus"


@dataclass(frozen=True, slots=True)
class CorpusEntityTables:
    """The four corpus-level entity tables and where they came from."""

    people: list[dict[str, Any]]
    initiatives: list[dict[str, Any]]
    organizations: list[dict[str, Any]]
    acronyms: list[dict[str, Any]]
    version: str
    resolver: str
    annotated: int


def _corpus_entities(store: CorpusStore,
                     articles: Sequence[Article]) -> CorpusEntityTables | None:
    """Return the entity tables of ``articles``, or ``None`` if the store has no entities."""
    version = store.latest_annotation_version("entities")
    if version is None:
        return None
    items = list(iter_annotations(store, "entities", version, {a.id: a for a in articles}))
    resolved = resolve_corpus(items)
    tables = {name: [item.to_dict() for item in getattr(resolved, name)]
              for name in ("people", "initiatives", "organizations", "acronyms")}
    return CorpusEntityTables(
        people=_by_mentions(tables["people"]), initiatives=_by_mentions(tables["initiatives"]),
        organizations=_by_mentions(tables["organizations"]),
        acronyms=_by_mentions(tables["acronyms"]),
        version=version, resolver=RESOLVER, annotated=len(items))


def _by_mentions(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (-int(r.get("mentions") or 0),
                                       str(r.get("name") or r.get("short") or "")))
