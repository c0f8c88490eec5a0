from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from corpus_tool.cli import main
from corpus_tool.errors import RecordError
from corpus_tool.records import Article
from corpus_tool.store import CorpusStore
from corpus_tool.themes import (
    ThemeDocument,
    assign_themes,
    fit_themes,
    load_model,
    read_theme_documents,
    store_themes,
)
from tests.themes.conftest import make_corpus

TZ = timezone(timedelta(hours=7))


def documents(per_topic: int = 20) -> list[ThemeDocument]:
    texts, labels = make_corpus(per_topic)
    start = datetime(2023, 1, 2, 8, 0, tzinfo=TZ)
    return [ThemeDocument(id=f"a{i}", text=text, title=f"Bài {i} về {label}",
                          published=start + timedelta(days=3 * i),
                          site="baobinhduong.vn" if i % 3 else "binhduong.gov.vn")
            for i, (text, label) in enumerate(zip(texts, labels, strict=True))]


def write_jsonl(path: Path, docs: list[ThemeDocument], *, raw: bool = True) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for d in docs:
            text = d.text.replace("_", " ") if raw else d.text
            row = {"id": d.id, "text": text, "title": d.title, "site": d.site,
                   "published": d.published.isoformat() if d.published else None}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def test_summary_counts_by_week_month_and_site() -> None:
    docs = documents()
    run = fit_themes(docs, n_themes=3, segment=False)
    summary = run.summary
    assert summary["k"] == 3 and summary["documents"] == len(docs)
    themes = summary["themes"]
    assert sum(t["size"] for t in themes) + summary["outliers"] == len(docs)
    for theme in themes:
        assert sum(theme["by_month"].values()) == theme["size"]
        assert sum(theme["by_week"].values()) == theme["size"]
        assert sum(theme["by_site"].values()) == theme["size"]
        assert all(len(w) == 8 and w[4:6] == "-W" for w in theme["by_week"])
        assert theme["label"] == " · ".join(theme["top_terms"][:3])
        assert theme["name"] is None
        assert 1 <= len(theme["representatives"]) <= 5
    first = themes[0]["representatives"][0]
    assert first["title"].startswith("Bài ")
    assert "2023-01" in {m for t in themes for m in t["by_month"]}


def test_rows_give_one_line_per_document_with_outlier_flags() -> None:
    docs = documents()
    extra = ThemeDocument(id="x", text="thời_tiết mưa_rào gió_mùa")
    run = fit_themes([*docs, extra], n_themes=3, segment=False)
    rows = list(run.rows())
    assert [r["id"] for r in rows] == [d.id for d in docs] + ["x"]
    assert rows[-1]["outlier"] is True
    assert set(rows[0]) == {"id", "theme", "score", "outlier"}
    assert dict(run.annotations())["a0"] == {k: rows[0][k] for k in ("theme", "score",
                                                                       "outlier")}


def test_assign_uses_the_model_themes_without_refitting() -> None:
    run = fit_themes(documents(), n_themes=3, segment=False)
    later = assign_themes(run.model, documents()[:6])
    assert [r["theme"] for r in later.rows()] == [r["theme"] for r in run.rows()][:6]
    assert later.summary["model_id"] == run.summary["model_id"]


