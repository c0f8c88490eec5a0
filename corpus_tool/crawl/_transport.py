"""An httpx transport that refuses to talk to private addresses, checked at connect time.

Resolving a host before the request is not enough: a name can resolve to a
public address for the check and to 127.0.0.1 or 169.254.169.254 a moment
later when the connection is made (DNS rebinding). This transport looks at
the address the socket actually connected to and closes it if it is not
public.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from corpus_tool.crawl._urls import is_private_address

__all__ = ["REFUSED_PRIVATE", "public_only_transport"]

logger = logging.getLogger(__name__)

REFUSED_PRIVATE = "refused: connected address is not public"


class _PublicOnlyBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(host, port, timeout=timeout,
                                               local_address=local_address,
                                               socket_options=socket_options)
        peer = stream.get_extra_info("server_addr")
        if peer and is_private_address(str(peer[0])):
            await stream.aclose()
            raise httpcore.ConnectError(f"{REFUSED_PRIVATE}: {host} -> {peer[0]}")
        return stream

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError(f"{REFUSED_PRIVATE}: unix socket {path}")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def public_only_transport(**kwargs: Any) -> httpx.AsyncHTTPTransport:
    """Return an ``httpx.AsyncHTTPTransport`` whose connections to non-public addresses fail."""
    transport = httpx.AsyncHTTPTransport(**kwargs)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None:  # an httpx/httpcore whose internals moved: the resolve check remains
        logger.warning("cannot check connected addresses with this httpx version")
        return transport
    pool._network_backend = _PublicOnlyBackend(backend)  # type: ignore[union-attr]
    return transport
