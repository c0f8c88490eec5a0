"""Theme labels: the words and phrases that set a theme apart from the others."""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp

__all__ = ["top_terms"]


def top_terms(M: sp.csr_matrix, themes: np.ndarray[Any, Any], vocabulary: list[str], k: int,
              *, n: int = 10) -> list[list[str]]:
    """Return, per theme, its ``n`` most distinctive terms, phrases first when they tie.

    The weight is class-based TF-IDF (as in BERTopic's c-TF-IDF): the mean
    TF-IDF of the term inside the theme times ``log(1 + A / f)``, ``f`` the
    term's total weight over all themes and ``A`` the mean total weight of a
    theme, so words common to every theme sink. A word already shown inside
    a chosen phrase is skipped (``cải_cách hành_chính`` hides ``cải_cách``).
    Syllables are joined by spaces for display.

    Example:
        >>> M = sp.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0]]))
        >>> top_terms(M, np.array([0, 1]), ["thủ_tục", "bóng_đá"], 2, n=1)
        [['thủ tục'], ['bóng đá']]
    """
    H = sp.csr_matrix((np.ones(len(themes)), (themes, np.arange(len(themes)))),
                      shape=(k, len(themes)))
    sums = np.asarray((H @ M).todense())
    sizes = np.maximum(np.bincount(themes, minlength=k), 1)[:, None]
    total = sums.sum(axis=0)
    mean_mass = sums.sum() / max(k, 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        weight = (sums / sizes) * np.log1p(np.where(total > 0, mean_mass / total, 0.0))
    is_phrase = np.array([" " in t for t in vocabulary], dtype=bool)
    labels: list[list[str]] = []
    for c in range(k):
        row = weight[c]
        # stable order: weight desc, phrases before words, then vocabulary order
        order = np.lexsort((np.arange(len(row)), ~is_phrase, -np.round(row, 12)))
        chosen: list[str] = []
        shown: set[str] = set()
        for index in order:
            if row[index] <= 0 or len(chosen) == n:
                break
            parts = vocabulary[index].split(" ")
            if len(parts) == 1 and parts[0] in shown:
                continue
            if len(parts) > 1 and all(p in shown for p in parts):
                continue
            shown.update(parts)
            chosen.append(" ".join(p.replace("_", " ") for p in parts))
        labels.append(chosen)
    return labels
