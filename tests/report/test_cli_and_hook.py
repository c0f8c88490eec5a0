from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool import CorpusStore
from corpus_tool.cli import main
from corpus_tool.report import AnalysisStep, analysis_status, ensure_analyses, write_report
from tests.report.conftest import fill


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "corpus.sqlite"
    with CorpusStore(path) as store:
        fill(store, themes=False)
    return str(path)


def test_report_command_writes_the_file_and_names_missing_analyses(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["report", "--db", db, "-o", str(out), "--lang", "en",
                 "--since", "2023-01-01", "--until", "2023-01-31",
                 "--site", "baobinhduong.vn", "--only-stored"]) == 0
    stdout = capsys.readouterr().out
    assert f"wrote {out}: 2 articles" in stdout
    assert "not in the store, so not in the report: themes" in stdout
    assert '<html lang="en">' in out.read_text("utf-8")


@pytest.mark.parametrize(("args", "message"), [
    (["--site", "vnexpress.net"], "error: --site 'vnexpress.net' is not a site"),
    (["--since", "2023-03-01", "--until", "2023-01-01"], "the period is empty"),
    (["-o", "no/such/folder/r.html"], "folder no/such/folder does not exist"),
])
def test_report_command_bad_input_is_one_line_and_exit_1(
        db: str, args: list[str], message: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--db", db, *args]) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error")]
    assert len(err) == 1 and message in err[0]


def test_report_command_usage_errors_exit_2(db: str) -> None:
    assert main(["report", "--db", db, "--lang", "fr"]) == 2
    assert main(["report", "--db", db, "--since", "yesterday-ish"]) == 2


def test_report_command_needs_an_existing_store(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--db", str(tmp_path / "none.sqlite")]) == 1
    assert "none.sqlite" in capsys.readouterr().err


def test_ensure_analyses_runs_only_what_is_missing(db: str) -> None:
    calls: list[str] = []

    def run_themes(store: CorpusStore, progress: object) -> None:
        calls.append("themes")
        store.put_result("themes", "v-test", {"k": 0, "themes": [], "outliers": 0})

    def run_entities(store: CorpusStore, progress: object) -> None:
        calls.append("entities")

    steps = (AnalysisStep("entities", annotation="entities", result=None, run=run_entities),
             AnalysisStep("themes", annotation=None, result="themes", run=run_themes))
    lines: list[str] = []
    with CorpusStore(db) as store:
        assert [s.present for s in analysis_status(store, steps)] == [True, False]
        done = ensure_analyses(store, lines.append, steps=steps)
        assert [(s.name, s.present, s.ran) for s in done] == [
            ("entities", True, False), ("themes", True, True)]
        assert calls == ["themes"] and lines == ["running themes"]
        assert ensure_analyses(store, steps=steps)[1].ran is False
        assert calls == ["themes"]


def test_default_hook_runs_the_missing_analyses_and_keeps_the_rest(
        db: str, tmp_path: Path) -> None:
    with CorpusStore(db) as store:
        entities_before = store.annotations("entities")
        status = ensure_analyses(store)
        assert [(s.name, s.present, s.ran) for s in status] == [
            ("entities", True, False), ("themes", True, True)]
        assert store.annotations("entities") == entities_before
        summary = store.result("themes")
        assert summary is not None and summary["documents"] == store.count()
        written = write_report(store, tmp_path / "r.html")
    assert written.missing == []


def test_report_of_a_store_filled_only_by_import(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import json

    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "n1", "text": "Bình Dương khởi công cầu Bạch Đằng 2\nSáng nay, UBND tỉnh..."},
        {"id": "n2", "text": "Thủ Dầu Một ra mắt mô hình dân vận khéo\nThành ủy Thủ Dầu Một..."},
    ]) + "\n", "utf-8")
    db, out = tmp_path / "c.sqlite", tmp_path / "r.html"
    assert main(["import", str(source), "--db", str(db), "--title-from-first-line"]) == 0
    assert main(["report", "--db", str(db), "-o", str(out)]) == 0
    assert f"wrote {out}: 2 articles" in capsys.readouterr().out
    page = out.read_text("utf-8")
    assert "Bình Dương khởi công cầu Bạch Đằng 2" in page
    assert '"undated": 2' in page
