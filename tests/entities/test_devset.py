"""The hand-annotated development set is well formed and names its sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tool._text import clean_text

DEV = Path(__file__).resolve().parent.parent / "resources" / "entities_dev" / "dev.jsonl"


def _items() -> list[dict[str, object]]:
    return [json.loads(line) for line in DEV.read_text("utf-8").splitlines() if line.strip()]


def test_dev_set_items_are_split_and_their_spans_match_the_text() -> None:
    items = _items()
    assert len(items) >= 134
    assert {i["split"] for i in items} == {"tune", "heldout", "heldout2", "heldout3", "heldout4",
                                           "heldout5"}
    for item in items:
        text = item["text"]
        assert isinstance(text, str)
        spans = [*item["people"], *item["initiatives"],  # type: ignore[misc]
                 *item.get("organizations", []), *item.get("locations", [])]  # type: ignore[misc]
        for span in spans:
            assert text[span["start"]:span["end"]] == span["name"], (item["id"], span)


@pytest.mark.shared_data
def test_every_excerpt_is_found_in_its_source_article(shared_data: Path) -> None:
    wanted: dict[str, dict[str, dict[str, object]]] = {}
    for item in _items():
        wanted.setdefault(str(item["source"]), {})[str(item["id"])] = item
    for source, by_id in wanted.items():
        with (shared_data / source).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                item = by_id.pop(str(record["id"]), None)
                if item is None:
                    continue
                text = clean_text(record["text"])
                offset = int(item["excerpt_offset"])  # type: ignore[call-overload]
                assert text[offset:offset + len(str(item["text"]))] == item["text"]
        assert not by_id, f"ids not found in {source}: {sorted(by_id)}"
