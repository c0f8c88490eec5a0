"""Crawl throughput with politeness off, against a bare httpx fetch loop over the same URLs.

The site: N article pages (text of real baomoi articles from ../shared/data)
in 8 sections, each section a paginated listing of 50 links, plus a home
page; served from a separate process by a small asyncio HTTP/1.1 server. When
``corpus_tool.demo.serve_demo`` exists, the bundled demo site scaled to N pages
is used instead (``--site``). Both contenders use the same concurrency and a
fresh process each (peak RSS is per process):

- baseline: ``httpx.AsyncClient`` GETs every URL a first crawl fetched
  (known upfront) and reads the bodies, nothing else;
- corpus_tool: ``crawl()`` from the home page with delay 0: robots.txt,
  listing discovery and pagination, frontier in SQLite, extraction, dedup,
  storage (FTS5 index, compressed page kept), one transaction per page;
  and again without keeping the raw page, to show what that costs.

Wall-clock rates depend on how much CPU the machine leaves free; CPU
milliseconds per page (user + system, all threads of the process) are the
steadier measure of the crawler's cost on top of fetching.

Usage: python -m benchmarks crawl [--quick] [--pages=N] [--concurrency=C]
       [--site=auto|demo|generated]
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import multiprocessing as mp
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks._common import SHARED_DATA, run_isolated, table

SECTIONS = ("thoi-su", "kinh-te", "xa-hoi", "van-hoa", "the-thao", "giao-duc", "suc-khoe",
            "phap-luat")
PER_PAGE = 50


def _texts(n: int) -> list[tuple[str, str]]:
    path = SHARED_DATA / "baomoi" / "baomoi-5000.jsonl"
    out: list[tuple[str, str]] = []
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                lines = json.loads(line)["text"].split("\n")
                out.append((lines[0], "\n".join(lines[1:])))
                if len(out) == n:
                    break
    while len(out) < n:  # without shared data: numbered filler, still distinct pages
        i = len(out)
        out.append((f"Bài {i}", " ".join(f"đoạn {i} câu {j} về Thủ Dầu Một" for j in range(80))))
    return out


def build_site(n: int) -> tuple[dict[str, bytes], list[str]]:
    """Return ``{path: HTTP response bytes}`` and the list of page paths."""
    pages: dict[str, str] = {}
    by_section: dict[str, list[str]] = {s: [] for s in SECTIONS}
    for i, (title, body) in enumerate(_texts(n)):
        section = SECTIONS[i % len(SECTIONS)]
        path = f"/{section}/bai-viet-so-{i}-ve-tinh-hinh-dia-phuong-a{100000 + i}.html"
        by_section[section].append(path)
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
        day = 1 + i % 28
        pages[path] = (
            f"<!doctype html><html lang=vi><head><meta charset=utf-8><title>{html.escape(title)}"
            f'</title><meta property="article:published_time" content="2023-01-{day:02d}T08:00:00'
            f'+07:00"></head><body><nav><a href="/">Trang chủ</a> <a href="/{section}/">'
            f"{section}</a></nav><article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
            "<footer>Báo thử nghiệm</footer></body></html>")
    for section, links in by_section.items():
        chunks = [links[i:i + PER_PAGE] for i in range(0, len(links), PER_PAGE)] or [[]]
        for k, chunk in enumerate(chunks, start=1):
            path = f"/{section}/" if k == 1 else f"/{section}/?page={k}"
            nxt = f'<a rel="next" href="/{section}/?page={k + 1}">Sau</a>' \
                if k < len(chunks) else ""
            items = "".join(f'<li><a href="{u}">{u}</a></li>' for u in chunk)
            pages[path] = (f"<!doctype html><html><head><meta charset=utf-8><title>{section}"
                           f"</title></head><body><ul>{items}</ul>{nxt}</body></html>")
    pages["/"] = ("<!doctype html><html><head><meta charset=utf-8><title>Trang chủ</title>"
                  "</head><body>" + "".join(f'<a href="/{s}/">{s}</a>' for s in SECTIONS) +
                  "</body></html>")
    responses = {}
    for path, text in pages.items():
        body = text.encode("utf-8")
        responses[path] = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                           b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    return responses, sorted(pages)


_NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


def _serve(n: int, port_out: Any) -> None:
    responses, _ = build_site(n)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode()
                writer.write(responses.get(target, _NOT_FOUND))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        port_out.put(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def bare_loop(base: str, paths: list[str], concurrency: int) -> dict[str, Any]:
    """Fetch every path with httpx and read the bodies; return pages and bytes."""
    import httpx

    async def main() -> dict[str, Any]:
        limit = asyncio.Semaphore(concurrency)
        total = 0
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=concurrency * 2)) as c:
            async def one(path: str) -> None:
                nonlocal total
                async with limit:
                    r = await c.get(base + path)
                    total += len(r.content)
            start, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(one(p) for p in paths))
            return {"pages": len(paths), "bytes": total,
                    "seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu}

    return asyncio.run(main())


def ours(base: str, concurrency: int, folder: str, keep_raw_html: bool = True,
         profile_file: str | None = None) -> dict[str, Any]:
    """Crawl the site from its home page into a fresh store; return the summary and URLs."""
    from corpus_tool.crawl import Pagination, Politeness, SiteProfile, crawl, load_profile
    from corpus_tool.store import CorpusStore

    if profile_file is not None:
        profile = load_profile(profile_file, base_url=base + "/")
    else:
        profile = SiteProfile(
            name="bench", base_url=base + "/", allowed_hosts=("127.0.0.1",),
            start_pages=(base + "/",),
            article_pattern=re.compile(r"-a\d+\.html$"),
            listing_pattern=re.compile(r"/[a-z-]+/$"),
            pagination=Pagination(pattern=re.compile(r"\?page=\d+$"), max_pages=1000),
            politeness=Politeness(allow_private=True))
    with CorpusStore(Path(folder) / "bench.sqlite") as store:
        start, cpu = time.perf_counter(), time.process_time()
        summary = crawl(store, profile, delay=0.0, concurrency=concurrency,
                        keep_raw_html=keep_raw_html, allow_private=True)
        seconds = time.perf_counter() - start
        urls = [r[0] for r in store.connection.execute("SELECT url FROM fetch_log")]
        return {"pages": summary.pages, "articles": summary.articles, "seconds": seconds,
                "cpu": time.process_time() - cpu, "outcomes": summary.outcomes, "urls": urls}


def _run_demo(n: int, port: int) -> None:
    from corpus_tool import demo

    # serve_demo's scale is copies of every demo article, not a page count.
    try:
        per_copy = sum(1 for _ in demo.demo_articles())  # type: ignore[attr-defined]
    except (AttributeError, TypeError):
        per_copy = 330
    scale = max(1, -(-n // max(per_copy, 1)))
    server = demo.serve_demo(host="127.0.0.1", port=port, scale=scale)  # type: ignore[attr-defined]
    if hasattr(server, "serve_forever"):
        server.serve_forever()
    elif hasattr(server, "__enter__"):
        with server:
            while True:
                time.sleep(3600)


def _start_demo(n: int) -> tuple[str, Any] | None:
    """Start the bundled demo site scaled to ``n`` pages, if this corpus_tool has it."""
    import socket

    try:
        from corpus_tool import demo
    except ImportError:
        return None
    if not hasattr(demo, "serve_demo"):
        return None
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ctx = mp.get_context("spawn")
    proc = ctx.Process(target=_run_demo, args=(n, port), daemon=True)
    proc.start()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.is_alive():
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return f"http://127.0.0.1:{port}", proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    print("note: corpus_tool.demo.serve_demo did not start; using the generated site")
    return None


def _start_server(n: int) -> tuple[str, Any]:
    ctx = mp.get_context("spawn")
    port_out = ctx.Queue()
    proc = ctx.Process(target=_serve, args=(n, port_out), daemon=True)
    proc.start()
    port = port_out.get(timeout=120)
    return f"http://127.0.0.1:{port}", proc


def _median(runs: list[tuple[dict[str, Any], float]]) -> tuple[dict[str, Any], float]:
    """Return the run with the median pages/s, and the largest peak RSS of all runs."""
    ordered = sorted(runs, key=lambda r: r[0]["pages"] / r[0]["seconds"])
    return ordered[len(ordered) // 2][0], max(mb for _, mb in runs)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks crawl")
    parser.add_argument("--quick", action="store_true", help="300 pages instead of 2,000")
    parser.add_argument("--pages", type=int, default=None)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=None,
                        help="alternating rounds per contender (default 3, 1 with --quick)")
    parser.add_argument("--site", choices=["auto", "demo", "generated"], default="auto",
                        help="the bundled demo site scaled up (auto: when available) or the "
                             "generated one")
    args = parser.parse_args(argv)
    n = args.pages or (300 if args.quick else 2000)
    args.rounds = args.rounds or (1 if args.quick else 3)
    started = _start_demo(n) if args.site in ("auto", "demo") else None
    profile_file = None
    if started is not None:
        base, proc = started
        profile_file = str(Path(__file__).resolve().parent.parent / "crawls" / "demo.toml")
        site = f"bundled demo site scaled to at least {n} articles"
    else:
        if args.site == "demo":
            print("corpus_tool.demo.serve_demo is not available", file=sys.stderr)
            return 1
        base, proc = _start_server(n)
        site = f"generated site: {n} articles + listings"
    try:
        # A first crawl finds the site's URLs (and warms the server); the baseline
        # then fetches exactly those, and the measured crawls start from scratch.
        with tempfile.TemporaryDirectory() as folder:
            first, _, _ = run_isolated(ours, base, args.concurrency, folder, True, profile_file)
        paths = [u.removeprefix(base) for u in first["urls"]] + ["/robots.txt"]
        rounds: dict[str, list[tuple[dict[str, Any], float]]] = {"bare": [], "ours": [],
                                                                  "lean": []}
        # Alternating rounds, medians reported: on a shared machine the load moves
        # between two runs more than the difference being measured.
        for _ in range(args.rounds):
            result, _, mb = run_isolated(bare_loop, base, paths, args.concurrency)
            rounds["bare"].append((result, mb))
            for key, keep in (("ours", True), ("lean", False)):
                with tempfile.TemporaryDirectory() as folder:
                    result, _, mb = run_isolated(ours, base, args.concurrency, folder, keep,
                                                 profile_file)
                rounds[key].append((result, mb))
    finally:
        proc.terminate()
    per_round = [o[0]["pages"] / o[0]["seconds"] / (b[0]["pages"] / b[0]["seconds"])
                 for b, o in zip(rounds["bare"], rounds["ours"], strict=True)]
    base_result, base_mb = _median(rounds["bare"])
    our_result, our_mb = _median(rounds["ours"])
    lean, lean_mb = _median(rounds["lean"])
    base_rate = base_result["pages"] / base_result["seconds"]
    our_rate = our_result["pages"] / our_result["seconds"]
    print(f"site: {site} = {len(paths)} URLs, concurrency {args.concurrency}")
    print(f"corpus_tool outcomes: {our_result['outcomes']}")
    print(f"{args.rounds} alternating rounds, medians below; ours/bare pages/s by round: "
          + ", ".join(f"{r:.2f}x" for r in per_round))
    base_cpu = base_result["cpu"] / base_result["pages"] * 1000
    our_cpu = our_result["cpu"] / our_result["pages"] * 1000
    print(table([
        ("bare httpx loop", str(base_result["pages"]), f"{base_result['seconds']:.2f}",
         f"{base_rate:.0f}", f"{base_cpu:.2f}", f"{base_mb:.0f}"),
        ("corpus_tool crawl", str(our_result["pages"]), f"{our_result['seconds']:.2f}",
         f"{our_rate:.0f}", f"{our_cpu:.2f}", f"{our_mb:.0f}"),
        ("ratio (ours / bare)", "", "", f"{our_rate / base_rate:.2f}x",
         f"{our_cpu / base_cpu:.2f}x", ""),
        ("corpus_tool, keep_raw_html off", str(lean["pages"]), f"{lean['seconds']:.2f}",
         f"{lean['pages'] / lean['seconds']:.0f}", f"{lean['cpu'] / lean['pages'] * 1000:.2f}",
         f"{lean_mb:.0f}"),
        ("ratio (that / bare)", "", "",
         f"{lean['pages'] / lean['seconds'] / base_rate:.2f}x",
         f"{lean['cpu'] / lean['pages'] * 1000 / base_cpu:.2f}x", ""),
    ], ("contender", "pages", "seconds", "pages/s", "CPU ms/page", "peak RSS MiB")))
    return 0
