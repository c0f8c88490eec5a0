"""The domain lexicon: party, state and administrative terms the segmenter keeps whole."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from corpus_tool.errors import ConfigError
from corpus_tool.nlp._normalize import match_form

__all__ = ["Lexicon", "default_lexicon"]


@dataclass(frozen=True, slots=True)
class _Entry:
    syllables: tuple[str, ...]  # lowercased matching forms
    capitalised: bool
    term: str


class Lexicon:
    """Multi-syllable terms that must come out of segmentation as one word.

    A match forces the segmentation of the syllables it covers (one word) and
    a word boundary on both sides; the CRF's decisions elsewhere are kept.

    Args:
        terms: ``(term, category)`` pairs, e.g. ``("Thành ủy", "party")``.

    Example:
        >>> lex = Lexicon([("Thành ủy", "party")])
        >>> lex.find(["Ban", "Thường", "vụ", "Thành", "uỷ"])
        [(3, 5)]
    """

    def __init__(self, terms: list[tuple[str, str]]) -> None:
        self.terms = terms
        self._by_first: dict[str, list[_Entry]] = {}
        for term, _category in terms:
            syllables = tuple(match_form(s).lower() for s in term.split())
            if not syllables:
                continue
            entry = _Entry(syllables, term[:1].isupper(), term)
            self._by_first.setdefault(syllables[0], []).append(entry)
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e.syllables))
        digest = hashlib.sha256("\n".join(f"{t}\t{c}" for t, c in terms).encode("utf-8"))
        self.digest = digest.hexdigest()[:10]

    def find(self, syllables: list[str]) -> list[tuple[int, int]]:
        """Return ``(first, last + 1)`` syllable ranges of longest, leftmost matches."""
        keys = [match_form(s).lower() for s in syllables]
        found: list[tuple[int, int]] = []
        i = 0
        n = len(keys)
        while i < n:
            entries = self._by_first.get(keys[i])
            if entries:
                for entry in entries:
                    j = i + len(entry.syllables)
                    if j <= n and tuple(keys[i:j]) == entry.syllables and (
                            not entry.capitalised or syllables[i][:1].isupper()):
                        found.append((i, j))
                        i = j
                        break
                else:
                    i += 1
                continue
            i += 1
        return found

    @classmethod
    def from_file(cls, path: str | Path) -> Lexicon:
        """Read a lexicon from a ``term<TAB>category`` file (``#`` starts a comment line)."""
        p = Path(path)
        try:
            text = p.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{p}: cannot read the lexicon ({exc})") from None
        return cls._parse(text, str(p))

    @classmethod
    def _parse(cls, text: str, source: str) -> Lexicon:
        terms: list[tuple[str, str]] = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 2 or not fields[0].strip():
                raise ConfigError(f"{source}:{number}: expected 'term<TAB>category', got {line!r}")
            terms.append((" ".join(fields[0].split()), fields[1].strip()))
        return cls(terms)


_default: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """Return the lexicon shipped with corpus_tool (``nlp/data/lexicon.tsv``)."""
    global _default
    if _default is None:
        text = resources.files("corpus_tool.nlp").joinpath("data/lexicon.tsv").read_text("utf-8")
        _default = Lexicon._parse(text, "lexicon.tsv")
    return _default
