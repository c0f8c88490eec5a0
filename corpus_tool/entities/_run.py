"""Batch runs: a JSONL file in, a JSONL file out; or every article of a corpus store."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus_tool._files import atomic_output, read_documents
from corpus_tool._text import nfc
from corpus_tool.entities._corpus import CorpusEntities, resolve_corpus
from corpus_tool.entities._extract import EXTRACTOR_VERSION, extract_entities
from corpus_tool.errors import InputError, RecordError
from corpus_tool.records import Article

if TYPE_CHECKING:
    from corpus_tool.store import CorpusStore

__all__ = ["ExtractReport", "corpus_entities", "extract_file", "extract_store"]

logger = logging.getLogger(__name__)

#: Texts longer than this are refused (a whole book pasted into one line is an input error).
DEFAULT_MAX_CHARS = 1_000_000


@dataclass(slots=True)
class ExtractReport:
    """What a batch run did: lines read and written, and the lines rejected."""

    read: int = 0
    written: int = 0
    errors: list[RecordError] = field(default_factory=list)


def _checked(path: Path, on_error: str, max_chars: int, report: ExtractReport
             ) -> Iterator[tuple[int, dict[str, Any]]]:
    def skip(error: RecordError) -> None:
        report.errors.append(error)
        logger.debug("skipped %s", error)

    for line, record in read_documents(path, on_error=on_error, on_skip=skip):
        report.read += 1
        text = record["text"]
        problem = None
        if not text.strip():
            problem = "empty text"
        elif len(text) > max_chars:
            problem = f"text of {len(text)} characters is longer than the limit {max_chars}"
        if problem is not None:
            error = RecordError(problem, path=str(path), line=line, field="text")
            if on_error == "fail":
                raise error
            skip(error)
            continue
        yield line, record


def extract_file(
    path: str | Path,
    output: str | Path,
    *,
    on_error: str = "fail",
    details: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    progress: Callable[[int], None] | None = None,
) -> ExtractReport:
    """Extract entities from each ``{"id", "text"}`` line of ``path`` into JSONL ``output``.

    Each output line is ``{"id", "people", "initiatives", "organizations", "locations",
    "acronyms"}`` with offsets into the NFC-normalised text (``details`` adds sentences,
    aliases and authors). A line without ``id`` or ``text``, with non-string, empty or
    over-long text, or invalid JSON stops the run (``on_error="fail"``, nothing written)
    or is reported and left out (``"skip"``). The output file appears only when complete.
    """
    p = Path(path)
    report = ExtractReport()
    with atomic_output(output) as handle:
        for _line, record in _checked(p, on_error, max_chars, report):
            entities = extract_entities(record["text"], authors=_authors(record))
            out = {"id": record["id"], **entities.to_dict(details=details)}
            handle.write(json.dumps(out, ensure_ascii=False) + "\n")
            report.written += 1
            if progress is not None:
                progress(report.read)
    if report.read == 0 and not report.errors:
        raise InputError(f"{p}: no records")
    return report


def _authors(record: dict[str, Any]) -> list[str]:
    value = record.get("authors")
    if isinstance(value, list):
        return [nfc(str(a)) for a in value if a]
    if isinstance(value, str) and value.strip():
        return [nfc(value)]
    return []


def extract_store(store: CorpusStore, *, force: bool = False, batch_size: int = 200,
                  progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Annotate every stored article (``Article.text``) not yet done with this version.

    Annotations are kind ``"entities"``, version :data:`EXTRACTOR_VERSION`. Returns
    (articles annotated now, articles skipped as already done).
    """
    done = set() if force else store.annotated_ids("entities", EXTRACTOR_VERSION)
    batch: list[tuple[str, Any]] = []
    added = skipped = seen = 0
    for article in store.iter_articles():
        seen += 1
        if article.id in done:
            skipped += 1
        else:
            entities = extract_entities(article.text, authors=article.authors)
            batch.append((article.id, entities.to_dict()))
            if len(batch) >= batch_size:
                added += store.put_annotations("entities", EXTRACTOR_VERSION, batch)
                batch = []
        if progress is not None:
            progress(seen)
    if batch:
        added += store.put_annotations("entities", EXTRACTOR_VERSION, batch)
    return added, skipped


def corpus_entities(store: CorpusStore, *, version: str | None = None) -> CorpusEntities:
    """Resolve the stored ``"entities"`` annotations into corpus-level tables.

    Uses annotations of ``version`` (default: this extractor's version, or the newest
    version present if none of this one is stored).
    """
    if version is None:
        latest = store.latest_annotation_version("entities")
        if latest is None:
            raise InputError(f"{store.path}: no entities annotations; run "
                             "'corpus-tool entities --db ...' first")
        version = EXTRACTOR_VERSION if EXTRACTOR_VERSION in \
            store.annotation_versions("entities") else latest
    data = store.annotations("entities", version)

    def items() -> Iterator[tuple[Article, dict[str, Any]]]:
        for article in store.iter_articles():
            entities = data.get(article.id)
            if entities is not None:
                yield article, entities

    return resolve_corpus(items())
