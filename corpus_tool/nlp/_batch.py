"""Annotating many documents: cached, in batches, on local processes or a Dask cluster.

Documents stream through in batches of ``batch_size``; at most ``2 x workers``
batches are in flight, so memory does not grow with the corpus. The cache is
read and written only by the calling process (SQLite allows one writer);
workers only annotate, and load the models once per process.
"""

from __future__ import annotations

import collections
import json
import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from corpus_tool._files import atomic_output, read_documents
from corpus_tool._text import nfc
from corpus_tool.errors import ConfigError, NLPError, RecordError
from corpus_tool.nlp._cache import CACHE_KIND, AnnotationCache, text_hash
from corpus_tool.nlp._lexicon import default_lexicon
from corpus_tool.nlp._pipeline import Pipeline, parse_layers
from corpus_tool.store import CorpusStore

__all__ = ["AnnotateReport", "annotate_documents", "annotate_file", "annotate_store",
           "pipeline_version"]

logger = logging.getLogger(__name__)

# Longer texts are refused (with the document id) rather than risk the batch.
MAX_TEXT_CHARS = 20_000_000


@dataclass
class AnnotateReport:
    """What a batch annotation run did."""

    version: str
    read: int = 0
    annotated: int = 0
    cached: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Result:
    """The annotation of one document: its JSON (``{"sentences": ...}``) or an error."""

    id: str
    data: str | None
    error: str | None
    cached: bool


def pipeline_version(layers: Sequence[str] = ("words",), *, lexicon: bool = True) -> str:
    """Return the version string annotations with these layers are cached under.

    Example:
        >>> pipeline_version(("words", "pos")).startswith("nlp-")
        True
    """
    return Pipeline(layers=layers, lexicon=default_lexicon() if lexicon else None).version


def annotate_batch(layers: tuple[str, ...], lexicon: bool,
                   items: list[tuple[str, str]]) -> list[tuple[str, str | None, str | None]]:
    """Return ``(id, annotation JSON or None, error or None)`` for each ``(id, NFC text)``.

    Runs in worker processes (local or Dask); the pipeline and its models are
    kept per process by :func:`corpus_tool.nlp.annotate`.
    """
    out: list[tuple[str, str | None, str | None]] = []
    for doc_id, text in items:
        try:
            if len(text) > MAX_TEXT_CHARS:
                raise NLPError(f"text has {len(text)} characters, more than {MAX_TEXT_CHARS}")
            out.append((doc_id, _pipeline_for(layers, lexicon).annotate_json(text), None))
        except Exception as exc:  # one bad document must not sink the batch
            reason = " ".join(str(exc).split()) or type(exc).__name__
            out.append((doc_id, None, f"document {doc_id!r}: {reason}"))
    return out


_pipelines: dict[tuple[tuple[str, ...], bool], Pipeline] = {}


def _pipeline_for(layers: tuple[str, ...], lexicon: bool) -> Pipeline:
    """Return this process's pipeline for these options (models load once per process)."""
    key = (layers, lexicon)
    pipeline = _pipelines.get(key)
    if pipeline is None:
        pipeline = _pipelines[key] = Pipeline(
            layers=layers, lexicon=default_lexicon() if lexicon else None)
    return pipeline


def _warm_up(layers: tuple[str, ...], lexicon: bool) -> None:
    _pipeline_for(layers, lexicon).annotate("Khởi động.")


class _Future(Protocol):
    def result(self) -> Any: ...


class _Runner:
    """Runs :func:`annotate_batch` inline, on local processes or on a Dask cluster."""

    def __init__(self, layers: tuple[str, ...], lexicon: bool, workers: int,
                 scheduler: str | None) -> None:
        self.layers, self.lexicon = layers, lexicon
        self.window = 1
        self._pool: ProcessPoolExecutor | None = None
        self._client: Any = None
        if scheduler is not None:
            self._client = _dask_client(scheduler)
            workers = max(1, sum(w.get("nthreads", 1) for w in
                                 self._client.scheduler_info()["workers"].values()))
            self.window = 2 * workers
        elif workers > 1:
            self._pool = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm_up, initargs=(layers, lexicon))
            self.window = 2 * workers

    def submit(self, items: list[tuple[str, str]]) -> _Future:
        if not items:  # everything came from the cache: no NLP work at all
            nothing: Future[Any] = Future()
            nothing.set_result([])
            return nothing
        if self._client is not None:
            return self._client.submit(  # type: ignore[no-any-return]
                annotate_batch, self.layers, self.lexicon, items, pure=False)
        if self._pool is not None:
            return self._pool.submit(annotate_batch, self.layers, self.lexicon, items)
        done: Future[Any] = Future()
        done.set_result(annotate_batch(self.layers, self.lexicon, items))
        return done

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._client is not None:
            self._client.close()


