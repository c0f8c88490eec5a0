"""Training, loading and applying a text classifier."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from corpus_tool.classify._data import LabelledDocuments
from corpus_tool.classify._models import DEFAULT_MODEL, MODELS, make_pipeline
from corpus_tool.classify._persist import load_pipeline, save_pipeline
from corpus_tool.errors import AnalysisError, ConfigError, ModelError
from corpus_tool.nlp import TextCache, segment_texts

__all__ = ["Prediction", "TextClassifier", "load_classifier", "train_classifier"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Prediction:
    """The labels given to one document, best first, with their scores.

    ``score`` is a probability for every model but ``syllable-svm`` (where it is
    a softmax of margins, comparable only within a document).
    """

    id: str
    labels: tuple[str, ...]
    scores: dict[str, float]
    multilabel: bool

    @property
    def label(self) -> str:
        """Return the best label."""
        return self.labels[0]

    @property
    def score(self) -> float:
        """Return the score of the best label."""
        return self.scores[self.labels[0]]

    def to_dict(self) -> dict[str, Any]:
        """Return the stored form: ``{"label", "score"}`` or ``{"labels", "scores"}``."""
        if self.multilabel:
            return {"labels": list(self.labels),
                    "scores": {k: round(v, 4) for k, v in self.scores.items()}}
        return {"label": self.label, "score": round(self.score, 4)}


@dataclass
class TextClassifier:
    """A fitted classifier: the Pipeline (raw text in) with its labels and metadata.

    Attributes:
        pipeline: ``segment -> features -> classifier``.
        labels: the label of each score column, sorted.
        multilabel: the model gives each text a set of labels.
        metadata: what ``metadata.json`` holds (model, seed, training data...).
        name: the model's name (its folder name once saved).
    """

    pipeline: Any
    labels: list[str]
    multilabel: bool
    metadata: dict[str, Any] = field(default_factory=dict)
    name: str = "model"

    def segment(self, texts: Sequence[str], *,
                cache: TextCache | None = None) -> list[str]:
        """Return the texts as the model's features see them (segmented, lowercased)."""
        return segment_texts(texts, cache=cache)

    def scores(self, segmented: Sequence[str]) -> Any:
        """Return an array ``(n_texts, n_labels)`` of scores for segmented texts."""
        rest = self.pipeline[1:]
        clf = rest[-1]
        if self.multilabel or hasattr(clf, "predict_proba"):
            return np.asarray(rest.predict_proba(list(segmented)))
        margins = np.asarray(rest.decision_function(list(segmented)), dtype=float)
        if margins.ndim == 1:
            margins = np.column_stack([-margins, margins])
        e = np.exp(margins - margins.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def predict_segmented(self, segmented: Sequence[str],
                          ids: Sequence[str] | None = None) -> list[Prediction]:
        """Return one :class:`Prediction` per segmented text."""
        ids = list(ids) if ids is not None else [str(i) for i in range(len(segmented))]
        if not segmented:
            return []
        scores = self.scores(segmented)
        out: list[Prediction] = []
        if self.multilabel:
            chosen = self.pipeline[1:].predict(list(segmented))
            for id_, row, picks in zip(ids, scores, chosen, strict=True):
                idx = sorted(np.flatnonzero(picks), key=lambda j: -row[j])
                out.append(Prediction(id_, tuple(self.labels[j] for j in idx),
                                      {self.labels[j]: float(row[j]) for j in idx}, True))
        else:
            for id_, row in zip(ids, scores, strict=True):
                j = int(np.argmax(row))
                out.append(Prediction(id_, (self.labels[j],), {self.labels[j]: float(row[j])},
                                      False))
        return out

    def predict(self, texts: Sequence[str], ids: Sequence[str] | None = None, *,
                cache: TextCache | None = None) -> list[Prediction]:
        """Return one :class:`Prediction` per raw text.

        Example:
            >>> clf = load_classifier("models/chu-de")  # doctest: +SKIP
            >>> clf.predict(["Đội tuyển Việt Nam thắng Thái Lan"])[0].label  # doctest: +SKIP
            'thethao'
        """
        return self.predict_segmented(self.segment(texts, cache=cache), ids)

    def save(self, folder: str | Path) -> Path:
        """Save into ``folder`` (``model.skops`` + ``metadata.json``); return the folder."""
        meta = {**self.metadata, "name": Path(folder).name, "labels": self.labels,
                "multilabel": self.multilabel}
        for key in ("format", "format_version", "versions", "created", "files"):
            meta.pop(key, None)
        path = save_pipeline(self.pipeline, folder, meta)
        self.name = path.name
        return path


def train_classifier(
    docs: LabelledDocuments,
    *,
    model: str = DEFAULT_MODEL,
    seed: int = 0,
    cv_folds: int = 0,
    threshold: float | None = None,
    cache: TextCache | None = None,
    progress: Callable[[int], None] | None = None,
) -> TextClassifier:
    """Return a classifier fitted on ``docs``; with ``cv_folds`` its CV figures go in metadata.

    Args:
        docs: the training documents (see :func:`read_labelled`).
        model: one of :data:`MODELS`.
        seed: random state, for reproducible models.
        cv_folds: also cross-validate on ``docs`` with this many folds (0: no)
            and record accuracy and F1 in the metadata.
        threshold: multi-label only: give a label when its probability passes
            this (default: the threshold with the best macro-F1 on inner
            folds, which favours rare labels over exact label sets).
        cache: segmented texts seen before are taken from here.
        progress: called with the number of texts segmented so far.

    Raises:
        AnalysisError: fewer than two classes, or a class too small.
        ConfigError: unknown ``model``.

    Example:
        >>> docs = read_labelled("train.jsonl", "topic")  # doctest: +SKIP
        >>> train_classifier(docs, seed=1).save("models/chu-de")  # doctest: +SKIP
    """
    if model not in MODELS:
        raise ConfigError(f"model: {model!r} is not one of {sorted(MODELS)}")
    docs.check_trainable()
    # Calibration and the multi-label threshold both hold out a third of the data.
    _check_class_sizes(docs, minimum=3, why="to be learnt")
    labels = docs.classes
    segmented = segment_texts(docs.texts, cache=cache, progress=progress)
    pipeline = make_pipeline(model, multilabel=docs.multilabel, seed=seed)
    if threshold is not None:
        if not docs.multilabel:
            raise ConfigError("threshold: only multi-label models have one (the labels of "
                              f"{docs.source} are single)")
        if not 0.0 < threshold < 1.0:
            raise ConfigError(f"threshold: {threshold} is not between 0 and 1")
        pipeline.set_params(classifier__threshold=threshold)
    logger.info("fitting %s on %d documents, %d labels", model, len(docs), len(labels))
    try:
        pipeline[1:].fit(segmented, target(docs, labels))
    except ValueError as exc:
        raise AnalysisError(f"{docs.source}: cannot fit {model}: {exc}") from None
    metrics: dict[str, Any] = {}
    if cv_folds:
        from corpus_tool.classify._evaluate import cross_validate_segmented

        report = cross_validate_segmented(docs, segmented, model=model, folds=cv_folds,
                                          seed=seed, threshold=threshold)
        metrics = {"cv_folds": cv_folds, **report.summary()}
    metadata = {
        "model": model,
        "description": MODELS[model],
        "label_field": docs.label_field,
        "seed": seed,
        "training": {"source": docs.source, "documents": len(docs), "sha256": docs.digest(),
                     "label_counts": dict(sorted(docs.counts().items()))},
        "metrics": metrics,
    }
    if docs.multilabel:
        # Picked on inner folds: a label is given when its probability passes it.
        metadata["threshold"] = float(pipeline["classifier"].threshold_)
    return TextClassifier(pipeline, labels, docs.multilabel, metadata)


def target(docs: LabelledDocuments, labels: list[str]) -> Any:
    """Return the y for ``docs``: label strings, or an indicator matrix for multi-label."""
    if not docs.multilabel:
        return np.asarray(docs.single_labels(), dtype=object)
    index = {label: j for j, label in enumerate(labels)}
    y = np.zeros((len(docs), len(labels)), dtype=int)
    for i, doc_labels in enumerate(docs.labels):
        for label in doc_labels:
            if label in index:
                y[i, index[label]] = 1
    return y


def _check_class_sizes(docs: LabelledDocuments, *, minimum: int, why: str) -> None:
    small = sorted((n, c) for c, n in docs.counts().items() if n < minimum)
    if small:
        n, c = small[0]
        raise AnalysisError(
            f"{docs.source}: label {c!r} of field '{docs.label_field}' has {n} document(s); "
            f"each label needs at least {minimum} {why} (drop or merge it)")


def load_classifier(folder: str | Path) -> TextClassifier:
    """Return the classifier saved in ``folder``, checked as :func:`load_pipeline` does.

    Raises:
        ModelError: the folder is not a whole, untampered, compatible model.
    """
    pipeline, meta = load_pipeline(folder)
    labels = meta.get("labels")
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
        raise ModelError(f"{folder}: metadata.json has no list of labels")
    return TextClassifier(pipeline, labels, bool(meta.get("multilabel")), meta,
                          Path(folder).name)

