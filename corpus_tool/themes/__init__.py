"""Themes: cluster coverage into stable, labelled themes with timelines.

:class:`ThemeModel` is a scikit-learn clusterer over segmented words;
:func:`fit_themes` / :func:`assign_themes` run it on documents and build the
summary (labels, representatives, counts per week, month and site);
:func:`save_model` / :func:`load_model` keep a fitted model in a folder
without pickle; :func:`rename_theme` names a theme, and the name survives
refits saved to the same folder.
"""

from __future__ import annotations

from corpus_tool.themes._features import stop_words
from corpus_tool.themes._match import carry_over, match_themes
from corpus_tool.themes._model import ThemeModel
from corpus_tool.themes._persist import load_model, read_names, rename_theme, save_model
from corpus_tool.themes._run import (
    ThemeDocument,
    ThemeRun,
    assign_themes,
    documents_from_articles,
    fit_themes,
    read_theme_documents,
    run_themes,
    summarize_themes,
)
from corpus_tool.themes._store import store_themes

__all__ = [
    "ThemeDocument",
    "ThemeModel",
    "ThemeRun",
    "assign_themes",
    "carry_over",
    "documents_from_articles",
    "fit_themes",
    "load_model",
    "match_themes",
    "read_names",
    "read_theme_documents",
    "rename_theme",
    "run_themes",
    "save_model",
    "stop_words",
    "store_themes",
    "summarize_themes",
]
