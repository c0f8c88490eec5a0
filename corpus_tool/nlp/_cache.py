"""The annotation cache: annotations kept in the store's text_cache by text hash and version."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Sequence

from corpus_tool.store import CorpusStore

__all__ = ["CACHE_KIND", "AnnotationCache", "text_hash"]

CACHE_KIND = "nlp"


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
        cached = self.store.cache_get(CACHE_KIND, self.version, list(dict.fromkeys(hashes)))
        for digest, blob in cached.items():
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
        rows = [(digest, zlib.compress(data.encode("utf-8"), 1)) for digest, data in items]
        if rows:
            self.store.cache_put(CACHE_KIND, self.version, rows)
        return len(rows)

    def count(self) -> int:
        """Return the number of cached annotations of this version."""
        row = self.store.connection.execute(
            "SELECT count(*) FROM text_cache WHERE kind = ? AND version = ?",
            (CACHE_KIND, self.version)).fetchone()
        return int(row[0])

    def annotated_ids(self, kind: str) -> set[str]:
        """Return the ids of articles that already have annotations of ``kind`` at this version."""
        return self.store.annotated_ids(kind, self.version)

    def put_annotations(self, kind: str, items: Iterable[tuple[str, str]]) -> int:
        """Store ``(article id, annotation JSON)`` as article annotations of ``kind``."""
        return self.store.put_annotations(kind, self.version, items, encoded=True)
