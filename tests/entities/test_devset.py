"""The hand-annotated development set is well formed and names its sources."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus_tool._text import clean_text, nfc

DEV = Path(__file__).resolve().parent.parent / "resources" / "entities_dev" / "dev.jsonl"


def _items() -> list[dict[str, object]]:
    return [json.loads(line) for line in DEV.read_text("utf-8").splitlines() if line.strip()]


def test_dev_set_items_are_split_and_their_spans_match_the_text() -> None:
    items = _items()
    assert len(items) >= 2536
    assert {i["split"] for i in items} == {"tune", "heldout", "heldout2", "heldout3", "heldout4",
                                           "heldout5", "heldout6", "heldout7", "heldout8",
                                           "heldout9", "heldout10", "heldout11", "heldout12",
                                           "heldout13", "heldout14", "heldout15", "heldout16",
                                           "heldout17", "heldout18", "heldout19", "heldout20",
                                           "heldout21", "heldout22", "heldout23", "heldout24",
                                           "heldout25", "heldout26", "heldout27", "heldout28",
                                           "heldout29", "heldout30", "heldout31", "heldout32",
                                           "heldout33", "heldout34", "heldout35", "heldout36",
                                           "heldout37", "heldout38", "heldout39", "heldout40",
                                           "heldout41", "heldout42", "heldout43", "heldout44",
                                           "heldout45", "heldout46", "heldout47", "heldout48",
                                           "heldout49", "heldout50", "heldout51", "heldout52",
                                           "heldout53", "heldout54", "heldout55", "heldout56",
                                           "heldout57", "heldout58", "heldout59", "heldout60",
                                           "heldout61", "heldout62", "heldout63", "heldout64",
                                           "heldout65", "heldout66", "heldout67", "heldout68",
                                           "heldout69", "heldout70", "heldout71", "heldout72",
                                           "heldout73", "heldout76", "heldout77", "heldout78",
                                           "heldout79", "heldout80", "heldout81", "heldout82",
                                           "heldout83", "heldout84", "heldout85", "heldout86",
                                           "heldout87", "heldout88", "heldout89", "heldout90",
                                           "heldout91", "heldout92", "heldout93", "heldout94",
                                           "heldout95", "heldout96", "heldout97", "heldout98",
                                           "heldout99", "heldout100", "heldout101", "heldout102",
                                           "heldout103", "heldout104", "heldout105", "heldout106",
                                           "heldout107", "heldout108", "heldout109", "heldout110",
                                           "heldout111", "heldout112", "heldout113", "heldout114",
                                           "heldout115", "heldout116", "heldout117", "heldout118",
                                           "heldout119", "heldout120", "heldout121", "heldout122",
                                           "heldout123", "heldout124", "heldout125", "heldout126",
                                           "heldout127", "heldout128", "heldout129", "heldout130",
                                           "heldout131", "heldout132", "heldout133", "heldout134",
                                           "heldout141", "heldout142", "heldout143", "heldout144",
                                           "heldout151", "heldout152", "heldout153", "heldout154",
                                           "heldout161", "heldout162", "heldout163", "heldout164",
                                           "heldout171", "heldout172", "heldout173", "heldout174",
                                           "heldout181", "heldout182", "heldout184",
                                           "heldout191", "heldout192", "heldout193", "heldout194",
                                           "heldout201", "heldout202", "heldout203", "heldout204",
                                           "heldout211", "heldout212", "heldout213", "heldout214",
                                           "heldout215", "heldout216",
                                           "heldout221", "heldout222", "heldout223", "heldout224",
                                           "heldout225", "heldout231", "heldout232", "heldout233",
                                           "heldout241", "heldout251", "heldout252", "heldout253",
                                           "heldout254", "heldout261", "heldout262", "heldout263",
                                           "heldout264", "heldout271", "heldout272", "heldout273",
                                           "heldout274", "heldout281", "heldout282", "heldout283",
                                           "heldout284", "heldout291", "heldout292", "heldout293",
                                           "heldout294", "heldout301", "heldout302", "heldout303",
                                           "heldout304", "heldout311", "heldout312", "heldout313",
                                           "heldout314", "heldout321", "heldout322", "heldout323",
                                           "heldout324", "heldout331", "heldout332", "heldout333",
                                           "heldout334", "heldout341", "heldout342", "heldout343",
                                           "heldout344", "heldout351", "heldout352", "heldout353",
                                           "heldout361", "heldout362", "heldout363",
                                           "heldout374", "heldout375", "heldout376"}
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
        for uid, text in _source_texts(shared_data / source):
            item = by_id.pop(uid, None)
            if item is None:
                continue
            offset = int(item["excerpt_offset"])  # type: ignore[call-overload]
            assert text[offset:offset + len(str(item["text"]))] == item["text"]
        assert not by_id, f"ids not found in {source}: {sorted(by_id)}"


def _source_texts(path: Path) -> Iterator[tuple[str, str]]:
    """(id, text) of each record: a JSONL of articles (text cleaned as the excerpts were),
    or the DANeS Label Studio export (headline, a line break, then the description)."""
    if path.suffix == ".json":
        for record in json.loads(path.read_text("utf-8")):
            data = record["data"]
            description = (data.get("meta") or {}).get("description") or ""
            yield str(record["id"]), nfc(f"{data['text']}\n{description}")
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield str(record["id"]), clean_text(record["text"])


AUDIT = DEV.with_name("audit.jsonl")


def test_audit_items_mark_their_mention_and_hold_a_judgement() -> None:
    items = [json.loads(line) for line in AUDIT.read_text("utf-8").splitlines() if line.strip()]
    assert {(i["round"], i["kind"]) for i in items} == {
        ("audit1", "person"), ("audit1", "initiative"), ("audit2", "person"),
        ("audit3", "person"), ("audit4", "person"), ("audit5", "person"),
        ("audit6", "person"), ("audit7", "person"), ("audit8", "person"),
        ("audit8", "initiative")}
    for item in items:
        context = str(item["context"])
        start = context.index("[[")
        assert context[start + 2:context.index("]]")] == item["marked"]
        judged = item["judged"]
        right = judged["is_person" if item["kind"] == "person" else "is_initiative"]
        assert isinstance(right, bool)
        if right:
            # The annotator's name is copied from the excerpt they read.
            assert judged["name"] in context.replace("[[", "").replace("]]", ""), item
        again = item.get("judged_again")
        if again is not None:
            # A second judgement, of a titled person, by another annotator.
            assert item["round"] in ("audit4", "audit5") and judged["title"], item
            assert isinstance(again["is_person"], bool)
            for key in ("name", "title", "organization"):
                if again[key]:
                    assert again[key] in context.replace("[[", "").replace("]]", ""), item
    assert sum("judged_again" in i for i in items) == 151


@pytest.mark.shared_data
def test_audit_offsets_point_at_the_mention_in_the_source_article(shared_data: Path) -> None:
    wanted: dict[str, dict[str, list[dict[str, object]]]] = {}
    for line in AUDIT.read_text("utf-8").splitlines():
        item = json.loads(line)
        wanted.setdefault(item["source"], {}).setdefault(item["id"], []).append(item)
    for source, by_id in wanted.items():
        for uid, text in _source_texts(shared_data / source):
            for item in by_id.pop(uid, []):
                start, end = int(item["start"]), int(item["end"])  # type: ignore[call-overload]
                assert text[start:end] == item["marked"], item
        assert not by_id, f"ids not found in {source}: {sorted(by_id)}"


PROBE = DEV.parent.parent / "entities_probe" / "probe.jsonl"


def test_probe_paragraphs_are_nfc_their_spans_match_and_none_is_a_dev_excerpt() -> None:
    items = [json.loads(line) for line in PROBE.read_text("utf-8").splitlines() if line.strip()]
    assert {i["split"] for i in items} == {"probeA", "probeB", "probeC", "probeD", "probeE",
                                           "probeF", "probeG", "probeH", "probeI", "probeJ",
                                           "probeK", "probeL", "probeM", "probeN",
                                           "probeO", "probeP", "probeQ", "probeR",
                                           "probeS", "probeT", "probeU", "probeV",
                                           "probeW", "probeX", "probeY", "probeZ",
                                           "probeAA", "probeAB", "probeAC", "probeAD",
                                           "probeAE", "probeAF", "probeAG", "probeAH",
                                           "probeAI", "probeAJ", "probeAK", "probeAL",
                                           "probeAM", "probeAN", "probeAO", "probeAP",
                                           "probeAQ", "probeAR", "probeAS", "probeAT"}
    assert len({i["id"] for i in items}) == len(items)
    dev_texts = {str(i["text"]) for i in _items()}
    for item in items:
        text = item["text"]
        assert item["source"] == "constructed"
        assert nfc(text) == text and text not in dev_texts
        for span in (*item["people"], *item["initiatives"], *item["organizations"],
                     *item["locations"]):
            assert text[span["start"]:span["end"]] == span["name"], (item["id"], span)
