"""Site profiles: what to crawl on one press site, as data in ``crawls/*.toml``.

A profile names the hosts the crawler may visit, where discovery starts
(start pages, sitemaps, feeds), which URLs are articles and which are
listings, how listings paginate, CSS selectors for fields the generic
extractor gets wrong, the site's date format and time zone, and politeness
overrides. String values may use ``{base}`` (the base URL without its
trailing slash) and ``{host}`` (its host), so a profile for a site whose
address is only known at run time (the bundled demo) takes ``--base``.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from corpus_tool._dates import get_timezone
from corpus_tool.crawl._urls import canonical_url, host_of
from corpus_tool.errors import ConfigError

__all__ = ["Pagination", "Politeness", "SiteProfile", "generic_profile", "load_profile"]

SELECTOR_FIELDS = ("title", "sapo", "body", "published", "updated", "authors", "section",
                   "tags", "captions")


@dataclass(frozen=True, slots=True)
class Pagination:
    """How a listing page links to its next page.

    Attributes:
        pattern: regex a pagination URL matches (``/trang-\\d+``, ``[?&]page=\\d+``).
        next_selector: CSS selector of the "next page" link, if the site has one.
        max_pages: how many pages of one listing to follow at most.
    """

    pattern: re.Pattern[str] | None = None
    next_selector: str | None = None
    max_pages: int = 50


@dataclass(frozen=True, slots=True)
class Politeness:
    """Per-site overrides of the ``[crawl]`` settings; ``None`` keeps the setting."""

    delay: float | None = None
    concurrency: int | None = None
    per_host_concurrency: int | None = None
    allow_private: bool = False
    contact: str | None = None


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """One site to crawl (frozen; built by :func:`load_profile` or :func:`generic_profile`).

    Attributes:
        name: site name stored with its articles (usually the host).
        base_url: the site's home page.
        allowed_hosts: hosts that may be fetched; ``*.example.vn`` allows subdomains.
        start_pages: home/section pages whose links are followed.
        sitemaps, feeds: sitemap (index) and RSS/Atom URLs.
        article_pattern, listing_pattern: regexes (searched in the full URL)
            telling article pages from listing pages; ``None`` in generic mode.
        pagination: how listings paginate.
        selectors: CSS selectors per article field (see ``SELECTOR_FIELDS``).
        date_format: ``strptime`` format of the date shown on article pages,
            used when the page's metadata carries no date.
        timezone: IANA zone for dates written without an offset.
        max_depth: links followed from a start page, ``None`` for the setting.
        politeness: delay, concurrency, allow_private, contact overrides.
        generic: true when built from a bare URL (heuristic discovery).
        source: the file the profile came from.
    """

    name: str
    base_url: str
    allowed_hosts: tuple[str, ...]
    start_pages: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    article_pattern: re.Pattern[str] | None = None
    listing_pattern: re.Pattern[str] | None = None
    pagination: Pagination = field(default_factory=Pagination)
    selectors: Mapping[str, str] = field(default_factory=dict)
    date_format: str | None = None
    timezone: str = "Asia/Ho_Chi_Minh"
    max_depth: int | None = None
    politeness: Politeness = field(default_factory=Politeness)
    generic: bool = False
    source: str | None = None

    @property
    def heuristic(self) -> bool:
        """Whether URLs are classified by heuristics (no article or listing pattern given)."""
        return self.generic or (self.article_pattern is None and self.listing_pattern is None)

    def to_dict(self) -> dict[str, Any]:
        """Return the profile as JSON-ready data (regexes as their pattern strings)."""
        def plain(value: Any) -> Any:
            if isinstance(value, re.Pattern):
                return value.pattern
            if dataclasses.is_dataclass(value) and not isinstance(value, type):
                return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
            if isinstance(value, tuple):
                return list(value)
            if isinstance(value, Mapping):
                return dict(value)
            return value

        data: dict[str, Any] = plain(self)
        return data


_TOP_KEYS = {
    "name": str, "base_url": str, "allowed_hosts": list, "start_pages": list, "sitemaps": list,
    "feeds": list, "article_pattern": str, "listing_pattern": str, "pagination": dict,
    "selectors": dict, "date_format": str, "timezone": str, "max_depth": int,
    "politeness": dict,
}
_PAGINATION_KEYS = {"pattern": str, "next_selector": str, "max_pages": int}
_POLITENESS_KEYS = {"delay": float, "concurrency": int, "per_host_concurrency": int,
                    "allow_private": bool, "contact": str}


class _Checker:
    """Validates one profile file, naming the file, line and key of each problem."""

    def __init__(self, source: str, text: str) -> None:
        self.source = source
        self.lines = text.splitlines()

    def fail(self, key: str, reason: str) -> ConfigError:
        leaf = key.split(".")[-1].split("[")[0]
        pattern = re.compile(rf"^\s*{re.escape(leaf)}\s*=")
        line = next((i for i, text in enumerate(self.lines, 1) if pattern.match(text)), None)
        where = f"{self.source}:{line}" if line else self.source
        return ConfigError(f"{where}: key '{key}': {reason}")

    def keys(self, data: Mapping[str, Any], known: Mapping[str, type], prefix: str) -> None:
        for key, value in data.items():
            name = f"{prefix}{key}"
            if key not in known:
                raise self.fail(name, f"unknown key (known: {', '.join(sorted(known))})")
            expected = known[key]
            ok = (isinstance(value, int | float) and not isinstance(value, bool)
                  if expected is float else
                  isinstance(value, int) and not isinstance(value, bool)
                  if expected is int else isinstance(value, expected))
            if not ok:
                raise self.fail(name, f"{value!r} is not a {expected.__name__}")

    def regex(self, key: str, value: str | None) -> re.Pattern[str] | None:
        if value is None:
            return None
        try:
            return re.compile(value)
        except re.error as exc:
            raise self.fail(key, f"bad regex {value!r}: {exc}") from None

    def url(self, key: str, value: Any) -> str:
        if not isinstance(value, str):
            raise self.fail(key, f"{value!r} is not a string")
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise self.fail(key, f"{value!r} is not an absolute http(s) URL")
        try:
            parts.port  # noqa: B018 - raises on a bad port
        except ValueError:
            raise self.fail(key, f"{value!r} has an invalid port") from None
        return canonical_url(value)

    def urls(self, key: str, values: list[Any]) -> tuple[str, ...]:
        return tuple(self.url(f"{key}[{i}]", v) for i, v in enumerate(values))


def _fill(value: Any, base: str, host: str) -> Any:
    if isinstance(value, str):
        return value.replace("{base}", base).replace("{host}", host)
    if isinstance(value, list):
        return [_fill(v, base, host) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, base, host) for k, v in value.items()}
    return value


def load_profile(path: str | Path, *, base_url: str | None = None) -> SiteProfile:
    """Return the site profile in the TOML file ``path``.

    Args:
        path: a ``crawls/*.toml`` file.
        base_url: replaces the profile's ``base_url`` (and so ``{base}`` and
            ``{host}`` in its other values).

    Raises:
        ConfigError: the file is missing or not TOML, or a key is unknown, of
            the wrong type, a bad regex or a bad URL (the message names the
            file, line and key).

    Example:
        >>> p = load_profile("crawls/baobinhduong.toml")
        >>> bool(p.article_pattern.search(
        ...     "https://baobinhduong.vn/hon-200-nguoi-dang-ky-hien-mau-a258478.html"))
        True
    """
    source = str(path)
    try:
        text = Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{source}: site profile not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{source}: cannot read site profile ({exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    check = _Checker(source, text)
    check.keys(data, _TOP_KEYS, "")
    if base_url is not None:
        data["base_url"] = base_url
    if "base_url" not in data:
        raise check.fail("base_url", "missing (the site's home page URL)")
    base = check.url("base_url", data["base_url"])
    data = _fill(data, base.rstrip("/"), host_of(base))
    pagination = data.get("pagination", {})
    check.keys(pagination, _PAGINATION_KEYS, "pagination.")
    politeness = data.get("politeness", {})
    check.keys(politeness, _POLITENESS_KEYS, "politeness.")
    selectors = data.get("selectors", {})
    check.keys(selectors, dict.fromkeys(SELECTOR_FIELDS, str), "selectors.")
    for key in ("delay",):
        if key in politeness and politeness[key] < 0:
            raise check.fail(f"politeness.{key}", f"{politeness[key]!r} must be >= 0")
    for key in ("concurrency", "per_host_concurrency"):
        if key in politeness and politeness[key] < 1:
            raise check.fail(f"politeness.{key}", f"{politeness[key]!r} must be >= 1")
    if pagination.get("max_pages", 1) < 1:
        raise check.fail("pagination.max_pages", "must be >= 1")
    if data.get("max_depth", 0) < 0:
        raise check.fail("max_depth", "must be >= 0")
    hosts = tuple(h.lower() for h in data.get("allowed_hosts", [host_of(base)]))
    for i, host in enumerate(hosts):
        if not host or "/" in host or ":" in host.removeprefix("*."):
            raise check.fail(f"allowed_hosts[{i}]", f"{host!r} is not a host name")
    if host_of(base) not in hosts and not any(
            h.startswith("*.") and host_of(base).endswith(h[1:]) for h in hosts):
        raise check.fail("allowed_hosts", f"does not include the base URL's host "
                                          f"{host_of(base)!r}")
    timezone = data.get("timezone", "Asia/Ho_Chi_Minh")
    try:
        get_timezone(timezone)
    except ConfigError as exc:
        raise check.fail("timezone", str(exc)) from None
    date_format = data.get("date_format")
    if date_format is not None and "%" not in date_format:
        raise check.fail("date_format", f"{date_format!r} is not a strptime format")
    start_pages = check.urls("start_pages", data.get("start_pages", []))
    sitemaps = check.urls("sitemaps", data.get("sitemaps", []))
    feeds = check.urls("feeds", data.get("feeds", []))
    if not (start_pages or sitemaps or feeds):
        start_pages = (base,)
    return SiteProfile(
        name=data.get("name", host_of(base)), base_url=base, allowed_hosts=hosts,
        start_pages=start_pages, sitemaps=sitemaps, feeds=feeds,
        article_pattern=check.regex("article_pattern", data.get("article_pattern")),
        listing_pattern=check.regex("listing_pattern", data.get("listing_pattern")),
        pagination=Pagination(
            pattern=check.regex("pagination.pattern", pagination.get("pattern")),
            next_selector=pagination.get("next_selector"),
            max_pages=pagination.get("max_pages", 50)),
        selectors=dict(selectors), date_format=date_format, timezone=timezone,
        max_depth=data.get("max_depth"),
        politeness=Politeness(**politeness), source=source,
    )


def generic_profile(url: str, *, allow_private: bool = False) -> SiteProfile:
    """Return a profile for a site known only by its home page URL (heuristic discovery).

    The host and its ``www.`` twin are allowed; discovery starts at the page,
    ``/sitemap.xml``, the robots.txt ``Sitemap:`` lines and the feeds the page
    links to.

    Raises:
        ConfigError: ``url`` is not an absolute http(s) URL.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"crawl target {url!r} is neither a site profile file nor an "
                          "absolute http(s) URL")
    base = canonical_url(url)
    host = host_of(base)
    twin = host[4:] if host.startswith("www.") else f"www.{host}"
    root = f"{parts.scheme}://{parts.netloc}"
    return SiteProfile(
        name=host, base_url=base, allowed_hosts=(host, twin), start_pages=(base,),
        sitemaps=(canonical_url(f"{root}/sitemap.xml"),),
        politeness=Politeness(allow_private=allow_private), generic=True,
    )
