"""``resolve_corpus``: one record per person, initiative, organisation and acronym."""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from corpus_tool._text import nfc
from corpus_tool.entities._types import ArticleEntities, PersonMention
from corpus_tool.nlp._normalize import match_form
from corpus_tool.records import Article

logger = logging.getLogger(__name__)

__all__ = [
    "AcronymRecord",
    "CorpusEntities",
    "InitiativeRecord",
    "OrganizationRecord",
    "PersonRecord",
    "initiative_key",
    "resolve_corpus",
]

_DASHES = re.compile(r"\s*[-–—]\s*")
_PUNCT_SPACE = re.compile(r"\s*([,;:])\s*")
_QUOTES = re.compile(r"[“”\"«»‘’']")
_SPEECH_VERBS = (r"cho biết|nói|chia sẻ|khẳng định|nhấn mạnh|cho rằng|bày tỏ|đề nghị|yêu cầu|"
                 r"cho hay")
# A verb of speech after the person's name; "phát biểu" only before what is said or at
# the end of the clause ("phát biểu khai mạc", "phát biểu tại hội nghị" say nothing; "phát
# biểu tại hội nghị: ..." does)...
_SPEECH = re.compile(rf"(?<!\w)(?:(?:{_SPEECH_VERBS})(?!\w)"
                     r"|phát biểu(?=\s*[:,.]|[^.:\"“”]{0,60}:|(?:\s+\S+){0,4}?\s+rằng))")
# ... or any verb of speech when the name follows a quotation ("“...”, ông Cook phát biểu
# với ...").
_AFTER_QUOTATION = re.compile(r"[\"”]\s*[,.]?\s*[-–]?\s*(?:\S+\s+){0,8}$")
_ANY_SPEECH = re.compile(rf"(?<!\w)(?:{_SPEECH_VERBS}|phát biểu)(?!\w)")
# A quotation: what is between curly quotes, at least this long to be someone's words.
_ANY_QUOTED = re.compile(r"“[^”]*”")
_QUOTED_MIN = 20
_NAMES_LINKED = re.compile(r"\s*(?:,|và|hoặc|,\s*và)\s*")
# Words that name what is quoted after them: a charge, a nickname, a title, not words said
# ("về tội “Mua bán trái phép chất ma túy”", "được mệnh danh là “tiểu Tiger Woods”").
_NAMING = re.compile(r"(?<!\w)(?:tội|tội danh|hành vi|tên|tên gọi|gọi là|mệnh danh là|"
                     r"biệt danh|danh hiệu|khẩu hiệu|chủ đề|thông điệp|tiêu đề|cuốn sách|"
                     r"bài hát|bộ phim)\s*$")
_MAX_QUOTES = 5


def initiative_key(name: str) -> str:
    """Return the key under which spelling variants of an initiative are merged.

    Case, quote marks, spacing, the spacing around dashes and commas, and the place of
    tone marks (``hoá``, ``hóa``) do not count.

    Example:
        >>> initiative_key("Hội tụ tinh hoa – Phát huy bản sắc") == \\
        ...     initiative_key("hội tụ tinh hoa-Phát huy  bản sắc")
        True
    """
    text = _QUOTES.sub("", match_form(nfc(name))).lower()
    text = _DASHES.sub(" - ", text)
    text = _PUNCT_SPACE.sub(r"\1 ", text)
    return " ".join(text.split()).strip(" .,;:…")


def _org_key(name: str) -> str:
    """Organisations merge across case, spacing and the place of tone marks (khoá, khóa)."""
    return " ".join(match_form(nfc(name)).lower().split())


def _date(article: Article) -> str | None:
    return article.published.date().isoformat() if article.published else None


def _span(dates: list[str]) -> tuple[str | None, str | None]:
    return (min(dates), max(dates)) if dates else (None, None)


@dataclass(slots=True)
class PersonRecord:
    """One person across the corpus: name, aliases, titles with dates, mentions, quotes."""

    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[dict[str, Any]] = field(default_factory=list)
    mentions: int = 0
    articles: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    quotes: list[dict[str, str]] = field(default_factory=list)

    @property
    def organization(self) -> str | None:
        """The organisation of the most recent title, if any."""
        return self.titles[-1]["organization"] if self.titles else None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (see CONTRACTS: person)."""
        return {"name": self.name, "aliases": self.aliases, "titles": self.titles,
                "mentions": self.mentions, "articles": self.articles,
                "first_seen": self.first_seen, "last_seen": self.last_seen,
                "quotes": self.quotes}


@dataclass(slots=True)
class InitiativeRecord:
    """One initiative across the corpus, its spelling variants merged."""

    name: str
    kind: str | None
    variants: list[str]
    mentions: int
    articles: list[str]
    sites: list[str]
    first_seen: str | None
    last_seen: str | None
    by_month: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (see CONTRACTS: initiative)."""
        return {"name": self.name, "kind": self.kind, "variants": self.variants,
                "mentions": self.mentions, "articles": self.articles, "sites": self.sites,
                "first_seen": self.first_seen, "last_seen": self.last_seen,
                "by_month": self.by_month}


