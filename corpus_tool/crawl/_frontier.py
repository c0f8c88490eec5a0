"""The crawl frontier and fetch log, kept in the store so a killed crawl resumes.

Each URL has one ``frontier`` row per store: ``pending`` until handled, then
``done`` (handled: stored, listing read, duplicate...), ``failed`` (gave up
after retries) or ``skipped`` (refused by robots/scope/content type, out of
the date range). A URL's final state is written in the same transaction as
what it produced (the article, or the links found on a listing), so a crash
at any point leaves either both or neither.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from corpus_tool.store import CorpusStore

__all__ = ["Frontier", "FrontierEntry"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True, slots=True)
class FrontierEntry:
    """A URL waiting to be fetched."""

    url: str
    kind: str
    depth: int
    etag: str | None = None
    last_modified: str | None = None
    discovered_from: str | None = None


class Frontier:
    """The frontier rows of one site, and the crawl's fetch log.

    Args:
        store: the corpus store (its connection is used directly).
        site_id: the site's id in the store.
    """

    def __init__(self, store: CorpusStore, site_id: int) -> None:
        self.store = store
        self.conn: sqlite3.Connection = store.connection
        self.site_id = site_id

    # -- crawl runs --------------------------------------------------------------------
    def open_crawl(self, params: dict[str, Any]) -> tuple[int, bool]:
        """Return ``(crawl id, resumed)``: this unfinished crawl, or a new one."""
        text = json.dumps(params, sort_keys=True, ensure_ascii=False)
        row = self.conn.execute(
            "SELECT id FROM crawls WHERE site_id = ? AND params = ? AND finished_at IS NULL "
            "ORDER BY id DESC LIMIT 1", (self.site_id, text)).fetchone()
        if row is not None:
            return int(row[0]), True
        with self.store.transaction() as conn:
            cur = conn.execute("INSERT INTO crawls(site_id, params, started_at) VALUES (?, ?, ?)",
                               (self.site_id, text, _now()))
        return int(cur.lastrowid or 0), False

    def close_crawl(self, crawl_id: int, summary: dict[str, Any], *, finished: bool) -> None:
        """Store the crawl's summary; ``finished`` marks it complete (not resumable)."""
        with self.store.transaction() as conn:
            conn.execute("UPDATE crawls SET summary = ?, finished_at = ? WHERE id = ?",
                         (json.dumps(summary, ensure_ascii=False),
                          _now() if finished else None, crawl_id))

    def outcomes(self, crawl_id: int) -> dict[str, int]:
        """Return ``{outcome: count}`` over the fetch log of ``crawl_id`` (all its runs)."""
        rows = self.conn.execute(
            "SELECT outcome, count(*) FROM fetch_log WHERE crawl_id = ? GROUP BY outcome "
            "ORDER BY outcome", (crawl_id,))
        return {r[0]: int(r[1]) for r in rows}

    # -- frontier ----------------------------------------------------------------------
    def restart(self, *, revalidate: bool, since: str | None, until: str | None) -> None:
        """Make a new (not resumed) crawl revisit what may have changed since the last one.

        Discovery pages (start pages, listings, sitemaps, feeds) are read again,
        with their validators so unchanged ones cost a 304; failed and refused
        URLs are retried; articles skipped as out of range come back if their
        date falls in the new range; stored articles are fetched again only
        with ``revalidate``.
        """
        rules = [
            ("kind IN ('listing', 'sitemap', 'feed')", ()),
            ("kind = 'page' AND coalesce(outcome, '') NOT IN "
             "('stored', 'duplicate', 'same-story', 'out-of-range', 'undated', 'unchanged', "
             "'updated')", ()),
            ("state = 'failed'", ()),
            ("state = 'skipped' AND coalesce(outcome, '') NOT IN ('out-of-range', 'undated')",
             ()),
            ("state = 'skipped' AND outcome = 'out-of-range' AND (lastmod IS NULL OR "
             "((? IS NULL OR lastmod >= ?) AND (? IS NULL OR lastmod < ?)))",
             (since, since, until, until)),
        ]
        if since is None and until is None:
            rules.append(("state = 'skipped' AND outcome = 'undated'", ()))
        if revalidate:
            rules.append(("state = 'done' AND outcome IN ('stored', 'unchanged', 'updated')", ()))
        with self.store.transaction() as conn:
            for condition, params in rules:
                conn.execute(
                    "UPDATE frontier SET state = 'pending', attempts = 0 WHERE site_id = ? "
                    f"AND state != 'pending' AND ({condition})", (self.site_id, *params))

    def add(self, entries: Iterable[FrontierEntry], *, seeds: bool = False) -> list[FrontierEntry]:
        """Insert URLs not seen before (in the caller's transaction); return those added.

        A URL known under another site (the same paper crawled with another
        profile, or by its bare URL) is taken over when it is still pending
        or is a discovery page (listing, sitemap, feed), so this crawl reads
        it; with ``seeds``, start pages, sitemaps and feeds always are.
        Stored articles are never taken over.
        """
        added: list[FrontierEntry] = []
        now = _now()
        takeover = "1" if seeds else (
            "(frontier.state = 'pending' OR frontier.kind IN ('listing', 'sitemap', 'feed') "
            "OR (frontier.kind = 'page' AND frontier.outcome IN ('listing', 'not-article')))")
        for e in entries:
            cur = self.conn.execute(
                "INSERT INTO frontier(url, site_id, kind, depth, discovered_from, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                "site_id = excluded.site_id, state = 'pending', attempts = 0, "
                "updated_at = excluded.updated_at "
                f"WHERE frontier.site_id IS NOT excluded.site_id AND {takeover}",
                (e.url, self.site_id, e.kind, e.depth, e.discovered_from, now))
            if cur.rowcount:
                added.append(e)
        return added

    def pending(self, limit: int = -1) -> Iterator[FrontierEntry]:
        """Yield this site's pending URLs (at most ``limit``), discovery pages first."""
        rows = self.conn.execute(
            "SELECT url, kind, depth, etag, last_modified, discovered_from FROM frontier "
            "WHERE site_id = ? AND state = 'pending' ORDER BY "
            "CASE kind WHEN 'sitemap' THEN 0 WHEN 'feed' THEN 0 WHEN 'listing' THEN 1 "
            "WHEN 'page' THEN 1 ELSE 2 END, rowid LIMIT ?", (self.site_id, limit)).fetchall()
        for r in rows:
            yield FrontierEntry(r[0], r[1], int(r[2]), r[3], r[4], r[5])

    def count_pending(self) -> int:
        """Return how many of this site's URLs are still pending."""
        return int(self.conn.execute(
            "SELECT count(*) FROM frontier WHERE site_id = ? AND state = 'pending'",
            (self.site_id,)).fetchone()[0])

    def state(self, url: str) -> str | None:
        """Return the state of ``url`` in the frontier, or ``None`` if it is not there."""
        row = self.conn.execute("SELECT state FROM frontier WHERE url = ?", (url,)).fetchone()
        return str(row[0]) if row else None

    def finish(
        self, url: str, *, state: str, outcome: str, kind: str = "page",
        etag: str | None = None, last_modified: str | None = None, lastmod: str | None = None,
    ) -> None:
        """Record the final state of ``url`` (inserting the row for a redirect target)."""
        self.conn.execute(
            "INSERT INTO frontier(url, site_id, kind, state, outcome, etag, last_modified, "
            "lastmod, attempts, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?) "
            "ON CONFLICT(url) DO UPDATE SET state = excluded.state, outcome = excluded.outcome, "
            "etag = coalesce(excluded.etag, etag), "
            "last_modified = coalesce(excluded.last_modified, last_modified), "
            "lastmod = coalesce(excluded.lastmod, lastmod), attempts = attempts + 1, "
            "updated_at = excluded.updated_at",
            (url, self.site_id, kind, state, outcome, etag, last_modified, lastmod, _now()))

    def log(self, crawl_id: int, url: str, *, outcome: str, status: int | None = None,
            detail: str | None = None, size: int | None = None,
            elapsed_ms: int | None = None) -> None:
        """Append one line to the fetch log (in the caller's transaction)."""
        self.conn.execute(
            "INSERT INTO fetch_log(crawl_id, url, status, outcome, detail, bytes, elapsed_ms, "
            "fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (crawl_id, url, status, outcome, detail, size, elapsed_ms, _now()))
