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
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from corpus_tool._dates import get_timezone, parse_datetime
from corpus_tool._text import clean_text
from corpus_tool.crawl._byline import parse_byline, split_authors
from corpus_tool.crawl._content import Block, Walk, best_container, walk
from corpus_tool.crawl._decode import decode_html
from corpus_tool.crawl._links import extract_links
from corpus_tool.crawl._meta import PageMeta, read_meta
from corpus_tool.errors import InputError
from corpus_tool.records import Article

# decode_html and extract_links are re-exported: the crawler takes all three from here.
__all__ = ["SELECTOR_FIELDS", "NotAnArticle", "decode_html", "extract_article", "extract_file",
           "extract_links", "extract_with_reason", "is_article_page"]

logger = logging.getLogger(__name__)

SELECTOR_FIELDS = ("title", "sapo", "body", "published", "updated", "authors", "section",
                   "tags", "captions")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
_BOILERPLATE = frozenset(s.casefold() for s in (
    "Chia sẻ", "Chia sẻ bài viết", "Chia sẻ:", "Share", "Tweet", "Bình luận", "Gửi bình luận",
    "Ý kiến bạn đọc", "In bài", "In bài viết", "Lên đầu trang", "Về đầu trang", "Quay lại",
    "Trở về", "Xem thêm", "Đọc thêm", "Tin liên quan", "Bài viết liên quan", "Tin cùng chuyên mục",
    "Tin khác", "Các tin khác", "Tin mới", "Tin mới nhất", "Xem nhiều", "Đọc nhiều", "Thích",
    "Theo dõi", "Từ khóa", "Từ khoá", "Tags", "Tag", "Báo lỗi", "Lưu bài", "Gửi", "Email",
    "Facebook", "Zalo", "Copy link", "Sao chép liên kết", "Bản in", "Gửi tin bài",
    "Nghe bài viết", "Cỡ chữ", "Tin nổi bật", "Có thể bạn quan tâm", "Bài liên quan",
))
_RELATED_MARKERS = frozenset(s.casefold() for s in (
    "Tin liên quan", "Bài viết liên quan", "Tin cùng chuyên mục", "Tin khác", "Các tin khác",
    "Có thể bạn quan tâm", "Bài liên quan", "Xem thêm", "Đọc thêm", "Tin mới", "Tin mới nhất",
    "Xem nhiều", "Đọc nhiều", "Tin nổi bật",
))
_LEADING_BOILERPLATE = re.compile(
    r"^(?:xem thêm|tin liên quan|đọc thêm|>>|\[?video\]?\s*:|mời (?:quý )?(?:độc giả|bạn đọc))",
    re.IGNORECASE)
_CREDIT_LINE = re.compile(r"^\(?\s*(?:ảnh|video|clip|đồ họa|đồ hoạ|infographic)\s*:", re.IGNORECASE)
_DATE_HINT = re.compile(r"\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}|\d{4}-\d{2}-\d{2}")
_PHOTO_CREDIT = re.compile(r"\(?\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|photo)\s*:[^()]{1,80}"
                           r"\)?\s*\.?$", re.IGNORECASE)
_TRAILING_PUNCT = re.compile(r"[\s:|.\-–—]+$")
_VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_SPACE_BEFORE_STOP = re.compile(r"\s+([.,;:!?])(?=\s|$)")
_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]{1,40}$")
_URL_STAMP = re.compile(r"(?<!\d)(20\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?!\d)|"
                        r"/(20\d{2})/(\d{1,2})/(\d{1,2})/")
_PARENS = re.compile(r"\([^)]*\)")
_PUNCT = re.compile(r"[^\w\s]")
_LANG_CLEAN = re.compile(r"[_-].*$")
_LISTING = "a listing page: mostly links to other pages"
_MIN_BODY_ARTICLE = 40
_MIN_BODY_UNKNOWN = 250


class NotAnArticle(InputError):
    """A saved page is not an article (a listing or home page, or too little text)."""


@dataclass(slots=True)
class _Picked:
    value: Any
    source: str


def _clean(value: str) -> str:
    return clean_text(value).replace("\n", " ")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _first(candidates: list[tuple[str, Any]]) -> _Picked | None:
    for source, value in candidates:
        if value:
            return _Picked(value, source)
    return None


