"""People with their titles, initiatives, organisations, places and acronyms.

Per article, :func:`extract_entities` finds them by rule: Vietnamese family names come
from a closed list, honorifics and titles stand before names, trigger words and quotes
announce initiatives. Across a corpus, :func:`resolve_corpus` merges the mentions into
one record per person, initiative, organisation and acronym.
"""

from __future__ import annotations

from corpus_tool.entities._extract import EXTRACTOR_VERSION, extract_entities
from corpus_tool.entities._types import (
    AcronymMention,
    ArticleEntities,
    InitiativeMention,
    PersonMention,
    Span,
)

__all__ = [
    "EXTRACTOR_VERSION",
    "AcronymMention",
    "ArticleEntities",
    "InitiativeMention",
    "PersonMention",
    "Span",
    "extract_entities",
]
