"""Fitting or applying a theme model to documents, and the theme summary."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from corpus_tool._dates import parse_datetime
from corpus_tool._files import atomic_output, read_documents
from corpus_tool._text import nfc
from corpus_tool.errors import AnalysisError, RecordError
from corpus_tool.records import Article
from corpus_tool.themes._match import carry_over
from corpus_tool.themes._model import ThemeModel

if TYPE_CHECKING:
    from corpus_tool.nlp import TextCache

__all__ = ["ThemeDocument", "ThemeRun", "assign_themes", "documents_from_articles",
           "fit_themes", "read_theme_documents", "run_themes", "summarize_themes"]

logger = logging.getLogger(__name__)

_TITLE_CHARS = 160


@dataclass(frozen=True, slots=True)
class ThemeDocument:
    """One text to put in a theme, with what the summary counts it by."""

    id: str
    text: str
    title: str = ""
    published: datetime | None = None
    site: str = ""


def read_theme_documents(path: str | Path, *, timezone: str = "Asia/Ho_Chi_Minh",
                         since: datetime | None = None, until: datetime | None = None,
                         sites: Sequence[str] | None = None) -> list[ThemeDocument]:
    """Return the documents of a JSONL/CSV file of ``{"id", "text"}`` (+ title, published, site).

    ``since`` is inclusive, ``until`` exclusive; with either, undated
    documents are left out, as for the store.

    Raises:
        RecordError: a line lacks ``id``/``text`` or has an unreadable date.
    """
    docs: list[ThemeDocument] = []
    for line, row in read_documents(path, required=("id",)):
        published = None
        raw = row.get("published")
        if raw not in (None, ""):
            published = parse_datetime(str(raw), default_tz=timezone)
            if published is None:
                raise RecordError(f"{raw!r} is not a date (expected ISO 8601, e.g. 2023-01-05)",
                                  path=str(path), line=line, field="published")
        site = str(row.get("site") or "")
        if since is not None and (published is None or published < since):
            continue
        if until is not None and (published is None or published >= until):
            continue
        if sites and site not in sites:
            continue
        docs.append(ThemeDocument(id=str(row["id"]), text=nfc(row["text"]),
                                  title=nfc(str(row.get("title") or "")),
                                  published=published, site=site))
    return docs


def documents_from_articles(articles: Iterable[Article]) -> list[ThemeDocument]:
    """Return stored articles as theme documents (text = title, sapo and body)."""
    return [ThemeDocument(id=a.id, text=a.text, title=a.title, published=a.published,
                          site=a.site) for a in articles]


@dataclass(slots=True)
class ThemeRun:
    """The themes of a set of documents: per-document assignments and the summary."""

    model: ThemeModel
    documents: list[ThemeDocument]
    themes: np.ndarray[Any, Any]
    scores: np.ndarray[Any, Any]
    outliers: np.ndarray[Any, Any]
    summary: dict[str, Any]

    def rows(self) -> Iterator[dict[str, Any]]:
        """Yield one output line per document: ``{"id", "theme", "score", "outlier"}``."""
        ids = self.model.theme_ids_
        for doc, theme, score, outlier in zip(self.documents, self.themes, self.scores,
                                              self.outliers, strict=True):
            yield {"id": doc.id, "theme": ids[int(theme)], "score": round(float(score), 6),
                   "outlier": bool(outlier)}

    def write_rows(self, path: str | Path) -> int:
        """Write :meth:`rows` as JSONL to ``path`` atomically; return the number written."""
        n = 0
        with atomic_output(path) as handle:
            for row in self.rows():
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        return n

    def write_summary(self, path: str | Path) -> None:
        """Write the summary as indented JSON (UTF-8, Vietnamese unescaped) atomically."""
        with atomic_output(path) as handle:
            handle.write(json.dumps(self.summary, ensure_ascii=False, indent=1) + "\n")

    def annotations(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Yield ``(article id, {"theme", "score", "outlier"})`` for the store."""
        for row in self.rows():
            yield row["id"], {k: row[k] for k in ("theme", "score", "outlier")}


def _title(doc: ThemeDocument) -> str:
    title = doc.title or doc.text.strip().split("\n", 1)[0]
    return title if len(title) <= _TITLE_CHARS else title[:_TITLE_CHARS - 1] + "…"


