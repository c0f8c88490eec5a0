"""Theme commands: themes, themes-rename."""

from __future__ import annotations

import click

from corpus_tool.cli import cli
from corpus_tool.cli._common import (
    _cache_option,
    _date,
    _db_option,
    _db_path,
    _say,
    _segment_cache,
    _state,
    logger,
)


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
