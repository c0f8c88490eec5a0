"""Quality on real news (../shared/data): the default must hold up against the plain baseline."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from corpus_tool.classify import cross_validate, read_labelled

pytestmark = [pytest.mark.slow, pytest.mark.shared_data]


def _danes_jsonl(shared_data: Path, out: Path, limit: int) -> Path:
    """Write DANeS headlines + descriptions with their topics, dropping topics rarer than 3."""
    items = json.loads((shared_data / "danes" / "annotated_data_batch_1.json").read_text("utf-8"))
    rows = []
    for item in items[:limit]:
        topics = [c for a in item["annotations"] if a.get("from_name") == "topic"
                  for c in a["value"]["choices"]]
        text = f"{item['data']['text']}\n{item['data'].get('meta', {}).get('description', '')}"
        if topics and text.strip():
            rows.append({"id": str(item["id"]), "text": text, "topic": topics})
    counts = Counter(t for r in rows for t in r["topic"])
    for r in rows:
        r["topic"] = [t for t in r["topic"] if counts[t] >= 3]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows
                           if r["topic"]), "utf-8")
    return out


def test_default_beats_plain_baseline_on_danes_topics(shared_data: Path, tmp_path: Path) -> None:
    docs = read_labelled(_danes_jsonl(shared_data, tmp_path / "danes.jsonl", 900), "topic")
    ours = cross_validate(docs, folds=3, seed=0)
    assert ours.multilabel and len(ours.labels) >= 15
    # The textbook model, one-vs-rest at the default cut, on the same folds.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import f1_score
    from sklearn.model_selection import KFold, cross_val_predict
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline
    from sklearn.svm import LinearSVC

    from corpus_tool.classify._models import SYLLABLE_PATTERN
    from corpus_tool.classify._train import target
    from corpus_tool.nlp import segment_texts

    plain = Pipeline([("features", TfidfVectorizer(token_pattern=SYLLABLE_PATTERN)),
                      ("classifier", OneVsRestClassifier(LinearSVC()))])
    y = target(docs, docs.classes)
    predicted = cross_val_predict(plain, segment_texts(docs.texts), y,
                                  cv=KFold(3, shuffle=True, random_state=0))
    plain_f1 = f1_score(y, predicted, average="macro", zero_division=0)
    assert ours.macro_f1 > plain_f1 + 0.05


def test_news_topics_are_learnt(shared_data: Path, tmp_path: Path) -> None:
    lines = (shared_data / "news4" / "news4-dev.jsonl").read_text("utf-8").split("\n")
    sample = tmp_path / "news4.jsonl"
    sample.write_text("\n".join(line for line in lines[::40] if line) + "\n", "utf-8")
    report = cross_validate(read_labelled(sample, "topic"), folds=3)
    assert report.labels == ["congnghe", "suckhoe", "thethao", "xe"]
    assert report.accuracy > 0.9
