"""Article extraction: a pure function from one HTML page to an :class:`Article` or ``None``.

Fields come from the most trusted source that has them: JSON-LD
``NewsArticle``, then OpenGraph / ``article:`` meta tags, then ``<time>``,
then the site profile's CSS selectors, then what the page shows (the generic
main-content detection of :mod:`corpus_tool.crawl._content`). Which source
gave each field is kept in ``Article.field_sources``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from corpus_tool.crawl._body import body_lines, is_date_line, pick_captions, select_nodes
from corpus_tool.crawl._content import Block, best_container, walk
from corpus_tool.crawl._decode import decode_html
from corpus_tool.crawl._fields import (
    date_from_url,
    near_headline,
    parent_of,
    pick_authors,
    pick_canonical,
    pick_date,
    pick_language,
    pick_sapo,
    pick_section,
    pick_tags,
    pick_title,
    sapo_from_description,
)
from corpus_tool.crawl._links import extract_links
from corpus_tool.crawl._meta import read_meta
from corpus_tool.errors import InputError
from corpus_tool.records import Article

# decode_html and extract_links are re-exported: the crawler takes all three from here.
__all__ = ["SELECTOR_FIELDS", "NotAnArticle", "decode_html", "extract_article", "extract_file",
           "extract_links", "extract_with_reason", "is_article_page"]

logger = logging.getLogger(__name__)

SELECTOR_FIELDS = ("title", "sapo", "body", "published", "updated", "authors", "section",
                   "tags", "captions")

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")

_LISTING = "a listing page: mostly links to other pages"

_MIN_BODY_ARTICLE = 40

_MIN_BODY_UNKNOWN = 250

class NotAnArticle(InputError):
    """A saved page is not an article (a listing or home page, or too little text)."""

def extract_article(
    html: str | bytes, url: str, *, selectors: Mapping[str, str] | None = None,
    timezone: str = "Asia/Ho_Chi_Minh", content_type: str | None = None,
) -> Article | None:
    """Return the article on an HTML page, or ``None`` when the page is not an article.

    Home, section and listing pages, pages without a title or with too little
    body text, and non-HTML content give ``None``; a broken page never
    raises, it is logged and gives ``None``.

    Args:
        html: the page, as text or as the bytes fetched (then decoded with
            :func:`decode_html` and ``content_type``).
        url: the URL the page was fetched from (makes links absolute, names the site).
        selectors: CSS selectors from a site profile for fields the generic
            extractor gets wrong (keys: title, sapo, body, published, updated,
            authors, section, tags, captions).
        timezone: zone for dates written without an offset.
        content_type: the HTTP ``Content-Type`` header, if known.

    Example:
        >>> page = ('<html><head><meta property="og:type" content="article"></head><body>'
        ...         '<h1>Đổi mới trong học và làm theo Bác</h1><div class="date">05-01-2023 '
        ...         '| 08:40:31</div><div class="content"><p>Thành ủy Thủ Dầu Một đã có nhiều '
        ...         'đổi mới trong việc tổ chức học tập, nhân rộng các mô hình mới.</p>'
        ...         '<p>TIỂU LIÊN - CHÂU TIẾN</p></div></body></html>')
        >>> a = extract_article(page, "https://baobinhduong.vn/x-a1.html")
        >>> a.title, a.authors, a.published.isoformat()
        ('Đổi mới trong học và làm theo Bác', ['Tiểu Liên', 'Châu Tiến'], \
'2023-01-05T08:40:31+07:00')
    """
    return extract_with_reason(html, url, selectors=selectors, timezone=timezone,
                               content_type=content_type)[0]

def extract_with_reason(
    html: str | bytes, url: str, *, selectors: Mapping[str, str] | None = None,
    timezone: str = "Asia/Ho_Chi_Minh", content_type: str | None = None,
) -> tuple[Article | None, str]:
    """Return ``(article, "")``, or ``(None, reason)`` saying why the page is not an article.

    The same as :func:`extract_article`, for callers that record why a page was
    set aside (``"a listing page: mostly links to other pages"``,
    ``"too little body text (31 characters, need 40)"``...).
    """
    try:
        article, reason = _extract(html, url, selectors or {}, timezone, content_type)
    except Exception as exc:  # a bad page must not stop a batch
        logger.exception("extraction failed on %s", url)
        return None, f"extraction failed: {type(exc).__name__}: {exc}"
    if article is None:
        logger.debug("%s: %s", url, reason)
    return article, reason

def is_article_page(html: str | bytes, url: str, *, selectors: Mapping[str, str] | None = None,
                    content_type: str | None = None) -> bool:
    """Return whether a page is an article (as opposed to a home, section or listing page).

    The same test :func:`extract_article` applies before returning ``None``.
    """
    return extract_article(html, url, selectors=selectors, content_type=content_type) is not None

def extract_file(path: str | Path, *, url: str | None = None,
                 timezone: str = "Asia/Ho_Chi_Minh") -> Article:
    """Return the article in a saved HTML file, or raise saying why there is none.

    Raises:
        InputError: the file is missing, unreadable or not HTML.
        NotAnArticle: the page is HTML but holds no article (names the reason).
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{file}: no such file") from None
    except OSError as exc:
        raise InputError(f"{file}: cannot be read ({exc.strerror})") from None
    head = data[:4096].lstrip().lower()
    if not data.strip():
        raise InputError(f"{file}: is empty (expected an HTML page)")
    if b"\x00" in data[:4096] or not (head.startswith(b"<") or b"<html" in head
                                        or b"<body" in head or b"<p" in head):
        raise InputError(f"{file}: is not HTML (expected a page starting with a tag)")
    page_url = url or file.resolve().as_uri()
    article, reason = _extract(data, page_url, {}, timezone, None)
    if article is None:
        raise NotAnArticle(f"{file}: not an article page ({reason})")
    return article

