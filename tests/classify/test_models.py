from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, KFold, cross_val_score
from sklearn.preprocessing import MultiLabelBinarizer

from corpus_tool.classify import MODELS, make_pipeline
from corpus_tool.nlp import segment_texts

from .conftest import make_docs, make_multilabel_docs


@pytest.fixture(scope="module")
def data() -> tuple[list[str], list[str]]:
    docs = make_docs()
    return segment_texts([d["text"] for d in docs]), [d["topic"] for d in docs]


@pytest.mark.parametrize("model", sorted(MODELS))
def test_every_model_learns_the_topics(model: str, data: tuple[list[str], list[str]]) -> None:
    X, y = data
    scores = cross_val_score(make_pipeline(model, segment=False), X, y, cv=3)
    assert scores.mean() >= 0.9


def test_pipeline_clones_and_tunes_with_grid_search(data: tuple[list[str], list[str]]) -> None:
    X, y = data
    pipe = make_pipeline("logreg", segment=False, seed=3)
    assert clone(pipe).get_params()["classifier__random_state"] == 3
    grid = GridSearchCV(pipe, {"classifier__C": [0.1, 10.0]}, cv=3).fit(X, y)
    assert grid.best_params_["classifier__C"] in (0.1, 10.0)


def test_pipeline_segments_raw_text() -> None:
    docs = make_docs()
    pipe = make_pipeline("linear-svm").fit([d["text"] for d in docs], [d["topic"] for d in docs])
    assert pipe.predict(["Bác sĩ điều trị bệnh nhân tại bệnh viện"])[0] == "yte"


def test_same_seed_gives_the_same_model(data: tuple[list[str], list[str]]) -> None:
    X, y = data
    a = make_pipeline("sgd", segment=False, seed=7).fit(X, y)
    b = make_pipeline("sgd", segment=False, seed=7).fit(X, y)
    assert np.array_equal(a["classifier"].coef_, b["classifier"].coef_)


def test_multilabel_model_gives_every_text_a_label_and_finds_pairs() -> None:
    docs = make_multilabel_docs()
    X = segment_texts([d["text"] for d in docs])
    mlb = MultiLabelBinarizer()
    Y = mlb.fit_transform([d["topic"] for d in docs])
    pipe = make_pipeline("linear-svm", multilabel=True, segment=False).fit(X, Y)
    predicted = pipe.predict(X)
    assert predicted.sum(axis=1).min() >= 1
    assert (predicted == Y).all(axis=1).mean() >= 0.8
    clf = pipe["classifier"]
    assert 0.1 <= clf.threshold_ <= 0.65
    proba = pipe.predict_proba(X)
    assert proba.shape == Y.shape and ((proba >= 0) & (proba <= 1)).all()
    folds = KFold(3, shuffle=True, random_state=0)  # the documents are sorted by topic
    assert cross_val_score(clone(pipe), X, Y, cv=folds, scoring="f1_macro").mean() > 0.7
