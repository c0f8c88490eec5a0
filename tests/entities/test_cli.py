"""corpus-tool entities / people / initiatives / organizations, including bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from corpus_tool.cli import main
from corpus_tool.entities import EXTRACTOR_VERSION
from corpus_tool.store import CorpusStore

GOOD = {"id": "a1", "text": "Ông Lê Thanh Long, Trưởng ban Tuyên giáo Thành ủy Thủ Dầu Một, "
        "giới thiệu mô hình “Gần dân, giúp dân” và thủ tục hành chính (TTHC)."}


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_file_run_writes_one_line_per_record_in_the_issue_format(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(GOOD, ensure_ascii=False)])
    out = tmp_path / "out.jsonl"
    assert main(["-q", "entities", str(src), "-o", str(out)]) == 0
    line = json.loads(out.read_text("utf-8"))
    assert list(line) == ["id", "people", "initiatives", "organizations", "locations",
                          "acronyms"]
    assert line["people"] == [{"name": "Lê Thanh Long", "honorific": "Ông",
                               "title": "Trưởng ban Tuyên giáo",
                               "organization": "Thành ủy Thủ Dầu Một", "start": 4, "end": 17}]
    assert [i["name"] for i in line["initiatives"]] == ["Gần dân, giúp dân"]
    assert {"short": "TTHC", "long": "thủ tục hành chính"} == {
        k: line["acronyms"][0][k] for k in ("short", "long")}


BAD_LINES = [
    ('{"text": "Ông Lê Văn A nói."}', "field 'id': missing"),
    ('{"id": "x"}', "field 'text': missing"),
    ('{"id": "x", "text": 5}', "field 'text': expected a string, got int"),
    ('{"id": "x", "text": "   "}', "field 'text': empty text"),
    ('{"id": "x", "text": "Ông Lê', "invalid JSON"),
]


@pytest.mark.parametrize(("bad", "message"), BAD_LINES)
def test_bad_line_fails_naming_the_line_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, message: str) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(GOOD, ensure_ascii=False), bad])
    out = tmp_path / "out.jsonl"
    assert main(["-q", "entities", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "in.jsonl:2: " in err[0] and message in err[0]
    assert not out.exists()
    assert not list(tmp_path.glob(".out.jsonl.*"))


@pytest.mark.parametrize(("bad", "message"), BAD_LINES)
def test_bad_line_is_skipped_and_reported_with_on_error_skip(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, message: str) -> None:
    src = _write(tmp_path / "in.jsonl", [bad, json.dumps(GOOD, ensure_ascii=False)])
    out = tmp_path / "out.jsonl"
    assert main(["-q", "entities", str(src), "-o", str(out), "--on-error", "skip"]) == 0
    assert "in.jsonl:1: " in capsys.readouterr().err
    assert [json.loads(x)["id"] for x in out.read_text("utf-8").splitlines()] == ["a1"]


def test_huge_text_is_refused_with_its_size(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "small.toml"
    config.write_text("[entities]\nmax_chars = 50\n", encoding="utf-8")
    src = _write(tmp_path / "in.jsonl", [json.dumps(GOOD, ensure_ascii=False)])
    out = tmp_path / "out.jsonl"
    assert main(["-q", "--config", str(config), "entities", str(src), "-o", str(out)]) == 1
    assert "longer than the limit 50" in capsys.readouterr().err
    assert not out.exists()


def test_previous_output_survives_a_failed_run(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    src = _write(tmp_path / "in.jsonl", [json.dumps(GOOD, ensure_ascii=False), "{oops"])
    assert main(["-q", "entities", str(src), "-o", str(out)]) == 1
    assert out.read_text("utf-8") == "previous\n"


def test_file_and_db_together_or_neither_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["-q", "entities"]) == 2
    assert main(["-q", "entities", "x.jsonl"]) == 2


def _corpus(tmp_path: Path) -> Path:
    rows = [
        {"id": "a1", "title": "Nhân rộng mô hình", "published": "2023-01-05",
         "site": "baobinhduong.vn", "text": GOOD["text"]},
        {"id": "a2", "title": "Cải cách hành chính", "published": "2023-02-10",
         "site": "baobinhduong.vn",
         "text": "Ông Lê Thanh Long, Bí thư Thành ủy Thủ Dầu Một, nhắc lại mô hình "
                 "\"Gần dân,giúp dân\". Ông Long cho biết sẽ nhân rộng."},
    ]
    src = tmp_path / "articles.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                   encoding="utf-8")
    db = tmp_path / "corpus.sqlite"
    assert main(["-q", "import", str(src), "--db", str(db)]) == 0
    return db


def test_db_run_annotates_each_article_once_per_version(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    db = _corpus(tmp_path)
    assert main(["entities", "--db", str(db)]) == 0
    assert "2 articles annotated, 0 already done" in capsys.readouterr().out
    assert main(["entities", "--db", str(db)]) == 0
    assert "0 articles annotated, 2 already done" in capsys.readouterr().out
    with CorpusStore(db, create=False) as store:
        data = store.annotations("entities", EXTRACTOR_VERSION)
    assert set(data) == {"a1", "a2"}
    assert data["a2"]["people"][0]["title"] == "Bí thư"


def test_people_table_lists_every_title_with_its_dates_most_mentioned_first(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _corpus(tmp_path)
    assert main(["-q", "entities", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["people", "--db", str(db), "--format", "json"]) == 0
    people = json.loads(capsys.readouterr().out)
    long = people[0]
    assert long["name"] == "Lê Thanh Long" and long["mentions"] == 3
    assert long["aliases"] == ["Long"]
    assert [(t["title"], t["first_seen"]) for t in long["titles"]] == [
        ("Trưởng ban Tuyên giáo", "2023-01-05"), ("Bí thư", "2023-02-10")]


def test_initiatives_table_merges_spelling_variants(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _corpus(tmp_path)
    assert main(["-q", "entities", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["initiatives", "--db", str(db), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["name"] == "Gần dân, giúp dân"
    assert (rows[0]["mentions"], rows[0]["articles"], rows[0]["variants"]) == ("2", "2", "2")
    assert rows[0]["first_seen"] == "2023-01-05" and rows[0]["last_seen"] == "2023-02-10"


def test_organizations_table_is_written_to_a_file(tmp_path: Path) -> None:
    db = _corpus(tmp_path)
    assert main(["-q", "entities", "--db", str(db)]) == 0
    out = tmp_path / "orgs.csv"
    assert main(["-q", "organizations", "--db", str(db), "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert rows[0]["name"] == "Thành ủy Thủ Dầu Một" and rows[0]["mentions"] == "2"


def test_tables_before_any_extraction_say_what_to_run(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _corpus(tmp_path)
    assert main(["-q", "people", "--db", str(db)]) == 1
    assert "run 'corpus-tool entities --db" in capsys.readouterr().err


def _failing_on(monkeypatch: pytest.MonkeyPatch, marker: str) -> None:
    """Make the extractor fail on texts holding ``marker``, as an extractor bug would."""
    import corpus_tool.entities._run as run

    real = run.extract_entities

    def extract(text: str, **kwargs: object) -> object:
        if marker in text:
            raise IndexError("list index out of range")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "extract_entities", extract)


def test_a_text_the_extractor_fails_on_is_a_fault_of_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _failing_on(monkeypatch, "Nhân rộng")
    bad = json.dumps({"id": "b", "text": "Nhân rộng mô hình."}, ensure_ascii=False)
    src = _write(tmp_path / "in.jsonl", [json.dumps(GOOD, ensure_ascii=False), bad])
    out = tmp_path / "out.jsonl"
    assert main(["-q", "entities", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["error: " + str(tmp_path / "in.jsonl") + ":2: entity extraction failed: "
                   "IndexError: list index out of range"]
    assert not out.exists()
    assert main(["-q", "entities", str(src), "-o", str(out), "--on-error", "skip"]) == 0
    assert "in.jsonl:2: entity extraction failed" in capsys.readouterr().err
    assert [json.loads(x)["id"] for x in out.read_text("utf-8").splitlines()] == ["a1"]


def test_an_article_the_extractor_fails_on_keeps_the_others(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = _corpus(tmp_path)
    _failing_on(monkeypatch, "Bí thư Thành ủy")  # article a2
    assert main(["-q", "entities", "--db", str(db)]) == 1
    assert "article 'a2': entity extraction failed: IndexError" in capsys.readouterr().err
    with CorpusStore(db, create=False) as store:
        assert set(store.annotations("entities", EXTRACTOR_VERSION)) == {"a1"}
    assert main(["entities", "--db", str(db), "--on-error", "skip"]) == 0
    captured = capsys.readouterr()
    assert "skipped article 'a2': entity extraction failed" in captured.err
    assert "0 articles annotated, 1 already done, 1 failed" in captured.out
    monkeypatch.undo()
    assert main(["entities", "--db", str(db)]) == 0
    assert "1 articles annotated, 1 already done" in capsys.readouterr().out
