from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.classify import read_labelled, train_classifier
from corpus_tool.errors import AnalysisError, InputError, RecordError

from .conftest import make_docs, write_jsonl


def test_jsonl_lists_make_multilabel_documents(multilabel_file: Path) -> None:
    docs = read_labelled(multilabel_file, "topic")
    assert docs.multilabel
    assert docs.classes == ["kinhte", "thethao", "yte"]
    assert docs.labels[0] == ("thethao", "kinhte")


def test_csv_with_tab_delimiter_and_semicolon_labels(tmp_path: Path) -> None:
    path = tmp_path / "tin.csv"
    path.write_text("id\ttext\ttopic\n1\tGiá vàng tăng\tKinh tế; Xã hội\n2\tĐội tuyển thắng\t"
                    "Thể thao\n", "utf-8")
    docs = read_labelled(path, "topic")
    assert docs.labels == [("Kinh tế", "Xã hội"), ("Thể thao",)]
    assert docs.multilabel


def test_csv_with_semicolon_delimiter_reads_single_labels(tmp_path: Path) -> None:
    path = tmp_path / "tin.csv"
    path.write_text("id;text;topic\n1;Giá vàng tăng;Kinh tế\n2;Đội tuyển thắng;Thể thao\n",
                    "utf-8")
    docs = read_labelled(path, "topic")
    assert docs.labels == [("Kinh tế",), ("Thể thao",)]
    assert not docs.multilabel


def test_csv_not_in_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "tin.csv"
    # "Thể thao" in Windows-1258 (TCVN-era files): 0xEA is not valid UTF-8 here.
    path.write_bytes(b"id,text,topic\n1,Gia vang,kt\n2,Th\xea\xd2 thao,tt\n")
    with pytest.raises(InputError, match=r"tin.csv:3: not valid UTF-8"):
        read_labelled(path, "topic")


def test_missing_label_column_in_csv(tmp_path: Path) -> None:
    path = tmp_path / "tin.csv"
    path.write_text("id,text,chu_de\n1,Giá vàng tăng,kt\n", "utf-8")
    with pytest.raises(InputError, match=r"no column 'topic' .columns: id, text, chu_de"):
        read_labelled(path, "topic")


def test_missing_label_field_in_jsonl_names_the_line(tmp_path: Path) -> None:
    docs = make_docs(3)
    del docs[4]["topic"]
    path = write_jsonl(tmp_path / "tin.jsonl", docs)
    with pytest.raises(RecordError, match=r"tin.jsonl:5: field 'topic': missing"):
        read_labelled(path, "topic")


def test_empty_text_names_the_line(tmp_path: Path) -> None:
    docs = make_docs(3)
    docs[2]["text"] = "  \u200b "
    path = write_jsonl(tmp_path / "tin.jsonl", docs)
    with pytest.raises(RecordError, match=r"tin.jsonl:3: field 'text': empty text"):
        read_labelled(path, "topic")


def test_one_class_only_cannot_be_trained(tmp_path: Path) -> None:
    docs = [d for d in make_docs(4) if d["topic"] == "yte"]
    path = write_jsonl(tmp_path / "tin.jsonl", docs)
    with pytest.raises(AnalysisError, match=r"has one class only .'yte' in all 4 documents"):
        train_classifier(read_labelled(path, "topic"))


def test_a_label_with_one_document_cannot_be_trained(tmp_path: Path) -> None:
    docs = make_docs(4)
    docs[0]["topic"] = "hiem"
    path = write_jsonl(tmp_path / "tin.jsonl", docs)
    with pytest.raises(AnalysisError, match=r"label 'hiem' .* has 1 document"):
        train_classifier(read_labelled(path, "topic"))


def test_unknown_model_name_is_a_config_error(train_file: Path) -> None:
    from corpus_tool.errors import ConfigError

    with pytest.raises(ConfigError, match="model: 'bert' is not one of"):
        train_classifier(read_labelled(train_file, "topic"), model="bert")


def test_cv_with_a_class_smaller_than_the_folds(tmp_path: Path) -> None:
    from corpus_tool.classify import cross_validate

    docs = make_docs(6)
    for d in docs[:3]:
        d["topic"] = "hiem"
    path = write_jsonl(tmp_path / "tin.jsonl", docs)
    with pytest.raises(AnalysisError, match=r"label 'hiem' .* has 3 document\(s\), fewer than "
                                            r"the 5 folds"):
        cross_validate(read_labelled(path, "topic"), folds=5)


def test_threshold_is_for_multilabel_models_only(train_file: Path,
                                                 multilabel_file: Path) -> None:
    from corpus_tool.errors import ConfigError

    with pytest.raises(ConfigError, match="only multi-label models have one"):
        train_classifier(read_labelled(train_file, "topic"), threshold=0.5)
    clf = train_classifier(read_labelled(multilabel_file, "topic"), threshold=0.6)
    assert clf.metadata["threshold"] == 0.6
    assert clf.pipeline["classifier"].threshold_ == 0.6
