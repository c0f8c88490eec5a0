"""The records an annotation is made of: tokens inside sentences, with offsets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from corpus_tool.errors import NLPError
from corpus_tool.nlp._normalize import match_form

__all__ = ["Annotation", "Sentence", "Token"]


@dataclass(frozen=True, slots=True)
class Token:
    """One word (one or more syllables) with its span in the annotated text.

    Attributes:
        text: the word as written in the text (``text[start:end]`` of the
            annotated text), not underthesea's rewritten spelling.
        start: offset of its first character.
        end: offset just after its last character.
        pos: part-of-speech tag (VLSP tag set) when the ``pos`` layer ran.
        ner: BIO named-entity tag (PER, LOC, ORG, MISC) when ``ner`` ran.
    """

    text: str
    start: int
    end: int
    pos: str | None = None
    ner: str | None = None

    @property
    def key(self) -> str:
        """The word in the matching form (one tone-mark convention, straight quotes)."""
        return match_form(self.text)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "start", "end"}`` plus ``pos``/``ner`` when present."""
        out: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        if self.pos is not None:
            out["pos"] = self.pos
        if self.ner is not None:
            out["ner"] = self.ner
        return out


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span and its words."""

    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"start", "end", "tokens": [...]}``."""
        return {"start": self.start, "end": self.end,
                "tokens": [t.to_dict() for t in self.tokens]}


@dataclass(frozen=True, slots=True)
class Annotation:
    """Sentences and words of a text, offsets indexing :attr:`text`.

    Attributes:
        text: the NFC-normalised text the offsets index.
        sentences: the sentences in order.
        layers: the layers that ran (``words`` always, ``pos``, ``ner``).

    Example:
        >>> from corpus_tool.nlp import annotate
        >>> a = annotate("Ban Thường vụ Thành uỷ họp.")
        >>> [(t.text, t.start, t.end) for t in a.tokens]
        [('Ban Thường vụ', 0, 13), ('Thành uỷ', 14, 22), ('họp', 23, 26), ('.', 26, 27)]
    """

    text: str
    sentences: list[Sentence]
    layers: tuple[str, ...] = ("words",)

    @property
    def tokens(self) -> list[Token]:
        """All tokens of all sentences, in order."""
        return [t for s in self.sentences for t in s.tokens]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: ``{"sentences": [...]}``."""
        return {"sentences": [s.to_dict() for s in self.sentences]}

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str,
                  layers: tuple[str, ...] = ("words",)) -> Annotation:
        """Rebuild an annotation of ``text`` from its JSON form, checking every span."""
        try:
            sentences = [
                Sentence(int(s["start"]), int(s["end"]), [
                    Token(t["text"], int(t["start"]), int(t["end"]), t.get("pos"), t.get("ner"))
                    for t in s["tokens"]])
                for s in data["sentences"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise NLPError(f"annotation data is malformed ({type(exc).__name__}: {exc})") from None
        for sentence in sentences:
            for token in sentence.tokens:
                if text[token.start:token.end] != token.text:
                    raise NLPError(
                        f"annotation does not fit the text: token {token.text!r} at "
                        f"{token.start}:{token.end} reads {text[token.start:token.end]!r}")
        return cls(text, sentences, layers)