def _dask_client(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError(
            f"--scheduler {address}: sending work to a Dask cluster needs the 'distributed' "
            "package: pip install 'corpus-tool[dask]'") from None
    try:
        return Client(address, timeout="10s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise NLPError(f"--scheduler {address}: cannot reach the Dask scheduler ({exc})") from None


def annotate_documents(
    documents: Iterable[tuple[str, str]],
    *,
    layers: Sequence[str] = ("words",),
    lexicon: bool = True,
    cache: AnnotationCache | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = 16,
) -> Iterator[Result]:
    """Yield a :class:`Result` for each ``(id, text)``, in input order.

    Texts are NFC-normalised first; offsets in the results index that form.
    Cached annotations are returned without NLP work, new ones are cached.

    Args:
        documents: ``(id, text)`` pairs, read lazily.
        layers: ``words``, ``pos``, ``ner``.
        lexicon: use the domain lexicon.
        cache: where annotations are looked up and stored (None: no cache).
        workers: local processes (1 runs in this process).
        scheduler: address of a Dask scheduler (``tcp://host:8786``); overrides
            ``workers``.
        batch_size: documents per unit of work sent to a worker.
    """
    chosen = parse_layers(layers)
    if workers < 1:
        raise ConfigError(f"workers: {workers} is not a positive number")
    if batch_size < 1:
        raise ConfigError(f"batch_size: {batch_size} is not a positive number")
    runner = _Runner(chosen, lexicon, workers, scheduler)
    pending: collections.deque[tuple[list[tuple[str, str, str]], dict[str, str], _Future]] = \
        collections.deque()
    try:
        for batch in _batched(documents, batch_size):
            if len(pending) >= runner.window:
                yield from _finish(pending.popleft(), cache)
            docs = [(doc_id, text, text_hash(text)) for doc_id, text in
                    ((i, nfc(t)) for i, t in batch)]
            hits = cache.get_many([h for _i, _t, h in docs]) if cache is not None else {}
            todo: list[tuple[str, str]] = []
            seen = set(hits)
            for i, t, h in docs:
                if h not in seen:  # a text repeated in the batch is annotated once
                    seen.add(h)
                    todo.append((i, t))
            pending.append((docs, hits, runner.submit(todo)))
        while pending:
            yield from _finish(pending.popleft(), cache)
    finally:
        runner.close()


def _finish(item: tuple[list[tuple[str, str, str]], dict[str, str], _Future],
            cache: AnnotationCache | None) -> Iterator[Result]:
    docs, hits, future = item
    try:
        computed = iter(future.result())
    except Exception as exc:
        ids = ", ".join(repr(i) for i, _t, _h in docs[:5])
        raise NLPError(f"a worker failed on the batch of documents {ids}...: "
                       f"{type(exc).__name__}: {exc}") from exc
    new: list[tuple[str, str]] = []
    results: list[Result] = []
    failed: dict[str, str] = {}
    for doc_id, _text, digest in docs:
        if digest in hits:
            results.append(Result(doc_id, hits[digest], None, True))
            continue
        if digest in failed:  # same text as a document that failed in this batch
            results.append(Result(doc_id, None, f"document {doc_id!r}: {failed[digest]}", False))
            continue
        got_id, data, error = next(computed)
        if got_id != doc_id:
            raise NLPError(f"worker answered for document {got_id!r}, expected {doc_id!r}")
        if data is not None:
            new.append((digest, data))
            hits[digest] = data
        else:
            failed[digest] = f"same text as document {doc_id!r}, which failed"
        results.append(Result(doc_id, data, error, False))
    if cache is not None:
        cache.put_many(new)
    yield from results


def _batched(items: Iterable[tuple[str, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    batch: list[tuple[str, str]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _consume(results: Iterator[Result], report: AnnotateReport, on_error: str,
             write: Callable[[Result], None],
             progress: Callable[[int], None] | None) -> None:
    for result in results:
        report.read += 1
        if result.error is not None:
            if on_error == "fail":
                raise NLPError(result.error)
            logger.warning("%s", result.error)
            report.errors.append(result.error)
        else:
            if result.cached:
                report.cached += 1
            else:
                report.annotated += 1
            write(result)
        if progress is not None:
            progress(report.read)


def annotate_file(
    input: str | Path,
    output: str | Path,
    *,
    layers: Sequence[str] = ("words",),
    lexicon: bool = True,
    cache: CorpusStore | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    on_error: str = "fail",
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> AnnotateReport:
    """Annotate a JSONL/CSV file of ``{"id", "text"}`` records into a JSONL file.

    Each output line is ``{"id", "sentences": [{"start", "end", "tokens":
    [{"text", "start", "end", "pos"?, "ner"?}]}]}`` with offsets into the
    NFC-normalised text. The output is written atomically.

    Args:
        input: the documents.
        output: the JSONL file to write.
        cache: a store whose text_cache keeps annotations between runs.
        on_error: ``"fail"`` stops at the first bad record or document;
            ``"skip"`` reports it and goes on.

    Example:
        >>> annotate_file("docs.jsonl", "docs.nlp.jsonl", layers=("words", "ner"))  # doctest: +SKIP
        AnnotateReport(version='nlp-1+underthesea-9.5.0+words,ner+lex-...', read=2, ...)
    """
    if on_error not in ("fail", "skip"):
        raise ConfigError(f"on_error: {on_error!r} is not one of ['fail', 'skip']")
    version = pipeline_version(layers, lexicon=lexicon)
    report = AnnotateReport(version)

    def skipped(error: RecordError) -> None:
        report.skipped += 1
        report.errors.append(str(error))

    def documents() -> Iterator[tuple[str, str]]:
        for _line, record in read_documents(input, on_error=on_error, on_skip=skipped):
            yield str(record["id"]), record["text"]

    store_cache = AnnotationCache(cache, version) if cache is not None else None
    with atomic_output(output) as handle:
        def write(result: Result) -> None:
            assert result.data is not None
            handle.write(f'{{"id":{json.dumps(result.id, ensure_ascii=False)},'
                         f"{result.data[1:]}\n")

        results = annotate_documents(documents(), layers=layers, lexicon=lexicon,
                                     cache=store_cache, workers=workers, scheduler=scheduler,
                                     batch_size=batch_size)
        _consume(results, report, on_error, write, progress)
    return report


def annotate_store(
    store: CorpusStore,
    *,
    layers: Sequence[str] = ("words",),
    lexicon: bool = True,
    workers: int = 1,
    scheduler: str | None = None,
    on_error: str = "fail",
    batch_size: int = 16,
    redo: bool = False,
    progress: Callable[[int], None] | None = None,
) -> AnnotateReport:
    """Annotate every article of ``store`` (``Article.text``); store them as annotations ``nlp``.

    Articles that already have an ``nlp`` annotation of this pipeline version
    are left alone (counted as cached) unless ``redo``; other texts seen
    before come from the text cache.
    """
    if on_error not in ("fail", "skip"):
        raise ConfigError(f"on_error: {on_error!r} is not one of ['fail', 'skip']")
    version = pipeline_version(layers, lexicon=lexicon)
    report = AnnotateReport(version)
    cache = AnnotationCache(store, version)
    done = set() if redo else cache.annotated_ids(CACHE_KIND)
    report.cached = len(done)
    pending: list[tuple[str, str]] = []

    def documents() -> Iterator[tuple[str, str]]:
        for article in store.iter_articles():
            if article.id not in done:
                yield article.id, article.text

    def write(result: Result) -> None:
        assert result.data is not None
        pending.append((result.id, result.data))
        if len(pending) >= 200:
            cache.put_annotations(CACHE_KIND, pending)
            pending.clear()

    results = annotate_documents(documents(), layers=layers, lexicon=lexicon, cache=cache,
                                 workers=workers, scheduler=scheduler, batch_size=batch_size)
    _consume(results, report, on_error, write, progress)
    cache.put_annotations(CACHE_KIND, pending)
    report.read += len(done)
    return report

