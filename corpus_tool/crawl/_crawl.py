"""The crawl: discovery, polite fetching, extraction, dedup and storage, resumable.

Near-duplicate policy: a page whose body is within
``crawl.near_duplicate_distance`` SimHash bits of a stored article (a reprint
of the same story) is NOT stored again. Its URL is recorded instead: the
fetch log gets outcome ``same-story`` with the stored article's id and the
distance in ``detail``, and its frontier row ends with outcome
``same-story``. Exact copies (same content hash) and pages whose canonical
URL is already stored get outcome ``duplicate`` the same way.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import logging
import re
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import httpx

from corpus_tool._dates import get_timezone, to_utc_iso
from corpus_tool._text import content_hash
from corpus_tool.crawl._dedup import SimIndex, simhash
from corpus_tool.crawl._discover import classify_url, feed_links, next_page_links
from corpus_tool.crawl._extract import decode_html, extract_article, extract_links
from corpus_tool.crawl._fetch import (
    HTML_TYPES,
    XML_TYPES,
    Fetcher,
    FetchError,
    FetchOptions,
    Response,
    user_agent,
)
from corpus_tool.crawl._frontier import Frontier, FrontierEntry
from corpus_tool.crawl._profile import SiteProfile, generic_profile, load_profile
from corpus_tool.crawl._transport import public_only_transport
from corpus_tool.crawl._urls import canonical_url, in_scope
from corpus_tool.crawl._xml import XMLRefused, parse_feed, parse_sitemap
from corpus_tool.errors import ConfigError, CrawlError
from corpus_tool.records import Article
from corpus_tool.settings import CrawlSettings, load_settings
from corpus_tool.store import CorpusStore, derive_uid

__all__ = ["CrawlProgress", "CrawlSummary", "acrawl", "crawl", "resolve_profile"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

logger = logging.getLogger(__name__)

_WAL_CHECKPOINT_PAGES = 10_000
# URLs held in memory (queued or in flight) at most; the rest wait in the frontier table.
QUEUE_LIMIT = 20_000
_PRIORITY = {"sitemap": 0, "feed": 0, "listing": 1, "page": 1, "article": 2}
_DIRECTIVES = {"d": r"\d{1,2}", "m": r"\d{1,2}", "Y": r"\d{4}", "y": r"\d{2}", "H": r"\d{1,2}",
               "I": r"\d{1,2}", "M": r"\d{2}", "S": r"\d{2}", "p": r"[AaPp][Mm]",
               "z": r"[+-]\d{2}:?\d{2}", "%": "%"}


@functools.lru_cache(maxsize=16)
def _format_regex(fmt: str) -> re.Pattern[str]:
    """Return a regex matching text written in the strptime format ``fmt`` (spaces flexible)."""
    parts = []
    i = 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt):
            parts.append(_DIRECTIVES.get(fmt[i + 1], r"\S+?"))
            i += 2
        elif fmt[i].isspace():
            parts.append(r"\s*")
            i += 1
        else:
            parts.append(re.escape(fmt[i]))
            i += 1
    return re.compile("".join(parts))


@dataclass(frozen=True, slots=True)
class CrawlProgress:
    """Where a running crawl is, passed to the progress callback after each page.

    Attributes:
        pages: pages fetched in this run.
        articles: articles stored in this run.
        errors: pages that failed in this run.
        queued: URLs waiting.
        rate: pages per second in this run.
    """

    pages: int
    articles: int
    errors: int
    queued: int
    rate: float


@dataclass(frozen=True, slots=True)
class CrawlSummary:
    """What a crawl did.

    Attributes:
        crawl_id: the crawl's row in the store (a resumed crawl keeps its id).
        site: the site's name.
        resumed: whether this run carried on an interrupted crawl.
        finished: whether the frontier was exhausted (false after ``max_pages``).
        pages, articles, errors: this run's counts.
        pending: URLs left in the frontier.
        seconds: this run's duration.
        outcomes: counts by fetch-log outcome over all runs of this crawl.
    """

    crawl_id: int
    site: str
    resumed: bool
    finished: bool
    pages: int
    articles: int
    errors: int
    pending: int
    seconds: float
    outcomes: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the summary as JSON-ready data (as stored in ``crawls.summary``)."""
        return {
            "site": self.site, "resumed": self.resumed, "finished": self.finished,
            "pages": self.pages, "articles": self.articles, "errors": self.errors,
            "pending": self.pending, "seconds": round(self.seconds, 3),
            "outcomes": dict(self.outcomes),
        }


