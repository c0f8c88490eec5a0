from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tool.cli import main
from corpus_tool.store import CorpusStore

from .conftest import make_docs, write_jsonl


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_train_evaluate_predict_inspect(tmp_path: Path, train_file: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    model = tmp_path / "models" / "chu-de"
    model.parent.mkdir()
    cache = str(tmp_path / "seg.sqlite")
    code, out, err = _run(capsys, "train", str(train_file), "--label", "topic", "--seed", "1",
                          "-o", str(model), "--segment-cache", cache)
    assert code == 0, err
    assert "trained linear-svm on 36 documents, 3 labels" in out
    meta = json.loads((model / "metadata.json").read_text("utf-8"))
    assert meta["seed"] == 1 and meta["metrics"]["cv_folds"] == 3
    assert meta["metrics"]["macro_f1"] > 0.8

    test = write_jsonl(tmp_path / "test.jsonl", make_docs(5))
    plot = tmp_path / "cm.html"
    code, out, err = _run(capsys, "evaluate", str(model), str(test), "--json", "--plot",
                          str(plot), "--segment-cache", cache)
    assert code == 0, err
    report = json.loads(out)
    assert {"accuracy", "macro_f1", "weighted_f1", "per_class", "confusion_matrix"} <= set(report)
    assert report["labels"] == ["kinhte", "thethao", "yte"]
    assert sum(map(sum, report["confusion_matrix"])) == 15
    assert report["accuracy"] >= 0.8
    page = plot.read_text("utf-8")
    assert "<svg" in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in page and "<script" not in page

    out_file = tmp_path / "pred.jsonl"
    code, out, err = _run(capsys, "predict", str(model), str(test), "-o", str(out_file))
    assert code == 0, err
    rows = [json.loads(line) for line in out_file.read_text("utf-8").splitlines()]
    assert len(rows) == 15 and set(rows[0]) == {"id", "label", "score"}
    assert sum(r["label"] == r["id"].split("-")[0] for r in rows) >= 12

    code, out, err = _run(capsys, "inspect", str(model), "-n", "5")
    assert code == 0, err
    assert "yte" in out and "+ " in out
    code, out, err = _run(capsys, "inspect", str(model), "--text",
                          "Bác sĩ điều trị cho bệnh nhân tại bệnh viện", "--json")
    assert code == 0, err
    why = json.loads(out)
    assert why["label"] == "yte"
    assert any(t["term"] in ("bác_sĩ", "bệnh_nhân", "bệnh_viện") for t in why["terms"][:5])

    errors = tmp_path / "errors.csv"
    wrong = make_docs(2)
    wrong[0]["topic"] = "yte"  # a sports text labelled as health: must be listed
    code, out, err = _run(capsys, "inspect", str(model), "--errors",
                          str(write_jsonl(tmp_path / "wrong.jsonl", wrong)), "-o", str(errors))
    assert code == 0, err
    lines = errors.read_text("utf-8").splitlines()
    assert lines[0].startswith("id,true,predicted,confidence,terms")
    assert any(line.startswith("thethao-0,yte,thethao,") for line in lines[1:])


def test_multilabel_train_and_predict(tmp_path: Path, multilabel_file: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    model = tmp_path / "multi"
    code, out, err = _run(capsys, "train", str(multilabel_file), "--label", "topic", "--cv", "0",
                          "-o", str(model))
    assert code == 0, err
    assert "(multi-label)" in out
    out_file = tmp_path / "pred.jsonl"
    code, _out, err = _run(capsys, "predict", str(model), str(multilabel_file), "-o",
                           str(out_file))
    assert code == 0, err
    first = json.loads(out_file.read_text("utf-8").splitlines()[0])
    assert set(first) == {"id", "labels", "scores"}
    assert "thethao" in first["labels"]
    code, out, err = _run(capsys, "cv", str(multilabel_file), "--label", "topic", "--folds", "3",
                          "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["multilabel"] is True
    assert len(report["confusion_matrix"]) == 3 and len(report["confusion_matrix"][0]) == 2


def test_cv_text_report(train_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "cv", str(train_file), "--label", "topic", "--folds", "3",
                          "--model", "nb")
    assert code == 0, err
    assert "macro F1:" in out and "confusion matrix" in out


def test_train_and_predict_on_a_store(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from corpus_tool.records import Article

    db = tmp_path / "corpus.sqlite"
    with CorpusStore(db) as store:
        store.add_articles(Article(id=d["id"], title=d["text"].split(".")[0],
                                   body=d["text"], section=d["topic"],
                                   extra={"chu_de": d["topic"].upper()})
                           for d in make_docs())
    model = tmp_path / "by-section"
    code, out, err = _run(capsys, "train", "--db", str(db), "--label", "section", "--cv", "0",
                          "-o", str(model))
    assert code == 0, err
    # The corpus keeps the segmented texts: a second run reads them back.
    import sqlite3

    with sqlite3.connect(db) as conn:
        cached = conn.execute("SELECT count(*) FROM text_cache WHERE kind = 'segments'").fetchone()
    assert cached[0] == 36
    code, out, err = _run(capsys, "predict", str(model), "--db", str(db))
    assert code == 0, err
    assert "stored 36 predictions" in out
    with CorpusStore(db) as store:
        stored = store.annotations("prediction", "by-section")
    assert stored["yte-3"]["label"] == "yte" and 0 < stored["yte-3"]["score"] <= 1
    code, out, err = _run(capsys, "inspect", str(model), "--doc", "thethao-2", "--db", str(db))
    assert code == 0, err
    assert out.startswith("predicted: thethao")
    code, out, err = _run(capsys, "cv", "--db", str(db), "--label", "chu_de", "--folds", "3")
    assert code == 0, err
    with CorpusStore(db) as store:
        assert store.result("classifier-cv")["labels"] == ["KINHTE", "THETHAO", "YTE"]


def test_bad_inputs_give_one_line_errors(tmp_path: Path, train_file: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "train", str(train_file), "--label", "nhan", "-o",
                           str(tmp_path / "m"))
    assert code == 1
    assert err.strip().count("\n") == 0 and "field 'nhan': missing" in err

    code, _out, err = _run(capsys, "evaluate", str(tmp_path / "nowhere"), str(train_file))
    assert code == 1 and "model folder not found" in err


def test_labels_unseen_at_evaluation_are_an_error(trained_model: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    docs = make_docs(2)
    docs[0]["topic"] = "giaoduc"
    test = write_jsonl(tmp_path / "test.jsonl", docs)
    code, _out, err = _run(capsys, "evaluate", str(trained_model), str(test))
    assert code == 1
    assert "label(s) 'giaoduc' (1 docs) of field 'topic' were not in the training data" in err
    assert err.strip().count("\n") == 0


def test_csv_with_another_text_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = ["id|noi_dung|chu_de"] + [f"{d['id']}|{d['text']}|{d['topic']}" for d in make_docs()]
    path = tmp_path / "tin.csv"
    path.write_text("\n".join(rows) + "\n", "utf-8")
    code, out, err = _run(capsys, "cv", str(path), "--label", "chu_de", "--text-field",
                          "noi_dung", "--folds", "3", "--json")
    assert code == 0, err
    assert '"accuracy"' in out
    code, _out, err = _run(capsys, "cv", str(path), "--label", "chu_de", "--folds", "3")
    assert code == 1 and "no column 'text'" in err
