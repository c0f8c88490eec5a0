"""Carrying theme ids and user names from a previous model to a refitted one."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from corpus_tool.themes._model import ThemeModel

__all__ = ["carry_over", "match_themes"]


def _on_union(model: ThemeModel, union: dict[str, int]) -> np.ndarray[Any, Any]:
    out = np.zeros((model.n_themes_, len(union)))
    cols = [union[t] for t in model.vocabulary_]
    out[:, cols] = model.centroids_
    return out


def match_themes(new: ThemeModel, old: ThemeModel, *,
                 min_similarity: float = 0.5) -> dict[int, int]:
    """Return ``{new theme index: old theme index}`` for themes that persist across a refit.

    Centroids are compared by cosine on the union of both vocabularies and
    paired one to one by the Hungarian algorithm; pairs less similar than
    ``min_similarity`` are new or vanished themes, not matches.
    """
    union: dict[str, int] = {}
    for term in [*old.vocabulary_, *new.vocabulary_]:
        union.setdefault(term, len(union))
    sims = _on_union(new, union) @ _on_union(old, union).T
    rows, cols = linear_sum_assignment(-sims)
    return {int(r): int(c) for r, c in zip(rows, cols, strict=True)
            if sims[r, c] >= min_similarity}


def carry_over(new: ThemeModel, old: ThemeModel, *, min_similarity: float = 0.5) -> dict[int, int]:
    """Give ``new``'s persisting themes their ids and user names in ``old``; return the match.

    Themes without a match get fresh ids after the highest old one, so an id
    never changes meaning between refits saved to the same folder.
    """
    match = match_themes(new, old, min_similarity=min_similarity)
    used = {old.theme_ids_[o] for o in match.values()}
    numbers = [int(t[1:]) for t in [*old.theme_ids_, *old.names_] if t[1:].isdigit()]
    next_number = max(numbers, default=0) + 1
    ids: list[str] = []
    for index in range(new.n_themes_):
        if index in match:
            ids.append(old.theme_ids_[match[index]])
        else:
            while f"T{next_number}" in used:
                next_number += 1
            ids.append(f"T{next_number}")
            used.add(ids[-1])
            next_number += 1
    new.theme_ids_ = ids
    new.names_ = {tid: old.names_[tid] for tid in ids if tid in old.names_}
    return match
