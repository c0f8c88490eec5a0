"""Evaluation: accuracy, F1, per-class figures and confusion matrices; cross-validation."""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus_tool._files import atomic_output
from corpus_tool.classify._data import LabelledDocuments, check_known_labels
from corpus_tool.classify._models import DEFAULT_MODEL, MODELS, make_pipeline
from corpus_tool.errors import AnalysisError, ConfigError, InputError
from corpus_tool.nlp import TextCache, segment_texts

__all__ = ["EvaluationReport", "cross_validate", "evaluate", "write_heatmap"]


@dataclass
class EvaluationReport:
    """Figures comparing true and predicted labels.

    For multi-label data ``accuracy`` is the share of documents whose label
    set is exactly right, and ``confusion_matrix`` holds one 2×2 matrix
    ``[[tn, fp], [fn, tp]]`` per label.
    """

    labels: list[str]
    multilabel: bool
    accuracy: float
    macro_f1: float
    weighted_f1: float
    micro_f1: float
    per_class: dict[str, dict[str, float]]
    confusion_matrix: list[Any]
    documents: int
    extra: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> dict[str, float]:
        """Return accuracy and the F1 averages, rounded."""
        return {"accuracy": round(self.accuracy, 4), "macro_f1": round(self.macro_f1, 4),
                "weighted_f1": round(self.weighted_f1, 4), "micro_f1": round(self.micro_f1, 4)}

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (keys accuracy, macro_f1, weighted_f1, per_class, ...)."""
        return {**self.summary(), "per_class": self.per_class,
                "confusion_matrix": self.confusion_matrix, "labels": self.labels,
                "multilabel": self.multilabel, "documents": self.documents, **self.extra}

    def to_text(self) -> str:
        """Return the report as aligned plain-text tables."""
        lines = [f"documents: {self.documents}   labels: {len(self.labels)}"
                 f"{'   (multi-label)' if self.multilabel else ''}",
                 f"accuracy{' (exact set)' if self.multilabel else ''}: {self.accuracy:.4f}   "
                 f"macro F1: {self.macro_f1:.4f}   weighted F1: {self.weighted_f1:.4f}"
                 + (f"   micro F1: {self.micro_f1:.4f}" if self.multilabel else ""), ""]
        width = max(len(x) for x in [*self.labels, "label"])
        lines.append(f"{'label':<{width}}  precision  recall      f1  support")
        for label in self.labels:
            c = self.per_class[label]
            lines.append(f"{label:<{width}}  {c['precision']:9.4f}  {c['recall']:6.4f}  "
                         f"{c['f1']:6.4f}  {int(c['support']):7d}")
        lines.append("")
        if self.multilabel:
            lines.append(f"{'label':<{width}}      tn      fp      fn      tp")
            for label, m in zip(self.labels, self.confusion_matrix, strict=True):
                lines.append(f"{label:<{width}}  {m[0][0]:6d}  {m[0][1]:6d}  "
                             f"{m[1][0]:6d}  {m[1][1]:6d}")
        else:
            short = [x[:8] for x in self.labels]
            cell = max(6, *(len(s) for s in short))
            lines.append("confusion matrix (rows: true, columns: predicted)")
            lines.append(" " * width + "  " + " ".join(f"{s:>{cell}}" for s in short))
            for label, row in zip(self.labels, self.confusion_matrix, strict=True):
                lines.append(f"{label:<{width}}  " + " ".join(f"{v:>{cell}d}" for v in row))
        for key, value in self.extra.items():
            lines.append(f"{key}: {value}")
        return "\n".join(lines)


def report_from_predictions(y_true: Any, y_pred: Any, labels: list[str], *,
                            multilabel: bool) -> EvaluationReport:
    """Return the :class:`EvaluationReport` of predictions against truth.

    Single-label ``y_true``/``y_pred`` are label strings; multi-label ones are
    indicator matrices whose columns follow ``labels``.
    """
    from sklearn.metrics import (
        accuracy_score,
        confusion_matrix,
        f1_score,
        multilabel_confusion_matrix,
        precision_recall_fscore_support,
    )

    kw: dict[str, Any] = {"zero_division": 0}
    if not multilabel:
        kw["labels"] = labels
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, **kw)
    per_class = {label: {"precision": round(float(p[i]), 4), "recall": round(float(r[i]), 4),
                         "f1": round(float(f[i]), 4), "support": int(s[i])}
                 for i, label in enumerate(labels)}
    if multilabel:
        cm: list[Any] = multilabel_confusion_matrix(y_true, y_pred).tolist()
    else:
        cm = confusion_matrix(y_true, y_pred, labels=labels).tolist()
    return EvaluationReport(
        labels=list(labels), multilabel=multilabel,
        accuracy=float(accuracy_score(y_true, y_pred)),
        macro_f1=float(f1_score(y_true, y_pred, average="macro", **kw)),
        weighted_f1=float(f1_score(y_true, y_pred, average="weighted", **kw)),
        micro_f1=float(f1_score(y_true, y_pred, average="micro", **kw)),
        per_class=per_class, confusion_matrix=cm, documents=len(y_true))


def cross_validate(
    docs: LabelledDocuments,
    *,
    model: str = DEFAULT_MODEL,
    folds: int = 5,
    seed: int = 0,
    cache: TextCache | None = None,
    progress: Callable[[int], None] | None = None,
) -> EvaluationReport:
    """Return the report of ``folds``-fold cross-validation of ``model`` on ``docs``.

    Texts are segmented once, not once per fold. Single-label folds are
    stratified; every document is predicted by a model that did not see it.

    Raises:
        AnalysisError: fewer than two classes, or a class with fewer
            documents than folds.

    Example:
        >>> report = cross_validate(read_labelled("tin.jsonl", "topic"))  # doctest: +SKIP
        >>> round(report.macro_f1, 2)  # doctest: +SKIP
        0.99
    """
    if model not in MODELS:
        raise ConfigError(f"model: {model!r} is not one of {sorted(MODELS)}")
    docs.check_trainable()
    segmented = segment_texts(docs.texts, cache=cache, progress=progress)
    return cross_validate_segmented(docs, segmented, model=model, folds=folds, seed=seed)


def cross_validate_segmented(docs: LabelledDocuments, segmented: Sequence[str], *,
                             model: str, folds: int, seed: int,
                             threshold: float | None = None) -> EvaluationReport:
    """Return the cross-validation report on texts that are already segmented."""
    from sklearn.model_selection import KFold, StratifiedKFold, cross_val_predict

    from corpus_tool.classify._train import target

    if folds < 2:
        raise ConfigError(f"folds: {folds} is too few (at least 2)")
    if folds > len(docs):
        raise AnalysisError(f"{docs.source}: {folds} folds need at least {folds} documents, "
                            f"there are {len(docs)}")
    labels = docs.classes
    counts = docs.counts()
    smallest = min(labels, key=lambda c: counts[c])
    if counts[smallest] < folds:
        raise AnalysisError(
            f"{docs.source}: label {smallest!r} of field '{docs.label_field}' has "
            f"{counts[smallest]} document(s), fewer than the {folds} folds: drop or merge it, "
            "or use fewer folds")
    y = target(docs, labels)
    splitter: Any = KFold(folds, shuffle=True, random_state=seed) if docs.multilabel \
        else StratifiedKFold(folds, shuffle=True, random_state=seed)
    pipeline = make_pipeline(model, multilabel=docs.multilabel, seed=seed, segment=False)
    if threshold is not None and docs.multilabel:
        pipeline.set_params(classifier__threshold=threshold)
    start = time.perf_counter()
    try:
        predicted = cross_val_predict(pipeline, list(segmented), y, cv=splitter)
    except ValueError as exc:
        raise AnalysisError(f"{docs.source}: cannot cross-validate {model}: {exc}") from None
    report = report_from_predictions(y, predicted, labels, multilabel=docs.multilabel)
    report.extra = {"model": model, "folds": folds, "seed": seed,
                    "seconds": round(time.perf_counter() - start, 1)}
    return report


def evaluate(
    classifier: Any,
    docs: LabelledDocuments,
    *,
    cache: TextCache | None = None,
    progress: Callable[[int], None] | None = None,
) -> EvaluationReport:
    """Return the report of a fitted classifier on labelled test documents.

    Raises:
        AnalysisError: the test documents have labels the model never saw.
    """
    from corpus_tool.classify._train import target

    check_known_labels(docs, classifier.labels, classifier.name)
    segmented = segment_texts(docs.texts, cache=cache, progress=progress)
    predictions = classifier.predict_segmented(segmented, docs.ids)
    labels = list(classifier.labels)
    if classifier.multilabel:
        truth = LabelledDocuments(docs.ids, docs.texts, docs.labels, True, docs.source,
                                  docs.label_field)
        guessed = LabelledDocuments(docs.ids, docs.texts, [p.labels for p in predictions],
                                    True, docs.source, docs.label_field)
        report = report_from_predictions(target(truth, labels), target(guessed, labels),
                                         labels, multilabel=True)
    else:
        if docs.multilabel:
            raise AnalysisError(f"{docs.source}: documents have several labels but model "
                                f"{classifier.name} gives one")
        report = report_from_predictions(docs.single_labels(), [p.label for p in predictions],
                                         labels, multilabel=False)
    report.extra = {"model": classifier.name}
    return report


def write_heatmap(report: EvaluationReport, path: str | Path) -> Path:
    """Write the confusion matrix as a self-contained HTML page or SVG; return the path.

    The page loads nothing from the network (inline SVG, no scripts).

    Raises:
        InputError: the suffix is neither ``.html`` nor ``.svg``.
    """
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".svg"):
        raise InputError(f"{out}: --plot writes .html or .svg, not {suffix or 'no suffix'!r}")
    svg = _heatmap_svg(report)
    if suffix == ".svg":
        text = svg
    else:
        title = "Confusion matrix" + (" (per label)" if report.multilabel else "")
        figures = html.escape(", ".join(f"{k} {v:.4f}" for k, v in report.summary().items()))
        text = ("<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                f"<title>{title}</title><style>body{{font-family:sans-serif;margin:2em}}"
                "</style></head><body>"
                f"<h1>{title}</h1><p>{report.documents} documents; {figures}</p>"
                f"{svg}<p>Rows: true label; columns: predicted label. Colour: share of the "
                "row.</p></body></html>\n")
    with atomic_output(out) as f:
        f.write(text)
    return out


def _heatmap_svg(report: EvaluationReport) -> str:
    if report.multilabel:
        rows = report.labels
        cols = ["tn", "fp", "fn", "tp"]
        matrix = [[m[0][0], m[0][1], m[1][0], m[1][1]] for m in report.confusion_matrix]
    else:
        rows = cols = report.labels
        matrix = report.confusion_matrix
    cell, left, top = 44, 12 + 7 * max(len(r) for r in rows), 12 + 7 * max(len(c) for c in cols)
    width, height = left + cell * len(cols) + 10, top + cell * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             'font-family="sans-serif" font-size="12">']
    for j, c in enumerate(cols):
        x = left + j * cell + cell // 2
        parts.append(f'<text x="{x}" y="{top - 6}" transform="rotate(-60 {x} {top - 6})">'
                     f"{html.escape(c)}</text>")
    for i, (r, row) in enumerate(zip(rows, matrix, strict=True)):
        y = top + i * cell
        parts.append(f'<text x="{left - 6}" y="{y + cell // 2 + 4}" text-anchor="end">'
                     f"{html.escape(r)}</text>")
        total = sum(row) or 1
        for j, value in enumerate(row):
            share = value / total
            shade = int(255 - 200 * share)
            ink = "#fff" if share > 0.5 else "#000"
            parts.append(f'<rect x="{left + j * cell}" y="{y}" width="{cell}" height="{cell}" '
                         f'fill="rgb({shade},{shade},255)" stroke="#ccc"><title>'
                         f"{html.escape(r)} → {html.escape(cols[j])}: {value}</title></rect>"
                         f'<text x="{left + j * cell + cell // 2}" y="{y + cell // 2 + 4}" '
                         f'text-anchor="middle" fill="{ink}">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


