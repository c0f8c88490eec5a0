"""A small Vietnamese press corpus with entities and themes in the stored annotation shapes.

Texts: the first article is an excerpt of "Đổi mới trong học và làm theo Bác"
(Báo Bình Dương, 05-01-2023; ../shared/data/seed). The others are short
provincial-press style items written for these tests, with the same people,
organisations, initiatives and acronyms, so that merging across articles shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from corpus_tool import Article, CorpusStore

VN = timezone(timedelta(hours=7))

ARTICLES = [
    Article(
        id="bd-1", url="https://baobinhduong.vn/doi-moi-trong-hoc-va-lam-theo-bac-a287016.html",
        site="baobinhduong.vn", section="Chính trị", title="Đổi mới trong học và làm theo Bác",
        sapo="Để “Làm theo Bác” hiệu quả và ngày càng đi vào chiều sâu, lan tỏa trong nhân dân, "
             "năm 2022, Thành ủy Thủ Dầu Một đã có nhiều đổi mới.",
        body="Ông Lê Thanh Long, Trưởng ban Tuyên giáo Thành ủy Thủ Dầu Một, cho biết thành phố "
             "tiếp tục đẩy mạnh các mô hình mới, cách làm hay.\nCán bộ, công chức xuống tận Văn "
             "phòng khu phố để hướng dẫn TTHC (thủ tục hành chính) cho người dân theo mô hình "
             "“Gần dân, hiểu dân, giúp dân”.",
        published=datetime(2023, 1, 5, 8, 40, 31, tzinfo=VN), authors=["Tiểu Liên", "Châu Tiến"]),
    Article(
        id="bd-2", url="https://baobinhduong.vn/thu-dau-mot-nhan-rong-mo-hinh-gan-dan-a287100.html",
        site="baobinhduong.vn", section="Chính trị",
        title="Thủ Dầu Một nhân rộng mô hình “Gần dân, hiểu dân, giúp dân”",
        body="Thành ủy Thủ Dầu Một tổng kết mô hình “Gần dân, hiểu dân, giúp dân”. Ông Lê Thanh "
             "Long cho biết: “Mỗi khu phố đều có cán bộ trực để nghe dân nói”.",
        published=datetime(2023, 1, 12, 9, 0, tzinfo=VN), authors=["Tiểu Liên"]),
    Article(
        id="bd-3", url="https://baobinhduong.vn/cai-cach-tthc-tai-thu-dau-mot-a287300.html",
        site="baobinhduong.vn", section="Thời sự",
        title="Cải cách TTHC: người dân hài lòng hơn",
        body="UBND TP. Thủ Dầu Một đẩy mạnh cải cách thủ tục hành chính (TTHC), xây dựng chính "
             "quyền thân thiện.",
        published=datetime(2023, 2, 2, 15, 30, tzinfo=VN), authors=["Châu Tiến"]),
    Article(
        id="bp-1", url="https://baobinhphuoc.com.vn/news/chuyen-doi-so-o-dong-xoai-150001",
        site="baobinhphuoc.com.vn", section="Kinh tế",
        title="Đồng Xoài đẩy mạnh chuyển đổi số",
        body="UBND tỉnh Bình Phước triển khai phong trào “Bình dân học vụ số” tại Đồng Xoài. "
             "Bà Trần Tuệ Hiền, Chủ tịch UBND tỉnh, yêu cầu các sở ngành hoàn thành trong năm.",
        published=datetime(2023, 1, 13, 7, 15, tzinfo=VN), authors=["Minh Hà"]),
    Article(
        id="bp-2", url="https://baobinhphuoc.com.vn/news/binh-dan-hoc-vu-so-150222",
        site="baobinhphuoc.com.vn", section="Kinh tế",
        title="Hơn 10.000 người dân tham gia “Bình dân học vụ số”",
        body="Phong trào “Bình dân học vụ số” giúp người dân dùng dịch vụ công trực tuyến.",
        published=datetime(2023, 2, 20, 10, 0, tzinfo=VN), authors=[]),
    Article(
        id="bp-3", url="https://baobinhphuoc.com.vn/news/thoi-tiet-150300",
        site="baobinhphuoc.com.vn", section="Xã hội",
        title="Bản tin thời tiết cuối tuần", body="Trời nắng, chiều tối có mưa rào.",
        published=None, authors=[]),
]


def _at(article: Article, name: str, *, after: int = 0) -> tuple[int, int]:
    start = article.text.index(name, after)
    return start, start + len(name)


def _person(article: Article, name: str, *, honorific: str | None = None,
            title: str | None = None, organization: str | None = None,
            resolves_to: str | None = None) -> dict[str, Any]:
    start, end = _at(article, name)
    out: dict[str, Any] = {"name": name, "honorific": honorific, "title": title,
                           "organization": organization, "start": start, "end": end}
    if resolves_to:
        out["resolves_to"] = out["canonical"] = resolves_to
    return out


def _span(article: Article, name: str, **extra: Any) -> dict[str, Any]:
    start, end = _at(article, name)
    return {"name": name, "start": start, "end": end, **extra}


def _acronym(article: Article, short: str, long: str | None) -> dict[str, Any]:
    start, end = _at(article, short)
    return {"short": short, "long": long, "start": start, "end": end,
            "source": "text" if long else "lexicon"}


def entities_of(article: Article) -> dict[str, Any]:
    """The ``entities`` annotation an extractor would store for these articles."""
    empty: dict[str, Any] = {"people": [], "initiatives": [], "organizations": [],
                             "locations": [], "acronyms": [], "authors": []}
    a = article
    if a.id == "bd-1":
        return {**empty,
                "people": [_person(a, "Bác", resolves_to="Hồ Chí Minh"),
                           _person(a, "Lê Thanh Long", honorific="Ông",
                                   title="Trưởng ban Tuyên giáo",
                                   organization="Thành ủy Thủ Dầu Một")],
                "initiatives": [_span(a, "Gần dân, hiểu dân, giúp dân", kind="mô hình"),
                                _span(a, "Làm theo Bác", kind="phong trào")],
                "organizations": [_span(a, "Thành ủy Thủ Dầu Một")],
                "acronyms": [_acronym(a, "TTHC", "thủ tục hành chính")]}
    if a.id == "bd-2":
        return {**empty,
                "people": [_person(a, "Lê Thanh Long", honorific="Ông")],
                "initiatives": [_span(a, "Gần dân, hiểu dân, giúp dân", kind="mô hình")],
                "organizations": [_span(a, "Thành ủy Thủ Dầu Một")]}
    if a.id == "bd-3":
        return {**empty,
                "organizations": [_span(a, "UBND TP. Thủ Dầu Một")],
                "acronyms": [_acronym(a, "TTHC", "thủ tục hành chính"),
                             _acronym(a, "UBND", None)]}
    if a.id == "bp-1":
        return {**empty,
                "people": [_person(a, "Trần Tuệ Hiền", honorific="Bà", title="Chủ tịch",
                                   organization="UBND tỉnh Bình Phước")],
                "initiatives": [_span(a, "Bình dân học vụ số", kind="phong trào")],
                "organizations": [_span(a, "UBND tỉnh Bình Phước")]}
    if a.id == "bp-2":
        return {**empty, "initiatives": [_span(a, "Bình dân học vụ số", kind="phong trào")]}
    return empty


THEME_VERSION = "themes-kmeans-2023w"
THEMES_SUMMARY = {
    "k": 2,
    "k_selection": {"method": "silhouette", "scores": {"2": 0.31, "3": 0.22}},
    "themes": [
        {"id": "t0", "label": "cải cách hành chính · dân vận", "name": "Dân vận khéo",
         "size": 3, "top_terms": ["gần_dân", "thủ_tục", "khu_phố"],
         "representatives": [{"id": "bd-2", "title": ARTICLES[1].title}],
         "by_week": {"2023-W01": 1, "2023-W02": 1, "2023-W05": 1},
         "by_month": {"2023-01": 2, "2023-02": 1}, "by_site": {"baobinhduong.vn": 3}},
        {"id": "t1", "label": "chuyển đổi số", "name": None, "size": 2,
         "top_terms": ["chuyển_đổi_số", "học_vụ", "trực_tuyến"],
         "representatives": [{"id": "bp-1", "title": ARTICLES[3].title}],
         "by_week": {"2023-W02": 1, "2023-W08": 1}, "by_month": {"2023-01": 1, "2023-02": 1},
         "by_site": {"baobinhphuoc.com.vn": 2}},
    ],
    "outliers": 1,
}
THEME_OF = {"bd-1": ("t0", 0.82), "bd-2": ("t0", 0.91), "bd-3": ("t0", 0.55),
            "bp-1": ("t1", 0.88), "bp-2": ("t1", 0.79)}


def fill(store: CorpusStore, *, articles: list[Article] | None = None, entities: bool = True,
         themes: bool = True) -> CorpusStore:
    """Store the articles and, if asked, their entities and themes."""
    chosen = ARTICLES if articles is None else articles
    store.add_articles(chosen)
    if entities:
        store.put_annotations("entities", "entities-0.3", [(a.id, entities_of(a)) for a in chosen])
    if themes:
        store.put_annotations("theme", THEME_VERSION, [
            (a.id, {"theme": THEME_OF[a.id][0], "score": THEME_OF[a.id][1], "outlier": False}
             if a.id in THEME_OF else {"theme": None, "score": 0.0, "outlier": True})
            for a in chosen])
        store.put_result("themes", THEME_VERSION, THEMES_SUMMARY)
    return store


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[CorpusStore]:
    """The test corpus with entities and themes."""
    with CorpusStore(tmp_path / "corpus.sqlite") as store:
        yield fill(store)
