from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.metrics import adjusted_rand_score
from sklearn.pipeline import Pipeline

from corpus_tool.errors import AnalysisError, ConfigError
from corpus_tool.themes import ThemeModel, stop_words
from tests.themes.conftest import TOPICS, make_corpus


def fit(texts: list[str], **params: object) -> ThemeModel:
    params.setdefault("n_themes", 3)
    return ThemeModel(segment=False, **params).fit(texts)  # type: ignore[arg-type]


def test_fit_recovers_the_planted_topics(corpus: tuple[list[str], list[str]]) -> None:
    texts, labels = corpus
    model = fit(texts)
    assert model.n_themes_ == 3
    assert adjusted_rand_score(labels, model.themes_) == 1.0
    assert model.labels_.shape == (len(texts),)
    assert model.scores_.min() > 0


@pytest.mark.parametrize("method", ["graph", "lsa"])
def test_both_methods_find_the_topics(corpus: tuple[list[str], list[str]], method: str) -> None:
    texts, labels = corpus
    model = fit(texts, method=method)
    assert model.method_ == method
    assert adjusted_rand_score(labels, model.themes_) > 0.9


def test_short_texts_use_the_graph_method(corpus: tuple[list[str], list[str]]) -> None:
    assert fit(corpus[0]).method_ == "graph"


def test_same_seed_gives_identical_model(corpus: tuple[list[str], list[str]]) -> None:
    a, b = fit(corpus[0], random_state=3), fit(corpus[0], random_state=3)
    assert a.model_id_ == b.model_id_
    assert np.array_equal(a.centroids_, b.centroids_)
    assert a.top_terms_ == b.top_terms_


def test_different_seeds_give_the_same_partition(corpus: tuple[list[str], list[str]]) -> None:
    parts = [fit(corpus[0], random_state=s).themes_ for s in range(4)]
    for other in parts[1:]:
        assert adjusted_rand_score(parts[0], other) >= 0.9


def test_labels_are_the_topic_words_with_spaces(corpus: tuple[list[str], list[str]]) -> None:
    texts, labels = corpus
    model = fit(texts)
    for index in range(3):
        members = [labels[i] for i in np.flatnonzero(model.themes_ == index)]
        topic = max(set(members), key=members.count)
        wanted = {w.replace("_", " ") for w in TOPICS[topic]}
        shown = {part for term in model.top_terms_[index][:3] for part in term.split(" · ")}
        assert any(term in wanted or any(w in term for w in wanted) for term in shown)
        assert "·" in model.theme_label(index) or len(model.top_terms_[index]) == 1


def test_labels_prefer_a_frequent_pair_of_words(corpus: tuple[list[str], list[str]]) -> None:
    model = fit(corpus[0])
    firsts = {terms[0] for terms in model.top_terms_}
    assert firsts == {"bóng đá cầu thủ", "bệnh viện bác sĩ", "cải cách hành chính"}
    # the words of a shown phrase are not repeated on their own
    assert not {"bóng đá", "cầu thủ", "cải cách"} & {t for ts in model.top_terms_ for t in ts}


def test_works_with_clone_and_pipeline(corpus: tuple[list[str], list[str]]) -> None:
    model = ThemeModel(n_themes=3, segment=False, random_state=5)
    copy = clone(model)
    assert copy.get_params() == model.get_params()
    assert not hasattr(copy, "centroids_")
    pipe = Pipeline([("themes", copy)]).fit(corpus[0])
    assert pipe.predict(corpus[0][:3]).tolist() == copy.themes_[:3].tolist()


def test_auto_reports_the_criterion_and_its_values(corpus: tuple[list[str], list[str]]) -> None:
    texts = corpus[0]
    model = fit(texts, n_themes="auto", k_range=(2, 8))
    selection = model.k_selection_
    assert selection["method"] == "auto"
    assert "modularity" in selection["criterion"]
    assert set(selection["values"]) == {str(k) for k in range(2, 9)}
    assert selection["k"] == model.n_themes_ == 3
    assert max(selection["values"].values()) == selection["values"]["3"]


