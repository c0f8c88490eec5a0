"""Opening the database and bringing its schema up to date.

The schema version is SQLite's ``user_version``; migration ``NNNN_*.sql``
takes a database from version ``NNNN - 1`` to ``NNNN``. Each migration runs
in its own transaction, so a crash mid-migration leaves the previous version.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from importlib import resources
from pathlib import Path

from corpus_tool.errors import SchemaVersionError, StoreError

__all__ = ["SCHEMA_VERSION", "connect", "migrations"]

logger = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """Return ``(version, name, sql)`` for each packaged migration, in order."""
    folder = resources.files("corpus_tool.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort()
    for expected, (version, name, _) in enumerate(found, start=1):
        if version != expected:
            raise StoreError(f"migration {name}: expected number {expected:04d}")
    return found


SCHEMA_VERSION = len(migrations())


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Return a connection to the store at ``path``, migrated to :data:`SCHEMA_VERSION`.

    Raises:
        StoreError: the file is not a SQLite database, or does not exist and
            ``create`` is false.
        SchemaVersionError: the database was written by a newer corpus_tool.
    """
    target = str(path)
    if target != ":memory:":
        p = Path(target)
        if not p.exists() and not create:
            raise StoreError(f"{p}: no corpus database here")
        if p.is_dir():
            raise StoreError(f"{p}: is a directory, expected a corpus database file")
        if p.exists() and p.stat().st_size > 0:
            with p.open("rb") as handle:
                if handle.read(16) != b"SQLite format 3\x00":
                    raise StoreError(f"{p}: not a SQLite database")
        if not p.parent.exists():
            raise StoreError(f"{p}: folder {p.parent} does not exist")
    try:
        conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        if target != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{target}: cannot open as a corpus database ({exc})") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise SchemaVersionError(
            f"{target}: schema version {version} is newer than this corpus_tool knows "
            f"({SCHEMA_VERSION}); upgrade corpus_tool to open it"
        )
    _migrate(conn, version, target)
    return conn


def _migrate(conn: sqlite3.Connection, version: int, target: str) -> None:
    for number, name, sql in migrations():
        if number <= version:
            continue
        logger.info("applying migration %s to %s", name, target)
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"{target}: migration {name} failed: {exc}") from None


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (triggers keep their inner semicolons)."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
