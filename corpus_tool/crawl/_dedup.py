"""Near-duplicate detection: 64-bit SimHash over word 3-shingles, and an index to query it.

A reprint (a TTXVN piece run by a provincial paper with a new headline and a
trimmed lead) shares almost all its 3-word shingles with the original, so the
two SimHashes differ in a few bits; unrelated articles differ in about 32.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import numpy as np

from corpus_tool._text import nfc

__all__ = ["MIN_SHINGLES", "SimIndex", "hamming", "simhash"]

# Below this many shingles a SimHash is too coarse: short notices ("Lịch cắt
# điện ngày 5/1") would collide with each other.
MIN_SHINGLES = 40
_WORD = re.compile(r"\w+")


def simhash(text: str) -> int | None:
    """Return the signed 64-bit SimHash of ``text`` (SQLite-storable), or ``None`` if too short.

    Example:
        >>> a = simhash("Thành ủy Thủ Dầu Một phát động phong trào học và làm theo Bác " * 8)
        >>> a == simhash("Thành ủy Thủ Dầu Một phát động phong trào học và làm theo Bác " * 8)
        True
    """
    words = _WORD.findall(nfc(text).lower())
    n = len(words) - 2
    if n < MIN_SHINGLES:
        return None
    w = np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))
    # Shingle hash: the three word hashes rotated by position (so order counts), then
    # mixed with the splitmix64 finaliser; vectorised, it is ~20x faster than hashing
    # each shingle string.
    x = w[:-2] ^ _rotl(w[1:-1], 21) ^ _rotl(w[2:], 42)
    x ^= x >> np.uint64(30)
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    bits = np.unpackbits(x.view(np.uint8).reshape(n, 8), axis=1, bitorder="little")
    majority = bits.sum(axis=0, dtype=np.int64) * 2 > n
    value = int(np.packbits(majority, bitorder="little").view("<u8")[0])
    return value - (1 << 64) if value >= 1 << 63 else value


_WORD_HASHES: dict[str, int] = {}


def _word_hash(word: str) -> int:
    value = _WORD_HASHES.get(word)
    if value is None:
        value = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(),
                               "little")
        if len(_WORD_HASHES) < 500_000:  # the vocabulary of a press corpus fits easily
            _WORD_HASHES[word] = value
    return value


def _rotl(x: np.ndarray[Any, np.dtype[np.uint64]], k: int) -> np.ndarray[Any, np.dtype[np.uint64]]:
    return (x << np.uint64(k)) | (x >> np.uint64(64 - k))


def hamming(a: int, b: int) -> int:
    """Return the number of differing bits between two 64-bit SimHashes."""
    return ((a ^ b) & 0xFFFFFFFFFFFFFFFF).bit_count()


class SimIndex:
    """SimHashes of stored articles, answering "is there one within ``distance`` bits?".

    A linear scan with numpy (XOR then popcount over all fingerprints) is exact
    and takes about 3 ms per million stored articles, so no banding is needed
    at press-corpus scale.
    """

    def __init__(self, distance: int) -> None:
        self.distance = distance
        self._values = np.zeros(1024, dtype=np.uint64)
        self._uids: list[str] = []

    def __len__(self) -> int:
        return len(self._uids)

    def add(self, value: int, uid: str) -> None:
        """Remember that article ``uid`` has SimHash ``value``."""
        n = len(self._uids)
        if n == len(self._values):
            self._values = np.concatenate([self._values, np.zeros(n, dtype=np.uint64)])
        self._values[n] = value & 0xFFFFFFFFFFFFFFFF
        self._uids.append(uid)

    def find(self, value: int) -> tuple[str, int] | None:
        """Return ``(uid, distance)`` of the closest indexed article within range, or ``None``."""
        n = len(self._uids)
        if n == 0:
            return None
        distances = np.bitwise_count(self._values[:n] ^ np.uint64(value & 0xFFFFFFFFFFFFFFFF))
        best = int(np.argmin(distances))
        d = int(distances[best])
        return (self._uids[best], d) if d <= self.distance else None
