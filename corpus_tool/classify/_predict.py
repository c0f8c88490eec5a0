"""Applying a classifier to a file of documents or to the articles of a store."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus_tool._files import atomic_output, read_documents
from corpus_tool._text import clean_text
from corpus_tool.errors import RecordError
from corpus_tool.nlp import TextCache

__all__ = ["PREDICTION_KIND", "predict_file", "predict_store"]

PREDICTION_KIND = "prediction"
_BATCH = 500


def predict_file(classifier: Any, path: str | Path, output: str | Path, *,
                 cache: TextCache | None = None,
                 progress: Callable[[int], None] | None = None) -> int:
    """Write one JSON line ``{"id", "label", "score"}`` (or labels/scores) per document.

    Reads ``{"id", "text"}`` records from a JSONL/CSV file; returns the number
    of documents written. The output appears only when every line is done.

    Raises:
        RecordError: a record has no id or an empty text (names the line).
    """
    done = 0
    with atomic_output(output) as out:
        batch: list[tuple[str, str]] = []

        def flush() -> None:
            nonlocal done
            predictions = classifier.predict([t for _i, t in batch], [i for i, _t in batch],
                                             cache=cache)
            for p in predictions:
                out.write(json.dumps({"id": p.id, **p.to_dict()}, ensure_ascii=False) + "\n")
            done += len(batch)
            batch.clear()
            if progress is not None:
                progress(done)

        for line, record in read_documents(path):
            text = clean_text(record["text"])
            if not text:
                raise RecordError("empty text", path=str(path), line=line, field="text")
            batch.append((str(record["id"]), text))
            if len(batch) >= _BATCH:
                flush()
        if batch:
            flush()
    return done


def predict_store(classifier: Any, store: Any, *,
                  cache: TextCache | None = None,
                  progress: Callable[[int], None] | None = None) -> int:
    """Store a prediction for every article with text; return how many were stored.

    Predictions go into the annotations as kind ``"prediction"``, version = the
    model's name, data ``{"label", "score"}`` (multi-label: ``{"labels",
    "scores"}``); earlier predictions of the same model are replaced.
    """
    done = 0
    batch: list[tuple[str, str]] = []

    def flush() -> None:
        nonlocal done
        predictions = classifier.predict([t for _i, t in batch], [i for i, _t in batch],
                                         cache=cache)
        store.put_annotations(PREDICTION_KIND, classifier.name,
                              ((p.id, p.to_dict()) for p in predictions))
        done += len(batch)
        batch.clear()
        if progress is not None:
            progress(done)

    for article in store.iter_articles():
        text = clean_text(article.text)
        if text:
            batch.append((article.id, text))
        if len(batch) >= _BATCH:
            flush()
    if batch:
        flush()
    return done
