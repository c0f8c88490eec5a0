"""Records the extractor returns: mentions in one article and their JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "AcronymMention",
    "ArticleEntities",
    "InitiativeMention",
    "PersonMention",
    "Span",
]


@dataclass(slots=True)
class PersonMention:
    """One mention of a person: the name as written, its honorific, title and organisation.

    ``resolves_to`` names the person a short or alias mention stands for
    (``"Bác"`` -> ``"Hồ Chí Minh"``, ``"ông Long"`` -> ``"Lê Thanh Long"``).
    """

    name: str
    start: int
    end: int
    honorific: str | None = None
    title: str | None = None
    organization: str | None = None
    sentence: str | None = None
    resolves_to: str | None = None
    canonical: str | None = None

    @property
    def person(self) -> str:
        """The person the mention names: its canonical name once resolved, else the name
        as written."""
        return self.canonical or self.name

    def to_dict(self, *, details: bool = True) -> dict[str, Any]:
        """Return the JSON form (``sentence``/``resolves_to`` only with ``details``)."""
        out: dict[str, Any] = {"name": self.name, "honorific": self.honorific,
                               "title": self.title, "organization": self.organization,
                               "start": self.start, "end": self.end}
        if details:
            if self.sentence is not None:
                out["sentence"] = self.sentence
            if self.resolves_to is not None:
                out["resolves_to"] = self.resolves_to
            if self.canonical is not None and self.canonical != self.name:
                out["canonical"] = self.canonical
        return out


@dataclass(slots=True)
class InitiativeMention:
    """A named programme, campaign, movement, model, contest or slogan (name without quotes)."""

    name: str
    kind: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"name", "kind", "start", "end"}``."""
        return {"name": self.name, "kind": self.kind, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Span:
    """An organisation or place mention."""

    name: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"name", "start", "end"}``."""
        return {"name": self.name, "start": self.start, "end": self.end}


@dataclass(slots=True)
class AcronymMention:
    """One use of an acronym with its expansion (from the text or the bundled lexicon)."""

    short: str
    long: str
    start: int
    end: int
    source: str = "lexicon"

    def to_dict(self, *, details: bool = True) -> dict[str, Any]:
        """Return ``{"short", "long", "start", "end"}`` (+ ``source`` with ``details``)."""
        out: dict[str, Any] = {"short": self.short, "long": self.long, "start": self.start,
                               "end": self.end}
        if details:
            out["source"] = self.source
        return out


@dataclass(slots=True)
class ArticleEntities:
    """Everything found in one article; offsets index its NFC-normalised text."""

    people: list[PersonMention] = field(default_factory=list)
    initiatives: list[InitiativeMention] = field(default_factory=list)
    organizations: list[Span] = field(default_factory=list)
    locations: list[Span] = field(default_factory=list)
    acronyms: list[AcronymMention] = field(default_factory=list)
    authors: list[Span] = field(default_factory=list)

    def to_dict(self, *, details: bool = True) -> dict[str, Any]:
        """Return the JSON form stored as annotations kind ``"entities"``.

        Without ``details`` only the keys of the command-line output line are kept
        (no sentences, aliases, acronym sources or authors).
        """
        out: dict[str, Any] = {
            "people": [p.to_dict(details=details) for p in self.people],
            "initiatives": [i.to_dict() for i in self.initiatives],
            "organizations": [o.to_dict() for o in self.organizations],
            "locations": [loc.to_dict() for loc in self.locations],
            "acronyms": [a.to_dict(details=details) for a in self.acronyms],
        }
        if details:
            out["authors"] = [a.to_dict() for a in self.authors]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleEntities:
        """Rebuild from :meth:`to_dict` output (unknown keys are ignored)."""
        def people(item: dict[str, Any]) -> PersonMention:
            return PersonMention(
                name=item["name"], start=item["start"], end=item["end"],
                honorific=item.get("honorific"), title=item.get("title"),
                organization=item.get("organization"), sentence=item.get("sentence"),
                resolves_to=item.get("resolves_to"), canonical=item.get("canonical"))

        return cls(
            people=[people(p) for p in data.get("people", [])],
            initiatives=[InitiativeMention(i["name"], i.get("kind"), i["start"], i["end"])
                         for i in data.get("initiatives", [])],
            organizations=[Span(o["name"], o["start"], o["end"])
                           for o in data.get("organizations", [])],
            locations=[Span(o["name"], o["start"], o["end"]) for o in data.get("locations", [])],
            acronyms=[AcronymMention(a["short"], a.get("long"), a["start"], a["end"],
                                     a.get("source", "lexicon"))
                      for a in data.get("acronyms", [])],
            authors=[Span(a["name"], a["start"], a["end"]) for a in data.get("authors", [])],
        )
