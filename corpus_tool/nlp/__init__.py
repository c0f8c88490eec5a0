"""Vietnamese language processing on underthesea: the only package that imports it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from corpus_tool.nlp._annotation import Annotation, Sentence, Token
from corpus_tool.nlp._backend import underthesea
from corpus_tool.nlp._batch import (
    AnnotateReport,
    annotate_documents,
    annotate_file,
    annotate_store,
    pipeline_version,
)
from corpus_tool.nlp._cache import AnnotationCache, text_hash
from corpus_tool.nlp._lexicon import Lexicon, default_lexicon
from corpus_tool.nlp._normalize import analysis_view, match_form
from corpus_tool.nlp._pipeline import LAYERS, PIPELINE_REVISION, Pipeline, annotate, parse_layers
from corpus_tool.nlp._segment import SegmentCache, StoreSegmentCache, TextCache, segment_texts
from corpus_tool.nlp._words import dictionary_word, tag_at, word_around, word_tokenize

if TYPE_CHECKING:
    from corpus_tool.nlp._sklearn import Segmenter


def __getattr__(name: str) -> Any:
    # Segmenter pulls in scikit-learn (a second to import): only when asked for.
    if name == "Segmenter":
        from corpus_tool.nlp._sklearn import Segmenter

        return Segmenter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AnnotateReport",
    "Annotation",
    "AnnotationCache",
    "LAYERS",
    "Lexicon",
    "PIPELINE_REVISION",
    "Pipeline",
    "SegmentCache",
    "Segmenter",
    "Sentence",
    "StoreSegmentCache",
    "TextCache",
    "Token",
    "analysis_view",
    "annotate",
    "annotate_documents",
    "annotate_file",
    "annotate_store",
    "default_lexicon",
    "dictionary_word",
    "match_form",
    "parse_layers",
    "pipeline_version",
    "segment_texts",
    "tag_at",
    "text_hash",
    "underthesea",
    "word_around",
    "word_tokenize",
]