@dataclass(slots=True)
class OrganizationRecord:
    """One organisation across the corpus."""

    name: str
    mentions: int
    articles: list[str]
    first_seen: str | None
    last_seen: str | None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (see CONTRACTS: organization)."""
        return {"name": self.name, "mentions": self.mentions, "articles": self.articles,
                "first_seen": self.first_seen, "last_seen": self.last_seen}


@dataclass(slots=True)
class AcronymRecord:
    """One acronym with its expansion and how often it is used."""

    short: str
    long: str
    mentions: int
    source: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (see CONTRACTS: acronym)."""
        return {"short": self.short, "long": self.long, "mentions": self.mentions,
                "source": self.source}


@dataclass(slots=True)
class CorpusEntities:
    """Corpus-level tables, each sorted by mentions (most first)."""

    people: list[PersonRecord]
    initiatives: list[InitiativeRecord]
    organizations: list[OrganizationRecord]
    acronyms: list[AcronymRecord]

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"people": [...], "initiatives": [...], ...}`` as JSON-ready dicts."""
        return {"people": [p.to_dict() for p in self.people],
                "initiatives": [i.to_dict() for i in self.initiatives],
                "organizations": [o.to_dict() for o in self.organizations],
                "acronyms": [a.to_dict() for a in self.acronyms]}


class _People:
    """Groups person mentions by name, splitting a name used in unrelated organisations."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        # Each mention with its key, its article and what it quotes the person saying.
        self.mentions: list[tuple[tuple[str, str], PersonMention, Article, str | None]] = []

    def find(self, x: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra

    def add_article(self, article: Article, people: list[PersonMention],
                    initiatives: Collection[str] = ()) -> None:
        """Add an article's people; ``initiatives`` are the :func:`initiative_key` of its
        initiatives (a quoted initiative is no one's words)."""
        named = set(initiatives)
        by_name: dict[str, list[PersonMention]] = defaultdict(list)
        for p in people:
            # "Thuỷ" and "Thủy" (old and new tone placement) are one spelling.
            name = match_form(p.person)
            if len(name.split()) < 2 and p.resolves_to is None:
                continue
            by_name[name].append(p)
        for name, mentions in by_name.items():
            orgs = sorted({_org_key(p.organization) for p in mentions if p.organization})
            keys = [(name, o) for o in orgs] or [(name, "")]
            for k in keys[1:]:
                self.union(keys[0], k)
            for p in mentions:
                key = (name, _org_key(p.organization)) if p.organization else keys[0]
                self.find(key)
                self.mentions.append((key, p, article, _quote(p, named)))

    def records(self) -> list[PersonRecord]:
        # A name seen without any organisation joins the name's only organisation, if one.
        by_name: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for key in self.parent:
            by_name[key[0]].add(self.find(key))
        for name, roots in by_name.items():
            if len(roots) == 2 and (name, "") in self.parent:
                a, b = sorted(roots, key=lambda r: r[1] == "")
                self.union(a, b)
        groups: dict[tuple[str, str], list[tuple[PersonMention, Article, str | None]]] = \
            defaultdict(list)
        for key, p, article, quote in self.mentions:
            groups[self.find(key)].append((p, article, quote))
        out = []
        for (name, _org), items in groups.items():
            rec = PersonRecord(name=name)
            aliases = Counter(p.name for p, _a, _q in items if p.name != name)
            rec.aliases = [a for a, _n in aliases.most_common()]
            roles: dict[tuple[str, str | None], list[str]] = {}
            # "Tổng Bí thư" and "Tổng bí thư" are one title: keyed without case, shown in
            # the form written most often.
            written: dict[tuple[str, str | None], Counter[tuple[str, str | None]]] = {}
            dates: list[str] = []
            articles: dict[str, None] = {}
            for p, article, quote in items:
                d = _date(article)
                if d:
                    dates.append(d)
                articles.setdefault(article.id, None)
                if p.title:
                    # "TS" and "TS.", "Tổng Bí thư" and "Tổng bí thư" are one title.
                    role = (p.title.lower().rstrip("."),
                            _org_key(p.organization) if p.organization else None)
                    written.setdefault(role, Counter())[(p.title, p.organization)] += 1
                    roles.setdefault(role, [])
                    if d:
                        roles[role].append(d)
                if quote and len(rec.quotes) < _MAX_QUOTES and \
                        all(q["text"] != quote for q in rec.quotes):
                    rec.quotes.append({"article": article.id, "text": quote})
            for role in [r for r in roles if r[1] is None]:
                # "Phó Thủ tướng" written alone, and as "Phó Thủ tướng, Chính phủ" where the
                # person has held it in one body only: one title, with both mentions' dates.
                held = [r for r in roles if r[0] == role[0] and r[1] is not None]
                if len(held) == 1:
                    roles[held[0]].extend(roles.pop(role))
            for role, seen in sorted(roles.items(), key=lambda kv: min(kv[1]) if kv[1] else ""):
                title, org = written[role].most_common(1)[0][0]
                first, last = _span(seen)
                rec.titles.append({"title": title, "organization": org,
                                   "first_seen": first, "last_seen": last})
            rec.mentions = len(items)
            rec.articles = list(articles)
            rec.first_seen, rec.last_seen = _span(dates)
            out.append(rec)
        return out


def _quote(p: PersonMention, initiatives: Collection[str] = ()) -> str | None:
    """Return what the person is reported to say in the mention's sentence, if anything:
    the first quotation there that is no name (``initiatives`` holds the
    :func:`initiative_key` of the article's initiatives; a charge, a nickname or a title
    after the word that names it, :data:`_NAMING`), or the sentence when a verb of speech
    follows the name, unless the sentence is a question with no quotation in it (a
    headline's "... nói gì về ...?"). A person named only inside quotations says nothing
    there."""
    sentence = p.sentence
    if not sentence:
        return None
    quotations = list(_ANY_QUOTED.finditer(sentence))
    at = [m.start() for m in re.finditer(re.escape(p.name), sentence)]
    if at and all(any(q.start() <= k < q.end() for q in quotations) for k in at):
        return None
    named_end = -1
    for m in quotations:
        content = m.group()[1:-1]
        if initiative_key(content) in initiatives \
                or _NAMING.search(sentence, max(0, m.start() - 16), m.start()) \
                or (named_end >= 0 and _NAMES_LINKED.fullmatch(sentence, named_end, m.start())):
            # (A name, or one listed after a name: "về tội “...” và “...”".)
            named_end = m.end()
        elif len(content) >= _QUOTED_MIN:
            return content.strip()
    if not at:
        return None
    tail = sentence[at[0] + len(p.name):at[0] + len(p.name) + 80]
    if _AFTER_QUOTATION.search(sentence, 0, at[0]):
        return sentence if _ANY_SPEECH.search(tail) else None
    if _SPEECH.search(tail) and not (
            sentence.rstrip().endswith("?") and not any(c in sentence for c in '"“”')):
        return sentence
    return None


# What each list of a stored annotation needs in an entry: fields that must be strings,
# fields that must be integers, fields that may be strings or null.
_ENTRY_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "people": (("name",), ("start", "end"),
               ("honorific", "title", "organization", "sentence", "resolves_to", "canonical")),
    "initiatives": (("name",), ("start", "end"), ("kind",)),
    "organizations": (("name",), ("start", "end"), ()),
    "locations": (("name",), ("start", "end"), ()),
    "acronyms": (("short",), ("start", "end"), ("long", "source")),
    "authors": (("name",), ("start", "end"), ()),
}


