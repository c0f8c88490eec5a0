"""Syllable tokens with offsets, and sentence bounds, by regular expression (no model)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from corpus_tool._text import unmarked

__all__ = ["CAPITALS", "LOWERS", "Sentences", "SpanCover", "Token", "WordIndex", "foreign_word",
           "initial", "joined", "korean_name_end", "marked_syllable", "tokenize"]

# The capital letters of Vietnamese, for a regular-expression class: "[A-ZĐ]" misses the
# capitals with a mark that open words such as "Ủy", "Ứng", "Ấn" and "Ông".
CAPITALS = ("A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰ"
            "ỲÝỶỸỴ")
# The lower-case letters, for a character class ("[a-zà-ỹ]" would take Đ, Ư, Ơ, Ă and the
# capitals with a tone mark, which sit inside that range).
LOWERS = CAPITALS.lower()

# A syllable may carry hyphenated parts (Hang-seo, KT-XH) and an ampersand (GD&ĐT).
_TOKEN = re.compile(r"[^\W_](?:[^\W_]|[&\-'’](?=[^\W_]))*|\S")
# Two verbs of one task joined by a comma (:func:`tokenize`).
_PAIRED = re.compile(r"(?i:phòng, chống|cháy, chữa|nạn, cứu)(?!\w)")
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’)]*(?=\s+[^\W\d_“\"]|\s*\n|\s*$)|\n")

# An initial of a foreign name: one Latin capital and its dot, before more initials and a
# capitalised word that no Vietnamese syllable spells ("W. Bush", "D.J. Koh"); not
# "H.Thủy Nguyên" (a district), "TP.HCM" or "iPhone X. Trong khi đó". :func:`tokenize`
# says when the match is one.
_INITIAL = re.compile(r"(?<![^\W_])[A-Z]\.((?: ?[A-Z]\.)*)"
                      r"( ?)([A-Z][a-z]*[a-z](?:[a-z]|-[A-Z])*)(?![^\W_])")
_ONE_INITIAL = re.compile(r"[A-Z]\.")
_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:[A-ZĐ]{1,2}|Tp)$")
_VIET_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?"
    r"(?:[aeiouy]{1,3})(?:ch|ng|nh|[cmnpt])?", re.IGNORECASE)


def initial(word: str) -> bool:
    """True for an initial with its dot (``W.``): one token only inside a foreign name
    (:func:`tokenize`)."""
    return _ONE_INITIAL.fullmatch(word) is not None


def foreign_word(word: str) -> bool:
    """True for a Latin-only word that cannot be a Vietnamese syllable (``Conte``, ``Obama``),
    or an initial with its dot (``W.``)."""
    if word.isascii() and word.isalpha():
        return _VIET_SYLLABLE.fullmatch(word) is None
    return initial(word)


def marked_syllable(word: str) -> bool:
    """True for a Vietnamese syllable written with a Vietnamese letter or tone mark (``Nơi``,
    ``Thể``), never for a foreign word with an accent (``Mbappé``, ``N’Koulou``)."""
    if word.isascii() or not word.isalpha():
        return False
    bare = unmarked(word.lower())
    return bare.isascii() and _VIET_SYLLABLE.fullmatch(bare) is not None


# A romanised Korean syllable, in the Revised Romanisation and the older spellings news
# keeps ("Hang", "seo", "Joong", "Hyuk", "Ahn", "Young").
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhwy])?"
    r"(?:yae|yeo|wae|ae|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|ee|oo|ou|ya|[aeiou])"
    r"(?:ng|hn|[klmnpbtgh])?", re.IGNORECASE)
# What a romanised Korean syllable may have and a Vietnamese word written without marks has
# not ("Tae", "Hee", "Joong", "Hyuk"; not "Min", "Ho", "Chi", "Long").
_UN_VIETNAMESE = re.compile(r"[jwfz]|ae|eo|eu|ee|oo|yu|yo|ye|ya|wa|hy|ky|gy|my|sh|hn"
                            r"|(?:[klbh]|(?<!n)g)$", re.IGNORECASE)


def korean_name_end(tokens: list[Token], k: int, end: int, surnames: frozenset[str]) -> int:
    """End of the Korean name that opens at token ``k`` (before ``end``), or ``k``: a Korean
    family name, then one or two romanised syllables (``Song Joong Ki``, ``Park Hang-seo``,
    ``Hyun Bin``), one of them or the family name unlike any Vietnamese word (``Kim Tae
    Hee``; not ``Kim Chi`` or ``Kim Long``)."""
    if tokens[k].text not in surnames:
        return k
    best = k
    parts = [tokens[k].text]
    for q in range(k + 1, min(end, k + 3)):
        tok = tokens[q]
        syllables = tok.text.split("-")
        if not (tok.titlecase and tok.start == tokens[q - 1].end + 1 and tok.text.isascii()
                and all(_KOREAN_SYLLABLE.fullmatch(s) for s in syllables)) \
                or len(parts) + len(syllables) > 3:
            break
        parts.extend(syllables)
        if any(_UN_VIETNAMESE.search(w) for w in parts):
            best = q + 1
    return best


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its text, offsets and whether it is a word (not punctuation).

    ``cap`` is true for a word written with a capital first letter; ``titlecase`` for a
    capitalised word that is not all capitals and not a number (a name syllable). Both are
    computed once, when the token is made: the rules ask them hundreds of times a text.
    """

    text: str
    start: int
    end: int
    word: bool
    cap: bool = False
    titlecase: bool = False


