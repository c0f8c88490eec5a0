"""Boundary text clean-up shared by readers, the crawler and the store.

Only what every text needs on the way in lives here: NFC, dropping characters
that cannot be stored or displayed, hashing, and the letters without their marks
(for slugs and letter tests). Linguistic normalisation (tone-mark convention,
quotes for matching) belongs to :mod:`corpus_tool.nlp`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["clean_text", "content_hash", "nfc", "unmarked"]

# C0/C1 controls except tab and newline, and lone surrogates (which can't be encoded).
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Only runs of 2+ spaces or any non-plain space: a lone " " needs no replacement,
# and matching every one of them makes the substitution several times slower.
_SPACE_CHARS = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_SPACES = re.compile(f"[ {_SPACE_CHARS}]{{2,}}|[{_SPACE_CHARS}]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (composed tone marks).

    Example:
        >>> nfc("Thu\u0309") == "Thủ"
        True
    """
    return unicodedata.normalize("NFC", text)


def unmarked(text: str) -> str:
    """Return ``text`` with its letters stripped of tone and letter marks (``đ`` -> ``d``).

    Example:
        >>> unmarked("Đổi mới ở Thủ Dầu Một")
        'Doi moi o Thu Dau Mot'
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def clean_text(text: str) -> str:
    """Return NFC text with controls and zero-width characters removed and spaces tidied.

    Line breaks are kept (one per paragraph); runs of spaces, tabs and
    non-breaking spaces become one space.

    Example:
        >>> clean_text("Gần\u00a0dân,\u200b giúp dân \r\n\r\n Thủ Dầu Một")
        'Gần dân, giúp dân\\nThủ Dầu Một'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", _BAD_CHARS.sub("", nfc(text)))
    text = _SPACES.sub(" ", text)
    lines = (line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()


def content_hash(*parts: str) -> str:
    """Return a hex SHA-256 of the parts, insensitive to case-preserving whitespace changes."""
    h = hashlib.sha256()
    for part in parts:
        h.update(" ".join(nfc(part).split()).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()
