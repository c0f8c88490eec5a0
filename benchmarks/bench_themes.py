"""Theme quality, stability and speed against TF-IDF + KMeans(k = true k).

Datasets (../shared/data):
- news4: news4-dev.jsonl, 7,996 long articles, 4 topics (--quick: 2,000 of them).
- danes: DANeS annotated batch 1, headline + description. Items are
  multi-topic, so the label is defined on the items with exactly ONE topic,
  restricted to topics with at least 30 such items, "Không xác định"
  (undetermined) left out: 635 items, 9 topics. Short texts: the hard case.
- danes-first: the same items labelled by their FIRST topic, the 10 most
  frequent first topics ("Không xác định" left out): 1,637 items. Noisier
  labels (the first topic is the annotator's first click).
- 10k timing: baomoi-5000 + the first 5,000 news4 articles, pre-segmented.

For each labelled set: NMI and ARI against the labels (mean of 5 seeds),
stability = mean ARI between the partitions of the 5 seeds, time per fit.
Segmentation is done once and cached on disk (benchmarks/_segcache.py), so
times are for clustering already segmented text, as the goal states.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import os
import statistics
import subprocess
import time
from typing import Any

import numpy as np
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from benchmarks._common import shared, table
from benchmarks._segcache import segmented
from corpus_tool._text import nfc
from corpus_tool.themes import ThemeModel

SEEDS = (0, 1, 2, 3, 4)


def _uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def load_danes(*, first: bool = False) -> tuple[list[str], list[str]]:
    """Return (segmented texts, labels) of DANeS items (see module doc)."""
    items = json.loads(shared("danes", "annotated_data_batch_1.json").read_text("utf-8"))
    texts: list[str] = []
    topics: list[list[str]] = []
    for item in items:
        data = item["data"]
        description = (data.get("meta") or {}).get("description") or ""
        texts.append(nfc(data["text"] + "\n" + description))
        chosen: list[str] = []
        for annotation in item["annotations"]:
            if annotation.get("from_name") == "topic":
                chosen = annotation["value"]["choices"]
        topics.append(chosen)
    seg = segmented("danes", texts)
    if first:
        counts = collections.Counter(t[0] for t in topics if t and t[0] != "Không xác định")
        top = {t for t, _ in counts.most_common(10)}
        index = [i for i, t in enumerate(topics) if t and t[0] in top]
        return [seg[i] for i in index], [topics[i][0] for i in index]
    single = collections.Counter(t[0] for t in topics if len(t) == 1)
    keep = {t for t, n in single.items() if n >= 30 and t != "Không xác định"}
    index = [i for i, t in enumerate(topics) if len(t) == 1 and t[0] in keep]
    return [seg[i] for i in index], [topics[i][0] for i in index]


def load_news4(limit: int | None) -> tuple[list[str], list[str]]:
    """Return (segmented texts, topics) of news4-dev (a seeded sample of ``limit``)."""
    rows = [json.loads(line) for line in shared("news4", "news4-dev.jsonl").open(encoding="utf-8")]
    seg = segmented("news4", [r["text"] for r in rows])
    index = list(range(len(rows)))
    if limit is not None and limit < len(rows):
        index = sorted(np.random.RandomState(0).permutation(len(rows))[:limit].tolist())
    return [seg[i] for i in index], [rows[i]["topic"] for i in index]


def baseline(texts: list[str], k: int, seed: int) -> np.ndarray[Any, Any]:
    """TF-IDF over segmented words + KMeans with scikit-learn defaults."""
    matrix = TfidfVectorizer(token_pattern=r"(?u)\b\w+\b").fit_transform(texts)
    labels: np.ndarray[Any, Any] = KMeans(k, random_state=seed).fit_predict(matrix)
    return labels


def ours(texts: list[str], k: int | str, seed: int) -> ThemeModel:
    return ThemeModel(n_themes=k, random_state=seed, segment=False).fit(texts)


def evaluate(name: str, texts: list[str], labels: list[str]) -> list[tuple[str, ...]]:
    k = len(set(labels))
    print(f"\n### {name}: {len(texts)} documents, {k} topics", flush=True)
    results: dict[str, dict[str, Any]] = {}
    for contender in ("TF-IDF + KMeans", "ThemeModel"):
        parts: list[np.ndarray[Any, Any]] = []
        seconds: list[float] = []
        extra = ""
        for seed in SEEDS:
            start = time.perf_counter()
            if contender == "ThemeModel":
                model = ours(texts, k, seed)
                parts.append(model.themes_)
                extra = f"{model.method_}, outliers {model.outliers_.mean():.1%}"
            else:
                parts.append(baseline(texts, k, seed))
            seconds.append(time.perf_counter() - start)
        results[contender] = {
            "nmi": statistics.mean(normalized_mutual_info_score(labels, p) for p in parts),
            "ari": statistics.mean(adjusted_rand_score(labels, p) for p in parts),
            "stability": statistics.mean(adjusted_rand_score(a, b)
                                         for a, b in itertools.combinations(parts, 2)),
            "seconds": statistics.median(seconds), "extra": extra}
        r = results[contender]
        print(f"  {contender}: NMI {r['nmi']:.3f} ARI {r['ari']:.3f} "
              f"stability {r['stability']:.3f} {r['seconds']:.1f}s {extra}", flush=True)
    start = time.perf_counter()
    auto = ours(texts, "auto", 0)
    auto_seconds = time.perf_counter() - start
    again = ours(texts, "auto", 0)
    print(f"  ThemeModel k=auto: k={auto.n_themes_} NMI "
          f"{normalized_mutual_info_score(labels, auto.themes_):.3f} "
          f"ARI {adjusted_rand_score(labels, auto.themes_):.3f} {auto_seconds:.1f}s; "
          f"same seed twice identical: {auto.model_id_ == again.model_id_}", flush=True)
    print("  auto criterion:", auto.k_selection_.get("criterion"))
    print("  values:", auto.k_selection_.get("values"))
    for c in range(auto.n_themes_):
        print(f"    T{c + 1} {int((auto.themes_ == c).sum()):>5}  {auto.theme_label(c)}")
    b, o = results["TF-IDF + KMeans"], results["ThemeModel"]
    rows = []
    for key, label in (("nmi", "NMI"), ("ari", "ARI"), ("stability", "ARI between 5 seeds"),
                       ("seconds", "seconds per fit")):
        ratio = o[key] / b[key] if b[key] else float("nan")
        rows.append((name, label, f"{b[key]:.3f}", f"{o[key]:.3f}", f"{ratio:.2f}x"))
    rows.append((name, "k=auto (seed 0) -> k, NMI", "-",
                 f"{auto.n_themes_}, {normalized_mutual_info_score(labels, auto.themes_):.3f}",
                 "-"))
    return rows


def timing_10k(quick: bool) -> list[tuple[str, ...]]:
    n_each = 1000 if quick else 5000
    baomoi = [json.loads(line)["text"] for line in
              shared("baomoi", "baomoi-5000.jsonl").open(encoding="utf-8")][:n_each]
    news = [json.loads(line)["text"] for line in
            shared("news4", "news4-dev.jsonl").open(encoding="utf-8")][:n_each]
    texts = segmented("baomoi", baomoi) + segmented("news4", news)
    print(f"\n### timing: {len(texts)} pre-segmented articles (baomoi + news4)", flush=True)
    rows = []
    start = time.perf_counter()
    labels = baseline(texts, 20, 0)
    base_s = time.perf_counter() - start
    for k in (20, "auto"):
        start = time.perf_counter()
        model = ours(texts, k, 0)
        seconds = time.perf_counter() - start
        print(f"  ThemeModel k={k}: {seconds:.1f}s ({model.method_}, {model.n_themes_} themes); "
              f"TF-IDF + KMeans(20): {base_s:.1f}s", flush=True)
        rows.append((f"{len(texts)} articles", f"seconds, k={k}", f"{base_s:.1f}",
                     f"{seconds:.1f}", f"{seconds / base_s:.2f}x"))
    del labels
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks themes")
    parser.add_argument("--quick", action="store_true",
                        help="news4 sample of 2,000 and a 2,000-article timing")
    args = parser.parse_args(argv)
    print("uptime at start:", _uptime())
    print(f"threads: OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}")
    rows = evaluate("danes (9 topics, short)", *load_danes())
    rows += evaluate("danes-first (10 topics, short)", *load_danes(first=True))
    rows += evaluate("news4 (4 topics, long)", *load_news4(2000 if args.quick else None))
    rows += timing_10k(args.quick)
    print()
    print(table(rows, ("dataset", "measure", "TF-IDF + KMeans", "ThemeModel", "ratio")))
    print("uptime at end:", _uptime())
    return 0
