"""Quality on real labelled news from ../shared/data (skipped where it is absent)."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from corpus_tool.nlp import Segmenter
from corpus_tool.themes import ThemeModel

pytestmark = [pytest.mark.slow, pytest.mark.shared_data]


def danes_single_topic(shared_data: Path) -> tuple[list[str], list[str]]:
    """DANeS items with exactly one topic, topics with >= 30 such items (as the benchmark)."""
    items = json.loads((shared_data / "danes" / "annotated_data_batch_1.json").read_text("utf-8"))
    texts, topics = [], []
    for item in items:
        chosen = [a["value"]["choices"] for a in item["annotations"]
                  if a.get("from_name") == "topic"]
        if len(chosen) == 1 and len(chosen[0]) == 1:
            meta = item["data"].get("meta") or {}
            texts.append(item["data"]["text"] + "\n" + (meta.get("description") or ""))
            topics.append(chosen[0][0])
    counts = collections.Counter(topics)
    keep = [i for i, t in enumerate(topics) if counts[t] >= 30 and t != "Không xác định"]
    return [texts[i] for i in keep], [topics[i] for i in keep]


def test_short_real_news_beat_tfidf_kmeans_and_are_stable(shared_data: Path) -> None:
    texts, topics = danes_single_topic(shared_data)
    segmented = Segmenter(lowercase=False).transform(texts)
    k = len(set(topics))
    ours = [ThemeModel(n_themes=k, segment=False, random_state=s).fit(segmented).themes_
            for s in (0, 1)]
    base = KMeans(k, random_state=0).fit_predict(
        TfidfVectorizer(token_pattern=r"(?u)\b\w+\b").fit_transform(segmented))
    nmi_ours = normalized_mutual_info_score(topics, ours[0])
    assert nmi_ours >= normalized_mutual_info_score(topics, base) + 0.1
    assert nmi_ours >= 0.3
    assert adjusted_rand_score(ours[0], ours[1]) >= 0.85
