"""Vietnamese language processing on underthesea: the only package that imports it."""

from __future__ import annotations

from corpus_tool.nlp._annotation import Annotation, Sentence, Token
from corpus_tool.nlp._backend import underthesea
from corpus_tool.nlp._lexicon import Lexicon, default_lexicon
from corpus_tool.nlp._normalize import analysis_view, match_form
from corpus_tool.nlp._pipeline import LAYERS, PIPELINE_REVISION, Pipeline, annotate, parse_layers
from corpus_tool.nlp._sklearn import Segmenter
from corpus_tool.nlp._words import word_tokenize

__all__ = [
    "Annotation",
    "LAYERS",
    "Lexicon",
    "PIPELINE_REVISION",
    "Pipeline",
    "Segmenter",
    "Sentence",
    "Token",
    "analysis_view",
    "annotate",
    "default_lexicon",
    "match_form",
    "parse_layers",
    "underthesea",
    "word_tokenize",
]
