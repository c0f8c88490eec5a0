"""``extract_entities``: people, initiatives, organisations, places and acronyms of one text."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from corpus_tool._text import nfc
from corpus_tool.entities._acronyms import find_acronyms
from corpus_tool.entities._initiatives import find_initiatives
from corpus_tool.entities._lexicon import Lexicon, dictionary_word, lexicon
from corpus_tool.entities._organizations import (
    ADMIN_WORDS,
    COUNTRY_OR_NAME,
    COUNTRY_SYLLABLES,
    COUNTRY_WORD_ENDS,
    DANGLING_LINK,
    LEVELS,
    OPENERS,
    clause_pair,
    find_locations,
    find_organizations,
    in_credit,
    odd_places,
    place_run_end,
    trim_place,
)
from corpus_tool.entities._people import (
    PERSON_BEFORE,
    find_people,
    in_capital_run,
    other_name_context,
)
from corpus_tool.entities._titles import PREFIX_TITLE
from corpus_tool.entities._tokens import (
    LOWERS,
    GrowingCover,
    Sentences,
    SpanCover,
    Token,
    WordIndex,
    foreign_word,
    tokenize,
)
from corpus_tool.entities._types import ArticleEntities, PersonMention, Span
from corpus_tool.nlp._normalize import tone_form

__all__ = ["EXTRACTOR_VERSION", "extract_entities"]

#: Changes whenever the rules or word lists change what is extracted.
EXTRACTOR_VERSION = "entities-rules-164"

_BYLINE_NAME = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){1,3}")
_BYLINE_SPLIT = re.compile(r"\s*(?:-|–|,|;|&|và)\s*")
# Pen names run onto the last sentence, as aggregators paste them: two to four capitalised
# words after the final full stop, with no punctuation of their own ("... 2016. Lê Châu").
# An outlet or a source may follow, after a slash to the end of the line ("Vũ Hạnh/VOV.VN",
# "Phạm Hà/VOV-Trung tâm Tin Theo Reuters"), or in brackets ("Nguyễn Minh(theo DigitalTrends)",
# "Lương Ngọc (Tổng hợp)", "Đỗ Anh (tổng hợp)", "Lê Cao (T/h)"), and then "Theo" may open
# the line ("Theo Vũ Nga (Dịch từ FSB) (Khám phá)", "Theo Giang Chinh/Vnexpress"), even
# after a related headline run on with no full stop. A source or a photo credit may follow
# the name ("Lưu Hoài Theo Đời sống Plus", "Hoàng Cường Ảnh: Paultan"), and a degree may
# open it: a column signed by its doctor, with its source or the degree's dot ("BS Thu Vân
# (Theo THS)", "... BS. Vũ Hồng Ngọc"; not "... đổi mới. PGS Văn Như Cương", an article's
# last words naming its subject).
_TRAILING_BYLINE = re.compile(r"(?:[.!?…\"”)]\s+|\s+(?=Theo\s))(?P<theo>Theo\s)?"
                              r"(?P<degree>(?:BS|TS|ThS|PGS|GS|KS|LS)\.?\s)?"
                              r"(?P<name>(?:[A-ZĐ][^\W\d_]*\s){1,3}[A-ZĐ][^\W\d_]*"
                              r"(?:\s*[-–]\s*(?:[A-ZĐ][^\W\d_]*\s){1,3}[A-ZĐ][^\W\d_]*)?)"
                              r"(?P<outlet>/[^\n/][^\n]{0,59}|\s+(?:Theo|Ảnh:)\s*[^\n]{1,40}"
                              r"|(?:\s*\((?:[Tt]heo|[Nn]guồn|[Dd]ịch|[Tt]/[Hh]|"
                              r"[Tt]ổng hợp|[A-ZĐ])[^()\n]{0,40}\)){1,2})?\s*$")
# Party and youth union committees, named after their place.
_COMMITTEE = re.compile(r"(?:Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy|Thành đoàn|Tỉnh đoàn|"
                        r"Huyện đoàn|Quận đoàn|Thị đoàn) (?=[A-ZĐ])")
_MAX_PLACE = 5
# Spaces other than the plain one, each one character: no-break, figure, thin, ideographic.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def extract_entities(text: str, *, authors: Iterable[str] = ()) -> ArticleEntities:
    """Return the people, initiatives, organisations, places and acronyms of ``text``.

    Offsets index ``nfc(text)``. ``authors`` (byline names known from the record) are
    reported as authors, never as people mentioned; an all-capitals byline at the end of
    the text is recognised as well.

    Example:
        >>> e = extract_entities("Phó Chủ tịch UBND tỉnh Nguyễn Văn Lộc phát động "
        ...                      "phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.")
        >>> p = e.people[0]
        >>> (p.name, p.title, p.organization)
        ('Nguyễn Văn Lộc', 'Phó Chủ tịch', 'UBND tỉnh')
        >>> [(i.name, i.kind) for i in e.initiatives]
        [('Toàn dân đoàn kết xây dựng đời sống văn hóa', 'phong trào')]
    """
    text = nfc(text)
    shadow = _ODD_SPACES.sub(" ", tone_form(text))
    if shadow == text:
        return _extract(text, authors)
    # "Thành uỷ", "hoà", "Thuỷ": the rules and word lists read one tone-mark convention,
    # and a no-break space (pages copied from HTML: "Công ty TNHH\xa0Song Hỷ") as a space.
    # The text is read so (same length, same offsets) and what is found is given back as
    # written.
    return _as_written(_extract(shadow, [tone_form(nfc(a)) for a in authors if a]),
                       text, shadow)


def _extract(text: str, authors: Iterable[str]) -> ArticleEntities:
    lex = lexicon()
    tokens = tokenize(text, lex.foreign_given, lex.initial_stops, lex.title_re)
    starts = {t.start: k for k, t in enumerate(tokens)}
    sentences = Sentences(text)
    prefixed, learned, listed = find_locations(tokens, text, lex, starts)
    prefixed = sorted(prefixed + listed, key=lambda s: s.start)
    for m in _COMMITTEE.finditer(text):
        k = starts.get(m.end())
        if k is not None and tokens[k].titlecase and not clause_pair(tokens, k):
            j = place_run_end(tokens, k, text, limit=4)
            keep = trim_place([t.text for t in tokens[k:j]], lex)
            if keep:
                learned.add(text[tokens[k].start:tokens[k + keep - 1].end])
    words = WordIndex(text)
    people = find_people(tokens, text, lex, starts, sentences, learned, words)
    famous = set(lex.known_people.values())
    byline = _byline(text)
    author_names = {nfc(a).strip().lower() for a in authors if a and a.strip()}
    author_names.update(s.name.lower() for s in byline)
    people = [p for p in people if p.name.lower() not in author_names
              and not any(b.start <= p.start < b.end for b in byline)
              # "huyện Thoại Sơn và Châu Thành": a place of a list, not a person.
              and not any(s.start <= p.start < s.end for s in listed)
              and not _signature(text, p.start, p.end)]
    _resolve_in_article(people, famous, lex.foreign_given)
    people = [p for p in people if not _heading_run_on(text, p)]
    organizations = _extend_to_titles(
        _trim_at_people(find_organizations(tokens, text, lex, starts), [*people, *byline]),
        people, text)
    organizations = _with_people_s_bodies(
        organizations, people, text, lex, places=learned | {s.name for s in prefixed})
    organizations = _with_short_names(organizations, text, lex, {p.name for p in people})
    read = {(o.start, o.end) for o in organizations}
    organizations = _with_full_names(organizations, text)
    extended = [o for o in organizations if (o.start, o.end) not in read]
    if any(o.start <= p.start < o.end for o in extended for p in people):
        people = _outside_bodies(people, extended, text, lex)
        _resolve_in_article(people, famous, lex.foreign_given)
    if extended:
        for p in people:
            if p.organization is not None:
                _take_full_body(p, extended, text)
    initiatives = find_initiatives(
        text, lex, organizations=[(o.start, o.end) for o in organizations])
    named = [(o.start, o.end) for o in organizations] + [(i.start, i.end) for i in initiatives] \
        + [(b.start, b.end) for b in byline]
    named_cover = SpanCover(named)
    locations = [loc for loc in _trim_at_people(
        _locations(tokens, text, lex, prefixed, learned, people, famous), people)
        # A place inside an organisation's or an initiative's name ("UBND tỉnh Bình
        # Dương", "Chương trình ... Việt Nam") or an author's ("Trần Nga/VOV") is the
        # name's, not a place mentioned on its own.
        if not named_cover.contains(loc.start, loc.end)]
    repeats = _repeated_names(people, tokens, text, starts, sentences, lex, words, [
        *named, *((loc.start, loc.end) for loc in locations)])
    if repeats:
        people = sorted(people + repeats, key=lambda p: p.start)
        _resolve_in_article(people, famous, lex.foreign_given)
    return ArticleEntities(
        people=people,
        initiatives=initiatives,
        # (A body credited for a photo names no body, nor a place inside its name.)
        organizations=_once(_longest([o for o in organizations if not in_credit(text, o)],
                                     lex, text)),
        locations=_once(locations),
        acronyms=find_acronyms(text, lex),
        authors=byline,
    )


# How far before a mention its title, body or sentence is looked for first (characters).
_NEAR = 2000


def _as_written(found: ArticleEntities, text: str, shadow: str) -> ArticleEntities:
    """``found`` in ``shadow`` (``text`` in one tone-mark convention with plain spaces, the
    same length), with every name, title and body as ``text`` writes it."""
    same = text == shadow
    # Whether each string looked for is in the text at all, read once per string: a link
    # "Name (title, body)" or an acronym's long form seldom is.
    present: dict[str, bool] = {}

    def written(s: str | None, near: int) -> str | None:
        # The occurrence nearest ``near`` (the earlier of two as near): a title or a body is
        # written by its person. (Where the text was read as written, each string is.)
        if not s or same:
            return s
        # (Looked for near ``near`` first: a long text is searched whole only for a string
        # written far from the mention or not at all.)
        before = shadow.rfind(s, max(0, near - _NEAR), near + len(s))
        if before < 0:
            if s not in present:
                present[s] = s in shadow
            if not present[s]:
                return s
            if near > _NEAR:
                before = shadow.rfind(s, 0, near + len(s))
        # (Only an occurrence after ``near`` nearer than the one before can win: the search
        # is bounded by it, or a long text is searched to its end once per name.)
        after = shadow.find(s, near + 1) if before < 0 else \
            shadow.find(s, near + 1, 2 * near - before - 1 + len(s))
        if before < 0 or (after >= 0 and after - near < near - before):
            before = after
        return text[before:before + len(s)] if before >= 0 else s

    for p in found.people:
        p.name = text[p.start:p.end]
        p.honorific = written(p.honorific, p.start)
        p.title = written(p.title, p.start)
        p.organization = written(p.organization, p.start)
        p.sentence = written(p.sentence, p.start)
        p.resolves_to = written(p.resolves_to, p.start)
        p.canonical = written(p.canonical, p.start)
    for i in found.initiatives:
        i.name = text[i.start:i.end]
    for spans in (found.organizations, found.locations):
        for span in spans:
            span.name = text[span.start:span.end]
    for span in found.authors:
        # A byline's name comes re-cased ("TIỂU LIÊN" -> "Tiểu Liên"): the letters as
        # written, the case as given.
        as_written = text[span.start:span.end]
        if len(as_written) == len(span.name):
            span.name = "".join(w.upper() if g.isupper() else w.lower()
                                for w, g in zip(as_written, span.name, strict=True))
    for a in found.acronyms:
        a.short = text[a.start:a.end]
        a.long = written(a.long, a.start) or a.long
    return found


def _extend_to_titles(organizations: list[Span], people: list[PersonMention],
                      text: str) -> list[Span]:
    """Lengthen an organisation to the body read as a person's, where that body starts at the
    same place and runs further (``Trung tâm Nghiên cứu bảo tồn sinh vật biển ...`` after
    ``Giám đốc``, written partly in lower case)."""
    bodies: dict[int, int] = {}
    for p in people:
        org = p.organization
        if not org:
            continue
        lo, hi = max(0, p.start - 200), min(len(text), p.end + 200)
        at = text.find(org, p.end, hi)
        if at < 0:
            at = text.rfind(org, lo, p.start)
        if at >= 0:
            bodies[at] = max(bodies.get(at, 0), at + len(org))
    out = []
    for o in organizations:
        end = bodies.get(o.start, 0)
        out.append(Span(text[o.start:end], o.start, end) if end > o.end else o)
    return out


def _once(spans: list[Span]) -> list[Span]:
    """Each span once, in order: two readings of the same words (a head word's and a firm's,
    a place's prefix and a place list's) are one mention."""
    seen: set[tuple[int, int]] = set()
    out = []
    for s in spans:
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            out.append(s)
    return out


def _longest(organizations: list[Span], lex: Lexicon, text: str) -> list[Span]:
    """One body written as one unit is one mention, the longest (``Văn phòng Chính phủ``,
    not also ``Chính phủ``), unless a title runs into the outer span (``Trưởng Ban Tuyên
    giáo Thành ủy X``: title ``Trưởng Ban Tuyên giáo``, body ``Thành ủy X``): there the body
    after the title is the mention, as it is the person's organisation."""
    def title_runs_in(outer: Span, inner: Span) -> bool:
        return any(m.start() < outer.start < m.end() <= inner.start
                   for m in lex.title_re.finditer(text, max(0, outer.start - 30), inner.start))

    drop: set[tuple[int, int]] = set()
    ordered = sorted(organizations, key=lambda x: x.start)
    starts = [x.start for x in ordered]
    for o in organizations:
        # (Only the bodies that start inside this one can lie inside it.)
        for q in ordered[bisect.bisect_left(starts, o.start):bisect.bisect_left(starts, o.end)]:
            if (q.start, q.end) != (o.start, o.end) and q.end <= o.end:
                drop.add((o.start, o.end) if title_runs_in(o, q) else (q.start, q.end))
    return [o for o in organizations if (o.start, o.end) not in drop]


