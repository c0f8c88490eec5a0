from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.classify import (
    evaluate,
    load_classifier,
    misclassified,
    read_labelled,
    top_features,
    write_errors,
    write_heatmap,
)
from corpus_tool.errors import InputError

from .conftest import make_docs, write_jsonl


def test_heatmap_svg_and_refused_png(trained_model: Path, tmp_path: Path) -> None:
    clf = load_classifier(trained_model)
    report = evaluate(clf, read_labelled(write_jsonl(tmp_path / "t.jsonl", make_docs(3)),
                                         "topic"))
    svg = write_heatmap(report, tmp_path / "cm.svg").read_text("utf-8")
    assert svg.startswith("<svg") and svg.count("<rect") == 9
    with pytest.raises(InputError, match=r"cm.png: --plot writes .html or .svg"):
        write_heatmap(report, tmp_path / "cm.png")


def test_errors_html_escapes_and_lists_mistakes(trained_model: Path, tmp_path: Path) -> None:
    clf = load_classifier(trained_model)
    docs = make_docs(2)
    docs[0]["topic"] = "yte"
    docs[0]["text"] += " <b>x</b>"
    errors = misclassified(clf, read_labelled(write_jsonl(tmp_path / "t.jsonl", docs), "topic"))
    assert [e.id for e in errors] == ["thethao-0"]
    assert errors[0].predicted == ("thethao",) and errors[0].terms
    page = write_errors(errors, tmp_path / "errors.html").read_text("utf-8")
    assert "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x</b>" not in page


def test_top_features_are_topic_words(trained_model: Path) -> None:
    features = top_features(load_classifier(trained_model), n=10)
    assert set(features) == {"kinhte", "thethao", "yte"}
    sport = [t for t, _w in features["thethao"]["positive"]]
    assert {"đội_tuyển", "cầu_thủ", "trận"} & set(sport)
    assert all(w < 0 for _t, w in features["thethao"]["negative"])
