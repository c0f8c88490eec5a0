"""Safe reading of sitemaps and RSS/Atom feeds.

Everything from the network is hostile until parsed: XML goes through
defusedxml (entity declarations and external entities are refused, so a
"billion laughs" document fails fast instead of eating memory), nesting depth
is capped, gzip is inflated with a size cap (a small .xml.gz can unzip to
gigabytes), and one sitemap yields at most 50,000 URLs, the protocol's limit.
"""

from __future__ import annotations

import calendar
import io
import logging
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from corpus_tool._dates import parse_datetime

__all__ = ["FeedEntry", "SitemapEntry", "XMLRefused", "gunzip_capped", "parse_feed",
           "parse_sitemap"]

logger = logging.getLogger(__name__)

MAX_DEPTH = 32
MAX_URLS_PER_SITEMAP = 50_000


class XMLRefused(ValueError):
    """A sitemap or feed is malformed, too deep, too big or uses entities."""


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    """One ``<loc>`` of a sitemap: a page (``urlset``) or a child sitemap (``sitemapindex``)."""

    loc: str
    lastmod: datetime | None
    is_sitemap: bool


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of an RSS/Atom feed."""

    link: str
    published: datetime | None


def gunzip_capped(data: bytes, max_bytes: int) -> bytes:
    """Return ``data`` inflated if it is gzip, refusing to produce more than ``max_bytes``."""
    if not data.startswith(b"\x1f\x8b"):
        if len(data) > max_bytes:
            raise XMLRefused(f"larger than {max_bytes} bytes")
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise XMLRefused(f"bad gzip data ({exc})") from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise XMLRefused(f"unzips to more than {max_bytes} bytes")
    return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def parse_sitemap(data: bytes, *, timezone: str = "Asia/Ho_Chi_Minh",
                  max_bytes: int = 50_000_000) -> list[SitemapEntry]:
    """Return the entries of a sitemap or sitemap index (XML, gzip or plain text).

    Raises:
        XMLRefused: the document is not a sitemap, is nested deeper than
            ``MAX_DEPTH``, declares entities or unzips beyond ``max_bytes``.
    """
    data = gunzip_capped(data, max_bytes)
    if not data.lstrip()[:1] == b"<":
        lines = data.decode("utf-8", errors="replace").split()
        links = [u for u in lines if u.startswith(("http://", "https://"))]
        return [SitemapEntry(u, None, False) for u in links[:MAX_URLS_PER_SITEMAP]]
    out: list[SitemapEntry] = []
    depth = 0
    root = ""
    loc: str | None = None
    lastmod: str | None = None
    try:
        for event, elem in safe_et.iterparse(io.BytesIO(data), events=("start", "end")):
            if event == "start":
                depth += 1
                if depth > MAX_DEPTH:
                    raise XMLRefused(f"nested deeper than {MAX_DEPTH} elements")
                if depth == 1:
                    root = _local(elem.tag)
                    if root not in ("urlset", "sitemapindex"):
                        raise XMLRefused(f"root element <{root}> is not <urlset> or "
                                         "<sitemapindex>")
                continue
            depth -= 1
            name = _local(elem.tag)
            if depth == 2 and name == "loc":
                loc = (elem.text or "").strip()
            elif depth == 2 and name == "lastmod":
                lastmod = (elem.text or "").strip()
            elif depth == 1 and name in ("url", "sitemap"):
                if loc and len(out) < MAX_URLS_PER_SITEMAP:
                    when = parse_datetime(lastmod, default_tz=timezone) if lastmod else None
                    out.append(SitemapEntry(loc, when, root == "sitemapindex"))
                loc = lastmod = None
                elem.clear()
    except DefusedXmlException as exc:
        raise XMLRefused(f"refused: {type(exc).__name__} ({exc})") from None
    except ParseError as exc:
        raise XMLRefused(f"not well-formed XML ({exc})") from None
    if len(out) >= MAX_URLS_PER_SITEMAP:
        logger.warning("sitemap has more than %d URLs; the rest are ignored",
                       MAX_URLS_PER_SITEMAP)
    return out


def parse_feed(data: bytes, *, max_bytes: int = 10_000_000) -> list[FeedEntry]:
    """Return the items of an RSS or Atom feed (links and publication times).

    The document is first checked with defusedxml (no entity declarations, no
    external entities, capped depth), then read with feedparser, which copes
    with the many dialects of RSS.

    Raises:
        XMLRefused: the document is malformed, too deep or declares entities.
    """
    import feedparser

    data = gunzip_capped(data, max_bytes)
    depth = 0
    try:
        for event, _elem in safe_et.iterparse(io.BytesIO(data), events=("start", "end")):
            depth += 1 if event == "start" else -1
            if depth > MAX_DEPTH:
                raise XMLRefused(f"nested deeper than {MAX_DEPTH} elements")
    except DefusedXmlException as exc:
        raise XMLRefused(f"refused: {type(exc).__name__} ({exc})") from None
    except ParseError as exc:
        raise XMLRefused(f"not well-formed XML ({exc})") from None
    parsed = feedparser.parse(data)
    out: list[FeedEntry] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        # feedparser gives UTC struct_time values
        when = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
        out.append(FeedEntry(str(link).strip(), when))
    return out
