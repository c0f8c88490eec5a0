from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from corpus_tool.demo import DEMO_SITE, demo_articles, run_demo
from corpus_tool.store import CorpusStore


def test_demo_articles_are_nfc_and_credit_their_source() -> None:
    articles = list(demo_articles())
    assert len(articles) > 300
    assert articles[0]["title"] == "Đổi mới trong học và làm theo Bác"
    for rec in articles:
        assert rec["source"]
        assert unicodedata.is_normalized("NFC", rec["title"] + rec["sapo"])


@pytest.mark.slow
def test_demo_runs_the_whole_pipeline_from_crawl_to_report(tmp_path: Path) -> None:
    messages: list[str] = []
    result = run_demo(tmp_path / "out", progress=messages.append)
    assert result.crawl["errors"] == 0
    # Every demo page whose body is more than a repeat of its headline is an article.
    assert 360 <= result.articles <= len(list(demo_articles()))
    with CorpusStore(result.database, create=False) as store:
        seed = next(a for a in store.iter_articles() if a.title.startswith("Đổi mới trong học"))
        assert seed.site == DEMO_SITE
        assert seed.authors == ["Tiểu Liên", "Châu Tiến"]
        assert seed.published is not None
        assert seed.published.isoformat() == "2023-01-05T08:40:31+07:00"
        entities = store.annotations("entities")[seed.id]
        roles = {(p["name"], p["title"], p["organization"]) for p in entities["people"]}
        assert ("Lê Thanh Long", "Trưởng ban Tuyên giáo", "Thành ủy Thủ Dầu Một") in roles
        assert "Gần dân, giúp dân" in {i["name"] for i in entities["initiatives"]}
        assert store.result("classifier-cv", "section")["macro_f1"] > 0.3
    assert [h.id for h in result.hits] == [seed.id]
    assert result.themes >= 2 and result.people > 0 and result.initiatives > 0
    html = result.report.read_text("utf-8")
    assert "Gần dân, giúp dân" in html and "Lê Thanh Long" in html
    assert (result.model / "metadata.json").is_file()
    assert len(pd.read_parquet(result.parquet)) == result.articles
    assert next(name for name, _ in result.steps) == "crawling the demo press site"


@pytest.mark.slow
def test_demo_run_twice_rebuilds_the_corpus_without_duplicates(tmp_path: Path) -> None:
    first = run_demo(tmp_path)
    second = run_demo(tmp_path)
    assert second.articles == first.articles
