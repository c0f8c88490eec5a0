"""What the commands share: settings and verbosity, the corpus path, dates, progress, output."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import click

from corpus_tool.settings import Settings

logger = logging.getLogger("corpus_tool")


@dataclass
class _State:
    settings: Settings
    verbosity: int


def _state() -> _State:
    state: _State = click.get_current_context().find_root().obj
    return state


def _db_path(db: str | None) -> str:
    return db or os.environ.get("CORPUS_TOOL_DB") or _state().settings.store.path


def _date(value: str | None, name: str, *, end: bool = False) -> datetime | None:
    """Parse a --since/--until date; ``end`` makes a bare day inclusive."""
    if value is None:
        return None
    from corpus_tool._dates import parse_datetime

    tz = _state().settings.io.timezone
    parsed = parse_datetime(value, default_tz=tz)
    if parsed is None:
        raise click.BadParameter(f"{value!r} is not a date (expected YYYY-MM-DD)",
                                 param_hint=name)
    if end and len(value.strip()) <= 10:
        parsed += timedelta(days=1)
    return parsed


@contextlib.contextmanager
def _progress(label: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """Yield a callback ``f(done)`` that draws a progress bar on stderr (unless -q)."""
    if _state().verbosity < 0 or (not sys.stderr.isatty() and "CORPUS_TOOL_PROGRESS" not in \
            os.environ):
        yield lambda _done: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn()]
    with Progress(*columns, transient=True, console=_stderr_console()) as bar:
        task = bar.add_task(label, total=total)
        yield lambda done: bar.update(task, completed=done)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _say(message: str) -> None:
    if _state().verbosity >= 0:
        click.echo(message)


_db_option = click.option(
    "--db", "db", type=click.Path(dir_okay=False),
    help="Corpus database (default: corpus.sqlite here, or $CORPUS_TOOL_DB).")

_cache_option = click.option(
    "--segment-cache", "segment_cache", type=click.Path(dir_okay=False),
    help="SQLite file caching segmented texts, so repeated runs skip segmentation "
         "(with --db the corpus keeps them itself).")


def _segment_cache(path: str | None) -> Any:
    if path is None:
        return None
    from corpus_tool.nlp import SegmentCache

    return SegmentCache(path)
