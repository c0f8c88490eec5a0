from __future__ import annotations

import asyncio
from pathlib import Path

from corpus_tool.crawl import CrawlSummary, crawl
from corpus_tool.demo import serve_demo
from corpus_tool.store import CorpusStore


def test_crawl_can_be_called_from_inside_a_running_event_loop(tmp_path: Path) -> None:
    # Notebooks and async applications call the sync API with a loop running.
    async def inside() -> CrawlSummary:
        with serve_demo() as server, CorpusStore(tmp_path / "c.sqlite") as store:
            return crawl(store, server.url, allow_private=True, delay=0.0, max_pages=30)

    summary = asyncio.run(inside())
    assert summary.pages == 30
    assert summary.articles > 0
    assert summary.errors == 0
