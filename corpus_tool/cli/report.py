"""Commands that write the report or run the whole job: demo, report."""

from __future__ import annotations

import click

from corpus_tool.cli import cli
from corpus_tool.cli._common import _date, _db_option, _db_path, _say, _state


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
