from __future__ import annotations

import pytest

from corpus_tool.crawl._byline import parse_byline, split_authors


@pytest.mark.parametrize(("line", "authors"), [
    ("TIỂU LIÊN - CHÂU TIẾN", ["Tiểu Liên", "Châu Tiến"]),
    ("Theo TTXVN", ["TTXVN"]),
    ("(Theo VnExpress)", ["VnExpress"]),
    ("Nguồn: Báo Tin tức", ["Báo Tin tức"]),
    ("Bài, ảnh: NGỌC THẠCH", ["Ngọc Thạch"]),
    ("NGUYÊN VŨ (TTXVN)", ["Nguyên Vũ"]),
    ("MINH DUY, THANH HÀ và QUỐC BẢO", ["Minh Duy", "Thanh Hà", "Quốc Bảo"]),
    ("PV", ["PV"]),
])
def test_bylines_are_read(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


@pytest.mark.parametrize("line", [
    "Ông Lê Thanh Long cho biết thêm.",
    "Giải quyết những vấn đề bức xúc",
    "UBND TỈNH BÌNH DƯƠNG THÔNG BÁO VỀ VIỆC TỔ CHỨC LỄ HỘI XUÂN NĂM 2023 TẠI CÁC HUYỆN, THỊ XÃ, "
    "THÀNH PHỐ TRONG TỈNH",
    "",
])
def test_ordinary_lines_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_split_authors_keeps_mixed_case_names() -> None:
    assert split_authors("Minh Duy - Thanh Hà") == ["Minh Duy", "Thanh Hà"]