def _token(s: str, start: int, end: int) -> Token:
    word = s[0].isalnum()
    cap = word and s[0].isupper()
    title = cap and (len(s) == 1 or not s[1:].isupper())
    return Token(s, start, end, word, cap, title)


def joined(a: Token, b: Token, text: str) -> bool:
    """True when token ``b`` follows token ``a`` separated by at most one space."""
    gap = b.start - a.end
    return gap == 0 or (gap == 1 and text[a.end] == " ")


def _glued_at(s: str) -> int:
    """Where a lower-case Vietnamese syllable of two letters or more ends in ``s`` when a
    capitalised word in lower case after its capital follows it (``vàAaron``), else 0."""
    for k in range(2, min(len(s) - 1, 8)):
        if s[k].isupper():
            head, rest = s[:k], s[k + 1:]
            if head.isalpha() and head.islower() and rest.isalpha() and rest.islower() \
                    and _VIET_SYLLABLE.fullmatch(unmarked(head)) is not None:
                return k
            return 0
    return 0


def _glued_after_capital(s: str) -> int:
    """Where a capitalised Vietnamese syllable with a tone or vowel mark ends in ``s`` when a
    capitalised word in lower case after its capital follows it (``MỹBetsy``, ``ĐứcBernd``,
    ``ÔngSousa``), else 0: no Vietnamese word has a capital inside, and a brand that does
    opens with an unmarked syllable (``VinFast``, ``MobiFone``)."""
    for k in range(2, min(len(s) - 2, 8)):
        if s[k].isupper():
            head, rest = s[:k], s[k + 1:]
            if head[1:].islower() and rest.isalpha() and rest.islower() and marked_syllable(head) \
                    and not marked_syllable(s[k:]):
                # (Not "Trung PhạmTổng hợp", a byline run into a note: two Vietnamese words.)
                return k
            return 0
    return 0


# Short words with a Vietnamese letter or mark that news text runs onto the foreign name
# before them when it loses a space ("Cristiano Ronaldođã", "Googletại New York", "Denver
# Nuggetslà"); a word of plain letters run on ("Ronaldocho") would make the token all
# ASCII, which is no cue.
_GLUED_WORDS = frozenset({"đã", "là", "được", "có", "sẽ", "vẫn", "còn", "tại", "của", "với",
                          "chỉ", "cũng", "không", "đang", "hòa", "thắng", "ghép", "giúp", "bị",
                          "từ", "ký", "nói", "đến", "về", "thì", "này"})
_GLUED_WORD_MAX = max(map(len, _GLUED_WORDS))


def _glued_after_foreign(s: str) -> int:
    """Where a foreign name ends in ``s`` when one of a few short Vietnamese words is run
    onto it (``Ronaldođã``), else 0; not a foreign name with an accent (``Beltrán``)."""
    # The name is all ASCII, so the word starts at or before the first other letter.
    first = next((k for k, c in enumerate(s) if not c.isascii()), len(s))
    for k in range(max(3, len(s) - _GLUED_WORD_MAX), first + 1):
        if s[k:] in _GLUED_WORDS and s[:k].isalpha() and foreign_word(s[:k]):
            return k
    return 0


# Title abbreviations that news text runs into the name after them ("HLVJulen Lopetegui",
# "TGĐGuenter Butschek"); not "CEO", run into a firm's name as often ("CEOCambridge
# Analytica").
_GLUED_TITLES = ("HLV", "TGĐ")


def _glued_title(s: str) -> int:
    """Where a title's abbreviation ends in ``s`` when a capitalised word in lower case
    after its capital follows it (``HLVJulen``), else 0."""
    for head in _GLUED_TITLES:
        rest = s[len(head) + 1:]
        if s.startswith(head) and len(s) > len(head) + 2 and s[len(head)].isupper() \
                and rest.isalpha() and rest.islower():
            return len(head)
    return 0


