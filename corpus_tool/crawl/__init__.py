"""Crawling press sites: decode, extract articles, find links.

Extraction is pure: :func:`extract_article` turns one page into an
:class:`~corpus_tool.records.Article` or ``None`` (not an article), without
network access.
"""

from __future__ import annotations

from corpus_tool.crawl._decode import decode_html
from corpus_tool.crawl._extract import (
    NotAnArticle,
    extract_article,
    extract_file,
    extract_with_reason,
    is_article_page,
)
from corpus_tool.crawl._links import extract_links

__all__ = [
    "NotAnArticle",
    "decode_html",
    "extract_article",
    "extract_file",
    "extract_links",
    "extract_with_reason",
    "is_article_page",
]
