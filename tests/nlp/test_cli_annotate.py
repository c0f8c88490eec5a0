"""The ``corpus-tool annotate`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tool.cli import main
from corpus_tool.records import Article
from corpus_tool.store import CorpusStore


def _docs(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "d1", "text": "Tỉnh ủy Bình Dương họp. Ông A phát biểu."}\n'
        '{"id": "d2", "text": "Thuỷ điện Hoà Bình"}\n', encoding="utf-8")
    return path


def test_annotate_file_writes_jsonl_and_reuses_the_cache(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["annotate", str(_docs(tmp_path)), "-o", str(tmp_path / "out.jsonl"),
            "--layers", "words,pos", "--cache", str(tmp_path / "cache.sqlite")]
    assert main(args) == 0
    assert "2 annotated, 0 from cache" in capsys.readouterr().out
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["d1", "d2"]
    assert lines[0]["sentences"][0]["tokens"][0] == {"text": "Tỉnh ủy", "start": 0, "end": 7,
                                                     "pos": "N"}
    assert main(args) == 0
    assert "0 annotated, 2 from cache" in capsys.readouterr().out


def test_annotate_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "corpus.sqlite"
    with CorpusStore(db) as store:
        store.add_articles([Article(id="a1", title="Thành ủy họp", body="Gần dân, giúp dân.")])
    assert main(["annotate", "--db", str(db), "--layers", "ner"]) == 0
    assert "1 annotated" in capsys.readouterr().out
    with CorpusStore(db) as store:
        (version,) = store.annotation_versions("nlp")
        assert "words,ner" in version


@pytest.mark.parametrize(("args", "message"), [
    (["annotate", "x.jsonl"], "INPUT needs -o"),
    (["annotate", "--db", "c.sqlite", "-o", "o.jsonl"], "-o/--output needs an INPUT"),
    (["annotate", "in.jsonl", "-o", "o.jsonl", "--layers", "words,dep"], "'dep'"),
    (["annotate", "in.jsonl", "-o", "o.jsonl", "--workers", "0"], "--workers"),
])
def test_usage_errors_exit_2(args: list[str], message: str,
                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_missing_input_is_one_line_error(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["annotate", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl"),
                 "--no-cache"])
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "file not found" in err[0]