# A person's "organisation" that opens on an administrative prefix is the place the unit of
# the title serves ("Trưởng phòng GD-ĐT H. Trà Bồng"), not a body.
_PLACE_OPENING = re.compile(r"(?:[HQPX]\.|TP\.|TX\.|(?:TP|TX|tỉnh|thành phố|huyện|quận|xã|phường|"
                            r"thị xã|thị trấn) (?!ủy|đoàn|đội))", re.IGNORECASE)


def _with_people_s_bodies(organizations: list[Span], people: list[PersonMention], text: str,
                          lex: Lexicon, *, places: Collection[str]) -> list[Span]:
    """Add the body of a person's title where the finder missed it (``Trưởng Công an huyện
    Chương Mỹ``, ``Chủ tịch La Liga Javier Tebas``, ``Phó Thống đốc NHNN``): right between
    the title and the name, or in the apposition after the name (:func:`_body_offset`),
    when it reads as a body (:func:`_reads_as_body`)."""
    out = list(organizations)
    names = {p.name for p in people}
    held = GrowingCover([(o.start, o.end) for o in out])
    named = SpanCover((q.start, q.end) for q in people)
    for p in people:
        org = p.organization
        if not org or not p.title or not _reads_as_body(org, p.title, lex, names, places):
            continue
        at = _body_offset(org, p.title, p, text)
        if at is None:
            continue
        span = Span(org, at, at + len(org))
        if not named.meets(span.start, span.end) and held.add(span.start, span.end):
            out.append(span)
    out.sort(key=lambda o: (o.start, -o.end))
    return out