def _select(tree: LexborHTMLParser, selectors: Mapping[str, str], name: str) -> list[Any]:
    selector = selectors.get(name)
    if not selector:
        return []
    try:
        return list(tree.css(selector))
    except Exception as exc:  # selectolax raises bare exceptions for bad selectors
        logger.warning("profile selector %s=%r is invalid: %s", name, selector, exc)
        return []


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
    chosen = [n.mem_id for n in _select(tree, selectors, "body")]
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
        best = _near_headline(page.blocks, scores, best, meta)
        inside = [b for b in page.blocks if best in b.path]
    if best is None:
        links = sum(1 for b in page.blocks if b.link_density > 0.6 and len(b.text) >= 20)
        return None, (_LISTING if links >= 3 else "no paragraph of article text")
    sources: dict[str, str] = {}

    title = _pick_title(tree, meta, page, best, selectors, sources)
    if not title:
        return None, "no title"
    sapo = _pick_sapo(tree, page, best, selectors, sources)
    # Lead photos often sit just outside the body container, inside the article.
    parent = _parent_of(page.blocks, best)
    near = [b for b in page.blocks if parent in b.path] if parent is not None else inside
    captions = _pick_captions(tree, near, selectors, sources)
    body, byline, date_lines, listing = _body_lines(inside, title, sapo, captions)
    if listing:
        return None, _LISTING
    if not sapo:
        sapo, body = _sapo_from_description(meta, body, sources)
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
                   if b.kind == "text" and len(b.text) < 100 and _is_date_line(b.text)]
    published = _pick_date(meta.published, tree, selectors, "published", page, date_lines,
                           timezone, sources) or _date_from_url(url, timezone, sources)
    updated = _pick_date(meta.updated, tree, selectors, "updated", None, [], timezone, sources)
    authors = _pick_authors(tree, meta, page, best, byline, selectors, sources)
    section = _pick_section(tree, meta, page, title, selectors, sources)
    tags = _pick_tags(tree, meta, page, selectors, sources)
    canonical = _pick_canonical(meta, url, sources)
    language = _pick_language(meta, body_text, sources)
    site = urlsplit(url).hostname or ""
    return Article(
        id=hashlib.sha1((canonical or url).encode("utf-8")).hexdigest()[:16],
        url=url, title=title, body=body_text, sapo=sapo,
        site=site.removeprefix("www."), section=section,
        published=published, updated=updated, authors=authors, captions=captions, tags=tags,
        canonical_url=canonical, language=language, field_sources=sources,
    ), ""


def _near_headline(blocks: list[Block], scores: dict[int, float], best: int | None,
                   meta: PageMeta) -> int | None:
    """Return the best-scoring container close to the headline, if it holds real text.

    A short article beside a long "Đọc nhiều" box of summaries loses on score
    alone; the article is the text next to its own ``<h1>``. Walking up from the
    headline, the first ancestor holding a container that scores at least a
    fifth of the page's best wins.
    """
    if best is None:
        return None
    headlines = [b for b in blocks if b.kind == "title"]
    if not headlines:
        return best
    wanted = {_key(v) for _, v in meta.title}
    headline = next((h for h in headlines if _key(h.text) in wanted
                     or any(_key(h.text) in w for w in wanted)), headlines[0])
    floor = 0.2 * scores[best]
    # Each candidate's own ancestors (itself included): "inside" is ancestor-or-self.
    lineage: dict[int, tuple[int, ...]] = {}
    for block in blocks:
        for i, node_id in enumerate(block.path):
            if node_id in scores and node_id not in lineage:
                lineage[node_id] = block.path[:i + 1]
    for ancestor in reversed(headline.path[:-1]):
        near = [k for k, v in scores.items() if v >= floor and ancestor in lineage[k]]
        if near:
            return max(near, key=lambda k: scores[k])
    return best


def _pick_title(tree: LexborHTMLParser, meta: PageMeta, page: Walk, best: int,
                selectors: Mapping[str, str], sources: dict[str, str]) -> str:
    h1 = _nearest(page.blocks, best, "title")
    candidates = list(meta.title)
    candidates += [("selector", n.text(strip=True)) for n in _select(tree, selectors, "title")]
    if h1 is not None:
        candidates.append(("h1", h1.text))
    head = tree.css_first("title")
    if head is not None:
        candidates.append(("html-title", head.text(strip=True)))
    picked = _first([(s, _clean(v)) for s, v in candidates])
    if picked is None:
        return ""
    title: str = picked.value
    if h1 is not None:
        shown = _clean(h1.text)
        # og:title and <title> often carry " - Site name"; the h1 is the headline itself.
        if shown and title != shown and title.startswith(shown):
            title = shown
    elif meta.site_name and title.casefold().endswith(meta.site_name.casefold()) and \
            _SITE_SUFFIX.search(title):
        title = _SITE_SUFFIX.sub("", title) or title
    elif picked.source == "html-title":
        # Drop the " - Báo Bình Dương" suffix only: a headline may hold " - " itself.
        title = _SITE_SUFFIX.sub("", title) or title
    sources["title"] = picked.source
    return title


