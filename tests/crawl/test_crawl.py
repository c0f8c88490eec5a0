"""The crawler against a real HTTP server on 127.0.0.1: politeness, retries, limits, dedup."""

from __future__ import annotations

import dataclasses
import gzip
import itertools
import json
from pathlib import Path

import pytest

from corpus_tool.crawl import CrawlProgress, crawl
from corpus_tool.errors import CrawlError
from corpus_tool.settings import CrawlSettings
from corpus_tool.store import CorpusStore
from tests.crawl.server import Reply, TestServer, article_html, listing_html, make_body


def add_site(server: TestServer, n: int, *, first: int = 0, **reply: object) -> list[str]:
    """Serve a home page linking to articles /a/bai-<i>.html; return their paths."""
    paths = [f"/a/bai-{i}.html" for i in range(first, first + n)]
    for i, path in zip(range(first, first + n), paths, strict=True):
        server.page(path, article_html(f"Bài số {i}", make_body(i)), **reply)  # type: ignore[arg-type]
    return paths


def home(server: TestServer, links: list[str], **kwargs: object) -> None:
    server.page("/", listing_html(links), **kwargs)  # type: ignore[arg-type]


def outcomes(store: CorpusStore) -> dict[str, str]:
    """Return {url path: last outcome} from the fetch log."""
    rows = store.connection.execute("SELECT url, outcome FROM fetch_log ORDER BY id")
    return {r[0].split(":", 2)[2].split("/", 1)[1].join(["/", ""]): r[1] for r in rows}


def stored_urls(store: CorpusStore) -> list[str]:
    return [r[0] for r in store.connection.execute("SELECT url FROM articles ORDER BY id")]


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(times)]


