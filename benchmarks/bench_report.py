"""Report generation time and HTML size on the baomoi articles (5,000 by default).

    python -m benchmarks report            # 5,000 articles
    python -m benchmarks report --quick    # 500 articles
    python -m benchmarks report --n 2000

The articles of ../shared/data/baomoi/baomoi-5000.jsonl are imported (first
line as title; the file has no URLs, sites or dates). Annotations, all made by
real code, none invented:

- entities: ``corpus_tool.entities.extract_entities`` when the package has it;
  otherwise underthesea's bundled CRF NER on each headline and sapo (PER ->
  people, ORG -> organisations, LOC -> locations; no titles, initiatives or
  acronyms, which that tagger does not find);
- themes: TF-IDF (syllable 1-2 grams) + MiniBatchKMeans, k=20, stored in the
  shapes of the ``theme`` annotations and the ``themes`` result.

The annotated store is cached in the temp folder, so only the first run pays
for NER (about 3 minutes for 5,000 articles on 2 cores).

Baseline: the same tables (``ReportData.to_frames()``) dumped with pandas
``DataFrame.to_html``: no charts, no search, no sorting, no links.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks._common import shared, table, timer

CACHE = Path(tempfile.gettempdir()) / "corpus_tool-bench-report"


def _ner_entities(text: str, uts: Any) -> dict[str, Any]:
    """Entities from underthesea's CRF NER, with offsets found in ``text``."""
    out: dict[str, list[dict[str, Any]]] = {"people": [], "organizations": [], "locations": []}
    target = {"PER": "people", "ORG": "organizations", "LOC": "locations"}
    cursor = 0
    current: tuple[str, int, int] | None = None

    def close() -> None:
        if current is not None:
            kind, start, end = current
            entry: dict[str, Any] = {"name": text[start:end], "start": start, "end": end}
            if kind == "people":
                entry.update(honorific=None, title=None, organization=None)
            out[kind].append(entry)

    for token, _pos, _chunk, tag in uts.ner(text):
        start = text.find(token, cursor)
        if start < 0:
            continue
        end = cursor = start + len(token)
        kind = target.get(tag[2:]) if tag != "O" else None
        if kind and tag.startswith("I-") and current is not None and current[0] == kind:
            current = (kind, current[1], end)
            continue
        close()
        current = (kind, start, end) if kind else None
    close()
    return {**out, "initiatives": [], "acronyms": [], "authors": []}


def _annotate_entities(store: Any) -> str:
    try:
        from corpus_tool.entities import (  # type: ignore[import-not-found,unused-ignore]
            EXTRACTOR_VERSION,
            extract_entities,
        )
    except ModuleNotFoundError:
        from corpus_tool.nlp._backend import underthesea

        uts = underthesea()
        items = []
        for article in store.iter_articles():
            # baomoi items are "headline\nsapo\nbody": NER on the first two lines.
            head = "\n".join(article.text.split("\n")[:2])
            items.append((article.id, _ner_entities(head, uts)))
        store.put_annotations("entities", "bench-underthesea-ner", items)
        return "underthesea CRF NER on headline + sapo (first two lines)"
    store.put_annotations("entities", EXTRACTOR_VERSION, (
        (a.id, extract_entities(a.text, authors=a.authors).to_dict())
        for a in store.iter_articles()))
    return f"corpus_tool.entities {EXTRACTOR_VERSION}"


def _annotate_themes(store: Any, k: int = 20) -> str:
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    articles = list(store.iter_articles())
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.5,
                                 max_features=30000, sublinear_tf=True)
    matrix = vectorizer.fit_transform([a.text for a in articles])
    model = MiniBatchKMeans(n_clusters=k, random_state=0, n_init=3, batch_size=1024)
    labels = model.fit_predict(matrix)
    centroids = model.cluster_centers_ / np.linalg.norm(model.cluster_centers_, axis=1,
                                                          keepdims=True)
    scores = np.asarray((matrix.multiply(centroids[labels])).sum(axis=1)).ravel()
    terms = np.array(vectorizer.get_feature_names_out())
    version = f"bench-tfidf-kmeans-{k}"
    store.put_annotations("theme", version, [
        (a.id, {"theme": f"t{labels[i]}", "score": float(scores[i]), "outlier": False})
        for i, a in enumerate(articles)])
    themes: list[dict[str, Any]] = []
    for c in range(k):
        members = np.flatnonzero(labels == c)
        top = [str(t) for t in terms[np.argsort(-model.cluster_centers_[c])[:8]]]
        best = members[np.argsort(-scores[members])[:5]]
        themes.append({"id": f"t{c}", "label": " · ".join(top[:3]), "name": None,
                       "size": len(members), "top_terms": top,
                       "representatives": [{"id": articles[i].id, "title": articles[i].title}
                                           for i in best],
                       "by_week": {}, "by_month": {}, "by_site": {}})
    store.put_result("themes", version, {"k": k, "k_selection": {"method": "fixed"},
                                         "themes": themes, "outliers": 0})
    return f"TF-IDF + MiniBatchKMeans k={k}"


