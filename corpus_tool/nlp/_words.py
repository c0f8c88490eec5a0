"""Word segmentation."""

from __future__ import annotations

from corpus_tool._text import nfc
from corpus_tool.nlp._backend import underthesea

__all__ = ["word_tokenize"]


def word_tokenize(text: str) -> list[str]:
    """Return the words of ``text`` (multi-syllable words joined by a space).

    Example:
        >>> word_tokenize("Thành phố Thủ Dầu Một")
        ['Thành phố', 'Thủ Dầu Một']
    """
    words: list[str] = underthesea().word_tokenize(nfc(text))
    return words
