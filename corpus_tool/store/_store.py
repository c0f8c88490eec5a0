"""CorpusStore: the SQLite corpus every step reads from and writes to."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from corpus_tool._dates import to_utc_iso
from corpus_tool._text import content_hash
from corpus_tool.errors import StoreError
from corpus_tool.records import Article
from corpus_tool.store._schema import connect

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["AddResult", "ArticleRef", "CorpusStore", "SearchHit"]

logger = logging.getLogger(__name__)

_ARTICLE_COLUMNS = (
    "a.id AS rowid, a.uid, a.url, a.canonical_url, s.name AS site, a.section, a.title, "
    "a.sapo, a.body, a.published, a.updated, a.authors, a.captions, a.tags, a.language, "
    "a.extra, a.field_sources"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def derive_uid(url: str | None, text: str) -> str:
    """Return a stable id for an article that came without one (from its URL or text)."""
    basis = url if url else text
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`CorpusStore.add_articles` did."""

    added: int
    duplicates: int


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article already in the store, as duplicate checks need it: id and content hash."""

    id: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text search result."""

    id: str
    url: str | None
    title: str
    published: str | None
    snippet: str


class CorpusStore:
    """A corpus of articles in a SQLite file (WAL mode, foreign keys on).

    Every write runs in a transaction: a crash leaves each article either
    fully stored or absent.

    Args:
        path: the database file (created and migrated when needed), or
            ``":memory:"``.
        create: when false, a missing file is an error instead of a new store.

    Example:
        >>> with CorpusStore(":memory:") as store:
        ...     store.add_articles([Article(id="a1", title="Gần dân, giúp dân", body="...")])
        ...     store.count()
        AddResult(added=1, duplicates=0)
        1
    """

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = str(path)
        self._conn = connect(path, create=create)
        self._site_ids: dict[str, int] = {}
        self._depth = 0

    # -- lifecycle -------------------------------------------------------------------
    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for queries the store has no method for."""
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one transaction (nested blocks join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield self._conn
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    # -- sites -----------------------------------------------------------------------
    def site_id(self, name: str, *, base_url: str | None = None,
                profile: dict[str, Any] | None = None) -> int:
        """Return the id of site ``name``, adding the site if it is new."""
        cached = self._site_ids.get(name)
        if cached is not None and profile is None:
            return cached
        with self.transaction() as conn:
            row = conn.execute("SELECT id FROM sites WHERE name = ?", (name,)).fetchone()
            if row is None:
                cur = conn.execute(
                    "INSERT INTO sites(name, base_url, profile, created_at) VALUES (?, ?, ?, ?)",
                    (name, base_url, json.dumps(profile, ensure_ascii=False) if profile else None,
                     _now()),
                )
                site = int(cur.lastrowid or 0)
            else:
                site = int(row["id"])
                if profile is not None:
                    conn.execute("UPDATE sites SET profile = ? WHERE id = ?",
                                 (json.dumps(profile, ensure_ascii=False), site))
        self._site_ids[name] = site
        return site

    def sites(self) -> list[str]:
        """Return the names of the sites in the store."""
        return [r[0] for r in self._conn.execute("SELECT name FROM sites ORDER BY name")]

    # -- articles --------------------------------------------------------------------
    def add_article(
        self, article: Article, *, raw_html: bytes | None = None,
        fetched_at: datetime | None = None, simhash: int | None = None,
        same_story_as: str | None = None,
    ) -> int | None:
        """Store one article; return its row id, or ``None`` if its id or URL is already stored."""
        with self.transaction() as conn:
            site = self.site_id(article.site) if article.site else None
            same = None
            if same_story_as is not None:
                row = conn.execute("SELECT id FROM articles WHERE uid = ?",
                                   (same_story_as,)).fetchone()
                same = row[0] if row else None
            content = _content_columns(article)
            cur = conn.execute(
                f"""INSERT INTO articles(uid, url, canonical_url, site_id, language, extra,
                       same_story_as, created_at, {", ".join(content)}, simhash, fetched_at,
                       raw_html)
                   VALUES (?,?,?,?,?,?,?,?,{",".join("?" * len(content))},?,?,?)
                   ON CONFLICT DO NOTHING""",
                (
                    article.id, article.url, article.canonical_url, site, article.language,
                    json.dumps(article.extra, ensure_ascii=False, default=str), same, _now(),
                    *content.values(), simhash,
                    fetched_at.isoformat() if fetched_at else None,
                    zlib.compress(raw_html) if raw_html is not None else None,
                ),
            )
            # A unique id or URL already stored makes the insert a no-op.
            return int(cur.lastrowid) if cur.rowcount == 1 and cur.lastrowid else None

    def update_article(
        self, id: str, article: Article, *, raw_html: bytes | None = None,
        fetched_at: datetime | None = None, simhash: int | None = None,
    ) -> bool:
        """Replace the content of stored article ``id`` with ``article``'s; return whether found.

        Title, sapo, body, dates, authors, captions, tags, section and field
        sources change; the id, URLs, site and kept import columns do not. The
        page is replaced only when ``raw_html`` is given.
        """
        content = _content_columns(article)
        with self.transaction() as conn:
            cur = conn.execute(
                f"UPDATE articles SET {', '.join(f'{c} = ?' for c in content)}, simhash = ?, "
                "fetched_at = ?, raw_html = coalesce(?, raw_html) WHERE uid = ?",
                (*content.values(), simhash, fetched_at.isoformat() if fetched_at else None,
                 zlib.compress(raw_html) if raw_html is not None else None, id))
            return cur.rowcount == 1

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store many articles in one transaction; ids or URLs already stored are skipped."""
        added = duplicates = 0
        with self.transaction():
            for article in articles:
                if self.add_article(article) is None:
                    duplicates += 1
                else:
                    added += 1
        return AddResult(added, duplicates)

    def has_article(self, *, id: str | None = None, url: str | None = None) -> bool:
        """Return whether an article with this id or URL (or canonical URL) is stored."""
        return self.find_article(id=id, urls=(url,), canonical_url=url) is not None

    def find_article(
        self, *, id: str | None = None, urls: Iterable[str | None] = (),
        canonical_url: str | None = None,
    ) -> ArticleRef | None:
        """Return a stored article with this id, one of ``urls`` or this canonical URL.

        ``urls`` are matched against the URL articles were stored under,
        ``canonical_url`` against their canonical URL; ``None`` matches
        nothing. When several articles match, any one of them is returned.

        Example:
            >>> store.find_article(urls=["https://baobinhduong.vn/a1.html"])  # doctest: +SKIP
            ArticleRef(id='a1', content_hash='5f1c…')
        """
        clauses: list[str] = []
        params: list[str] = []
        if id is not None:
            clauses.append("uid = ?")
            params.append(id)
        for url in urls:
            if url is not None:
                clauses.append("url = ?")
                params.append(url)
        if canonical_url is not None:
            clauses.append("canonical_url = ?")
            params.append(canonical_url)
        if not clauses:
            return None
        row = self._conn.execute(
            f"SELECT uid, content_hash FROM articles WHERE {' OR '.join(clauses)} LIMIT 1",
            params).fetchone()
        return ArticleRef(str(row[0]), str(row[1])) if row else None

    def find_by_hash(self, digest: str) -> str | None:
        """Return the id of an article with this content hash, if any."""
        row = self._conn.execute(
            "SELECT uid FROM articles WHERE content_hash = ? LIMIT 1", (digest,)).fetchone()
        return str(row[0]) if row else None

    def simhashes(self) -> Iterator[tuple[str, int]]:
        """Yield ``(id, SimHash)`` for every stored article that has a SimHash."""
        for uid, value in self._conn.execute(
                "SELECT uid, simhash FROM articles WHERE simhash IS NOT NULL"):
            yield str(uid), int(value)

    def count(self) -> int:
        """Return the number of articles."""
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def get_article(self, id: str) -> Article | None:
        """Return the article with public id ``id``, or ``None``."""
        row = self._conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a LEFT JOIN sites s ON s.id = a.site_id "
            "WHERE a.uid = ?", (id,)).fetchone()
        return _row_to_article(row) if row else None

    def raw_html(self, id: str) -> bytes | None:
        """Return the page an article was extracted from, as fetched, if kept."""
        row = self._conn.execute("SELECT raw_html FROM articles WHERE uid = ?", (id,)).fetchone()
        if row is None or row[0] is None:
            return None
        return zlib.decompress(row[0])

    def _where(self, since: datetime | None, until: datetime | None,
               sites: Sequence[str] | None) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if since is not None:
            clauses.append("a.published_utc >= ?")
            params.append(to_utc_iso(since))
        if until is not None:
            clauses.append("a.published_utc < ?")
            params.append(to_utc_iso(until))
        if sites:
            clauses.append(f"s.name IN ({','.join('?' * len(sites))})")
            params.extend(sites)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def iter_articles(
        self, *, since: datetime | None = None, until: datetime | None = None,
        sites: Sequence[str] | None = None, batch_size: int = 500,
    ) -> Iterator[Article]:
        """Yield articles in insertion order, reading ``batch_size`` rows at a time.

        ``since`` is inclusive and ``until`` exclusive; articles without a date
        are left out when either is given.
        """
        where, params = self._where(since, until, sites)
        last = 0
        while True:
            clause = f"{where} AND a.id > ?" if where else " WHERE a.id > ?"
            rows = self._conn.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles a LEFT JOIN sites s "
                f"ON s.id = a.site_id{clause} ORDER BY a.id LIMIT ?",
                (*params, last, batch_size),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield _row_to_article(row)
            last = rows[-1]["rowid"]

    def extra_columns(self) -> list[str]:
        """Return the names of the kept import columns used by any article, sorted."""
        rows = self._conn.execute(
            "SELECT DISTINCT j.key FROM articles, json_each(articles.extra) AS j ORDER BY j.key")
        return [r[0] for r in rows]

    def to_frame(
        self, *, since: datetime | None = None, until: datetime | None = None,
        sites: Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """Return the articles as a pandas DataFrame, one row per article.

        Columns: ``id, url, site, section, title, sapo, body, published``
        (ISO 8601 strings with offset), ``authors`` and ``captions`` (lists),
        then each kept import column.
        """
        import pandas as pd

        from corpus_tool.store._export import EXPORT_COLUMNS, article_record

        extras = self.extra_columns()
        rows = [article_record(a, extras)
                for a in self.iter_articles(since=since, until=until, sites=sites)]
        return pd.DataFrame(rows, columns=[*EXPORT_COLUMNS, *extras])

    # -- search ----------------------------------------------------------------------
    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Return articles whose title, sapo or body contain ``query``, best first.

        A query of plain words is searched as a phrase (``Gần dân`` finds
        "gần dân" in any case); FTS5 syntax (``AND``, ``OR``, ``"..."``,
        ``NEAR``) is accepted as written.
        """
        from corpus_tool._text import nfc

        q = nfc(query).strip()
        if not q:
            raise StoreError("search: the query is empty")
        fts_query = q if any(tok in q for tok in ('"', " AND ", " OR ", " NOT ", "NEAR(")) \
            else '"' + q.replace('"', "") + '"'
        try:
            rows = self._conn.execute(
                """SELECT a.uid, a.url, a.title, a.published,
                          snippet(articles_fts, -1, '[', ']', '…', 12) AS snip
                   FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                   WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""",
                (fts_query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search: cannot parse query {query!r} ({exc})") from None
        return [SearchHit(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    # -- annotations -----------------------------------------------------------------
    def put_annotations(self, kind: str, version: str,
                        items: Iterable[tuple[str, Any]], *, encoded: bool = False) -> int:
        """Store ``(article id, JSON-able data)`` pairs as annotations of ``kind``/``version``.

        Returns the number stored; an existing annotation of the same kind and
        version is replaced. With ``encoded`` the data are JSON strings already
        (stored as they are, not encoded twice).
        """
        n = 0
        now = _now()
        with self.transaction() as conn:
            for uid, data in items:
                row = conn.execute("SELECT id FROM articles WHERE uid = ?", (uid,)).fetchone()
                if row is None:
                    raise StoreError(f"annotation for unknown article id {uid!r}")
                conn.execute(
                    "INSERT OR REPLACE INTO annotations(article_id, kind, version, data, "
                    "created_at) VALUES (?, ?, ?, ?, ?)",
                    (row[0], kind, version,
                     data if encoded else json.dumps(data, ensure_ascii=False), now),
                )
                n += 1
        return n

    def annotations(self, kind: str, version: str | None = None) -> dict[str, Any]:
        """Return ``{article id: data}`` for annotations of ``kind`` (and ``version``)."""
        sql = ("SELECT a.uid, n.data FROM annotations n JOIN articles a ON a.id = n.article_id "
               "WHERE n.kind = ?")
        params: list[Any] = [kind]
        if version is not None:
            sql += " AND n.version = ?"
            params.append(version)
        sql += " ORDER BY n.article_id, n.created_at"
        return {r[0]: json.loads(r[1]) for r in self._conn.execute(sql, params)}

    def annotated_ids(self, kind: str, version: str) -> set[str]:
        """Return the ids of articles that have an annotation of ``kind`` at ``version``."""
        rows = self._conn.execute(
            "SELECT a.uid FROM annotations n JOIN articles a ON a.id = n.article_id "
            "WHERE n.kind = ? AND n.version = ?", (kind, version))
        return {r[0] for r in rows}

    def latest_annotation_version(self, kind: str) -> str | None:
        """Return the version of the most recently written ``kind`` annotations, or None."""
        row = self._conn.execute(
            "SELECT version FROM annotations WHERE kind = ? ORDER BY created_at DESC, "
            "rowid DESC LIMIT 1", (kind,)).fetchone()
        return str(row[0]) if row else None

    def annotation_versions(self, kind: str) -> list[str]:
        """Return the versions of ``kind`` annotations present in the store."""
        rows = self._conn.execute(
            "SELECT DISTINCT version FROM annotations WHERE kind = ? ORDER BY version", (kind,))
        return [r[0] for r in rows]

    # -- corpus-level results -------------------------------------------------------
    def put_result(self, kind: str, version: str, data: Any) -> None:
        """Store a corpus-level result (e.g. a theme summary), replacing one of the same version."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO results(kind, version, data, created_at) "
                "VALUES (?, ?, ?, ?)",
                (kind, version, json.dumps(data, ensure_ascii=False), _now()))

    def result(self, kind: str, version: str | None = None) -> Any | None:
        """Return the stored result of ``kind`` (the newest if ``version`` is None), or None."""
        if version is None:
            latest = self.latest_result(kind)
            return latest[1] if latest else None
        row = self._conn.execute("SELECT data FROM results WHERE kind = ? AND version = ?",
                                 (kind, version)).fetchone()
        return json.loads(row[0]) if row else None

    def latest_result(self, kind: str) -> tuple[str, Any] | None:
        """Return ``(version, data)`` of the most recently written ``kind`` result, or None.

        Version strings are opaque (a model id), so "newest" means written
        last, not sorted last.
        """
        row = self._conn.execute(
            "SELECT version, data FROM results WHERE kind = ? ORDER BY created_at DESC, "
            "rowid DESC LIMIT 1", (kind,)).fetchone()
        return (str(row[0]), json.loads(row[1])) if row else None

    # -- text cache ------------------------------------------------------------------
    def cache_get(self, kind: str, version: str, hashes: Sequence[str]) -> dict[str, bytes]:
        """Return cached ``{text hash: data}`` for those of ``hashes`` already computed."""
        out: dict[str, bytes] = {}
        for start in range(0, len(hashes), 500):
            chunk = list(hashes[start:start + 500])
            rows = self._conn.execute(
                f"SELECT text_hash, data FROM text_cache WHERE kind = ? AND version = ? "
                f"AND text_hash IN ({','.join('?' * len(chunk))})",
                (kind, version, *chunk),
            )
            out.update((r[0], bytes(r[1])) for r in rows)
        return out

    def cache_put(self, kind: str, version: str, items: Iterable[tuple[str, bytes]]) -> None:
        """Store ``(text hash, data)`` results for ``kind``/``version``."""
        now = _now()
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO text_cache(text_hash, kind, version, data, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                ((h, kind, version, d, now) for h, d in items),
            )