def _parent_of(blocks: list[Block], node_id: int) -> int | None:
    for block in blocks:
        if node_id in block.path:
            i = block.path.index(node_id)
            return block.path[i - 1] if i > 0 else None
    return None


def _nearest(blocks: list[Block], best: int, kind: str) -> Block | None:
    """Return the block of ``kind`` closest in the tree to the ``best`` container."""
    found = [b for b in blocks if b.kind == kind]
    if not found:
        return None
    anchor = next((b.path for b in blocks if best in b.path), ())

    def shared(b: Block) -> int:
        n = 0
        for x, y in zip(b.path, anchor, strict=False):
            if x != y:
                break
            n += 1
        return n

    return max(found, key=shared)


def _pick_sapo(tree: LexborHTMLParser, page: Walk, best: int, selectors: Mapping[str, str],
               sources: dict[str, str]) -> str:
    chosen = [n.text(strip=True) for n in _select(tree, selectors, "sapo")]
    if chosen:
        sources["sapo"] = "selector"
        return _clean(" ".join(chosen))
    sapo = _lead_block(page.blocks, best)
    if sapo is not None:
        parts = [b.text for b in page.blocks if b.kind == "sapo" and b.path == sapo.path]
        sources["sapo"] = "content"
        return _clean(" ".join(parts))
    return ""


def _lead_block(blocks: list[Block], best: int) -> Block | None:
    """Return the sapo block: the last one before the body, else one opening the body."""
    start = next((i for i, b in enumerate(blocks) if best in b.path), len(blocks))
    before = [b for b in blocks[:start] if b.kind == "sapo"]
    for block in reversed(before[-3:]):
        if len(block.text) >= 30 and block.link_density < 0.5:
            return block
    for block in blocks[start:]:
        if block.kind == "sapo" and len(block.text) >= 30 and block.link_density < 0.5:
            return block
        if block.kind == "text" and len(block.text) >= 80:
            break
    return None


def _sapo_from_description(meta: PageMeta, body: list[str],
                           sources: dict[str, str]) -> tuple[str, list[str]]:
    """Take the described lead as sapo when the page shows it as its first paragraph."""
    picked = _first(meta.description)
    if picked is None or len(body) < 2:
        return "", body
    description = _key(_clean(picked.value))
    first = _key(body[0])
    if first == description or (len(description) > 60 and first.startswith(description[:-3])):
        sources["sapo"] = "content"
        return body[0], body[1:]
    return "", body


def _pick_captions(tree: LexborHTMLParser, inside: list[Block],
                   selectors: Mapping[str, str], sources: dict[str, str]) -> list[str]:
    chosen = [_clean(n.text(strip=True)) for n in _select(tree, selectors, "captions")]
    if chosen:
        sources["captions"] = "selector"
        return [c for c in chosen if c]
    captions: list[str] = []
    for block in inside:
        if block.kind == "caption":
            _add_caption(captions, block.text)
        elif _is_caption_paragraph(block):
            _add_caption(captions, block.text)
    if captions:
        sources["captions"] = "content"
    return captions


def _add_caption(captions: list[str], text: str) -> None:
    text = _SPACE_BEFORE_STOP.sub(r"\1", _clean(text))
    if not text:
        return
    if captions and captions[-1] and not _TRAILING_PUNCT.sub("", captions[-1]).endswith(
            tuple(".!?")) and len(captions[-1]) + len(text) < 300 and text[:1] in ".,;":
        captions[-1] = f"{captions[-1]}{text}"
        return
    if text not in captions:
        captions.append(text)


def _is_caption_paragraph(block: Block) -> bool:
    """Return whether a paragraph is an image caption set as text right under the image."""
    if block.kind != "text" or not block.after_image or len(block.text) > 300 \
            or block.tag in ("h2", "h3", "h4", "h5", "h6"):
        return False
    italic = block.italic_chars >= 0.6 * len(block.text.replace(" ", ""))
    return italic or block.centered or bool(_PHOTO_CREDIT.search(block.text))


