"""Classifier commands: train, cv, evaluate, predict, inspect."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from corpus_tool.cli import cli
from corpus_tool.cli._common import (
    _cache_option,
    _db_option,
    _db_path,
    _progress,
    _say,
    _segment_cache,
)


@contextmanager
def _labelled(file: str | None, db: str | None, label: str, text_field: str = "text",
              segment_cache: str | None = None) -> Iterator[tuple[Any, Any, Any]]:
    """Yield (labelled documents, segment cache, open store or None) from FILE or, with
    --db, from the corpus, whose own text cache keeps the segmented texts unless
    --segment-cache names a file."""
    from corpus_tool.classify import labelled_from_articles, read_labelled

    if (file is None) == (db is None):
        raise click.UsageError("give either an input file or --db (not both)")
    if file is not None:
        yield read_labelled(file, label, text_field=text_field), \
            _segment_cache(segment_cache), None
        return
    from corpus_tool.nlp import StoreSegmentCache
    from corpus_tool.store import CorpusStore

    with CorpusStore(_db_path(db), create=False) as store:
        docs = labelled_from_articles(store.iter_articles(), label, source=str(store.path))
        yield docs, _segment_cache(segment_cache) or StoreSegmentCache(store), store


_label_option = click.option("--label", required=True,
                             help="Field (or column, or 'section') with the labels.")
_model_option = click.option("--model", "model", default=None,
                             help="linear-svm (default), logreg, sgd, nb or syllable-svm.")
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
@_label_option
@_model_option
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

    with _labelled(file, db, label, text_field, segment_cache) as (docs, cache, _store), \
            _progress("segmenting", len(docs)) as tick:
        classifier = train_classifier(docs, model=model or DEFAULT_MODEL, seed=seed,
                                      cv_folds=cv_folds, threshold=threshold,
                                      cache=cache, progress=tick)
    path = classifier.save(output)
    metrics = classifier.metadata.get("metrics") or {}
    figures = ", ".join(f"{k} {v}" for k, v in metrics.items())
    _say(f"trained {classifier.metadata['model']} on {len(docs)} documents, "
         f"{len(classifier.labels)} labels{' (multi-label)' if docs.multilabel else ''}: "
         f"{path}" + (f"\ncross-validation: {figures}" if figures else ""))


@cli.command("cv")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@_db_option
@_label_option
@_model_option
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

    with _labelled(file, db, label, text_field, segment_cache) as (docs, cache, store):
        with _progress("segmenting", len(docs)) as tick:
            report = cross_validate(docs, model=model or DEFAULT_MODEL, folds=folds,
                                    seed=seed, cache=cache, progress=tick)
        if store is not None:
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
    from corpus_tool.nlp import StoreSegmentCache
    from corpus_tool.store import CorpusStore

    with CorpusStore(_db_path(db), create=False) as store, \
            _progress("predicting", store.count()) as tick:
        count = predict_store(classifier, store, cache=cache or StoreSegmentCache(store),
                              progress=tick)
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