def _reads_as_body(org: str, title: str, lex: Lexicon, names: Collection[str],
                   places: Collection[str]) -> bool:
    """False for what the title rules took for a body but the guideline does not count: a
    place standing for a government (``Thủ tướng Ba Lan``), a head word alone in lower
    case (``giám đốc bệnh viện``; capitalised it stands for the body the article is about),
    a person's name (``HLV Mourinho``, ``Tổng thống Mỹ Donald Trump``; ``Công ty sen Hoàng
    Giang`` is a body), a place after a unit's title (``Trưởng phòng GD-ĐT H. Trà Bồng``),
    a title, and after a rank, a degree, an occupation or a playing position words that are
    part of the name or a field (``thủ môn Runar Alex Runarsson``, ``trung vệ Yerry Mina``,
    ``GS Luật``) unless known or written like an acronym, and a level alone (``huyện``
    after ``Trưởng phòng Nội vụ``). ``places`` are the article's own
    places (after a prefix or a committee), beside the bundled ``lex.places``."""
    if len(org) < 2 or org in lex.places or org in places or org in COUNTRY_SYLLABLES \
            or org in LEVELS or org == "BV" \
            or (org[0].islower() and org.lower() in lex.org_heads_lower) \
            or _PLACE_OPENING.match(org) or org in names or _ends_with_name(org, names):
        return False
    if org.isupper() or org in lex.brands or org in lex.teams:
        return True
    return not ((" " not in org and not any(c.isupper() for c in org[1:])
                 and (PREFIX_TITLE.fullmatch(title) or title[0].islower()))
                or PERSON_BEFORE.search(title + " ") is not None
                or (any(w in lex.foreign_given for w in org.split())
                    and lex.org_head_re.match(org) is None)
                or lex.title_re.match(org))


def _ends_with_name(org: str, names: Collection[str]) -> bool:
    """True when ``org`` is at most two words, then a name of two words or more in
    ``names`` (``Tổng thống Mỹ Donald Trump``)."""
    for k, c in enumerate(org):
        if c != " ":
            continue
        if len(org[:k + 1].split()) > 2:
            return False
        name = org[k + 1:]
        if " " in name and name in names:
            return True
    return False


