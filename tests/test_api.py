from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import corpus_tool

MODULES = ["corpus_tool", "corpus_tool.errors", "corpus_tool.settings", "corpus_tool.records",
           "corpus_tool.crawl", "corpus_tool.store", "corpus_tool.nlp", "corpus_tool.report",
           "corpus_tool.entities", "corpus_tool.themes", "corpus_tool.classify"]


@pytest.mark.parametrize("name", MODULES)
def test_all_names_exist_and_are_sorted(name: str) -> None:
    module = importlib.import_module(name)
    exported = module.__all__
    assert exported == sorted(exported)
    for attr in exported:
        assert hasattr(module, attr), f"{name}.{attr} is in __all__ but missing"


def test_every_error_is_a_corpus_tool_error() -> None:
    for name in corpus_tool.errors.__all__:
        assert issubclass(getattr(corpus_tool.errors, name), corpus_tool.CorpusToolError)


def test_library_logger_has_only_a_null_handler() -> None:
    import logging

    handlers = logging.getLogger("corpus_tool").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_crawl_subpackage_is_not_hidden_by_the_crawl_function() -> None:
    import corpus_tool.crawl

    assert corpus_tool.crawl.__name__ == "corpus_tool.crawl"
    assert callable(corpus_tool.crawl.crawl)


def test_importing_the_package_and_nlp_does_not_load_scikit_learn() -> None:
    # The command line starts through these imports; scikit-learn costs about a second.
    code = ("import sys, corpus_tool, corpus_tool.nlp; "
            "print(sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