def _stored(article: Article, data: Any) -> ArticleEntities:
    """An article's entities from a stored annotation (a dict as :meth:`ArticleEntities.to_dict`
    writes it), leaving out with a warning what is malformed: an annotation written by hand
    or by another tool does not stop the corpus tables."""
    if not isinstance(data, dict):
        logger.warning("article %s: entities annotation is %s, not an object; ignored",
                       article.id, type(data).__name__)
        return ArticleEntities()
    kept: dict[str, list[dict[str, Any]]] = {}
    for key, (texts, numbers, optional) in _ENTRY_FIELDS.items():
        entries = data.get(key)
        if entries is None:
            continue
        if not isinstance(entries, list):
            logger.warning("article %s: entities %s is %s, not a list; ignored",
                           article.id, key, type(entries).__name__)
            continue
        kept[key] = []
        for k, entry in enumerate(entries):
            bad = _malformed(entry, texts, numbers, optional)
            if bad:
                logger.warning("article %s: entities %s[%d]: %s; ignored",
                               article.id, key, k, bad)
                continue
            kept[key].append(entry)
    return ArticleEntities.from_dict(kept)


def _malformed(entry: Any, texts: tuple[str, ...], numbers: tuple[str, ...],
               optional: tuple[str, ...]) -> str | None:
    """What is wrong with one entry of a stored annotation, or None."""
    if not isinstance(entry, dict):
        return "not an object"
    for name in texts:
        if not isinstance(entry.get(name), str) or not entry[name].strip():
            return f"{name!r} is not a non-empty string"
    for name in numbers:
        value = entry.get(name)
        if not isinstance(value, int) or isinstance(value, bool):
            return f"{name!r} is not an integer"
    for name in optional:
        if not isinstance(entry.get(name), str | None):
            return f"{name!r} is neither a string nor null"
    return None