def _body_offset(org: str, title: str, p: PersonMention, text: str) -> int | None:
    """Where the person's body is written: right before the name (``Chủ tịch La Liga Javier
    Tebas``, ``Giám đốc WB tại Việt Nam - ông Ousmane Dione``), or whole in the apposition
    right after the title (``X, Tổng Giám đốc AC Milan,`` names ``AC Milan``, not ``AC``)."""
    before = text.rfind(org, max(0, p.start - len(org) - 12), p.start)
    if before >= 0 and re.fullmatch(r"\s*(?:\([^()]{1,12}\)\s*)?(?:[-–,]\s*)?"
                                    r"(?:(?i:ông|bà|anh|chị|đồng chí)\s+)?",
                                    text[before + len(org):p.start]):
        return before
    at = text.find(org, p.end, p.end + len(title) + len(org) + 24)
    if at < 0 or not re.fullmatch(r"\s*[,(–-]\s*(?:\S+\s+){0,8}?" + re.escape(title)
                                  + r"(?:\s+kiêm(?:\s+\S+){1,4}?)?"
                                  r"(?:\s*[,–-]\s*|\s+(?:(?:của|tại)\s+)?)",
                                  text[p.end:at], re.IGNORECASE) \
            or re.match(r" [A-ZĐ]", text[at + len(org):at + len(org) + 2]):
        return None
    return at


_SHORT_NAME = re.compile(r" \(([A-ZĐ][A-ZĐ0-9&-]{1,9})\)")


def _with_short_names(organizations: list[Span], text: str, lex: Lexicon,
                      people: Collection[str]) -> list[Span]:
    """Add a body's short name given in brackets right after it (``Ngân hàng Phát triển
    nhà ĐBSCL (MHB)``), and its later uses on their own (``MHB``), and a firm's own name
    used on its own after it is named with its head word (``Tập đoàn Kosmos``, then
    ``Kosmos``), where no body is found already; not the names of ``people``."""
    out = list(organizations)
    for o in organizations:
        m = _SHORT_NAME.match(text, o.end)
        if m is None or sum(c.isupper() for c in m.group(1)) < 2:
            continue
        short = m.group(1)
        letters = "".join(c for c in short if c.isalpha())
        words = [w for w in re.findall(r"[^\W\d_]+", o.name) if w not in ("và", "của")]
        if len(letters) > len(words) or any(
                letters == "".join(w[0].upper() for w in words[k:]) for k in range(1, len(words))):
            # ("Sở Thông tin và Truyền thông (TT&TT)": the short name of the field, not of
            # the body; "Quốc hội (ĐBQH)": of more than the body.)
            continue
        spans = [Span(short, m.start(1), m.end(1)), *_uses(short, text, m.end())]
        for span in spans:
            if not any(q.start < span.end and span.start < q.end for q in out):
                out.append(span)
    for o in organizations:
        # "Tập đoàn Kosmos ... Kosmos cho biết": a firm's own name in a foreign language
        # or as an acronym, used on its own.
        f = _FIRM_NAMED.fullmatch(o.name)
        if f is None or not all(foreign_word(w) or w.isupper() for w in f.group(1).split()) \
                or f.group(1) in lex.acronyms or f.group(1) in people \
                or f.group(1).split()[0] in lex.foreign_given:
            # (Not a common noun's acronym, "Công ty BHYT"; nor a person's name, "Tập đoàn
            # Trump", "Tổ chức Ivanka Trump".)
            continue
        for span in _uses(f.group(1), text, 0):
            if not any(q.start < span.end and span.start < q.end for q in out) \
                    and not _CAPITAL_BEFORE.search(text, max(0, span.start - 20), span.start):
                out.append(span)
    out.sort(key=lambda o: (o.start, -o.end))
    return out


# A firm or a bank named by its head word, capitalised (in lower case it is as often a kind
# of firm, "công ty AI"), and its own name.
_FIRM_NAMED = re.compile(r"(?:Tập đoàn|Công ty|Cty|CTCP|Ngân hàng) "
                         r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})")


# A capitalised word right before: the name is part of a longer one ("Tập đoàn Kosmos").
_CAPITAL_BEFORE = re.compile(r"[A-ZĐ]\w* $")


def _uses(name: str, text: str, start: int) -> list[Span]:
    """Every use of ``name`` on its own from ``start``: not inside a longer name or a code
    ("BVĐK Lạng Sơn", "ISO 9001")."""
    return [Span(name, x.start(), x.end()) for x in re.compile(
        rf"(?<![\w&.-]){re.escape(name)}(?![\w&-])(?! [A-ZĐ\d])").finditer(text, start)]


def _with_full_names(organizations: list[Span], text: str) -> list[Span]:
    """A body's name read in full once is the same name wherever it is written: a shorter
    reading that the full name extends in the text (``Cục Xúc tiến`` of ``Bộ trưởng yêu cầu
    Cục Xúc tiến thương mại giải trình``, where a verb unknown to the reader followed the
    lower-case words) takes the full name."""
    # The name written at a body's start is looked up by each length a name has, longest
    # first (two names of one length cannot both be written there): a text may name
    # thousands of bodies.
    names = {o.name for o in organizations}
    lengths = sorted({len(name) for name in names}, reverse=True)
    out = []
    for o in organizations:
        prefix = o.name + " "
        for size in lengths:
            if size < len(prefix):
                break
            end = o.start + size
            name = text[o.start:end]
            if name in names and name.startswith(prefix) \
                    and not (end < len(text) and text[end].isalnum()):
                o = Span(name, o.start, end)
                break
        out.append(o)
    return out


def _repeated_names(people: list[PersonMention], tokens: list[Token], text: str,
                    starts: dict[int, int], sentences: Sentences, lex: Lexicon,
                    words: WordIndex, taken: list[tuple[int, int]]) -> list[PersonMention]:
    """A person's name read in full from a family or a known given name, or a foreign single
    name read with a word of address or known as a famous person's, names that person
    wherever else the article writes it on its own ("bản án dành cho Omar"): not inside a
    longer capitalised run, a body, a place or an initiative, nor after a street's or a
    school's word. (A Vietnamese syllable alone is a word as often as a name: "nước Anh",
    "người Nhật".)"""
    openers = lex.surnames | lex.foreign_given
    names = {p.name for p in people if p.name[:1].isupper() and (
        p.name.split(" ", 1)[0] in openers if " " in p.name
        else foreign_word(p.name) and (p.honorific is not None or p.name in lex.famous))
        and p.name not in lex.places and p.name not in lex.teams and p.name not in lex.brands
        and "." not in p.name}
    if not names:
        return []
    held = GrowingCover([(p.start, p.end) for p in people] + taken)
    ends = {t.end: k for k, t in enumerate(tokens)}
    excluded = other_name_context(tokens, text, lex, starts)
    out = []
    # (Longer names first: "Juan Manuel Santos" is read before "Manuel Santos" inside it.)
    for name in sorted(names, key=lambda n: (-len(n), n)):
        for m in words.whole(name):
            a, b = starts.get(m.start()), ends.get(m.end())
            if a is None or b is None or held.meets(m.start(), m.end()):
                continue
            if in_capital_run(tokens, a, text, b) or excluded(a):
                # ("đường Hồ Xuân Hương": a street's name.)
                continue
            out.append(PersonMention(name, m.start(), m.end(),
                                     sentence=sentences.sentence(m.start())))
            held.add(m.start(), m.end())
    return out


