"""A programmable HTTP server on 127.0.0.1 for crawler tests and the crawl benchmark.

Routes map a path (with its query) to a :class:`Reply`, a list of replies
served in turn (the last one repeats), or a function of the request. Every
request is logged with a server-side monotonic timestamp, so politeness is
asserted on what the server saw, not on the test's wall clock.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """What the server answers: status, headers, body, a delay, or a broken connection.

    ``action`` may be ``"reset"`` (close the connection with RST before any
    byte) or ``"truncate"`` (announce the full length, send half, close).
    ``etag``/``last_modified`` make the server answer 304 to a matching
    conditional request.
    """

    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0
    action: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Logged:
    """One request as the server saw it."""

    path: str
    at: float
    headers: dict[str, str]


Route = Reply | list[Reply] | Callable[["Logged"], Reply]


class TestServer:
    """A ThreadingHTTPServer with routes and a request log (use as a context manager)."""

    __test__ = False

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Logged] = []
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                owner._serve(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> TestServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        """Return the absolute URL of ``path`` on this server."""
        return self.base + path

    def route(self, path: str, reply: Route) -> None:
        """Serve ``reply`` at ``path`` (path plus query string, as requested)."""
        self.routes[path] = reply

    def page(self, path: str, html: str, **kwargs: Any) -> None:
        """Serve an HTML page at ``path``."""
        self.routes[path] = Reply(body=html, **kwargs)

    def hits(self, path: str | None = None) -> list[Logged]:
        """Return the logged requests (to ``path`` only, if given), oldest first."""
        with self._lock:
            return [r for r in self.log if path is None or r.path == path]

    def _reply_for(self, request: Logged) -> Reply:
        route = self.routes.get(request.path)
        if route is None:
            return Reply(status=404, body="not found", content_type="text/plain")
        if isinstance(route, Reply):
            return route
        if isinstance(route, list):
            with self._lock:
                n = self._served.get(request.path, 0)
                self._served[request.path] = n + 1
            return route[min(n, len(route) - 1)]
        return route(request)

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        request = Logged(handler.path, time.monotonic(), dict(handler.headers.items()))
        with self._lock:
            self.log.append(request)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            self._answer(handler, request)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _answer(self, handler: BaseHTTPRequestHandler, request: Logged) -> None:
        reply = self._reply_for(request)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.action == "reset":
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                          struct.pack("ii", 1, 0))
            handler.connection.close()
            handler.close_connection = True
            return
        body = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
        status = reply.status
        if (reply.etag and handler.headers.get("If-None-Match") == reply.etag) or (
                reply.last_modified and
                handler.headers.get("If-Modified-Since") == reply.last_modified):
            status, body = 304, b""
        handler.send_response(status)
        if status != 304:
            handler.send_header("Content-Type", reply.content_type)
        for key, value in reply.headers.items():
            handler.send_header(key, value)
        if reply.etag:
            handler.send_header("ETag", reply.etag)
        if reply.last_modified:
            handler.send_header("Last-Modified", reply.last_modified)
        handler.send_header("Content-Length", str(len(body)))
        if reply.action == "truncate":
            handler.send_header("Connection", "close")
            handler.end_headers()
            handler.wfile.write(body[: len(body) // 2])
            handler.wfile.flush()
            handler.close_connection = True
            return
        handler.end_headers()
        try:
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True


def article_html(title: str, body: list[str], *, published: str = "2023-01-05T08:40:31+07:00",
                 canonical: str | None = None, links: Sequence[str] = ()) -> str:
    """Return a simple article page: <title>, published meta, <article><p>…</p></article>."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    anchors = "".join(f'<a href="{u}">{u}</a>' for u in links)
    return (f"<!doctype html><html lang=vi><head><meta charset=utf-8><title>{title}</title>"
            f'<meta property="article:published_time" content="{published}">{canon}</head>'
            f"<body><nav>{anchors}</nav><article><h1>{title}</h1>{paragraphs}</article>"
            "</body></html>")


def listing_html(links: list[str], *, extra_head: str = "") -> str:
    """Return a listing page linking to ``links`` (no <article>, so never an article)."""
    anchors = "".join(f'<li><a href="{u}">{u}</a></li>' for u in links)
    return (f"<!doctype html><html><head><meta charset=utf-8><title>Tin mới</title>{extra_head}"
            f"</head><body><ul>{anchors}</ul></body></html>")


# Words of the seed article (Báo Bình Dương, 05-01-2023, ../shared/data/seed/), from which
# test bodies are drawn: pages built from different seeds share almost no 3-word shingles.
_WORDS = (
    "làm theo bác hiệu quả ngày càng đi vào chiều sâu lan tỏa trong nhân dân năm thành ủy "
    "thủ dầu một đã có nhiều đổi mới việc tổ chức học tập tư tưởng đạo đức phong cách hồ chí "
    "minh thành phố chú trọng nhân rộng các mô hình cách làm hay sáng tạo giải quyết những vấn "
    "đề bức xúc cấp ủy cơ sở cụ thể hóa xây dựng kế hoạch gắn với thực hiện nghị quyết trung "
    "ương chỉnh đốn đảng nhiệm vụ chính trị địa phương đơn vị cán bộ đảng viên quan tâm ứng dụng "
    "công nghệ thông tin cơ chế cửa liên thông thủ tục hành chính cải cách số hóa hồ sơ giấy tờ "
    "kết quả tiếp nhận xử lý người dân gần gũi gắn bó kịp thời nắm bắt tháo gỡ khó khăn vướng mắc "
    "tích cực đấu tranh phòng chống tham nhũng tiêu cực phong trào thi đua hội thi hội diễn tọa "
    "đàm chuyên đề bồi dưỡng hình ảnh tinh thần trách nhiệm gương mẫu"
).split()


def make_body(seed: int, *, words: int = 180, paragraphs: int = 3) -> list[str]:
    """Return paragraphs of text drawn pseudo-randomly from the seed article's words."""
    rng = random.Random(seed)
    per = words // paragraphs
    return [" ".join(rng.choice(_WORDS) for _ in range(per)).capitalize() + "."
            for _ in range(paragraphs)]