def resolve_profile(target: SiteProfile | str | Path, *, base_url: str | None = None,
                    allow_private: bool | None = None) -> SiteProfile:
    """Return the profile for a crawl target: a profile, a ``.toml`` path, or a home page URL.

    Raises:
        ConfigError: the file is not a valid profile, or the URL is not http(s).
    """
    if isinstance(target, SiteProfile):
        profile = target
    elif str(target).startswith(("http://", "https://")):
        profile = generic_profile(str(target))
    elif str(target).endswith(".toml") or Path(target).exists():
        profile = load_profile(target, base_url=base_url)
    else:
        raise ConfigError(f"crawl target {str(target)!r} is neither a site profile (.toml) nor "
                          "an http(s) URL")
    if allow_private is not None:
        profile = replace(profile, politeness=replace(profile.politeness,
                                                      allow_private=allow_private))
    return profile


class _Crawl:
    def __init__(
        self, store: CorpusStore, profile: SiteProfile, settings: CrawlSettings, *,
        since: datetime | None, until: datetime | None, max_pages: int | None,
        revalidate: bool, keep_raw_html: bool, concurrency: int,
        progress: Callable[[CrawlProgress], None] | None, fetcher: Fetcher,
    ) -> None:
        self.store = store
        self.profile = profile
        self.settings = settings
        self.since = since
        self.until = until
        self.max_pages = max_pages
        self.revalidate = revalidate
        self.keep_raw_html = keep_raw_html
        self.concurrency = concurrency
        self.progress = progress
        self.fetcher = fetcher
        self.max_depth = profile.max_depth if profile.max_depth is not None \
            else settings.max_depth
        self.queue: asyncio.PriorityQueue[tuple[int, int, FrontierEntry]] = \
            asyncio.PriorityQueue()
        self.seq = itertools.count()
        # Queued or in flight; a sitemap index can list millions of URLs, which stay
        # in the frontier table and are read back as the queue drains.
        self.queue_limit = QUEUE_LIMIT
        self.in_memory: set[str] = set()
        self.overflow = False
        self.refilling = False
        self.pages = self.articles = self.errors = 0
        self.sitemaps_seen = len(profile.sitemaps)
        self.stopping = False
        self.start = time.monotonic()
        self.page_roots: dict[str, tuple[str, int]] = {}
        self.simindex = SimIndex(settings.near_duplicate_distance)
        self.site_id = store.site_id(profile.name, base_url=profile.base_url,
                                     profile=profile.to_dict())
        self.frontier = Frontier(store, self.site_id)
        self.crawl_id = 0
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="corpus-tool-store")
        self._added: list[FrontierEntry] = []
        self._stored = self._errors = 0

    # -- set-up ------------------------------------------------------------------------
    def _params(self) -> dict[str, Any]:
        return {
            "target": self.profile.source or self.profile.base_url,
            "base_url": self.profile.base_url,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }

    def _enqueue(self, entries: list[FrontierEntry]) -> None:
        """Queue URLs in memory up to ``queue_limit``; the rest wait in the frontier table."""
        for e in entries:
            if e.url in self.in_memory:
                continue
            if len(self.in_memory) >= self.queue_limit:
                self.overflow = True
                continue
            self.in_memory.add(e.url)
            self.queue.put_nowait((_PRIORITY.get(e.kind, 2), next(self.seq), e))

    async def _refill(self) -> None:
        """Move pending URLs from the frontier table to the queue when it runs low."""
        if not self.overflow or self.refilling or self.stopping or \
                len(self.in_memory) > self.queue_limit // 2:
            return
        self.refilling = True
        try:
            loop = asyncio.get_running_loop()
            rows = await loop.run_in_executor(
                self.executor, lambda: list(self.frontier.pending(self.queue_limit * 2)))
            self.overflow = len(rows) == self.queue_limit * 2
            self._enqueue([e for e in rows if e.url not in self.in_memory])
        finally:
            self.refilling = False

    async def run(self) -> CrawlSummary:
        await self.fetcher.check_host(self.profile.base_url)
        self.crawl_id, resumed = self.frontier.open_crawl(self._params())
        seeds = [FrontierEntry(u, "listing", 0) for u in self.profile.start_pages]
        seeds += [FrontierEntry(u, "sitemap", 0) for u in self.profile.sitemaps]
        seeds += [FrontierEntry(u, "feed", 0) for u in self.profile.feeds]
        with self.store.transaction():
            self.frontier.add(seeds, seeds=True)
        if not resumed:
            self.frontier.restart(
                revalidate=self.revalidate,
                since=to_utc_iso(self.since) if self.since else None,
                until=to_utc_iso(self.until) if self.until else None)
        for uid, value in self.store.simhashes():
            self.simindex.add(value, uid)
        if self.profile.generic:
            try:
                rules = await self.fetcher.robots(self.profile.base_url)
            except FetchError as exc:
                raise CrawlError(f"{self.profile.base_url}: {exc}") from None
            if rules is not None:
                with self.store.transaction():
                    self.frontier.add([FrontierEntry(canonical_url(u), "sitemap", 0)
                                       for u in rules.sitemaps], seeds=True)
        self._enqueue(list(self.frontier.pending(self.queue_limit + 1)))
        logger.info("crawl %d of %s: %s, %d URLs pending", self.crawl_id, self.profile.name,
                    "resumed" if resumed else "started", self.queue.qsize())
        workers = [asyncio.create_task(self._worker()) for _ in range(self.concurrency)]
        conn = self.store.connection
        checkpoint = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        # One commit per page: with the default (1,000 WAL pages) SQLite checkpoints every
        # ~50 articles and commits cost twice as much. The WAL may grow to ~40 MiB instead.
        conn.execute(f"PRAGMA wal_autocheckpoint = {_WAL_CHECKPOINT_PAGES}")
        try:
            await self.queue.join()
        finally:
            for w in workers:
                w.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            self.executor.shutdown(wait=True)
            conn.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint)}")
        pending = self.frontier.count_pending()
        summary = CrawlSummary(
            crawl_id=self.crawl_id, site=self.profile.name, resumed=resumed,
            finished=pending == 0, pages=self.pages, articles=self.articles,
            errors=self.errors, pending=pending, seconds=time.monotonic() - self.start,
            outcomes=self.frontier.outcomes(self.crawl_id))
        self.frontier.close_crawl(self.crawl_id, summary.to_dict(), finished=summary.finished)
        return summary

    # -- the work loop -----------------------------------------------------------------
    async def _in_store_thread(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Run ``fn`` in the store thread, then queue what it discovered and count what it did.

        Every store access and all page processing happen in one thread, one
        call at a time: check-then-insert sequences stay atomic without locks,
        and SQLite (FTS indexing) and zlib, which release the GIL, overlap
        with the network work of the event loop.
        """
        loop = asyncio.get_running_loop()
        added, stored, errors = await loop.run_in_executor(
            self.executor, functools.partial(self._collect, fn, *args, **kwargs))
        self._enqueue(added)
        self.articles += stored
        self.errors += errors

    def _collect(self, fn: Callable[..., Any], *args: Any,
                 **kwargs: Any) -> tuple[list[FrontierEntry], int, int]:
        self._added, self._stored, self._errors = [], 0, 0
        fn(*args, **kwargs)
        return self._added, self._stored, self._errors

    async def _worker(self) -> None:
        while True:
            _, _, entry = await self.queue.get()
            try:
                if self.stopping:
                    continue
                if self.max_pages is not None and self.pages >= self.max_pages:
                    self.stopping = True
                    continue
                # Reserved before any await so concurrent workers never overshoot max_pages.
                self.pages += 1
                if not await self._handle(entry):
                    self.pages -= 1
            except Exception as exc:
                # One bad page must not end the crawl: record it and go on.
                logger.exception("unexpected failure on %s", entry.url)
                await self._in_store_thread(
                    self._finish, entry, state="failed", outcome="error:internal",
                    detail=f"{type(exc).__name__}: {exc}")
            finally:
                self.in_memory.discard(entry.url)
                # Refill before task_done, so the queue never looks finished while
                # URLs still wait in the table.
                await self._refill()
                self.queue.task_done()
                self._report()

    def _report(self) -> None:
        if self.progress is not None:
            elapsed = max(time.monotonic() - self.start, 1e-9)
            self.progress(CrawlProgress(self.pages, self.articles, self.errors,
                                        self.queue.qsize(), self.pages / elapsed))

    def _finish(self, entry: FrontierEntry, *, state: str, outcome: str,
                detail: str | None = None, response: Response | None = None,
                status: int | None = None, lastmod: str | None = None) -> None:
        if outcome.startswith("error:"):
            self._errors += 1
        with self.store.transaction():
            self.frontier.finish(
                entry.url, state=state, outcome=outcome, kind=entry.kind, lastmod=lastmod,
                etag=response.headers.get("etag") if response else None,
                last_modified=response.headers.get("last-modified") if response else None)
            self.frontier.log(
                self.crawl_id, entry.url, outcome=outcome, detail=detail,
                status=response.status if response else status,
                size=len(response.body) if response else None,
                elapsed_ms=response.elapsed_ms if response else None)

    async def _handle(self, entry: FrontierEntry) -> bool:
        """Fetch and process one URL; return False if it needed no fetch."""
        if entry.kind in ("article", "page") and not self.revalidate:
            loop = asyncio.get_running_loop()
            stored = await loop.run_in_executor(
                self.executor, functools.partial(self.store.has_article, url=entry.url))
            if stored:
                await self._in_store_thread(self._finish, entry, state="done",
                                            outcome="already-stored")
                return False
        accept = XML_TYPES if entry.kind in ("sitemap", "feed") else HTML_TYPES
        try:
            response = await self.fetcher.fetch(entry.url, accept=accept, etag=entry.etag,
                                                last_modified=entry.last_modified)
        except FetchError as exc:
            state = "skipped" if exc.outcome.startswith(("refused:", "skipped:")) else "failed"
            await self._in_store_thread(self._finish, entry, state=state, outcome=exc.outcome,
                                        detail=exc.detail, status=exc.status)
            return True
        await self._in_store_thread(self._process, entry, response)
        return True

    def _process(self, entry: FrontierEntry, response: Response) -> None:
        if response.status == 304:
            self._finish(entry, state="done", outcome="unchanged", response=response)
            return
        if response.status != 200:
            self._finish(entry, state="failed", outcome=f"error:http-{response.status}",
                         response=response)
            return
        if entry.kind == "sitemap":
            self._sitemap(entry, response)
        elif entry.kind == "feed":
            self._feed(entry, response)
        elif entry.kind == "listing":
            self._listing(entry, response, decode_html(response.body, response.content_type))
        else:
            self._page(entry, response)

    # -- discovery ---------------------------------------------------------------------
    def _discovered(self, entry: FrontierEntry, response: Response, outcome: str,
                    found: list[FrontierEntry], detail: str | None = None) -> None:
        with self.store.transaction():
            added = self.frontier.add(found)
            self.frontier.finish(
                entry.url, state="done", outcome=outcome, kind=entry.kind,
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"))
            self.frontier.log(self.crawl_id, entry.url, outcome=outcome, status=response.status,
                              detail=detail or f"{len(found)} links, {len(added)} new",
                              size=len(response.body), elapsed_ms=response.elapsed_ms)
        self._added.extend(added)

    def _in_range(self, when: datetime | None) -> bool:
        if when is None:
            return True
        return (self.since is None or when >= self.since) and \
            (self.until is None or when < self.until)

    def _link(self, url: str, parent: FrontierEntry, depth: int) -> FrontierEntry | None:
        target = canonical_url(url)
        if in_scope(target, self.profile.allowed_hosts):
            return None
        kind = classify_url(target, self.profile)
        if kind is None or (kind != "article" and depth > self.max_depth):
            return None
        return FrontierEntry(target, kind, depth, discovered_from=parent.url)

    def _sitemap(self, entry: FrontierEntry, response: Response) -> None:
        try:
            items = parse_sitemap(response.body, timezone=self.profile.timezone,
                                  max_bytes=self.settings.max_sitemap_bytes)
        except XMLRefused as exc:
            self._finish(entry, state="failed", outcome="error:bad-sitemap", detail=str(exc),
                         response=response)
            return
        found: list[FrontierEntry] = []
        old = 0
        for item in items:
            # lastmod is the last change: older than --since means published before it too.
            if item.lastmod is not None and self.since is not None and item.lastmod < self.since:
                old += 1
                continue
            if item.is_sitemap:
                if self.sitemaps_seen >= self.settings.max_sitemaps:
                    logger.warning("%s: more than %d sitemaps, the rest are ignored",
                                   entry.url, self.settings.max_sitemaps)
                    break
                target = canonical_url(item.loc)
                if not in_scope(target, self.profile.allowed_hosts):
                    self.sitemaps_seen += 1
                    found.append(FrontierEntry(target, "sitemap", entry.depth,
                                               discovered_from=entry.url))
                continue
            link = self._link(item.loc, entry, entry.depth + 1)
            if link is not None:
                found.append(link)
        self._discovered(entry, response, "sitemap", found,
                         f"{len(items)} entries, {old} before --since, {len(found)} kept")

    def _feed(self, entry: FrontierEntry, response: Response) -> None:
        try:
            items = parse_feed(response.body, max_bytes=self.settings.max_sitemap_bytes)
        except XMLRefused as exc:
            self._finish(entry, state="failed", outcome="error:bad-feed", detail=str(exc),
                         response=response)
            return
        found = [link for item in items if self._in_range(item.published)
                 if (link := self._link(item.link, entry, entry.depth + 1)) is not None]
        self._discovered(entry, response, "feed", found)

    def _listing(self, entry: FrontierEntry, response: Response, html: str) -> None:
        links = extract_links(html, response.url)
        found: list[FrontierEntry] = []
        for url in links:
            link = self._link(url, entry, entry.depth + 1)
            if link is not None:
                found.append(link)
        if entry.depth == 0 and self.profile.heuristic:
            found += [FrontierEntry(canonical_url(u), "feed", 0, discovered_from=entry.url)
                      for u in feed_links(html, response.url)
                      if not in_scope(canonical_url(u), self.profile.allowed_hosts)]
        found += self._pagination(entry, response, html, links)
        self._discovered(entry, response, "listing", found)

    def _pagination(self, entry: FrontierEntry, response: Response, html: str,
                    links: list[str]) -> list[FrontierEntry]:
        root, index = self.page_roots.get(entry.url, (entry.url, 0))
        if index + 1 >= self.profile.pagination.max_pages:
            return []
        out = []
        for url in next_page_links(html, response.url, links, self.profile):
            target = canonical_url(url)
            if target == entry.url or in_scope(target, self.profile.allowed_hosts):
                continue
            self.page_roots.setdefault(target, (root, index + 1))
            # A pagination page stays at its listing's depth: max_pages bounds it instead.
            out.append(FrontierEntry(target, "listing", entry.depth, discovered_from=entry.url))
        return out

    # -- articles ----------------------------------------------------------------------
    def _page(self, entry: FrontierEntry, response: Response) -> None:
        html = decode_html(response.body, response.content_type)
        article = extract_article(html, response.url, selectors=self.profile.selectors or None,
                                  timezone=self.profile.timezone,
                                  content_type=response.content_type)
        if article is not None and not article.body.strip():
            # A headline without text (a video or photo page) is nothing to analyse.
            self._finish(entry, state="done", outcome="not-article", response=response,
                         detail="no body text")
            return
        if article is None:
            if entry.kind == "page" and entry.depth < self.max_depth:
                self._listing(entry, response, html)
            else:
                self._finish(entry, state="done", outcome="not-article", response=response)
            return
        if article.published is None and self.profile.date_format:
            article.published = self._date_from_page(html)
        if article.published is None and (self.since or self.until):
            self._finish(entry, state="skipped", outcome="undated", response=response)
            return
        if not self._in_range(article.published):
            assert article.published is not None
            self._finish(entry, state="skipped", outcome="out-of-range", response=response,
                         detail=article.published.isoformat(),
                         lastmod=to_utc_iso(article.published))
            return
        self._store(entry, response, article)

    def _date_from_page(self, html: str) -> datetime | None:
        """Return the first date on the page written in the profile's ``date_format``."""
        from selectolax.lexbor import LexborHTMLParser

        fmt = self.profile.date_format
        if not fmt:
            return None
        tree = LexborHTMLParser(html)
        selector = self.profile.selectors.get("published")
        node = tree.css_first(selector) if selector else tree.body
        text = " ".join(node.text(separator=" ").split()) if node is not None else ""
        for match in _format_regex(fmt).finditer(text):
            try:
                parsed = datetime.strptime(match.group(0), fmt)
            except ValueError:
                continue
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=get_timezone(self.profile.timezone))
            return parsed
        return None

    def _store(self, entry: FrontierEntry, response: Response, article: Article) -> None:
        url = canonical_url(response.url)
        identity = url
        if article.canonical_url:
            canonical = canonical_url(article.canonical_url, base=response.url)
            if not in_scope(canonical, self.profile.allowed_hosts):
                identity = canonical
        article.url = url
        article.canonical_url = identity
        article.id = derive_uid(identity, "")
        article.site = self.profile.name
        digest = content_hash(article.title, article.sapo, article.body)
        fingerprint = simhash("\n".join((article.sapo, article.body)))
        already = self.store.find_article(id=article.id, urls=(url, identity),
                                          canonical_url=identity)
        outcome, detail = "stored", article.id
        if already is not None:
            if not self.revalidate:
                outcome, detail = "duplicate", f"same URL as {already.id}"
            elif already.content_hash == digest:
                outcome, detail = "unchanged", already.id
            else:
                outcome, detail = "updated", already.id
        elif (original := self.store.find_by_hash(digest)) is not None:
            outcome, detail = "duplicate", f"same text as {original}"
        elif fingerprint is not None and (near := self.simindex.find(fingerprint)) is not None:
            outcome, detail = "same-story", f"{near[0]} (SimHash distance {near[1]})"
        raw = response.body if self.keep_raw_html else None
        with self.store.transaction():
            if outcome == "stored":
                self.store.add_article(article, raw_html=raw, fetched_at=datetime.now(UTC),
                                       simhash=fingerprint)
            elif outcome == "updated":
                assert already is not None
                self.store.update_article(already.id, article, raw_html=raw,
                                          fetched_at=datetime.now(UTC), simhash=fingerprint)
            self._finish(entry, state="done", outcome=outcome, detail=detail,
                         response=response)
            if url != entry.url:
                self.frontier.finish(url, state="done", outcome=outcome, kind="article")
        if outcome == "stored":
            self._stored += 1
            if fingerprint is not None:
                self.simindex.add(fingerprint, article.id)


