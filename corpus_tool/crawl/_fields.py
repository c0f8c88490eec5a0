"""Choosing each field of an article among its candidates, in order of trust.

JSON-LD first, then meta tags, ``<time>``, profile selectors, what the page
shows, and (for the date) a stamp in the URL; each picker records the source
it used in ``sources``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from corpus_tool._dates import get_timezone, parse_datetime
from corpus_tool.crawl._body import (
    clean_line,
    norm_key,
    select_nodes,
)
from corpus_tool.crawl._byline import parse_byline, split_authors
from corpus_tool.crawl._content import Block, Walk
from corpus_tool.crawl._meta import PageMeta

__all__ = [
    "date_from_url",
    "near_headline",
    "parent_of",
    "pick_authors",
    "pick_canonical",
    "pick_date",
    "pick_language",
    "pick_sapo",
    "pick_section",
    "pick_tags",
    "pick_title",
    "sapo_from_description",
]

_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]{1,40}$")
_URL_STAMP = re.compile(r"(?<!\d)(20\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?!\d)|"
                        r"/(20\d{2})/(\d{1,2})/(\d{1,2})/")
_VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_LANG_CLEAN = re.compile(r"[_-].*$")


@dataclass(slots=True)
class _Picked:
    value: Any
    source: str


def _first(candidates: list[tuple[str, Any]]) -> _Picked | None:
    for source, value in candidates:
        if value:
            return _Picked(value, source)
    return None


def near_headline(blocks: list[Block], scores: dict[int, float], best: int | None,
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
    wanted = {norm_key(v) for _, v in meta.title}
    headline = next((h for h in headlines if norm_key(h.text) in wanted
                     or any(norm_key(h.text) in w for w in wanted)), headlines[0])
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


def pick_title(tree: LexborHTMLParser, meta: PageMeta, page: Walk, best: int,
                selectors: Mapping[str, str], sources: dict[str, str]) -> str:
    """Return the headline: JSON-LD, meta, selector, the ``<h1>``, then ``<title>``."""
    h1 = _nearest(page.blocks, best, "title")
    candidates = list(meta.title)
    candidates += [("selector", n.text(strip=True)) for n in select_nodes(tree, selectors, "title")]
    if h1 is not None:
        candidates.append(("h1", h1.text))
    head = tree.css_first("title")
    if head is not None:
        candidates.append(("html-title", head.text(strip=True)))
    picked = _first([(s, clean_line(v)) for s, v in candidates])
    if picked is None:
        return ""
    title: str = picked.value
    if h1 is not None:
        shown = clean_line(h1.text)
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


def parent_of(blocks: list[Block], node_id: int) -> int | None:
    """Return the parent of ``node_id`` in the walked tree, or ``None``."""
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


def pick_sapo(tree: LexborHTMLParser, page: Walk, best: int, selectors: Mapping[str, str],
               sources: dict[str, str]) -> str:
    """Return the sapo (lead): the profile selector, else the sapo block by the body."""
    chosen = [n.text(strip=True) for n in select_nodes(tree, selectors, "sapo")]
    if chosen:
        sources["sapo"] = "selector"
        return clean_line(" ".join(chosen))
    sapo = _lead_block(page.blocks, best)
    if sapo is not None:
        parts = [b.text for b in page.blocks if b.kind == "sapo" and b.path == sapo.path]
        sources["sapo"] = "content"
        return clean_line(" ".join(parts))
    return ""


def sapo_from_description(meta: PageMeta, body: list[str],
                           sources: dict[str, str]) -> tuple[str, list[str]]:
    """Take the described lead as sapo when the page shows it as its first paragraph."""
    picked = _first(meta.description)
    if picked is None or len(body) < 2:
        return "", body
    description = norm_key(clean_line(picked.value))
    first = norm_key(body[0])
    if first == description or (len(description) > 60 and first.startswith(description[:-3])):
        sources["sapo"] = "content"
        return body[0], body[1:]
    return "", body


def pick_date(candidates: list[tuple[str, str]], tree: LexborHTMLParser,
               selectors: Mapping[str, str], name: str, page: Walk | None,
               date_lines: list[str], timezone: str,
               sources: dict[str, str]) -> datetime | None:
    """Return the first candidate date that parses, in order of trust (offset checked)."""
    parsed: list[tuple[str, datetime, bool]] = []
    options = list(candidates)
    options += [("selector", n.text(strip=True)) for n in select_nodes(tree, selectors, name)]
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


def date_from_url(url: str, timezone: str, sources: dict[str, str]) -> datetime | None:
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


def pick_authors(tree: LexborHTMLParser, meta: PageMeta, page: Walk, best: int, byline: str,
                  selectors: Mapping[str, str], sources: dict[str, str]) -> list[str]:
    """Return the authors: JSON-LD, meta, selector, byline markup, the closing byline."""
    options: list[tuple[str, list[str]]] = list(meta.authors)
    chosen = [n.text(strip=True) for n in select_nodes(tree, selectors, "authors")]
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
        name = clean_line(name)
        if name and name not in seen:
            seen.append(name)
    return seen


def pick_section(tree: LexborHTMLParser, meta: PageMeta, page: Walk, title: str,
                  selectors: Mapping[str, str], sources: dict[str, str]) -> str:
    """Return the section: JSON-LD, ``article:section``, selector, then the breadcrumb."""
    options = list(meta.section)
    options += [("selector", n.text(strip=True)) for n in select_nodes(tree, selectors, "section")]
    crumbs = [c for c in page.breadcrumb if norm_key(c) != norm_key(title)
              and norm_key(c) not in ("trang chủ", "home", "trang chu")]
    if crumbs:
        options.append(("breadcrumb", crumbs[-1]))
    picked = _first([(s, clean_line(v)) for s, v in options])
    if picked is None:
        return ""
    sources["section"] = picked.source
    return str(picked.value)


def pick_tags(tree: LexborHTMLParser, meta: PageMeta, page: Walk,
               selectors: Mapping[str, str], sources: dict[str, str]) -> list[str]:
    """Return the tags: JSON-LD keywords, ``article:tag``, selector, tag box, keywords."""
    options = [(s, v) for s, v in meta.tags if s != "meta-keywords"]
    chosen = [n.text(strip=True) for n in select_nodes(tree, selectors, "tags")]
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
        tag = clean_line(tag)
        if tag and tag not in out:
            out.append(tag)
    return out


def pick_canonical(meta: PageMeta, url: str, sources: dict[str, str]) -> str | None:
    """Return the absolute canonical URL the page declares, or ``None``."""
    for source, value in meta.canonical:
        absolute = urldefrag(urljoin(url, value.strip()))[0]
        if absolute.startswith(("http://", "https://")):
            sources["canonical_url"] = source
            return absolute
    return None


def pick_language(meta: PageMeta, body: str, sources: dict[str, str]) -> str | None:
    """Return the page language code (``vi``), declared or detected from the text."""
    for source, value in meta.language:
        code = _LANG_CLEAN.sub("", value.strip().lower())
        if code.isalpha() and 2 <= len(code) <= 3:
            sources["language"] = source
            return code
    if len(_VI_LETTERS.findall(body.lower())) >= 0.02 * max(len(body), 1):
        sources["language"] = "detected"
        return "vi"
    return None
