"""Small labelled Vietnamese corpora written for these tests (three clear topics)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SPORT = ["Đội tuyển Việt Nam thắng trận", "Cầu thủ ghi bàn ở phút cuối", "Huấn luyện viên "
         "công bố danh sách đội tuyển", "Câu lạc bộ giành chức vô địch giải bóng đá",
         "Trận đấu kết thúc với tỷ số hòa", "Vận động viên phá kỷ lục quốc gia"]
ECONOMY = ["Giá vàng tăng mạnh trên thị trường", "Ngân hàng giảm lãi suất cho vay",
           "Doanh nghiệp xuất khẩu gạo tăng trưởng", "Chứng khoán giảm điểm phiên chiều",
           "Lạm phát được kiểm soát trong quý", "Giá xăng dầu điều chỉnh tăng"]
HEALTH = ["Bệnh viện tiếp nhận bệnh nhân cấp cứu", "Bác sĩ khuyến cáo tiêm vắc xin",
          "Bộ Y tế ghi nhận ca mắc mới", "Người bệnh được điều trị miễn phí",
          "Dịch sốt xuất huyết tăng ở phía nam", "Bác sĩ phẫu thuật thành công ca khó"]
PLACES = ["tại Hà Nội", "ở Thành phố Hồ Chí Minh", "tại Bình Dương", "ở Đà Nẵng"]


def make_docs(n_per_class: int = 12) -> list[dict[str, Any]]:
    """Return labelled documents: each mixes two sentences of its topic and a place."""
    docs = []
    for topic, sentences in (("thethao", SPORT), ("kinhte", ECONOMY), ("yte", HEALTH)):
        for i in range(n_per_class):
            text = (f"{sentences[i % len(sentences)]} {PLACES[i % len(PLACES)]}. "
                    f"{sentences[(i + 2) % len(sentences)]}.")
            docs.append({"id": f"{topic}-{i}", "text": text, "topic": topic})
    return docs


def make_multilabel_docs() -> list[dict[str, Any]]:
    """Return documents with one or two topics each (a JSON list)."""
    docs = make_docs(10)
    for i, d in enumerate(docs):
        if i % 4 == 0:
            extra = "kinhte" if d["topic"] != "kinhte" else "yte"
            sentence = (ECONOMY if extra == "kinhte" else HEALTH)[i % 6]
            d["text"] += f" {sentence}."
            d["topic"] = [d["topic"], extra]
        else:
            d["topic"] = [d["topic"]]
    return docs


def write_jsonl(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    return path


@pytest.fixture
def train_file(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "train.jsonl", make_docs())


@pytest.fixture
def multilabel_file(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "multi.jsonl", make_multilabel_docs())


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A linear-svm model saved once for the tests that only read it."""
    from corpus_tool.classify import read_labelled, train_classifier

    folder = tmp_path_factory.mktemp("models")
    path = write_jsonl(folder / "train.jsonl", make_docs())
    clf = train_classifier(read_labelled(path, "topic"), seed=0)
    return clf.save(folder / "chu-de")