def _content_columns(article: Article) -> dict[str, Any]:
    """Return the article's content columns as stored (the part a re-fetch may change)."""
    published = article.published
    return {
        "section": article.section, "title": article.title, "sapo": article.sapo,
        "body": article.body,
        "published": published.isoformat() if published else None,
        "published_utc": to_utc_iso(published) if published else None,
        "updated": article.updated.isoformat() if article.updated else None,
        "authors": json.dumps(article.authors, ensure_ascii=False),
        "captions": json.dumps(article.captions, ensure_ascii=False),
        "tags": json.dumps(article.tags, ensure_ascii=False),
        "field_sources": json.dumps(article.field_sources, ensure_ascii=False),
        "content_hash": content_hash(article.title, article.sapo, article.body),
    }


def _row_to_article(row: sqlite3.Row) -> Article:
    from corpus_tool._dates import parse_datetime

    return Article(
        id=row["uid"], url=row["url"], canonical_url=row["canonical_url"],
        site=row["site"] or "", section=row["section"], title=row["title"],
        sapo=row["sapo"], body=row["body"],
        published=parse_datetime(row["published"]) if row["published"] else None,
        updated=parse_datetime(row["updated"]) if row["updated"] else None,
        authors=json.loads(row["authors"]), captions=json.loads(row["captions"]),
        tags=json.loads(row["tags"]), language=row["language"],
        extra=json.loads(row["extra"]), field_sources=json.loads(row["field_sources"]),
    )
