"""Telling article URLs from listing URLs, and finding feeds and "next page" links in HTML.

With a site profile the profile's regexes decide. Without one, the URL
shapes of Vietnamese papers decide: articles end in a long slug and/or a
numeric id (``-a258478.html``, ``-post1390828.html``,
``-20211002135829173.htm``, ``-961893.ldo``, ``/dai-hoi-dai-bieu-...-2026/``);
short paths are sections. The extractor has the last word: a page it
returns ``None`` for is followed as a listing, never stored.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from corpus_tool.crawl._profile import SiteProfile

__all__ = ["GENERIC_PAGINATION", "classify_url", "feed_links", "looks_like_article",
           "next_page_links"]

_STATIC = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|mp[34]|"
    r"m4a|avi|mov|wmv|flv|webm|css|js|json|woff2?|ttf|eot|apk|exe)$", re.IGNORECASE)
_NOT_CONTENT = re.compile(
    r"/(?:tag|tags|tu-khoa|search|tim-kiem|login|dang-nhap|dang-ky|register|lien-he|contact|"
    r"gioi-thieu|rss|print|in-bai|video-player|wp-admin|wp-login|cdn-cgi)(?:/|$|\.)",
    re.IGNORECASE)
_ID_END = re.compile(r"(?:\d{5,}|-[a-z]{0,4}\d{4,})(?:\.(?:html?|ldo|aspx|php|vnp|chn|tpo))?/?$",
                     re.IGNORECASE)
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){4,}(?:\.(?:html?|ldo|aspx|php))?/?$", re.IGNORECASE)
GENERIC_PAGINATION = re.compile(
    r"(?:[?&](?:page|p|trang|paged)=\d+|/(?:trang|page|p)[-/]\d+(?:\.html?)?/?$)", re.IGNORECASE)


def looks_like_article(url: str) -> bool:
    """Return whether ``url`` has the shape of a Vietnamese news article URL.

    Example:
        >>> looks_like_article("https://baobinhduong.vn/hon-200-nguoi-hien-mau-a258478.html")
        True
        >>> looks_like_article("https://baobinhduong.vn/thoi-su/")
        False
    """
    path = urlsplit(url).path
    if _STATIC.search(path) or _NOT_CONTENT.search(path):
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return bool(_ID_END.search(last) or _SLUG.search(last))


def classify_url(url: str, profile: SiteProfile) -> str | None:
    """Return the frontier kind of a link (article, listing, page), or ``None`` to ignore it."""
    path = urlsplit(url).path
    if _STATIC.search(path):
        return None
    if not profile.heuristic:
        if profile.article_pattern is not None and profile.article_pattern.search(url):
            return "article"
        if profile.listing_pattern is not None and profile.listing_pattern.search(url):
            return "listing"
        if profile.pagination.pattern is not None and profile.pagination.pattern.search(url):
            return "listing"
        return None
    if _NOT_CONTENT.search(path):
        return None
    return "article" if looks_like_article(url) else "page"


def feed_links(html: str, base_url: str) -> list[str]:
    """Return the RSS/Atom feeds a page announces with ``<link rel="alternate">``."""
    tree = LexborHTMLParser(html)
    out = []
    for node in tree.css('link[rel="alternate"]'):
        kind = (node.attributes.get("type") or "").lower()
        href = node.attributes.get("href")
        if href and kind in ("application/rss+xml", "application/atom+xml"):
            out.append(urljoin(base_url, href))
    return out


def next_page_links(html: str, base_url: str, links: list[str], profile: SiteProfile) -> list[str]:
    """Return the pagination links of a listing page: by selector, by pattern, or ``rel=next``."""
    out: list[str] = []
    selector = profile.pagination.next_selector
    tree = LexborHTMLParser(html)
    for sel in ([selector] if selector else []) + ['a[rel="next"]', 'link[rel="next"]']:
        for node in tree.css(sel):
            href = node.attributes.get("href")
            if href:
                out.append(urljoin(base_url, href))
    pattern = profile.pagination.pattern or (GENERIC_PAGINATION if profile.heuristic else None)
    if pattern is not None:
        out.extend(link for link in links if pattern.search(link))
    return out