def _title_after_hyphen(s: str, start: int, text: str,
                        titles: re.Pattern[str] | None) -> int:
    """Where the hyphen is in ``s`` (a token at ``start``) when a capitalised name is run
    into a title through it (``Fumio-Chủ tịch``, ``Kết-UVBTV``), else 0."""
    if titles is None:
        return 0
    k = s.find("-")
    head = s[:k]
    if k < 2 or not head.isalpha() or not head[0].isupper() or not head[1:].islower():
        return 0
    m = titles.match(text, start + k + 1)
    return k if m is not None and (m.end() == len(text) or not text[m.end()].isalnum()) else 0


def tokenize(text: str, given: Collection[str] = (),
             stops: Collection[str] = (), titles: re.Pattern[str] | None = None) -> list[Token]:
    """Return the tokens of ``text``: words (syllables) and single punctuation marks.

    An initial of a foreign name keeps its dot, one token with it, after a given name in
    ``given`` (``George W. Bush``) or two initials or more in a row (``M. N. Shankar``,
    ``D.J. Koh``), before a word no Vietnamese syllable spells that is not in ``stops`` (a
    brand or a club opening the next sentence, a given name after an initial). A letter
    and a full stop stay two tokens otherwise: ``iPhone X. Trong khi đó``, ``Serie A.
    Inter``, ``L. Messi``. A name's last syllable run into a title by a hyphen is split
    from it (``Kết-UVBTV``) when ``titles`` finds the title.

    Example:
        >>> [t.text for t in tokenize("TP.Thủ Dầu Một")]
        ['TP', '.', 'Thủ', 'Dầu', 'Một']
    """
    out: list[Token] = []
    skip_to = 0
    for m in _TOKEN.finditer(text):
        if m.start() < skip_to:
            continue
        s = m.group()
        if s == "." and out and (dotted := _INITIAL.match(text, out[-1].start)) is not None \
                and foreign_word(dotted.group(3).split("-")[0]) and (
                    dotted.group(3) not in stops
                    # ("Richard R. Clifton": after a given name and its initial, a family
                    # name that is also a given name.)
                    or (dotted.group(2) and len(out) > 1 and out[-2].text in given
                        and dotted.group(3) in given)) and (
                    dotted.group(1)
                    or (len(out) > 1 and initial(out[-2].text))
                    or (dotted.group(2) and len(out) > 1 and out[-2].text in given)):
            out[-1] = _token(out[-1].text + ".", out[-1].start, m.end())
            continue
        k = _glued_at(s) if s[0].islower() and not s.islower() else \
            _glued_title(s) if s[:2].isupper() else \
            _glued_after_capital(s) if s[0].isupper() and not s[1:].islower() else \
            _glued_after_foreign(s) if s[0].isupper() and not s.isascii() else 0
        if k:
            # "vàAaron Ramsey", "Bệnh việnViệt Đức", "HLVJulen Lopetegui", "Bộ trưởng Giáo dục
            # MỹBetsy DeVos", "Cristiano Ronaldođã": a word run into a capitalised one where
            # the source lost the space around a link; not "iPhone", "eBay", "LeBron" or
            # "VinFast".
            out.append(_token(s[:k], m.start(), m.start() + k))
            out.append(_token(s[k:], m.start() + k, m.end()))
            continue
        if "-" in s and (k := _title_after_hyphen(s, m.start(), text, titles)):
            # "đồng chí Hán Trung Kết-UVBTV, Chủ tịch ...", "Kishida Fumio-Chủ tịch Đảng
            # Tự do Dân chủ": the name, the hyphen, the title; not "Jean-Claude".
            at = m.start()
            out.append(_token(s[:k], at, at + k))
            out.append(_token("-", at + k, at + k + 1))
            rest = text[at + k + 1:m.end()]
            for part in _TOKEN.finditer(rest):
                out.append(_token(part.group(), at + k + 1 + part.start(),
                                  at + k + 1 + part.end()))
            continue
        if s == "," and out and (pair := _PAIRED.match(text, out[-1].start)) is not None \
                and out[-1].end == m.start():
            # "phòng, chống", "phòng cháy, chữa cháy", "cứu nạn, cứu hộ": two verbs of one
            # task written with a comma, one word inside a body's name ("Ban Chỉ đạo phòng,
            # chống dịch tỉnh", "Phòng Cảnh sát phòng, chống tội phạm về môi trường").
            out[-1] = _token(text[out[-1].start:pair.end()], out[-1].start, pair.end())
            skip_to = pair.end()
            continue
        out.append(_token(s, m.start(), m.end()))
    return out


