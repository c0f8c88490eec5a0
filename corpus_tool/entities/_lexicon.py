"""The word lists the extractor leans on, read once from the package's data folder.

Each list is a plain UTF-8 file under ``corpus_tool/entities/data`` with its source in
its header comment, so a user can read (and a maintainer can review) every word the
rules depend on.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from corpus_tool._text import nfc
from corpus_tool.entities._tokens import CAPITALS, LOWERS, foreign_word
from corpus_tool.nlp import dictionary_word as is_word
from corpus_tool.nlp import match_form

__all__ = ["Lexicon", "dictionary_word", "lexicon"]


def _lines(name: str) -> list[str]:
    text = resources.files("corpus_tool.entities").joinpath("data", name).read_text("utf-8")
    out = []
    for raw in nfc(text).splitlines():
        line = raw.rstrip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _pairs(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _lines(name):
        key, _, value = line.partition("\t")
        out[key.strip()] = value.strip()
    return out


def _either_case(word: str) -> str:
    first = word[0]
    if first.isalpha() and first.lower() != first.upper():
        return f"[{re.escape(first)}{re.escape(first.swapcase())}]" + re.escape(word[1:])
    return re.escape(word)


def _alternation(words: list[str], *, fold_first: bool, fold_each: bool = False,
                 fold_inner: bool = False) -> str:
    """Return a regex alternation, longest first.

    ``fold_first`` accepts either case of the first letter; ``fold_each`` of every word's
    first letter (the press writes ``Phó Chủ tịch`` and ``Phó chủ tịch`` alike);
    ``fold_inner`` of every word's first letter but the first word's (``Ủy Ban``).
    """
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        if fold_inner and " " in word:
            head, _, rest = word.partition(" ")
            escaped = re.escape(head) + " " + " ".join(
                _either_case(w) if w[:1].isalpha() else re.escape(w) for w in rest.split(" "))
        elif fold_each:
            escaped = " ".join(_either_case(w) if w[:1].isalpha() else re.escape(w)
                               for w in word.split(" "))
        elif fold_first:
            escaped = _either_case(word)
        else:
            escaped = re.escape(word)
        parts.append(escaped)
    return "|".join(parts)


@dataclass(frozen=True)
class Lexicon:
    """All word lists and the regular expressions compiled from them."""

    surnames: frozenset[str]
    titles: tuple[str, ...]
    honorifics: frozenset[str]
    org_heads: dict[str, bool]
    org_heads_lower: frozenset[str]
    places: frozenset[str]
    place_prefixes: tuple[str, ...]
    not_person_before: frozenset[str]
    not_names: tuple[str, ...]
    acronyms: dict[str, str]
    triggers: tuple[str, ...]
    known_people: dict[str, str]
    foreign_given: frozenset[str]
    # Foreign given names that spell a Vietnamese syllable too ("Ben", "Tim", "Sean"): a
    # given name only before a word no Vietnamese syllable spells ("Ben Burgwin").
    plain_given: frozenset[str]
    teams: frozenset[str]
    name_firsts: frozenset[str]
    brands: frozenset[str]
    firms: frozenset[str]
    famous: frozenset[str]
    korean_surnames: frozenset[str]
    # Words before which a capital letter's dot stays a full stop, no initial's
    # (:func:`~corpus_tool.entities._tokens.tokenize`): brands, clubs, given names.
    initial_stops: frozenset[str]
    org_acronym_re: re.Pattern[str]
    title_re: re.Pattern[str]
    trigger_re: re.Pattern[str]
    place_prefix_re: re.Pattern[str]
    org_head_re: re.Pattern[str]


# A general by the rank alone ("Tướng David Goldfein", "tướng Mattis"); not in the words
# it makes with the word before or after it: a veteran ("lão tướng"), a beaten rival ("bại
# tướng"), a chess master ("kiện tướng"), a bandit chief ("tướng cướp"), a chancellor.
_GENERAL = (r"(?<![Ll]ão )(?<![Bb]ại )(?<!khích )(?<![Cc]hủ )(?<![Tt]ể )(?<![Dd]anh )"
            r"(?<![Dd]ũng )(?<![Kk]iện )(?<![Mm]ãnh )(?<![Tt]ân )(?<!vị )[Tt]ướng(?! cướp)")
# The head of a hamlet or a neighbourhood named by its number, the number in the title:
# "Trưởng ấp 3", "Trưởng khu phố 5", "Tổ trưởng tổ dân phố 12", "Trưởng khu dân cư số 3".
_NUMBERED_HAMLET = (r"(?:[Pp]hó )?(?:[Tt]rưởng|[Tt]ổ trưởng) (?:ấp|thôn|khu phố|khóm|"
                    r"tổ dân phố|tổ|khu dân cư|khu|bản|xóm) (?:số )?\d{1,3}[A-Z]?(?![\w/.,]\d)")


@functools.cache
def lexicon() -> Lexicon:
    """Return the bundled lexicon (read and compiled on first use)."""
    titles = _lines("titles.txt")
    heads: dict[str, bool] = {}
    for line in _lines("org_heads.txt"):
        heads[line.rstrip("!")] = line.endswith("!")
    prefixes = _lines("place_prefixes.txt")
    triggers = _lines("initiative_triggers.txt")
    teams = _lines("teams.txt")
    # (Products and platforms end with "*": never people, not organisations either.)
    brands = _lines("brands.txt")
    firms = [b for b in brands if not b.endswith("*")]
    # A title ends at a word boundary; "TS." style entries end with their dot. It does not
    # start after an abbreviation's dot ("PGS.TS"), but may after a sentence's dot that a
    # missing space glued to it ("cứu sống.Phó giáo sư", "tại TP HCM.Bộ trưởng Y tế": a word
    # of a title, not a degree's abbreviation); "cờ vua" is chess, not a king.
    # "Quyền" before a head's title makes it acting ("Quyền Chủ tịch UBND tỉnh"); after
    # "chính" it is the administration ("chính quyền Tổng thống Trump"), after "tạm" the
    # end of an acting coach's title ("HLV tạm quyền"), after a capitalised word the end
    # of a name ("ông Hứa Văn Quyền Phó Tổng Giám đốc"). After "Bộ" a title word names a
    # body ("Bộ Tư lệnh Vùng Cảnh sát biển 1").
    after_name = "".join(rf"(?<![{CAPITALS}]\w{{{n}}} Quyền )" for n in range(7))
    title_re = re.compile(
        r"(?<!\w)(?:(?<![A-ZĐ]\.)|(?<=[A-ZĐ]{2}\.)(?=[" + CAPITALS + "][" + LOWERS + "]+ ["
        + LOWERS + "]))(?<![Cc]ờ )(?<!Bộ )"
        r"(?:(?:quyền (?<![Cc]hính quyền )(?<![Tt]ạm quyền )|"
        r"Quyền " + after_name + r")(?=[Pp]hó |[Tt]ổng |[Cc]hủ |[Bb]ộ |[Gg]iám |[Hh]iệu |[Bb]í |"
        r"[Tt]rưởng |[Cc]ục |[Vv]ụ |[Vv]iện |[Tt]hủ |[Cc]hánh ))?(?:" + _NUMBERED_HAMLET + "|"
        + _alternation(titles, fold_first=True, fold_each=True)
        + "|" + _GENERAL + r")(?![\w])")
    # Any word may be capitalised: "Cuộc Vận động “Người Việt Nam ưu tiên ...”".
    trigger_re = re.compile(
        r"(?<!\w)(?:" + _alternation(triggers, fold_first=True, fold_each=True) + r")(?!\w)")
    # ("bà xã Kỳ Hân", "ông xã Mạc Hồng Quân": a wife, a husband, not a commune; "già
    # làng Y Khuê Niê": a village elder, not a village.)
    place_prefix_re = re.compile(
        r"(?<!\w)(?<!(?<!\w)[Bb]à )(?<!(?<!\w)[Ôô]ng )(?<!(?<!\w)[Gg]ià )(?:"
        + _alternation(prefixes, fold_first=False) + r")")
    # A head right after "Ban" is the second word of a board's name ("Ban Tổ chức"), but
    # not after the "ban" of a title: "Trưởng ban Ban Quản lý ...".
    org_head_re = re.compile(
        r"(?<![\w&])(?:(?<![Bb]an )(?:"
        + _alternation(list(heads), fold_first=False, fold_inner=True)
        + r")|(?<=[Tt]rưởng ban )Ban)(?![\w&])")
    given = _lines("foreign_given_names.txt")
    foreign_given = frozenset(n for n in given if foreign_word(n))
    name_firsts = frozenset(t.split(" ", 1)[0] for t in (*teams, *firms))
    brand_names = frozenset(b.rstrip("*") for b in brands)
    return Lexicon(
        surnames=frozenset(_lines("surnames.txt")),
        titles=tuple(titles),
        honorifics=frozenset(_lines("honorifics.txt")),
        org_heads=heads,
        org_heads_lower=frozenset(h.lower() for h in heads),
        places=frozenset(_lines("places.txt")),
        place_prefixes=tuple(prefixes),
        not_person_before=frozenset(w.lower() for w in _lines("not_person_before.txt")),
        not_names=tuple(_lines("not_names.txt")),
        acronyms=_pairs("acronyms.tsv"),
        triggers=tuple(triggers),
        known_people=_pairs("known_people.tsv"),
        org_acronym_re=re.compile(r"(?<![\w&.-])(?:" + _alternation(
            _lines("org_acronyms.txt"), fold_first=False) + r")(?![\w&-])"),
        foreign_given=foreign_given,
        plain_given=frozenset(given) - foreign_given,
        teams=frozenset(teams),
        name_firsts=name_firsts,
        brands=brand_names,
        firms=frozenset(firms),
        famous=frozenset(_lines("famous_people.txt")),
        korean_surnames=frozenset(_lines("korean_surnames.txt")),
        initial_stops=foreign_given | name_firsts | brand_names,
        title_re=title_re,
        trigger_re=trigger_re,
        place_prefix_re=place_prefix_re,
        org_head_re=org_head_re,
    )


@functools.cache
def _name_words() -> frozenset[str]:
    return frozenset(match_form(w.lower()) for w in _lines("name_words.txt"))


@functools.lru_cache(maxsize=65536)
def dictionary_word(phrase: str) -> bool:
    """Whether ``phrase`` (two or three syllables, any case and tone placement) is a word:
    in the word list underthesea bundles, or one of the few words of bodies' names it
    lacks (``data/name_words.txt``).

    Example:
        >>> [dictionary_word(w) for w in ("Văn hóa", "khám chữa bệnh", "Thuế tiếp")]
        [True, True, False]
    """
    return is_word(phrase) or match_form(" ".join(phrase.lower().split())) in _name_words()
