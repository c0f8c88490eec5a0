from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx


def test_serve_demo_prints_its_url_serves_and_stops_on_ctrl_c() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "corpus_tool", "serve-demo", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("demo press site: http://127.0.0.1:"), line
        url = line.split()[3].rstrip("/")
        assert "Disallow: /tim-kiem/" in httpx.get(url + "/robots.txt", timeout=10).text
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopped" in out
