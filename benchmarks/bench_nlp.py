"""NLP throughput: bare underthesea vs corpus_tool annotate (1 and 2 workers, cached).

    python -m benchmarks nlp [--limit=N] [--quick] [--tag-limit=N] [--skip-lexicon]

On ../shared/data/baomoi/baomoi-5000.jsonl (first N documents): syllables per
second of a bare ``underthesea.word_tokenize`` loop (the baseline), of
``annotate_file`` with 1 and 2 worker processes and of a cached re-run, each
in a fresh process with its peak memory; then POS and NER tagging against
underthesea's ``pos_tag``/``ner`` loops over the same sentences, a profile of
where the time goes, and how much the domain lexicon changes segmentation.
Wall times include starting processes and loading models. The load average
is printed before and after: on a busy machine parallel speed-ups shrink.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import pstats
import resource
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

from benchmarks._common import shared, table


def _child(queue: Any, fn: Any, args: tuple[Any, ...]) -> None:
    start = time.perf_counter()
    result = fn(*args)
    seconds = time.perf_counter() - start
    queue.put((result, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def run_isolated(fn: Any, *args: Any) -> tuple[Any, float, float]:
    """Run ``fn(*args)`` in a fresh non-daemonic process (it may start its own workers).

    Returns (result, seconds, peak RSS of that process in MiB).
    """
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_child, args=(queue, fn, args))
    process.start()
    result = queue.get()
    process.join()
    return result  # type: ignore[no-any-return]


def _texts(path: Path, limit: int) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [unicodedata.normalize("NFC", json.loads(line)["text"])
                for line in itertools.islice(handle, limit)]


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _children_peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def bare_word_tokenize(path: str, limit: int) -> dict[str, float]:
    """The baseline: underthesea.word_tokenize on each document."""
    import underthesea

    words = 0
    for text in _texts(Path(path), limit):
        words += len(underthesea.word_tokenize(text))
    return {"words": words, "cpu": _cpu(), "children_mib": 0.0}


def bare_tagging(path: str, limit: int, layer: str) -> dict[str, float]:
    """underthesea.pos_tag / ner on each sentence (lines, then sent_tokenize)."""
    import underthesea

    tagger = underthesea.pos_tag if layer == "pos" else underthesea.ner
    words = 0
    for text in _texts(Path(path), limit):
        for line in text.split("\n"):
            for sentence in underthesea.sent_tokenize(line):
                words += len(tagger(sentence))
    return {"words": words, "cpu": _cpu(), "children_mib": 0.0}


def ours(path: str, output: str, layers: str, workers: int,
         cache: str | None) -> dict[str, float]:
    """corpus_tool's annotate_file, as ``corpus-tool annotate`` runs it."""
    from corpus_tool.nlp import annotate_file
    from corpus_tool.store import CorpusStore

    store = CorpusStore(cache) if cache else None
    try:
        report = annotate_file(path, output, layers=layers.split(","), workers=workers,
                               cache=store)
    finally:
        if store is not None:
            store.close()
    return {"annotated": report.annotated, "cached": report.cached, "cpu": _cpu(),
            "children_mib": _children_peak_mib()}


