"""Normalisation for analysis and matching, with offsets that map back to the input.

Two forms of a text are derived here, neither replacing the original:

* the *analysis view* (:func:`analysis_view`): what the segmenter reads.
  HTML tags become spaces or line breaks, entities are decoded, zero-width
  characters disappear, control characters and lone surrogates become
  spaces, exotic spaces become plain ones and ``Ð`` becomes ``Đ``. An
  :class:`OffsetMap` takes any span of the view back to the input, so a
  token's ``start``/``end`` always index the text the caller gave.
* the *matching form* (:func:`match_form`): one tone-mark convention
  (``hoá`` → ``hóa``, ``thuỷ`` → ``thủy``, ``qui`` → ``quy``), straight
  quotes, plain spaces. It has the same length as its input, so a match
  found in it is a match at the same offsets in the original.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

__all__ = ["OffsetMap", "analysis_view", "match_form", "tone_form"]

# Same-length substitutions: one character for one, so offsets are unchanged.
_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u1680": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ",
    "\u200a": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ", "\t": " ", "\x0b": " ",
    "\x0c": " ", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
    "\u00d0": "\u0110", "\u00f0": "\u0111",  # Icelandic eth typed for Vietnamese đ
})
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff"
_ZERO_WIDTH = "\u00ad\u200b-\u200d\u2060\ufeff"
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table td th tr ul".split())
_SPECIAL = re.compile(
    r"(?P<comment><!--.*?-->)"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>]{0,500})?/?>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    rf"|(?P<zero>[{_ZERO_WIDTH}]+)"
    rf"|(?P<control>[{_CONTROLS}])",
    re.DOTALL,
)
# The first character of anything _SPECIAL matches: one character class is
# scanned several times faster than the alternation, and most texts have none.
_SPECIAL_START = re.compile(rf"[<&{_ZERO_WIDTH}{_CONTROLS}]")


@dataclass(frozen=True, slots=True)
class _Piece:
    view_start: int
    view_end: int
    orig_start: int
    orig_end: int
    copied: bool  # view text equals the original here, character for character


class OffsetMap:
    """Maps spans of an analysis view back to spans of the original text.

    The view is made of pieces, each either copied from the original
    (offsets shift by a constant) or a replacement (any span inside it maps
    to the whole original span it replaced, e.g. ``&amp;`` for ``&``).
    """

    def __init__(self, pieces: list[_Piece]) -> None:
        self._pieces = pieces
        self._starts = [p.view_start for p in pieces]

    def _piece(self, view_index: int) -> _Piece:
        return self._pieces[bisect.bisect_right(self._starts, view_index) - 1]

    def start(self, view_start: int) -> int:
        """Return the original offset where the view character at ``view_start`` begins."""
        p = self._piece(view_start)
        return p.orig_start + (view_start - p.view_start) if p.copied else p.orig_start

    def end(self, view_end: int) -> int:
        """Return the original offset just after the view character at ``view_end - 1``."""
        p = self._piece(view_end - 1)
        return p.orig_start + (view_end - p.view_start) if p.copied else p.orig_end


def _replacement(match: re.Match[str]) -> str:
    kind = match.lastgroup
    if kind == "tag":
        return "\n" if match.group("name").lower() in _BLOCK_TAGS else " "
    if kind == "entity":
        decoded = html.unescape(match.group())
        if decoded == match.group():  # unknown entity name: leave it as text
            return decoded
        return decoded.translate(_SAME_LENGTH) if len(decoded) == 1 else " "
    if kind == "zero":
        return ""
    return " "  # comment, control character, lone surrogate


def analysis_view(text: str) -> tuple[str, OffsetMap | None]:
    """Return the text the segmenter reads and a map back to ``text`` (None when identical).

    ``text`` should already be NFC (see :func:`corpus_tool._text.nfc`).

    Example:
        >>> view, offsets = analysis_view("Thành&nbsp;ủy<br>Bình\u200bDương")
        >>> view
        'Thành ủy\\nBìnhDương'
        >>> offsets.start(9), offsets.end(18)
        (17, 27)
    """
    translated = text.translate(_SAME_LENGTH)
    if _SPECIAL_START.search(translated) is None or _SPECIAL.search(translated) is None:
        return translated, None
    parts: list[str] = []
    pieces: list[_Piece] = []
    view_pos = orig_pos = 0
    for match in _SPECIAL.finditer(translated):
        if match.start() > orig_pos:
            length = match.start() - orig_pos
            parts.append(translated[orig_pos:match.start()])
            pieces.append(_Piece(view_pos, view_pos + length, orig_pos, match.start(), True))
            view_pos += length
        replacement = _replacement(match)
        if replacement:
            parts.append(replacement)
            pieces.append(_Piece(view_pos, view_pos + len(replacement), match.start(),
                                 match.end(), replacement == match.group()))
            view_pos += len(replacement)
        orig_pos = match.end()
    if orig_pos < len(translated):
        length = len(translated) - orig_pos
        parts.append(translated[orig_pos:])
        pieces.append(_Piece(view_pos, view_pos + length, orig_pos, len(translated), True))
        view_pos += length
    # A sentinel so that an empty view or a span ending at the very end still maps.
    pieces.append(_Piece(view_pos, view_pos + 1, len(translated), len(translated), True))
    return "".join(parts), OffsetMap(pieces)


# Tone on the first vowel of open "oa", "oe", "uy" (hóa, khỏe, thủy): the
# convention underthesea's models were trained on. Each rule swaps two
# characters for two, so the matching form keeps the offsets of its input.
_TONES = {"\u0300": "àèìòùỳ", "\u0301": "áéíóúý", "\u0309": "ảẻỉỏủỷ", "\u0303": "ãẽĩõũỹ",
          "\u0323": "ạẹịọụỵ"}
_BASE = "aeiouy"


def _tone_tables() -> tuple[dict[str, str], dict[str, str]]:
    mark_of: dict[str, str] = {}
    with_mark: dict[str, str] = {}
    for mark, letters in _TONES.items():
        for base, toned in zip(_BASE, letters, strict=True):
            for b, t in ((base, toned), (base.upper(), toned.upper())):
                mark_of[t] = mark
                with_mark[b + mark] = t
    return mark_of, with_mark


_MARK_OF, _WITH_MARK = _tone_tables()
_OLD_STYLE = re.compile(
    r"([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?!\w)"
    r"|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\w)"
    r"|(?<!\w)([qQ][uU])([iìíỉĩịIÌÍỈĨỊ])(?!\w)"
)
_I_TO_Y = str.maketrans("iìíỉĩịIÌÍỈĨỊ", "yỳýỷỹỵYỲÝỶỸỴ")
# The common i/y variants of a whole syllable, in the usual spelling: "bác sỹ" -> "bác
# sĩ", "kĩ sư" -> "kỹ sư", "Thổ Nhĩ Kì" -> "Thổ Nhĩ Kỳ", "nước Mĩ" -> "nước Mỹ".
_I_OR_Y = re.compile(r"(?<!\w)(?:[sS][ỹỸ]|[kK][ĩĨìÌ]|[mM][ĩĨ])(?!\w)")
# The vowel each of those consonants takes in the usual spelling, in either case.
_I_OR_Y_USUAL = {"s": str.maketrans("ỹỸ", "ĩĨ"), "k": str.maketrans("ĩĨìÌ", "ỹỸỳỲ"),
                 "m": str.maketrans("ĩĨ", "ỹỸ")}
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                         "″": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
                         "`": "'", "´": "'"})


def _move_tone(match: re.Match[str]) -> str:
    vowel, toned, qu, i = match.group(1) or match.group(3), match.group(2) or match.group(4), \
        match.group(5), match.group(6)
    if qu is not None:
        return str(qu) + str(i).translate(_I_TO_Y)
    return _WITH_MARK[vowel + _MARK_OF[toned]] + _plain(toned)


def _plain(toned: str) -> str:
    for letters in _TONES.values():
        index = letters.find(toned.lower())
        if index >= 0:
            base = _BASE[index]
            return base.upper() if toned.isupper() else base
    return toned


def tone_form(text: str) -> str:
    """Return ``text`` with one tone-mark convention and nothing else changed: same length.

    Tone marks of open ``oa``/``oe``/``uy`` go on the first vowel; ``qui`` becomes
    ``quy``, ``sỹ`` ``sĩ``, ``kĩ``/``kì`` ``kỹ``/``kỳ`` and ``mĩ`` ``mỹ``; quotes, spaces
    and case are kept.

    Example:
        >>> tone_form("Thành uỷ Thủ Dầu Một, “hoà nhập”, bác sỹ")
        'Thành ủy Thủ Dầu Một, “hòa nhập”, bác sĩ'
    """
    text = _OLD_STYLE.sub(_move_tone, text)
    return _I_OR_Y.sub(
        lambda m: m.group()[0] + m.group()[1].translate(_I_OR_Y_USUAL[m.group()[0].lower()]),
        text)


def match_form(text: str) -> str:
    """Return ``text`` in the form used for matching: same length, one spelling convention.

    Tone marks of open ``oa``/``oe``/``uy`` go on the first vowel, ``qui``
    becomes ``quy`` (and ``sỹ`` ``sĩ``, ``kĩ`` ``kỹ``), ``Ð`` becomes ``Đ``,
    curly quotes and guillemets become straight ones and every kind of space a
    plain space. Case is kept.

    Example:
        >>> match_form("Thuỷ lợi hoá “xanh” ở Qui Nhơn")
        'Thủy lợi hóa "xanh" ở Quy Nhơn'
    """
    return tone_form(text.translate(_SAME_LENGTH).translate(_QUOTES))
