"""Word segmentation."""

from __future__ import annotations

from corpus_tool.nlp._pipeline import Pipeline

__all__ = ["word_tokenize"]

_plain: Pipeline | None = None


def word_tokenize(text: str) -> list[str]:
    """Return the words of ``text`` (multi-syllable words joined by a space).

    The result equals ``underthesea.word_tokenize(nfc(text))``; it is computed
    from underthesea's own tokenizer and CRF without its per-call overhead.

    Example:
        >>> word_tokenize("Thành phố Thủ Dầu Một")
        ['Thành phố', 'Thủ Dầu Một']
    """
    global _plain
    if _plain is None:
        _plain = Pipeline()
    return _plain.segment_words(text)