def _busy(n: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(n):
        total += i * i
    return time.perf_counter() - start


def parallel_capacity(n: int = 20_000_000) -> float:
    """Return how many times one core's work two busy processes get done now (2.0 when idle).

    Measured with plain Python loops, so that the workers' speed-up can be
    read against what the machine gives any two processes at the time.
    """
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.map(_busy, [1000, 1000])
        one = pool.apply(_busy, (n,))
        start = time.perf_counter()
        pool.map(_busy, [n, n])
        two = time.perf_counter() - start
    return 2 * one / two


def _syllables(texts: list[str]) -> int:
    from corpus_tool.nlp._backend import models

    pattern = models().token_pattern
    return sum(sum(1 for _ in pattern.finditer(t)) for t in texts)


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def _profile(texts: list[str]) -> list[tuple[str, ...]]:
    """Return the share of time of each part of the pipeline (words, pos, ner)."""
    from corpus_tool.nlp import Pipeline, default_lexicon

    pipeline = Pipeline(layers=("words", "pos", "ner"), lexicon=default_lexicon())
    pipeline.annotate_json("Khởi động.")
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        pipeline.annotate_json(text)
    profiler.disable()
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    parts: dict[str, float] = {}
    total = 0.0
    for (filename, _line, name), (_cc, _nc, tottime, _ct, _callers) in stats.items():
        total += tottime
        if "CRFFeaturizer" in name:
            part = "CRF features (underthesea_core, word/POS/chunk/NER)"
        elif "CRFTagger" in name:
            part = "CRF decoding (underthesea_core)"
        elif "sent_tokenize" in filename:
            part = "sentence splitting (underthesea punkt)"
        elif "_backend" in filename:
            part = "istitle features (Python)"
        elif "_lexicon" in filename or "_normalize" in filename:
            part = "lexicon + normalisation"
        elif name in ("_units",) or "finditer" in name:
            part = "syllable regex + spelling"
        else:
            part = "offsets, JSON and the rest"
        parts[part] = parts.get(part, 0.0) + tottime
    return [(k, f"{v:.2f}", f"{100 * v / total:.0f}%")
            for k, v in sorted(parts.items(), key=lambda kv: -kv[1])]


def _lexicon_agreement(texts: list[str]) -> tuple[int, int, int, int]:
    """Return (words outside lexicon matches, of which unchanged, matches, words changed)."""
    from corpus_tool.nlp import Pipeline, analysis_view, default_lexicon

    plain = Pipeline()
    lexicon = default_lexicon()
    lexical = Pipeline(lexicon=lexicon)
    outside = same = matches = changed = 0
    for text in texts:
        a, b = plain.annotate(text), lexical.annotate(text)
        view, offsets = analysis_view(text)
        touched: set[int] = set()
        for unit in plain._units(view, plain.sentence_spans(view)):
            for i, j in lexicon.find(unit.syllables):
                matches += 1
                touched.update(range(unit.starts[i], unit.ends[j - 1]))
        if offsets is not None:
            continue  # spans above are in view offsets; such texts are rare in news
        with_lexicon = {(t.start, t.end) for t in b.tokens}
        for token in a.tokens:
            if touched.isdisjoint(range(token.start, token.end)):
                outside += 1
                same += (token.start, token.end) in with_lexicon
            else:
                changed += (token.start, token.end) not in with_lexicon
    return outside, same, matches, changed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks nlp")
    parser.add_argument("--limit", type=int, default=5000, help="documents (default 5000)")
    parser.add_argument("--quick", action="store_true", help="200 documents, 20 for tagging")
    parser.add_argument("--tag-limit", type=int, default=None,
                        help="documents for the POS/NER comparison (default limit/20)")
    parser.add_argument("--skip-lexicon", action="store_true")
    args = parser.parse_args(argv)
    limit = 200 if args.quick else args.limit
    tag_limit = args.tag_limit or (20 if args.quick else max(10, limit // 20))
    source = shared("baomoi", "baomoi-5000.jsonl")
    texts = _texts(source, limit)
    print(f"documents: {len(texts)} of {source.name}; cores: {os.cpu_count()}; "
          f"load average before: {_load()}")

    capacity = parallel_capacity()
    print(f"parallel capacity now: two busy Python processes run {capacity:.2f}x one "
          "(2.00 on an idle 2-core machine)")
    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "docs.jsonl"
        data.write_text("".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
                                for i, t in enumerate(texts)), encoding="utf-8")
        syllables = _syllables(texts)
        print(f"syllables: {syllables}")

        def row(name: str, result: tuple[Any, float, float], base: float | None) -> float:
            info, seconds, peak = result
            rate = syllables / seconds
            ratio = f"{rate / base:.2f}x" if base else "1.00x"
            rows.append((name, f"{seconds:.1f}", f"{info['cpu']:.1f}", f"{rate:,.0f}", ratio,
                         f"{max(peak, info['children_mib']):.0f}"))
            return rate

        base = row("bare underthesea.word_tokenize loop",
                   run_isolated(bare_word_tokenize, str(data), limit), None)
        cache1 = str(Path(tmp) / "cache1.sqlite")
        row("annotate words, 1 worker (cache written)",
            run_isolated(ours, str(data), str(Path(tmp) / "o1.jsonl"), "words", 1, cache1), base)
        row("annotate words, 2 workers (cache written)",
            run_isolated(ours, str(data), str(Path(tmp) / "o2.jsonl"), "words", 2,
                         str(Path(tmp) / "cache2.sqlite")), base)
        row("annotate words, cached re-run",
            run_isolated(ours, str(data), str(Path(tmp) / "o3.jsonl"), "words", 1, cache1), base)
        same = (Path(tmp) / "o1.jsonl").read_bytes() == (Path(tmp) / "o2.jsonl").read_bytes() \
            == (Path(tmp) / "o3.jsonl").read_bytes()
        print(table(rows, ("contender", "wall s", "cpu s", "syllables/s", "vs baseline",
                           "peak MiB")))
        print(f"outputs of 1 worker, 2 workers and the cached run identical: {same}")
        print(f"parallel capacity after: {parallel_capacity():.2f}x")

        tag_texts = texts[:tag_limit]
        tag_data = Path(tmp) / "tag.jsonl"
        tag_data.write_text("".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False)
                                    + "\n" for i, t in enumerate(tag_texts)), encoding="utf-8")
        tag_syllables = _syllables(tag_texts)
        tag_rows: list[tuple[str, ...]] = []
        for layer, layers in (("pos", "words,pos"), ("ner", "words,ner")):
            theirs = run_isolated(bare_tagging, str(tag_data), tag_limit, layer)
            mine = run_isolated(ours, str(tag_data), str(Path(tmp) / f"{layer}.jsonl"), layers,
                                1, None)
            rate_theirs = tag_syllables / theirs[1]
            rate_mine = tag_syllables / mine[1]
            tag_rows.append((layer, f"{rate_theirs:,.0f}", f"{rate_mine:,.0f}",
                             f"{rate_mine / rate_theirs:.1f}x"))
        print(f"\ntagging, {len(tag_texts)} documents, {tag_syllables} syllables "
              "(underthesea per sentence vs annotate, 1 worker):")
        print(table(tag_rows, ("layer", "underthesea syllables/s", "annotate syllables/s",
                               "ratio")))

    profile_texts = texts[:min(100, len(texts))]
    print(f"\nwhere the time goes (words+pos+ner, {len(profile_texts)} documents, in-process):")
    print(table(_profile(profile_texts), ("part", "seconds", "share")))

    if not args.skip_lexicon:
        sample = texts[:min(500, len(texts))]
        news4 = shared("news4", "news4-dev.jsonl")
        sample += _texts(news4, 8000)[::40]
        start = time.perf_counter()
        outside, same_words, matches, changed = _lexicon_agreement(sample)
        print(f"\nlexicon on {len(sample)} texts (baomoi + every 40th news4): {matches} matches, "
              f"{changed} words changed inside them; words outside matches unchanged: "
              f"{same_words}/{outside} = {same_words / max(outside, 1):.4%} "
              f"({time.perf_counter() - start:.0f}s)")
    print(f"load average after: {_load()}")
    return 0
