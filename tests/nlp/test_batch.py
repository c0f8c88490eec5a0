"""Batch annotation: files, the store, the cache, worker processes and a Dask cluster."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corpus_tool.errors import NLPError
from corpus_tool.nlp import (
    AnnotationCache,
    _batch,
    _pipeline,
    annotate,
    annotate_documents,
    annotate_file,
    annotate_store,
    pipeline_version,
    text_hash,
)
from corpus_tool.records import Article
from corpus_tool.store import CorpusStore

DOCS = [
    {"id": "a1", "text": "Ban Thường vụ Tỉnh ủy Bình Dương họp. Đồng chí Nguyễn Văn A phát biểu."},
    {"id": "a2", "text": "Công nghiệp hoá, hiện đại hoá\nThuỷ điện Hoà Bình qui hoạch lại."},
    {"id": "a3", "text": ""},
    {"id": "a4", "text": "<p>UBND TP. Thủ Dầu Một &amp; HĐND</p>"},
]


def _write(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    return path


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


class _Spy:
    """Counts the documents that reach the NLP pipeline."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.documents = 0
        real = _batch.annotate_batch

        def spy(layers: Any, lexicon: Any, items: list[tuple[str, str]]) -> Any:
            self.documents += len(items)
            return real(layers, lexicon, items)

        monkeypatch.setattr(_batch, "annotate_batch", spy)


