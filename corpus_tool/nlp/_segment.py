"""Segmenting texts once: an on-disk cache of segmented texts keyed by content.

Word segmentation is by far the slowest step of training, cross-validation
and theme clustering (about 15 ms per news article), and the same corpus is
segmented again and again while models are compared. The cache is keyed by a
hash of the NFC text and the segmenter's settings, so a repeated run segments
nothing it has seen. It is a small SQLite file of its own
(:class:`SegmentCache`) or, for the articles of a corpus, the store's text
cache (:class:`StoreSegmentCache`).
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

from corpus_tool._text import nfc
from corpus_tool.store import CorpusStore

__all__ = ["SEGMENTER_VERSION", "STORE_CACHE_KIND", "SegmentCache", "StoreSegmentCache",
           "TextCache", "segment_texts"]

logger = logging.getLogger(__name__)

# Part of every cache key: bump it when the segmented form changes.
SEGMENTER_VERSION = "seg-1"

#: The kind of the segmented texts in a store's text cache.
STORE_CACHE_KIND = "segments"

_BATCH = 200


def _underthesea_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("underthesea")
    except PackageNotFoundError:  # pragma: no cover - underthesea is a dependency
        return "unknown"


def _key(text: str, *, lowercase: bool) -> str:
    h = hashlib.sha256()
    h.update(f"{SEGMENTER_VERSION}|{_underthesea_version()}|{int(lowercase)}|".encode())
    h.update(nfc(text).encode("utf-8"))
    return h.hexdigest()


class SegmentCache:
    """A SQLite file mapping text hashes to segmented texts.

    Args:
        path: the cache file (created with its folder when missing).

    Example:
        >>> cache = SegmentCache("/tmp/corpus_tool-segments.sqlite")  # doctest: +SKIP
        >>> segment_texts(["Thành ủy Thủ Dầu Một"], cache=cache)  # doctest: +SKIP
        ['thành_ủy thủ_dầu_một']
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS segments(key TEXT PRIMARY KEY, text TEXT NOT NULL)")

    def get(self, keys: Sequence[str]) -> dict[str, str]:
        """Return ``{key: segmented text}`` for the keys already cached."""
        out: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start:start + 500])
            rows = self._conn.execute(
                f"SELECT key, text FROM segments WHERE key IN ({','.join('?' * len(chunk))})",
                chunk)
            out.update((r[0], r[1]) for r in rows)
        return out

    def put(self, items: Sequence[tuple[str, str]]) -> None:
        """Store ``(key, segmented text)`` pairs."""
        with self._conn:
            self._conn.executemany("INSERT OR REPLACE INTO segments VALUES (?, ?)", items)

    def close(self) -> None:
        """Close the file."""
        self._conn.close()


class StoreSegmentCache:
    """Segmented texts kept in a corpus store's text cache (kind ``segments``).

    The same cache as :class:`SegmentCache`, for the articles of a corpus:
    their segmented form stays with the corpus, under the store's schema,
    and needs no file of its own. Entries are zlib-compressed.

    Args:
        store: the corpus store whose ``text_cache`` table is used.

    Example:
        >>> with CorpusStore(":memory:") as store:
        ...     segment_texts(["Thành ủy Thủ Dầu Một"], cache=StoreSegmentCache(store))
        ['thành_ủy thủ_dầu_một']
    """

    def __init__(self, store: CorpusStore) -> None:
        self.store = store
        # The keys already name the segmenter and underthesea; the version
        # column repeats them so that stale entries can be found and dropped.
        self.version = f"{SEGMENTER_VERSION}+underthesea-{_underthesea_version()}"

    def get(self, keys: Sequence[str]) -> dict[str, str]:
        """Return ``{key: segmented text}`` for the keys already cached."""
        found: dict[str, str] = {}
        for key, blob in self.store.cache_get(STORE_CACHE_KIND, self.version, keys).items():
            try:
                found[key] = zlib.decompress(blob).decode("utf-8")
            except (zlib.error, UnicodeDecodeError):
                continue  # a damaged entry is segmented again and replaced
        return found

    def put(self, items: Sequence[tuple[str, str]]) -> None:
        """Store ``(key, segmented text)`` pairs."""
        self.store.cache_put(STORE_CACHE_KIND, self.version,
                             [(key, zlib.compress(text.encode("utf-8"), 1))
                              for key, text in items])


#: Either cache of segmented texts: a file of its own or a corpus store's.
TextCache = SegmentCache | StoreSegmentCache


def segment_texts(
    texts: Sequence[str],
    *,
    cache: TextCache | None = None,
    lowercase: bool = True,
    progress: Callable[[int], None] | None = None,
) -> list[str]:
    """Return the texts segmented into words (syllables joined by ``_``), using ``cache``.

    Gives the same output as :class:`corpus_tool.nlp.Segmenter`; texts found in
    the cache are not segmented again.

    Args:
        texts: raw texts.
        cache: where to look segmented texts up and store new ones.
        lowercase: lowercase the output (as the classifiers do).
        progress: called with the number of texts done so far.

    Example:
        >>> segment_texts(["Thành ủy Thủ Dầu Một"])
        ['thành_ủy thủ_dầu_một']
    """
    # Segmenter is a scikit-learn transformer: imported here so that importing
    # corpus_tool.nlp does not load scikit-learn.
    from corpus_tool.nlp._sklearn import Segmenter

    segmenter = Segmenter(lowercase=lowercase)
    keys = [_key(t, lowercase=lowercase) for t in texts] if cache is not None else []
    found = cache.get(keys) if cache is not None else {}
    out: list[str | None] = [found.get(k) for k in keys] if cache is not None \
        else [None] * len(texts)
    todo = [i for i, s in enumerate(out) if s is None]
    if cache is not None:
        logger.info("segmenting %d texts (%d cached)", len(todo), len(texts) - len(todo))
    done = len(texts) - len(todo)
    if progress is not None:
        progress(done)
    for start in range(0, len(todo), _BATCH):
        batch = todo[start:start + _BATCH]
        segmented = segmenter.transform([texts[i] for i in batch])
        for i, s in zip(batch, segmented, strict=True):
            out[i] = s
        if cache is not None:
            cache.put([(keys[i], s) for i, s in zip(batch, segmented, strict=True)])
        done += len(batch)
        if progress is not None:
            progress(done)
    return [s if s is not None else "" for s in out]