def _take_full_body(p: PersonMention, bodies: list[Span], text: str) -> None:
    """A person's body written right before the name or in the apposition after it takes
    the full name that the body's span there was given (:func:`_with_full_names`)."""
    org = p.organization or ""
    for o in bodies:
        if o.name.startswith(org + " ") and (
                p.start - 40 <= o.start < p.start or p.end < o.start <= p.end + 120) \
                and text.startswith(org, o.start):
            p.organization = o.name
            return


def _outside_bodies(people: list[PersonMention], bodies: list[Span], text: str,
                    lex: Lexicon) -> list[PersonMention]:
    """People read where a body's full name was found after them (:func:`_with_full_names`):
    a name inside it is the body's ("các bác sĩ Bệnh viện Nhân dân Gia Định", once read as
    the doctor Gia Định of "Bệnh viện Nhân dân"), and a name that runs on past its end
    keeps the words after it ("BV Hữu nghị Việt - Đức Toàn cho biết": Toàn), unless they
    are a place, with a title before it taking the body's full name. A name given an
    honorific, or a title with another body, stays."""
    out = []
    for p in people:
        body = next((o for o in bodies if o.start <= p.start < o.end), None)
        if body is None or p.honorific is not None or (
                p.title is not None and not body.name.startswith(p.organization or "\0")):
            out.append(p)
            continue
        rest = text[body.end:p.end].lstrip()
        if p.end > body.end and rest[:1].isupper() and rest not in lex.places:
            p.start = p.end - len(rest)
            p.name = rest
            p.canonical = p.resolves_to = None
            if p.title is not None:
                # ("Phó chủ tịch Samsung Electronics Lee Jae-yong": the title's body is the
                # full name.)
                p.organization = body.name
            out.append(p)
    return out


# A reader's signature: a name alone in brackets closing a question or a letter ("...
# xin hỏi nên mua loại xe nào (Minh Đức).", "... không ạ? (Nguyễn Thùy Liên, Trấn Yên)").
_SIGNATURE_AFTER = re.compile(r"\s*(?:,[^()\n]{0,40})?\)\s*(?:[.?!]|\n|$)")
_ASKED = re.compile(r"\?\s?\(\s*$")
_AFTER_WORD = re.compile(r"(?<!\S)[" + LOWERS + r"\d]+\s?\(\s*$")
_QUESTION = re.compile(r"(?<!\w)(?:xin hỏi|cho hỏi|có nên|nên chọn|nên mua|hợp lý|tư vấn)"
                       r"(?!\w)", re.IGNORECASE)
_ASKING_WORD = re.compile(r"(?<!\S)(?:không|nào|chưa)(?: ạ)?\s?\(\s*$")
_SENTENCE_END = re.compile(r"[.!?\n]")


_LOWER_WORD = re.compile(r" ([" + LOWERS + r"]+)(?![\w])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _heading_run_on(text: str, p: PersonMention) -> bool:
    """True when a one-word mention after a word of address, linked to no one, is a
    heading's last word and the next sentence's first word run together: the address
    word closes a word with the one before it ("người đàn ông", "cậu bé") or is the
    country "Anh" mid-sentence ("Ngoại hạng Anh", "Hoàng gia Anh"), and the "name" opens a
    word with the next syllable ("... người đàn ông Bệnh nhân 37 tuổi ...", "... Hoàng gia
    Anh Trách nhiệm cao ...")."""
    if p.honorific is None or p.title is not None or p.resolves_to is not None \
            or " " in p.name:
        return False
    at = p.start - len(p.honorific) - 1
    nxt = _LOWER_WORD.match(text, p.end)
    if at < 0 or text[at:p.start - 1] != p.honorific or nxt is None \
            or not dictionary_word(f"{p.name} {nxt.group(1)}"):
        return False
    before = _WORD_BEFORE.search(text, max(0, at - 20), at)
    if before is None:
        return False
    return dictionary_word(f"{before.group(1)} {p.honorific}") \
        or (p.honorific[0].isupper() and before.group(1)[-1].isalpha())


def _signature(text: str, start: int, end: int) -> bool:
    """True when the name at ``start..end`` signs a reader's question or letter: alone in
    brackets right after a question mark or right before "Xin hỏi" ("(Nguyễn Thành
    Vinh).Xin hỏi ..."), or after a lower-case word in a sentence that asks or before one
    that does."""
    if _SIGNATURE_AFTER.match(text, end) is None:
        return False
    close = text.index(")", end) + 1
    if _ASKED.search(text, max(0, start - 4), start) \
            or re.match(r"\W*(?:Xin|Cho) hỏi", text[close:close + 12]):
        return True
    word = _AFTER_WORD.search(text, max(0, start - 30), start)
    if word is None:
        return False
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), word.start())),
             default=max(0, start - 300))
    after = _SENTENCE_END.search(text, close + 1)
    hi = min(after.end() if after else len(text), close + 200)
    return _ASKING_WORD.search(text, word.start(), start) is not None \
        or _QUESTION.search(text, lo, word.end()) is not None or "?" in text[close:hi]


# Heads of a body's name that are given names too: a pen name after the last sentence
# ("... kiểm tra. Trường Lưu"), not a school.
_NAME_OR_HEAD = frozenset({"Trường"})


