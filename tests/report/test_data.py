from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from corpus_tool import CorpusStore
from corpus_tool.errors import ConfigError
from corpus_tool.report import build_report_data
from tests.report.conftest import ARTICLES, THEME_VERSION, fill

VN = timezone(timedelta(hours=7))


def by_name(rows: list[dict[str, Any]], name: str, key: str = "name") -> dict[str, Any]:
    matches = [r for r in rows if r[key] == name]
    assert len(matches) == 1, f"{name!r} appears {len(matches)} times in {rows}"
    return matches[0]


def test_overview_counts_articles_per_site_per_iso_week(corpus: CorpusStore) -> None:
    data = build_report_data(corpus)
    counts = {(w.site, w.week): w.count for w in data.overview}
    assert counts == {
        ("baobinhduong.vn", "2023-W01"): 1, ("baobinhduong.vn", "2023-W02"): 1,
        ("baobinhduong.vn", "2023-W05"): 1, ("baobinhphuoc.com.vn", "2023-W02"): 1,
        ("baobinhphuoc.com.vn", "2023-W08"): 1,
    }
    assert {w.week: w.week_start for w in data.overview}["2023-W02"] == "2023-01-09"
    assert data.undated == 1


def test_article_list_keeps_every_field_the_report_shows(corpus: CorpusStore) -> None:
    data = build_report_data(corpus)
    assert [a.id for a in data.articles] == [a.id for a in ARTICLES]
    first = data.articles[0]
    assert first.title == "Đổi mới trong học và làm theo Bác"
    assert first.url == "https://baobinhduong.vn/doi-moi-trong-hoc-va-lam-theo-bac-a287016.html"
    assert (first.site, first.section) == ("baobinhduong.vn", "Chính trị")
    assert first.published == "2023-01-05T08:40:31+07:00"
    assert first.authors == ["Tiểu Liên", "Châu Tiến"]
    assert first.theme == "t0"
    assert data.articles[-1].published is None and data.articles[-1].theme is None


def test_people_merge_across_articles_with_titles_and_aliases(corpus: CorpusStore) -> None:
    people = build_report_data(corpus).people
    long = by_name(people, "Lê Thanh Long")
    assert long["mentions"] == 2
    assert long["articles"] == ["bd-1", "bd-2"]
    assert (long["first_seen"], long["last_seen"]) == ("2023-01-05", "2023-01-12")
    assert long["titles"] == [{"title": "Trưởng ban Tuyên giáo",
                               "organization": "Thành ủy Thủ Dầu Một",
                               "first_seen": "2023-01-05", "last_seen": "2023-01-05"}]
    uncle_ho = by_name(people, "Hồ Chí Minh")
    assert uncle_ho["aliases"] == ["Bác"]
    assert by_name(people, "Trần Tuệ Hiền")["titles"][0]["organization"] == \
        "UBND tỉnh Bình Phước"
    assert [p["mentions"] for p in people] == sorted((p["mentions"] for p in people),
                                                     reverse=True)


def test_initiatives_count_mentions_sites_and_months(corpus: CorpusStore) -> None:
    initiatives = build_report_data(corpus).initiatives
    gan_dan = by_name(initiatives, "Gần dân, hiểu dân, giúp dân")
    assert (gan_dan["kind"], gan_dan["mentions"]) == ("mô hình", 2)
    assert gan_dan["by_month"] == {"2023-01": 2}
    hoc_vu = by_name(initiatives, "Bình dân học vụ số")
    assert hoc_vu["sites"] == ["baobinhphuoc.com.vn"]
    assert hoc_vu["by_month"] == {"2023-01": 1, "2023-02": 1}
    assert (hoc_vu["first_seen"], hoc_vu["last_seen"]) == ("2023-01-13", "2023-02-20")


def test_organizations_and_acronyms_follow_the_contract_shapes(corpus: CorpusStore) -> None:
    data = build_report_data(corpus)
    org = by_name(data.organizations, "Thành ủy Thủ Dầu Một")
    assert set(org) >= {"name", "mentions", "articles", "first_seen", "last_seen"}
    assert org["mentions"] == 2
    tthc = by_name(data.acronyms, "TTHC", key="short")
    assert (tthc["long"], tthc["mentions"], tthc["source"]) == ("thủ tục hành chính", 2, "text")
    assert by_name(data.acronyms, "UBND", key="short")["long"] is None
    assert data.sources["entities"]["version"] == "entities-0.3"


def test_themes_are_recounted_from_the_per_article_annotations(corpus: CorpusStore) -> None:
    data = build_report_data(corpus)
    assert [(t["id"], t["size"]) for t in data.themes] == [("t0", 3), ("t1", 2)]
    t0 = data.themes[0]
    assert t0["name"] == "Dân vận khéo"
    assert t0["by_week"] == {"2023-W01": 1, "2023-W02": 1, "2023-W05": 1}
    assert t0["representatives"][0] == "bd-2"
    assert set(t0["representatives"]) == {"bd-1", "bd-2", "bd-3"}
    assert data.theme_outliers == 1
    assert data.sources["themes"] == {"version": THEME_VERSION, "articles": 6, "k": 2}