def _body_lines(inside: list[Block], title: str, sapo: str,
                captions: list[str]) -> tuple[list[str], str, list[str], bool]:
    """Return the body paragraphs, the byline line, date lines seen, and a listing verdict."""
    lines: list[tuple[str, Block]] = []
    dates: list[str] = []
    title_key, sapo_key = _key(title), _key(sapo)
    caption_keys = {_key(c) for c in captions}
    related = False
    link_heads = 0
    text_blocks = 0
    for block in inside:
        text = _clean(block.text)
        if not text:
            continue
        key = _key(text)
        if block.kind == "text" and len(text) >= 20:
            text_blocks += 1
            if block.link_density > 0.6:
                link_heads += 1
        if block.kind in ("caption", "sapo", "title", "author"):
            continue
        if block.kind == "date" or (len(text) < 80 and _is_date_line(text)):
            dates.append(text)
            continue
        if key in (title_key, sapo_key) or key in caption_keys or _is_caption_paragraph(block):
            continue
        bare = _TRAILING_PUNCT.sub("", key)
        if bare in _BOILERPLATE or key in _BOILERPLATE:
            related = related or bare in _RELATED_MARKERS
            continue
        if _LEADING_BOILERPLATE.match(text) or (len(text) < 80 and _CREDIT_LINE.match(text)):
            continue
        if block.link_density > 0.5 or (related and block.link_density > 0.2):
            continue
        lines.append((text, block))
    listing = link_heads >= 3 and link_heads >= 0.4 * max(text_blocks, 1)
    byline = ""
    for i in range(len(lines) - 1, max(len(lines) - 3, -1), -1):
        text, block = lines[i]
        if block.tag in ("h2", "h3", "h4", "h5", "h6"):
            continue
        if parse_byline(text) is not None or _signed_line(text, block):
            byline = text
            del lines[i]
            break
    return _dedupe(lines), byline, dates, listing


def _signed_line(text: str, block: Block) -> bool:
    """Return whether a closing line is a signature in mixed case (right-aligned or bold name)."""
    if len(text) > 50 or not (block.right or block.bold_chars >= 0.8 * len(text.replace(" ", ""))):
        return False
    words = _PARENS.sub(" ", text).replace("-", " ").replace(",", " ").split()
    return 1 <= len(words) <= 8 and all(w[:1].isupper() for w in words if w.lower() != "và")


def _is_date_line(text: str) -> bool:
    """Return whether a short line is a date line (``| 05-01-2023 | 08:40:31``)."""
    match = _DATE_HINT.search(text)
    if match is None:
        return False
    rest = _DATE_HINT.sub("", text)
    letters = re.sub(r"(?i)thứ\s+\w+|chủ nhật|cập nhật|ngày|lúc|giờ|gmt|utc|đăng|[\W\d_]", "",
                     rest)
    return len(letters) <= 12


def _dedupe(lines: list[tuple[str, Block]]) -> list[str]:
    """Drop repeated paragraphs, and pull-quotes that repeat text found in another paragraph."""
    # Punctuation is ignored: a pull-quote often drops a quote mark or adds a full stop.
    keys = [" ".join(_PUNCT.sub(" ", _key(t)).split()) for t, _ in lines]
    out: list[str] = []
    kept: list[str] = []
    for i, (text, block) in enumerate(lines):
        key = keys[i]
        if key in kept:
            continue
        if len(key) >= 50 and any(key in other for other in kept):
            continue
        if block.kind == "quote" and len(key) >= 30 and any(
                key in other for j, other in enumerate(keys) if j != i and len(other) > len(key)):
            continue
        kept.append(key)
        out.append(text)
    return out


def _pick_date(candidates: list[tuple[str, str]], tree: LexborHTMLParser,
               selectors: Mapping[str, str], name: str, page: Walk | None,
               date_lines: list[str], timezone: str,
               sources: dict[str, str]) -> datetime | None:
    parsed: list[tuple[str, datetime, bool]] = []
    options = list(candidates)
    options += [("selector", n.text(strip=True)) for n in _select(tree, selectors, name)]
    if page is not None:
        options += [("text", b.text) for b in page.blocks if b.kind == "date" and len(b.text) < 120]
        options += [("text", line) for line in date_lines]
    for source, raw in options:
        value = parse_datetime(raw, default_tz=timezone)
        if value is not None:
            parsed.append((source, value, _has_offset(raw)))
    if not parsed:
        return None
    source, value, explicit = parsed[0]
    if explicit:
        # A trusted value with a wrong offset (a server writing +08:00 for Vietnam)
        # shows itself when the page's own wall-clock time, read in the site's
        # zone, matches it minute for minute: believe what readers see.
        naive = value.replace(tzinfo=None, second=0, microsecond=0)
        for other_source, other, other_explicit in parsed[1:]:
            if not other_explicit and other.utcoffset() != value.utcoffset() and \
                    other.replace(tzinfo=None, second=0, microsecond=0) == naive:
                source, value = other_source, value.replace(tzinfo=other.tzinfo)
                break
    sources[name] = source
    return value