def _byline(text: str) -> list[Span]:
    """Authors from an all-capitals byline among the last lines (``TIỂU LIÊN - CHÂU TIẾN``)."""
    out: list[Span] = []
    end = len(text)
    checked = 0
    while end > 0 and checked < 4:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        stripped = line.strip()
        end = start - 1
        if not stripped:
            continue
        checked += 1
        letters = [c for c in stripped if c.isalpha()]
        if not letters or not all(c.isupper() for c in letters) or len(stripped) > 80:
            continue
        offset = start + (len(line) - len(line.lstrip()))
        names: list[Span] = []
        pos = 0
        for part in _BYLINE_SPLIT.split(stripped):
            at = stripped.find(part, pos)
            pos = at + len(part)
            if not _BYLINE_NAME.fullmatch(part):
                names = []
                break
            names.append(Span(part.title(), offset + at, offset + at + len(part)))
        if names:
            out = names
            break
    tail = _TRAILING_BYLINE.search(text) if not out else None
    # "Theo X" or a degree without its dot ("PGS X") makes a byline only with a source after.
    needs_source = tail is not None and (tail.group("theo") is not None or (
        tail.group("degree") is not None and not tail.group("degree").rstrip().endswith(".")))
    if tail is not None and not tail.group("name").startswith("Theo ") \
            and not (needs_source and not tail.group("outlet")) \
            and not (lexicon().org_head_re.match(tail.group("name"))
                     and tail.group("name").split(" ", 1)[0] not in _NAME_OR_HEAD) \
            and not lexicon().title_re.match(tail.group("name")):
        # "... trong năm 2016. Phùng Nguyễn": a pen name run onto the last sentence (not a
        # source, "Theo VnExpress", a team or a titled person).
        at = tail.start("name")
        # ("Mai Chi Theo Reuters": the pen name, then the source.)
        for part in _BYLINE_SPLIT.split(tail.group("name").split(" Theo ")[0]):
            at = text.find(part, at)
            out.append(Span(part, at, at + len(part)))
            at += len(part)
    return out


# Words of address that tell a man from a woman: "ông Trump" is not "bà Melania Trump".
_MALE = frozenset({"ông", "anh", "chú", "cậu", "ngài", "thầy"})
_FEMALE = frozenset({"bà", "chị", "cô", "nàng"})


# Titles only a woman or only a man holds ("Đệ nhất phu nhân Melania Trump", "Hoàng tử
# William"), by their first words in lower case.
_FEMALE_TITLE = re.compile(r"(?:đệ nhất )?phu nhân|công nương|công chúa|nữ hoàng|hoàng hậu"
                           r"|hoa hậu|á hậu|nữ (?:ca sĩ|diễn viên|doanh nhân|nghệ sĩ|sinh)")
_MALE_TITLE = re.compile(r"hoàng tử|thái tử|quốc vương|vua|nam ca sĩ|nam diễn viên")


def _sex(p: PersonMention) -> str | None:
    """The sex the word of address, or else the title, tells of a mention."""
    word = (p.honorific or "").lower()
    if word in _MALE:
        return "m"
    if word in _FEMALE:
        return "f"
    title = (p.title or "").lower()
    return "f" if _FEMALE_TITLE.match(title) else "m" if _MALE_TITLE.match(title) else None


def _sexes(people: list[PersonMention], full: list[PersonMention]) -> dict[str, str]:
    """The sex of each person named in full that the article tells without contradiction:
    from a mention of the full name ("cô Ivanka Trump", "Đệ nhất phu nhân Melania Trump")
    or of the given name alone that opens only that full name ("bà Melania")."""
    names = {q.name for q in full}
    opening: dict[str, set[str]] = {}
    for name in names:
        opening.setdefault(name.split(" ", 1)[0], set()).add(name)
    told: dict[str, set[str]] = {}
    for m in people:
        sex = _sex(m)
        if sex is None:
            continue
        if m.name in names:
            told.setdefault(m.name, set()).add(sex)
        elif " " not in m.name and len(opening.get(m.name, ())) == 1:
            told.setdefault(next(iter(opening[m.name])), set()).add(sex)
    return {name: next(iter(sexes)) for name, sexes in told.items() if len(sexes) == 1}


