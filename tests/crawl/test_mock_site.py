"""The shipped baobinhduong.vn profile end to end on httpx.MockTransport, with real URL shapes."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import httpx
import pytest

from corpus_tool.crawl import crawl, load_profile
from corpus_tool.settings import CrawlSettings
from corpus_tool.store import CorpusStore
from tests.crawl.server import listing_html, make_body

CRAWLS = Path(__file__).resolve().parents[2] / "crawls"


def _page(title: str, seed: int, day: int) -> str:
    # No date metadata: only the date line as Báo Bình Dương prints it, so the
    # profile's date_format has to find it.
    paragraphs = "".join(f"<p>{p}</p>" for p in make_body(seed))
    return (f"<html><head><title>{title}</title></head><body>"
            f"<div class=date>Thứ Năm | {day:02d}-01-2023 | 08:40:31</div>"
            f"<article><h1>{title}</h1>{paragraphs}</article></body></html>")


@pytest.mark.shared_data
def test_baobinhduong_profile_crawls_real_url_shapes_with_its_date_format(
        shared_data: Path, store: CorpusStore, fast: CrawlSettings) -> None:
    rows = json.loads((shared_data / "danes/baobinhduong_rows_batch_8.json").read_text("utf-8"))
    pages = {row["meta"]["uri"]: _page(row["text"], i, 1 + i) for i, row in enumerate(rows)}
    home = listing_html([*list(pages)[:10], "https://baobinhduong.vn/xa-hoi/",
                         "https://evil.example/x-a1.html", "https://baobinhduong.vn/anh.jpg"])
    section = listing_html(list(pages)[10:])
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        requested.append(url)
        assert request.headers["user-agent"].startswith("corpus-tool/")
        if url in pages:
            return httpx.Response(200, html=pages[url])
        if url == "https://baobinhduong.vn/":
            return httpx.Response(200, html=home)
        if url == "https://baobinhduong.vn/xa-hoi/":
            return httpx.Response(200, html=section)
        return httpx.Response(404)

    profile = dataclasses.replace(load_profile(CRAWLS / "baobinhduong.toml"),
                                  start_pages=("https://baobinhduong.vn/",))
    from corpus_tool._dates import parse_datetime

    summary = crawl(store, profile, transport=httpx.MockTransport(handler), settings=fast,
                    allow_private=True, delay=0.0, since=parse_datetime("2023-01-01"),
                    until=parse_datetime("2023-01-16"))
    assert summary.outcomes["stored"] == 15 and summary.outcomes["out-of-range"] == 5
    assert not any("evil.example" in u or u.endswith(".jpg") for u in requested)
    article = next(store.iter_articles())
    assert article.site == "baobinhduong.vn"
    assert article.published is not None
    assert article.published.isoformat() == "2023-01-01T08:40:31+07:00"
