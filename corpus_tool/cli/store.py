"""Commands on the corpus store: import, export, search, info."""

from __future__ import annotations

import click

from corpus_tool.cli import cli
from corpus_tool.cli._common import _date, _db_option, _db_path, _progress, _say, _state


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
