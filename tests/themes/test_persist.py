from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from corpus_tool.errors import ModelError
from corpus_tool.themes import (
    ThemeModel,
    carry_over,
    load_model,
    match_themes,
    rename_theme,
    save_model,
)
from tests.themes.conftest import make_corpus


def fitted(seed: int = 0, per_topic: int = 20, corpus_seed: int = 7) -> ThemeModel:
    texts, _ = make_corpus(per_topic, seed=corpus_seed)
    return ThemeModel(n_themes=3, segment=False, random_state=seed).fit(texts)


@pytest.fixture
def saved(tmp_path: Path) -> tuple[ThemeModel, Path]:
    model = fitted()
    return model, save_model(model, tmp_path / "themes")


def test_saved_model_assigns_like_the_original(saved: tuple[ThemeModel, Path]) -> None:
    model, folder = saved
    loaded = load_model(folder)
    new = ["thủ_môn phạt_đền trận_đấu", "hồ_sơ một_cửa thủ_tục", "mưa_rào gió_mùa"]
    for a, b in zip(model.assign(new), loaded.assign(new), strict=True):
        assert np.array_equal(a, b)
    assert loaded.model_id_ == model.model_id_
    assert loaded.theme_ids_ == ["T1", "T2", "T3"]
    assert loaded.get_params() == model.get_params()


def test_same_input_and_seed_write_identical_files(tmp_path: Path) -> None:
    a = save_model(fitted(seed=4), tmp_path / "a")
    b = save_model(fitted(seed=4), tmp_path / "b")
    names = sorted(p.name for p in a.iterdir())
    assert names == ["centroids.npy", "idf.npy", "manifest.json", "names.json", "params.json",
                     "themes.json", "thresholds.npy", "vocabulary.json"]
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_no_file_is_a_pickle(saved: tuple[ThemeModel, Path]) -> None:
    _, folder = saved
    for path in folder.glob("*.npy"):
        np.load(path, allow_pickle=False)


def test_tampered_file_is_refused(saved: tuple[ThemeModel, Path]) -> None:
    _, folder = saved
    centroids = np.load(folder / "centroids.npy")
    centroids[0, 0] += 1
    np.save(folder / "centroids.npy", centroids)
    with pytest.raises(ModelError, match=r"centroids.npy: SHA-256 does not match"):
        load_model(folder)


def test_missing_file_is_refused(saved: tuple[ThemeModel, Path]) -> None:
    _, folder = saved
    (folder / "vocabulary.json").unlink()
    with pytest.raises(ModelError, match=r"vocabulary\.json: missing"):
        load_model(folder)


def test_foreign_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "nothing")
    with pytest.raises(ModelError, match=r"no manifest\.json"):
        load_model(tmp_path)
    (tmp_path / "manifest.json").write_text('{"format": "sklearn-pipeline"}', "utf-8")
    with pytest.raises(ModelError, match="not a theme model"):
        load_model(tmp_path)
    (tmp_path / "manifest.json").write_text("[1, 2", "utf-8")
    with pytest.raises(ModelError, match="not valid UTF-8 JSON"):
        load_model(tmp_path)


def test_newer_format_is_refused(saved: tuple[ThemeModel, Path]) -> None:
    _, folder = saved
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    manifest["format_version"] = 99
    (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(ModelError, match="format_version 99 is not supported"):
        load_model(folder)


def test_files_of_two_models_do_not_mix(tmp_path: Path) -> None:
    a = save_model(fitted(), tmp_path / "a")
    b = save_model(ThemeModel(n_themes=2, segment=False).fit(make_corpus()[0]), tmp_path / "b")
    for name in ("centroids.npy", "thresholds.npy"):
        (a / name).write_bytes((b / name).read_bytes())
    manifest = json.loads((a / "manifest.json").read_text("utf-8"))
    manifest_b = json.loads((b / "manifest.json").read_text("utf-8"))
    for name in ("centroids.npy", "thresholds.npy"):
        manifest["files"][name] = manifest_b["files"][name]
    (a / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(ModelError, match="mixes files of different models"):
        load_model(a)


def test_rename_is_kept_in_names_json(saved: tuple[ThemeModel, Path]) -> None:
    _, folder = saved
    assert rename_theme(folder, "T2", "Cải cách hành chính") == {"T2": "Cải cách hành chính"}
    assert load_model(folder).names_ == {"T2": "Cải cách hành chính"}
    assert rename_theme(folder, "T2", None) == {}
    with pytest.raises(ModelError, match="'T9' is not one of"):
        rename_theme(folder, "T9", "Không có")


def test_bad_names_json_is_refused(saved: tuple[ThemeModel, Path]) -> None:
    _, folder = saved
    (folder / "names.json").write_text('{"T7": "Thể thao"}', "utf-8")
    with pytest.raises(ModelError, match=r"names\.json: theme id 'T7'"):
        load_model(folder)


def test_names_survive_a_refit_where_themes_persist(tmp_path: Path) -> None:
    old = fitted()
    football = old.top_terms_.index(next(t for t in old.top_terms_ if "bóng đá cầu thủ" in t))
    old.names_ = {old.theme_ids_[football]: "Bóng đá"}
    # a different sample of the same topics, fitted with another seed
    new = fitted(seed=9, per_topic=25, corpus_seed=11)
    match = carry_over(new, old)
    assert len(match) == 3
    new_football = next(i for i, t in enumerate(new.top_terms_) if "bóng đá cầu thủ" in t)
    assert new.theme_ids_[new_football] == old.theme_ids_[football]
    assert new.names_ == {old.theme_ids_[football]: "Bóng đá"}


def test_a_new_theme_gets_a_fresh_id(tmp_path: Path) -> None:
    texts, _ = make_corpus()
    old = ThemeModel(n_themes=2, segment=False).fit(
        [t for t in texts if "bệnh_viện" not in t])
    new = fitted()
    match = match_themes(new, old)
    assert len(match) == 2
    carry_over(new, old)
    assert sorted(new.theme_ids_) == ["T1", "T2", "T3"]
    unmatched = next(i for i in range(3) if i not in match)
    assert new.theme_ids_[unmatched] == "T3"
    assert "bệnh viện bác sĩ" in new.top_terms_[unmatched]


def test_consistent_but_malformed_files_are_refused(saved: tuple[ThemeModel, Path]) -> None:
    import hashlib

    _, folder = saved
    (folder / "params.json").write_text('{"n_themes": 3}', "utf-8")
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    manifest["files"]["params.json"] = hashlib.sha256(
        (folder / "params.json").read_bytes()).hexdigest()
    (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(ModelError, match=r"params\.json: expected the keys"):
        load_model(folder)