def test_file_output_has_the_documented_shape_and_offsets(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    report = annotate_file(_write(tmp_path / "in.jsonl", DOCS), out, layers=("words", "ner"))
    lines = _read(out)
    assert report.read == 4 and report.annotated == 4 and not report.errors
    assert [line["id"] for line in lines] == ["a1", "a2", "a3", "a4"]
    assert lines[2] == {"id": "a3", "sentences": []}
    for doc, line in zip(DOCS, lines, strict=True):
        assert set(line) == {"id", "sentences"}
        for sentence in line["sentences"]:
            assert set(sentence) == {"start", "end", "tokens"}
            for token in sentence["tokens"]:
                assert set(token) == {"text", "start", "end", "ner"}
                assert doc["text"][token["start"]:token["end"]] == token["text"]
    assert lines[0] == {"id": "a1", **annotate(DOCS[0]["text"], layers=("ner",)).to_dict()}


def test_second_run_does_no_nlp_work_and_a_new_version_redoes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(monkeypatch)
    source = _write(tmp_path / "in.jsonl", DOCS)
    with CorpusStore(tmp_path / "cache.sqlite") as store:
        first = annotate_file(source, tmp_path / "1.jsonl", cache=store)
        assert spy.documents == 4 and first.annotated == 4
        second = annotate_file(source, tmp_path / "2.jsonl", cache=store)
        assert spy.documents == 4 and second.cached == 4 and second.annotated == 0
        assert (tmp_path / "1.jsonl").read_bytes() == (tmp_path / "2.jsonl").read_bytes()
        monkeypatch.setattr(_pipeline, "PIPELINE_REVISION", "test-next")
        third = annotate_file(source, tmp_path / "3.jsonl", cache=store)
        assert spy.documents == 8 and third.annotated == 4
        assert first.version != third.version


def test_layers_are_part_of_the_cache_key(tmp_path: Path) -> None:
    with CorpusStore(tmp_path / "cache.sqlite") as store:
        annotate_file(_write(tmp_path / "in.jsonl", DOCS), tmp_path / "w.jsonl", cache=store)
        report = annotate_file(tmp_path / "in.jsonl", tmp_path / "p.jsonl", cache=store,
                               layers=("words", "pos"))
        assert report.annotated == 4
        assert "pos" in _read(tmp_path / "p.jsonl")[0]["sentences"][0]["tokens"][0]


def test_cache_is_keyed_by_exact_text(tmp_path: Path) -> None:
    with CorpusStore(tmp_path / "c.sqlite") as store:
        cache = AnnotationCache(store, pipeline_version())
        results = list(annotate_documents([("x", "Gần dân"), ("y", "Gần  dân"),
                                           ("z", "Gần dân")], cache=cache))
        # "z" repeats "x" in the same batch: annotated once, answered from the first.
        assert [r.cached for r in results] == [False, False, True]
        assert results[0].data == results[2].data
        assert cache.count() == 2
        assert set(cache.get_many([text_hash("Gần dân"), text_hash("Gần  dân")])) == {
            text_hash("Gần dân"), text_hash("Gần  dân")}


def test_store_articles_get_nlp_annotations_once(
        store: CorpusStore, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(monkeypatch)
    store.add_articles([Article(id=d["id"], title="Tin", body=d["text"]) for d in DOCS])
    report = annotate_store(store, layers=("words", "pos"))
    assert report.annotated == 4 and spy.documents == 4
    version = report.version
    saved = store.annotations("nlp", version)
    article = store.get_article("a1")
    assert article is not None
    tokens = [t for s in saved["a1"]["sentences"] for t in s["tokens"]]
    assert all(article.text[t["start"]:t["end"]] == t["text"] for t in tokens)
    again = annotate_store(store, layers=("words", "pos"))
    assert spy.documents == 4 and again.cached == 4 and again.read == 4


def test_bad_document_is_reported_by_id_and_the_batch_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_batch, "MAX_TEXT_CHARS", 100)
    docs = [*DOCS[:2], {"id": "huge", "text": "Gần dân. " * 20}, DOCS[3]]
    source = _write(tmp_path / "in.jsonl", docs)
    report = annotate_file(source, tmp_path / "out.jsonl", on_error="skip")
    assert [line["id"] for line in _read(tmp_path / "out.jsonl")] == ["a1", "a2", "a4"]
    assert len(report.errors) == 1 and "'huge'" in report.errors[0]
    with pytest.raises(NLPError, match="document 'huge'"):
        annotate_file(source, tmp_path / "fail.jsonl", on_error="fail")
    assert not (tmp_path / "fail.jsonl").exists()


def test_bad_input_line_is_skipped_with_its_line_number(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Gần dân"}\n{"id": "b"}\nnot json\n', "utf-8")
    report = annotate_file(source, tmp_path / "out.jsonl", on_error="skip")
    assert report.read == 1 and report.skipped == 2
    assert any(":2: field 'text': missing" in e for e in report.errors)


def test_two_worker_processes_give_the_same_output(tmp_path: Path) -> None:
    source = _write(tmp_path / "in.jsonl", DOCS * 3)
    annotate_file(source, tmp_path / "one.jsonl", layers=("words", "pos"), batch_size=2)
    annotate_file(source, tmp_path / "two.jsonl", layers=("words", "pos"), workers=2,
                  batch_size=2)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_dask_local_cluster_gives_the_same_output(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    source = _write(tmp_path / "in.jsonl", DOCS * 2)
    annotate_file(source, tmp_path / "local.jsonl", batch_size=3)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  protocol="tcp", host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        report = annotate_file(source, tmp_path / "dask.jsonl", batch_size=3,
                               scheduler=cluster.scheduler_address)
    assert report.annotated == 8
    assert (tmp_path / "local.jsonl").read_bytes() == (tmp_path / "dask.jsonl").read_bytes()


def test_unreachable_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    with pytest.raises(NLPError, match="cannot reach the Dask scheduler"):
        list(annotate_documents([("a", "x")], scheduler="tcp://127.0.0.1:9"))


def test_documents_are_read_lazily_so_memory_stays_bounded() -> None:
    pulled = 0

    def documents() -> Any:
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield str(i), "Gần dân, giúp dân."

    results = annotate_documents(documents(), batch_size=4)
    first = next(results)
    assert first.id == "0" and first.data is not None
    # one worker: one batch in flight and the one being read
    assert pulled <= 3 * 4
    results.close()


def test_one_batch_of_every_kind_of_bad_text_completes(tmp_path: Path) -> None:
    import unicodedata

    docs = [
        {"id": "empty", "text": ""},
        {"id": "blank", "text": " \n\t\u00a0 "},
        {"id": "nfd", "text": unicodedata.normalize("NFD", "Thành ủy Thủ Dầu Một")},
        {"id": "html", "text": "<div><p>Tỉnh ủy &amp; <b>UBND</b></p></div>"},
        {"id": "controls", "text": "Gần\x00 dân\ud800 giúp\x1b dân"},
        {"id": "english", "text": "The committee met on Monday."},
        {"id": "long", "text": "phong trào thi đua, " * 2000},
    ]
    out = tmp_path / "out.jsonl"
    source = tmp_path / "in.jsonl"
    # ASCII-escaped JSON, the only way a lone surrogate reaches a JSONL file
    source.write_text("".join(json.dumps(d) + "\n" for d in docs), "utf-8")
    report = annotate_file(source, out, layers=("words", "ner"))
    assert report.annotated == len(docs) and not report.errors
    lines = {line["id"]: line for line in _read(out)}
    assert lines["empty"]["sentences"] == [] and lines["blank"]["sentences"] == []
    for doc in docs:
        text = unicodedata.normalize("NFC", doc["text"])
        for sentence in lines[doc["id"]]["sentences"]:
            for token in sentence["tokens"]:
                assert text[token["start"]:token["end"]] == token["text"]
