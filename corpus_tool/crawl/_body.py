"""The body of an article: which blocks of the main container are prose, captions, byline.

Drops what press pages put around the text (``Chia sẻ``, ``Tin liên quan``,
date lines, photo credits, link lists), takes captions apart (caption markup
and the italic or centred line under a photo), finds the byline among the last
lines, and keeps a pull-quote that repeats a paragraph once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from corpus_tool._text import clean_text
from corpus_tool.crawl._byline import parse_byline
from corpus_tool.crawl._content import Block

__all__ = ["body_lines", "clean_line", "is_date_line", "norm_key", "pick_captions", "select_nodes"]

logger = logging.getLogger(__name__)

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
_SPACE_BEFORE_STOP = re.compile(r"\s+([.,;:!?])(?=\s|$)")
_PARENS = re.compile(r"\([^)]*\)")
_PUNCT = re.compile(r"[^\w\s]")


def clean_line(value: str) -> str:
    """Return ``value`` as one clean NFC line (see :func:`corpus_tool._text.clean_text`)."""
    return clean_text(value).replace("\n", " ")


def norm_key(text: str) -> str:
    """Return a case- and space-insensitive key for comparing lines."""
    return " ".join(text.casefold().split())


def select_nodes(tree: LexborHTMLParser, selectors: Mapping[str, str], name: str) -> list[Any]:
    """Return the nodes a profile selector picks for ``name`` (none if unset or invalid)."""
    selector = selectors.get(name)
    if not selector:
        return []
    try:
        return list(tree.css(selector))
    except Exception as exc:  # selectolax raises bare exceptions for bad selectors
        logger.warning("profile selector %s=%r is invalid: %s", name, selector, exc)
        return []


def pick_captions(tree: LexborHTMLParser, inside: list[Block],
                   selectors: Mapping[str, str], sources: dict[str, str]) -> list[str]:
    """Return the image captions among ``blocks`` (or from the profile selector)."""
    chosen = [clean_line(n.text(strip=True)) for n in select_nodes(tree, selectors, "captions")]
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
    text = _SPACE_BEFORE_STOP.sub(r"\1", clean_line(text))
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


def body_lines(inside: list[Block], title: str, sapo: str,
                captions: list[str]) -> tuple[list[str], str, list[str], bool]:
    """Return the body paragraphs, the byline line, date lines seen, and a listing verdict."""
    lines: list[tuple[str, Block]] = []
    dates: list[str] = []
    title_key, sapo_key = norm_key(title), norm_key(sapo)
    caption_keys = {norm_key(c) for c in captions}
    related = False
    link_heads = 0
    text_blocks = 0
    for block in inside:
        text = clean_line(block.text)
        if not text:
            continue
        key = norm_key(text)
        if block.kind == "text" and len(text) >= 20:
            text_blocks += 1
            if block.link_density > 0.6:
                link_heads += 1
        if block.kind in ("caption", "sapo", "title", "author"):
            continue
        if block.kind == "date" or (len(text) < 80 and is_date_line(text)):
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


def is_date_line(text: str) -> bool:
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
    keys = [" ".join(_PUNCT.sub(" ", norm_key(t)).split()) for t, _ in lines]
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
