"""People with their titles, initiatives, organisations, places and acronyms.

Per article, :func:`extract_entities` finds them by rule: Vietnamese family names come
from a closed list, honorifics and titles stand before names, trigger words and quotes
announce initiatives. Across a corpus, :func:`resolve_corpus` merges the mentions into
one record per person, initiative, organisation and acronym.
"""

from __future__ import annotations

from corpus_tool.entities._corpus import (
    AcronymRecord,
    CorpusEntities,
    InitiativeRecord,
    OrganizationRecord,
    PersonRecord,
    initiative_key,
    resolve_corpus,
)
from corpus_tool.entities._extract import EXTRACTOR_VERSION, extract_entities
from corpus_tool.entities._run import (
    ExtractReport,
    StoreRun,
    corpus_entities,
    extract_file,
    extract_store,
)
from corpus_tool.entities._tables import entity_rows, entity_table
from corpus_tool.entities._types import (
    AcronymMention,
    ArticleEntities,
    InitiativeMention,
    PersonMention,
    Span,
)

__all__ = [
    "AcronymMention",
    "AcronymRecord",
    "ArticleEntities",
    "CorpusEntities",
    "EXTRACTOR_VERSION",
    "ExtractReport",
    "InitiativeMention",
    "InitiativeRecord",
    "OrganizationRecord",
    "PersonMention",
    "PersonRecord",
    "Span",
    "StoreRun",
    "corpus_entities",
    "entity_rows",
    "entity_table",
    "extract_entities",
    "extract_file",
    "extract_store",
    "initiative_key",
    "resolve_corpus",
]
