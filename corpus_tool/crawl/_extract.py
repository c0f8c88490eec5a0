"""Minimal article extraction used by the crawler (OpenGraph/meta, ``<article>`` paragraphs).

Only what the crawl pipeline needs: a title, a publication date from the
page's metadata, the paragraphs of the ``<article>`` element, the canonical
link and the page's ``<a href>`` links. Pages without an ``<article>``
element are not articles.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from corpus_tool._dates import parse_datetime
from corpus_tool._text import clean_text
from corpus_tool.records import Article

__all__ = ["decode_html", "extract_article", "extract_links"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def _charset_from_header(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def _known(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def decode_html(body: bytes, content_type: str | None) -> str:
    """Return the page as text, decoded by the header charset, then ``<meta charset>``, then UTF-8.

    Example:
        >>> decode_html("Gần dân".encode("utf-8"), "text/html; charset=utf-8")
        'Gần dân'
    """
    encoding = _known(_charset_from_header(content_type))
    if encoding is None:
        match = _META_CHARSET.search(body[:4096])
        encoding = _known(match.group(1).decode("ascii")) if match else None
    return body.decode(encoding or "utf-8", errors="replace")


def _text(node: object) -> str:
    text = getattr(node, "text", None)
    return clean_text(text(separator=" ")) if callable(text) else ""


def extract_article(
    html: str | bytes, url: str, *, selectors: Mapping[str, str] | None = None,
    timezone: str = "Asia/Ho_Chi_Minh", content_type: str | None = None,
) -> Article | None:
    """Return the article on the page, or ``None`` when the page is not an article.

    Example:
        >>> page = ("<title>Gần dân</title><article><p>Thủ Dầu Một.</p></article>")
        >>> extract_article(page, "https://baobinhduong.vn/gan-dan-a1.html").title
        'Gần dân'
    """
    if isinstance(html, bytes):
        html = decode_html(html, content_type)
    tree = LexborHTMLParser(html)
    selectors = selectors or {}
    container = tree.css_first(selectors["body"]) if "body" in selectors else None
    container = container or tree.css_first("article")
    if container is None:
        return None
    paragraphs = [p for p in (_text(n) for n in container.css("p")) if p]
    if not paragraphs:
        return None

    def meta(prop: str) -> str | None:
        node = tree.css_first(f'meta[property="{prop}"]') or tree.css_first(f'meta[name="{prop}"]')
        return node.attributes.get("content") if node is not None else None

    title_node = tree.css_first(selectors["title"]) if "title" in selectors else None
    title = _text(title_node) if title_node is not None else ""
    title = title or clean_text(meta("og:title") or "") or _text(tree.css_first("title"))
    published = None
    raw_date = meta("article:published_time")
    if raw_date is None:
        time_node = tree.css_first("time[datetime]")
        raw_date = time_node.attributes.get("datetime") if time_node is not None else None
    if raw_date:
        published = parse_datetime(raw_date, default_tz=timezone)
    canonical_node = tree.css_first('link[rel="canonical"]')
    canonical = canonical_node.attributes.get("href") if canonical_node is not None else None
    return Article(
        id="", url=url, title=title, body="\n".join(paragraphs),
        site=urlsplit(url).hostname or "", published=published,
        canonical_url=urljoin(url, canonical) if canonical else None,
    )


def extract_links(html: str, base_url: str) -> list[str]:
    """Return the absolute http(s) targets of the page's ``<a href>`` links, in page order."""
    tree = LexborHTMLParser(html)
    out: list[str] = []
    for node in tree.css("a[href]"):
        href = (node.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        absolute = urljoin(base_url, href)
        if absolute.startswith(("http://", "https://")):
            out.append(absolute)
    return out
