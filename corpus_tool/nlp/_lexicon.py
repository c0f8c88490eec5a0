"""The domain lexicon: party, state and administrative terms the segmenter keeps whole."""

from __future__ import annotations

import functools
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
        self._any_lower = any(not e.capitalised for es in self._by_first.values() for e in es)
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e.syllables))
        digest = hashlib.sha256("\n".join(f"{t}\t{c}" for t, c in terms).encode("utf-8"))
        self.digest = digest.hexdigest()[:10]

    def find(self, syllables: list[str]) -> list[tuple[int, int]]:
        """Return ``(first, last + 1)`` syllable ranges of longest, leftmost matches."""
        found: list[tuple[int, int]] = []
        by_first = self._by_first
        any_lower = self._any_lower
        i = 0
        n = len(syllables)
        while i < n:
            first = syllables[i]
            # Most entries need a capital: skip other syllables without computing keys.
            if not any_lower and not first[:1].isupper():
                i += 1
                continue
            entries = by_first.get(_key(first))
            matched = 0
            if entries:
                for entry in entries:
                    j = i + len(entry.syllables)
                    if j <= n and (not entry.capitalised or first[:1].isupper()) and all(
                            _key(syllables[k]) == entry.syllables[k - i]
                            for k in range(i + 1, j)):
                        matched = j
                        break
            if matched:
                found.append((i, matched))
                i = matched
            else:
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


@functools.lru_cache(maxsize=1 << 16)
def _key(syllable: str) -> str:
    # Called for every syllable of every text: a syllable vocabulary is small.
    return match_form(syllable).lower()


_default: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """Return the lexicon shipped with corpus_tool (``nlp/data/lexicon.tsv``)."""
    global _default
    if _default is None:
        text = resources.files("corpus_tool.nlp").joinpath("data/lexicon.tsv").read_text("utf-8")
        _default = Lexicon._parse(text, "lexicon.tsv")
    return _default
