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

_cache_option = click.option(
    "--segment-cache", "segment_cache", type=click.Path(dir_okay=False),
    help="SQLite file caching segmented texts, so repeated runs skip segmentation.")


def _segment_cache(path: str | None) -> Any:
    if path is None:
        return None
    from corpus_tool.nlp import SegmentCache

    return SegmentCache(path)


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
    """Run the main job on the bundled demo press site, end to end.

    Serves the demo site on 127.0.0.1, crawls it, annotates, extracts
    entities, clusters themes, cross-validates and trains a section
    classifier, and writes report.html and the corpus into --out.
    """
    from corpus_tool.demo import run_demo

    result = run_demo(out, progress=lambda msg: _say(f"… {msg}"))
    crawl = result.crawl
    _say(f"crawled {crawl['pages']} pages: {crawl['articles']} articles stored, "
         f"{crawl['errors']} errors")
    _say(f"entities: {result.people} people, {result.initiatives} initiatives; "
         f"themes: {result.themes}")
    cv = result.cv
    _say(f"section classifier, 5-fold CV: accuracy {cv['accuracy']:.3f}, "
         f"macro-F1 {cv['macro_f1']:.3f} (model in {result.model})")
    _say(f"search 'Gần dân': {', '.join(h.id for h in result.hits) or 'no article'}")
    _say("time: " + ", ".join(f"{name.split(' ')[0]} {sec:.0f}s" for name, sec in result.steps))
    _say(f"corpus: {result.database} ({result.articles} articles), export: {result.parquet}")
    _say(f"report: {result.report}")


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
@_cache_option
def themes_command(input_file: str | None, output: str | None, db: str | None,
                   n_themes: int | str, seed: int, summary_path: str | None,
                   since: str | None, until: str | None, sites: tuple[str, ...],
                   model_dir: str | None, save_dir: str | None,
                   segment_cache: str | None) -> None:
    """Cluster articles into labelled themes, or assign them to a saved model's themes.

    Reads IN.jsonl lines {"id", "text"} (optional "title", "published",
    "site"; raw text, segmented here) or, without IN, the corpus database, in
    which case each article gets a "theme" annotation and the summary is kept
    as a "themes" result. An article that fits no theme well is kept in its
    nearest theme with "outlier": true. Segmented texts are kept in the
    corpus database (with --db) or in --segment-cache.
    """
    import json

    from corpus_tool.themes import read_theme_documents, run_themes, store_themes

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
    def progress(message: str) -> None:
        logger.info("themes: %s", message)

    if input_file:
        documents = read_theme_documents(input_file, timezone=settings.io.timezone,
                                         since=start, until=end, sites=list(sites) or None)
        run = run_themes(documents, model=model_dir, save_model=save_dir, n_themes=n_themes,
                         random_state=seed, progress=progress,
                         cache=_segment_cache(segment_cache))
    else:
        from corpus_tool.store import CorpusStore

        with CorpusStore(_db_path(db), create=False) as store:
            run = store_themes(store, model=model_dir, save_model=save_dir,
                               n_themes=n_themes, random_state=seed, since=start, until=end,
                               sites=list(sites) or None, progress=progress,
                               cache=_segment_cache(segment_cache))
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


@cli.command("report")
@_db_option
@click.option("-o", "--output", default="report.html", show_default=True,
              type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--since", help="Only articles published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only articles published on or before this date (YYYY-MM-DD).")
@click.option("--site", "sites", multiple=True, help="Only this site (repeatable).")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True,
              help="Language of the report's labels.")
@click.option("--only-stored", is_flag=True,
              help="Show only the analyses already in the store; run none.")
def report_command(db: str | None, output: str, since: str | None, until: str | None,
                   sites: tuple[str, ...], lang: str, only_stored: bool) -> None:
    """Write the coverage report: one HTML file that opens offline (e.g. -o report.html)."""
    from corpus_tool.report import write_report
    from corpus_tool.store import CorpusStore

    def say(message: str) -> None:
        if _state().verbosity >= 0:
            click.echo(f"… {message}", err=True)

    with CorpusStore(_db_path(db), create=False) as store:
        written = write_report(store, output, since=_date(since, "--since"),
                               until=_date(until, "--until", end=True),
                               sites=list(sites) or None, lang=lang,
                               run_analyses=not only_stored, progress=say)
    _say(f"wrote {written.path}: {written.articles} articles, "
         f"{written.bytes / 1_000_000:.1f} MB")
    if written.missing:
        _say(f"not in the store, so not in the report: {', '.join(written.missing)}")


