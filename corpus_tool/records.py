"""Plain records shared by every part of corpus_tool."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["Article"]


@dataclass(slots=True)
class Article:
    """One news article, as crawled, imported or exported.

    Text fields are NFC-normalised by whoever builds the record (the crawler's
    extractor and the importers do).

    Attributes:
        id: stable identifier, unique in a store (given on import, derived from
            the canonical URL when crawled).
        url: the URL the article was fetched from or imported with.
        title: headline.
        body: body text, paragraphs separated by ``"\\n"``, captions and
            boilerplate removed.
        sapo: the lead paragraph, kept apart from the body.
        published: publication time, timezone-aware where known.
        authors: byline names, in order.
        captions: image captions, kept apart from the body.
        extra: any other field given on import (a label, a score...).

    Example:
        >>> a = Article(id="a1", url="https://baobinhduong.vn/x-a1.html",
        ...             title="Đổi mới trong học và làm theo Bác", body="...")
        >>> a.site
        ''
    """

    id: str
    url: str | None = None
    title: str = ""
    body: str = ""
    sapo: str = ""
    site: str = ""
    section: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    field_sources: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """Title, sapo and body joined by newlines: the text analyses run on."""
        return "\n".join(p for p in (self.title, self.sapo, self.body) if p)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (``published`` as ISO 8601 with its offset)."""
        out = dataclasses.asdict(self)
        for key in ("published", "updated"):
            value = out[key]
            out[key] = value.isoformat() if value is not None else None
        return out
