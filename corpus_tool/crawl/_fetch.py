"""Polite HTTP fetching on httpx: scope, robots.txt, per-host pacing, retries, caps.

Every request goes through :class:`Fetcher`, which

- refuses non-http(s) URLs, hosts outside the allowed list and (unless
  allowed) hosts resolving to private, loopback or link-local addresses;
- reads each host's robots.txt once (protego) and honours its rules and
  Crawl-delay;
- paces each host: with a delay, one request at a time and at least
  ``delay`` seconds from the end of one response to the next request, so the
  site sees the gap whatever the network does; without a delay, up to
  ``per_host_concurrency`` requests at once;
- retries timeouts, connection errors, truncated bodies, 429 and 5xx with
  exponential backoff and jitter, honouring Retry-After (which also holds
  back every other request to that host); a 429 or 503 also doubles the
  host's delay (at least 1 s) for the rest of the crawl;
- streams the body and abandons it past ``max_body_bytes``; checks the
  content type before reading;
- follows redirects itself, only within the allowed hosts, detecting loops;
- sends If-None-Match / If-Modified-Since when a validator is known.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import logging
import random
import time
from collections.abc import AsyncIterator, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx
from protego import Protego

from corpus_tool.crawl._transport import REFUSED_PRIVATE
from corpus_tool.crawl._urls import canonical_url, host_of, in_scope, resolve_public
from corpus_tool.errors import CrawlError

__all__ = ["FetchError", "FetchOptions", "Fetcher", "Response", "user_agent"]

logger = logging.getLogger(__name__)

ROBOTS_TOKEN = "corpus-tool"
_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_STATUS = {408, 429, 500, 502, 503, 504}
HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = ("application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
             "application/x-gzip", "application/gzip", "application/octet-stream",
             "text/plain", "application/x-xml")


def user_agent(contact: str = "") -> str:
    """Return the User-Agent: the tool, its version and, if given, how to reach the operator."""
    from corpus_tool import __version__

    extra = f"; +{contact}" if contact else ""
    return f"corpus-tool/{__version__} (Vietnamese press corpus crawler{extra})"


class FetchError(Exception):
    """A URL could not be fetched; ``outcome`` is the fetch_log outcome (``error:timeout``...)."""

    def __init__(self, outcome: str, detail: str = "", status: int | None = None) -> None:
        super().__init__(f"{outcome}: {detail}" if detail else outcome)
        self.outcome = outcome
        self.detail = detail
        self.status = status


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How :class:`Fetcher` behaves (filled from settings and the site profile)."""

    allowed_hosts: Collection[str]
    delay: float = 1.0
    per_host_concurrency: int = 2
    timeout: float = 20.0
    max_retries: int = 3
    backoff: float = 0.5
    max_retry_after: float = 120.0
    max_crawl_delay: float = 60.0
    max_body_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = field(default_factory=user_agent)


