"""The bundled demo: real Vietnamese press text, as a corpus and as a local press site."""

from __future__ import annotations

from corpus_tool.demo._run import DEMO_SITE, DemoResult, demo_articles, run_demo
from corpus_tool.demo._server import DemoServer, serve_demo
from corpus_tool.demo._site import DemoSite

__all__ = ["DEMO_SITE", "DemoResult", "DemoServer", "DemoSite", "demo_articles", "run_demo",
           "serve_demo"]
