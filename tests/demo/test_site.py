"""The demo press site, served for real on 127.0.0.1."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from email.utils import parsedate_to_datetime

import httpx
import pytest

from corpus_tool.crawl import extract_article, extract_links
from corpus_tool.demo import DemoServer, serve_demo
from corpus_tool.demo._site import PAGE_SIZE, slugify

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def server() -> Iterator[DemoServer]:
    with serve_demo() as running:
        yield running


@pytest.fixture
def client(server: DemoServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=10) as c:
        yield c


def test_robots_txt_disallows_one_path_and_names_the_sitemap(
        client: httpx.Client, server: DemoServer) -> None:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    lines = response.text.splitlines()
    assert [line for line in lines if line.startswith("Disallow:")] == ["Disallow: /tim-kiem/"]
    assert f"Sitemap: {server.url}/sitemap.xml" in lines


def test_sitemap_index_and_urlsets_list_every_article_with_lastmod(
        client: httpx.Client, server: DemoServer) -> None:
    index = ET.fromstring(client.get("/sitemap.xml").content)
    assert index.tag == f"{SM}sitemapindex"
    urls: list[str] = []
    for entry in index.findall(f"{SM}sitemap"):
        assert entry.findtext(f"{SM}lastmod")
        loc = entry.findtext(f"{SM}loc") or ""
        urlset = ET.fromstring(client.get(loc).content)
        assert urlset.tag == f"{SM}urlset"
        for url in urlset.findall(f"{SM}url"):
            assert (url.findtext(f"{SM}lastmod") or "").startswith("20")
            urls.append(url.findtext(f"{SM}loc") or "")
    assert sorted(urls) == sorted(server.url + p for p in server.site.article_paths())
    assert len(urls) == 379


def test_rss_feed_is_valid_rss2_with_dates(client: httpx.Client, server: DemoServer) -> None:
    response = client.get("/rss/home.rss")
    assert response.headers["content-type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel is not None
    items = channel.findall("item")
    assert len(items) == 50
    dates = [parsedate_to_datetime(i.findtext("pubDate") or "") for i in items]
    assert dates == sorted(dates, reverse=True)
    first = items[0].findtext("link") or ""
    assert first.startswith(server.url) and client.get(first).status_code == 200
    assert client.get("/rss/chinh-tri.rss").status_code == 200


def test_section_pagination_reaches_every_article_of_the_section(
        client: httpx.Client, server: DemoServer) -> None:
    seen: list[str] = []
    url: str | None = f"{server.url}/xa-hoi/"
    pages = 0
    while url:
        response = client.get(url)
        assert response.status_code == 200
        pages += 1
        links = extract_links(response.text, url)
        seen += [u for u in links if u.endswith(".html") and "-a" in u
                 and u.removeprefix(server.url) in server.site.by_path]
        nxt = [u for u in links if "/xa-hoi/trang-" in u and u.endswith(f"trang-{pages + 1}/")]
        url = nxt[0] if nxt else None
    section = [i.path for i in server.site.items if i.section == "xa-hoi"]
    assert pages == -(-len(section) // PAGE_SIZE) >= 2
    assert set(section) <= {u.removeprefix(server.url) for u in seen}
    assert client.get(f"/xa-hoi/trang-{pages + 1}/").status_code == 404
    assert client.get("/xa-hoi/trang-1/").status_code == 404  # page 1 is /xa-hoi/ only


def test_article_page_has_the_portal_furniture_and_credits(
        client: httpx.Client, server: DemoServer) -> None:
    seed = next(i for i in server.site.items if i.id == "bbd-258900")
    response = client.get(seed.path)
    html = response.text
    for piece in ("| 05-01-2023 | 08:40:31", "Chia sẻ", "Tin liên quan", "Bình luận",
                  'class="breadcrumb"', "TIỂU LIÊN - CHÂU TIẾN", "<em>Cán bộ, công chức",
                  "DANeS, DATASET JSC and AIV Group", "CC BY 4.0", "Báo Bình Dương"):
        assert piece in html, piece
    assert response.headers["last-modified"]
    assert parsedate_to_datetime(response.headers["last-modified"]) == seed.published
    etag = response.headers["etag"]
    assert client.get(seed.path, headers={"If-None-Match": etag}).status_code == 304
    article = extract_article(response.content, str(response.url))
    assert article is not None and article.title == seed.title


def test_scale_multiplies_article_pages_with_distinct_urls_and_ids() -> None:
    with serve_demo(scale=6) as big, httpx.Client(base_url=big.url) as c:
        paths = big.site.article_paths()
        assert len(paths) == 6 * 379
        assert len(set(paths)) == len(paths)
        assert len({i.id for i in big.site.items}) == len(paths)
        copy = next(i for i in big.site.items if i.id == "bbd-258900-6")
        assert copy.title.endswith("(bản 6)")
        assert c.get(copy.path).status_code == 200


def test_requests_are_logged_and_unknown_paths_are_404(
        client: httpx.Client, server: DemoServer) -> None:
    before = len(server.requests)
    assert client.get("/khong-co-trang-nay.html").status_code == 404
    assert server.requests[before][1:] == ("GET", "/khong-co-trang-nay.html")


def test_slugify_drops_vietnamese_marks() -> None:
    assert slugify("Đổi mới trong học và làm theo Bác") == "doi-moi-trong-hoc-va-lam-theo-bac"


def test_scale_below_one_is_refused_naming_the_value() -> None:
    from corpus_tool.demo import DemoSite, demo_articles
    from corpus_tool.errors import ConfigError

    with pytest.raises(ConfigError, match="scale: 0 is not a whole number"):
        DemoSite(demo_articles(), scale=0)