def test_off_topic_and_empty_documents_are_flagged_not_forced() -> None:
    texts, _ = make_corpus()
    texts = [*texts, "tỉnh năm_nay mới lớn", "", "12 34 2023"]
    model = fit(texts)
    assert model.outliers_[-3:].tolist() == [True, True, True]
    assert model.labels_[-1] == -1
    assert model.outliers_[:-3].mean() < 0.1


def test_assigns_new_texts_without_refitting(corpus: tuple[list[str], list[str]]) -> None:
    texts, labels = corpus
    model = fit(texts)
    new = ["thủ_môn cản_phá phạt_đền trận_đấu", "vắc_xin tiêm_chủng bác_sĩ",
           "thời_tiết mưa_rào gió_mùa"]
    themes, scores, outliers = model.assign(new)
    football = model.themes_[labels.index("bóng_đá")]
    health = model.themes_[labels.index("y_tế")]
    assert themes[:2].tolist() == [football, health]
    assert outliers.tolist() == [False, False, True]
    assert scores[2] == 0
    assert model.predict(new)[2] == -1


def test_stop_words_include_press_boilerplate() -> None:
    words = stop_words()
    for word in ("cho_biết", "ảnh", "theo", "ttxvn", "chia_sẻ", "của"):
        assert word in words
    assert "cải_cách" not in words
    assert stop_words(None) == []
    assert stop_words(["Cho biết"]) == ["cho_biết"]


def test_stop_words_never_label_a_theme(corpus: tuple[list[str], list[str]]) -> None:
    texts = [t + " cho_biết theo ảnh" for t in corpus[0]]
    model = fit(texts)
    terms = {w for terms in model.top_terms_ for term in terms for w in term.split(" ")}
    assert not terms & {"cho", "biết", "theo", "ảnh"}


@pytest.mark.parametrize("bad", [0, -2, "many", True])
def test_bad_number_of_themes_is_a_config_error(bad: object,
                                                corpus: tuple[list[str], list[str]]) -> None:
    with pytest.raises(ConfigError, match="n_themes"):
        ThemeModel(n_themes=bad, segment=False).fit(corpus[0])  # type: ignore[arg-type]


def test_fewer_distinct_documents_than_themes_is_explained() -> None:
    with pytest.raises(AnalysisError, match="asked for 5 themes but only 2 of the 4"):
        fit(["bóng_đá cầu_thủ", "bóng_đá cầu_thủ", "vắc_xin bác_sĩ", ""], n_themes=5)


def test_one_document_repeated_is_explained() -> None:
    with pytest.raises(AnalysisError, match="only 1 of the 30 documents are distinct"):
        fit(["bóng_đá cầu_thủ trận_đấu"] * 30, n_themes=2)
    with pytest.raises(AnalysisError, match="'auto' needs at least"):
        fit(["bóng_đá cầu_thủ trận_đấu"] * 30, n_themes="auto")


def test_all_empty_texts_are_explained() -> None:
    with pytest.raises(AnalysisError, match="none of the 3 documents has a word left"):
        fit(["", "của và 2023", "theo cho_biết 15/3"], n_themes=2)
    with pytest.raises(AnalysisError, match="no documents"):
        fit([], n_themes=2)


def test_other_bad_parameters_name_themselves(corpus: tuple[list[str], list[str]]) -> None:
    with pytest.raises(ConfigError, match="k_range"):
        fit(corpus[0], n_themes="auto", k_range=(1, 5))
    with pytest.raises(ConfigError, match="method"):
        fit(corpus[0], method="hdbscan")
    with pytest.raises(ConfigError, match="stop_words"):
        fit(corpus[0], stop_words="english")


def test_one_theme_is_allowed(corpus: tuple[list[str], list[str]]) -> None:
    model = fit(corpus[0], n_themes=1)
    assert model.n_themes_ == 1
    assert set(model.themes_.tolist()) == {0}
