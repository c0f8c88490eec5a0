"""Vietnamese language processing on underthesea: the only package that imports it."""

from __future__ import annotations

from corpus_tool.nlp._backend import underthesea
from corpus_tool.nlp._sklearn import Segmenter
from corpus_tool.nlp._words import word_tokenize

__all__ = ["Segmenter", "underthesea", "word_tokenize"]
