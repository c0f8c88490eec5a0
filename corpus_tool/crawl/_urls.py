"""URL canonicalisation and crawl scope: scheme, allowed hosts, private addresses."""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Collection
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from corpus_tool.errors import CrawlError

__all__ = ["canonical_url", "host_of", "in_scope", "is_private_address", "resolve_public"]

# Query parameters that only track the click, never select content. Zalo's
# zarsrc/gidzl are on most links shared from Vietnamese papers' Zalo pages.
_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|"
    r"igshid|zarsrc|gidzl|_hsenc|_hsmi|mkt_tok|ref_src|spm)$",
    re.IGNORECASE,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str, base: str | None = None) -> str:
    """Return ``url`` absolute and canonical: lower-case scheme/host, no default port,
    no fragment, no tracking parameters, remaining parameters sorted.

    Example:
        >>> canonical_url("HTTPS://BaoBinhDuong.vn:443/gan-dan-a1.html?utm_source=fb&b=2&a=1#top")
        'https://baobinhduong.vn/gan-dan-a1.html?a=1&b=2'
    """
    if base is not None:
        url = urljoin(base, url.strip())
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    if ":" in host and not host.startswith("["):
        netloc = f"[{host}]" if port is None else f"[{host}]:{port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not _TRACKING.match(k))
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def host_of(url: str) -> str:
    """Return the lower-case host of ``url`` (without port)."""
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def in_scope(url: str, allowed_hosts: Collection[str]) -> str | None:
    """Return why ``url`` is out of scope, or ``None`` when it may be fetched.

    Only http(s) URLs on one of ``allowed_hosts`` are in scope; an entry
    ``*.example.vn`` allows every subdomain of example.vn.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme or '(none)'!r} is not http(s)"
    host = host_of(url)
    if not host:
        return "no host"
    for allowed in allowed_hosts:
        if allowed.startswith("*."):
            if host == allowed[2:] or host.endswith(allowed[1:]):
                return None
        elif host == allowed:
            return None
    return f"host {host!r} is not one of the allowed hosts {sorted(allowed_hosts)}"


def is_private_address(address: str) -> bool:
    """Return whether ``address`` is loopback, private, link-local or otherwise not public."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified)


async def resolve_public(host: str, port: int) -> None:
    """Raise :class:`CrawlError` unless every address ``host`` resolves to is public.

    Checking all addresses (not just the first) stops a name that resolves to
    both a public and an internal address from reaching the internal one.
    """
    try:
        ipaddress.ip_address(host.strip("[]"))
        addresses = [host.strip("[]")]
    except ValueError:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise CrawlError(f"cannot resolve host {host!r}: {exc}") from None
        addresses = [str(info[4][0]) for info in infos]
    for address in addresses:
        if is_private_address(address):
            raise CrawlError(
                f"host {host!r} resolves to non-public address {address} "
                "(allow it with --allow-private or allow_private = true in the profile)")
