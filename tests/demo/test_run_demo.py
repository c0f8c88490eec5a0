from __future__ import annotations

from pathlib import Path

import pandas as pd

from corpus_tool.demo import demo_articles, run_demo


def test_demo_articles_are_nfc_and_credit_their_source() -> None:
    import unicodedata

    articles = list(demo_articles())
    assert len(articles) > 300
    assert articles[0]["title"] == "Đổi mới trong học và làm theo Bác"
    for rec in articles:
        assert rec["source"]
        assert unicodedata.is_normalized("NFC", rec["title"] + rec["sapo"])


def test_run_demo_builds_a_searchable_corpus_and_parquet(tmp_path: Path) -> None:
    result = run_demo(tmp_path / "out")
    assert result.articles == len(list(demo_articles()))
    assert [h.id for h in result.hits] == ["bbd-258900"]
    frame = pd.read_parquet(result.parquet)
    seed = frame[frame["id"] == "bbd-258900"].iloc[0]
    assert list(seed["authors"]) == ["Tiểu Liên", "Châu Tiến"]
    assert seed["published"] == "2023-01-05T08:40:31+07:00"
