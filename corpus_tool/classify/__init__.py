"""Text classifiers: training, cross-validation, inspection, safe persistence, prediction.

Models are scikit-learn Pipelines (raw text -> word segmentation -> word and
syllable TF-IDF -> linear model) saved in a format that cannot run code when
loaded.
"""

from __future__ import annotations

from corpus_tool.classify._data import (
    LabelledDocuments,
    labelled_from_articles,
    parse_labels,
    read_labelled,
)
from corpus_tool.classify._evaluate import (
    EvaluationReport,
    cross_validate,
    evaluate,
    write_heatmap,
)
from corpus_tool.classify._inspect import (
    Explanation,
    Misclassified,
    explain,
    misclassified,
    top_features,
    write_errors,
)
from corpus_tool.classify._models import (
    DEFAULT_MODEL,
    MODELS,
    MultiLabelClassifier,
    make_pipeline,
)
from corpus_tool.classify._persist import ALLOWED_TYPES, load_pipeline, save_pipeline
from corpus_tool.classify._predict import PREDICTION_KIND, predict_file, predict_store
from corpus_tool.classify._train import (
    Prediction,
    TextClassifier,
    load_classifier,
    train_classifier,
)

__all__ = [
    "ALLOWED_TYPES",
    "DEFAULT_MODEL",
    "EvaluationReport",
    "Explanation",
    "LabelledDocuments",
    "MODELS",
    "Misclassified",
    "MultiLabelClassifier",
    "PREDICTION_KIND",
    "Prediction",
    "TextClassifier",
    "cross_validate",
    "evaluate",
    "explain",
    "labelled_from_articles",
    "load_classifier",
    "load_pipeline",
    "make_pipeline",
    "misclassified",
    "parse_labels",
    "predict_file",
    "predict_store",
    "read_labelled",
    "save_pipeline",
    "top_features",
    "train_classifier",
    "write_errors",
    "write_heatmap",
]