def test_crawl_stores_articles_and_never_stores_listings(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    paths = add_site(server, 4)
    home(server, [*paths[:2], "/list/xahoi"])
    server.page("/list/xahoi", listing_html([paths[2], "/list/xahoi?page=2"]))
    server.page("/list/xahoi?page=2", listing_html([paths[3]]))
    seen: list[CrawlProgress] = []
    summary = crawl(store, profile_file, settings=fast, progress=seen.append)
    assert summary.finished and summary.articles == 4 and summary.errors == 0
    assert summary.outcomes == {"listing": 3, "stored": 4}
    assert sorted(stored_urls(store)) == sorted(server.url(p) for p in paths)
    assert seen[-1].pages == 7 and seen[-1].articles == 4
    saved = json.loads(store.connection.execute(
        "SELECT summary FROM crawls WHERE id = ?", (summary.crawl_id,)).fetchone()[0])
    assert saved["outcomes"] == {"listing": 3, "stored": 4}
    article = store.get_article(store.connection.execute(
        "SELECT uid FROM articles LIMIT 1").fetchone()[0])
    assert article is not None and article.site == "test-site" and article.body
    for path in ("/robots.txt", "/"):
        assert server.hits(path)[0].headers["User-Agent"].startswith("corpus-tool/")


def test_gaps_between_requests_to_one_host_are_at_least_the_delay(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    home(server, add_site(server, 6))
    settings = dataclasses.replace(fast, delay=0.15, concurrency=4, per_host_concurrency=4)
    crawl(store, profile_file, settings=settings)
    times = [h.at for h in server.hits()]
    assert len(times) == 8  # robots.txt, home, 6 articles
    assert min(gaps(times)) >= 0.15


def test_robots_disallow_and_crawl_delay_are_honoured(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    paths = add_site(server, 3)
    server.page("/a/secret-1.html", article_html("Bí mật", make_body(99)))
    home(server, [*paths, "/a/secret-1.html"])
    robots = "User-agent: *\nDisallow: /a/secret\nCrawl-delay: 0.25\n"
    server.route("/robots.txt", Reply(body=robots, content_type="text/plain"))
    summary = crawl(store, profile_file, settings=fast)
    assert server.hits("/a/secret-1.html") == []
    assert summary.outcomes["refused:robots"] == 1 and summary.articles == 3
    assert min(gaps([h.at for h in server.hits()])) >= 0.25


def test_503_with_retry_after_is_retried_after_the_wait(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    home(server, ["/a/busy.html"])
    ok = Reply(body=article_html("Bận", make_body(5)))
    server.route("/a/busy.html", [Reply(status=503, headers={"Retry-After": "1"}), ok])
    summary = crawl(store, profile_file, settings=fast)
    hits = [h.at for h in server.hits("/a/busy.html")]
    assert len(hits) == 2 and hits[1] - hits[0] >= 1.0
    assert summary.outcomes == {"listing": 1, "stored": 1}


def test_an_overloaded_site_gets_a_longer_delay_for_the_rest_of_the_crawl(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    paths = add_site(server, 3)
    home(server, ["/a/busy.html", *paths])
    ok = Reply(body=article_html("Bận", make_body(5)))
    server.route("/a/busy.html", [Reply(status=429, headers={"Retry-After": "0"}), ok])
    crawl(store, profile_file, settings=dataclasses.replace(fast, concurrency=1))
    after = [h.at for h in server.hits()][2:]  # from the 429 on
    assert len(after) == 5 and min(gaps(after)) >= 1.0


@pytest.mark.parametrize("failure", [
    Reply(status=429, headers={"Retry-After": "0"}),
    Reply(status=502),
    Reply(action="reset"),
    Reply(action="truncate", body=article_html("Cụt", make_body(7))),
    Reply(delay=1.5, body="too late"),
], ids=["429", "502", "reset", "truncated", "timeout"])
def test_transient_failures_are_retried_until_the_page_comes(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings,
        failure: Reply) -> None:
    home(server, ["/a/flaky.html"])
    server.route("/a/flaky.html", [failure, Reply(body=article_html("Ổn", make_body(6)))])
    settings = dataclasses.replace(fast, timeout=0.5)
    summary = crawl(store, profile_file, settings=settings)
    assert len(server.hits("/a/flaky.html")) == 2
    assert summary.articles == 1 and summary.errors == 0


def test_a_page_that_keeps_failing_is_recorded_and_the_crawl_goes_on(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    paths = add_site(server, 2)
    server.route("/a/broken.html", Reply(status=500))
    home(server, ["/a/broken.html", *paths])
    summary = crawl(store, profile_file, settings=fast)
    assert len(server.hits("/a/broken.html")) == fast.max_retries + 1
    assert summary.outcomes["error:http-500"] == 1 and summary.articles == 2
    assert summary.errors == 1


def test_huge_page_non_html_and_malformed_html(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    big = article_html("Rất dài", make_body(8) * 20000)
    server.route("/a/huge.html", Reply(body=big))
    server.route("/a/file.html", Reply(body=b"%PDF-1.4 ...", content_type="application/pdf"))
    server.route("/a/mess.html", Reply(body=(
        "<html><head><title>Lộn xộn</title><body><article><p>" + " ".join(make_body(9)) +
        "<p><b><i>Thủ Dầu Một</b></i><div></span></article></html>\x00\xff").encode(
            "utf-8", "surrogateescape")))
    home(server, ["/a/huge.html", "/a/file.html", "/a/mess.html"])
    settings = dataclasses.replace(fast, max_body_bytes=200_000)
    summary = crawl(store, profile_file, settings=settings)
    assert len(big.encode()) > 200_000
    assert summary.outcomes["error:too-large"] == 1
    assert summary.outcomes["skipped:content-type"] == 1
    assert summary.outcomes["stored"] == 1
    assert "error:internal" not in summary.outcomes
    assert stored_urls(store) == [server.url("/a/mess.html")]
    assert len(server.hits("/a/huge.html")) == 1


def test_redirects_followed_within_host_refused_outside_and_loops_detected(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    with TestServer() as foreign:
        foreign.page("/a/x.html", article_html("Ngoài", make_body(10)))
        server.route("/a/away.html", Reply(status=302, headers={
            "Location": f"http://localhost:{foreign.port}/a/x.html"}))
        server.route("/a/loop1.html", Reply(status=302, headers={"Location": "/a/loop2.html"}))
        server.route("/a/loop2.html", Reply(status=301, headers={"Location": "/a/loop1.html"}))
        server.route("/a/old.html", Reply(status=301, headers={"Location": "/a/new.html"}))
        server.page("/a/new.html", article_html("Mới", make_body(11)))
        home(server, ["/a/away.html", "/a/loop1.html", "/a/old.html"])
        summary = crawl(store, profile_file, settings=fast)
        assert foreign.hits() == []
    assert summary.outcomes["refused:redirect-out-of-scope"] == 1
    assert summary.outcomes["error:redirect-loop"] == 1
    assert stored_urls(store) == [server.url("/a/new.html")]
    assert len(server.hits("/a/loop1.html")) == 1


def test_tracking_parameters_canonical_links_and_exact_copies_are_stored_once(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    body = make_body(12)
    server.page("/a/goc.html", article_html("Gốc", body))
    server.page("/a/ban-in.html", article_html("Gốc", body, canonical="/a/goc.html"))
    server.page("/a/sao-chep.html", article_html("Gốc", body))
    home(server, ["/a/goc.html?utm_source=zalo&utm_medium=social", "/a/goc.html?fbclid=abc",
                  "/a/goc.html#binh-luan", "/a/goc.html", "/a/ban-in.html", "/a/sao-chep.html"])
    summary = crawl(store, profile_file, settings=dataclasses.replace(fast, concurrency=1))
    assert len(server.hits("/a/goc.html")) == 1
    assert [h.path for h in server.hits() if "utm" in h.path or "fbclid" in h.path] == []
    assert stored_urls(store) == [server.url("/a/goc.html")]
    assert summary.outcomes == {"listing": 1, "stored": 1, "duplicate": 2}


def test_near_duplicate_reprint_is_recorded_as_the_same_story_not_stored(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    # SimHash is probabilistic: this reprint (2 words changed, a credit line added) is
    # 3 bits from its original; the recall measured on real articles is in defaults.toml.
    body = make_body(16, words=600)
    words = " ".join(body).split()
    words[20], words[400] = "Bình", "Dương"
    server.page("/a/ttxvn.html", article_html("Bản gốc TTXVN", body))
    server.page("/a/dang-lai.html", article_html("Tỉnh ta: bản đăng lại",
                                                 [" ".join(words), "Theo TTXVN"]))
    server.page("/a/khac.html", article_html("Chuyện khác", make_body(116, words=600)))
    home(server, ["/a/ttxvn.html", "/a/dang-lai.html", "/a/khac.html"])
    settings = dataclasses.replace(fast, concurrency=1)
    summary = crawl(store, profile_file, settings=settings)
    assert summary.outcomes == {"listing": 1, "stored": 2, "same-story": 1}
    original = store.connection.execute(
        "SELECT uid FROM articles WHERE url = ?", (server.url("/a/ttxvn.html"),)).fetchone()[0]
    detail = store.connection.execute(
        "SELECT detail FROM fetch_log WHERE outcome = 'same-story'").fetchone()[0]
    assert detail.startswith(original)
    state = store.connection.execute("SELECT state, outcome FROM frontier WHERE url = ?",
                                     (server.url("/a/dang-lai.html"),)).fetchone()
    assert tuple(state) == ("done", "same-story")


SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>"""


def test_sitemaps_index_gzip_lastmod_and_date_range(
        server: TestServer, store: CorpusStore, tmp_path: Path, fast: CrawlSettings) -> None:
    from corpus_tool._dates import parse_datetime

    def entry(path: str, lastmod: str) -> str:
        return f"<url><loc>{server.url(path)}</loc><lastmod>{lastmod}</lastmod></url>"

    server.page("/a/cu.html", article_html("Cũ", make_body(20),
                                           published="2022-12-20T08:00:00+07:00"))
    server.page("/a/trong.html", article_html("Trong kỳ", make_body(21),
                                              published="2023-01-10T08:00:00+07:00"))
    server.page("/a/sau.html", article_html("Sau kỳ", make_body(22),
                                            published="2023-02-10T08:00:00+07:00"))
    server.route("/sitemap-1.xml.gz", Reply(
        body=gzip.compress(SITEMAP.format(entry("/a/cu.html", "2022-12-20") +
                                          entry("/a/trong.html", "2023-01-10") +
                                          entry("/a/sau.html", "2023-02-10")).encode()),
        content_type="application/x-gzip"))
    server.route("/sitemap-old.xml", Reply(body=SITEMAP.format(""), content_type="text/xml"))
    server.route("/sitemap.xml", Reply(content_type="application/xml", body=(
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{server.url('/sitemap-1.xml.gz')}</loc><lastmod>2023-02-10</lastmod>"
        f"</sitemap><sitemap><loc>{server.url('/sitemap-old.xml')}</loc>"
        "<lastmod>2021-05-01</lastmod></sitemap></sitemapindex>")))
    profile = tmp_path / "sm.toml"
    profile.write_text(f'base_url = "{server.base}/"\nsitemaps = ["{{base}}/sitemap.xml"]\n'
                       'article_pattern = "/a/"\n[politeness]\nallow_private = true\n')
    summary = crawl(store, profile, settings=fast, since=parse_datetime("2023-01-01"),
                    until=parse_datetime("2023-02-01"))
    assert server.hits("/a/cu.html") == [] and server.hits("/sitemap-old.xml") == []
    assert stored_urls(store) == [server.url("/a/trong.html")]
    assert summary.outcomes == {"sitemap": 2, "stored": 1, "out-of-range": 1}


@pytest.mark.parametrize("bomb", [
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;'
    b'&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><urlset><url><loc>&c;'
    b"</loc></url></urlset>",
    b"<urlset>" + b"<url>" * 100_000 + b"</url>" * 100_000 + b"</urlset>",
], ids=["billion-laughs", "deep-nesting"])
def test_sitemap_bombs_are_refused_and_the_crawl_goes_on(
        server: TestServer, store: CorpusStore, tmp_path: Path, fast: CrawlSettings,
        bomb: bytes) -> None:
    server.route("/sitemap.xml", Reply(body=bomb, content_type="application/xml"))
    home(server, add_site(server, 2))
    profile = tmp_path / "bomb.toml"
    profile.write_text(f'base_url = "{server.base}/"\nstart_pages = ["{{base}}/"]\n'
                       'sitemaps = ["{base}/sitemap.xml"]\narticle_pattern = "/a/"\n'
                       "[politeness]\nallow_private = true\n")
    summary = crawl(store, profile, settings=fast)
    assert summary.outcomes["error:bad-sitemap"] == 1 and summary.articles == 2


def test_generic_crawl_of_a_bare_url_finds_feeds_sitemaps_and_sections(
        server: TestServer, store: CorpusStore, fast: CrawlSettings) -> None:
    slug = "/thoi-su/hon-200-nguoi-dang-ky-tham-gia-hien-mau-tinh-nguyen-a{}.html"
    for i in range(1, 4):
        server.page(slug.format(i), article_html(f"Hiến máu {i}", make_body(30 + i)))
    server.page("/thoi-su/", listing_html([slug.format(1), "/thoi-su/?page=2"]))
    server.page("/thoi-su/?page=2", listing_html([slug.format(2)]))
    server.page("/", listing_html(["/thoi-su/", "/lien-he/"], extra_head=(
        '<link rel="alternate" type="application/rss+xml" href="/rss/home.rss">')))
    server.route("/rss/home.rss", Reply(content_type="application/rss+xml", body=(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title>'
        f"<item><title>3</title><link>{server.url(slug.format(3))}</link>"
        "<pubDate>Thu, 05 Jan 2023 01:40:31 GMT</pubDate></item></channel></rss>")))
    server.route("/robots.txt", Reply(content_type="text/plain",
                                      body=f"User-agent: *\nSitemap: {server.url('/sm.xml')}\n"))
    server.route("/sm.xml", Reply(content_type="text/xml", body=SITEMAP.format(
        f"<url><loc>{server.url(slug.format(2))}</loc></url>")))
    summary = crawl(store, server.url("/"), settings=fast, allow_private=True)
    assert sorted(stored_urls(store)) == sorted(server.url(slug.format(i)) for i in (1, 2, 3))
    assert server.hits("/lien-he/") == []
    assert summary.outcomes["feed"] == 1 and summary.outcomes["stored"] == 3
    assert len(server.hits("/sitemap.xml")) == 1 and len(server.hits("/sm.xml")) == 1


def test_private_addresses_are_refused_unless_allowed(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    home(server, [])
    with pytest.raises(CrawlError, match=r"non-public address 127\.0\.0\.1"):
        crawl(store, profile_file, settings=fast, allow_private=False)
    with pytest.raises(CrawlError, match="non-public address"):
        crawl(store, server.url("/"), settings=fast)
    assert server.hits() == []


def test_recrawl_uses_conditional_get_and_revalidate_costs_a_304(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    server.page("/a/bai-1.html", article_html("Một", make_body(40)), etag='"v1"')
    server.page("/a/bai-2.html", article_html("Hai", make_body(41)),
                last_modified="Thu, 05 Jan 2023 01:40:31 GMT")
    home(server, ["/a/bai-1.html", "/a/bai-2.html"], etag='"home-1"')
    first = crawl(store, profile_file, settings=fast)
    assert first.articles == 2
    second = crawl(store, profile_file, settings=fast)
    assert not second.resumed and second.outcomes == {"unchanged": 1}
    assert server.hits("/")[-1].headers.get("If-None-Match") == '"home-1"'
    assert len(server.hits("/a/bai-1.html")) == 1
    third = crawl(store, profile_file, settings=fast, revalidate=True)
    assert third.outcomes == {"unchanged": 3}
    assert server.hits("/a/bai-2.html")[-1].headers.get("If-Modified-Since") == \
        "Thu, 05 Jan 2023 01:40:31 GMT"
    assert store.count() == 2


def test_revalidate_updates_an_article_that_changed(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    server.page("/a/bai-1.html", article_html("Bản đầu", make_body(42)))
    home(server, ["/a/bai-1.html"])
    crawl(store, profile_file, settings=fast)
    server.page("/a/bai-1.html", article_html("Bản đã sửa", make_body(42)))
    summary = crawl(store, profile_file, settings=fast, revalidate=True)
    assert summary.outcomes["updated"] == 1 and store.count() == 1
    assert store.search("sửa")[0].title == "Bản đã sửa"


def test_max_pages_stops_and_the_same_call_resumes_without_refetching(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    paths = add_site(server, 6)
    home(server, paths)
    settings = dataclasses.replace(fast, concurrency=1)
    first = crawl(store, profile_file, settings=settings, max_pages=3)
    assert not first.finished and first.pages == 3 and first.pending == 4
    second = crawl(store, profile_file, settings=settings)
    assert second.resumed and second.finished and second.crawl_id == first.crawl_id
    assert store.count() == 6
    assert all(len(server.hits(p)) == 1 for p in ["/", *paths])
    assert second.outcomes == {"listing": 1, "stored": 6}


def test_a_second_profile_for_the_same_site_rereads_listings_not_stored_articles(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    paths = add_site(server, 3)
    home(server, [*paths, "/list/xahoi"])
    server.page("/list/xahoi", listing_html(add_site(server, 2, first=3)))
    crawl(store, profile_file, settings=fast)
    server.page("/list/xahoi", listing_html(["/a/bai-3.html", "/a/moi-nhat-99.html"]))
    server.page("/a/moi-nhat-99.html", article_html("Mới nhất", make_body(99)))
    summary = crawl(store, server.url("/"), settings=fast, allow_private=True)
    assert summary.articles == 1 and store.count() == 6
    assert all(len(server.hits(f"/a/bai-{i}.html")) == 1 for i in range(5))
    assert len(server.hits("/list/xahoi")) == 2


def test_max_pages_is_never_overshot_by_concurrent_workers(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    home(server, add_site(server, 12))
    summary = crawl(store, profile_file, settings=dataclasses.replace(fast, concurrency=8),
                    max_pages=5)
    assert summary.pages == 5
    assert len([h for h in server.hits() if h.path != "/robots.txt"]) == 5


def test_sitemap_index_fan_out_is_capped(
        server: TestServer, store: CorpusStore, tmp_path: Path, fast: CrawlSettings) -> None:
    children = "".join(f"<sitemap><loc>{server.url(f'/sm-{i}.xml')}</loc></sitemap>"
                       for i in range(20))
    server.route("/sitemap.xml", Reply(content_type="application/xml", body=(
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}'
        "</sitemapindex>")))
    for i in range(20):
        server.route(f"/sm-{i}.xml", Reply(content_type="application/xml",
                                           body=SITEMAP.format("")))
    profile = tmp_path / "fan.toml"
    profile.write_text(f'base_url = "{server.base}/"\nsitemaps = ["{{base}}/sitemap.xml"]\n'
                       'article_pattern = "/a/"\n[politeness]\nallow_private = true\n')
    summary = crawl(store, profile, settings=dataclasses.replace(fast, max_sitemaps=5))
    assert summary.outcomes == {"sitemap": 5}
    assert len([h for h in server.hits() if h.path.startswith("/sm-")]) == 4


def test_dns_rebinding_to_loopback_is_refused_at_connect_time(
        server: TestServer, store: CorpusStore, fast: CrawlSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus_tool.crawl._fetch as fetch_module

    async def answered_public(host: str, port: int) -> None:
        """A rebinding DNS server: public when checked, 127.0.0.1 when connecting."""

    monkeypatch.setattr(fetch_module, "resolve_public", answered_public)
    home(server, add_site(server, 1))
    with pytest.raises(CrawlError, match="connected address is not public: localhost -> 127"):
        crawl(store, f"http://localhost:{server.port}/", settings=fast)
    profile = tmp_path / "rebind.toml"
    profile.write_text(f'base_url = "http://localhost:{server.port}/"\narticle_pattern = "/a/"\n')
    summary = crawl(store, profile, settings=fast)
    assert set(summary.outcomes) == {"refused:private-address"}
    assert server.hits() == [] and store.count() == 0


def test_per_host_concurrency_caps_requests_in_flight_without_a_delay(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    home(server, add_site(server, 10, delay=0.1))
    settings = dataclasses.replace(fast, concurrency=8, per_host_concurrency=3)
    summary = crawl(store, profile_file, settings=settings)
    assert summary.articles == 10
    assert server.max_in_flight == 3


def test_a_frontier_larger_than_the_memory_queue_is_read_back_from_the_store(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus_tool.crawl._crawl as crawl_module

    monkeypatch.setattr(crawl_module, "QUEUE_LIMIT", 4)
    paths = add_site(server, 15)
    home(server, [*paths[:9], "/list/xahoi"])
    server.page("/list/xahoi", listing_html(paths[9:]))
    summary = crawl(store, profile_file, settings=dataclasses.replace(fast, concurrency=3))
    assert summary.finished and summary.articles == 15 and store.count() == 15
    assert all(len(server.hits(p)) == 1 for p in paths)


def test_an_undated_article_is_skipped_when_a_range_is_asked_and_stored_otherwise(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    from corpus_tool._dates import parse_datetime

    page = article_html("Không ngày", make_body(60)).replace("article:published_time", "x")
    server.page("/a/khong-ngay.html", page)
    home(server, ["/a/khong-ngay.html"])
    summary = crawl(store, profile_file, settings=fast, since=parse_datetime("2023-01-01"))
    assert summary.outcomes == {"listing": 1, "undated": 1} and store.count() == 0
    summary = crawl(store, profile_file, settings=fast)
    assert summary.outcomes["stored"] == 1 and store.count() == 1


def test_robots_txt_behind_a_redirect_is_followed(
        server: TestServer, store: CorpusStore, profile_file: Path, fast: CrawlSettings) -> None:
    paths = add_site(server, 2)
    home(server, [*paths, "/a/secret-1.html"])
    server.page("/a/secret-1.html", article_html("Bí mật", make_body(98)))
    server.route("/robots.txt", Reply(status=301, headers={"Location": "/static/robots.txt"}))
    server.route("/static/robots.txt", Reply(body="User-agent: *\nDisallow: /a/secret\n",
                                              content_type="text/plain"))
    summary = crawl(store, profile_file, settings=fast)
    assert server.hits("/a/secret-1.html") == []
    assert summary.outcomes["refused:robots"] == 1 and summary.articles == 2
