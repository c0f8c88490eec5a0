from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_tool import __version__
from corpus_tool.cli import main


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


ROWS: list[dict[str, object]] = [
    {"id": "1", "title": "Làm theo Bác", "text": "Mô hình “Gần dân, giúp dân” được nhân rộng.",
     "published": "2023-01-05T08:40:31+07:00", "site": "baobinhduong.vn", "topic": "x"},
    {"id": "2", "title": "Hiến máu", "text": "Hơn 200 người hiến máu tình nguyện.",
     "published": "2023-01-20", "site": "baobinhduong.vn", "topic": "y"},
]


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
    for command in ["import", "export", "search", "info", "demo"]:
        assert main([command, "--help"]) == 0
        assert "Usage:" in capsys.readouterr().out


def test_import_search_export_round_trip(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.sqlite")
    assert main(["import", str(_write(tmp_path / "in.jsonl", ROWS)), "--db", db]) == 0
    assert "2 added, 0 duplicates" in capsys.readouterr().out
    assert main(["search", "Gần dân", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1\t2023-01-05T08:40:31+07:00\tLàm theo Bác")
    target = tmp_path / "out.jsonl"
    assert main(["export", "--db", db, "-o", str(target), "--until", "2023-01-10"]) == 0
    records = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["1"]
    assert records[0]["topic"] == "x"


def test_default_db_comes_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORPUS_TOOL_DB", str(tmp_path / "env.sqlite"))
    assert main(["import", str(_write(tmp_path / "in.jsonl", ROWS))]) == 0
    assert (tmp_path / "env.sqlite").exists()


def test_bad_input_is_one_line_on_stderr_with_exit_1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "ok"}\n{"id": 2, "text": \n', encoding="utf-8")
    assert main(["import", str(bad), "--db", str(tmp_path / "c.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("error: ") and "bad.jsonl:2: invalid JSON" in err


def test_skip_mode_reports_rejected_lines(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "ok"}\n{"id": 2, "text": \n', encoding="utf-8")
    assert main(["import", str(bad), "--db", str(tmp_path / "c.sqlite"),
                 "--on-error", "skip"]) == 0
    captured = capsys.readouterr()
    assert "1 added" in captured.out and "1 rejected" in captured.out
    assert "bad.jsonl:2" in captured.err


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert main(["import"]) == 2
    assert main(["export", "--db", str(tmp_path / "c.sqlite")]) == 2
    assert main(["no-such-command"]) == 2


def test_export_on_a_store_that_does_not_exist_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(tmp_path / "absent.sqlite"), "-o",
                 str(tmp_path / "o.jsonl")]) == 1
    assert "no corpus database here" in capsys.readouterr().err


def test_bad_config_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[store]\npaht = 'x'\n", encoding="utf-8")
    assert main(["--config", str(cfg), "info"]) == 1
    assert "unknown setting 'store.paht'" in capsys.readouterr().err


def test_python_dash_m_runs_the_cli_without_traceback(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "corpus_tool", "import", str(tmp_path / "x.csv"),
                           "--db", str(tmp_path / "c.sqlite")], capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"error: {tmp_path / 'x.csv'}: file not found"


def test_verbose_shows_the_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-v", "import", str(tmp_path / "absent.jsonl")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" in err
