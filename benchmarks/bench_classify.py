"""Classifiers: 5-fold CV of the default model against plain syllable TF-IDF + LinearSVC.

Data (../shared/data):
- news4/news4-dev.jsonl: 7,996 news articles, 4 topics, one label each.
- danes/annotated_data_batch_1.json: 2,032 headlines + descriptions, 23 topics,
  several per item (items without a topic are left out); "danes-single" keeps
  the items with exactly one topic (topics with at least 10 of them) as a
  single-label set of short texts.

Both contenders see the same folds and the same segmented text (segmented once,
cached on disk under the temp folder, so a second run skips segmentation). The
baseline is the plain textbook model: syllable unigram TF-IDF and LinearSVC at
its defaults (one-vs-rest with the default cut for the multi-label set).

    python -m benchmarks classify [--quick] [--size=N] [--folds=K] [--model=NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks._common import shared, table


def _news4(limit: int | None) -> tuple[list[str], list[list[str]], bool]:
    rows = [json.loads(line) for line in shared("news4", "news4-dev.jsonl").open(encoding="utf-8")]
    if limit:
        rng = np.random.default_rng(0)
        rows = [rows[i] for i in sorted(rng.choice(len(rows), limit, replace=False))]
    return [r["text"] for r in rows], [[r["topic"]] for r in rows], False


def _danes(limit: int | None) -> tuple[list[str], list[list[str]], bool]:
    items = json.loads(shared("danes", "annotated_data_batch_1.json").read_text("utf-8"))
    texts, labels = [], []
    for item in items:
        topics = [c for a in item["annotations"] if a.get("from_name") == "topic"
                  for c in a["value"]["choices"]]
        if not topics:
            continue
        data = item["data"]
        texts.append(f"{data['text']}\n{data.get('meta', {}).get('description', '')}")
        labels.append(topics)
    if limit:
        texts, labels = texts[:limit], labels[:limit]
    return texts, labels, True


def _danes_single(limit: int | None) -> tuple[list[str], list[list[str]], bool]:
    """DANeS items with exactly one topic, topics with at least 10 such items."""
    from collections import Counter

    texts, labels, _ = _danes(None)
    pairs = [(t, ls) for t, ls in zip(texts, labels, strict=True) if len(ls) == 1]
    counts = Counter(ls[0] for _t, ls in pairs)
    pairs = [(t, ls) for t, ls in pairs if counts[ls[0]] >= 10][:limit]
    return [t for t, _ls in pairs], [ls for _t, ls in pairs], False


def _baseline(multilabel: bool) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline
    from sklearn.svm import LinearSVC

    from corpus_tool.classify._models import SYLLABLE_PATTERN

    clf: Any = LinearSVC(random_state=0)
    if multilabel:
        clf = OneVsRestClassifier(clf)
    return Pipeline([("features", TfidfVectorizer(token_pattern=SYLLABLE_PATTERN)),
                     ("classifier", clf)])


def _run(name: str, make: Any, X: list[str], y: Any, folds: Any, labels: list[str],
         multilabel: bool) -> dict[str, Any]:
    from corpus_tool.classify._evaluate import report_from_predictions

    predicted = np.empty_like(y) if multilabel else np.empty(len(X), dtype=object)
    fit_s = predict_s = 0.0
    for train, test in folds:
        model = make()
        start = time.perf_counter()
        model.fit([X[i] for i in train], y[train])
        fit_s += time.perf_counter() - start
        start = time.perf_counter()
        predicted[test] = model.predict([X[i] for i in test])
        predict_s += time.perf_counter() - start
    report = report_from_predictions(y, predicted, labels, multilabel=multilabel)
    return {"name": name, "accuracy": report.accuracy, "macro_f1": report.macro_f1,
            "micro_f1": report.micro_f1, "fit_s": fit_s, "predict_s": predict_s,
            "n_test": len(X)}


def main(argv: list[str]) -> int:
    from sklearn.model_selection import KFold, StratifiedKFold

    from corpus_tool.classify import DEFAULT_MODEL, make_pipeline
    from corpus_tool.classify._data import LabelledDocuments
    from corpus_tool.classify._train import target
    from corpus_tool.nlp import SegmentCache, segment_texts

    parser = argparse.ArgumentParser(prog="python -m benchmarks classify")
    parser.add_argument("--quick", action="store_true", help="1,500 news articles, 800 DANeS")
    parser.add_argument("--size", type=int, default=None, help="documents per data set")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    sizes = {"news4": args.size or (1500 if args.quick else None),
             "danes": args.size or (800 if args.quick else None),
             "danes-single": args.size or (500 if args.quick else None)}
    cache = SegmentCache(Path(tempfile.gettempdir()) / "corpus_tool-bench" / "segments.sqlite")
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} "
          f"(1/5/15 min), {os.cpu_count()} cores")
    rows: list[tuple[str, ...]] = []
    for data_name, loader in (("news4", _news4), ("danes", _danes),
                              ("danes-single", _danes_single)):
        texts, labels, multilabel = loader(sizes[data_name])
        start = time.perf_counter()
        segmented = segment_texts(texts, cache=cache)
        seg_s = time.perf_counter() - start
        docs = LabelledDocuments([str(i) for i in range(len(texts))], texts,
                                 [tuple(x) for x in labels], multilabel, data_name, "topic")
        classes = docs.classes
        y = target(docs, classes)
        splitter: Any = KFold(args.folds, shuffle=True, random_state=0) if multilabel \
            else StratifiedKFold(args.folds, shuffle=True, random_state=0)
        folds = list(splitter.split(segmented, y if not multilabel else None))
        print(f"\n{data_name}: {len(texts)} documents, {len(classes)} labels"
              f"{' (multi-label)' if multilabel else ''}; segmentation {seg_s:.1f} s "
              "(mostly cache look-ups after the first run)")
        base = _run("baseline: syllable TF-IDF + LinearSVC", lambda ml=multilabel: _baseline(ml),
                    segmented, y, folds, classes, multilabel)
        ours = _run(f"corpus_tool {args.model}",
                    lambda ml=multilabel: make_pipeline(args.model, multilabel=ml, segment=False),
                    segmented, y, folds, classes, multilabel)
        for r in (base, ours):
            rows.append((data_name, r["name"], f"{r['accuracy']:.4f}", f"{r['macro_f1']:.4f}",
                         f"{r['micro_f1']:.4f}", f"{r['fit_s']:.1f}",
                         f"{1000 * r['predict_s'] / r['n_test']:.2f}"))
        rows.append((data_name, "ratio ours / baseline",
                     f"{ours['accuracy'] / base['accuracy']:.3f}",
                     f"{ours['macro_f1'] / base['macro_f1']:.3f}",
                     f"{ours['micro_f1'] / base['micro_f1']:.3f}",
                     f"{ours['fit_s'] / base['fit_s']:.1f}",
                     f"{ours['predict_s'] / base['predict_s']:.1f}"))
    print()
    print(table(rows, ("data", "model", "accuracy", "macro-F1", "micro-F1",
                       f"fit s ({args.folds} folds)", "predict ms/doc")))
    print("\naccuracy on the multi-label set is exact-set accuracy; predict time excludes "
          "segmentation (about 15 ms per news article, the same for both).")
    return 0