async def acrawl(
    store: CorpusStore, target: SiteProfile | str | Path, *,
    since: datetime | None = None, until: datetime | None = None,
    max_pages: int | None = None, client: httpx.AsyncClient | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: Callable[[CrawlProgress], None] | None = None,
    settings: CrawlSettings | None = None, delay: float | None = None,
    concurrency: int | None = None, allow_private: bool | None = None,
    revalidate: bool = False, base_url: str | None = None, keep_raw_html: bool = True,
) -> CrawlSummary:
    """Crawl a site into ``store`` (async form of :func:`crawl`, same arguments)."""
    settings = settings or load_settings().crawl
    profile = resolve_profile(target, base_url=base_url, allow_private=allow_private)
    if since is not None and until is not None and until <= since:
        raise CrawlError(f"until ({until.isoformat()}) must be after since ({since.isoformat()})")
    if max_pages is not None and max_pages < 1:
        raise CrawlError(f"max_pages must be >= 1, got {max_pages}")
    polite = profile.politeness
    chosen_delay = delay if delay is not None else (
        polite.delay if polite.delay is not None else settings.delay)
    workers = concurrency or polite.concurrency or settings.concurrency
    if chosen_delay < 0 or workers < 1:
        raise CrawlError(f"delay must be >= 0 and concurrency >= 1 (got {chosen_delay}, "
                         f"{workers})")
    options = FetchOptions(
        allowed_hosts=profile.allowed_hosts, delay=chosen_delay,
        per_host_concurrency=polite.per_host_concurrency or
        (workers if concurrency else settings.per_host_concurrency),
        timeout=settings.timeout, max_retries=settings.max_retries, backoff=settings.backoff,
        max_retry_after=settings.max_retry_after, max_crawl_delay=settings.max_crawl_delay,
        max_body_bytes=settings.max_body_bytes, max_redirects=settings.max_redirects,
        allow_private=polite.allow_private,
        user_agent=user_agent(polite.contact or settings.contact))
    own = client is None
    if client is None:
        limits = httpx.Limits(max_connections=workers * 2)
        if transport is None and not polite.allow_private:
            transport = public_only_transport(limits=limits)
        client = httpx.AsyncClient(transport=transport, follow_redirects=False, limits=limits)
    try:
        job = _Crawl(store, profile, settings, since=since, until=until, max_pages=max_pages,
                     revalidate=revalidate, keep_raw_html=keep_raw_html, concurrency=workers,
                     progress=progress, fetcher=Fetcher(client, options))
        return await job.run()
    finally:
        if own:
            await client.aclose()



