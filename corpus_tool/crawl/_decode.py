"""Turning fetched bytes into text: the charset from the header, the page, or detection."""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

__all__ = ["decode_html"]

logger = logging.getLogger(__name__)

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
# Labels browsers map to another decoder (WHATWG Encoding): a page that says
# latin-1 is read as windows-1252 everywhere, so read it the same way here.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
            "us-ascii": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252",
            "x-user-defined": "cp1252", "windows-874": "cp874"}
# Characters UTF-8 read as a single-byte charset typically produces (Ã, Â, Ä, Æ,
# Ä‘ ...) next to a C1 control or symbol: a sign the charset guess was wrong.
_MOJIBAKE = re.compile(r"[ÃÂÄÆáº»á»][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178"
                       r"\u017d\u017e\u0192\u02c6\u02dc]")
# Letters only Vietnamese text produces: windows-1252 or latin-1 cannot yield
# ă, đ, ơ, ư, the combining tone marks or the precomposed tone letters, so a
# misread legacy page scores near zero.
_VIETNAMESE = re.compile(r"[ăđơưĂĐƠƯ\u0300\u0301\u0303\u0309\u0323\u1ea0-\u1ef9]")


def _codec(label: str | None) -> str | None:
    """Return the Python codec name for a charset label, or ``None`` if unknown."""
    if not label:
        return None
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _declared(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _plausible(text: str) -> bool:
    """Return whether decoded text is free of the marks of a wrong charset."""
    return "\ufffd" not in text and len(_MOJIBAKE.findall(text)) <= 2


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Return the text of an HTML page, NFC-normalised.

    The charset comes from a byte-order mark, then the HTTP ``Content-Type``
    header, then ``<meta charset>`` / ``http-equiv``, then detection
    (charset-normalizer). A declared charset is checked before it is trusted:
    bytes that are valid UTF-8 (with non-ASCII in them) are read as UTF-8 even
    when a header claims a single-byte charset, and a decoding that fails or
    shows mojibake falls through to the next source. Legacy windows-1258 pages
    write tone marks as combining characters, so the result is composed (NFC).

    Example:
        >>> decode_html("Thủ Dầu Một".encode("utf-8"), "text/html; charset=iso-8859-1")
        'Thủ Dầu Một'
    """
    for bom, bom_codec in _BOMS:
        if body.startswith(bom):
            return _finish(body[len(bom):].decode(bom_codec, "replace"))
    header = _HEADER_CHARSET.search(content_type or "")
    candidates = [_codec(header.group(1) if header else None), _codec(_declared(body))]
    utf8: str | None = None
    if not body.isascii():
        try:
            utf8 = body.decode("utf-8")
        except UnicodeDecodeError:
            utf8 = None
    decoded: list[str] = []
    for name in dict.fromkeys(candidates):
        if name is None:
            continue
        if utf8 is not None:
            # Valid multi-byte UTF-8 is almost never an accident of another charset.
            if name != "utf-8":
                logger.debug("declared charset %s, but the bytes are UTF-8", name)
            return _finish(utf8)
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, LookupError):
            logger.debug("declared charset %s does not decode the page", name)
            continue
        if _plausible(text):
            decoded.append(text)
        else:
            logger.debug("declared charset %s gives mojibake; trying the next source", name)
    if decoded:
        # Header and <meta> disagree on a single-byte charset (windows-1252 served
        # for a windows-1258 page): keep the reading that is Vietnamese.
        return _finish(max(decoded, key=lambda t: (_score(t), t is decoded[0])))
    if utf8 is not None or body.isascii():
        return _finish(utf8 if utf8 is not None else body.decode("ascii"))
    return _finish(_detect(body))


def _detect(body: bytes) -> str:
    """Decode bytes of unknown charset, preferring windows-1258 when it reads as Vietnamese."""
    guesses: list[str] = []
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:65536]).best()
        if best is not None:
            guesses.append(best.encoding)
    except ImportError:  # pragma: no cover - a declared dependency
        pass
    # Detectors rarely propose windows-1258 (few training pages); Vietnamese pages
    # that are neither UTF-8 nor declared are most often in it, so weigh it too.
    guesses += ["cp1258", "cp1252"]
    scored = []
    for rank, name in enumerate(guesses):
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_score(text), -rank, text))
    if not scored:
        return body.decode("utf-8", "replace")
    return max(scored)[2]


def _score(text: str) -> int:
    return len(_VIETNAMESE.findall(text)) - 5 * len(_MOJIBAKE.findall(text))


def _finish(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)
