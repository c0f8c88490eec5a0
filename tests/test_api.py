from __future__ import annotations

import importlib

import pytest

import corpus_tool

MODULES = ["corpus_tool", "corpus_tool.errors", "corpus_tool.settings", "corpus_tool.records",
           "corpus_tool.crawl",
           "corpus_tool.store", "corpus_tool.nlp"]


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
