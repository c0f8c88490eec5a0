"""Word segmentation."""

from __future__ import annotations

import functools

from corpus_tool.nlp._backend import bundled_words
from corpus_tool.nlp._normalize import match_form
from corpus_tool.nlp._pipeline import Pipeline, annotate

__all__ = ["dictionary_word", "tag_at", "word_around", "word_tokenize"]

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


@functools.cache
def _dictionary() -> frozenset[str]:
    return frozenset(match_form(w.strip().lower()) for w in bundled_words() if " " in w.strip())


@functools.lru_cache(maxsize=65536)
def dictionary_word(phrase: str) -> bool:
    """Whether ``phrase``, a word of several syllables, is in the Viet74K word list
    underthesea bundles, whatever its case and wherever its tone marks sit.

    Example:
        >>> dictionary_word("Thuỷ lợi"), dictionary_word("thủy lợi"), dictionary_word("Thuế tiếp")
        (True, True, False)
    """
    return match_form(" ".join(phrase.lower().split())) in _dictionary()


@functools.lru_cache(maxsize=4096)
def _tagged(text: str) -> tuple[tuple[int, int, str | None], ...]:
    return tuple((t.start, t.end, t.pos)
                 for t in annotate(text, layers=("words", "pos"), lexicon=False).tokens)


def tag_at(text: str, start: int) -> str | None:
    """Return underthesea's part-of-speech tag of the word that starts at character
    ``start`` of ``text`` (tagged as a whole, so give a short stretch of the sentence),
    or None when no word starts there.

    Example:
        >>> tag_at("Cục Thuế tiếp nhận 22 hồ sơ", 9), tag_at("Trạm kiểm lâm Đakrông", 5)
        ('V', 'N')
    """
    return next((tag for s, _e, tag in _tagged(text) if s == start), None)


def word_around(text: str, at: int) -> tuple[int, int, str | None] | None:
    """Return the word of ``text`` (a short stretch of a sentence, tagged as a whole) that
    holds character ``at``, as its start, end and part-of-speech tag, or None when no
    word does.

    Example:
        >>> word_around("Trường THPT Chuyên Ngoại ngữ Trong năm", 25)
        (19, 28, 'N')
    """
    return next(((s, e, tag) for s, e, tag in _tagged(text) if s <= at < e), None)
