"""Acronyms: definitions in the text (``thủ tục hành chính (TTHC)``) and a bundled lexicon."""

from __future__ import annotations

import re

from corpus_tool._text import unmarked
from corpus_tool.entities._lexicon import Lexicon
from corpus_tool.entities._types import AcronymMention

__all__ = ["find_acronyms"]

_DEFINITION = re.compile(r"\((?:gọi tắt là |viết tắt là |sau đây gọi là )?"
                         r"([A-ZĐƯ][A-Za-zĐđƯư0-9&\-.]{1,14})\)")
_WORD = re.compile(r"[^\W_]+")


def _initial(word: str) -> str:
    return unmarked(word[0]).upper()


def _letters(short: str) -> str:
    return "".join(_initial(c) for c in short if c.isalpha())


def _definition(text: str, m: re.Match[str]) -> str | None:
    """Return the long form written before ``(SHORT)`` when its initials spell SHORT."""
    short = m.group(1)
    letters = _letters(short)
    before = text[max(0, m.start() - 200):m.start()].rstrip()
    words = list(_WORD.finditer(before))
    if len(words) < 2:
        return None
    # Multi-letter abbreviations of one word ("ThS") make the count vary: try a few lengths.
    for count in range(len(letters), max(1, len(letters) - 3), -1):
        if count > len(words):
            continue
        chosen = words[-count:]
        initials = "".join(_initial(w.group()) for w in chosen)
        if initials == letters or (len(initials) >= 2 and letters.startswith(initials)
                                   and count == len(letters)):
            long = before[chosen[0].start():]
            if "\n" in long or any(c in long for c in ".;:()“”"):
                return None
            return long
    return None


def find_acronyms(text: str, lex: Lexicon) -> list[AcronymMention]:
    """Return every use of a known acronym with its expansion, in order.

    An acronym defined in the text takes that definition; others come from the lexicon.

    Example:
        >>> from corpus_tool.entities import extract_entities
        >>> [(a.short, a.long) for a in extract_entities(
        ...     "giải quyết thủ tục hành chính (TTHC); cải cách TTHC").acronyms]
        [('TTHC', 'thủ tục hành chính'), ('TTHC', 'thủ tục hành chính')]
    """
    defined: dict[str, str] = {}
    for m in _DEFINITION.finditer(text):
        long = _definition(text, m)
        if long is not None and m.group(1) not in defined:
            defined[m.group(1)] = long
    known = dict(lex.acronyms)
    known.update(defined)
    if not known:
        return []
    pattern = _acronym_pattern(tuple(sorted(known, key=len, reverse=True)))
    out = []
    for m in pattern.finditer(text):
        short = m.group()
        source = "text" if short in defined else "lexicon"
        out.append(AcronymMention(short, known[short], m.start(), m.end(), source))
    return out


_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _acronym_pattern(shorts: tuple[str, ...]) -> re.Pattern[str]:
    pattern = _CACHE.get(shorts)
    if pattern is None:
        parts = []
        for s in shorts:
            tail = "" if s.endswith(".") else r"(?![\w&]|[.-]\w)"
            parts.append(re.escape(s) + tail)
        pattern = re.compile(r"(?<![\w&.-])(?:" + "|".join(parts) + ")")
        if len(_CACHE) > 256:
            _CACHE.clear()
        _CACHE[shorts] = pattern
    return pattern
