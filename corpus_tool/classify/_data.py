"""Labelled documents for training and evaluation, read from files or the store."""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus_tool._files import csv_columns, file_format, read_documents
from corpus_tool._text import clean_text, nfc
from corpus_tool.errors import AnalysisError, InputError, RecordError
from corpus_tool.records import Article

logger = logging.getLogger(__name__)

__all__ = ["LabelledDocuments", "check_known_labels", "labelled_from_articles", "parse_labels",
           "read_labelled"]

# In CSV cells several labels are written "a;b".
LABEL_SEPARATOR = ";"


@dataclass(frozen=True, slots=True)
class LabelledDocuments:
    """Texts with their labels, ready to train or evaluate on.

    Attributes:
        ids: document ids.
        texts: NFC texts.
        labels: the labels of each document (one for single-label data).
        multilabel: documents may have several labels.
        source: where they came from (a file name or a database), for messages.
        label_field: the field the labels were read from.
    """

    ids: list[str]
    texts: list[str]
    labels: list[tuple[str, ...]]
    multilabel: bool
    source: str
    label_field: str

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def classes(self) -> list[str]:
        """Return every label seen, sorted."""
        return sorted({label for labels in self.labels for label in labels})

    def counts(self) -> Counter[str]:
        """Return the number of documents of each label."""
        return Counter(label for labels in self.labels for label in labels)

    def single_labels(self) -> list[str]:
        """Return the one label of each document (single-label data only)."""
        return [labels[0] for labels in self.labels]

    def digest(self) -> str:
        """Return a SHA-256 of ids, texts and labels: identifies the training data."""
        h = hashlib.sha256()
        for id_, text, labels in zip(self.ids, self.texts, self.labels, strict=True):
            h.update(json.dumps([id_, text, list(labels)], ensure_ascii=False).encode("utf-8"))
            h.update(b"\n")
        return h.hexdigest()

    def check_trainable(self) -> None:
        """Raise :class:`AnalysisError` unless there are at least two classes to learn."""
        counts = self.counts()
        if not self.texts:
            raise AnalysisError(f"{self.source}: no documents to learn from")
        if len(counts) < 2:
            only = next(iter(counts), "")
            raise AnalysisError(
                f"{self.source}: field '{self.label_field}' has one class only ({only!r} "
                f"in all {len(self)} documents); a classifier needs at least two")
        if self.multilabel:
            everywhere = [c for c, n in counts.items() if n == len(self)]
            if everywhere:
                raise AnalysisError(
                    f"{self.source}: label {everywhere[0]!r} of field '{self.label_field}' is "
                    "on every document, so there is nothing to learn for it; drop it")


def parse_labels(value: Any, *, split: bool) -> tuple[tuple[str, ...], bool] | None:
    """Return ``(labels, is_list)`` for a label cell, or ``None`` when it is empty.

    A JSON list gives several labels; with ``split`` (CSV cells) ``"a;b"``
    does too. Labels are NFC-normalised and stripped.

    Example:
        >>> parse_labels("Kinh tế; Xã hội", split=True)
        (('Kinh tế', 'Xã hội'), True)
    """
    if isinstance(value, list):
        items = [nfc(str(v)).strip() for v in value if v is not None]
        labels = tuple(dict.fromkeys(i for i in items if i))
        return (labels, True) if labels else None
    if value is None or isinstance(value, dict):
        return None
    text = nfc(str(value)).strip()
    if split and LABEL_SEPARATOR in text:
        labels = tuple(dict.fromkeys(p.strip() for p in text.split(LABEL_SEPARATOR)
                                     if p.strip()))
        return (labels, True) if labels else None
    return ((text,), False) if text else None


