"""Classifier pipelines: segmented words and syllables, TF-IDF, a linear model.

Every builder returns a scikit-learn :class:`~sklearn.pipeline.Pipeline`
(raw text in, labels out), so ``cross_val_score``, ``GridSearchCV`` and
``clone`` work on it. The first step is the word segmenter; tools that
segment once up front (cross-validation, training with a cache) replace it
with ``"passthrough"`` and feed already segmented text.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.model_selection import KFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted

from corpus_tool.errors import ConfigError
from corpus_tool.nlp import Segmenter

__all__ = [
    "DEFAULT_MODEL",
    "MODELS",
    "SYLLABLE_PATTERN",
    "WORD_PATTERN",
    "MultiLabelClassifier",
    "TermVectorizer",
    "make_pipeline",
]

# Segmented text is "thành_ủy thủ_dầu_một": a word keeps its underscores,
# a syllable is a run of word characters without them.
WORD_PATTERN = r"(?u)\b\w+\b"
SYLLABLE_PATTERN = r"(?u)[^\W_]+"

MODELS: dict[str, str] = {
    "linear-svm": "word + syllable 1-2-gram TF-IDF, calibrated linear SVM, balanced classes "
                  "(default)",
    "logreg": "word + syllable 1-2-gram TF-IDF, logistic regression, balanced classes",
    "sgd": "word + syllable 1-2-gram TF-IDF, SGD with modified Huber loss, balanced classes",
    "nb": "word + syllable 1-2-gram TF-IDF, complement naive Bayes",
    "syllable-svm": "syllable unigram TF-IDF, plain linear SVM (the usual baseline)",
}
DEFAULT_MODEL = "linear-svm"

# Probability thresholds tried when a multi-label model picks its own.
_THRESHOLDS = tuple(np.round(np.arange(0.10, 0.65, 0.025), 3))


class TermVectorizer(TfidfVectorizer):  # type: ignore[misc]
    """A TfidfVectorizer whose saved state keeps the vocabulary as one array.

    Saved as a dict, a vocabulary of a few hundred thousand n-grams becomes a
    JSON tree of a hundred megabytes in a skops archive; as the terms joined
    by newlines (terms never contain whitespace) it is a few megabytes.
    Otherwise it is exactly a :class:`~sklearn.feature_extraction.text.TfidfVectorizer`.
    """

    def __getstate__(self) -> dict[str, Any]:
        state: dict[str, Any] = dict(super().__getstate__())
        state.pop("stop_words_", None)  # introspection only, and large
        vocabulary = state.pop("vocabulary_", None)
        if vocabulary is not None:
            terms = [""] * len(vocabulary)
            for term, index in vocabulary.items():
                terms[index] = term
            state["vocabulary_terms_"] = np.frombuffer(
                "\n".join(terms).encode("utf-8"), dtype=np.uint8).copy()
            state["vocabulary_size_"] = len(terms)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state = dict(state)
        packed = state.pop("vocabulary_terms_", None)
        size = state.pop("vocabulary_size_", None)
        if packed is not None:
            terms = bytes(np.asarray(packed, dtype=np.uint8)).decode("utf-8").split("\n")
            if size is not None and len(terms) != size:
                raise ValueError(f"vocabulary has {len(terms)} terms, expected {size}")
            state["vocabulary_"] = {term: i for i, term in enumerate(terms)}
        super().__setstate__(state)


def _features(*, syllable_ngrams: tuple[int, int] = (1, 2)) -> FeatureUnion:
    return FeatureUnion([
        ("words", TermVectorizer(token_pattern=WORD_PATTERN, ngram_range=(1, 2),
                                 sublinear_tf=True, min_df=2, lowercase=False,
                                 dtype=np.float32)),
        ("syllables", TermVectorizer(token_pattern=SYLLABLE_PATTERN,
                                     ngram_range=syllable_ngrams, sublinear_tf=True,
                                     min_df=2, lowercase=False, dtype=np.float32)),
    ])


def _classifier(model: str, seed: int, *, multilabel: bool) -> BaseEstimator:
    if model == "linear-svm" and multilabel:
        # MultiLabelClassifier calibrates margins itself from its inner folds.
        return LinearSVC(C=0.5, class_weight="balanced", random_state=seed)
    if model == "linear-svm":
        return CalibratedClassifierCV(
            LinearSVC(C=0.5, class_weight="balanced", random_state=seed),
            method="sigmoid", cv=3, ensemble=False)
    if model == "logreg":
        return LogisticRegression(C=10.0, class_weight="balanced", max_iter=1000,
                                  random_state=seed)
    if model == "sgd":
        return SGDClassifier(loss="modified_huber", alpha=2e-5, class_weight="balanced",
                             random_state=seed)
    if model == "nb":
        return ComplementNB(alpha=0.3)
    if model == "syllable-svm":
        return LinearSVC(random_state=seed)
    raise ConfigError(f"model: {model!r} is not one of {sorted(MODELS)}")


def make_pipeline(
    model: str = DEFAULT_MODEL, *, multilabel: bool = False, seed: int = 0,
    segment: bool = True,
) -> Pipeline:
    """Return an unfitted Pipeline ``segment -> features -> classifier`` for ``model``.

    Args:
        model: one of :data:`MODELS`.
        multilabel: fit on a label indicator matrix (one column per label,
            e.g. from ``MultiLabelBinarizer``) instead of one label per text.
        seed: random state of every randomised step.
        segment: start with the word segmenter (raw text in); ``False`` puts
            ``"passthrough"`` there for text that is already segmented.

    Raises:
        ConfigError: ``model`` is unknown.

    Example:
        >>> pipe = make_pipeline("logreg").fit(
        ...     ["Đội tuyển thắng trận", "Giá vàng tăng mạnh"] * 3, ["thể thao", "kinh tế"] * 3)
        >>> pipe.predict(["Đội tuyển thua trận"])[0]  # doctest: +SKIP
        'thể thao'
    """
    clf = _classifier(model, seed, multilabel=multilabel)
    if multilabel:
        clf = MultiLabelClassifier(clf, random_state=seed)
    if model == "syllable-svm":
        features: Any = TermVectorizer(token_pattern=SYLLABLE_PATTERN, lowercase=False,
                                       dtype=np.float32)
    else:
        features = _features()
    first: Any = Segmenter() if segment else "passthrough"
    return Pipeline([("segment", first), ("features", features), ("classifier", clf)])


class MultiLabelClassifier(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """One binary classifier per label, with a decision threshold picked by cross-validation.

    A one-vs-rest model that cuts at the default threshold (0.5 probability or
    0 margin) is too timid on short texts with several labels: most labels are
    rare, so their scores seldom pass. With ``threshold="auto"`` the threshold
    that gives the best macro-F1 on ``cv`` inner folds of the training data is
    kept. Every text gets at least ``min_labels`` labels (its best scores).
    For estimators without probabilities (a linear SVM), one sigmoid fitted on
    the same out-of-fold margins turns margins into probabilities.

    Args:
        estimator: the binary classifier cloned for each label.
        threshold: ``"auto"`` or a fixed threshold on the score.
        min_labels: labels always given to a text, best first.
        cv: inner folds used to pick the threshold.
        random_state: seed of the inner folds.
    """

    def __init__(self, estimator: Any, *, threshold: float | str = "auto", min_labels: int = 1,
                 cv: int = 3, random_state: int | None = 0) -> None:
        self.estimator = estimator
        self.threshold = threshold
        self.min_labels = min_labels
        self.cv = cv
        self.random_state = random_state

    def fit(self, X: Any, Y: Any) -> MultiLabelClassifier:
        """Fit one classifier per label column of the indicator matrix ``Y``; return self."""
        Y = np.asarray(Y)
        if Y.ndim != 2:
            raise ValueError("MultiLabelClassifier expects a 2-D label indicator matrix")
        if self.threshold != "auto" and not isinstance(self.threshold, int | float):
            raise ValueError(f"threshold: {self.threshold!r} is neither 'auto' nor a number")
        self.sigmoid_ = (1.0, 0.0)
        if self.threshold == "auto" or not _has_proba(self.estimator):
            oof = self._out_of_fold(X, Y)
            if not _has_proba(self.estimator):
                self.sigmoid_ = _fit_sigmoid(oof, Y)
                oof = _sigmoid(oof, self.sigmoid_)
        if self.threshold == "auto":
            self.threshold_ = self._pick_threshold(oof, Y)
        else:
            self.threshold_ = float(self.threshold)
        self.model_ = OneVsRestClassifier(clone(self.estimator)).fit(X, Y)
        self.classes_ = np.arange(Y.shape[1])
        self.n_labels_ = Y.shape[1]
        return self

    def _out_of_fold(self, X: Any, Y: Any) -> Any:
        folds = KFold(self.cv, shuffle=True, random_state=self.random_state)
        scores = np.zeros(Y.shape, dtype=float)
        for train, test in folds.split(Y):
            with warnings.catch_warnings():
                # A rare label may miss from one inner fold; it is scored constant there.
                warnings.filterwarnings("ignore", message="Label .* is present in all training")
                model = OneVsRestClassifier(clone(self.estimator)).fit(_rows(X, train),
                                                                        Y[train])
            scores[test] = _scores(model, _rows(X, test))
        return scores

    def _pick_threshold(self, scores: Any, Y: Any) -> float:
        from sklearn.metrics import f1_score

        def quality(t: float) -> tuple[float, float]:
            # Ties go to the threshold nearest 0.5.
            f1 = f1_score(Y, self._cut(scores, t), average="macro", zero_division=0)
            return float(f1), -abs(t - 0.5)

        return max((float(t) for t in _THRESHOLDS), key=quality)

    def _cut(self, scores: Any, threshold: float) -> Any:
        out = (scores > threshold).astype(int)
        if self.min_labels > 0:
            top = np.argsort(-scores, axis=1)[:, :self.min_labels]
            np.put_along_axis(out, top, 1, axis=1)
        return out

    def decision_scores(self, X: Any) -> Any:
        """Return the per-label probabilities, shape ``(n_texts, n_labels)``."""
        check_is_fitted(self, "model_")
        scores = _scores(self.model_, X)
        return scores if _has_proba(self.estimator) else _sigmoid(scores, self.sigmoid_)

    def predict(self, X: Any) -> Any:
        """Return the label indicator matrix."""
        return self._cut(self.decision_scores(X), self.threshold_)

    def predict_proba(self, X: Any) -> Any:
        """Return the per-label probabilities (they need not sum to one)."""
        return self.decision_scores(X)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.target_tags.multi_output = True
        tags.classifier_tags.multi_label = True
        return tags


def _has_proba(estimator: Any) -> bool:
    if isinstance(estimator, SGDClassifier):
        return estimator.loss in ("log_loss", "modified_huber")
    return hasattr(estimator, "predict_proba")


def _fit_sigmoid(margins: Any, Y: Any) -> tuple[float, float]:
    """Return Platt's ``(a, b)`` so that ``1 / (1 + exp(-(a m + b)))`` fits ``Y``."""
    lr = LogisticRegression(C=1e4).fit(margins.reshape(-1, 1), Y.reshape(-1))
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def _sigmoid(margins: Any, ab: tuple[float, float]) -> Any:
    a, b = ab
    return 1.0 / (1.0 + np.exp(-(a * margins + b)))


def _scores(model: OneVsRestClassifier, X: Any) -> Any:
    if _has_proba(model.estimator):
        return model.predict_proba(X)
    return model.decision_function(X)


def _rows(X: Any, index: Any) -> Any:
    if isinstance(X, list):
        return [X[i] for i in index]
    return X[index]