def summarize_themes(model: ThemeModel, documents: Sequence[ThemeDocument],
                     themes: np.ndarray[Any, Any], scores: np.ndarray[Any, Any],
                     outliers: np.ndarray[Any, Any], *,
                     n_representatives: int = 5) -> dict[str, Any]:
    """Return the theme summary: per theme its label, size, representatives and timelines.

    Outliers count in ``"outliers"``, not in any theme. Weeks are ISO weeks
    (``2023-W01``) and months ``2023-01``, in each article's own time zone.
    """
    out_themes: list[dict[str, Any]] = []
    for index, theme_id in enumerate(model.theme_ids_):
        members = [i for i in range(len(documents))
                   if int(themes[i]) == index and not outliers[i]]
        best = sorted(members, key=lambda i: (-round(float(scores[i]), 12), i))
        by_week: Counter[str] = Counter()
        by_month: Counter[str] = Counter()
        by_site: Counter[str] = Counter()
        for i in members:
            doc = documents[i]
            if doc.published is not None:
                year, week, _ = doc.published.isocalendar()
                by_week[f"{year}-W{week:02d}"] += 1
                by_month[doc.published.strftime("%Y-%m")] += 1
            if doc.site:
                by_site[doc.site] += 1
        out_themes.append({
            "id": theme_id,
            "label": model.theme_label(index),
            "name": model.names_.get(theme_id),
            "size": len(members),
            "top_terms": model.top_terms_[index],
            "representatives": [{"id": documents[i].id, "title": _title(documents[i])}
                                for i in best[:n_representatives]],
            "by_week": dict(sorted(by_week.items())),
            "by_month": dict(sorted(by_month.items())),
            "by_site": dict(sorted(by_site.items(), key=lambda kv: (-kv[1], kv[0]))),
        })
    return {"model_id": model.model_id_, "method": model.method_, "k": model.n_themes_,
            "k_selection": model.k_selection_, "documents": len(documents),
            "outliers": int(np.count_nonzero(outliers)), "themes": out_themes}


def fit_themes(documents: Sequence[ThemeDocument], *, n_themes: int | str = "auto",
               random_state: int = 0, previous: ThemeModel | None = None,
               progress: Callable[[str], None] | None = None,
               cache: TextCache | None = None,
               **params: Any) -> ThemeRun:
    """Find the themes of ``documents``; return assignments and summary.

    Args:
        documents: the texts (raw; they are segmented here unless
            ``segment=False`` is passed in ``params``).
        n_themes: a number of themes or ``"auto"``.
        random_state: seed; the same documents and seed give the same output.
        previous: a model fitted earlier: themes that persist keep its ids and
            the names the user gave them.
        progress: called with a short message at each step.
        cache: segmented texts seen before are taken from here, new ones kept.
        **params: other :class:`ThemeModel` parameters.

    Example:
        >>> run = fit_themes(docs, n_themes=8)  # doctest: +SKIP
        >>> run.summary["themes"][0]["label"]  # doctest: +SKIP
        'cải cách hành chính · thủ tục · một cửa'
    """
    if not documents:
        raise AnalysisError("no documents to cluster (check the input and the filters)")
    model = ThemeModel(n_themes=n_themes, random_state=random_state, **params)
    model.fit([d.text for d in documents], progress=progress, cache=cache)
    if previous is not None:
        match = carry_over(model, previous)
        logger.info("%d of %d themes carried over from model %s", len(match),
                    model.n_themes_, previous.model_id_)
    summary = summarize_themes(model, documents, model.themes_, model.scores_, model.outliers_)
    return ThemeRun(model, list(documents), model.themes_, model.scores_, model.outliers_,
                    summary)


def assign_themes(model: ThemeModel, documents: Sequence[ThemeDocument], *,
                  cache: TextCache | None = None) -> ThemeRun:
    """Put ``documents`` in the themes of a fitted ``model`` without refitting.

    Segmented texts found in ``cache`` are not segmented again.

    Example:
        >>> run = assign_themes(load_model("models/themes"), new_docs)  # doctest: +SKIP
    """
    if not documents:
        raise AnalysisError("no documents to assign (check the input and the filters)")
    themes, scores, outliers = model.assign([d.text for d in documents], cache=cache)
    summary = summarize_themes(model, documents, themes, scores, outliers)
    return ThemeRun(model, list(documents), themes, scores, outliers, summary)


def run_themes(documents: Sequence[ThemeDocument], *, model: str | Path | None = None,
               save_model: str | Path | None = None, n_themes: int | str = "auto",
               random_state: int = 0, progress: Callable[[str], None] | None = None,
               cache: TextCache | None = None,
               **params: Any) -> ThemeRun:
    """Assign ``documents`` with the saved ``model``, or fit new themes (and save them).

    When fitting into a ``save_model`` folder that already holds a model, the
    themes that persist keep their ids and user names (see :func:`carry_over`).
    Segmented texts found in ``cache`` are not segmented again.
    """
    from corpus_tool.themes._persist import load_model
    from corpus_tool.themes._persist import save_model as save

    if model is not None:
        return assign_themes(load_model(model), documents, cache=cache)
    previous = None
    if save_model is not None and (Path(save_model) / "manifest.json").is_file():
        previous = load_model(save_model)
    run = fit_themes(documents, n_themes=n_themes, random_state=random_state,
                     previous=previous, progress=progress, cache=cache, **params)
    if save_model is not None:
        save(run.model, save_model)
    return run
