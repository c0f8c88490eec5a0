"""The seed article must come out exactly as its hand-made gold file says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corpus_tool._text import nfc
from corpus_tool.entities import extract_entities

pytestmark = pytest.mark.shared_data

_PERSON_KEYS = ("name", "honorific", "title", "organization", "start", "end", "resolves_to")
_INITIATIVE_KEYS = ("name", "kind", "start", "end")


@pytest.fixture(scope="module")
def seed(shared_data: Path) -> tuple[str, dict[str, Any], dict[str, Any]]:
    folder = shared_data / "seed"
    text = nfc((folder / "tdm-lam-theo-bac-2023-01-05.txt").read_text("utf-8"))
    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    return text, gold, extract_entities(text).to_dict()


def test_every_person_has_the_gold_name_honorific_title_organisation_and_offsets(
        seed: tuple[str, dict[str, Any], dict[str, Any]]) -> None:
    _text, gold, got = seed
    expected = [tuple(p.get(k) for k in _PERSON_KEYS) for p in gold["people"]]
    found = [tuple(p.get(k) for k in _PERSON_KEYS) for p in got["people"]]
    assert found == expected


def test_every_initiative_incl_the_list_after_nhu_is_found_exactly(
        seed: tuple[str, dict[str, Any], dict[str, Any]]) -> None:
    _text, gold, got = seed
    expected = [tuple(i.get(k) for k in _INITIATIVE_KEYS) for i in gold["initiatives"]]
    found = [tuple(i.get(k) for k in _INITIATIVE_KEYS) for i in got["initiatives"]]
    assert found == expected
    assert sorted({i["name"] for i in got["initiatives"]}) == sorted(gold["initiatives_distinct"])


def test_not_initiatives_are_not_reported(
        seed: tuple[str, dict[str, Any], dict[str, Any]]) -> None:
    _text, gold, got = seed
    names = {i["name"] for i in got["initiatives"]}
    for item in gold["not_initiatives"]:
        assert item["text"] not in names, item


def test_acronyms_are_expanded_at_each_use(
        seed: tuple[str, dict[str, Any], dict[str, Any]]) -> None:
    text, gold, got = seed
    by_short: dict[str, list[dict[str, Any]]] = {}
    for a in got["acronyms"]:
        by_short.setdefault(a["short"], []).append(a)
        assert text[a["start"]:a["end"]] == a["short"]
    for item in gold["acronyms"]:
        uses = by_short[item["short"]]
        assert {u["long"] for u in uses} == {item["long"]}
        assert {u["source"] for u in uses} == {"text" if item["defined_in_text"] else "lexicon"}
        if "occurrences" in item:
            assert len(uses) == item["occurrences"]
    assert set(by_short) == {a["short"] for a in gold["acronyms"]}


def test_byline_names_are_authors_not_people(
        seed: tuple[str, dict[str, Any], dict[str, Any]]) -> None:
    _text, gold, got = seed
    assert [a["name"] for a in got["authors"]] == gold["authors"]
    people = {p["name"].lower() for p in got["people"]}
    assert not people & {a.lower() for a in gold["authors"]}


def test_organisation_and_place_examples_are_found_with_their_prefix(
        seed: tuple[str, dict[str, Any], dict[str, Any]]) -> None:
    text, gold, got = seed
    orgs = {o["name"] for o in got["organizations"]}
    places = {o["name"] for o in got["locations"]}
    assert {"Thành ủy Thủ Dầu Một", "Ban Tổ chức"} <= orgs
    assert set(gold["locations_examples"]) <= places
    assert not any(o.startswith("ủy ") for o in orgs)
    for span in got["organizations"] + got["locations"]:
        assert text[span["start"]:span["end"]] == span["name"]


def test_corpus_records_match_the_gold_people_in_corpus(
        seed: tuple[str, dict[str, Any], dict[str, Any]]) -> None:
    from corpus_tool.entities import resolve_corpus
    from corpus_tool.records import Article

    text, gold, got = seed
    corpus = resolve_corpus([(Article(id="seed", body=text), got)])
    records = {p.name: p for p in corpus.people}
    for expected in gold["people_in_corpus"]:
        record = records[expected["name"]]
        assert record.mentions == expected["mentions"]
        assert record.aliases == expected.get("aliases", [])
        assert [{"title": t["title"], "organization": t["organization"]}
                for t in record.titles] == expected.get("titles", [])
