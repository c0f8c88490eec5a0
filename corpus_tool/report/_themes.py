"""Theme tables for the report: the stored summary, recounted for the chosen articles."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from corpus_tool.records import Article
from corpus_tool.report._calendar import iso_week
from corpus_tool.report._stored import iter_annotations
from corpus_tool.store import CorpusStore

__all__ = ["ThemeTables", "theme_tables"]

logger = logging.getLogger(__name__)

#: Representative articles shown per theme.
REPRESENTATIVES = 5


@dataclass(frozen=True, slots=True)
class ThemeTables:
    """Themes as the report shows them, with each chosen article's theme."""

    themes: list[dict[str, Any]]
    outliers: int
    theme_of: dict[str, str]
    version: str
    k: int | None
    annotated: int


def theme_tables(store: CorpusStore, articles: Sequence[Article]) -> ThemeTables | None:
    """Return the themes of ``articles`` from the newest ``themes`` result, or ``None``.

    Sizes, weekly and monthly counts are recounted from the per-article
    ``theme`` annotations of the same version, so that a report on part of
    the corpus (a period, some sites) shows that part. Where those
    annotations are absent the summary's own figures are shown.
    """
    found = store.latest_result("themes")
    if found is None:
        return None
    version, summary = found
    if not isinstance(summary, dict) or not isinstance(summary.get("themes"), list):
        logger.warning("themes result %s has no 'themes' list; not shown", version)
        return None
    chosen = {a.id: a for a in articles}
    # Per-article annotations exist for this version (anywhere in the store):
    # recount from them rather than trust corpus-wide figures.
    recount = store.connection.execute(
        "SELECT 1 FROM annotations WHERE kind = 'theme' AND version = ? LIMIT 1",
        (version,)).fetchone() is not None

    members: dict[str, list[tuple[float, Article]]] = {}
    outliers = annotated = 0
    theme_of: dict[str, str] = {}
    for article, d in iter_annotations(store, "theme", version, chosen):
        if not isinstance(d, dict):
            continue
        annotated += 1
        if d.get("outlier") or d.get("theme") is None:
            outliers += 1
            continue
        tid = str(d["theme"])
        theme_of[article.id] = tid
        score = d.get("score")
        members.setdefault(tid, []).append(
            (float(score) if isinstance(score, int | float) else 0.0, article))

    rows: list[dict[str, Any]] = []
    for theme in summary["themes"]:
        if not isinstance(theme, dict) or "id" not in theme:
            continue
        tid = str(theme["id"])
        row = {
            "id": tid, "label": str(theme.get("label") or tid), "name": theme.get("name"),
            "top_terms": [str(t) for t in theme.get("top_terms") or []],
        }
        if recount:
            mine = members.get(tid, [])
            if not mine:
                continue
            row.update(_counts(mine))
            row["representatives"] = _representatives(theme, mine, chosen)
        else:
            row.update({"size": int(theme.get("size") or 0),
                        "by_week": dict(theme.get("by_week") or {}),
                        "by_month": dict(theme.get("by_month") or {}),
                        "by_site": dict(theme.get("by_site") or {}),
                        "representatives": [str(r["id"]) for r in theme.get("representatives")
                                            or [] if isinstance(r, dict) and "id" in r]})
        rows.append(row)
    rows.sort(key=lambda r: -r["size"])  # stable: ties keep the summary's order
    k = summary.get("k")
    return ThemeTables(
        themes=rows, outliers=outliers if recount else int(summary.get("outliers") or 0),
        theme_of=theme_of, version=version, k=int(k) if isinstance(k, int) else None,
        annotated=annotated)


def _counts(members: list[tuple[float, Article]]) -> dict[str, Any]:
    weeks: Counter[str] = Counter()
    months: Counter[str] = Counter()
    sites: Counter[str] = Counter()
    for _score, article in members:
        sites[article.site] += 1
        if article.published is not None:
            weeks[iso_week(article.published.date())[0]] += 1
            months[article.published.strftime("%Y-%m")] += 1
    return {"size": len(members), "by_week": dict(sorted(weeks.items())),
            "by_month": dict(sorted(months.items())), "by_site": dict(sites.most_common())}


def _representatives(theme: dict[str, Any], members: list[tuple[float, Article]],
                     chosen: dict[str, Article]) -> list[str]:
    """Return the summary's representatives that are chosen, topped up by the best-scored."""
    reps = [str(r["id"]) for r in theme.get("representatives") or []
            if isinstance(r, dict) and str(r.get("id")) in chosen]
    for _score, article in sorted(members, key=lambda m: -m[0]):
        if len(reps) >= REPRESENTATIVES:
            break
        if article.id not in reps:
            reps.append(article.id)
    return reps[:REPRESENTATIVES]
