"""Corpus-level people, initiatives, organisations and acronyms for the report.

The per-article ``entities`` annotations (people with titles and
organisations, initiatives, organisations, acronyms, each with offsets) are
merged across the corpus by :func:`corpus_tool.entities.resolve_corpus` when
that module is installed; otherwise :func:`aggregate_entities` groups them by
name, with the same output shapes but no alias resolution beyond the
``resolves_to`` the extractor already gave.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from corpus_tool._text import nfc
from corpus_tool.records import Article
from corpus_tool.report._stored import iter_annotations
from corpus_tool.store import CorpusStore

__all__ = ["CorpusEntityTables", "aggregate_entities"]

logger = logging.getLogger(__name__)

FALLBACK_RESOLVER = "corpus_tool.report.aggregate_entities"
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
    """Return the entity tables of ``articles``, or ``None`` if the store has no entities.

    The only place the report reaches into the entities area: its resolver is
    imported lazily and used when installed; without it the per-article
    annotations are grouped by :func:`aggregate_entities`.
    """
    version = store.latest_annotation_version("entities")
    if version is None:
        return None
    items = list(iter_annotations(store, "entities", version, {a.id: a for a in articles}))
    try:
        from corpus_tool.entities import (  # type: ignore[import-not-found,unused-ignore]
            resolve_corpus,
        )
    except ModuleNotFoundError as exc:
        if exc.name != "corpus_tool.entities":
            raise
        tables, resolver = aggregate_entities(items), FALLBACK_RESOLVER
    else:
        resolved = resolve_corpus(items)
        tables = {name: [item.to_dict() for item in getattr(resolved, name)]
                  for name in ("people", "initiatives", "organizations", "acronyms")}
        resolver = RESOLVER
    return CorpusEntityTables(
        people=_by_mentions(tables["people"]), initiatives=_by_mentions(tables["initiatives"]),
        organizations=_by_mentions(tables["organizations"]),
        acronyms=_by_mentions(tables["acronyms"]),
        version=version, resolver=resolver, annotated=len(items))


def _by_mentions(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (-int(r.get("mentions") or 0),
                                       str(r.get("name") or r.get("short") or "")))


def _key(name: str) -> str:
    return " ".join(nfc(name).casefold().split())


def _day(article: Article) -> str | None:
    return article.published.date().isoformat() if article.published else None


def _span(first: str | None, last: str | None, day: str | None) -> tuple[str | None, str | None]:
    if day is None:
        return first, last
    return (day if first is None or day < first else first,
            day if last is None or day > last else last)


def _named(items: Any, field: str, article: Article, what: str) -> Iterable[dict[str, Any]]:
    """Yield the entries of one list that have a non-empty string ``field``."""
    if not isinstance(items, list):
        if items is not None:
            logger.warning("article %s: entities %s is %s, not a list; ignored",
                           article.id, what, type(items).__name__)
        return
    for item in items:
        if isinstance(item, dict) and isinstance(item.get(field), str) and item[field].strip():
            yield item
        else:
            logger.warning("article %s: an entry of entities %s has no %s; ignored",
                           article.id, what, field)


class _Group:
    """Mentions of one name gathered across articles."""

    __slots__ = ("articles", "extra", "first", "forms", "last", "mentions")

    def __init__(self) -> None:
        self.forms: Counter[str] = Counter()
        self.mentions = 0
        self.articles: dict[str, None] = {}
        self.first: str | None = None
        self.last: str | None = None
        self.extra: dict[str, Any] = {}

    def add(self, form: str, article: Article) -> None:
        self.forms[nfc(form).strip()] += 1
        self.mentions += 1
        self.articles[article.id] = None
        self.first, self.last = _span(self.first, self.last, _day(article))

    @property
    def name(self) -> str:
        return self.forms.most_common(1)[0][0]

    def base(self) -> dict[str, Any]:
        return {"name": self.name, "mentions": self.mentions, "articles": list(self.articles),
                "first_seen": self.first, "last_seen": self.last}


def aggregate_entities(
    items: Iterable[tuple[Article, dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """Return corpus tables grouped by name from per-article ``entities`` annotations.

    People are keyed by ``resolves_to`` where the extractor gave one (so "Bác"
    joins "Hồ Chí Minh"), otherwise by their name, ignoring case. Initiatives'
    ``by_month`` counts articles per month.

    Example:
        >>> a = Article(id="a1", title="Đổi mới trong học và làm theo Bác")
        >>> ents = {"people": [{"name": "Lê Thanh Long", "title": "Trưởng ban Tuyên giáo",
        ...                     "organization": "Thành ủy Thủ Dầu Một"}]}
        >>> aggregate_entities([(a, ents)])["people"][0]["titles"][0]["title"]
        'Trưởng ban Tuyên giáo'
    """
    people: dict[str, _Group] = {}
    initiatives: dict[str, _Group] = {}
    organizations: dict[str, _Group] = {}
    acronyms: dict[str, _Group] = {}
    for article, data in items:
        if not isinstance(data, dict):
            logger.warning("article %s: entities annotation is %s, not an object; ignored",
                           article.id, type(data).__name__)
            continue
        day = _day(article)
        for p in _named(data.get("people"), "name", article, "people"):
            target = p.get("resolves_to") if isinstance(p.get("resolves_to"), str) else None
            group = people.setdefault(_key(target or p["name"]), _Group())
            group.add(p["name"], article)
            if target:
                group.extra["canonical"] = nfc(target).strip()
            title = p.get("title") if isinstance(p.get("title"), str) else None
            org = p.get("organization") if isinstance(p.get("organization"), str) else None
            if title or org:
                titles = group.extra.setdefault("titles", {})
                first, last = titles.get((title, org), (None, None))
                titles[(title, org)] = _span(first, last, day)
            quote = p.get("quote")
            if isinstance(quote, str) and quote.strip():
                group.extra.setdefault("quotes", []).append(
                    {"article": article.id, "text": nfc(quote).strip()})
        for i in _named(data.get("initiatives"), "name", article, "initiatives"):
            group = initiatives.setdefault(_key(i["name"]), _Group())
            group.add(i["name"], article)
            if isinstance(i.get("kind"), str):
                group.extra.setdefault("kinds", Counter())[i["kind"]] += 1
            group.extra.setdefault("sites", {})[article.site] = None
            if article.published is not None:
                months = group.extra.setdefault("months", {})
                months.setdefault(article.published.strftime("%Y-%m"), set()).add(article.id)
        for o in _named(data.get("organizations"), "name", article, "organizations"):
            organizations.setdefault(_key(o["name"]), _Group()).add(o["name"], article)
        for x in _named(data.get("acronyms"), "short", article, "acronyms"):
            group = acronyms.setdefault(nfc(x["short"]).strip(), _Group())
            group.add(x["short"], article)
            if isinstance(x.get("long"), str) and x["long"].strip():
                group.extra.setdefault("longs", Counter())[nfc(x["long"]).strip()] += 1
    return {
        "people": [_person(g) for g in people.values()],
        "initiatives": [_initiative(g) for g in initiatives.values()],
        "organizations": [g.base() for g in organizations.values()],
        "acronyms": [_acronym(short, g) for short, g in acronyms.items()],
    }


def _person(group: _Group) -> dict[str, Any]:
    row = group.base()
    name = group.extra.get("canonical") or row["name"]
    row["name"] = name
    row["aliases"] = sorted(f for f in group.forms if f != name)
    row["titles"] = [
        {"title": title, "organization": org, "first_seen": first, "last_seen": last}
        for (title, org), (first, last) in group.extra.get("titles", {}).items()]
    row["quotes"] = group.extra.get("quotes", [])
    return row


def _initiative(group: _Group) -> dict[str, Any]:
    row = group.base()
    kinds: Counter[str] = group.extra.get("kinds", Counter())
    row["kind"] = kinds.most_common(1)[0][0] if kinds else None
    row["variants"] = sorted(group.forms)
    row["sites"] = [s for s in group.extra.get("sites", {}) if s]
    row["by_month"] = {m: len(ids) for m, ids in sorted(group.extra.get("months", {}).items())}
    return row


def _acronym(short: str, group: _Group) -> dict[str, Any]:
    longs: Counter[str] = group.extra.get("longs", Counter())
    return {"short": short, "long": longs.most_common(1)[0][0] if longs else None,
            "mentions": group.mentions, "source": "text", "articles": list(group.articles)}
