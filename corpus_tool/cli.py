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

def _theme_count(ctx: click.Context, param: click.Parameter, value: str) -> int | str:
    """Check ``--k``: a positive number of themes or ``auto``."""
    if value.strip().lower() == "auto":
        return "auto"
    try:
        number = int(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a whole number or 'auto'") from None
    if number < 1:
        raise click.BadParameter(f"{number} themes: give at least 1 (or 'auto')")
    return number


@cli.command("themes")
@click.argument("input_file", metavar="[IN.jsonl]", required=False,
                type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write {id, theme, score, outlier} lines here (default: stdout for IN).")
@_db_option
@click.option("--k", "n_themes", metavar="N|auto", default="auto", show_default=True,
              callback=_theme_count,
              help="Number of themes, or 'auto' to choose it (the summary says how).")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Random seed; the same input and seed give the same themes.")
@click.option("--summary", "summary_path", type=click.Path(dir_okay=False),
              help="Write the theme summary JSON (labels, sizes, timelines) here.")
@click.option("--since", help="Only articles published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only articles published on or before this date (YYYY-MM-DD).")
@click.option("--site", "sites", multiple=True, help="Only this site (repeatable).")
@click.option("--model", "model_dir", type=click.Path(file_okay=False),
              help="Assign to the themes of this saved model instead of fitting new ones.")
@click.option("--save-model", "save_dir", type=click.Path(file_okay=False),
              help="Save the fitted model here; names given to persisting themes are kept.")
def themes_command(input_file: str | None, output: str | None, db: str | None,
                   n_themes: int | str, seed: int, summary_path: str | None,
                   since: str | None, until: str | None, sites: tuple[str, ...],
                   model_dir: str | None, save_dir: str | None) -> None:
    """Cluster articles into labelled themes, or assign them to a saved model's themes.

    Reads IN.jsonl lines {"id", "text"} (optional "title", "published",
    "site"; raw text, segmented here) or, without IN, the corpus database, in
    which case each article gets a "theme" annotation and the summary is kept
    as a "themes" result. An article that fits no theme well is kept in its
    nearest theme with "outlier": true.
    """
    import json

    from corpus_tool.themes import documents_from_articles, read_theme_documents, run_themes

    if input_file and db:
        raise click.UsageError("give either IN.jsonl or --db, not both")
    if model_dir and save_dir:
        raise click.UsageError("--model assigns with a saved model; --save-model fits one: "
                               "give one of them")
    ctx = click.get_current_context()
    for name, flag in (("n_themes", "--k"), ("seed", "--seed")):
        if model_dir and ctx.get_parameter_source(name) is not \
                click.core.ParameterSource.DEFAULT:
            raise click.UsageError(f"{flag} is for fitting; with --model the saved themes "
                                   "are used as they are")
    settings = _state().settings
    start, end = _date(since, "--since"), _date(until, "--until", end=True)
    if input_file:
        documents = read_theme_documents(input_file, timezone=settings.io.timezone,
                                         since=start, until=end, sites=list(sites) or None)
        store = None
    else:
        from corpus_tool.store import CorpusStore

        store = CorpusStore(_db_path(db), create=False)
        documents = documents_from_articles(
            store.iter_articles(since=start, until=end, sites=list(sites) or None))
    try:
        run = run_themes(documents, model=model_dir, save_model=save_dir, n_themes=n_themes,
                         random_state=seed, progress=lambda msg: logger.info("themes: %s", msg))
        if store is not None:
            version = run.model.model_id_
            store.put_annotations("theme", version, run.annotations())
            store.put_result("themes", version, run.summary)
    finally:
        if store is not None:
            store.close()
    if output:
        run.write_rows(output)
    elif input_file:
        for row in run.rows():
            click.echo(json.dumps(row, ensure_ascii=False))
    if summary_path:
        run.write_summary(summary_path)
    summary = run.summary
    message = (f"{summary['documents']} documents, {summary['k']} themes "
               f"({summary['outliers']} outliers), model {summary['model_id']}")
    click.echo(message, err=True) if input_file and not output else _say(message)
    for theme in summary["themes"]:
        line = (f"  {theme['id']}  {theme['size']:>5}  {theme['name'] or theme['label']}")
        click.echo(line, err=True) if input_file and not output else _say(line)


@cli.command("themes-rename")
@click.option("--model", "model_dir", required=True, type=click.Path(file_okay=False),
              help="Folder of a saved theme model.")
@click.argument("theme_id")
@click.argument("name", required=False)
def themes_rename_command(model_dir: str, theme_id: str, name: str | None) -> None:
    """Name theme THEME_ID of a saved model NAME (no NAME: remove the name).

    Names live in the model folder's names.json and are kept when the model is
    refitted with --save-model into the same folder, for the themes that persist.
    """
    from corpus_tool.themes import rename_theme

    names = rename_theme(model_dir, theme_id, name)
    _say(f"{theme_id}: {names.get(theme_id, '(no name)')}")


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
