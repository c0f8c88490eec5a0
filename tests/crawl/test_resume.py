"""Kill -9 mid-crawl, run the same command again: every article once, nothing fetched twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus_tool.cli import main
from tests.crawl.server import Reply, TestServer, article_html, listing_html, make_body

ROOT = Path(__file__).resolve().parents[2]


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not migrated yet
        return 0


def _stored(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT url FROM articles")]


@pytest.mark.slow
def test_resume_after_sigkill_stores_each_article_once_and_refetches_none(
        server: TestServer, profile_file: Path, tmp_path: Path) -> None:
    n = 40
    paths = [f"/a/bai-{i}.html" for i in range(n)]
    for i, path in enumerate(paths):
        # A slow server makes the crawl last long enough to be killed in the middle.
        server.route(path, Reply(body=article_html(f"Bài {i}", make_body(i)), delay=0.05))
    server.page("/", listing_html([*paths[:20], "/list/xahoi"]))
    server.page("/list/xahoi", listing_html(paths[20:]))
    db = tmp_path / "corpus.sqlite"
    command = [sys.executable, "-m", "corpus_tool", "-q", "crawl", str(profile_file),
               "--db", str(db), "--delay", "0", "--concurrency", "3"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(command, cwd=tmp_path, env=env)
    try:
        deadline = time.monotonic() + 60
        while _count(db) < 8:
            assert proc.poll() is None, "the crawl ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    before = _stored(db)
    assert 8 <= len(before) < n
    rerun = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                           timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    after = _stored(db)
    assert len(after) == n and len(set(after)) == n
    assert sorted(after) == sorted(server.url(p) for p in paths)
    for url in before:
        path = url.removeprefix(server.base)
        assert len(server.hits(path)) == 1, f"{path} was fetched again after being stored"
    assert len(server.hits("/")) == 1


def test_cli_crawl_prints_the_summary(server: TestServer, profile_file: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    server.page("/a/bai-1.html", article_html("Gần dân", make_body(1)))
    server.page("/", listing_html(["/a/bai-1.html", "/a/bai-1.html?utm_source=x"]))
    code = main(["crawl", str(profile_file), "--db", str(tmp_path / "c.sqlite"),
                 "--delay", "0.05", "--since", "2023-01-01", "--until", "2023-01-31"])
    out = capsys.readouterr().out
    assert code == 0
    assert "1 articles stored" in out and "  stored: 1" in out and "  listing: 1" in out


def test_cli_rejects_a_bad_profile_in_one_line(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('base_url = "https://baobinhduong.vn/"\narticle_pattern = "a(("\n')
    assert main(["crawl", str(bad), "--db", str(tmp_path / "c.sqlite")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "bad.toml:2: key 'article_pattern': bad regex 'a(('" in err[0]
    assert main(["crawl", "not-a-profile", "--db", str(tmp_path / "c.sqlite")]) == 1
    assert "neither a site profile" in capsys.readouterr().err
