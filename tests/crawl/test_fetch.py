"""Fetcher units on httpx.MockTransport: body cap while streaming, scope, robots failures."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from corpus_tool.crawl import Fetcher, FetchError, FetchOptions
from corpus_tool.crawl._fetch import _retry_after


def _fetcher(handler: Callable[[httpx.Request], httpx.Response], **options: object) -> Fetcher:
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    opts = FetchOptions(allowed_hosts=("baobinhduong.vn",), delay=0.0, allow_private=True,
                        backoff=0.01, **options)  # type: ignore[arg-type]
    return Fetcher(client, opts)


def _run(fetcher: Fetcher, url: str) -> object:
    async def go() -> object:
        try:
            return await fetcher.fetch(url)
        finally:
            await fetcher.client.aclose()
    return asyncio.run(go())


def test_body_without_length_is_abandoned_past_the_cap() -> None:
    sent: list[int] = []

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(1000):
            sent.append(1)
            yield b"x" * 10_000

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"content-type": "text/html"}, content=chunks())

    with pytest.raises(FetchError, match="body over 50000 bytes") as info:
        _run(_fetcher(handler, max_body_bytes=50_000), "https://baobinhduong.vn/a-a1.html")
    assert info.value.outcome == "error:too-large"
    assert len(sent) < 10


def test_redirect_to_another_scheme_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(301, headers={"location": "ftp://baobinhduong.vn/x"})

    with pytest.raises(FetchError) as info:
        _run(_fetcher(handler), "https://baobinhduong.vn/a-a1.html")
    assert info.value.outcome == "refused:redirect-out-of-scope"


def test_unreachable_robots_txt_means_the_site_is_off_limits() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503 if request.url.path == "/robots.txt" else 200)

    with pytest.raises(FetchError) as info:
        _run(_fetcher(handler, max_retries=1), "https://baobinhduong.vn/a-a1.html")
    assert info.value.outcome == "refused:robots"


def test_out_of_scope_url_is_never_requested() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(200)

    with pytest.raises(FetchError) as info:
        _run(_fetcher(handler), "https://evil.vn/a.html")
    assert info.value.outcome == "refused:out-of-scope" and calls == []


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert _retry_after("7") == 7.0
    assert _retry_after("Thu, 01 Jan 1970 00:00:00 GMT") == 0.0
    assert _retry_after("soon") is None


def test_a_client_that_follows_redirects_cannot_leave_the_allowed_hosts() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.url.host == "baobinhduong.vn":
            return httpx.Response(302, headers={"location": "https://evil.vn/x"})
        return httpx.Response(200, html="<p>x</p>")

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler), follow_redirects=True)
    fetcher = Fetcher(client, FetchOptions(allowed_hosts=("baobinhduong.vn",), delay=0.0,
                                           allow_private=True))
    with pytest.raises(FetchError) as info:
        _run(fetcher, "https://baobinhduong.vn/a-a1.html")
    assert info.value.outcome == "refused:redirect-out-of-scope"
    assert not any("evil.vn" in c for c in calls)


def test_user_agent_names_the_tool_and_the_contact() -> None:
    from corpus_tool.crawl import user_agent

    agent = user_agent("mailto:toasoan@baobinhduong.vn")
    assert agent.startswith("corpus-tool/") and "+mailto:toasoan@baobinhduong.vn" in agent