@cli.command("crawl")
@click.argument("target")
@_db_option
@click.option("--since", help="Only articles published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only articles published on or before this date (YYYY-MM-DD).")
@click.option("--max-pages", type=click.IntRange(min=1),
              help="Stop after fetching this many pages (run again to carry on).")
@click.option("--delay", type=click.FloatRange(min=0),
              help="Seconds between requests to one host (default: profile, then settings).")
@click.option("--concurrency", type=click.IntRange(min=1), help="Requests in flight at once.")
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow hosts on private/loopback addresses (local test sites).")
@click.option("--revalidate", is_flag=True,
              help="Fetch stored articles again (conditional GET) and update changed ones.")
@click.option("--base", "base_url", help="Base URL replacing the profile's ({base}, {host}).")
def crawl_command(target: str, db: str | None, since: str | None, until: str | None,
                  max_pages: int | None, delay: float | None, concurrency: int | None,
                  allow_private: bool | None, revalidate: bool, base_url: str | None) -> None:
    """Crawl a press site: TARGET is a site profile (crawls/*.toml) or a home page URL.

    Interrupted crawls resume when the same command is run again.
    """
    from corpus_tool.crawl import crawl
    from corpus_tool.store import CorpusStore

    settings = _state().settings
    with CorpusStore(_db_path(db)) as store, _crawl_progress() as tick:
        summary = crawl(store, target, since=_date(since, "--since"),
                        until=_date(until, "--until", end=True), max_pages=max_pages,
                        delay=delay, concurrency=concurrency, allow_private=allow_private,
                        revalidate=revalidate, base_url=base_url, settings=settings.crawl,
                        keep_raw_html=settings.store.keep_raw_html, progress=tick)
    state = "finished" if summary.finished else f"stopped, {summary.pending} URLs pending"
    _say(f"crawl {summary.crawl_id} of {summary.site} ({'resumed, ' if summary.resumed else ''}"
         f"{state}): {summary.pages} pages fetched, {summary.articles} articles stored, "
         f"{summary.errors} errors in {summary.seconds:.1f} s")
    for outcome, count in summary.outcomes.items():
        _say(f"  {outcome}: {count}")


@contextlib.contextmanager
def _crawl_progress() -> Iterator[Callable[[Any], None]]:
    """Yield a crawl progress callback drawing pages, articles, errors and rate on stderr."""
    if _state().verbosity < 0 or (not sys.stderr.isatty() and "CORPUS_TOOL_PROGRESS" not in \
            os.environ):
        yield lambda _p: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = [SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn()]
    with Progress(*columns, transient=True, console=_stderr_console()) as bar:
        task = bar.add_task("crawling")

        def tick(p: Any) -> None:
            bar.update(task, description=(
                f"crawling: {p.pages} pages, {p.articles} articles, {p.errors} errors, "
                f"{p.queued} queued, {p.rate:.1f} pages/s"))

        yield tick


@cli.command("extract")
@click.argument("page", type=click.Path(dir_okay=False))
@click.option("--url", help="URL the page was saved from (for links, site and canonical URL).")
def extract_command(page: str, url: str | None) -> None:
    """Extract the article from a saved HTML PAGE and print it as JSON."""
    import json

    from corpus_tool.crawl import extract_file

    article = extract_file(page, url=url, timezone=_state().settings.io.timezone)
    click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))


@cli.command("serve-demo")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(0, 65535), default=8731, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--scale", type=click.IntRange(min=1), default=1, show_default=True,
              help="Copies of every article (6 gives about 2,000 article pages).")
@click.option("--delay", type=click.FloatRange(min=0), default=0.0, show_default=True,
              help="Seconds each response waits before it is sent.")
def serve_demo_command(host: str, port: int, scale: int, delay: float) -> None:
    """Serve the bundled demo press site until Ctrl-C."""
    from corpus_tool.demo import serve_demo

    try:
        server = serve_demo(host, port, scale=scale, delay=delay)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    click.echo(f"demo press site: {server.url}/ ({len(server.site.items)} articles; Ctrl-C "
               "stops)")
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    _say("stopped")


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


@cli.command("entities")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Output JSONL (required with FILE).")
@click.option("--db", "db", type=click.Path(dir_okay=False),
              help="Annotate every article of this corpus database instead of a FILE.")
@click.option("--on-error", type=click.Choice(["fail", "skip"]), default=None,
              help="On a bad input line: 'fail' writes nothing (default), 'skip' goes on.")
