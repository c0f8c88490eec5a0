"""Fixtures for crawler tests: a real HTTP server on 127.0.0.1 and fast crawl settings."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus_tool.settings import CrawlSettings, load_settings
from tests.crawl.server import TestServer


@pytest.fixture
def server() -> Iterator[TestServer]:
    """A programmable HTTP server on 127.0.0.1 with a request log."""
    with TestServer() as s:
        yield s


@pytest.fixture
def fast() -> CrawlSettings:
    """Crawl settings with short delays and timeouts so tests run in seconds."""
    return dataclasses.replace(load_settings().crawl, delay=0.0, timeout=1.0, backoff=0.05,
                               max_retries=2, concurrency=4)


@pytest.fixture
def profile_file(tmp_path: Path, server: TestServer) -> Path:
    """A site profile for the test server: articles /a/<n>.html, listings /list/..."""
    path = tmp_path / "site.toml"
    path.write_text(
        'name = "test-site"\n'
        f'base_url = "{server.base}/"\n'
        'start_pages = ["{base}/"]\n'
        r'article_pattern = "/a/[a-z0-9-]+\\.html$"' "\n"
        r'listing_pattern = "/list/[a-z]+$"' "\n"
        "[pagination]\n"
        r'pattern = "/list/[a-z]+\\?page=\\d+$"' "\n"
        "max_pages = 3\n"
        "[politeness]\nallow_private = true\n",
        encoding="utf-8")
    return path