def _blocking(coro_fn: Callable[_P, Coroutine[Any, Any, _R]], *, name: str,
              doc: str) -> Callable[_P, _R]:
    """The blocking form of ``coro_fn``, with its arguments: runs the coroutine to the end in
    its own event loop, in a worker thread when called from inside a running loop (a
    notebook, an async test) rather than fail."""
    @functools.wraps(coro_fn)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        coroutine = coro_fn(*args, **kwargs)
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(coroutine)
        with ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, coroutine).result()

    run.__name__ = run.__qualname__ = name
    run.__doc__ = doc
    return run


crawl = _blocking(acrawl, name="crawl", doc="""Crawl a press site into the store.

Returns a :class:`CrawlSummary` of what happened; resumes an interrupted crawl.

Articles published in ``[since, until)`` are extracted, deduplicated and
stored; listing pages, sitemaps and feeds are followed, never stored. Run
the same call again after a crash (even SIGKILL) and it carries on from
the frontier kept in the store.

Args:
    store: the corpus to fill.
    target: a :class:`SiteProfile`, a ``crawls/*.toml`` path, or a home
        page URL (generic discovery and extraction).
    since, until: publication range, ``until`` exclusive (timezone-aware).
    max_pages: stop after fetching this many pages (resumable).
    client: an ``httpx.AsyncClient`` to use (not closed here).
    transport: a transport for the client built here (e.g. ``httpx.MockTransport``).
    progress: called with a :class:`CrawlProgress` after each page.
    settings: the ``[crawl]`` settings (default: the packaged defaults).
    delay, concurrency, allow_private: override the profile and settings.
    revalidate: fetch stored articles again (conditional GET) and update changed ones.
    base_url: replaces the profile's base URL (``{base}``/``{host}`` in it).
    keep_raw_html: keep each article's page (compressed) in the store.

Raises:
    ConfigError: the profile is invalid.
    CrawlError: the site's host is out of scope or not public, or the
        options are inconsistent.

Example:
    >>> with CorpusStore("corpus.sqlite") as store:  # doctest: +SKIP
    ...     s = crawl(store, "crawls/baobinhduong.toml",
    ...               since=parse_datetime("2023-01-01"), until=parse_datetime("2023-02-01"))
    ...     s.outcomes
    {'listing': 12, 'stored': 240, 'duplicate': 3}
""")
