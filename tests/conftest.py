"""Shared fixtures: the ../shared data folder (skipped where absent) and temp stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus_tool.store import CorpusStore

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The ../shared/data folder; tests using it skip where it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is not present (only on CI and developer machines)")
    return SHARED_DATA


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CorpusStore]:
    """A fresh corpus database in a temporary folder."""
    with CorpusStore(tmp_path / "corpus.sqlite") as s:
        yield s


@pytest.fixture
def segment_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the word segmenter record how many texts it is given, call by call."""
    from corpus_tool.nlp import Segmenter

    calls: list[int] = []
    original = Segmenter.transform

    def counting(self: Segmenter, X: list[str]) -> list[str]:
        calls.append(len(X))
        return original(self, X)

    monkeypatch.setattr(Segmenter, "transform", counting)
    return calls
