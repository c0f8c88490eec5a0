"""Batch runs: a JSONL file in, a JSONL file out; or every article of a corpus store."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from corpus_tool._files import atomic_output, read_documents
from corpus_tool._text import nfc
from corpus_tool.entities._corpus import CorpusEntities, resolve_corpus
from corpus_tool.entities._extract import EXTRACTOR_VERSION, extract_entities
from corpus_tool.errors import ConfigError, InputError, NLPError, RecordError
from corpus_tool.records import Article

if TYPE_CHECKING:
    from corpus_tool.store import CorpusStore

__all__ = ["ExtractReport", "StoreRun", "corpus_entities", "extract_file", "extract_store"]

logger = logging.getLogger(__name__)

#: Texts longer than this are refused (a whole book pasted into one line is an input error).
DEFAULT_MAX_CHARS = 1_000_000


@dataclass(slots=True)
class ExtractReport:
    """What a batch run did: lines read and written, and the lines rejected."""

    read: int = 0
    written: int = 0
    errors: list[RecordError] = field(default_factory=list)


class StoreRun(NamedTuple):
    """What :func:`extract_store` did: articles annotated now, articles already done, and
    the articles whose extraction failed (one message each, with ``on_error="skip"``)."""

    added: int
    skipped: int
    errors: list[str]


def _fault(exc: Exception) -> str:
    """One line saying how the extractor failed on a text."""
    reason = " ".join(str(exc).split())
    return f"entity extraction failed: {type(exc).__name__}" + (f": {reason}" if reason else "")


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
    or is reported and left out (``"skip"``); so does a text the extractor fails on, as a
    fault of that line, not of the run. The output file appears only when complete.
    """
    p = Path(path)
    report = ExtractReport()
    with atomic_output(output) as handle:
        for line, record in _checked(p, on_error, max_chars, report):
            try:
                entities = extract_entities(record["text"], authors=_authors(record))
            except Exception as exc:  # one text must not sink the run
                error = RecordError(_fault(exc), path=str(p), line=line)
                if on_error == "fail":
                    raise error from exc
                logger.debug("%s", error, exc_info=True)
                report.errors.append(error)
                continue
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
                  on_error: str = "fail",
                  progress: Callable[[int], None] | None = None) -> StoreRun:
    """Annotate every stored article (``Article.text``) not yet done with this version.

    Annotations are kind ``"entities"``, version :data:`EXTRACTOR_VERSION`. An article the
    extractor fails on stops the run (``on_error="fail"``, the articles done before it
    kept) or is reported and left unannotated (``"skip"``). Returns a :class:`StoreRun`.
    """
    if on_error not in ("fail", "skip"):
        raise ConfigError(f"on_error: {on_error!r} is not one of ['fail', 'skip']")
    done = set() if force else store.annotated_ids("entities", EXTRACTOR_VERSION)
    batch: list[tuple[str, Any]] = []
    errors: list[str] = []
    added = skipped = seen = 0
    try:
        for article in store.iter_articles():
            seen += 1
            if article.id in done:
                skipped += 1
            else:
                try:
                    entities = extract_entities(article.text, authors=article.authors)
                except Exception as exc:  # one article must not sink the run
                    message = f"article {article.id!r}: {_fault(exc)}"
                    if on_error == "fail":
                        raise NLPError(message) from exc
                    logger.debug("%s", message, exc_info=True)
                    errors.append(message)
                else:
                    batch.append((article.id, entities.to_dict()))
                if len(batch) >= batch_size:
                    added += store.put_annotations("entities", EXTRACTOR_VERSION, batch)
                    batch = []
            if progress is not None:
                progress(seen)
    finally:
        # (What was extracted before a failure is kept.)
        if batch:
            added += store.put_annotations("entities", EXTRACTOR_VERSION, batch)
    return StoreRun(added, skipped, errors)


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
