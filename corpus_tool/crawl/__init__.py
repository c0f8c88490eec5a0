"""Crawling press sites: site profiles, discovery, polite fetching, dedup, resumable frontier.

Extraction is pure: :func:`extract_article` turns one page into an
:class:`~corpus_tool.records.Article` or ``None`` (not an article), without
network access.

Example:
    >>> from corpus_tool.crawl import crawl, load_profile
    >>> from corpus_tool.store import CorpusStore
    >>> with CorpusStore("corpus.sqlite") as store:  # doctest: +SKIP
    ...     summary = crawl(store, load_profile("crawls/baobinhduong.toml"), max_pages=50)
"""

from __future__ import annotations

from corpus_tool.crawl._crawl import CrawlProgress, CrawlSummary, acrawl, crawl, resolve_profile
from corpus_tool.crawl._decode import decode_html
from corpus_tool.crawl._dedup import SimIndex, hamming, simhash
from corpus_tool.crawl._discover import classify_url, looks_like_article
from corpus_tool.crawl._extract import (
    NotAnArticle,
    extract_article,
    extract_file,
    extract_with_reason,
    is_article_page,
)
from corpus_tool.crawl._fetch import Fetcher, FetchError, FetchOptions, Response, user_agent
from corpus_tool.crawl._links import extract_links
from corpus_tool.crawl._profile import (
    Pagination,
    Politeness,
    SiteProfile,
    generic_profile,
    load_profile,
)
from corpus_tool.crawl._urls import canonical_url, in_scope, is_private_address
from corpus_tool.crawl._xml import XMLRefused, parse_feed, parse_sitemap

__all__ = [
    "CrawlProgress",
    "CrawlSummary",
    "FetchError",
    "FetchOptions",
    "Fetcher",
    "NotAnArticle",
    "Pagination",
    "Politeness",
    "Response",
    "SimIndex",
    "SiteProfile",
    "XMLRefused",
    "acrawl",
    "canonical_url",
    "classify_url",
    "crawl",
    "decode_html",
    "extract_article",
    "extract_file",
    "extract_links",
    "extract_with_reason",
    "generic_profile",
    "hamming",
    "in_scope",
    "is_article_page",
    "is_private_address",
    "load_profile",
    "looks_like_article",
    "parse_feed",
    "parse_sitemap",
    "resolve_profile",
    "simhash",
    "user_agent",
]