def _prepare(n: int) -> tuple[Path, dict[str, str]]:
    """Return an annotated store of the first ``n`` baomoi articles (cached)."""
    from corpus_tool.store import CorpusStore, import_file

    CACHE.mkdir(exist_ok=True)
    db = CACHE / f"baomoi-{n}.sqlite"
    notes = CACHE / f"baomoi-{n}.json"
    if db.exists() and notes.exists():
        return db, json.loads(notes.read_text("utf-8"))
    source = shared("baomoi", "baomoi-5000.jsonl")
    subset = CACHE / f"baomoi-{n}.jsonl"
    with source.open(encoding="utf-8") as src, subset.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= n:
                break
            dst.write(line)
    db.unlink(missing_ok=True)
    with CorpusStore(db) as store:
        import_file(store, subset, title_from_first_line=True)
        print(f"annotating {store.count()} articles (cached in {CACHE} for next runs)…",
              file=sys.stderr)
        with timer() as t_ent:
            entities = _annotate_entities(store)
        with timer() as t_th:
            themes = _annotate_themes(store)
    info = {"entities": f"{entities} ({t_ent['seconds']:.0f} s)",
            "themes": f"{themes} ({t_th['seconds']:.0f} s)"}
    notes.write_text(json.dumps(info), "utf-8")
    return db, info


def _baseline(db: Path, out: Path) -> int:
    from corpus_tool.report import build_report_data
    from corpus_tool.store import CorpusStore

    with CorpusStore(db, create=False) as store:
        frames = build_report_data(store).to_frames()
    page = "\n".join(f"<h2>{name}</h2>\n{frame.to_html()}" for name, frame in frames.items())
    out.write_text(page, "utf-8")
    return out.stat().st_size


def _ours(db: Path, out: Path) -> int:
    from corpus_tool.report import write_report
    from corpus_tool.store import CorpusStore

    with CorpusStore(db, create=False) as store:
        return write_report(store, out, run_analyses=False).bytes


def _browser_load(path: Path) -> str:
    """Return the time headless Chromium takes to show the report, or why it was not measured."""
    chromium = os.environ.get("CORPUS_TOOL_CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists():
        return "not measured (no chromium)"
    code = f"""
import time
from playwright.sync_api import sync_playwright
with sync_playwright() as p:
    b = p.chromium.launch(executable_path={chromium!r}, args=["--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking"])
    page = b.new_page()
    start = time.perf_counter()
    page.goto({path.resolve().as_uri()!r})
    page.wait_for_selector("html[data-report-ready]", timeout=120000)
    print(f"{{time.perf_counter() - start:.2f}}")
    b.close()
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    if done.returncode:
        return f"not measured ({done.stderr.strip().splitlines()[-1:]})"
    return f"{done.stdout.strip()} s"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks report")
    parser.add_argument("--n", type=int, default=5000, help="number of articles (max 5000)")
    parser.add_argument("--quick", action="store_true", help="500 articles")
    args = parser.parse_args(argv)
    n = 500 if args.quick else min(args.n, 5000)
    db, info = _prepare(n)
    print(f"articles: {n} from baomoi-5000.jsonl; entities: {info['entities']}; "
          f"themes: {info['themes']}")
    with tempfile.TemporaryDirectory() as tmp:
        base_out, our_out = Path(tmp) / "baseline.html", Path(tmp) / "report.html"
        with timer() as t_base:
            base_size = _baseline(db, base_out)
        with timer() as t_ours:
            our_size = _ours(db, our_out)
        load = _browser_load(our_out)
    rows: list[tuple[str, ...]] = [
        ("pandas to_html of the report tables", f"{t_base['seconds']:.2f}",
         f"{base_size / 1e6:.2f}", "-"),
        ("corpus_tool report (self-contained)", f"{t_ours['seconds']:.2f}",
         f"{our_size / 1e6:.2f}", load),
        ("ratio ours / baseline", f"{t_ours['seconds'] / t_base['seconds']:.2f}",
         f"{our_size / base_size:.2f}", ""),
    ]
    print(table(rows, ("contender", "seconds", "MB", "opens in Chromium")))
    goal = t_ours["seconds"] < 30 and our_size < 10_000_000
    print(f"goal (< 30 s, < 10 MB): {'met' if goal else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
