"""The ``corpus-tool`` command line: each command parses, makes one library call, reports.

Errors raised by the library (:class:`~corpus_tool.errors.CorpusToolError`)
become one line on stderr and exit code 1; usage errors exit with 2; a
traceback is shown only with ``-v``.
"""

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

from corpus_tool import __version__
from corpus_tool.errors import CorpusToolError
from corpus_tool.settings import Settings, load_settings

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


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="corpus-tool")
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug); tracebacks.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors; no progress bars.")
@click.option("--config", "config", type=click.Path(dir_okay=False),
              help="TOML file overriding the default settings key by key.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool, config: str | None) -> None:
    """Vietnamese text mining for press coverage: crawl, store, analyse, report."""
    verbosity = -1 if quiet else verbose
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity,
                                                                          logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    logging.getLogger("corpus_tool").setLevel(level)
    ctx.obj = _State(load_settings(config), verbosity)


_db_option = click.option(
    "--db", "db", type=click.Path(dir_okay=False),
    help="Corpus database (default: corpus.sqlite here, or $CORPUS_TOOL_DB).")


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@_db_option
@click.option("--on-error", type=click.Choice(["fail", "skip"]), default=None,
              help="On a bad line: 'fail' imports nothing (default), 'skip' imports the rest.")
@click.option("--title-from-first-line", is_flag=True,
              help="Where a record has no title, use the first line of its text.")
def import_command(file: str, db: str | None, on_error: str | None,
                   title_from_first_line: bool) -> None:
    """Import articles from a JSONL or CSV FILE into the corpus.

    Fields id, url, title, text (or body), sapo, published, section, site,
    authors, captions are understood; any other column is kept. Ids and URLs
    already stored are skipped and counted.
    """
    from corpus_tool.store import CorpusStore, import_file

    settings = _state().settings
    with CorpusStore(_db_path(db)) as store, _progress("importing") as tick:
        report = import_file(store, file, on_error=on_error or settings.io.on_error,
                             timezone=settings.io.timezone,
                             title_from_first_line=title_from_first_line, progress=tick)
    for error in report.errors:
        click.echo(f"skipped {error}", err=True)
    _say(f"{report.path}: {report.read} read, {report.added} added, "
         f"{report.duplicates} duplicates, {len(report.errors)} rejected")


@cli.command("export")
@_db_option
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Output file.")
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]),
              help="Output format (default: from the file suffix).")
@click.option("--since", help="Only articles published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only articles published on or before this date (YYYY-MM-DD).")
@click.option("--site", "sites", multiple=True, help="Only this site (repeatable).")
def export_command(db: str | None, output: str, fmt: str | None, since: str | None,
                   until: str | None, sites: tuple[str, ...]) -> None:
    """Export the corpus to Parquet, CSV or JSONL."""
    from corpus_tool.store import CorpusStore, export

    with CorpusStore(_db_path(db), create=False) as store, \
            _progress("exporting", store.count()) as tick:
        count = export(store, output, format=fmt, since=_date(since, "--since"),
                       until=_date(until, "--until", end=True), sites=list(sites) or None,
                       progress=tick)
    _say(f"wrote {count} articles to {output}")


@cli.command("search")
@click.argument("query")
@_db_option
@click.option("-n", "--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Number of results.")
def search_command(query: str, db: str | None, limit: int) -> None:
    """Full-text search over titles, sapos and bodies (e.g. corpus-tool search "Gần dân")."""
    from corpus_tool.store import CorpusStore

    with CorpusStore(_db_path(db), create=False) as store:
        hits = store.search(query, limit=limit)
    if not hits:
        _say(f"no article matches {query!r}")
    for hit in hits:
        click.echo(f"{hit.id}\t{hit.published or '-'}\t{hit.title}\n    {hit.snippet}")


@cli.command("info")
@_db_option
def info_command(db: str | None) -> None:
    """Summarise the corpus: articles per site, date range, annotations."""
    from corpus_tool.store import SCHEMA_VERSION, CorpusStore

    with CorpusStore(_db_path(db), create=False) as store:
        conn = store.connection
        click.echo(f"database: {store.path} (schema {SCHEMA_VERSION})")
        click.echo(f"articles: {store.count()}")
        rows = conn.execute(
            "SELECT coalesce(s.name, '-'), count(*), min(a.published), max(a.published) "
            "FROM articles a LEFT JOIN sites s ON s.id = a.site_id GROUP BY 1 ORDER BY 2 DESC")
        for name, count, first, last in rows:
            click.echo(f"  {name}: {count} ({first or '?'} .. {last or '?'})")
        for kind, version, count in conn.execute(
                "SELECT kind, version, count(*) FROM annotations GROUP BY 1, 2 ORDER BY 1, 2"):
            click.echo(f"annotations {kind} [{version}]: {count}")


