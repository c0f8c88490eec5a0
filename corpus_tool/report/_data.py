"""The tables a coverage report shows, read from a corpus store."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from corpus_tool.errors import ConfigError
from corpus_tool.report._calendar import iso_week
from corpus_tool.report._entities import CorpusEntityTables, _corpus_entities
from corpus_tool.report._themes import ThemeTables, theme_tables
from corpus_tool.store import CorpusStore

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ANALYSES", "ArticleRow", "ReportData", "WeekCount", "build_report_data"]

logger = logging.getLogger(__name__)

#: The analyses a report shows beyond the article list, in section order.
ANALYSES = ("entities", "themes")


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One line of the report's article list.

    ``published`` is the ISO 8601 publication time with its offset, or ``None``.
    """

    id: str
    title: str
    url: str | None
    site: str
    section: str
    published: str | None
    authors: list[str]
    theme: str | None = None


@dataclass(frozen=True, slots=True)
class WeekCount:
    """How many articles one site published in one ISO week (``"2023-W01"``)."""

    site: str
    week: str
    week_start: str
    count: int


@dataclass(slots=True)
class ReportData:
    """Everything a coverage report shows, as JSON-ready tables.

    Entity rows are the corpus-level records of the entities resolver, with
    ``articles`` as article ids and dates as ISO days (or ``None``):

    - people: ``name, aliases, titles [{title, organization, first_seen,
      last_seen}], mentions, articles, first_seen, last_seen, quotes
      [{article, text}]``;
    - initiatives: ``name, kind, variants, mentions, articles, sites,
      first_seen, last_seen, by_month {"2023-01": n}``;
    - organizations: ``name, mentions, articles, first_seen, last_seen``;
    - acronyms: ``short, long, mentions, source`` (and ``articles`` when known).

    Themes: ``id, label, name, size, top_terms, representatives`` (article
    ids), ``by_week``, ``by_month``, ``by_site``. ``missing`` names the
    analyses the store has no results for, in :data:`ANALYSES` order;
    ``sources`` says which stored version (and which code) each shown
    analysis comes from.
    """

    articles: list[ArticleRow]
    overview: list[WeekCount]
    undated: int
    people: list[dict[str, Any]] = field(default_factory=list)
    initiatives: list[dict[str, Any]] = field(default_factory=list)
    organizations: list[dict[str, Any]] = field(default_factory=list)
    acronyms: list[dict[str, Any]] = field(default_factory=list)
    themes: list[dict[str, Any]] = field(default_factory=list)
    theme_outliers: int = 0
    missing: list[str] = field(default_factory=list)
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    since: str | None = None
    until: str | None = None
    sites: list[str] = field(default_factory=list)
    store_name: str = ""
    generated_at: str = ""

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """Return each table as a pandas DataFrame, keyed by section name."""
        import pandas as pd

        frames = {
            "articles": pd.DataFrame([asdict(a) for a in self.articles],
                                     columns=[f.name for f in fields(ArticleRow)]),
            "overview": pd.DataFrame([asdict(w) for w in self.overview],
                                     columns=[f.name for f in fields(WeekCount)]),
        }
        for name in ("initiatives", "people", "organizations", "acronyms", "themes"):
            frames[name] = pd.DataFrame(getattr(self, name))
        return frames


def _check_filters(store: CorpusStore, since: datetime | None, until: datetime | None,
                   sites: Sequence[str] | None) -> list[str]:
    if since is not None and until is not None and since >= until:
        raise ConfigError(
            f"--since {since.isoformat()} is not before --until {until.isoformat()} "
            "(the end is exclusive): the period is empty")
    if isinstance(sites, str):
        raise ConfigError(f"sites: expected a list of site names, got the string {sites!r}")
    chosen = list(dict.fromkeys(sites or ()))
    if chosen:
        known = store.sites()
        unknown = [s for s in chosen if s not in known]
        if unknown:
            raise ConfigError(
                f"--site {unknown[0]!r} is not a site of {store.path} "
                f"(sites there: {', '.join(known) or 'none'})")
    return chosen


def build_report_data(
    store: CorpusStore, *, since: datetime | None = None, until: datetime | None = None,
    sites: Sequence[str] | None = None,
) -> ReportData:
    """Return the report tables for the articles of ``store`` in a period and set of sites.

    ``since`` is inclusive and ``until`` exclusive; with either, undated
    articles are left out. Analyses are read as stored (the newest version of
    each kind); nothing is computed that the store lacks, and ``missing`` says
    what that is.

    Example:
        >>> from corpus_tool import Article, CorpusStore
        >>> with CorpusStore(":memory:") as store:
        ...     _ = store.add_articles([Article(id="a1", title="Gần dân, giúp dân")])
        ...     data = build_report_data(store)
        >>> [a.title for a in data.articles], data.missing
        (['Gần dân, giúp dân'], ['entities', 'themes'])
    """
    chosen = _check_filters(store, since, until, sites)
    articles = list(store.iter_articles(since=since, until=until, sites=chosen or None))
    logger.info("report: %d articles selected", len(articles))

    weeks: Counter[tuple[str, str, str]] = Counter()
    undated = 0
    for article in articles:
        if article.published is None:
            undated += 1
            continue
        week, start = iso_week(article.published.date())
        weeks[(week, start, article.site or "")] += 1
    overview = [WeekCount(site=site, week=week, week_start=start, count=n)
                for (week, start, site), n in sorted(weeks.items())]

    data = ReportData(
        articles=[], overview=overview, undated=undated,
        since=since.isoformat() if since else None, until=until.isoformat() if until else None,
        sites=chosen, store_name=store.path.rsplit("/", 1)[-1],
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )

    entities: CorpusEntityTables | None = _corpus_entities(store, articles)
    if entities is None:
        data.missing.append("entities")
    else:
        data.people, data.initiatives = entities.people, entities.initiatives
        data.organizations, data.acronyms = entities.organizations, entities.acronyms
        data.sources["entities"] = {"version": entities.version, "resolver": entities.resolver,
                                    "articles": entities.annotated}

    themes: ThemeTables | None = theme_tables(store, articles)
    theme_of: dict[str, str] = {}
    if themes is None:
        data.missing.append("themes")
    else:
        data.themes, data.theme_outliers = themes.themes, themes.outliers
        theme_of = themes.theme_of
        data.sources["themes"] = {"version": themes.version, "articles": themes.annotated,
                                  "k": themes.k}

    data.articles = [
        ArticleRow(id=a.id, title=a.title, url=a.url, site=a.site, section=a.section,
                   published=a.published.isoformat() if a.published else None,
                   authors=list(a.authors), theme=theme_of.get(a.id))
        for a in articles
    ]
    return data