@dataclass(slots=True)
class Response:
    """A fetched page: final URL after redirects, status, headers, body."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes
    elapsed_ms: int
    redirects: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str | None:
        """The Content-Type header, if any."""
        value: str | None = self.headers.get("content-type")
        return value


class _Host:
    """Pacing and robots rules of one host."""

    def __init__(self, delay: float, concurrency: int) -> None:
        self.delay = delay
        self.slots = asyncio.Semaphore(concurrency)
        self.serial = asyncio.Lock()
        self.next_at = 0.0
        self.robots: Protego | None = None
        self.robots_lock = asyncio.Lock()
        self.robots_loaded = False
        self.checked = False

    def defer(self, seconds: float) -> None:
        """Hold back every request to this host for ``seconds``."""
        self.next_at = max(self.next_at, time.monotonic() + seconds)

    @contextlib.asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        if self.delay > 0:
            async with self.serial:
                await self._wait()
                try:
                    yield
                finally:
                    self.defer(self.delay)
        else:
            async with self.slots:
                await self._wait()
                yield

    async def _wait(self) -> None:
        while (pause := self.next_at - time.monotonic()) > 0:
            await asyncio.sleep(pause)


class _TooLarge(Exception):
    pass


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


class Fetcher:
    """Fetches URLs politely with one httpx.AsyncClient (see the module docstring).

    Args:
        client: the client to send requests with (tests pass one built on
            ``httpx.MockTransport``); its own redirect following is bypassed.
        options: pacing, limits and scope.
    """

    def __init__(self, client: httpx.AsyncClient, options: FetchOptions) -> None:
        self.client = client
        self.options = options
        self._hosts: dict[str, _Host] = {}
        self.requests = 0

    def host(self, url: str) -> _Host:
        """Return the pacing state of ``url``'s host."""
        name = urlsplit(url).netloc.lower()
        state = self._hosts.get(name)
        if state is None:
            state = _Host(self.options.delay, self.options.per_host_concurrency)
            self._hosts[name] = state
        return state

    async def check_host(self, url: str) -> None:
        """Raise :class:`CrawlError` if ``url`` is out of scope or its host is not public."""
        reason = in_scope(url, self.options.allowed_hosts)
        if reason:
            raise CrawlError(f"{url}: {reason}")
        state = self.host(url)
        if not state.checked:
            if not self.options.allow_private:
                parts = urlsplit(url)
                await resolve_public(host_of(url),
                                     parts.port or (443 if parts.scheme == "https" else 80))
            state.checked = True

    async def robots(self, url: str) -> Protego | None:
        """Return the robots.txt rules of ``url``'s host (fetched once), ``None`` if none."""
        state = self.host(url)
        if state.robots_loaded:
            return state.robots
        async with state.robots_lock:
            if state.robots_loaded:
                return state.robots
            parts = urlsplit(url)
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            try:
                response = await self._robots_response(state, robots_url)
            except FetchError as exc:
                if exc.outcome.startswith("refused:"):
                    raise
                # RFC 9309: an unreachable robots.txt means the whole site is off limits.
                logger.warning("%s unreachable (%s): not crawling %s", robots_url, exc,
                               parts.netloc)
                state.robots = Protego.parse("User-agent: *\nDisallow: /")
            else:
                if 200 <= response.status < 300:
                    text = response.body.decode("utf-8", errors="replace")
                    state.robots = Protego.parse(text)
                    delay = state.robots.crawl_delay(ROBOTS_TOKEN)
                    if delay:
                        capped = min(float(delay), self.options.max_crawl_delay)
                        if capped > state.delay:
                            logger.info("%s asks for Crawl-delay %s s", robots_url, delay)
                            state.delay = capped
                            state.defer(capped)
                elif response.status >= 500:
                    state.robots = Protego.parse("User-agent: *\nDisallow: /")
                else:
                    state.robots = None  # 4xx: no rules, everything allowed (RFC 9309)
            state.robots_loaded = True
            return state.robots

    async def _robots_response(self, state: _Host, robots_url: str) -> Response:
        """Fetch robots.txt, following up to five redirects within the allowed hosts."""
        headers = {"User-Agent": self.options.user_agent}
        current = robots_url
        for _ in range(5):
            response = await self._request_retrying(state, current, headers, None)
            location = response.headers.get("location")
            if response.status not in _REDIRECTS or not location:
                return response
            target = canonical_url(location, base=current)
            if in_scope(target, self.options.allowed_hosts):
                break  # rules served from elsewhere do not apply here: treat as none
            current = target
            state = self.host(target)
        return Response(url=current, status=404, headers=httpx.Headers(), body=b"",
                        elapsed_ms=0)

    async def fetch(
        self, url: str, *, accept: Collection[str] = HTML_TYPES, etag: str | None = None,
        last_modified: str | None = None,
    ) -> Response:
        """Return the response for ``url`` after redirects, retries and checks.

        Args:
            url: an absolute, canonical http(s) URL.
            accept: media types a 200 response may have (a missing
                Content-Type is accepted and left to the caller to sniff).
            etag, last_modified: validators from an earlier fetch, sent as
                If-None-Match / If-Modified-Since.

        Raises:
            FetchError: refused by scope or robots, redirected out of scope or
                in a loop, too large, wrong content type, or failed after the
                retries.
        """
        seen = {url}
        hops: list[str] = []
        current = url
        headers = {"User-Agent": self.options.user_agent}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(self.options.max_redirects + 1):
            reason = in_scope(current, self.options.allowed_hosts)
            if reason:
                outcome = "refused:redirect-out-of-scope" if hops else "refused:out-of-scope"
                raise FetchError(outcome, f"{current}: {reason}")
            try:
                await self.check_host(current)
            except CrawlError as exc:
                raise FetchError("refused:private-address", str(exc)) from None
            rules = await self.robots(current)
            if rules is not None and not rules.can_fetch(current, ROBOTS_TOKEN):
                raise FetchError("refused:robots", current)
            response = await self._request_retrying(self.host(current), current, headers,
                                                    accept)
            location = response.headers.get("location")
            if response.status in _REDIRECTS and location:
                target = canonical_url(location, base=current)
                if target in seen:
                    raise FetchError("error:redirect-loop", " -> ".join([*hops, current, target]),
                                     response.status)
                seen.add(target)
                hops.append(current)
                current = target
                headers = {"User-Agent": self.options.user_agent}
                continue
            response.redirects = hops
            return response
        raise FetchError("error:too-many-redirects", " -> ".join([*hops, current]))

    async def _request_retrying(
        self, state: _Host, url: str, headers: dict[str, str],
        accept: Collection[str] | None,
    ) -> Response:
        attempts = self.options.max_retries + 1
        for attempt in range(attempts):
            wait: float | None = None
            try:
                async with state.turn():
                    response = await self._request(url, headers, accept)
            except httpx.TimeoutException as exc:
                failure = FetchError("error:timeout", f"{type(exc).__name__} on {url}")
            except (httpx.TransportError, httpx.DecodingError) as exc:
                if str(exc).startswith(REFUSED_PRIVATE):
                    raise FetchError("refused:private-address", str(exc)) from None
                failure = FetchError("error:connection", f"{type(exc).__name__}: {exc}")
            else:
                if response.status not in _RETRY_STATUS:
                    return response
                failure = FetchError(f"error:http-{response.status}", url, response.status)
                wait = _retry_after(response.headers.get("retry-after"))
                if response.status in (429, 503):
                    # The site says it is overloaded: slow down for the rest of the crawl.
                    slower = min(max(state.delay * 2, 1.0), self.options.max_crawl_delay)
                    if slower > state.delay:
                        logger.warning("%s answered %d: %s now waits %.1f s between requests",
                                       url, response.status, urlsplit(url).netloc, slower)
                        state.delay = slower
                        state.defer(slower)
                if wait is not None and wait > self.options.max_retry_after:
                    logger.warning("%s: Retry-After %.0f s capped to %.0f s", url, wait,
                                   self.options.max_retry_after)
                    wait = self.options.max_retry_after
            if attempt == attempts - 1:
                raise failure
            if wait is None:
                base = self.options.backoff * 2 ** attempt
                wait = base + random.uniform(0, base)
            logger.info("%s: %s, retry %d/%d in %.2f s", url, failure.outcome, attempt + 1,
                        attempts - 1, wait)
            state.defer(wait)
        raise AssertionError("unreachable")

    async def _request(self, url: str, headers: dict[str, str],
                       accept: Collection[str] | None) -> Response:
        start = time.monotonic()
        self.requests += 1
        # Redirects are ours to follow (scope, loops), even on a client built to follow them.
        async with self.client.stream("GET", url, headers=headers, follow_redirects=False,
                                      timeout=self.options.timeout) as r:
            length = r.headers.get("content-length")
            cap = self.options.max_body_bytes
            if length and length.isdigit() and int(length) > cap:
                raise FetchError("error:too-large", f"Content-Length {length} > {cap} bytes",
                                 r.status_code)
            if accept is not None and r.status_code == 200:
                media = _media_type(r.headers.get("content-type"))
                if media is not None and media not in accept:
                    raise FetchError("skipped:content-type", media, r.status_code)
            chunks: list[bytes] = []
            size = 0
            async for chunk in r.aiter_bytes():
                size += len(chunk)
                if size > cap:
                    raise FetchError("error:too-large", f"body over {cap} bytes", r.status_code)
                chunks.append(chunk)
            return Response(url=url, status=r.status_code, headers=r.headers,
                            body=b"".join(chunks),
                            elapsed_ms=int((time.monotonic() - start) * 1000))
