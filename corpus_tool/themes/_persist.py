"""Saving a ThemeModel to a folder and loading it back, without pickle.

A model folder holds JSON (parameters, vocabulary, theme ids and labels)
and ``.npy`` arrays read with ``allow_pickle=False``, plus ``manifest.json``
with the format version and the SHA-256 of every file. Loading checks all of
it, so a tampered, truncated or foreign folder raises
:class:`~corpus_tool.errors.ModelError` instead of running anything.
``names.json`` (the user's theme names) is deliberately outside the
manifest: it is meant to be edited by hand and is validated on load.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import numpy as np

from corpus_tool._files import atomic_output
from corpus_tool._text import nfc
from corpus_tool.errors import ModelError
from corpus_tool.themes._model import ThemeModel

__all__ = ["FORMAT", "FORMAT_VERSION", "load_model", "read_names", "rename_theme", "save_model"]

FORMAT = "corpus_tool.themes"
FORMAT_VERSION = 1
_PARAMS = ("n_themes", "k_range", "random_state", "segment", "method", "stop_words",
           "ngram_range", "min_df", "max_df", "max_features", "n_neighbors", "outlier_factor",
           "n_top_terms")
_ARRAYS = ("idf", "centroids", "thresholds")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _npy_bytes(array: np.ndarray[Any, Any]) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, np.ascontiguousarray(array, dtype=np.float64), allow_pickle=False)
    return buffer.getvalue()


def save_model(model: ThemeModel, folder: str | Path) -> Path:
    """Write a fitted ``model`` to ``folder`` (created if needed); return the folder.

    Existing names in ``folder/names.json`` are replaced by ``model.names_``.

    Example:
        >>> save_model(model, "models/themes")  # doctest: +SKIP
    """
    from sklearn.utils.validation import check_is_fitted

    check_is_fitted(model, "centroids_")
    from corpus_tool import __version__

    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise ModelError(f"{target}: exists and is not a folder")
    target.mkdir(parents=True, exist_ok=True)
    params = {name: getattr(model, name) for name in _PARAMS}
    params["stop_words"] = (params["stop_words"] if params["stop_words"] is None
                            or isinstance(params["stop_words"], str)
                            else list(params["stop_words"]))
    files: dict[str, bytes] = {
        "params.json": _json_bytes(params),
        "vocabulary.json": _json_bytes(model.vocabulary_),
        "themes.json": _json_bytes({
            "model_id": model.model_id_, "method": model.method_,
            "theme_ids": model.theme_ids_, "top_terms": model.top_terms_,
            "k_selection": model.k_selection_}),
        "idf.npy": _npy_bytes(model.idf_),
        "centroids.npy": _npy_bytes(model.centroids_),
        "thresholds.npy": _npy_bytes(model.thresholds_),
    }
    for name, data in files.items():
        with atomic_output(target / name, "wb") as handle:
            handle.write(data)
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION,
                "corpus_tool_version": __version__, "model_id": model.model_id_,
                "files": {name: _sha256(data) for name, data in sorted(files.items())}}
    _write_names(target, model.names_)
    with atomic_output(target / "manifest.json", "wb") as handle:
        handle.write(_json_bytes(manifest))
    return target


def _write_names(folder: Path, names: dict[str, str]) -> None:
    with atomic_output(folder / "names.json", "wb") as handle:
        handle.write(_json_bytes(dict(sorted(names.items()))))


def _read_json(path: Path, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path}: not valid UTF-8 JSON ({exc})") from None


def load_model(folder: str | Path) -> ThemeModel:
    """Return the ThemeModel saved in ``folder``, after checking every file's hash.

    Raises:
        ModelError: the folder is missing, not a theme model, written by a newer
            format, or a file is missing, altered or inconsistent.

    Example:
        >>> model = load_model("models/themes")  # doctest: +SKIP
        >>> model.assign(["Cải cách thủ tục hành chính ở Bình Dương"])  # doctest: +SKIP
    """
    root = Path(folder)
    if not root.is_dir():
        raise ModelError(f"{root}: theme model folder not found")
    manifest_path = root / "manifest.json"
    if not manifest_path.is_file():
        raise ModelError(f"{root}: no manifest.json, not a saved theme model")
    manifest = _read_json(manifest_path, manifest_path.read_bytes())
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise ModelError(f"{manifest_path}: format {found!r} is not {FORMAT!r} "
                         "(not a theme model)")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise ModelError(f"{manifest_path}: format_version {version!r} is not supported "
                         f"(this corpus_tool reads version {FORMAT_VERSION}); "
                         "refit the model or upgrade corpus_tool")
    hashes = manifest.get("files")
    expected = {"params.json", "vocabulary.json", "themes.json",
                *(f"{a}.npy" for a in _ARRAYS)}
    if not isinstance(hashes, dict) or set(hashes) != expected:
        raise ModelError(f"{manifest_path}: 'files' must list exactly {sorted(expected)}")
    blobs: dict[str, bytes] = {}
    for name in sorted(expected):
        path = root / name
        if not path.is_file():
            raise ModelError(f"{path}: missing from the model folder")
        data = path.read_bytes()
        if _sha256(data) != hashes[name]:
            raise ModelError(f"{path}: SHA-256 does not match manifest.json "
                             "(file altered or corrupted); refit or restore the model")
        blobs[name] = data
    params = _read_json(root / "params.json", blobs["params.json"])
    vocabulary = _read_json(root / "vocabulary.json", blobs["vocabulary.json"])
    themes = _read_json(root / "themes.json", blobs["themes.json"])
    arrays: dict[str, np.ndarray[Any, Any]] = {}
    for name in _ARRAYS:
        try:
            arrays[name] = np.load(io.BytesIO(blobs[f"{name}.npy"]), allow_pickle=False)
        except ValueError as exc:
            raise ModelError(f"{root / (name + '.npy')}: not a plain numeric array ({exc})") \
                from None
    if not isinstance(params, dict) or set(params) != set(_PARAMS):
        raise ModelError(f"{root / 'params.json'}: expected the keys {sorted(_PARAMS)}")
    try:
        for key in ("k_range", "ngram_range"):
            params[key] = tuple(params[key])
        model = ThemeModel(**params)
        model._check_params()
    except Exception as exc:
        raise ModelError(f"{root / 'params.json'}: {exc}") from None
    k = len(themes.get("theme_ids", [])) if isinstance(themes, dict) else 0
    n_terms = len(vocabulary) if isinstance(vocabulary, list) else -1
    if (arrays["centroids"].shape != (k, n_terms) or arrays["idf"].shape != (n_terms,)
            or arrays["thresholds"].shape != (k,) or k == 0):
        raise ModelError(f"{root}: arrays do not match the vocabulary ({n_terms} terms) and "
                         f"the {k} themes; the folder mixes files of different models")
    try:
        model.vocabulary_ = [str(t) for t in vocabulary]
        model.idf_ = arrays["idf"].astype(np.float64)
        model.centroids_ = arrays["centroids"].astype(np.float64)
        model.thresholds_ = arrays["thresholds"].astype(np.float64)
        model.theme_ids_ = [str(t) for t in themes["theme_ids"]]
        model.top_terms_ = [[str(w) for w in terms] for terms in themes["top_terms"]]
        model.k_selection_ = dict(themes["k_selection"])
        model.method_ = str(themes["method"])
        model.n_themes_ = k
        model.model_id_ = str(themes["model_id"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ModelError(f"{root / 'themes.json'}: malformed ({type(exc).__name__}: {exc})") \
            from None
    model.names_ = read_names(root, model.theme_ids_)
    return model


def read_names(folder: str | Path, theme_ids: list[str]) -> dict[str, str]:
    """Return the user's theme names from ``folder/names.json`` (``{}`` when absent)."""
    path = Path(folder) / "names.json"
    if not path.is_file():
        return {}
    data = _read_json(path, path.read_bytes())
    if not isinstance(data, dict):
        raise ModelError(f"{path}: expected a JSON object {{theme id: name}}")
    names: dict[str, str] = {}
    for key, value in data.items():
        if key not in theme_ids:
            raise ModelError(f"{path}: theme id {key!r} is not one of {theme_ids}")
        if not isinstance(value, str) or not value.strip():
            raise ModelError(f"{path}: name of {key!r} must be a non-empty string, got {value!r}")
        names[key] = nfc(value.strip())
    return names


def rename_theme(folder: str | Path, theme_id: str, name: str | None) -> dict[str, str]:
    """Give theme ``theme_id`` of the model in ``folder`` the name ``name`` (``None`` removes it).

    Returns all names. The name is kept across refits saved to the same
    folder for themes that persist (matched by centroid similarity).

    Example:
        >>> rename_theme("models/themes", "T3", "Cải cách hành chính")  # doctest: +SKIP
        {'T3': 'Cải cách hành chính'}
    """
    model = load_model(folder)
    if theme_id not in model.theme_ids_:
        raise ModelError(f"{folder}: theme id {theme_id!r} is not one of {model.theme_ids_}")
    names = dict(model.names_)
    if name is None or not name.strip():
        names.pop(theme_id, None)
    else:
        names[theme_id] = nfc(name.strip())
    _write_names(Path(folder), names)
    return names