@click.option("--details", is_flag=True,
              help="Also write sentences, aliases (resolves_to), acronym sources, authors.")
@click.option("--force", is_flag=True, help="With --db: redo articles already annotated.")
def entities_command(file: str | None, output: str | None, db: str | None,
                     on_error: str | None, details: bool, force: bool) -> None:
    """People with titles, initiatives, organisations, places and acronyms.

    FILE is JSONL with {"id", "text"} per line (offsets in the output index the
    NFC-normalised text); or use --db to fill a corpus database.
    """
    if (file is None) == (db is None):
        raise click.UsageError("give either FILE (with -o) or --db")
    if file is not None:
        if output is None:
            raise click.UsageError("FILE needs -o/--output")
        from corpus_tool.entities import extract_file

        with _progress("entities") as tick:
            settings = _state().settings
            report = extract_file(file, output, on_error=on_error or settings.io.on_error,
                                  details=details, max_chars=settings.entities.max_chars,
                                  progress=tick)
        for error in report.errors:
            click.echo(f"skipped {error}", err=True)
        _say(f"{file}: {report.read} read, {report.written} written to {output}, "
             f"{len(report.errors)} rejected")
        return
    from corpus_tool.entities import extract_store
    from corpus_tool.store import CorpusStore

    with CorpusStore(_db_path(db), create=False) as store, \
            _progress("entities", store.count()) as tick:
        added, skipped = extract_store(store, force=force, progress=tick)
    _say(f"entities: {added} articles annotated, {skipped} already done")


def _entity_table_command(kind: str) -> Callable[..., None]:
    @_db_option
    @click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]),
                  default="table", show_default=True, help="Output format.")
    @click.option("-o", "--output", type=click.Path(dir_okay=False),
                  help="Write to this file instead of printing.")
    @click.option("-n", "--limit", type=click.IntRange(min=1), help="Only the first N rows.")
    def command(db: str | None, fmt: str, output: str | None, limit: int | None) -> None:
        from corpus_tool.entities import entity_table
        from corpus_tool.store import CorpusStore

        with CorpusStore(_db_path(db), create=False) as store:
            text = entity_table(store, kind, fmt=fmt, output=output, limit=limit)
        if output is None:
            click.echo(text, nl=False)
        else:
            _say(text)

    command.__doc__ = (f"The corpus's {kind}, most mentioned first "
                       "(run 'corpus-tool entities --db' first).")
    return command


cli.command("people")(_entity_table_command("people"))
cli.command("initiatives")(_entity_table_command("initiatives"))
cli.command("organizations")(_entity_table_command("organizations"))


def _labelled(file: str | None, db: str | None, label: str, text_field: str = "text") -> Any:
    """Read labelled documents from FILE or, with --db, from the corpus."""
    from corpus_tool.classify import labelled_from_articles, read_labelled

    if (file is None) == (db is None):
        raise click.UsageError("give either an input file or --db (not both)")
    if file is not None:
        return read_labelled(file, label, text_field=text_field)
    from corpus_tool.store import CorpusStore

    with CorpusStore(_db_path(db), create=False) as store:
        return labelled_from_articles(store.iter_articles(), label, source=str(store.path))


_text_field_option = click.option(
    "--text-field", default="text", show_default=True,
    help="Field (or column) of the input file holding the raw text.")


def _print_report(report: Any, as_json: bool, plot: str | None) -> None:
    import json

    from corpus_tool.classify import write_heatmap

    if plot is not None:
        write_heatmap(report, plot)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.to_text())
        if plot is not None:
            _say(f"heatmap: {plot}")


@cli.command("train")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@_db_option
@click.option("--label", required=True, help="Field (or column, or 'section') with the labels.")
@click.option("--model", "model", default=None,
              help="linear-svm (default), logreg, sgd, nb or syllable-svm.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@click.option("--cv", "cv_folds", type=click.IntRange(min=0), default=3, show_default=True,
              help="Cross-validate with this many folds and keep the figures in "
                   "metadata.json (0: skip).")
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              help="Model folder, e.g. models/chu-de.")
@click.option("--threshold", type=float, default=None,
              help="Multi-label: give a label when its probability passes this (default: "
                   "picked for the best macro-F1; higher gives fewer, surer labels).")