def _resolve_in_article(people: list[PersonMention], famous: set[str],
                        given: Collection[str] = ()) -> None:
    """Link short mentions (``ông Long``) and untitled repeats to the full name in the article.

    A short mention links to the nearest full name before it that ends with its words
    (``Long`` to ``Lê Thanh Long``, ``Trump`` to ``Donald Trump``) or, for a foreign given
    name in ``given``, that opens with it (``Paul`` to ``Paul Baxter``: foreign stories go on
    with the given name); never across the two sexes, as a word of address or a title tells
    them of the mention or of the person elsewhere in the article (:func:`_sexes`). A
    mention with a title and no word of address goes to a person written with that title
    if one is (``Tổng thống Trump`` to ``Tổng thống Donald Trump``). Longer short mentions
    are linked first, so ``Phượng`` follows ``Công Phượng`` to ``Nguyễn Công Phượng``.
    """
    named = Counter(p.name for p in people)
    # Full names: those read as full, and those found after a word of address or a title
    # ("ông Donald Trump"); not the short forms found bare ("Sơ Trang" after "Ngô Thị Diễm
    # Trang").
    full = [p for p in people if len(p.name.split()) >= 2
            and (p.canonical is not None or p.honorific is not None or p.title is not None)]
    # The full names grouped by the person each names and the sex its word of address tells
    # (a text may name one person thousands of times), each group by start and by order in
    # ``full``; the groups found by the last and the first word of the person. A mention
    # moves to another group once it is linked.
    order = {id(q): i for i, q in enumerate(full)}
    sexes = _sexes(people, full)
    # The titles each full name is written with ("Tổng thống Trump" is Donald's, not
    # Melania's, the Trump named more often).
    titles: dict[str, set[str]] = {}
    for q in full:
        if q.title is not None:
            for name in {q.name, q.person}:
                titles.setdefault(name, set()).add(q.title.lower())
    by_start: dict[tuple[str, str | None], list[tuple[int, int]]] = {}
    by_order: dict[tuple[str, str | None], list[int]] = {}
    by_word: dict[tuple[str, str], set[tuple[str, str | None]]] = {}

    def group(q: PersonMention, add: bool) -> None:
        key = (q.person, _sex(q) or sexes.get(q.person))
        at = (q.start, order[id(q)])
        if add:
            bisect.insort(by_start.setdefault(key, []), at)
            bisect.insort(by_order.setdefault(key, []), at[1])
            words = q.person.split()
            by_word.setdefault(("last", words[-1]), set()).add(key)
            by_word.setdefault(("first", words[0]), set()).add(key)
        else:
            by_start[key].remove(at)
            by_order[key].remove(at[1])

    for q in full:
        group(q, True)
    for p in sorted((p for p in people if p.canonical is None),
                    key=lambda p: -len(p.name.split())):
        parts = p.name.split()
        opens = len(parts) == 1 and p.name in given
        own = order.get(id(p))
        # The nearest full name before the mention (by start, then order), else the first in
        # order; and, for each count of mentions, the first in order with it.
        nearest: tuple[int, int] | None = None
        first: int | None = None
        most: dict[int, int] = {}
        sex = _sex(p)
        keys = [key for key in by_word.get(("last", parts[-1]), set()) | (
                    by_word.get(("first", parts[0]), set()) if opens else set())
                if len(key[0].split()) > len(parts) and (
                    key[0].split()[-len(parts):] == parts
                    or (opens and key[0].split()[0] == parts[0]))
                and {sex, key[1]} != {"m", "f"}
                and any(k != own for k in by_order[key][:2])]
        if p.title is not None and sex is None:
            # A mention with a title and no word of address goes to a person written with
            # that title, if one is.
            same = [key for key in keys if p.title.lower() in titles.get(key[0], ())]
            keys = same or keys
        for key in keys:
            at = by_start[key]
            i = bisect.bisect_left(at, (p.start, -1))
            if i:
                j = bisect.bisect_left(at, (at[i - 1][0], -1))
                if nearest is None or at[j][0] > nearest[0] or (
                        at[j][0] == nearest[0] and at[j][1] < nearest[1]):
                    nearest = at[j]
            ranks = [k for k in by_order[key][:2] if k != own][:1]
            if ranks:
                first = ranks[0] if first is None else min(first, ranks[0])
                count = named[key[0]]
                most[count] = min(most.get(count, ranks[0]), ranks[0])
        best = None if first is None else full[nearest[1] if nearest is not None else first]
        if best is not None and p.honorific is None:
            # ("Trump" bare in a story of Donald and Melania Trump: the one named most.)
            top = max(most)
            if named[best.person] < top:
                best = full[most[top]]
        if own is not None:
            group(p, False)
        if best is not None:
            p.canonical = best.person
            p.resolves_to = p.canonical
        else:
            p.canonical = p.name
        if own is not None:
            group(p, True)
    titled: dict[str, PersonMention] = {}
    for p in people:
        if p.title is not None and p.canonical is not None and len(p.name.split()) >= 2:
            titled.setdefault(p.canonical, p)
    for p in people:
        if p.title is None and p.canonical in titled and p.canonical not in famous:
            t = titled[p.canonical]
            role = ", ".join(x for x in (t.title, t.organization) if x)
            p.resolves_to = f"{t.canonical} ({role})"


def _trim_at_people(orgs: list[Span], people: Sequence[PersonMention | Span]) -> list[Span]:
    """Organisations cut where a person's name (or an author's, in a byline) begins: a
    name is no part of a body's ("trường mầm non Theo Lê Phương (Khám phá)")."""
    out = []
    person_starts = sorted({p.start for p in people})
    for o in orgs:
        i = bisect.bisect_left(person_starts, o.start)
        if i < len(person_starts) and person_starts[i] == o.start:
            # "Tổng Bí thư Trường Chinh": a person, not a school.
            continue
        cut = person_starts[i] if i < len(person_starts) and person_starts[i] < o.end else None
        if cut is not None:
            # ("Bộ VHTTDL và Đoàn Doanh ...": a word that joined the name to what the
            # person's name took goes with it.)
            name = DANGLING_LINK.sub("", o.name[:cut - o.start])
            if len(name.split()) < 2:
                continue
            o = Span(name, o.start, o.start + len(name))
        out.append(o)
    return out


# Words that open a sentence glued to the one before it ("... tại Nga Sáng 6-2, ...").
_GLUED_OPENERS = frozenset({"Sáng", "Trưa", "Chiều", "Tối", "Đêm", "Nước", "Nhóm"})


def _opens_longer_name(tokens: list[Token], k: int, run: int, text: str, lex: Lexicon,
                       names: Collection[str]) -> bool:
    """True when the one-syllable place at token ``k`` opens a longer name that is no known
    place (``bến xe Mỹ Đình``, ``Ý Yên, Nam Định``, ``Pháp Luật TP.HCM``). The place stands
    before a foreign word, a family name, a title, a body's head, another place, a sentence
    opener or a heading glued on (``Tổng thống Mỹ Donald Trump``, ``hải quân Mỹ Tuyên bố
    ...``, ``Latvia Áo Đan Mạch``)."""
    nxt = tokens[k + 1]
    return not foreign_word(tokens[k].text) and nxt.text.isalpha() \
        and not foreign_word(nxt.text) and nxt.text not in lex.foreign_given \
        and nxt.text not in OPENERS and nxt.text not in _GLUED_OPENERS \
        and nxt.text.lower() not in ADMIN_WORDS and nxt.text not in lex.surnames \
        and lex.title_re.match(text, nxt.start) is None \
        and lex.org_head_re.match(text, nxt.start) is None \
        and not (k + 2 < len(tokens) and tokens[k + 2].word and tokens[k + 2].text.islower()
                 and tokens[k + 2].start - nxt.end == 1) \
        and not any(text[nxt.start:tokens[k + size].end] in names for size in range(1, run))


