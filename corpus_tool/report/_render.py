"""Rendering report data as one self-contained HTML file, and writing it."""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import logging
import string
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from corpus_tool.errors import InputError
from corpus_tool.report._calendar import iso_week
from corpus_tool.report._data import ReportData, build_report_data
from corpus_tool.report._messages import messages
from corpus_tool.store import CorpusStore

__all__ = ["ReportFile", "escape_json_for_script", "render_report", "write_report"]

logger = logging.getLogger(__name__)

#: The Vega bundles inlined in every report, in load order (vega-embed needs the other two).
VENDOR_SCRIPTS = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")

#: Section ids in page order, each with its heading's message key.
SECTIONS = ("overview", "initiatives", "people", "organizations", "themes", "acronyms",
            "articles")

_SCRIPT_ESCAPES: dict[str, str | int | None] = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                   "\u2028": "\\u2028", "\u2029": "\\u2029"}


@dataclass(frozen=True, slots=True)
class ReportFile:
    """What :func:`write_report` wrote."""

    path: Path
    bytes: int
    articles: int
    missing: list[str]


def escape_json_for_script(value: Any) -> str:
    """Return ``value`` as JSON safe to place inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes so that no text (say a title
    containing ``</script>``) can end the element, and U+2028/U+2029 are
    escaped for older JavaScript parsers. Vietnamese letters stay as UTF-8.

    Example:
        >>> escape_json_for_script({"title": "</script> Gần dân"})
        '{"title": "\\\\u003c/script\\\\u003e Gần dân"}'
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    return text.translate(str.maketrans(_SCRIPT_ESCAPES))


def _inline_script(code: str) -> str:
    """Return JavaScript that cannot close or comment out its ``<script>`` element."""
    return code.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _csp_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@functools.cache
def _package_text(folder: str, name: str) -> str:
    return resources.files("corpus_tool.report").joinpath(folder, name).read_text("utf-8")


@functools.cache
def _vendor_scripts() -> tuple[tuple[str, str], ...]:
    out = []
    for name in VENDOR_SCRIPTS:
        code = _inline_script(_package_text("vendor", name))
        out.append((code, _csp_hash(code)))
    return tuple(out)


def _weeks_between(first: str, last: str) -> list[tuple[str, str]]:
    """Return every ISO week ``(label, monday)`` from the week of ``first`` to ``last``."""
    day = date.fromisoformat(first)
    end = date.fromisoformat(last)
    out = []
    while day <= end:
        out.append(iso_week(day))
        day += timedelta(days=7)
    return out


def _months(data: ReportData) -> list[str]:
    """Return every month from the first to the last dated article (``YYYY-MM``)."""
    days = sorted(a.published[:7] for a in data.articles if a.published)
    if not days:
        return []
    year, month = map(int, days[0].split("-"))
    out = []
    while f"{year:04d}-{month:02d}" <= days[-1]:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _last_day(until: str | None) -> str | None:
    """Return the last day inside a period whose exclusive end is ``until``."""
    if until is None:
        return None
    return (datetime.fromisoformat(until) - timedelta(microseconds=1)).date().isoformat()


def _count_axis(largest: int) -> dict[str, Any]:
    """Return axis settings that keep a count axis on whole numbers.

    Vega-Lite ignores ``tickMinStep`` on small domains (vega-lite#9034), so the
    number of ticks is capped at the largest count too.
    """
    return {"format": "d", "tickMinStep": 1, "tickCount": max(1, min(largest, 5))}


def _overview_spec(data: ReportData, t: dict[str, str]) -> dict[str, Any] | None:
    if not data.overview:
        return None
    weeks = _weeks_between(data.overview[0].week_start, data.overview[-1].week_start)
    values = [{"site": w.site or t["unknown_site"], "week": w.week, "start": w.week_start,
               "count": w.count} for w in data.overview]
    totals: dict[str, int] = {}
    for w in data.overview:
        totals[w.week] = totals.get(w.week, 0) + w.count
    return {
        "data": {"values": values},
        "mark": {"type": "bar", "tooltip": True},
        "width": "container", "height": 260,
        "encoding": {
            "x": {"field": "week", "type": "ordinal", "title": t["chart_week"],
                  "scale": {"domain": [w for w, _ in weeks]},
                  "axis": {"labelAngle": -45, "labelOverlap": "parity"}},
            "y": {"field": "count", "type": "quantitative", "aggregate": "sum",
                  "title": t["chart_count"], "axis": _count_axis(max(totals.values()))},
            "color": {"field": "site", "type": "nominal", "title": t["chart_site"],
                      "scale": {"scheme": "tableau20"}},
            "tooltip": [{"field": "week", "title": t["chart_week"]},
                        {"field": "site", "title": t["chart_site"]},
                        {"field": "count", "type": "quantitative", "aggregate": "sum",
                         "title": t["chart_count"]}],
        },
    }


def _themes_spec(data: ReportData, t: dict[str, str]) -> dict[str, Any] | None:
    dated = [w for theme in data.themes for w in theme.get("by_week", {})]
    if not dated:
        return None
    mondays = sorted(date.fromisocalendar(int(w[:4]), int(w[6:]), 1) for w in dated)
    weeks = _weeks_between(mondays[0].isoformat(), mondays[-1].isoformat())
    values: list[dict[str, Any]] = []
    for theme in data.themes:
        label = theme.get("name") or theme["label"]
        counts = theme.get("by_week", {})
        values.extend({"theme": label, "week": week, "start": start,
                       "count": int(counts.get(week, 0))} for week, start in weeks)
    return {
        "data": {"values": values},
        "mark": {"type": "line", "point": len(weeks) < 60, "tooltip": True},
        "width": "container", "height": 280,
        "encoding": {
            "x": {"field": "start", "type": "temporal", "timeUnit": "utcyearmonthdate",
                  "title": t["chart_week"], "axis": {"format": "%d/%m/%Y"}},
            "y": {"field": "count", "type": "quantitative", "title": t["chart_count"],
                  "axis": _count_axis(max(v["count"] for v in values))},
            "color": {"field": "theme", "type": "nominal", "title": t["chart_theme"],
                      "scale": {"scheme": "tableau20"}},
            "tooltip": [{"field": "theme", "title": t["chart_theme"]},
                        {"field": "week", "title": t["chart_week"]},
                        {"field": "count", "type": "quantitative", "title": t["chart_count"]}],
        },
    }


def _payload(data: ReportData, lang: str) -> dict[str, Any]:
    """Return the JSON the page script reads: articles once, everything else by index."""
    t = messages(lang)
    index = {a.id: i for i, a in enumerate(data.articles)}
    theme_index = {str(th["id"]): i for i, th in enumerate(data.themes)}

    def refs(ids: Sequence[Any] | None) -> list[int]:
        return [index[str(x)] for x in ids or () if str(x) in index]

    def with_refs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for row in rows:
            item = {k: v for k, v in row.items() if k != "articles"}
            item["articles"] = refs(row.get("articles"))
            if "quotes" in row:
                item["quotes"] = [
                    {"article": index.get(str(q.get("article"))), "text": str(q.get("text", ""))}
                    for q in row.get("quotes") or [] if isinstance(q, dict)]
            out.append(item)
        return out

    themes = []
    for theme in data.themes:
        item = dict(theme)
        item["representatives"] = refs(theme.get("representatives"))
        themes.append(item)
    return {
        "lang": lang,
        "t": t,
        "meta": {
            "generated_at": data.generated_at, "store": data.store_name,
            "since": data.since, "until": data.until, "last_day": _last_day(data.until),
            "sites": data.sites,
            "undated": data.undated, "missing": data.missing, "sources": data.sources,
            "theme_outliers": data.theme_outliers,
            "site_count": len({a.site for a in data.articles if a.site}),
        },
        "months": _months(data),
        "articles": [[a.id, a.title, a.url, a.site, a.section, a.published, a.authors,
                      theme_index.get(a.theme) if a.theme is not None else None]
                     for a in data.articles],
        "overview": [asdict(w) for w in data.overview],
        "initiatives": with_refs(data.initiatives),
        "people": with_refs(data.people),
        "organizations": with_refs(data.organizations),
        "acronyms": with_refs(data.acronyms),
        "themes": themes,
        "charts": {"overview": _overview_spec(data, t), "themes": _themes_spec(data, t)},
    }


def render_report(data: ReportData, *, lang: str = "vi") -> str:
    """Return the report as one self-contained HTML page.

    Scripts (Vega, Vega-Lite, Vega-Embed and the page script), styles and data
    are inline; a Content-Security-Policy allows only those scripts (by hash)
    and no network access, so the page opens offline and requests nothing.
    Crawled text travels as escaped JSON and is put on the page as text.

    Example:
        >>> page = render_report(build_report_data(store), lang="vi")
        >>> "Báo cáo đưa tin" in page
        True
    """
    t = messages(lang)
    from corpus_tool import __version__

    data_json = escape_json_for_script(_payload(data, lang))
    app = _inline_script(_package_text("templates", "report.js"))
    scripts = [*_vendor_scripts(), (app, _csp_hash(app))]
    # Vega compiles chart expressions with Function(), so no chart draws without
    # 'unsafe-eval'; injected markup still cannot run: inline handlers and
    # scripts other than the four hashed ones are refused.
    csp = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(h for _, h in scripts) + " 'unsafe-eval'",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "font-src data:",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    values = {f"h_{key}": html.escape(t[key]) for key in (*SECTIONS, "title", "nav",
                                                          "noscript", "overview_help",
                                                          "themes_help", "sort_hint")}
    values.update(
        lang=lang, csp=html.escape(csp), version=html.escape(__version__),
        css=_package_text("templates", "report.css").replace("</style", "<\\/style"),
        data=data_json,
        scripts="\n".join(f"<script>{code}</script>" for code, _ in scripts),
    )
    return string.Template(_package_text("templates", "report.html")).substitute(values)


def write_report(
    store: CorpusStore, path: str | Path, *, since: datetime | None = None,
    until: datetime | None = None, sites: Sequence[str] | None = None, lang: str = "vi",
    run_analyses: bool = True, progress: Callable[[str], None] | None = None,
) -> ReportFile:
    """Build the report of ``store`` and write it to ``path`` atomically.

    With ``run_analyses``, :func:`~corpus_tool.report.ensure_analyses` first
    runs the analyses the store lacks and this installation provides. The
    report shows what the store then holds and names what is still missing.
    ``progress`` receives one line per step.
    """
    from corpus_tool._files import atomic_output

    messages(lang)
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{target}: is a folder; expected the report's file name")
    if not target.parent.is_dir():
        raise InputError(f"{target}: folder {target.parent} does not exist")
    say = progress or (lambda _msg: None)
    if run_analyses:
        from corpus_tool.report._analyses import ensure_analyses

        ensure_analyses(store, say)
    say("reading the store")
    data = build_report_data(store, since=since, until=until, sites=sites)
    say("rendering the report")
    page = render_report(data, lang=lang)
    encoded = page.encode("utf-8")
    with atomic_output(target, "wb") as handle:
        handle.write(encoded)
    logger.info("report: wrote %s (%d bytes, %d articles)", target, len(encoded),
                len(data.articles))
    return ReportFile(path=target, bytes=len(encoded), articles=len(data.articles),
                      missing=list(data.missing))
