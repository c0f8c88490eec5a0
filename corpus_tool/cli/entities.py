"""Entity commands: entities, people, initiatives, organizations."""

from __future__ import annotations

from collections.abc import Callable

import click

from corpus_tool.cli import cli
from corpus_tool.cli._common import _db_option, _db_path, _progress, _say, _state


@cli.command("entities")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Output JSONL (required with FILE).")
@click.option("--db", "db", type=click.Path(dir_okay=False),
              help="Annotate every article of this corpus database instead of a FILE.")
@click.option("--on-error", type=click.Choice(["fail", "skip"]), default=None,
              help="On a bad input line or a text the extractor fails on: 'fail' stops "
                   "(with FILE nothing is written; with --db the articles done are kept), "
                   "'skip' reports it and goes on.")
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
        run = extract_store(store, force=force, progress=tick,
                            on_error=on_error or _state().settings.io.on_error)
    for message in run.errors:
        click.echo(f"skipped {message}", err=True)
    failed = f", {len(run.errors)} failed" if run.errors else ""
    _say(f"entities: {run.added} articles annotated, {run.skipped} already done{failed}")


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
