"""Reading the newest stored analysis of a kind, whatever its version string."""

from __future__ import annotations

import json
from typing import Any

from corpus_tool.store import CorpusStore

__all__ = ["latest_annotation_version", "latest_result"]


def latest_annotation_version(store: CorpusStore, kind: str) -> str | None:
    """Return the version of the most recently written ``kind`` annotations, or ``None``.

    Version strings are opaque (a model id, an extractor version), so "newest"
    means written last, not sorted last.
    """
    row = store.connection.execute(
        "SELECT version FROM annotations WHERE kind = ? ORDER BY created_at DESC, rowid DESC "
        "LIMIT 1", (kind,)).fetchone()
    return str(row[0]) if row else None


def latest_result(store: CorpusStore, kind: str) -> tuple[str, Any] | None:
    """Return ``(version, data)`` of the most recently written ``kind`` result, or ``None``."""
    row = store.connection.execute(
        "SELECT version, data FROM results WHERE kind = ? ORDER BY created_at DESC, rowid DESC "
        "LIMIT 1", (kind,)).fetchone()
    return (str(row[0]), json.loads(row[1])) if row else None
