from __future__ import annotations

import json
import os
import pickle
import shutil
from pathlib import Path

import pytest

from corpus_tool.classify import load_classifier
from corpus_tool.errors import ModelError


def _copy(model: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(model, tmp_path / "copy"))


def _rehash(folder: Path) -> None:
    """Make metadata.json agree with the current model.skops (an attacker can do this)."""
    import hashlib

    meta = json.loads((folder / "metadata.json").read_text("utf-8"))
    meta["files"]["model.skops"] = hashlib.sha256((folder / "model.skops").read_bytes()).hexdigest()
    (folder / "metadata.json").write_text(json.dumps(meta), "utf-8")


def test_saved_model_loads_and_predicts_the_same(trained_model: Path) -> None:
    clf = load_classifier(trained_model)
    assert clf.labels == ["kinhte", "thethao", "yte"]
    assert clf.name == "chu-de"
    prediction = clf.predict(["Giá vàng tăng mạnh tại Hà Nội"])[0]
    assert prediction.label == "kinhte"
    assert 0.0 < prediction.score <= 1.0
    meta = clf.metadata
    assert meta["seed"] == 0 and meta["training"]["documents"] == 36
    assert len(meta["training"]["sha256"]) == 64
    assert set(meta["versions"]) >= {"corpus-tool", "scikit-learn", "underthesea"}


def test_tampered_model_file_is_refused(trained_model: Path, tmp_path: Path) -> None:
    folder = _copy(trained_model, tmp_path)
    data = bytearray((folder / "model.skops").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / "model.skops").write_bytes(bytes(data))
    with pytest.raises(ModelError, match="does not match"):
        load_classifier(folder)


class _Boom:
    """Unpickling this runs a shell command that creates a file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def test_pickle_payload_is_refused_and_never_runs(trained_model: Path, tmp_path: Path) -> None:
    folder = _copy(trained_model, tmp_path)
    marker = tmp_path / "pwned"
    (folder / "model.skops").write_bytes(pickle.dumps(_Boom(marker)))
    _rehash(folder)
    with pytest.raises(ModelError, match="not a skops archive"):
        load_classifier(folder)
    assert not marker.exists()


class Sneaky:
    """Not a model type: rebuilding it would create a file."""

    marker = ""

    def __setstate__(self, state: dict[str, object]) -> None:
        Path(str(state["marker"])).touch()


def test_skops_archive_with_untrusted_type_is_refused(trained_model: Path,
                                                      tmp_path: Path) -> None:
    import skops.io as sio

    folder = _copy(trained_model, tmp_path)
    marker = tmp_path / "pwned"
    evil = Sneaky()
    evil.__dict__["marker"] = str(marker)
    (folder / "model.skops").write_bytes(sio.dumps(evil))
    _rehash(folder)
    with pytest.raises(ModelError, match="not on corpus_tool's list of allowed model types"):
        load_classifier(folder)
    assert not marker.exists()


def test_skops_archive_naming_a_function_is_refused(trained_model: Path,
                                                    tmp_path: Path) -> None:
    import skops.io as sio

    folder = _copy(trained_model, tmp_path)
    (folder / "model.skops").write_bytes(sio.dumps({"run": os.system}))
    _rehash(folder)
    with pytest.raises(ModelError, match="refusing to load"):
        load_classifier(folder)


def test_model_from_another_scikit_learn_is_refused(trained_model: Path, tmp_path: Path) -> None:
    folder = _copy(trained_model, tmp_path)
    meta = json.loads((folder / "metadata.json").read_text("utf-8"))
    meta["versions"]["scikit-learn"] = "0.24.2"
    (folder / "metadata.json").write_text(json.dumps(meta), "utf-8")
    with pytest.raises(ModelError, match=r"scikit-learn 0\.24\.2.*retrain"):
        load_classifier(folder)


def test_model_of_another_format_version_is_refused(trained_model: Path,
                                                    tmp_path: Path) -> None:
    folder = _copy(trained_model, tmp_path)
    meta = json.loads((folder / "metadata.json").read_text("utf-8"))
    meta["format_version"] = 99
    (folder / "metadata.json").write_text(json.dumps(meta), "utf-8")
    with pytest.raises(ModelError, match="format version 99"):
        load_classifier(folder)


def test_folder_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", "utf-8")
    with pytest.raises(ModelError, match=r"not a model folder: metadata.json is missing"):
        load_classifier(tmp_path)
    with pytest.raises(ModelError, match="model folder not found"):
        load_classifier(tmp_path / "nope")
    with pytest.raises(ModelError, match="is a file"):
        load_classifier(tmp_path / "notes.txt")


def test_model_folder_missing_its_model_file_is_refused(trained_model: Path,
                                                        tmp_path: Path) -> None:
    folder = _copy(trained_model, tmp_path)
    (folder / "model.skops").unlink()
    with pytest.raises(ModelError, match=r"model.skops is missing"):
        load_classifier(folder)


def test_other_json_in_place_of_metadata_is_refused(tmp_path: Path) -> None:
    (tmp_path / "metadata.json").write_text('{"hello": 1}', "utf-8")
    with pytest.raises(ModelError, match="not a corpus_tool classifier"):
        load_classifier(tmp_path)
