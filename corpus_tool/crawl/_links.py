"""Links of a page, made absolute, for discovery."""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin

from selectolax.lexbor import LexborHTMLParser

from corpus_tool.crawl._decode import decode_html

__all__ = ["extract_links"]

_NOT_PAGES = ("javascript:", "mailto:", "tel:", "data:", "#", "sms:", "zalo:", "fb:")


def extract_links(html: str | bytes, base_url: str) -> list[str]:
    """Return the http(s) links of a page: absolute, fragment stripped, each once, in order.

    ``<base href>`` is honoured; ``javascript:``, ``mailto:`` and similar are left out.

    Example:
        >>> extract_links('<a href="/xa-hoi/trang-2.html#top">Trang 2</a>',
        ...               "https://baobinhduong.vn/xa-hoi/")
        ['https://baobinhduong.vn/xa-hoi/trang-2.html']
    """
    text = decode_html(html) if isinstance(html, bytes) else html
    tree = LexborHTMLParser(text)
    base = base_url
    base_node = tree.css_first("base[href]")
    if base_node is not None:
        base = urljoin(base_url, (base_node.attributes.get("href") or "").strip())
    seen: set[str] = set()
    out: list[str] = []
    for node in tree.css("a[href], area[href], link[rel=next][href], link[rel=prev][href]"):
        href = (node.attributes.get("href") or "").strip()
        if not href or href.lower().startswith(_NOT_PAGES):
            continue
        try:
            url = urldefrag(urljoin(base, href))[0]
        except ValueError:  # a malformed href (bad IPv6 literal, ...) is skipped
            continue
        if url.startswith(("http://", "https://")) and url not in seen:
            seen.add(url)
            out.append(url)
    return out
