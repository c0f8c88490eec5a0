"""The annotation cache: annotations kept in the store's text_cache by text hash and version."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from corpus_tool.errors import StoreError
from corpus_tool.store import CorpusStore

__all__ = ["CACHE_KIND", "AnnotationCache", "text_hash"]

CACHE_KIND = "nlp"
# SQLite's default limit on host parameters is 999 (older builds): stay under it.
_IN_CHUNK = 500


def text_hash(text: str) -> str:
    """Return the SHA-256 of ``text`` exactly as given (whitespace matters: offsets depend on it).

    Example:
        >>> text_hash("Gần dân") != text_hash("Gần  dân")
        True
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class AnnotationCache:
    """Annotation JSON stored zlib-compressed in ``text_cache`` (kind ``nlp``).

    Args:
        store: the corpus store whose ``text_cache`` table is used.
        version: the pipeline version; annotations of other versions are
            neither returned nor touched.
    """

    def __init__(self, store: CorpusStore, version: str) -> None:
        self.store = store
        self.version = version

    def get_many(self, hashes: Sequence[str]) -> dict[str, str]:
        """Return ``{hash: annotation JSON}`` for the hashes that are cached."""
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(hashes))
        conn = self.store.connection
        for i in range(0, len(unique), _IN_CHUNK):
            part = unique[i:i + _IN_CHUNK]
            rows = conn.execute(
                f"SELECT text_hash, data FROM text_cache WHERE kind = ? AND version = ? "
                f"AND text_hash IN ({','.join('?' * len(part))})",
                (CACHE_KIND, self.version, *part))
            for digest, blob in rows:
                try:
                    found[digest] = zlib.decompress(blob).decode("utf-8")
                except (zlib.error, UnicodeDecodeError):
                    continue  # a damaged entry is recomputed and replaced
        return found

    def put_many(self, items: Iterable[tuple[str, str]]) -> int:
        """Store ``(hash, annotation JSON)`` pairs; return how many.

        Level-1 compression: ~4x smaller than the JSON at a few hundred MB/s,
        so the writing process does not slow the workers down.
        """
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [(digest, CACHE_KIND, self.version, zlib.compress(data.encode("utf-8"), 1), now)
                for digest, data in items]
        if rows:
            with self.store.transaction() as conn:
                conn.executemany(
                    "INSERT OR REPLACE INTO text_cache(text_hash, kind, version, data, created_at)"
                    " VALUES (?, ?, ?, ?, ?)", rows)
        return len(rows)

    def count(self) -> int:
        """Return the number of cached annotations of this version."""
        row = self.store.connection.execute(
            "SELECT count(*) FROM text_cache WHERE kind = ? AND version = ?",
            (CACHE_KIND, self.version)).fetchone()
        return int(row[0])

    def annotated_ids(self, kind: str) -> set[str]:
        """Return the ids of articles that already have annotations of ``kind`` at this version."""
        rows = self.store.connection.execute(
            "SELECT a.uid FROM annotations n JOIN articles a ON a.id = n.article_id "
            "WHERE n.kind = ? AND n.version = ?", (kind, self.version))
        return {r[0] for r in rows}

    def put_annotations(self, kind: str, items: Iterable[tuple[str, str]]) -> int:
        """Store ``(article id, annotation JSON)`` as article annotations of ``kind``."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        n = 0
        with self.store.transaction() as conn:
            for uid, data in items:
                row = conn.execute("SELECT id FROM articles WHERE uid = ?", (uid,)).fetchone()
                if row is None:
                    raise StoreError(f"annotation for unknown article id {uid!r}")
                conn.execute(
                    "INSERT OR REPLACE INTO annotations(article_id, kind, version, data, "
                    "created_at) VALUES (?, ?, ?, ?, ?)", (row[0], kind, self.version, data, now))
                n += 1
        return n
