from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx


def test_serve_demo_prints_its_url_serves_and_stops_on_ctrl_c() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # The command starts with Ctrl-C's default action, as from a terminal, even when the
    # tests run as a background job (which starts with SIGINT ignored, and so would
    # the command).
    proc = subprocess.Popen(
        [sys.executable, "-m", "corpus_tool", "serve-demo", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
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
