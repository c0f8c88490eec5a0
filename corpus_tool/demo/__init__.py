"""The bundled demo: real Vietnamese press text that the main job runs on."""

from __future__ import annotations

from corpus_tool.demo._run import DemoResult, demo_articles, run_demo

__all__ = ["DemoResult", "demo_articles", "run_demo"]
