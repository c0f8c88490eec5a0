from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from corpus_tool.errors import InputError, RecordError
from corpus_tool.store import CorpusStore, export, import_file

ROWS = [
    {"id": "1", "url": "https://baobinhduong.vn/a-a1.html", "title": "Làm theo Bác",
     "text": "Thành ủy Thủ Dầu Một nhân rộng mô hình “Gần dân, giúp dân”.",
     "published": "2023-01-05T08:40:31+07:00", "section": "Chính trị",
     "site": "baobinhduong.vn", "label": "Chính trị"},
    {"id": "2", "url": "https://baobinhduong.vn/b-a2.html", "title": "Hiến máu",
     "text": "Hơn 200 người đăng ký tham gia hiến máu tình nguyện.",
     "published": "2023-01-06", "section": "Xã hội", "site": "baobinhduong.vn",
     "label": "Xã hội"},
]


def _jsonl(path: Path, rows: list[dict[str, object]] | list[str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_jsonl_keeps_extra_columns_and_normalises_to_nfc(
        store: CorpusStore, tmp_path: Path) -> None:
    rows = [dict(ROWS[0], title=unicodedata.normalize("NFD", "Làm theo Bác")), ROWS[1]]
    report = import_file(store, _jsonl(tmp_path / "in.jsonl", rows))
    assert (report.read, report.added, report.duplicates) == (2, 2, 0)
    article = store.get_article("1")
    assert article is not None
    assert article.title == "Làm theo Bác"
    assert article.extra == {"label": "Chính trị"}
    assert article.published is not None
    assert article.published.isoformat() == "2023-01-05T08:40:31+07:00"


def test_date_without_offset_is_taken_in_vietnam_time(store: CorpusStore, tmp_path: Path) -> None:
    import_file(store, _jsonl(tmp_path / "in.jsonl", ROWS))
    article = store.get_article("2")
    assert article is not None and article.published is not None
    assert article.published.isoformat() == "2023-01-06T00:00:00+07:00"


def test_import_csv_with_semicolons(store: CorpusStore, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("id;title;body;label\n7;Tiêu đề;Nội dung bài báo;Kinh tế\n", encoding="utf-8")
    report = import_file(store, path)
    assert report.added == 1
    assert store.get_article("7").extra == {"label": "Kinh tế"}  # type: ignore[union-attr]


def test_csv_without_text_column_is_rejected(store: CorpusStore, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("id,title,label\n1,Tiêu đề,x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"no text column \(need 'text' or 'body'"):
        import_file(store, path)


def test_missing_and_empty_files_are_rejected(store: CorpusStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        import_file(store, tmp_path / "absent.jsonl")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    with pytest.raises(InputError, match="file is empty"):
        import_file(store, tmp_path / "empty.jsonl")


def test_broken_line_fails_whole_import_by_default(store: CorpusStore, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [json.dumps(ROWS[0]), '{"id": "x", "text": ',
                                          json.dumps(ROWS[1])])
    with pytest.raises(RecordError, match=r"in\.jsonl:2: invalid JSON"):
        import_file(store, path)
    assert store.count() == 0


def test_broken_line_is_reported_and_skipped_with_on_error_skip(
        store: CorpusStore, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [json.dumps(ROWS[0]), '{"id": "x", "text": ',
                                          json.dumps(ROWS[1])])
    report = import_file(store, path, on_error="skip")
    assert report.added == 2
    assert [(e.line, "invalid JSON" in str(e)) for e in report.errors] == [(2, True)]


def test_bad_field_names_file_line_and_field(store: CorpusStore, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [ROWS[0], dict(ROWS[1], published="hôm qua")])
    expected = r"in\.jsonl:2: field 'published': 'hôm qua' is not a date"
    with pytest.raises(RecordError, match=expected):
        import_file(store, path)


def test_existing_articles_are_untouched_by_a_failed_import(
        store: CorpusStore, tmp_path: Path) -> None:
    import_file(store, _jsonl(tmp_path / "first.jsonl", [ROWS[0]]))
    bad = _jsonl(tmp_path / "second.jsonl", [dict(ROWS[1], id="new"), '{"id": 3}'])
    with pytest.raises(RecordError, match="field 'text'"):
        import_file(store, bad)
    assert store.count() == 1
    assert store.get_article("1").title == "Làm theo Bác"  # type: ignore[union-attr]


def test_duplicate_ids_and_urls_are_deduplicated_and_counted(
        store: CorpusStore, tmp_path: Path) -> None:
    rows = [ROWS[0], ROWS[0], dict(ROWS[1], id="9", url=ROWS[0]["url"]), ROWS[1]]
    report = import_file(store, _jsonl(tmp_path / "in.jsonl", rows))
    assert (report.added, report.duplicates) == (2, 2)


def test_non_utf8_input_names_the_encoding_problem(store: CorpusStore, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(json.dumps(ROWS[0], ensure_ascii=False).encode("utf-8") + b"\n"
                     + '{"id": "2", "text": "Cà Mau"}'.encode("cp1258") + b"\n")
    with pytest.raises(InputError, match=r"in\.jsonl:2: not valid UTF-8 \(byte 0x"):
        import_file(store, path)
    assert store.count() == 0


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_round_trip_keeps_fields_lists_and_offsets(
        store: CorpusStore, tmp_path: Path, fmt: str) -> None:
    import_file(store, _jsonl(tmp_path / "in.jsonl", ROWS))
    out = tmp_path / f"out.{fmt}"
    assert export(store, out) == 2
    if fmt == "jsonl":
        records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        frame = pd.DataFrame(records)
    elif fmt == "csv":
        frame = pd.read_csv(out, dtype=str)
        frame["authors"] = frame["authors"].map(json.loads)
    else:
        frame = pd.read_parquet(out)
    assert list(frame.columns) == ["id", "url", "site", "section", "title", "sapo", "body",
                                   "published", "authors", "captions", "label"]
    first = frame.iloc[0]
    assert first["published"] == "2023-01-05T08:40:31+07:00"
    assert list(first["authors"]) == []
    assert first["label"] == "Chính trị"


def test_to_frame_matches_export_columns(store: CorpusStore, tmp_path: Path) -> None:
    import_file(store, _jsonl(tmp_path / "in.jsonl", ROWS))
    frame = store.to_frame()
    assert frame.shape == (2, 11)
    assert frame.loc[0, "title"] == "Làm theo Bác"


def test_export_to_a_missing_folder_fails_without_partial_file(
        store: CorpusStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        export(store, tmp_path / "nope" / "out.jsonl")


def test_export_rejects_unknown_format(store: CorpusStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="format 'xlsx' is not one of"):
        export(store, tmp_path / "out.xlsx")
