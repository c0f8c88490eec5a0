"""The NLP command: annotate."""

from __future__ import annotations

import contextlib
from typing import Any

import click

from corpus_tool.cli import cli
from corpus_tool.cli._common import _db_option, _db_path, _progress, _say, _state
from corpus_tool.errors import CorpusToolError


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
