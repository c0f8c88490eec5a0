"""Site profiles: shipped files load, their patterns match real URLs, bad files are named."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corpus_tool.crawl import generic_profile, load_profile
from corpus_tool.errors import ConfigError

CRAWLS = Path(__file__).resolve().parents[2] / "crawls"
SHIPPED = sorted(CRAWLS.glob("*.toml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_profile_loads_and_names_what_was_verified(path: Path) -> None:
    profile = load_profile(path)
    assert profile.allowed_hosts
    assert profile.start_pages or profile.sitemaps or profile.feeds
    head = path.read_text("utf-8").split("\n\n")[0]
    assert "Verified" in head


def _real_urls(shared: Path, host: str) -> set[str]:
    found: set[str] = set()
    pattern = re.compile(rf"https?://(?:www\.)?{re.escape(host)}/[^\"<\s]*")
    for file in [*shared.glob("danes/*.json"), *shared.glob("pages/*.rss")]:
        found.update(pattern.findall(file.read_text("utf-8")))
    return {u.split("#")[0] for u in found}


@pytest.mark.shared_data
@pytest.mark.parametrize("stem,host,minimum", [
    ("baobinhduong", "baobinhduong.vn", 20), ("canthotv", "canthotv.vn", 10),
    ("thanhnien", "thanhnien.vn", 10), ("tuoitre", "tuoitre.vn", 5),
    ("laodong", "laodong.vn", 10), ("vnexpress", "vnexpress.net", 20),
])
def test_article_pattern_matches_every_real_article_url(shared_data: Path, stem: str,
                                                        host: str, minimum: int) -> None:
    profile = load_profile(CRAWLS / f"{stem}.toml")
    assert profile.article_pattern is not None
    urls = {u for u in _real_urls(shared_data, host) if not u.endswith((".rss", "/"))
            or stem == "canthotv"}
    urls = {u.replace("http://", "https://") if stem != "vnexpress" else u for u in urls}
    assert len(urls) >= minimum
    missed = [u for u in urls if not profile.article_pattern.search(u)]
    assert missed == []
    assert not profile.article_pattern.search(profile.base_url)


@pytest.mark.shared_data
def test_baobinhduong_pattern_matches_the_danes_rows(shared_data: Path) -> None:
    rows = json.loads((shared_data / "danes/baobinhduong_rows_batch_8.json").read_text("utf-8"))
    profile = load_profile(CRAWLS / "baobinhduong.toml")
    assert profile.article_pattern is not None and profile.listing_pattern is not None
    for row in rows:
        assert profile.article_pattern.search(row["meta"]["uri"])
        assert not profile.listing_pattern.search(row["meta"]["uri"])
    assert profile.listing_pattern.search("https://baobinhduong.vn/xa-hoi/")


def test_demo_profile_takes_its_base_url_at_run_time() -> None:
    profile = load_profile(CRAWLS / "demo.toml", base_url="http://127.0.0.1:43210/")
    assert profile.base_url == "http://127.0.0.1:43210/"
    assert profile.allowed_hosts == ("127.0.0.1",)
    assert profile.start_pages == ("http://127.0.0.1:43210/",)
    assert profile.sitemaps == ("http://127.0.0.1:43210/sitemap.xml",)
    assert profile.politeness.allow_private
    assert profile.heuristic


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad.toml"
    path.write_text('base_url = "https://baobinhduong.vn/"\n' + text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text,message", [
    ('article_patern = "a"\n', r"bad\.toml:2: key 'article_patern': unknown key"),
    ('article_pattern = "-a(\\\\d+.html"\n', r"bad\.toml:2: key 'article_pattern': bad regex"),
    ('start_pages = ["ftp://baobinhduong.vn/"]\n',
     r"key 'start_pages\[0\]': 'ftp://baobinhduong.vn/' is not an absolute http\(s\) URL"),
    ('sitemaps = ["/sitemap.xml"]\n', r"key 'sitemaps\[0\]'"),
    ("[politeness]\ndelay = -1\n", r"bad\.toml:3: key 'politeness.delay': -1 must be >= 0"),
    ("[politeness]\nconcurency = 2\n", r"key 'politeness.concurency': unknown key"),
    ('[selectors]\nheadline = "h1"\n', r"key 'selectors.headline': unknown key"),
    ('timezone = "Asia/Saigonn"\n', r"key 'timezone': unknown time zone"),
    ('allowed_hosts = ["example.vn"]\n', r"key 'allowed_hosts': does not include"),
    ("max_depth = 'two'\n", r"key 'max_depth': 'two' is not a int"),
])
def test_bad_profile_is_rejected_naming_the_key_and_reason(tmp_path: Path, text: str,
                                                           message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_profile(_write(tmp_path, text))


def test_missing_profile_and_bad_toml_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="site profile not found"):
        load_profile(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_profile(_write(tmp_path, "article_pattern = \n"))


def test_profile_is_frozen_and_serialisable() -> None:
    profile = load_profile(CRAWLS / "baobinhduong.toml")
    with pytest.raises(AttributeError):
        profile.name = "x"  # type: ignore[misc]
    data = profile.to_dict()
    assert json.loads(json.dumps(data))["article_pattern"] == profile.article_pattern.pattern  # type: ignore[union-attr]


def test_generic_profile_allows_the_host_and_its_www_twin() -> None:
    profile = generic_profile("https://baobinhduong.vn/")
    assert set(profile.allowed_hosts) == {"baobinhduong.vn", "www.baobinhduong.vn"}
    assert profile.sitemaps == ("https://baobinhduong.vn/sitemap.xml",)
    with pytest.raises(ConfigError, match="neither a site profile"):
        generic_profile("baobinhduong.vn")
