"""The examples in the entities docstrings run as written."""

from __future__ import annotations

import doctest
import importlib

import pytest

import corpus_tool.entities

MODULES = ["_acronyms", "_corpus", "_extract", "_initiatives", "_lexicon", "_organizations",
           "_people", "_tables", "_tokens"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(f"corpus_tool.entities.{name}")
    result = doctest.testmod(module)
    assert result.failed == 0


def test_public_names_exist_and_are_sorted() -> None:
    names = corpus_tool.entities.__all__
    assert names == sorted(names)
    for name in names:
        assert hasattr(corpus_tool.entities, name)