def test_reading_documents_filters_and_checks_dates(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", documents(2))
    docs = read_theme_documents(path, since=datetime(2023, 1, 5, tzinfo=TZ),
                                sites=["baobinhduong.vn"])
    assert [d.id for d in docs] == ["a1", "a2", "a4", "a5"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "x", "published": "hôm qua"}\n', "utf-8")
    with pytest.raises(RecordError, match=r"bad.jsonl:1: field 'published'"):
        read_theme_documents(bad)


@pytest.mark.slow
def test_cli_fits_saves_assigns_and_renames(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents())
    out, summary, model = tmp_path / "out.jsonl", tmp_path / "themes.json", tmp_path / "m"
    assert main(["themes", str(source), "-o", str(out), "--k", "3", "--summary", str(summary),
                 "--save-model", str(model)]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 60 and {r["theme"] for r in rows} == {"T1", "T2", "T3"}
    data = json.loads(summary.read_text("utf-8"))
    assert data["k"] == 3 and data["k_selection"] == {"method": "given", "k": 3}
    assert main(["themes-rename", "--model", str(model), "T1", "Thể thao"]) == 0
    again = tmp_path / "again.jsonl"
    assert main(["themes", str(source), "--model", str(model), "-o", str(again)]) == 0
    assert again.read_text("utf-8") == out.read_text("utf-8")
    # a refit into the same folder keeps the name of the persisting theme
    assert main(["themes", str(source), "--k", "3", "--seed", "5", "--save-model", str(model),
                 "--summary", str(summary)]) == 0
    named = [t for t in json.loads(summary.read_text("utf-8"))["themes"] if t["name"]]
    assert [(t["id"], t["name"]) for t in named] == [("T1", "Thể thao")]
    assert load_model(model).names_ == {"T1": "Thể thao"}


@pytest.mark.slow
def test_cli_with_a_database_stores_annotations_and_summary(tmp_path: Path) -> None:
    db = tmp_path / "corpus.sqlite"
    with CorpusStore(db) as store:
        store.add_articles(Article(id=d.id, title=d.title, body=d.text.replace("_", " "),
                                   published=d.published, site=d.site)
                           for d in documents())
    assert main(["themes", "--db", str(db), "--k", "3", "--site", "baobinhduong.vn"]) == 0
    with CorpusStore(db, create=False) as store:
        (version,) = store.annotation_versions("theme")
        notes = store.annotations("theme", version)
        result = store.result("themes", version)
    assert len(notes) == 40
    assert set(next(iter(notes.values()))) == {"theme", "score", "outlier"}
    assert result["k"] == 3 and result["model_id"] == version
    assert all(set(t["by_site"]) <= {"baobinhduong.vn"} for t in result["themes"])


@pytest.mark.slow
def test_second_themes_run_over_the_same_store_segments_nothing(
        tmp_path: Path, segment_calls: list[int]) -> None:
    db = tmp_path / "corpus.sqlite"
    with CorpusStore(db) as store:
        store.add_articles(Article(id=d.id, title=d.title, body=d.text.replace("_", " "),
                                   published=d.published, site=d.site)
                           for d in documents())
    calls = segment_calls
    assert main(["themes", "--db", str(db), "--k", "3"]) == 0
    assert sum(calls) == 60
    calls.clear()
    # the report's analysis hook runs the same library call
    with CorpusStore(db, create=False) as store:
        run = store_themes(store, n_themes=3)
        assert store.annotation_versions("theme") == [run.model.model_id_]
    assert calls == []


@pytest.mark.slow
def test_segment_cache_file_spares_a_second_run_on_a_file(
        tmp_path: Path, segment_calls: list[int]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents())
    cache = tmp_path / "segments.sqlite"
    calls = segment_calls
    outputs = []
    for name in ("first.jsonl", "second.jsonl"):
        calls.clear()
        assert main(["themes", str(source), "--k", "3", "--segment-cache", str(cache),
                     "-o", str(tmp_path / name)]) == 0
        outputs.append((tmp_path / name).read_text("utf-8"))
        assert sum(calls) == (60 if name == "first.jsonl" else 0)
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("k", ["0", "-3", "nhiều"])
def test_cli_rejects_a_bad_number_of_themes(tmp_path: Path, k: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents(2))
    assert main(["themes", str(source), "--k", k]) == 2
    assert "--k" in capsys.readouterr().err


def test_cli_explains_too_few_documents(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents(1))
    assert main(["themes", str(source), "--k", "5"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: asked for 5 themes but only 3 of the 3 documents")
    assert err.count("\n") == 1


def test_cli_refuses_a_tampered_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents(2))
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "manifest.json").write_text("{}", "utf-8")
    assert main(["themes", str(source), "--model", str(tmp_path / "m")]) == 1
    assert "not a theme model" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_without_output_prints_lines_and_filters_dates(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents())
    assert main(["themes", str(source), "--k", "3", "--since", "2023-02-01",
                 "--until", "2023-04-30"]) == 0
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    # documents are 3 days apart from 2023-01-02: a10 is 2023-02-01, a39 2023-04-29
    assert [r["id"] for r in rows] == [f"a{i}" for i in range(10, 40)]
    assert "30 documents, 3 themes" in captured.err


def test_cli_refuses_k_with_a_saved_model(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents(2))
    assert main(["themes", str(source), "--model", str(tmp_path), "--k", "4"]) == 2
    assert "--k is for fitting" in capsys.readouterr().err


@pytest.mark.slow
def test_themes_of_a_store_do_not_depend_on_the_order_articles_were_stored(
        tmp_path: Path) -> None:
    articles = [Article(id=d.id, title=d.title, body=d.text.replace("_", " "),
                        published=d.published, site=d.site) for d in documents()]
    results = []
    for name, ordered in (("a", articles), ("b", articles[::-1])):
        with CorpusStore(tmp_path / f"{name}.sqlite") as store:
            store.add_articles(ordered)
            run = store_themes(store, n_themes="auto")
            results.append(sorted((row["id"], row["theme"]) for row in run.rows()))
    assert results[0] == results[1]
