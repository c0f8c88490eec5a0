"""The demo press site: a Vietnamese provincial-portal shape rendered from the demo articles.

Pages are rendered at request time from the templates shipped in
``corpus_tool/demo/templates`` and the records of ``articles.jsonl``: a home
page, a listing per section with pagination, one page per article (menus,
breadcrumb, date line, sapo, subheadings, photo with caption, byline as the last
upper-case line, share buttons, related links, comments, footer with credits),
``robots.txt`` with one disallowed path, a sitemap index with monthly
``urlset`` files carrying ``lastmod``, and RSS 2.0 feeds.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from functools import lru_cache
from html import escape
from importlib import resources
from string import Template
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from corpus_tool._text import unmarked
from corpus_tool.errors import ConfigError

__all__ = ["DemoPage", "DemoSite", "slugify"]

PAGE_SIZE = 20
FEED_SIZE = 50
DISALLOWED = "/tim-kiem/"
_NUMBER = re.compile(r"-a(\d+)$")


def slugify(text: str) -> str:
    """Return the ASCII URL slug Vietnamese portals make from a headline.

    Example:
        >>> slugify("Đổi mới trong học và làm theo Bác")
        'doi-moi-trong-hoc-va-lam-theo-bac'
    """
    return re.sub(r"[^a-z0-9]+", "-", unmarked(text).lower()).strip("-")[:80].rstrip("-")


@lru_cache(maxsize=8)
def _template(name: str) -> Template:
    path = resources.files("corpus_tool.demo").joinpath("templates", name)
    return Template(path.read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class DemoPage:
    """One response of the demo site."""

    status: int
    content_type: str
    body: bytes
    last_modified: datetime | None = None


@dataclass(slots=True)
class _Item:
    id: str
    path: str
    title: str
    sapo: str
    body: list[str]
    section: str
    section_name: str
    published: datetime
    record: Mapping[str, Any]


@dataclass(slots=True)
class DemoSite:
    """The pages of the demo site, addressed by path.

    Args:
        records: the demo article records (``corpus_tool.demo.demo_articles()``).
        scale: how many copies of every article to serve (``scale=6`` gives
            about 2,000 article pages). Copy ``n`` (n ≥ 2) gets its own id,
            number and URL, and " (bản n)" after its title; its text is the
            original's.
    """

    records: Iterable[Mapping[str, Any]]
    scale: int = 1
    items: list[_Item] = field(init=False, default_factory=list)
    by_path: dict[str, _Item] = field(init=False, default_factory=dict)
    sections: dict[str, str] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.scale, int) or self.scale < 1:
            raise ConfigError(f"demo site scale: {self.scale!r} is not a whole number >= 1")
        originals = list(self.records)
        for copy in range(1, self.scale + 1):
            for rec in originals:
                match = _NUMBER.search(str(rec["slug"]))
                number = (int(match.group(1)) if match
                          else zlib.crc32(str(rec["id"]).encode()) % 10**6)
                title = str(rec["title"])
                item_id = str(rec["id"])
                if copy > 1:
                    number += (copy - 1) * 1_000_000
                    title = f"{title} (bản {copy})"
                    item_id = f"{item_id}-{copy}"
                item = _Item(item_id, f"/{slugify(str(rec['title']))}-a{number}.html", title,
                             str(rec.get("sapo") or ""), list(rec.get("body") or []),
                             str(rec["section"]), str(rec["section_name"]),
                             datetime.fromisoformat(str(rec["published"])), rec)
                self.items.append(item)
                self.by_path[item.path] = item
                self.sections.setdefault(item.section, item.section_name)
        self.items.sort(key=lambda i: (i.published, i.id), reverse=True)

    # -- routing -----------------------------------------------------------------------
    def article_paths(self) -> list[str]:
        """Return the path of every article page, newest first."""
        return [item.path for item in self.items]

    def section_pages(self, section: str) -> int:
        """Return the number of listing pages of a section."""
        count = sum(1 for i in self.items if i.section == section)
        return max(1, -(-count // PAGE_SIZE))

    def render(self, path: str, base: str) -> DemoPage:
        """Return the response for ``path`` on a site served at ``base`` (no trailing slash)."""
        path = path.split("?", 1)[0].split("#", 1)[0] or "/"
        if path == "/":
            return self._html(self._home(base), base, "Báo Bình Dương điện tử", "/", "website")
        if path in self.by_path:
            item = self.by_path[path]
            return self._article(item, base)
        if path == "/robots.txt":
            text = (f"User-agent: *\nDisallow: {DISALLOWED}\n\n"
                    f"Sitemap: {base}/sitemap.xml\n")
            return DemoPage(200, "text/plain; charset=utf-8", text.encode())
        if path == "/sitemap.xml":
            return self._sitemap_index(base)
        month = re.fullmatch(r"/sitemaps/(\d{4}-\d{2})\.xml", path)
        if month:
            return self._sitemap(month.group(1), base)
        feed = re.fullmatch(r"/rss/([a-z-]+)\.rss", path)
        if feed and (feed.group(1) == "home" or feed.group(1) in self.sections):
            return self._feed(feed.group(1), base)
        if path == "/static/site.css":
            css = resources.files("corpus_tool.demo").joinpath("templates", "site.css")
            return DemoPage(200, "text/css; charset=utf-8", css.read_bytes())
        if path.startswith("/uploads/") and path.endswith(".svg"):
            return DemoPage(200, "image/svg+xml", _PHOTO)
        if path.startswith(DISALLOWED):
            return self._html("<div class='main-content'><h1>Tìm kiếm</h1>"
                              "<p>Nhập từ khóa để tìm bài viết.</p></div>", base, "Tìm kiếm",
                              path, "website")
        listing = re.fullmatch(r"/([a-z-]+)/(?:trang-(\d+)/)?", path)
        if listing and listing.group(1) in self.sections:
            page = int(listing.group(2) or 1)
            if 1 <= page <= self.section_pages(listing.group(1)) and listing.group(2) != "1":
                return self._listing(listing.group(1), page, base)
        return self._html("<div class='main-content'><h1>Không tìm thấy trang</h1>"
                          "<p><a href='/'>Về trang chủ</a></p></div>", base,
                          "Không tìm thấy trang", path, "website", status=404)

    # -- pages ---------------------------------------------------------------------------
    def _html(self, content: str, base: str, title: str, path: str, og_type: str, *,
              description: str = "", head_extra: str = "", status: int = 200,
              last_modified: datetime | None = None) -> DemoPage:
        menu = "".join(f'<li><a href="/{slug}/">{escape(name)}</a></li>\n'
                       for slug, name in sorted(self.sections.items()))
        page = _template("base.html").substitute(
            page_title=escape(f"{title} - Báo Bình Dương điện tử"), og_title=escape(title),
            description=escape(description or "Tin tức Bình Dương"), og_type=og_type,
            url=escape(base + path), base=base, head_extra=head_extra, menu=menu,
            content=content)
        return DemoPage(status, "text/html; charset=utf-8", page.encode("utf-8"),
                        last_modified)

    def _article(self, item: _Item, base: str) -> DemoPage:
        rec = item.record
        sapo = (f'<div class="sapo-detail"><strong>{escape(item.sapo)}</strong></div>\n'
                if item.body and item.sapo else "")
        body_parts = []
        subheadings = set(rec.get("subheadings") or [])
        captions = list(rec.get("captions") or [])
        caption_after = rec.get("caption_after")
        pending_caption = False
        # DANeS items are one-paragraph news briefs: their description is the body.
        paragraphs = item.body or [item.sapo]
        for text in paragraphs:
            if text in subheadings:
                body_parts.append(f"<p><strong>{escape(text)}</strong></p>")
                pending_caption = pending_caption or text == caption_after
                continue
            body_parts.append(f'<p style="text-align:justify">{escape(text)}</p>')
            if pending_caption and captions:
                caption = captions.pop(0)
                body_parts.append(
                    f'<p style="text-align:center"><img alt="{escape(caption)}" '
                    f'src="/uploads/{item.published:%Y/%m}/{item.id}-1.svg" width="640" '
                    f'height="427"></p>\n<p style="text-align:center"><em>{escape(caption)}'
                    f"</em></p>")
                pending_caption = False
        byline = rec.get("byline")
        if byline:
            body_parts.append(f'<p style="text-align:right"><strong>{escape(str(byline))}'
                              "</strong></p>")
        tags = list(rec.get("tags") or [])
        tag_html = ""
        if tags:
            links = " ".join(f'<a href="{DISALLOWED}?q={escape(slugify(t))}">{escape(t)}</a>'
                             for t in tags)
            tag_html = f'<div class="tags"><span>Từ khóa:</span> {links}</div>\n'
        same = [i for i in self.items if i.section == item.section and i.id != item.id][:5]
        related = "".join(f'<li><a href="{i.path}">{escape(i.title)}</a></li>\n' for i in same)
        popular = "".join(f'<li><a href="{i.path}">{escape(i.title)}</a></li>\n'
                          for i in self.items[:5] if i.id != item.id)
        content = _template("article.html").substitute(
            section=item.section, section_name=escape(item.section_name),
            date_line=f"| {item.published:%d-%m-%Y} | {item.published:%H:%M:%S}",
            title=escape(item.title), sapo=sapo, body="\n".join(body_parts) + "\n",
            tags=tag_html, related=related, popular=popular)
        return self._html(content, base, item.title, item.path, "article",
                          description=item.sapo, last_modified=item.published)

    def _list_items(self, items: list[_Item]) -> str:
        out = []
        for i in items:
            lead = i.sapo if len(i.sapo) <= 220 else i.sapo[:217].rsplit(" ", 1)[0] + "..."
            out.append(
                f'<div class="item-news">\n<a class="thumb" href="{i.path}"><img '
                f'src="/uploads/thumb.svg" alt=""></a>\n<h3><a href="{i.path}">{escape(i.title)}'
                f'</a></h3>\n<div class="item-date">{i.published:%d/%m/%Y %H:%M}</div>\n'
                f'<p class="item-sapo">{escape(lead)}</p>\n</div>\n')
        return "".join(out)

    def _listing(self, section: str, page: int, base: str) -> DemoPage:
        items = [i for i in self.items if i.section == section]
        pages = self.section_pages(section)
        chunk = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]

        def href(n: int) -> str:
            return f"/{section}/" if n == 1 else f"/{section}/trang-{n}/"

        links = [f'<a href="{href(n)}">{n}</a>' if n != page else f"<span>{n}</span>"
                 for n in range(1, pages + 1)]
        head = ""
        if page > 1:
            links.insert(0, f'<a rel="prev" href="{href(page - 1)}">« Trang trước</a>')
        if page < pages:
            links.append(f'<a rel="next" href="{href(page + 1)}">Trang sau »</a>')
            head = f'<link rel="next" href="{base}{href(page + 1)}">\n'
        name = self.sections[section]
        content = _template("listing.html").substitute(
            section=section, section_name=escape(name),
            heading=escape(name if page == 1 else f"{name} - Trang {page}"),
            items=self._list_items(chunk), pages=" ".join(links))
        return self._html(content, base, name, href(page), "website", head_extra=head)

    def _home(self, base: str) -> str:
        blocks = []
        for slug, name in sorted(self.sections.items()):
            top = [i for i in self.items if i.section == slug][:4]
            blocks.append(f'<div class="box-cat">\n<h2><a href="/{slug}/">{escape(name)}</a>'
                          f'</h2>\n<div class="list-news">\n{self._list_items(top)}</div>\n'
                          f"</div>\n")
        return _template("home.html").substitute(latest=self._list_items(self.items[:10]),
                                                 sections="".join(blocks))

    def _sitemap_index(self, base: str) -> DemoPage:
        months: dict[str, datetime] = {}
        for item in self.items:
            key = f"{item.published:%Y-%m}"
            months[key] = max(months.get(key, item.published), item.published)
        entries = "".join(
            f"<sitemap><loc>{base}/sitemaps/{m}.xml</loc><lastmod>{d.isoformat()}</lastmod>"
            f"</sitemap>\n" for m, d in sorted(months.items()))
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns='
               f'"http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</sitemapindex>\n')
        return DemoPage(200, "application/xml; charset=utf-8", xml.encode())

    def _sitemap(self, month: str, base: str) -> DemoPage:
        items = [i for i in self.items if f"{i.published:%Y-%m}" == month]
        if not items:
            return DemoPage(404, "text/plain; charset=utf-8", b"not found\n")
        entries = "".join(f"<url><loc>{base}{i.path}</loc><lastmod>{i.published.isoformat()}"
                          f"</lastmod></url>\n" for i in items)
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
               f'"http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</urlset>\n')
        return DemoPage(200, "application/xml; charset=utf-8", xml.encode())

    def _feed(self, name: str, base: str) -> DemoPage:
        items = [i for i in self.items if name == "home" or i.section == name][:FEED_SIZE]
        title = "Tin mới nhất" if name == "home" else self.sections[name]
        entries = "".join(
            f"<item><title>{xml_escape(i.title)}</title><link>{base}{i.path}</link>"
            f'<guid isPermaLink="true">{base}{i.path}</guid>'
            f"<pubDate>{format_datetime(i.published)}</pubDate>"
            f"<description>{xml_escape(i.sapo)}</description></item>\n" for i in items)
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
               f"<title>Báo Bình Dương điện tử - {xml_escape(title)}</title>\n"
               f"<link>{base}/</link>\n<description>{xml_escape(title)}</description>\n"
               f"<language>vi</language>\n{entries}</channel></rss>\n")
        return DemoPage(200, "application/rss+xml; charset=utf-8", xml.encode())


_PHOTO = (b'<svg xmlns="http://www.w3.org/2000/svg" width="640" height="427">'
          b'<rect width="100%" height="100%" fill="#cfd8e3"/></svg>\n')
