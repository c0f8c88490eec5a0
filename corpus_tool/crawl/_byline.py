"""Bylines of Vietnamese press: ``TIỂU LIÊN - CHÂU TIẾN``, ``Theo TTXVN``, ``Bài, ảnh: ...``."""

from __future__ import annotations

import re

__all__ = ["parse_byline", "split_authors"]

_SOURCE = re.compile(r"^\(?\s*(?:theo|nguồn)\s*:?\s+(?P<src>[^()]{2,60}?)\s*\)?\s*\.?$",
                     re.IGNORECASE)
_PREFIX = re.compile(r"^(?:bài\s*(?:và|,|&)?\s*ảnh|bài|ảnh|tin\s*(?:và|,|&)?\s*ảnh|tin|"
                     r"thực hiện|nhóm phóng viên|clip)\s*:\s*", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+[-–—]\s+|\s*[,;/]\s*|\s+và\s+|\s+&\s+", re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^)]*\)\s*")
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")


def _proper(name: str) -> str:
    """Title-case an all-capitals name, leaving acronyms (no vowel: TTXVN, PV) as written."""
    if name != name.upper():
        return name
    words = []
    for word in name.split():
        base = {c for c in word if c.isalpha()}
        plain = {c.translate(_STRIP_TONES) for c in base}
        words.append(word if not plain & _VOWELS else word.capitalize())
    return " ".join(words)


# Letters with tone marks map to their base vowel for the acronym test above.
_STRIP_TONES = str.maketrans(
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ",
    "AAAAAĂĂĂĂĂÂÂÂÂÂEEEEEÊÊÊÊÊIIIIIOOOOOÔÔÔÔÔƠƠƠƠƠUUUUUƯƯƯƯƯYYYYY")


def split_authors(text: str) -> list[str]:
    """Return the names in a byline, title-cased where written in capitals.

    Example:
        >>> split_authors("TIỂU LIÊN - CHÂU TIẾN")
        ['Tiểu Liên', 'Châu Tiến']
    """
    text = _PREFIX.sub("", text.strip().strip(".").strip())
    names = []
    for part in _SEPARATORS.split(_PARENS.sub(" ", text)):
        part = " ".join(part.split()).strip(" .:-")
        if part and len(part) <= 40:
            names.append(_proper(part))
    return names


def parse_byline(text: str) -> list[str] | None:
    """Return the authors if ``text`` is a byline line, else ``None``.

    A byline is short and written in capitals (``TIỂU LIÊN - CHÂU TIẾN``,
    ``NGUYÊN VŨ (TTXVN)``), or credits a source (``Theo TTXVN``).

    Example:
        >>> parse_byline("Theo TTXVN")
        ['TTXVN']
        >>> parse_byline("Ông Lê Thanh Long cho biết thêm.") is None
        True
    """
    text = " ".join(text.split())
    if not text or len(text) > 80:
        return None
    source = _SOURCE.match(text)
    if source:
        return [source["src"].strip()]
    core = _PREFIX.sub("", _PARENS.sub(" ", text)).strip()
    letters = [c for c in core if c.isalpha()]
    if len(letters) < 2 or len(core.split()) > 12 or core.endswith((":", "?", "!")):
        return None
    upper = sum(c.isupper() for c in letters)
    if upper / len(letters) < 0.9:
        return None
    names = split_authors(text)
    return names or None
