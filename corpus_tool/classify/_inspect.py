"""Looking inside a linear classifier: top terms per label, one prediction explained."""

from __future__ import annotations

import csv
import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from corpus_tool._files import atomic_output
from corpus_tool.classify._data import LabelledDocuments, check_known_labels
from corpus_tool.errors import InputError
from corpus_tool.nlp import TextCache, segment_texts

__all__ = ["Explanation", "Misclassified", "explain", "misclassified", "top_features",
           "write_errors"]


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a text got a label: each term's TF-IDF value times the label's weight for it.

    Attributes:
        label: the label explained (the predicted one unless asked otherwise).
        score: the model's score for it.
        intercept: the label's bias, added to the terms' sum.
        terms: ``(term, tf-idf value, weight, contribution)``, largest
            contribution (in absolute value) first.
    """

    label: str
    score: float
    intercept: float
    terms: list[tuple[str, float, float, float]]

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {"label": self.label, "score": round(self.score, 4),
                "intercept": round(self.intercept, 4),
                "terms": [{"term": t, "value": round(v, 4), "weight": round(w, 4),
                           "contribution": round(c, 4)} for t, v, w, c in self.terms]}


def _term_names(pipeline: Any) -> list[str]:
    """Return a readable name per feature: words as segmented, syllables marked."""
    names = pipeline["features"].get_feature_names_out()
    out = []
    for name in names:
        kind, _, term = str(name).partition("__")
        if not term:  # a lone vectoriser: syllable-svm's syllables
            out.append("~" + kind.replace(" ", " ~"))
        elif kind == "syllables":
            out.append("~" + term.replace(" ", " ~"))
        else:
            out.append(term)
    return out


def _binary_weights(est: Any) -> tuple[Any, float]:
    """Return ``(weights, intercept)`` of a binary linear model for its positive class."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.naive_bayes import ComplementNB

    if isinstance(est, CalibratedClassifierCV):
        est = est.calibrated_classifiers_[0].estimator
    if isinstance(est, ComplementNB):
        w = est.feature_log_prob_
        return np.asarray(w[1] - w[0]).ravel(), 0.0
    return np.asarray(est.coef_).ravel(), float(np.ravel(est.intercept_)[0])


