"""Saving and loading classifiers without ever running code from the file.

A model folder holds ``model.skops`` (the fitted Pipeline in skops' zip
format: a JSON schema plus ``.npy`` arrays, no pickle) and ``metadata.json``.
Loading checks, in order: the folder is a model folder, the archive's SHA-256
matches the metadata, the scikit-learn version matches, and every type the
schema names is on :data:`ALLOWED_TYPES` — only then is skops asked to build
the objects, trusting exactly those types. A plain pickle is refused before
anything reads it as one.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from corpus_tool.errors import ModelError

__all__ = ["ALLOWED_TYPES", "FORMAT", "FORMAT_VERSION", "load_pipeline", "read_metadata",
           "save_pipeline", "versions"]

FORMAT = "corpus_tool-classifier"
FORMAT_VERSION = 1
MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"

# Every type a saved classifier may contain; anything else is refused.
ALLOWED_TYPES: frozenset[str] = frozenset({
    "builtins.bool", "builtins.dict", "builtins.float", "builtins.int", "builtins.list",
    "builtins.NoneType", "builtins.str", "builtins.tuple",
    "numpy.ndarray", "numpy.dtype", "numpy.float32", "numpy.float64", "numpy.int32",
    "numpy.int64", "numpy.bool_", "numpy.str_",
    "corpus_tool.classify._models.MultiLabelClassifier",
    "corpus_tool.classify._models.TermVectorizer",
    "corpus_tool.nlp._sklearn.Segmenter",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.linear_model._sgd_fast.Hinge",
    "sklearn.linear_model._sgd_fast.Log",
    "sklearn.linear_model._sgd_fast.ModifiedHuber",
    "sklearn.linear_model._stochastic_gradient.SGDClassifier",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.naive_bayes.ComplementNB",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._label.LabelBinarizer",
    "sklearn.svm._classes.LinearSVC",
})
# skops node kinds that only rebuild data or allowed classes; function and
# method references (which could name os.system) are not among them.
_ALLOWED_LOADERS = frozenset({
    "DictNode", "JsonNode", "ListNode", "LossNode", "NdArrayNode", "ObjectNode",
    "SparseMatrixNode", "TupleNode", "TypeNode",
})


def versions() -> dict[str, str]:
    """Return the versions of the packages a saved model depends on."""
    from importlib.metadata import PackageNotFoundError, version

    out: dict[str, str] = {}
    for name in ("corpus-tool", "scikit-learn", "underthesea", "skops", "numpy"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "unknown"
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def save_pipeline(pipeline: Any, folder: str | Path, metadata: dict[str, Any]) -> Path:
    """Write ``pipeline`` and ``metadata`` into ``folder``; return the folder.

    Files are written beside their final names and moved into place, so a
    failed save leaves any earlier model whole.
    """
    import skops.io as sio

    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise ModelError(f"{out}: exists and is not a folder")
    if out.parent and not out.parent.exists():
        raise ModelError(f"{out}: folder {out.parent} does not exist")
    out.mkdir(exist_ok=True)
    for step in _vectorizers(pipeline):
        # The terms dropped by min_df are only kept for introspection and can
        # outweigh the vocabulary itself.
        if hasattr(step, "stop_words_"):
            del step.stop_words_
    data = sio.dumps(pipeline, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
    _check_types(_schema_types(data, out / MODEL_FILE), out / MODEL_FILE)
    meta = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        **metadata,
        "versions": versions(),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "files": {MODEL_FILE: hashlib.sha256(data).hexdigest()},
    }
    _write_atomic(out / MODEL_FILE, data)
    _write_atomic(out / METADATA_FILE,
                  (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return out


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _vectorizers(pipeline: Any) -> list[Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    found: list[Any] = []
    for _name, step in getattr(pipeline, "steps", []):
        if isinstance(step, TfidfVectorizer):
            found.append(step)
        elif isinstance(step, FeatureUnion):
            found.extend(t for _n, t in step.transformer_list if isinstance(t, TfidfVectorizer))
    return found


def read_metadata(folder: str | Path) -> dict[str, Any]:
    """Return a model folder's metadata after checking the folder is a model.

    Raises:
        ModelError: the folder is missing, not a model folder, or from an
            incompatible version of corpus_tool or scikit-learn.
    """
    path = Path(folder)
    if not path.exists():
        raise ModelError(f"{path}: model folder not found")
    if not path.is_dir():
        raise ModelError(f"{path}: is a file, expected a model folder (models/NAME/)")
    meta_path = path / METADATA_FILE
    if not meta_path.is_file():
        present = sorted(p.name for p in path.iterdir())[:5]
        raise ModelError(f"{path}: not a model folder: {METADATA_FILE} is missing "
                         f"(found: {', '.join(present) or 'nothing'})")
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{meta_path}: not valid JSON ({exc})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelError(f"{meta_path}: not a corpus_tool classifier (format "
                         f"{meta.get('format') if isinstance(meta, dict) else None!r})")
    if meta.get("format_version") != FORMAT_VERSION:
        raise ModelError(
            f"{path}: model format version {meta.get('format_version')!r}, this corpus_tool "
            f"reads version {FORMAT_VERSION}; retrain the model with this version")
    saved = str(meta.get("versions", {}).get("scikit-learn", "unknown"))
    running = versions()["scikit-learn"]
    if saved.split(".")[:2] != running.split(".")[:2]:
        raise ModelError(
            f"{path}: model was saved with scikit-learn {saved}, this is {running}; "
            "fitted models do not carry across scikit-learn versions: retrain it")
    return meta


def load_pipeline(folder: str | Path) -> tuple[Any, dict[str, Any]]:
    """Return ``(pipeline, metadata)`` from a model folder, refusing anything unsafe.

    Raises:
        ModelError: a file is missing, the archive does not match its recorded
            hash, is not a skops archive (e.g. a pickle), or names a type
            outside :data:`ALLOWED_TYPES`.
    """
    import skops.io as sio

    path = Path(folder)
    meta = read_metadata(path)
    model_path = path / MODEL_FILE
    if not model_path.is_file():
        raise ModelError(f"{path}: {MODEL_FILE} is missing; the model folder is incomplete")
    expected = meta.get("files", {}).get(MODEL_FILE)
    actual = _sha256(model_path)
    if expected != actual:
        raise ModelError(f"{model_path}: SHA-256 {actual[:12]}… does not match the "
                         f"{str(expected)[:12]}… recorded in {METADATA_FILE}: the file was "
                         "changed or damaged; refusing to load it")
    data = model_path.read_bytes()
    found = _schema_types(data, model_path)
    _check_types(found, model_path)
    try:
        pipeline = sio.loads(data, trusted=sorted(t for _loader, t in found))
    except Exception as exc:  # skops raises many kinds on a malformed archive
        raise ModelError(f"{model_path}: cannot rebuild the model ({type(exc).__name__}: "
                         f"{exc})") from None
    return pipeline, meta


def _schema_types(data: bytes, where: Path) -> set[tuple[str, str]]:
    """Return every ``(node kind, module.Class)`` the archive's schema names."""
    if not data.startswith(b"PK"):
        hint = " (it looks like a pickle)" if data[:1] == b"\x80" else ""
        raise ModelError(f"{where}: not a skops archive{hint}; refusing to load it, since "
                         "only skops models can be loaded without running code from the file")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            schema = json.loads(z.read("schema.json"))
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{where}: damaged skops archive ({exc})") from None
    found: set[tuple[str, str]] = set()
    stack: list[Any] = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "__loader__" in node:
                module = node.get("__module__", "?")
                cls = node.get("__class__", "?")
                found.add((str(node["__loader__"]), f"{module}.{cls}"))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _check_types(found: set[tuple[str, str]], where: Path) -> None:
    for loader, name in sorted(found):
        if loader not in _ALLOWED_LOADERS:
            raise ModelError(f"{where}: refusing to load: the archive contains a {loader} "
                             f"({name}), which a corpus_tool model never needs")
        if name not in ALLOWED_TYPES:
            raise ModelError(f"{where}: refusing to load: the archive names type {name}, "
                             "which is not on corpus_tool's list of allowed model types")