def _date_from_url(url: str, timezone: str, sources: dict[str, str]) -> datetime | None:
    """Return the time stamped in an article URL (``-20230105084031.htm``, ``/2023/01/05/``)."""
    match = _URL_STAMP.search(urlsplit(url).path)
    if match is None:
        return None
    parts = [int(g) for g in match.groups() if g is not None] + [0, 0, 0]
    try:
        value = datetime(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5],
                         tzinfo=get_timezone(timezone))
    except (TypeError, ValueError):
        return None
    sources["published"] = "url"
    return value


def _has_offset(raw: str) -> bool:
    raw = raw.strip()
    return bool(re.search(r"(?:[+-]\d{2}:?\d{2}|Z|GMT\s*[+-]\s*\d|UTC\s*[+-]\s*\d)\)?$", raw)) \
        and ("T" in raw or "GMT" in raw.upper() or "UTC" in raw.upper() or "," in raw)


def _pick_authors(tree: LexborHTMLParser, meta: PageMeta, page: Walk, best: int, byline: str,
                  selectors: Mapping[str, str], sources: dict[str, str]) -> list[str]:
    options: list[tuple[str, list[str]]] = list(meta.authors)
    chosen = [n.text(strip=True) for n in _select(tree, selectors, "authors")]
    if chosen:
        options.append(("selector", [a for c in chosen for a in split_authors(c)]))
    shown = [b for b in page.blocks if b.kind == "author" and len(b.text) <= 80]
    if shown:
        options.append(("content", [a for b in shown for a in split_authors(b.text)]))
    if byline:
        options.append(("byline", parse_byline(byline) or split_authors(byline)))
    picked = _first(options)
    if picked is None:
        return []
    sources["authors"] = picked.source
    seen: list[str] = []
    for name in picked.value:
        name = _clean(name)
        if name and name not in seen:
            seen.append(name)
    return seen


def _pick_section(tree: LexborHTMLParser, meta: PageMeta, page: Walk, title: str,
                  selectors: Mapping[str, str], sources: dict[str, str]) -> str:
    options = list(meta.section)
    options += [("selector", n.text(strip=True)) for n in _select(tree, selectors, "section")]
    crumbs = [c for c in page.breadcrumb if _key(c) != _key(title)
              and _key(c) not in ("trang chủ", "home", "trang chu")]
    if crumbs:
        options.append(("breadcrumb", crumbs[-1]))
    picked = _first([(s, _clean(v)) for s, v in options])
    if picked is None:
        return ""
    sources["section"] = picked.source
    return str(picked.value)


def _pick_tags(tree: LexborHTMLParser, meta: PageMeta, page: Walk,
               selectors: Mapping[str, str], sources: dict[str, str]) -> list[str]:
    options = [(s, v) for s, v in meta.tags if s != "meta-keywords"]
    chosen = [n.text(strip=True) for n in _select(tree, selectors, "tags")]
    if chosen:
        options.append(("selector", chosen))
    if page.tags:
        options.append(("content", page.tags))
    options += [(s, v) for s, v in meta.tags if s == "meta-keywords"]
    picked = _first(options)
    if picked is None:
        return []
    sources["tags"] = picked.source
    out: list[str] = []
    for tag in picked.value:
        tag = _clean(tag)
        if tag and tag not in out:
            out.append(tag)
    return out


def _pick_canonical(meta: PageMeta, url: str, sources: dict[str, str]) -> str | None:
    for source, value in meta.canonical:
        absolute = urldefrag(urljoin(url, value.strip()))[0]
        if absolute.startswith(("http://", "https://")):
            sources["canonical_url"] = source
            return absolute
    return None


def _pick_language(meta: PageMeta, body: str, sources: dict[str, str]) -> str | None:
    for source, value in meta.language:
        code = _LANG_CLEAN.sub("", value.strip().lower())
        if code.isalpha() and 2 <= len(code) <= 3:
            sources["language"] = source
            return code
    if len(_VI_LETTERS.findall(body.lower())) >= 0.02 * max(len(body), 1):
        sources["language"] = "detected"
        return "vi"
    return None
