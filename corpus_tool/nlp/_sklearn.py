"""A scikit-learn transformer that segments raw Vietnamese text into words."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sklearn.base import BaseEstimator, TransformerMixin

from corpus_tool.nlp._words import word_tokenize

__all__ = ["Segmenter"]


class Segmenter(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Turn raw texts into space-separated words, syllables of a word joined by ``_``.

    Stateless (``fit`` learns nothing), so it composes with ``Pipeline``,
    ``clone`` and ``GridSearchCV`` in front of a vectoriser whose
    ``token_pattern`` keeps the underscores (e.g. ``r"(?u)\\b\\w+\\b"``).

    Args:
        lowercase: lowercase the output.

    Example:
        >>> Segmenter().fit_transform(["Thành phố Thủ Dầu Một"])
        ['thành_phố thủ_dầu_một']
    """

    def __init__(self, *, lowercase: bool = True) -> None:
        self.lowercase = lowercase

    def fit(self, X: Iterable[str], y: Any = None) -> Segmenter:
        """Learn nothing; return ``self``."""
        return self

    def transform(self, X: Iterable[str]) -> list[str]:
        """Return each text as segmented words joined by spaces."""
        out = []
        for text in X:
            words = (w.replace(" ", "_") for w in word_tokenize(text))
            joined = " ".join(words)
            out.append(joined.lower() if self.lowercase else joined)
        return out

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags
