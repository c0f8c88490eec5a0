"""URL canonicalisation and scope, safe sitemap/feed parsing, SimHash near-duplicates."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from corpus_tool.crawl import (
    SimIndex,
    XMLRefused,
    canonical_url,
    hamming,
    in_scope,
    is_private_address,
    load_profile,
    parse_feed,
    parse_sitemap,
    simhash,
)
from corpus_tool.crawl._xml import gunzip_capped
from tests.crawl.server import make_body


def test_canonical_url_strips_tracking_parameters_fragment_and_default_port() -> None:
    url = ("HTTPS://BaoBinhDuong.vn:443/xa-hoi/gan-dan-a1.html?utm_source=zalo&fbclid=x"
           "&gclid=y&zarsrc=30&gidzl=abc&b=2&a=1#comments")
    assert canonical_url(url) == "https://baobinhduong.vn/xa-hoi/gan-dan-a1.html?a=1&b=2"
    assert canonical_url("/a/b.html?page=2", base="http://127.0.0.1:8000/x/") == \
        "http://127.0.0.1:8000/a/b.html?page=2"


def test_scope_allows_only_http_on_listed_hosts() -> None:
    hosts = ("baobinhduong.vn", "*.binhduong.gov.vn")
    assert in_scope("https://baobinhduong.vn/a-a1.html", hosts) is None
    assert in_scope("https://sotttt.binhduong.gov.vn/x", hosts) is None
    assert "not http(s)" in (in_scope("ftp://baobinhduong.vn/", hosts) or "")
    assert "not one of the allowed hosts" in (in_scope("https://evil.vn/", hosts) or "")
    assert "not one of" in (in_scope("https://baobinhduong.vn.evil.vn/", hosts) or "")


@pytest.mark.parametrize("address,private", [
    ("127.0.0.1", True), ("10.1.2.3", True), ("192.168.1.1", True), ("169.254.169.254", True),
    ("::1", True), ("fe80::1", True), ("::ffff:127.0.0.1", True), ("0.0.0.0", True),
    ("203.162.4.190", False), ("2001:ee0:4f00::1", False),
])
def test_private_addresses_are_recognised(address: str, private: bool) -> None:
    assert is_private_address(address) is private


URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://baobinhduong.vn/a-a1.html</loc><lastmod>2023-01-05T08:40:31+07:00</lastmod></url>
  <url><loc> https://baobinhduong.vn/b-a2.html </loc></url>
</urlset>"""
INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://baobinhduong.vn/sitemap-2023-01.xml.gz</loc>
  <lastmod>2023-01-31</lastmod></sitemap></sitemapindex>"""


def test_sitemap_urlset_index_and_gzip_are_read() -> None:
    entries = parse_sitemap(URLSET)
    assert [e.loc for e in entries] == ["https://baobinhduong.vn/a-a1.html",
                                        "https://baobinhduong.vn/b-a2.html"]
    assert entries[0].lastmod is not None and entries[0].lastmod.isoformat() == \
        "2023-01-05T08:40:31+07:00"
    assert entries[1].lastmod is None and not entries[0].is_sitemap
    index = parse_sitemap(gzip.compress(INDEX))
    assert index[0].is_sitemap and index[0].lastmod is not None
    assert index[0].lastmod.isoformat() == "2023-01-31T00:00:00+07:00"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<urlset><url><loc>&lol3;</loc></url></urlset>"""
EXTERNAL = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<urlset><url><loc>&e;</loc></url></urlset>"""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL], ids=["laughs", "external"])
def test_sitemap_with_entities_is_refused(document: bytes) -> None:
    with pytest.raises(XMLRefused, match="refused"):
        parse_sitemap(document)
    with pytest.raises(XMLRefused, match="refused"):
        parse_feed(document)


def test_deeply_nested_xml_is_refused() -> None:
    deep = b"<urlset>" + b"<x>" * 5000 + b"</x>" * 5000 + b"</urlset>"
    with pytest.raises(XMLRefused, match="nested deeper"):
        parse_sitemap(deep)
    with pytest.raises(XMLRefused, match="nested deeper"):
        parse_feed(b"<rss>" + b"<x>" * 5000 + b"</x>" * 5000 + b"</rss>")


def test_gzip_bomb_is_refused_without_inflating_it() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * 20_000_000 + b"</urlset>")
    assert len(bomb) < 100_000
    with pytest.raises(XMLRefused, match="unzips to more than"):
        parse_sitemap(bomb, max_bytes=1_000_000)
    assert gunzip_capped(gzip.compress(b"abc"), 10) == b"abc"


def test_not_a_sitemap_is_refused() -> None:
    with pytest.raises(XMLRefused, match="not <urlset>"):
        parse_sitemap(b"<html><body>404</body></html>")
    with pytest.raises(XMLRefused, match="not well-formed"):
        parse_sitemap(b"<urlset><url>")


@pytest.mark.shared_data
def test_real_vnexpress_feed_gives_links_and_dates(shared_data: Path) -> None:
    data = (shared_data / "pages/vnexpress-tin-moi-nhat-2017-08-30.rss").read_bytes()
    items = parse_feed(data)
    assert len(items) == 25
    profile = load_profile(Path(__file__).resolve().parents[2] / "crawls/vnexpress.toml")
    assert profile.article_pattern is not None
    assert all(profile.article_pattern.search(i.link) for i in items)
    assert all(in_scope(i.link, profile.allowed_hosts) is None for i in items)
    assert all(i.published is not None and i.published.year == 2017 for i in items)


def test_simhash_of_a_reprint_is_close_and_of_another_story_far() -> None:
    original = " ".join(make_body(1, words=300))
    words = original.split()
    words[10] = "Bình"
    words[150] = "Dương"
    reprint = "Theo TTXVN. " + " ".join(words)
    other = " ".join(make_body(2, words=300))
    a, b, c = simhash(original), simhash(reprint), simhash(other)
    assert a is not None and b is not None and c is not None
    assert hamming(a, b) <= 3
    assert hamming(a, c) > 12
    assert simhash("Lịch cắt điện ngày 5/1") is None


def test_simindex_finds_only_hashes_within_the_distance() -> None:
    index = SimIndex(3)
    assert index.find(5) is None
    for i in range(3000):
        index.add((i * 0x9E3779B97F4A7C15) & ((1 << 63) - 1), f"x{i}")
    index.add(0b1011 << 40, "a")
    index.add(-1, "b")
    assert index.find((0b1011 << 40) ^ 0b111) == ("a", 3)
    assert index.find((0b1011 << 40) ^ 0b1111) is None
    assert index.find(-1 ^ (1 << 63)) == ("b", 1)
    assert len(index) == 3002