@cli.command("demo")
@click.option("--out", "out", type=click.Path(file_okay=False), default=".",
              show_default=True, help="Folder for the corpus and the outputs.")
def demo_command(out: str) -> None:
    """Run the main job on the bundled demo press articles."""
    from corpus_tool.demo import run_demo

    result = run_demo(out, progress=lambda msg: _say(f"… {msg}"))
    _say(f"corpus: {result.database} ({result.articles} articles)")
    _say(f"export: {result.parquet}")
    _say(f"search 'Gần dân': {len(result.hits)} article(s)")
    for hit in result.hits:
        _say(f"  {hit.id}  {hit.title}\n      {hit.snippet}")


@cli.command("annotate")
@click.argument("input", required=False, type=click.Path(dir_okay=False))
@_db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="JSONL file to write (with INPUT).")
@click.option("--layers", default="words", show_default=True,
              help="Comma-separated layers: words, pos, ner.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Local processes annotating in parallel.")
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786) to send batches to.")
@click.option("--on-error", type=click.Choice(["fail", "skip"]), default=None,
              help="On a bad record or document: 'fail' stops (default), 'skip' goes on.")
@click.option("--cache", "cache_db", type=click.Path(dir_okay=False),
              help="Store whose cache keeps annotations of INPUT (default: the corpus store).")
@click.option("--no-cache", is_flag=True, help="With INPUT: neither read nor write a cache.")
@click.option("--no-lexicon", is_flag=True,
              help="Plain underthesea segmentation, without the party/state term lexicon.")
def annotate_command(input: str | None, db: str | None, output: str | None, layers: str,
                     workers: int, scheduler: str | None, on_error: str | None,
                     cache_db: str | None, no_cache: bool, no_lexicon: bool) -> None:
    """Split sentences, segment words and tag POS/NER, with offsets, cached in the store.

    Either annotate the articles of the corpus (--db, stored as annotations
    "nlp") or a JSONL/CSV file of {"id", "text"} records into a JSONL file
    (INPUT -o OUTPUT).
    """
    from corpus_tool.nlp import annotate_file, annotate_store, parse_layers
    from corpus_tool.store import CorpusStore

    if input is not None and db is not None:
        raise click.UsageError("give either INPUT (with -o) or --db, not both")
    if input is not None and output is None:
        raise click.UsageError("INPUT needs -o/--output for the annotated JSONL")
    if input is None and output is not None:
        raise click.UsageError("-o/--output needs an INPUT file (--db writes to the store)")
    if no_cache and cache_db is not None:
        raise click.UsageError("--cache and --no-cache exclude each other")
    try:
        chosen = parse_layers(layers)
    except CorpusToolError as exc:
        raise click.BadParameter(str(exc), param_hint="--layers") from None
    settings = _state().settings
    options: dict[str, Any] = {
        "layers": chosen, "lexicon": not no_lexicon, "workers": workers,
        "scheduler": scheduler, "on_error": on_error or settings.io.on_error}
    if input is None:
        with CorpusStore(_db_path(db), create=False) as store, \
                _progress("annotating", store.count()) as tick:
            report = annotate_store(store, progress=tick, **options)
        where = f"annotations nlp [{report.version}] in {_db_path(db)}"
    else:
        assert output is not None
        with contextlib.ExitStack() as stack:
            cache = None if no_cache else stack.enter_context(
                CorpusStore(cache_db or _db_path(None)))
            tick = stack.enter_context(_progress("annotating"))
            report = annotate_file(input, output, cache=cache, progress=tick, **options)
        where = output
    for error in report.errors:
        click.echo(f"skipped {error}", err=True)
    _say(f"{report.read} documents: {report.annotated} annotated, {report.cached} from cache, "
         f"{len(report.errors)} failed -> {where}")


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return its exit code (0 ok, 1 failure, 2 usage)."""
    try:
        cli.main(args=argv, prog_name="corpus-tool", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except CorpusToolError as exc:
        _report(exc)
        return 1
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return 130
    except Exception as exc:
        _report(exc, unexpected=True)
        return 1
    return 0


def _report(exc: BaseException, *, unexpected: bool = False) -> None:
    ctx = click.get_current_context(silent=True)
    verbose = bool(ctx and ctx.obj and ctx.obj.verbosity > 0) or "-v" in sys.argv
    message = " ".join(str(exc).split()) or type(exc).__name__
    if unexpected:
        message = f"unexpected {type(exc).__name__}: {message}"
    click.echo(f"error: {message}", err=True)
    if verbose:
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    elif unexpected:
        click.echo("(run with -v for the traceback)", err=True)


if __name__ == "__main__":
    sys.exit(main())