def test_period_and_site_filters_restrict_every_table(corpus: CorpusStore) -> None:
    data = build_report_data(corpus, since=datetime(2023, 1, 10, tzinfo=VN),
                             until=datetime(2023, 2, 1, tzinfo=VN))
    assert [a.id for a in data.articles] == ["bd-2", "bp-1"]
    assert by_name(data.people, "Lê Thanh Long")["mentions"] == 1
    assert [p["name"] for p in data.people if p["name"] == "Hồ Chí Minh"] == []
    assert [(t["id"], t["size"]) for t in data.themes] == [("t0", 1), ("t1", 1)]
    assert data.undated == 0

    only = build_report_data(corpus, sites=["baobinhphuoc.com.vn"])
    assert {a.site for a in only.articles} == {"baobinhphuoc.com.vn"}
    assert [t["id"] for t in only.themes] == ["t1"]
    assert only.sites == ["baobinhphuoc.com.vn"]


def test_unknown_site_and_empty_period_are_named_errors(corpus: CorpusStore) -> None:
    with pytest.raises(ConfigError, match=r"--site 'baomoi\.com' is not a site .*baobinhduong"):
        build_report_data(corpus, sites=["baomoi.com"])
    with pytest.raises(ConfigError, match="period is empty"):
        build_report_data(corpus, since=datetime(2023, 3, 1, tzinfo=VN),
                          until=datetime(2023, 1, 1, tzinfo=VN))


def test_store_without_analyses_says_which_are_missing(store: CorpusStore) -> None:
    fill(store, entities=False, themes=False)
    data = build_report_data(store)
    assert data.missing == ["entities", "themes"]
    assert data.people == data.initiatives == data.themes == []
    assert len(data.articles) == len(ARTICLES)


def test_empty_store_gives_empty_tables(store: CorpusStore) -> None:
    data = build_report_data(store)
    assert (data.articles, data.overview, data.undated) == ([], [], 0)
    assert data.missing == ["entities", "themes"]


def test_newest_entities_version_is_used_alone(corpus: CorpusStore) -> None:
    corpus.put_annotations("entities", "entities-0.4", [
        ("bd-3", {"people": [{"name": "Nguyễn Văn Lộc", "title": "Bí thư Tỉnh ủy",
                              "organization": "Tỉnh ủy Bình Dương", "start": 0, "end": 1}]})])
    data = build_report_data(corpus)
    assert [p["name"] for p in data.people] == ["Nguyễn Văn Lộc"]
    assert data.sources["entities"]["articles"] == 1


def test_malformed_entity_entries_are_skipped_with_a_warning_not_fatal(
        corpus: CorpusStore, caplog: pytest.LogCaptureFixture) -> None:
    corpus.put_annotations("entities", "entities-0.5", [
        ("bd-1", {"people": [{"name": ""}, {"title": "Giám đốc"}, "Lê Văn A",
                             {"name": "Lê Văn A", "start": "0", "end": 8},
                             {"name": "Lê Văn A", "start": 0, "end": 8, "title": 3},
                             {"name": "Lê Văn A", "start": 0, "end": 8}],
                  "initiatives": "not a list", "organizations": None}),
        ("bd-2", ["not", "an", "object"])])
    with caplog.at_level("WARNING"):
        data = build_report_data(corpus)
    assert [(p["name"], p["mentions"]) for p in data.people] == [("Lê Văn A", 1)]
    assert data.initiatives == data.organizations == []
    assert data.sources["entities"]["resolver"] == "corpus_tool.entities.resolve_corpus"
    warned = [r.getMessage() for r in caplog.records]
    assert "article bd-1: entities people[3]: 'start' is not an integer; ignored" in warned
    assert "article bd-1: entities people[4]: 'title' is neither a string nor null; ignored" \
        in warned
    assert "article bd-1: entities initiatives is str, not a list; ignored" in warned
    assert "article bd-2: entities annotation is list, not an object; ignored" in warned


def test_frames_have_one_row_per_item(corpus: CorpusStore) -> None:
    frames = build_report_data(corpus).to_frames()
    assert len(frames["articles"]) == len(ARTICLES)
    assert list(frames["articles"].columns)[:3] == ["id", "title", "url"]
    assert len(frames["themes"]) == 2
    assert "Lê Thanh Long" in set(frames["people"]["name"])


def test_one_article_corpus(tmp_path: Path) -> None:
    with CorpusStore(tmp_path / "one.sqlite") as store:
        fill(store, articles=[ARTICLES[0]], themes=False)
        data = build_report_data(store)
    assert len(data.articles) == 1
    assert data.missing == ["themes"]
    assert by_name(data.people, "Lê Thanh Long")["mentions"] == 1
