"""Main-content detection: one walk over the DOM into text blocks, then a container score.

The walk skips page chrome (scripts, menus, share/related/comment blocks, found
by tag and by class/id words in English and Vietnamese), splits the rest into
text blocks at block-level elements and ``<br>``, and tags each block with
what its ancestors say it is (caption, sapo, byline, date). The container with
the most paragraph-like, comma-rich, link-poor text is the article body, in
the manner of Readability; unknown sites need no profile.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Block", "Walk", "best_container", "walk"]

_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "iframe", "nav", "button", "input", "select", "textarea",
    "svg", "template", "object", "embed", "canvas", "video", "audio", "map", "head", "link",
    "meta", "title", "option", "label", "footer", "aside", "dialog", "menu", "-comment",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td",
    "th", "figure", "figcaption", "header", "center", "address", "details", "summary", "body",
    "hr", "form", "caption", "fieldset", "html",
})
_PARAGRAPH_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd",
                             "dt", "figcaption", "caption"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_GUARDED = frozenset({"body", "html", "article", "main"})


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|[\s_-])(?:{pattern})(?:$|[\s_-])", re.IGNORECASE)


_JUNK = _words(
    r"share|sharing|shares|social|socials|related|relate|relates|relation|lien-?quan|"
    r"tinlienquan\w*|lienquan\w*|comments?|binh-?luan|binhluan|cmt|cmts|y-?kien|ykien|"
    r"y-?kien-?ban-?doc|feedback|replies|disqus|breadcrumbs?|menu|menus|navbar|nav|"
    r"navigation|footer|sidebar|side-bar|widget|widgets|banner|banners|adverts?|advertising|"
    r"ads|adv|adsbygoogle|quang-?cao|popup|modal|newsletter|subscribe|rating|vote|toolbar|"
    r"most-?read|most-?viewed|xem-?nhieu|doc-?nhieu|xem-?them|tin-?khac|other-?news|cookie|"
    r"login|search|pagination|paging|pager|tags?|keywords?|tu-?khoa|bookmark|zalo-share-button|"
    r"fb-like|fb-share-button|fb-comments|social-?links?|follow-?us|print-?button")
_TAGS_BOX = _words(r"tags?|keywords?|tu-?khoa|the-article-tags|tag-?list")
_CRUMBS = _words(r"breadcrumbs?")
_CAPTION = _words(
    r"caption|pcaption|figcaption|chu-?thich|chuthich|image-?desc|img-?desc|photo-?desc|"
    r"desc-?img|image-?caption|img-?caption|photo-?caption|fig-?cap|expnoedit|note-?image|"
    r"image_desc|img_desc|image-?note")
_SAPO = _words(r"sapo|sapou|lead|lede|summary|chapeau|tom-?tat|excerpt|intro|description|"
               r"short-?content|init-?content|article-?sapo|detail-?sapo|sapo-?detail")
_AUTHOR = _words(r"author|authors|author-?name|byline|tac-?gia|writer|nguoi-?viet")
_DATE = _words(r"date|time|datetime|ngay|publish|published|publish-?date|posted|post-?time|"
               r"pubdate|thoi-?gian|ngay-?dang|cms-date|date-?line|dateline")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CENTER = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_RIGHT = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)


@dataclass(slots=True)
class Block:
    """A run of text between block boundaries, with what the markup says about it."""

    text: str
    path: tuple[int, ...]
    tag: str
    kind: str = "text"  # text, caption, sapo, author, date, title, quote
    link_chars: int = 0
    italic_chars: int = 0
    bold_chars: int = 0
    after_image: bool = False
    centered: bool = False
    right: bool = False

    @property
    def link_density(self) -> float:
        return self.link_chars / max(len(self.text), 1)


@dataclass(slots=True)
class Walk:
    """The text blocks of a page and what was harvested from its chrome."""

    blocks: list[Block] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    breadcrumb: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Ctx:
    path: tuple[int, ...]
    tag: str
    kind: str
    link: bool = False
    italic: bool = False
    bold: bool = False
    centered: bool = False
    right: bool = False


def _role(tag: str, marks: str, parent: str) -> str:
    if tag == "figcaption" or (marks and _CAPTION.search(marks)):
        return "caption"
    if tag == "h1":
        return "title"
    if not marks:
        return "quote" if tag == "blockquote" else parent
    if _SAPO.search(marks):
        return "sapo"
    if _AUTHOR.search(marks):
        return "author"
    if _DATE.search(marks):
        return "date"
    return "quote" if tag == "blockquote" else parent


def walk(root: Any, *, keep: frozenset[int] = frozenset()) -> Walk:
    """Return the text blocks under ``root`` (a selectolax node), chrome left out.

    Args:
        root: the ``<body>`` (or any) node to walk.
        keep: ``mem_id`` of nodes that must not be dropped as chrome (a profile's
            selected body, for instance).
    """
    out = Walk()
    blocks = out.blocks
    buf: list[str] = []
    counts = [0, 0, 0]  # link, italic, bold characters in buf
    image_pending = False
    state: dict[str, _Ctx | None] = {"block": None}

    def flush() -> None:
        nonlocal image_pending
        ctx = state["block"]
        if not buf or ctx is None:
            buf.clear()
            counts[:] = [0, 0, 0]
            return
        text = " ".join("".join(buf).split())
        buf.clear()
        if text:
            blocks.append(Block(text, ctx.path, ctx.tag, ctx.kind, counts[0], counts[1],
                                counts[2], image_pending, ctx.centered, ctx.right))
            image_pending = False
        counts[:] = [0, 0, 0]

    start = _Ctx((root.mem_id,), root.tag or "body", "text")
    # Explicit stack rather than recursion: malformed pages nest thousands deep.
    stack: list[tuple[Any, _Ctx | None, _Ctx]] = [(root, None, start)]
    state["block"] = start
    first = True
    while stack:
        node, exit_to, ctx = stack.pop()
        if node is None:  # leaving a block element: its text ends here
            flush()
            state["block"] = exit_to
            continue
        tag = node.tag
        if tag == "-text":
            value = node.text_content
            if value:
                buf.append(value)
                n = len(value.strip())
                if ctx.link:
                    counts[0] += n
                if ctx.italic:
                    counts[1] += n
                if ctx.bold:
                    counts[2] += n
            continue
        if tag in _SKIP_TAGS and not first:
            continue
        attrs = node.attributes
        marks = " ".join(v for k in ("class", "id") if (v := attrs.get(k)))
        if not first and tag not in _GUARDED and node.mem_id not in keep:
            style = attrs.get("style")
            if style and _HIDDEN.search(style):
                continue
            if marks and _JUNK.search(marks) and not _too_big_for_chrome(node):
                if _TAGS_BOX.search(marks):
                    out.tags.extend(t for a in node.css("a") if (t := a.text(strip=True)))
                elif _CRUMBS.search(marks):
                    items = node.css("a") or node.css("li")
                    out.breadcrumb.extend(t for a in items if (t := a.text(strip=True)))
                continue
        first = False
        if tag == "br":
            flush()
            continue
        if tag == "img":
            flush()
            image_pending = True
            continue
        if tag in _BLOCK_TAGS:
            flush()
            style = attrs.get("style") or ""
            centered = tag == "center" or (attrs.get("align") or "").lower() == "center" \
                or bool(style and _CENTER.search(style)) or ctx.centered
            align = (attrs.get("align") or "").lower()
            right = align == "right" or bool(style and _RIGHT.search(style)) or ctx.right
            inner = _Ctx((*ctx.path, node.mem_id), tag, _role(tag, marks, ctx.kind),
                         ctx.link, ctx.italic, ctx.bold, centered, right)
            stack.append((None, state["block"], inner))
            state["block"] = inner
        else:
            role = _role(tag, marks, ctx.kind) if marks else ctx.kind
            inner = _Ctx(ctx.path, ctx.tag, role, ctx.link or tag == "a",
                         ctx.italic or tag in ("em", "i"),
                         ctx.bold or tag in ("strong", "b"), ctx.centered, ctx.right)
            if role != ctx.kind and state["block"] is not None \
                    and state["block"].kind == "text" and role in ("caption", "author", "date"):
                # An inline span marked as caption/byline/date inside a plain paragraph.
                flush()
                current = state["block"]
                block_ctx = _Ctx(current.path, current.tag, role, centered=current.centered)
                stack.append((None, current, block_ctx))
                state["block"] = block_ctx
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, None, inner))
    flush()
    _drop_comment_threads(blocks)
    return out


_COMMENT_MARKERS = frozenset(s.casefold() for s in (
    "Bình luận", "Ý kiến bạn đọc", "Ý kiến", "Gửi bình luận", "Bình luận của bạn",
    "Ý kiến của bạn", "Viết bình luận", "Các bình luận", "Ý kiến độc giả", "Bạn đọc bình luận",
    "Gửi ý kiến", "Comments"))


def _drop_comment_threads(blocks: list[Block]) -> None:
    """Mark as chrome what follows a "Bình luận" heading inside the heading's own box.

    Readers' comments are comma-rich prose and would otherwise outscore a short
    article; comment threads always come after the article.
    """
    for i, block in enumerate(blocks):
        if len(block.text) > 40 or len(block.path) < 2:
            continue
        heading = block.tag in _HEADINGS or block.bold_chars >= 0.8 * len(block.text)
        if heading and block.text.strip(" :").casefold() in _COMMENT_MARKERS:
            box = block.path[-2] if block.tag in _PARAGRAPH_TAGS else block.path[-1]
            for later in blocks[i:]:
                if box in later.path:
                    later.kind = "chrome"


def _too_big_for_chrome(node: Any) -> bool:
    """Return whether a node marked as chrome holds the article after all (a mislabel).

    Class names lie (VnExpress's main column is ``sidebar-1``): a box that holds
    the page's ``<h1>`` or a page's worth of link-poor prose is kept.
    """
    if node.css_first("h1") is not None:
        return True
    text = node.text(deep=True, strip=True)
    if len(text) < 1500:
        return False
    links = sum(len(a.text(deep=True, strip=True)) for a in node.css("a"))
    return links < 0.25 * len(text)


def best_container(blocks: list[Block]) -> tuple[int | None, dict[int, float]]:
    """Return the ``mem_id`` of the element that holds the article's prose, and all scores.

    Each paragraph of 25+ characters scores 1 + its commas + up to 3 per 100
    characters; the score goes to its parent and half of it to its
    grandparent (text written straight into a ``div``: to that element and
    three quarters to its parent), and each candidate's score is discounted by
    its link density.
    """
    score: dict[int, float] = defaultdict(float)
    text_len: dict[int, int] = defaultdict(int)
    link_len: dict[int, int] = defaultdict(int)
    for block in blocks:
        if block.kind not in ("text", "quote", "caption", "sapo"):
            continue
        n = len(block.text)
        for node_id in block.path:
            text_len[node_id] += n
            link_len[node_id] += block.link_chars
        if n < 25 or block.kind != "text" or block.link_density > 0.5:
            continue
        points = 1 + block.text.count(",") + min(n // 100, 3)
        if block.tag in _PARAGRAPH_TAGS:
            owners, weights = block.path[-2:-4:-1], (1.0, 0.5)
        else:
            # Text written straight into a div/td: that element may be the body (lines
            # split by <br>) or one of several <div> paragraphs, whose parent is the body.
            owners, weights = block.path[-1:-3:-1], (1.0, 0.75)
        for node_id, weight in zip(owners, weights, strict=False):
            score[node_id] += points * weight
    final = {k: v * (1 - min(link_len[k] / max(text_len[k], 1), 1.0)) for k, v in score.items()}
    if not final:
        return None, final
    return max(final, key=lambda k: final[k]), final