# The longest sentence a mention is given with (characters).
SENTENCE_MAX = 2000


class Sentences:
    """Sentence bounds of a text, for looking up the sentence around an offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        # "UBND Q. Thanh Khê", "TP. Thủ Dầu Một": a dot after a one- or two-letter
        # abbreviation ends no sentence.
        ends = [m.end() for m in _SENTENCE_END.finditer(text)
                if not _ABBREVIATION.search(text, max(0, m.start() - 3), m.start())]
        if not ends or ends[-1] < len(text):
            ends.append(len(text))
        self._ends = ends

    def bounds(self, offset: int) -> tuple[int, int]:
        """Return (start, end) of the sentence containing ``offset``."""
        i = bisect.bisect_right(self._ends, offset)
        end = self._ends[min(i, len(self._ends) - 1)]
        start = self._ends[i - 1] if i > 0 else 0
        return start, end

    def sentence(self, offset: int) -> str:
        """Return the stripped sentence containing ``offset``; of a longer one (a list or a
        table run on without a full stop: a long text may be one "sentence"), the
        :data:`SENTENCE_MAX` characters around ``offset``, cut at spaces."""
        start, end = self.bounds(offset)
        if end - start > SENTENCE_MAX:
            lo = max(start, offset - SENTENCE_MAX // 2)
            hi = min(end, lo + SENTENCE_MAX)
            if lo > start and (cut := self.text.find(" ", lo, offset)) >= 0:
                lo = cut + 1
            # (Not cut before a quarter of the stretch after ``offset``: the name is kept.)
            if hi < end and (cut := self.text.rfind(" ", offset + SENTENCE_MAX // 4, hi)) >= 0:
                hi = cut
            start, end = lo, hi
        return self.text[start:end].strip()


class SpanCover:
    """Character spans, asked in logarithmic time whether one of them holds a point, meets
    a stretch or contains it (texts may be long: a million characters, thousands of
    spans)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._ends = list(itertools.accumulate((b for _, b in ordered), max))

    def _reach(self, before: int) -> int:
        """The furthest end among the spans that start before ``before``."""
        i = bisect.bisect_left(self._starts, before) - 1
        return self._ends[i] if i >= 0 else -1

    def holds(self, point: int) -> bool:
        return self._reach(point + 1) > point

    def meets(self, start: int, end: int) -> bool:
        return self._reach(end) > start

    def contains(self, start: int, end: int) -> bool:
        """True when one span holds the whole stretch ``start..end``."""
        return self._reach(start + 1) >= end


class WordIndex:
    """Where a string stands in a text as whole words, found as ``re.finditer`` with
    ``(?<!\\w)`` and ``(?!\\w)`` around it would find it, without reading the whole text
    per string (a long text may be asked about thousands of names). The places of each run
    of word characters are read once; a string is looked for only where its word written
    least often stands, less that word's offset in the string."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: dict[str, list[int]] | None = None

    def _word_starts(self, word: str) -> list[int]:
        if self._starts is None:
            self._starts = {}
            for m in _WORD_RUN.finditer(self.text):
                self._starts.setdefault(m.group(), []).append(m.start())
        return self._starts.get(word, [])

    def whole(self, run: str) -> Iterator[re.Match[str]]:
        """The places where ``run`` stands as whole words, in order, none overlapping."""
        pattern = re.compile(rf"(?<!\w){re.escape(run)}(?!\w)")
        words = [(len(self._word_starts(w.group())), w.start(), w.group())
                 for w in _WORD_RUN.finditer(run)]
        if not words:
            yield from pattern.finditer(self.text)
            return
        # (Each word of the string stands whole where the string does.)
        _count, offset, word = min(words)
        read_to = 0
        for at in self._word_starts(word):
            k = at - offset
            if k < read_to or (m := pattern.match(self.text, k)) is None:
                continue
            read_to = m.end()
            yield m


_WORD_RUN = re.compile(r"\w+")


class GrowingCover:
    """Character spans asked, like :class:`SpanCover`, whether one meets a stretch, and
    grown one span at a time: a span is added only where it meets none already held
    (spans found in turn, each kept where it clashes with no earlier one)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._fixed = SpanCover(spans)
        # The added spans never overlap, so by start their ends rise too.
        self._starts: list[int] = []
        self._ends: list[int] = []

    def meets(self, start: int, end: int) -> bool:
        if self._fixed.meets(start, end):
            return True
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> bool:
        """Hold ``start..end`` unless it meets a span held; True when it was added."""
        if self.meets(start, end):
            return False
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True