def read_labelled(
    path: str | Path, label: str, *, text_field: str = "text", require_labels: bool = True,
) -> LabelledDocuments:
    """Return the documents of a JSONL/CSV file with their labels from field ``label``.

    Each record needs a non-empty text; ``id`` is optional (the line number
    stands in). Labels are a string, a JSON list (multi-label) or, in CSV,
    ``"a;b"``.

    Args:
        path: a ``.jsonl`` or ``.csv`` file (delimiter , ; tab or | is sniffed).
        label: the field holding the labels.
        text_field: the field holding the raw text.
        require_labels: a record without a label is an error (else it gets none,
            as for documents to predict).

    Raises:
        InputError: the file cannot be read, has no column ``label``, or a
            record has an empty text or label (the message names the line).

    Example:
        >>> docs = read_labelled("train.jsonl", "topic")  # doctest: +SKIP
        >>> docs.classes  # doctest: +SKIP
        ['Kinh tế', 'Thể thao']
    """
    p = Path(path)
    if file_format(p) == "csv":
        columns = csv_columns(p)
        for needed in (label, text_field) if require_labels else (text_field,):
            if needed not in columns:
                raise InputError(f"{p}: no column '{needed}' (columns: {', '.join(columns)})")
    ids: list[str] = []
    texts: list[str] = []
    labels: list[tuple[str, ...]] = []
    multilabel = False
    split = file_format(p) == "csv"
    for line, record in read_documents(p, text_field=text_field, required=()):
        text = clean_text(record[text_field])
        if not text:
            raise RecordError("empty text", path=str(p), line=line, field=text_field)
        parsed = parse_labels(record.get(label), split=split)
        if parsed is None and require_labels:
            what = "missing" if label not in record else f"empty label {record[label]!r}"
            raise RecordError(
                f"{what} (every document needs a label to train or evaluate on)",
                path=str(p), line=line, field=label)
        ids.append(str(record.get("id") if record.get("id") is not None else f"line-{line}"))
        texts.append(text)
        labels.append(parsed[0] if parsed else ())
        multilabel = multilabel or bool(parsed and parsed[1])
    return LabelledDocuments(ids, texts, labels, multilabel, str(p), label)


def labelled_from_articles(
    articles: Iterable[Article], label: str, *, source: str = "corpus",
) -> LabelledDocuments:
    """Return stored articles as labelled documents, labels from ``label``.

    ``section`` (and ``site``) are article columns; any other label comes from
    the columns kept at import (``Article.extra``). Articles without the label
    are left out; none having it is an error.

    Raises:
        AnalysisError: no article has a value for ``label``.
    """
    ids: list[str] = []
    texts: list[str] = []
    labels: list[tuple[str, ...]] = []
    multilabel = False
    seen = 0
    for article in articles:
        seen += 1
        if label in ("section", "site"):
            value: Any = getattr(article, label)
        else:
            value = article.extra.get(label)
        parsed = parse_labels(value, split=isinstance(value, str))
        text = clean_text(article.text)
        if parsed is None or not text:
            continue
        ids.append(article.id)
        texts.append(text)
        labels.append(parsed[0])
        multilabel = multilabel or parsed[1]
    if not ids:
        raise AnalysisError(
            f"{source}: none of the {seen} articles has a value for '{label}' (use section, "
            "site or a column kept at import)")
    if seen > len(ids):
        logger.info("%s: %d of %d articles have no '%s' or no text; left out", source,
                    seen - len(ids), seen, label)
    return LabelledDocuments(ids, texts, labels, multilabel, source, label)


def check_known_labels(docs: LabelledDocuments, known: Sequence[str], model: str) -> None:
    """Raise :class:`AnalysisError` when ``docs`` have labels the model never saw."""
    unseen = sorted(set(docs.classes) - set(known))
    if unseen:
        counts = docs.counts()
        shown = ", ".join(f"{u!r} ({counts[u]} docs)" for u in unseen[:5])
        raise AnalysisError(
            f"{docs.source}: label(s) {shown} of field '{docs.label_field}' were not in the "
            f"training data of model {model} (known: {', '.join(map(repr, known))})")
