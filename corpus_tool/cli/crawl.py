"""Commands that crawl and extract: crawl, extract, serve-demo."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from corpus_tool.cli import cli
from corpus_tool.cli._common import _date, _db_option, _db_path, _say, _state, _stderr_console


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