def _locations(tokens: list[Token], text: str, lex: Lexicon, prefixed: list[Span],
               learned: set[str], people: list[PersonMention], famous: Collection[str]
               ) -> list[Span]:
    out = list(prefixed)
    # Given names of the text's people: "Đức" is no country where Minh Đức is named.
    given = {p.name.rsplit(" ", 1)[-1] for p in people}
    # A person's body by where the name starts: "Thủ tướng Anh Theresa May".
    body_at = {p.start: p.organization for p in people}
    names = lex.places | learned
    out = _with_whole_places(out, text, lex, SpanCover((p.start, p.end) for p in people))
    taken = SpanCover([(s.start, s.end) for s in out] + [(p.start, p.end) for p in people])
    n = len(tokens)
    k = 0
    while k < n:
        if not tokens[k].titlecase:
            k += 1
            continue
        # The run of capitalised syllables, one space apart, that starts here.
        run = 1
        while run < _MAX_PLACE and k + run < n and tokens[k + run].titlecase \
                and tokens[k + run].start - tokens[k + run - 1].end == 1:
            run += 1
        hit = 0
        for size in range(run, 0, -1):
            if text[tokens[k].start:tokens[k + size - 1].end] in names:
                hit = size
                break
        if hit == 1 and run > 1 and _opens_longer_name(tokens, k, run, text, lex, names):
            k += 2
        elif hit == 1 and tokens[k].text in COUNTRY_SYLLABLES and k + 1 < n \
                and tokens[k + 1].text in COUNTRY_WORD_ENDS and tokens[k + 1].text != "học" \
                and tokens[k + 1].start - tokens[k].end == 1:
            # "Ý tưởng", "Pháp luật", "Trưởng phòng Mỹ phẩm": the country's syllable opens
            # a word ("sang Mỹ học đại học" is going there to study).
            k += 1
        elif hit:
            s, e = tokens[k].start, tokens[k + hit - 1].end
            # (A known person's name alone is no place: the city is written with its prefix,
            # "TP Hồ Chí Minh"; alone, the name is the trail's, the order's, the youth union's.)
            if not taken.holds(s) and text[s:e] not in famous and not _AGE_GROUP_BEFORE.search(
                    text, max(0, s - 8), s):
                out.append(Span(text[s:e], s, e))
            k += hit
        else:
            word = tokens[k].text
            if word in COUNTRY_OR_NAME and not taken.holds(tokens[k].start) \
                    and ((run == 1 and _country_in_context(tokens, k, text, names, given))
                         or (run > 1 and tokens[k + 1].start in body_at and (
                             body_at[tokens[k + 1].start] == word
                             or (k > 0 and tokens[k - 1].text.lower() == "người")))):
                # ("Thủ tướng Anh Theresa May", "người Đức Joachim Löw": the country right
                # before a person's name, the body of the title before it or a nationality.)
                out.append(Span(word, tokens[k].start, tokens[k].end))
            k += 1
    out.sort(key=lambda s: s.start)
    return out


# The longest place name the prefix reader gives (characters), so the whole-word pass
# below looks back only that far for a prefixed place it takes in.
_PLACE_REACH = 80


def _with_whole_places(out: list[Span], text: str, lex: Lexicon, people: SpanCover) -> list[Span]:
    """Add the known places the run of capitalised words cannot read: an acronym ("UAE"),
    a lower-case word inside ("Đồng bằng sông Cửu Long", "Anh quốc"). Each takes in the
    places read inside it ("sông Cửu Long") and a prefixed one cut inside it ("tỉnh Bà
    Rịa" - Vũng Tàu); none is added across a person's name or a longer place."""
    found = [m for m in odd_places(lex.places).finditer(text)
             if not people.meets(m.start(), m.end())]
    if not found:
        return out
    out = sorted(out, key=lambda x: x.start)
    starts = [x.start for x in out]
    dropped: set[int] = set()
    added: list[Span] = []
    for m in found:
        met = [i for i in range(bisect.bisect_left(starts, m.start() - _PLACE_REACH),
                                bisect.bisect_left(starts, m.end()))
               if out[i].end > m.start() and i not in dropped]
        if any(out[i].end > m.end() for i in met):
            continue
        start = min([m.start(), *(out[i].start for i in met)])
        dropped.update(met)
        added.append(Span(text[start:m.end()], start, m.end()))
    return [x for i, x in enumerate(out) if i not in dropped] + added


# An age group before a region or a country names a tournament or a team ("giải U19 châu
# Á", "vòng loại U23 châu Á"), not the place.
_AGE_GROUP_BEFORE = re.compile(r"(?<![\w.])U\.?\d{2} $")
# Words right before that make such a syllable the country: a preposition of place, a
# nationality, a maker's or a state's body ("tại Đức", "người Anh", "hãng xe Nhật",
# "quân đội Anh", "phát xít Đức"). Not "tuyển": "tuyển Anh" names a team.
_COUNTRY_BEFORE = re.compile(r"(?<!\w)(?:tại|ở|sang|tới|đến|thăm|khắp|người|nước|phía|xe|hãng|"
                             r"tập đoàn|quân đội|quân|báo chí|báo giới|giới|tình báo|phát xít|"
                             r"đội bóng|điện ảnh|nhập|chống|giữa|của)\s$")


def _country_in_context(tokens: list[Token], k: int, text: str, names: Collection[str],
                        given: Collection[str]) -> bool:
    """True when the one-syllable country at token ``k`` (``Đức``, ``Anh``), with no
    capitalised word run on after it, is a place here: alone in brackets after a name
    (``Frankfurt (Đức)``), listed beside a known place (``Singapore, Nhật, Thái Lan``), or
    after a word of place or nationality, with no person in the text whose given name it
    is."""
    word = tokens[k].text
    n = len(tokens)
    if 0 < k < n - 1 and tokens[k - 1].text == "(" and tokens[k + 1].text == ")":
        return True
    nxt = tokens[k + 1] if k + 1 < n else None
    for a, b in ((k - 2, k - 1), (k + 2, k + 1)):
        if 0 <= a < n and tokens[b].text in (",", "và") and tokens[a].text in names:
            return True
    if nxt is not None and word == "Đức" and nxt.text in ("vua", "cha", "mẹ", "ông", "bà"):
        # "của Đức vua": a word of reverence, not Germany.
        return False
    return word not in given and _COUNTRY_BEFORE.search(
        text, max(0, tokens[k].start - 14), tokens[k].start) is not None