def resolve_corpus(items: Iterable[tuple[Article, ArticleEntities | dict[str, Any]]]
                   ) -> CorpusEntities:
    """Merge per-article entities into corpus-level records sorted by mentions.

    People are merged by full name (short mentions and aliases count for the person they
    resolve to); a name used in unrelated organisations in different articles stays two
    records. Initiatives are merged across case, quote style and spacing.

    Example:
        >>> from corpus_tool.entities import extract_entities
        >>> a = Article(id="a1", body="Ông Lê Thanh Long, Trưởng ban Tuyên giáo Thành ủy "
        ...             "Thủ Dầu Một, nói về mô hình “Gần dân, giúp dân”.")
        >>> c = resolve_corpus([(a, extract_entities(a.text))])
        >>> c.people[0].name, c.people[0].titles[0]["title"], c.initiatives[0].name
        ('Lê Thanh Long', 'Trưởng ban Tuyên giáo', 'Gần dân, giúp dân')
    """
    people = _People()
    inits: dict[str, list[tuple[str, str | None, Article]]] = defaultdict(list)
    orgs: dict[str, list[tuple[str, Article]]] = defaultdict(list)
    acronyms: dict[tuple[str, str], list[str]] = defaultdict(list)
    for article, entities in items:
        ents = entities if isinstance(entities, ArticleEntities) else _stored(article, entities)
        people.add_article(article, ents.people,
                           [initiative_key(i.name) for i in ents.initiatives])
        for i in ents.initiatives:
            inits[initiative_key(i.name)].append((i.name, i.kind, article))
        for o in ents.organizations:
            orgs[_org_key(o.name)].append((o.name, article))
        for a in ents.acronyms:
            acronyms[(a.short, a.long)].append(a.source)
    return CorpusEntities(
        people=sorted(people.records(), key=lambda r: (-r.mentions, r.name)),
        initiatives=sorted((_initiative(v) for v in inits.values()),
                           key=lambda r: (-r.mentions, r.name)),
        organizations=sorted((_organization(v) for v in orgs.values()),
                             key=lambda r: (-r.mentions, r.name)),
        acronyms=sorted((AcronymRecord(s, long, len(src),
                                       "text" if "text" in src else "lexicon")
                         for (s, long), src in acronyms.items()),
                        key=lambda r: (-r.mentions, r.short)),
    )


def _initiative(items: list[tuple[str, str | None, Article]]) -> InitiativeRecord:
    names = Counter(n for n, _k, _a in items)
    kinds = Counter(k for _n, k, _a in items if k)
    articles: dict[str, None] = {}
    sites: dict[str, None] = {}
    dates: list[str] = []
    by_month: Counter[str] = Counter()
    for _n, _k, a in items:
        articles.setdefault(a.id, None)
        if a.site:
            sites.setdefault(a.site, None)
        d = _date(a)
        if d:
            dates.append(d)
            by_month[d[:7]] += 1
    first, last = _span(dates)
    return InitiativeRecord(
        name=names.most_common(1)[0][0], kind=kinds.most_common(1)[0][0] if kinds else None,
        variants=sorted(names), mentions=len(items), articles=list(articles),
        sites=list(sites), first_seen=first, last_seen=last,
        by_month=dict(sorted(by_month.items())))


def _organization(items: list[tuple[str, Article]]) -> OrganizationRecord:
    names = Counter(n for n, _a in items)
    articles: dict[str, None] = {}
    dates = []
    for _n, a in items:
        articles.setdefault(a.id, None)
        d = _date(a)
        if d:
            dates.append(d)
    first, last = _span(dates)
    return OrganizationRecord(names.most_common(1)[0][0], len(items), list(articles), first, last)
