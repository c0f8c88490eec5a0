"""From texts to TF-IDF vectors over segmented words and word pairs, without stop words."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from corpus_tool._text import nfc

if TYPE_CHECKING:
    from corpus_tool.nlp import TextCache

__all__ = ["TOKEN_PATTERN", "segment_texts", "stop_words"]

# A token starts with a letter, so numbers, dates and scores ("2023", "3-1")
# never become theme words; "_" inside keeps segmented words whole.
TOKEN_PATTERN = r"(?u)\b[^\W\d_]\w*\b"


@lru_cache(maxsize=1)
def _packaged_stop_words() -> tuple[str, ...]:
    text = resources.files("corpus_tool.themes").joinpath("stopwords_vi.txt").read_text("utf-8")
    words = {nfc(line.strip()).lower() for line in text.splitlines()
             if line.strip() and not line.lstrip().startswith("#")}
    return tuple(sorted(words))


def stop_words(spec: str | Sequence[str] | None = "vietnamese") -> list[str]:
    """Return the stop-word list named by ``spec``, as segmented lowercase words.

    Args:
        spec: ``"vietnamese"`` for the packaged list (function words and press
            boilerplate such as ``cho_biết``, ``ảnh``, ``ttxvn``), ``None`` for
            none, or your own words (spaces or ``_`` between syllables).

    Example:
        >>> "cho_biết" in stop_words()
        True
    """
    if spec is None:
        return []
    if isinstance(spec, str):
        if spec != "vietnamese":
            raise ValueError(f"stop_words: {spec!r} is not 'vietnamese', None or a list of words")
        return list(_packaged_stop_words())
    return sorted({nfc(w.strip()).lower().replace(" ", "_") for w in spec if w.strip()})


def segment_texts(texts: Iterable[str], *, segment: bool,
                  cache: TextCache | None = None) -> list[str]:
    """Return ``texts`` as space-separated segmented words (NFC).

    With ``segment=False`` the texts are taken as already segmented
    (``"cải_cách hành_chính"``) and only normalised. Texts found in ``cache``
    are not segmented again; new ones are added to it.

    Example:
        >>> segment_texts(["cải_cách hành_chính"], segment=False)
        ['cải_cách hành_chính']
    """
    if not segment:
        return [nfc(t) for t in texts]
    from corpus_tool.nlp import segment_texts as segment_words

    return segment_words([nfc(t) for t in texts], cache=cache, lowercase=False)