@_text_field_option
@_cache_option
def train_command(file: str | None, db: str | None, label: str, model: str | None, seed: int,
                  cv_folds: int, output: str, threshold: float | None, text_field: str,
                  segment_cache: str | None) -> None:
    """Train a classifier on FILE (JSONL/CSV with id, text, LABEL) or on the corpus (--db).

    Multi-label data (a JSON list, or "a;b" in CSV) gives a multi-label model.
    """
    from corpus_tool.classify import DEFAULT_MODEL, train_classifier

    docs = _labelled(file, db, label, text_field)
    with _progress("segmenting", len(docs)) as tick:
        classifier = train_classifier(docs, model=model or DEFAULT_MODEL, seed=seed,
                                      cv_folds=cv_folds, threshold=threshold,
                                      cache=_segment_cache(segment_cache), progress=tick)
    path = classifier.save(output)
    metrics = classifier.metadata.get("metrics") or {}
    figures = ", ".join(f"{k} {v}" for k, v in metrics.items())
    _say(f"trained {classifier.metadata['model']} on {len(docs)} documents, "
         f"{len(classifier.labels)} labels{' (multi-label)' if docs.multilabel else ''}: "
         f"{path}" + (f"\ncross-validation: {figures}" if figures else ""))


@cli.command("cv")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@_db_option
@click.option("--label", required=True, help="Field (or column, or 'section') with the labels.")
@click.option("--model", "model", default=None,
              help="linear-svm (default), logreg, sgd, nb or syllable-svm.")
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--plot", type=click.Path(dir_okay=False),
              help="Write the confusion matrix as a heatmap (.html or .svg).")
@_text_field_option
@_cache_option
def cv_command(file: str | None, db: str | None, label: str, model: str | None, folds: int,
               seed: int, as_json: bool, plot: str | None, text_field: str,
               segment_cache: str | None) -> None:
    """Cross-validate a model on FILE or the corpus: accuracy, F1, confusion matrix.

    With --db the report is also stored as the result "classifier-cv".
    """
    from corpus_tool.classify import DEFAULT_MODEL, cross_validate

    docs = _labelled(file, db, label, text_field)
    with _progress("segmenting", len(docs)) as tick:
        report = cross_validate(docs, model=model or DEFAULT_MODEL, folds=folds, seed=seed,
                                cache=_segment_cache(segment_cache), progress=tick)
    if db is not None:
        from corpus_tool.store import CorpusStore

        with CorpusStore(_db_path(db), create=False) as store:
            store.put_result("classifier-cv", f"{label}:{model or DEFAULT_MODEL}",
                             report.to_dict())
    _print_report(report, as_json, plot)


@cli.command("evaluate")
@click.argument("model_dir", type=click.Path())
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--label", default=None, help="Field with the true labels (default: the one "
                                             "the model was trained on).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--plot", type=click.Path(dir_okay=False),
              help="Write the confusion matrix as a heatmap (.html or .svg).")
@_text_field_option
@_cache_option
def evaluate_command(model_dir: str, file: str, label: str | None, as_json: bool,
                     plot: str | None, text_field: str, segment_cache: str | None) -> None:
    """Evaluate the model in MODEL_DIR on the labelled documents of FILE."""
    from corpus_tool.classify import evaluate, load_classifier, read_labelled

    classifier = load_classifier(model_dir)
    docs = read_labelled(file, label or classifier.metadata.get("label_field", "label"),
                         text_field=text_field)
    with _progress("segmenting", len(docs)) as tick:
        report = evaluate(classifier, docs, cache=_segment_cache(segment_cache), progress=tick)
    _print_report(report, as_json, plot)


@cli.command("predict")
@click.argument("model_dir", type=click.Path())
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="JSONL file for the predictions (with FILE).")
@_db_option
@_cache_option
def predict_command(model_dir: str, file: str | None, output: str | None, db: str | None,
                    segment_cache: str | None) -> None:
    """Label the documents of FILE (to -o OUT.jsonl) or every article of the corpus (--db).

    In the corpus, predictions are stored as annotations "prediction" under the
    model's name.
    """
    from corpus_tool.classify import load_classifier, predict_file, predict_store

    if (file is None) == (db is None):
        raise click.UsageError("give either an input file (with -o) or --db")
    if file is not None and output is None:
        raise click.UsageError("-o OUT.jsonl is needed with an input file")
    classifier = load_classifier(model_dir)
    cache = _segment_cache(segment_cache)
    if file is not None and output is not None:
        with _progress("predicting") as tick:
            count = predict_file(classifier, file, output, cache=cache, progress=tick)
        _say(f"wrote {count} predictions to {output}")
        return
    from corpus_tool.store import CorpusStore

    with CorpusStore(_db_path(db), create=False) as store, \
            _progress("predicting", store.count()) as tick:
        count = predict_store(classifier, store, cache=cache, progress=tick)
    _say(f"stored {count} predictions as annotations 'prediction' [{classifier.name}]")