def _extract(html: str | bytes, url: str, selectors: Mapping[str, str], timezone: str,
             content_type: str | None) -> tuple[Article | None, str]:
    if content_type and not content_type.split(";")[0].strip().lower().startswith(_HTML_TYPES):
        return None, f"content type {content_type!r} is not HTML"
    text = decode_html(html, content_type) if isinstance(html, bytes) else html
    if "<" not in text:
        return None, "no HTML markup"
    tree = LexborHTMLParser(text)
    body_node = tree.body
    if body_node is None:
        return None, "no <body>"
    meta = read_meta(tree)
    chosen = [n.mem_id for n in select_nodes(tree, selectors, "body")]
    body_source = "selector"
    if not chosen:
        # schema.org microdata names the body outright on many CMSs.
        marked = tree.css('[itemprop="articleBody"]')
        if len(marked) == 1:
            chosen, body_source = [marked[0].mem_id], "microdata"
    keep = frozenset(chosen)
    page = walk(body_node, keep=keep)
    best: int | None = None
    inside: list[Block] = []
    if keep:
        # A profile's selector may pick one container or several paragraphs.
        inside = [b for b in page.blocks if keep.intersection(b.path)]
        best = next((k for k in chosen if any(k in b.path for b in inside)), None)
    if best is None:
        keep = frozenset()
        best, scores = best_container(page.blocks)
        best = near_headline(page.blocks, scores, best, meta)
        inside = [b for b in page.blocks if best in b.path]
    if best is None:
        links = sum(1 for b in page.blocks if b.link_density > 0.6 and len(b.text) >= 20)
        return None, (_LISTING if links >= 3 else "no paragraph of article text")
    sources: dict[str, str] = {}

    title = pick_title(tree, meta, page, best, selectors, sources)
    if not title:
        return None, "no title"
    sapo = pick_sapo(tree, page, best, selectors, sources)
    # Lead photos often sit just outside the body container, inside the article.
    parent = parent_of(page.blocks, best)
    near = [b for b in page.blocks if parent in b.path] if parent is not None else inside
    captions = pick_captions(tree, near, selectors, sources)
    body, byline, date_lines, listing = body_lines(inside, title, sapo, captions)
    if listing:
        return None, _LISTING
    if not sapo:
        sapo, body = sapo_from_description(meta, body, sources)
    if keep:
        sources["body"] = body_source
    elif body:
        sources["body"] = "content"
    body_text = "\n".join(body)
    # Article markup, or a profile's body selector matching, vouches for a short page.
    minimum = _MIN_BODY_ARTICLE if meta.is_article or keep else _MIN_BODY_UNKNOWN
    if meta.og_type == "website" and not meta.is_article:
        minimum *= 2
    if len(body_text) < minimum:
        return None, f"too little body text ({len(body_text)} characters, need {minimum})"

    # A date line just above the body (no class to say so) is the last resort.
    start = page.blocks.index(inside[0]) if inside else len(page.blocks)
    date_lines += [b.text for b in reversed(page.blocks[max(0, start - 15):start])
                   if b.kind == "text" and len(b.text) < 100 and is_date_line(b.text)]
    published = pick_date(meta.published, tree, selectors, "published", page, date_lines,
                           timezone, sources) or date_from_url(url, timezone, sources)
    updated = pick_date(meta.updated, tree, selectors, "updated", None, [], timezone, sources)
    authors = pick_authors(tree, meta, page, best, byline, selectors, sources)
    section = pick_section(tree, meta, page, title, selectors, sources)
    tags = pick_tags(tree, meta, page, selectors, sources)
    canonical = pick_canonical(meta, url, sources)
    language = pick_language(meta, body_text, sources)
    site = urlsplit(url).hostname or ""
    return Article(
        id=hashlib.sha1((canonical or url).encode("utf-8")).hexdigest()[:16],
        url=url, title=title, body=body_text, sapo=sapo,
        site=site.removeprefix("www."), section=section,
        published=published, updated=updated, authors=authors, captions=captions, tags=tags,
        canonical_url=canonical, language=language, field_sources=sources,
    ), ""
