"""Serving the demo press site on 127.0.0.1 with the standard library's threaded HTTP server."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from corpus_tool.demo._run import demo_articles
from corpus_tool.demo._site import DemoSite

__all__ = ["DemoServer", "serve_demo"]

logger = logging.getLogger(__name__)


class DemoServer:
    """A running demo site; use as a context manager or call :meth:`close`.

    Attributes:
        url: the site's base URL, without a trailing slash (``http://127.0.0.1:8731``).
        site: the :class:`~corpus_tool.demo._site.DemoSite` being served.
        requests: ``(monotonic time, method, path)`` of every request served, in order.
    """

    def __init__(self, site: DemoSite, host: str, port: int, delay: float) -> None:
        self.site = site
        self.delay = delay
        self.requests: list[tuple[float, str, str]] = []
        self._lock = threading.Lock()
        handler = _handler(self)
        self._httpd = ThreadingHTTPServer((host, port), handler)
        self._httpd.daemon_threads = True
        bound_host, bound_port = str(self._httpd.server_address[0]), \
            int(self._httpd.server_address[1])
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        self.url = f"http://{shown}:{bound_port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        name="corpus-tool-demo-site", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Block until the server is closed (Ctrl-C interrupts the wait)."""
        while self._thread.is_alive():
            self._thread.join(0.5)

    def close(self) -> None:
        """Stop serving and release the port."""
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def __enter__(self) -> DemoServer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _record(self, method: str, path: str) -> None:
        with self._lock:
            self.requests.append((time.monotonic(), method, path))


def _handler(server: DemoServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "corpus-tool-demo/1"
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._respond(send_body=True)

        def do_HEAD(self) -> None:
            self._respond(send_body=False)

        def _respond(self, *, send_body: bool) -> None:
            server._record(self.command, self.path)
            if server.delay > 0:
                time.sleep(server.delay)
            host = self.headers.get("Host") or server.url.split("//", 1)[1]
            page = server.site.render(self.path, f"http://{host}")
            etag = '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"'
            if page.status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            self.send_header("ETag", etag)
            if page.last_modified is not None:
                self.send_header("Last-Modified", format_datetime(page.last_modified,
                                                                  usegmt=False))
            self.end_headers()
            if send_body:
                self.wfile.write(page.body)

        def log_message(self, format: str, *args: object) -> None:
            logger.debug("demo site: " + format, *args)

    return Handler


def serve_demo(host: str = "127.0.0.1", port: int = 0, *, scale: int = 1,
               delay: float = 0.0) -> DemoServer:
    """Start serving the demo press site in a background thread and return the server.

    Args:
        host: address to bind (loopback by default).
        port: port to bind; 0 picks a free one (read it from ``server.url``).
        scale: copies of every article (``scale=6`` serves about 2,000 article pages).
        delay: seconds each response waits before it is sent (0 for benchmarks).

    Example:
        >>> with serve_demo() as server:
        ...     server.url.startswith("http://127.0.0.1:")
        True
    """
    site = DemoSite(demo_articles(), scale=scale)
    return DemoServer(site, host, port, delay)
