"""The one place that imports underthesea.

underthesea is imported lazily (it takes a second and loads CRF models) and
once per process. At import it attaches a handler that prints to stdout;
that handler is removed so the library stays silent unless the application
configures logging.
"""

from __future__ import annotations

import functools
import logging
import threading
from types import ModuleType
from typing import Any

__all__ = ["Models", "TemplateFeaturizer", "bundled_words", "models", "underthesea",
           "underthesea_version"]

_lock = threading.RLock()
_module: ModuleType | None = None


def underthesea() -> ModuleType:
    """Return the imported ``underthesea`` module, importing it on first use."""
    global _module
    if _module is None:
        with _lock:
            if _module is None:
                root = logging.getLogger()
                root_before = list(root.handlers)
                import underthesea as uts

                # underthesea configures logging at import (a stdout handler on
                # its logger, basicConfig on the root): undo both.
                for handler in list(root.handlers):
                    if handler not in root_before:
                        root.removeHandler(handler)
                for name in list(logging.root.manager.loggerDict):
                    if name == "underthesea" or name.startswith("underthesea."):
                        logging.getLogger(name).handlers.clear()
                _module = uts
    return _module


class Models:
    """underthesea's bundled CRF models and tokenizer rules, loaded once per process.

    The objects are underthesea's own (its regex tokenizer, token normaliser
    and CRF taggers); only the feature extraction for POS, chunking and NER
    goes through ``underthesea_core.CRFFeaturizer``, the compiled version of
    the same feature templates, because underthesea's pure-Python extractor
    rebuilds every column of the sentence for each feature of each word
    (quadratic in sentence length).
    """

    def __init__(self) -> None:
        import re
        from os.path import dirname, join

        uts = underthesea()
        from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
        from underthesea.pipeline import word_tokenize as ws_module
        from underthesea.pipeline.sent_tokenize import _load_model as load_sentences
        from underthesea.pipeline.text_normalize import token_normalize
        from underthesea.pipeline.text_normalize.text_normalizer import character_map, token_map
        from underthesea.pipeline.word_tokenize import regex_tokenize

        self.version: str = str(getattr(uts, "__version__", "unknown"))
        # A private copy: underthesea's word_tokenize(fixed_words=...) rebinds
        # the module-global pattern for every later call.
        self.token_pattern: re.Pattern[str] = re.compile(
            r"(" + "|".join(regex_tokenize.regex_patterns) + ")", re.VERBOSE | re.UNICODE)
        self.token_normalize: Any = token_normalize
        # token_normalize(t) is token_map.get(t, t) for text that is already NFC
        # with character_map applied (every key of token_map has <= 6 characters,
        # the length up to which token_normalize looks tokens up).
        self.token_map: dict[str, str] = dict(token_map)
        self.character_table: dict[int, str] = str.maketrans(dict(character_map))
        if ws_module.word_tokenize_model is None:
            model = FastCRFSequenceTagger()
            model.load(join(dirname(ws_module.__file__), "models", "ws_crf_vlsp2013_20230727"))
            ws_module.word_tokenize_model = model
        ws = ws_module.word_tokenize_model
        self.ws_featurizer: Any = ws.featurizer
        self.ws_tagger: Any = ws.estimator
        load_sentences()
        from underthesea.pipeline import sent_tokenize as st

        self.sentence_splitter_class: Any = type(st.sentence_tokenizer)
        self.abbreviations: frozenset[str] = frozenset(st.sentence_tokenizer.abbrev_types)

    # The taggers load on first use: segmentation alone never pays for them
    # (importing them also loads underthesea's 74K-word dictionary).
    @functools.cached_property
    def pos(self) -> tuple[Any, TemplateFeaturizer]:
        """underthesea's POS CRF and its feature templates."""
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

        return self._tagged(CRFPOSTagPredictor.Instance())

    @functools.cached_property
    def chunk(self) -> tuple[Any, TemplateFeaturizer]:
        """underthesea's chunking CRF and its feature templates."""
        from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor

        return self._tagged(CRFChunkingPredictor.Instance())

    @functools.cached_property
    def ner(self) -> tuple[Any, TemplateFeaturizer]:
        """underthesea's NER CRF and its feature templates."""
        from underthesea.pipeline.ner.model_crf import CRFNERPredictor

        return self._tagged(CRFNERPredictor.Instance())

    @staticmethod
    def _tagged(predictor: Any) -> tuple[Any, TemplateFeaturizer]:
        import underthesea_core

        return predictor.model, TemplateFeaturizer(list(predictor.transformer.template),
                                                   underthesea_core)


class TemplateFeaturizer:
    """underthesea's tagged-feature templates, computed as its Python extractor computes them.

    ``underthesea_core.CRFFeaturizer`` implements the same template language
    in compiled code, except ``istitle``: it calls a word starting with a
    digit or punctuation a title, the Python extractor (which the models were
    trained with) does not. Those features are computed here in Python and
    put back at their place in the template.
    """

    def __init__(self, template: list[str], core: ModuleType) -> None:
        import re

        self.template = template
        self._titles: list[tuple[int, int]] = []  # (position in template, word offset)
        compiled: list[str] = []
        for position, item in enumerate(template):
            match = re.fullmatch(r"T\[(-?\d+)\]\.istitle", item)
            if match:
                self._titles.append((position, int(match.group(1))))
            else:
                compiled.append(item)
        self._core = core.CRFFeaturizer(compiled, set())

    def process(self, sentences: list[list[list[str]]]) -> list[list[list[str]]]:
        """Return the feature strings of every token of every sentence."""
        out: list[list[list[str]]] = self._core.process(sentences)
        if not self._titles:
            return out
        names = [(position, offset, {v: f"{self.template[position]}={v}"
                                     for v in ("True", "False", "BOS", "EOS")})
                 for position, offset in self._titles]
        for sentence, features in zip(sentences, out, strict=True):
            titles = [_istitle(token[0]) for token in sentence]
            n = len(sentence)
            for i, row in enumerate(features):
                for position, offset, strings in names:
                    j = i + offset
                    row.insert(position, strings["BOS" if j < 0 else "EOS" if j >= n
                                                 else titles[j]])
        return out


@functools.lru_cache(maxsize=1 << 16)
def _istitle(word: str) -> str:
    """underthesea's ``text_istitle``: every space-separated part starts with a title letter."""
    if not word:
        return "False"
    parts = word.split(" ")
    if any(not part for part in parts):
        return "False"
    return str(all(part[0].istitle() for part in parts))


def underthesea_version() -> str:
    """Return the installed underthesea version without importing it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("underthesea")
    except PackageNotFoundError:
        return "unknown"


_models: Models | None = None


def models() -> Models:
    """Return the process-wide :class:`Models`, loading them on first use."""
    global _models
    if _models is None:
        with _lock:
            if _models is None:
                _models = Models()
    return _models


@functools.cache
def bundled_words() -> tuple[str, ...]:
    """Return the Viet74K word list underthesea ships for its tokenizer (about 74,000
    Vietnamese words and phrases), read from its package folder without importing it;
    empty when the installed version has no such file."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return ()
    path = Path(next(iter(spec.submodule_search_locations)), "corpus", "data", "Viet74K.txt")
    try:
        return tuple(path.read_text("utf-8").splitlines())
    except OSError:
        return ()