def label_weights(classifier: Any) -> tuple[Any, Any]:
    """Return ``(W, b)``: one row of feature weights and a bias per label.

    Larger ``W[k] @ x + b[k]`` means label ``k`` is more likely; for a
    calibrated model these are the margins before calibration.
    """
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.naive_bayes import ComplementNB

    clf = classifier.pipeline["classifier"]
    if classifier.multilabel:
        pairs = [_binary_weights(e) for e in clf.model_.estimators_]
        return np.vstack([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    if isinstance(clf, CalibratedClassifierCV):
        clf = clf.calibrated_classifiers_[0].estimator
    if isinstance(clf, ComplementNB):
        w = np.asarray(clf.feature_log_prob_)
        return w - w.mean(axis=0, keepdims=True), np.zeros(w.shape[0])
    coef = np.asarray(clf.coef_)
    intercept = np.ravel(clf.intercept_)
    if coef.shape[0] == 1:  # binary: one row for the second class
        return np.vstack([-coef[0], coef[0]]), np.array([-intercept[0], intercept[0]])
    return coef, intercept


def top_features(classifier: Any, *, n: int = 15) -> dict[str, dict[str, list[tuple[str, float]]]]:
    """Return, per label, the ``n`` terms weighing most for it and most against it.

    Example:
        >>> top_features(load_classifier("models/chu-de"), n=3)["thethao"]  # doctest: +SKIP
        {'positive': [('bóng_đá', 2.1), ...], 'negative': [...]}
    """
    weights, _ = label_weights(classifier)
    names = _term_names(classifier.pipeline)
    out: dict[str, dict[str, list[tuple[str, float]]]] = {}
    for k, label in enumerate(classifier.labels):
        row = weights[k]
        order = np.argsort(row)
        out[label] = {
            "positive": [(names[i], round(float(row[i]), 4)) for i in order[::-1][:n]
                         if row[i] > 0],
            "negative": [(names[i], round(float(row[i]), 4)) for i in order[:n] if row[i] < 0],
        }
    return out


def explain(classifier: Any, text: str, *, label: str | None = None, n: int = 15,
            segmented: str | None = None) -> Explanation:
    """Return the terms of ``text`` that pushed it towards ``label`` (default: the prediction).

    Example:
        >>> explain(clf, "Đội tuyển Việt Nam thắng Thái Lan").terms[0][0]  # doctest: +SKIP
        'đội_tuyển'
    """
    seg = segmented if segmented is not None else segment_texts([text])[0]
    prediction = classifier.predict_segmented([seg])[0]
    chosen = label or prediction.label
    if chosen not in classifier.labels:
        raise InputError(f"label {chosen!r} is not one of the model's labels "
                         f"{classifier.labels}")
    k = classifier.labels.index(chosen)
    weights, intercepts = label_weights(classifier)
    x = classifier.pipeline["features"].transform([seg]).tocsr()
    names = _term_names(classifier.pipeline)
    terms = [(names[i], float(v), float(weights[k, i]), float(v * weights[k, i]))
             for i, v in zip(x.indices, x.data, strict=True)]
    terms.sort(key=lambda t: -abs(t[3]))
    score = float(classifier.scores([seg])[0, k])
    return Explanation(chosen, score, float(intercepts[k]), terms[:n])


@dataclass(frozen=True, slots=True)
class Misclassified:
    """A test document the model got wrong."""

    id: str
    true: tuple[str, ...]
    predicted: tuple[str, ...]
    confidence: float
    terms: list[str]
    text: str


def misclassified(classifier: Any, docs: LabelledDocuments, *, n_terms: int = 8,
                  cache: TextCache | None = None) -> list[Misclassified]:
    """Return the documents of ``docs`` whose predicted labels differ from the true ones.

    Each comes with the model's confidence and the terms that drove the
    (wrong) prediction, most confident mistakes first.
    """
    check_known_labels(docs, classifier.labels, classifier.name)
    segmented = segment_texts(docs.texts, cache=cache)
    predictions = classifier.predict_segmented(segmented, docs.ids)
    out = []
    for i, p in enumerate(predictions):
        if set(p.labels) == set(docs.labels[i]):
            continue
        why = explain(classifier, docs.texts[i], label=p.label, n=n_terms * 2,
                      segmented=segmented[i])
        drivers = [t for t, _v, _w, c in why.terms if c > 0][:n_terms]
        out.append(Misclassified(docs.ids[i], docs.labels[i], p.labels, p.score, drivers,
                                 docs.texts[i]))
    out.sort(key=lambda m: -m.confidence)
    return out


def write_errors(errors: Sequence[Misclassified], path: str | Path) -> Path:
    """Write misclassified documents to ``.csv`` or a self-contained ``.html``; return the path."""
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".html", ".htm"):
        raise InputError(f"{out}: errors are written as .csv or .html, not {suffix!r}")
    with atomic_output(out) as f:
        if suffix == ".csv":
            w = csv.writer(f)
            w.writerow(["id", "true", "predicted", "confidence", "terms", "text"])
            for e in errors:
                w.writerow([e.id, ";".join(e.true), ";".join(e.predicted),
                            f"{e.confidence:.4f}", " ".join(e.terms), e.text[:300]])
        else:
            rows = "".join(
                f"<tr><td>{html.escape(e.id)}</td><td>{html.escape('; '.join(e.true))}</td>"
                f"<td>{html.escape('; '.join(e.predicted))}</td><td>{e.confidence:.3f}</td>"
                f"<td>{html.escape(' '.join(e.terms))}</td>"
                f"<td>{html.escape(e.text[:300])}</td></tr>" for e in errors)
            f.write("<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                    "<title>Misclassified documents</title><style>body{font-family:sans-serif}"
                    "td,th{border-bottom:1px solid #ddd;padding:4px;vertical-align:top}"
                    "</style></head><body>"
                    f"<h1>{len(errors)} misclassified documents</h1><table><tr><th>id</th>"
                    "<th>true</th><th>predicted</th><th>confidence</th><th>driving terms</th>"
                    f"<th>text</th></tr>{rows}</table></body></html>\n")
    return out
