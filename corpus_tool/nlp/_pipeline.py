"""Sentences, words, POS and NER with offsets: the annotation pipeline.

Segmentation calls underthesea's own pieces directly (its regex syllable
tokenizer, token normaliser and word-segmentation CRF) so that each syllable
keeps its span in the text: the words are the ones ``underthesea.word_tokenize``
gives for the same sentence, and every offset comes from a regex match, never
from searching rewritten text (``hoá`` comes back as ``hóa``, ``Ð`` as ``Đ``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

from corpus_tool._text import nfc
from corpus_tool.errors import NLPError
from corpus_tool.nlp._annotation import Annotation, Sentence, Token
from corpus_tool.nlp._backend import Models, models, underthesea_version
from corpus_tool.nlp._lexicon import Lexicon, default_lexicon
from corpus_tool.nlp._normalize import OffsetMap, analysis_view

__all__ = ["LAYERS", "PIPELINE_REVISION", "Pipeline", "annotate", "parse_layers"]

logger = logging.getLogger(__name__)
_T = TypeVar("_T")
_Raw = tuple[int, int, "str | None", "str | None"]
# Plain JSON string quoting (non-ASCII kept), the C function json.dumps uses.
_encode_string: Callable[[str], str] = json.encoder.encode_basestring

LAYERS = ("words", "pos", "ner")
# Bump when the pipeline's output for the same text and layers can change.
PIPELINE_REVISION = "1"
# Longest run of syllables (words for the taggers) given to a CRF at once: a
# paragraph without a full stop is cut at a comma-like token near this size.
MAX_CHUNK = 400
# Words featurised together for the taggers: amortises the calls into
# underthesea_core without holding the features of a whole long text.
BATCH_ITEMS = 4000
_CHUNK_BREAKS = frozenset({",", ";", ":", "-", "–", "—", ")", "\"", "”", "…", "...", "|"})
# Extra sentence-final abbreviations (lowercased, without the final dot).
_ABBREVIATIONS = ("pgs.ts", "gs.ts", "pgs", "gs", "ts", "ths", "th.s", "bs", "bsck", "ks", "ls",
                  "ncs", "tp", "tx", "tt", "q", "p", "h", "nxb", "cn", "ctcp", "tnhh", "st",
                  "đ/c", "ông", "bà", "mr", "ms", "no", "vs", "v.v")
_CLOSERS = frozenset("”’\"')]}»")


def parse_layers(layers: str | Sequence[str]) -> tuple[str, ...]:
    """Return the layers in canonical order, ``words`` always first.

    Raises:
        NLPError: a layer is not one of ``words``, ``pos``, ``ner``.

    Example:
        >>> parse_layers("ner,words")
        ('words', 'ner')
    """
    names = [n.strip() for n in (layers.split(",") if isinstance(layers, str) else layers)]
    unknown = [n for n in names if n and n not in LAYERS]
    if unknown:
        raise NLPError(f"layers: {unknown[0]!r} is not one of {list(LAYERS)}")
    chosen = {"words", *(n for n in names if n)}
    return tuple(n for n in LAYERS if n in chosen)


@dataclass(frozen=True, slots=True)
class _Unit:
    """A run of syllables segmented as one CRF sequence (a sentence or part of one)."""

    sentence: int
    syllables: list[str]   # underthesea-normalised spellings (what the models read)
    starts: list[int]      # view offsets
    ends: list[int]


class Pipeline:
    """Annotates texts with a fixed set of layers; models load once per process.

    Args:
        layers: ``words``, ``pos``, ``ner`` (``words`` is implied).
        lexicon: the domain lexicon (None for plain underthesea segmentation).

    Example:
        >>> p = Pipeline(layers=("words", "ner"))
        >>> [(t.text, t.ner) for t in p.annotate("Ông Putin thăm Liên Xô").tokens]
        [('Ông', 'O'), ('Putin', 'B-PER'), ('thăm', 'O'), ('Liên Xô', 'B-LOC')]
    """

    def __init__(self, *, layers: Sequence[str] = ("words",),
                 lexicon: Lexicon | None = None) -> None:
        self.layers = parse_layers(layers)
        self.lexicon = lexicon

    @cached_property
    def version(self) -> str:
        """A string that changes whenever this pipeline's output for a text may change."""
        lex = f"lex-{self.lexicon.digest}" if self.lexicon is not None else "nolex"
        return (f"nlp-{PIPELINE_REVISION}+underthesea-{underthesea_version()}+"
                f"{','.join(self.layers)}+{lex}")

    @cached_property
    def _models(self) -> Models:
        return models()

    @cached_property
    def _splitter(self) -> Any:
        m = self._models
        return m.sentence_splitter_class(set(m.abbreviations) | set(_ABBREVIATIONS))

    # -- sentences -----------------------------------------------------------------
    def sentence_spans(self, view: str) -> list[tuple[int, int]]:
        """Return ``(start, end)`` of each sentence of ``view``: lines first, then punctuation."""
        spans: list[tuple[int, int]] = []
        split = self._splitter.sentences_from_text
        line_start = 0
        for line in view.split("\n"):
            if line.strip():
                cursor = 0
                for sentence in split(line):
                    at = line.find(sentence, cursor)
                    if at < 0 or line[cursor:at].strip():
                        raise NLPError(f"sentence splitter lost its place at {line_start + cursor}")
                    cursor = at + len(sentence)
                    spans.append((line_start + at, line_start + cursor))
            line_start += len(line) + 1
        return _attach_closers(view, spans)

    # -- words ---------------------------------------------------------------------
    def _units(self, view: str, spans: list[tuple[int, int]]) -> list[_Unit]:
        m = self._models
        finditer = m.token_pattern.finditer
        spell = m.token_map.get
        units: list[_Unit] = []
        for index, (start, end) in enumerate(spans):
            # Tokenise the sentence on its own, exactly as word_tokenize(sentence) would.
            found = list(finditer(view[start:end]))
            syllables = [spell(t, t) for t in (x.group() for x in found)]
            starts = [x.start() + start for x in found]
            ends = [x.end() + start for x in found]
            if len(syllables) <= MAX_CHUNK:
                units.append(_Unit(index, syllables, starts, ends))
                continue
            for a, b in _chunks(syllables, MAX_CHUNK):
                units.append(_Unit(index, syllables[a:b], starts[a:b], ends[a:b]))
        return units

    def _segment(self, units: list[_Unit], *,
                 lexicon: Lexicon | None) -> list[list[tuple[int, int]]]:
        """Return, per unit, the ``(first, last + 1)`` syllable range of each word."""
        featurize = self._models.ws_featurizer.process
        tag = self._models.ws_tagger.tag
        out: list[list[tuple[int, int]]] = []
        for unit in units:
            syllables = unit.syllables
            if not syllables:
                out.append([])
                continue
            # One unit per call, not a batch of them: the feature lists of a
            # few thousand syllables alive at once set off the cyclic garbage
            # collector, which costs more than the extra calls (about 5%).
            tags = list(tag(featurize([[[s] for s in syllables]])[0]))
            if lexicon is not None:
                for a, b in lexicon.find(syllables):
                    tags[a] = "B-W"
                    for k in range(a + 1, b):
                        tags[k] = "I-W"
                    if b < len(tags):
                        tags[b] = "B-W"
            # A word starts at the first syllable and at every tag but I-W.
            firsts = [0, *(k for k in range(1, len(tags)) if tags[k] != "I-W")]
            out.append(list(zip(firsts, [*firsts[1:], len(tags)], strict=True)))
        return out

    def _tag(self, words: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
        """Return POS tags and (if asked) NER tags for each word sequence."""
        m = self._models
        with_ner = "ner" in self.layers
        pos: list[list[str]] = []
        ner: list[list[str]] = []
        pos_tagger, pos_featurizer = m.pos
        if with_ner:
            (chunk_tagger, chunk_featurizer), (ner_tagger, ner_featurizer) = m.chunk, m.ner
        for batch in _batches(words, len):
            batch_pos = [list(pos_tagger.tag(x)) for x in
                         pos_featurizer.process([[[w, "X"] for w in ws] for ws in batch])]
            pos.extend(batch_pos)
            if not with_ner:
                continue
            chunk_x = chunk_featurizer.process(
                [[[w, p, "X"] for w, p in zip(ws, ps, strict=True)]
                 for ws, ps in zip(batch, batch_pos, strict=True)])
            chunks = [list(chunk_tagger.tag(x)) for x in chunk_x]
            ner_x = ner_featurizer.process(
                [[[w, p, c, "X"] for w, p, c in zip(ws, ps, cs, strict=True)]
                 for ws, ps, cs in zip(batch, batch_pos, chunks, strict=True)])
            ner.extend(list(ner_tagger.tag(x)) for x in ner_x)
        return pos, ner

    # -- everything ----------------------------------------------------------------
    def _run(self, text: str) -> tuple[list[tuple[int, int]], list[list[_Raw]]]:
        """Return sentence spans and, per sentence, ``(start, end, pos, ner)`` of each word."""
        view, offsets = analysis_view(text)
        spans = self.sentence_spans(view)
        units = self._units(view, spans)
        segments = self._segment(units, lexicon=self.lexicon)
        unit_words = ([[" ".join(u.syllables[a:b]) for a, b in seg]
                       for u, seg in zip(units, segments, strict=True)]
                      if self.layers != ("words",) else [])
        pos, ner = self._tag(unit_words) if unit_words else ([], [])
        with_pos, with_ner = "pos" in self.layers, "ner" in self.layers
        words: list[list[_Raw]] = [[] for _ in spans]
        for k, (unit, seg) in enumerate(zip(units, segments, strict=True)):
            out = words[unit.sentence]
            starts, ends = unit.starts, unit.ends
            if offsets is None and not unit_words:
                out.extend((starts[a], ends[b - 1], None, None) for a, b in seg)
                continue
            for w, (a, b) in enumerate(seg):
                start, end = _span(offsets, starts[a], ends[b - 1])
                out.append((start, end, pos[k][w] if with_pos else None,
                            ner[k][w] if with_ner else None))
        return [_span(offsets, s, e) for s, e in spans], words

    def annotate(self, text: str) -> Annotation:
        """Return the annotation of ``text`` (NFC-normalised first; offsets index that form).

        Example:
            >>> a = Pipeline().annotate("Hoá chất. TP. Thủ Dầu Một")
            >>> [[t.text for t in s.tokens] for s in a.sentences]
            [['Hoá chất', '.'], ['TP.', 'Thủ Dầu Một']]
        """
        text = nfc(text)
        spans, words = self._run(text)
        sentences = [Sentence(s, e, [Token(text[a:b], a, b, p, n) for a, b, p, n in ws])
                     for (s, e), ws in zip(spans, words, strict=True)]
        return Annotation(text, sentences, self.layers)

    def annotate_json(self, text: str) -> str:
        """Return ``annotate(text).to_dict()`` as compact JSON, without building the objects.

        Example:
            >>> Pipeline().annotate_json("Thành phố")
            '{"sentences":[{"start":0,"end":9,"tokens":[{"text":"Thành phố","start":0,"end":9}]}]}'
        """
        text = nfc(text)
        spans, words = self._run(text)
        quote = _encode_string
        parts: list[str] = []
        for (s, e), ws in zip(spans, words, strict=True):
            if "ner" in self.layers:
                tokens = ",".join(
                    f'{{"text":{quote(text[a:b])},"start":{a},"end":{b},'
                    + (f'"pos":{quote(p)},' if p is not None else "")
                    + f'"ner":{quote(n)}}}'
                    for a, b, p, n in ws if n is not None)
            elif "pos" in self.layers:
                tokens = ",".join(
                    f'{{"text":{quote(text[a:b])},"start":{a},"end":{b},"pos":{quote(p)}}}'
                    for a, b, p, _n in ws if p is not None)
            else:
                tokens = ",".join(f'{{"text":{quote(text[a:b])},"start":{a},"end":{b}}}'
                                  for a, b, _p, _n in ws)
            parts.append(f'{{"start":{s},"end":{e},"tokens":[{tokens}]}}')
        return '{"sentences":[' + ",".join(parts) + "]}"

    def segment_words(self, text: str) -> list[str]:
        """Return the words of ``text`` as ``underthesea.word_tokenize`` spells them.

        The whole text is one CRF sequence, without sentence splitting, the
        lexicon or analysis view, so the result equals
        ``underthesea.word_tokenize(nfc(text))`` word for word.
        """
        m = self._models
        # underthesea normalises characters (NFC, Ð -> Đ) before tokenising.
        text = nfc(text).translate(m.character_table)
        spell = m.token_map.get
        syllables = [spell(t, t) for t in (x.group() for x in m.token_pattern.finditer(text))]
        if not syllables:
            return []
        (segment,) = self._segment([_Unit(0, syllables, [], [])], lexicon=None)
        return [" ".join(syllables[a:b]) for a, b in segment]


def _span(offsets: OffsetMap | None, start: int, end: int) -> tuple[int, int]:
    if offsets is None:
        return start, end
    return offsets.start(start), offsets.end(end)


def _attach_closers(view: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give a closing quote or bracket that opens a sentence back to the one before it."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and view[start] in _CLOSERS and out[-1][1] <= start and \
                not view[out[-1][1]:start].count("\n"):
            moved = start
            while moved < end and view[moved] in _CLOSERS:
                moved += 1
            out[-1] = (out[-1][0], moved)
            while moved < end and view[moved].isspace():
                moved += 1
            if moved >= end:
                continue
            start = moved
        out.append((start, end))
    return out


def _batches(items: list[_T], size: Callable[[_T], int]) -> Iterator[list[_T]]:
    """Yield consecutive runs of ``items`` of about ``BATCH_ITEMS`` total size.

    Feature strings take ~40 objects per syllable: featurising a long text at
    once would hold hundreds of megabytes of them.
    """
    batch: list[_T] = []
    total = 0
    for item in items:
        batch.append(item)
        total += size(item)
        if total >= BATCH_ITEMS:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def _chunks(syllables: list[str], size: int) -> list[tuple[int, int]]:
    """Cut a long sequence into ``(start, end)`` ranges of at most ``size``, at punctuation."""
    n = len(syllables)
    if n <= size:
        return [(0, n)]
    ranges: list[tuple[int, int]] = []
    start = 0
    while n - start > size:
        cut = start + size
        for k in range(start + size - 1, start + size // 2, -1):
            if syllables[k] in _CHUNK_BREAKS:
                cut = k + 1
                break
        ranges.append((start, cut))
        start = cut
    ranges.append((start, n))
    return ranges


_pipelines: dict[tuple[tuple[str, ...], bool], Pipeline] = {}


def annotate(text: str, *, layers: Sequence[str] = ("words",), lexicon: bool = True) -> Annotation:
    """Return sentences and words of ``text`` (with POS/NER tags when asked).

    Offsets index ``nfc(text)`` (the same as ``text`` for NFC input): for every
    token ``annotation.text[token.start:token.end] == token.text``.

    Args:
        text: any text; empty text gives an annotation without sentences.
        layers: ``"words"``, ``"pos"``, ``"ner"``.
        lexicon: keep the domain terms (Thành ủy, Ban Tuyên giáo...) whole.

    Example:
        >>> a = annotate("Ban Thường vụ Thành uỷ họp.", layers=("words", "pos"))
        >>> [(t.text, t.pos) for t in a.tokens]
        [('Ban Thường vụ', 'N'), ('Thành uỷ', 'V'), ('họp', 'V'), ('.', 'CH')]
    """
    key = (parse_layers(layers), lexicon)
    pipeline = _pipelines.get(key)
    if pipeline is None:
        pipeline = _pipelines[key] = Pipeline(
            layers=key[0], lexicon=default_lexicon() if lexicon else None)
    return pipeline.annotate(text)