@cli.command("inspect")
@click.argument("model_dir", type=click.Path())
@click.option("-n", "--top", type=click.IntRange(min=1), default=15, show_default=True,
              help="Terms shown per label or per explanation.")
@click.option("--text", help="Explain the prediction for this text, term by term.")
@click.option("--doc", "doc_id", help="Explain the prediction for this article of --db.")
@_db_option
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False),
              help="List the misclassified documents of this labelled JSONL/CSV file.")
@click.option("--label", default=None, help="Label field of --errors (default: the model's).")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the --errors list to a .csv or .html file.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def inspect_command(model_dir: str, top: int, text: str | None, doc_id: str | None,
                    db: str | None, errors_file: str | None, label: str | None,
                    output: str | None, as_json: bool) -> None:
    """Show what a model learnt: top terms per label, one prediction, or its mistakes."""
    import json

    from corpus_tool.classify import (
        explain,
        load_classifier,
        misclassified,
        read_labelled,
        top_features,
        write_errors,
    )

    if sum(x is not None for x in (text, doc_id, errors_file)) > 1:
        raise click.UsageError("give at most one of --text, --doc, --errors")
    classifier = load_classifier(model_dir)
    if doc_id is not None:
        from corpus_tool.errors import InputError
        from corpus_tool.store import CorpusStore

        with CorpusStore(_db_path(db), create=False) as store:
            article = store.get_article(doc_id)
        if article is None:
            raise InputError(f"{_db_path(db)}: no article with id {doc_id!r}")
        text = article.text
    if text is not None:
        why = explain(classifier, text, n=top)
        if as_json:
            click.echo(json.dumps(why.to_dict(), ensure_ascii=False, indent=2))
            return
        click.echo(f"predicted: {why.label} (score {why.score:.3f}); bias {why.intercept:+.3f}")
        click.echo(f"{'term':<28} {'tf-idf':>7} {'weight':>8} {'contrib':>8}")
        for term, value, weight, contribution in why.terms:
            click.echo(f"{term:<28} {value:7.3f} {weight:+8.3f} {contribution:+8.3f}")
        return
    if errors_file is not None:
        docs = read_labelled(errors_file, label or classifier.metadata.get("label_field",
                                                                           "label"))
        errors = misclassified(classifier, docs, n_terms=min(top, 10))
        if output is not None:
            write_errors(errors, output)
            _say(f"{len(errors)} of {len(docs)} documents misclassified: {output}")
            return
        if as_json:
            click.echo(json.dumps([{"id": e.id, "true": list(e.true),
                                    "predicted": list(e.predicted),
                                    "confidence": round(e.confidence, 4), "terms": e.terms}
                                   for e in errors], ensure_ascii=False, indent=2))
            return
        click.echo(f"{len(errors)} of {len(docs)} documents misclassified")
        for e in errors:
            click.echo(f"{e.id}\ttrue {';'.join(e.true)}\tpredicted {';'.join(e.predicted)} "
                       f"({e.confidence:.3f})\t{' '.join(e.terms)}")
        return
    features = top_features(classifier, n=top)
    if as_json:
        click.echo(json.dumps(features, ensure_ascii=False, indent=2))
        return
    meta = classifier.metadata
    click.echo(f"{classifier.name}: {meta.get('model')} on '{meta.get('label_field')}', "
               f"{meta.get('training', {}).get('documents')} documents, seed {meta.get('seed')}"
               f"; metrics {meta.get('metrics') or 'not measured'}")
    for name, sides in features.items():
        click.echo(f"\n{name}")
        click.echo("  + " + ", ".join(t for t, _w in sides["positive"]))
        click.echo("  - " + ", ".join(t for t, _w in sides["negative"]))


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return its exit code (0 ok, 1 failure, 2 usage)."""
    args = sys.argv[1:] if argv is None else argv
    verbose = any(a in ("-v", "--verbose") or a.startswith("-vv") for a in args)
    try:
        cli.main(args=args, prog_name="corpus-tool", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except CorpusToolError as exc:
        _report(exc, verbose=verbose)
        return 1
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return 130
    except Exception as exc:
        _report(exc, verbose=verbose, unexpected=True)
        return 1
    return 0


def _report(exc: BaseException, *, verbose: bool, unexpected: bool = False) -> None:
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
