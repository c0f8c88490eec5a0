from __future__ import annotations

import doctest

import corpus_tool.nlp._words
from corpus_tool.nlp import dictionary_word, tag_at


def test_dictionary_words_match_whatever_the_case_or_tone_placement() -> None:
    # Viet74K writes old-style tone placement ("hoá", "thuỷ"); text from the wild has both.
    assert dictionary_word("văn hóa") and dictionary_word("Văn hoá")
    assert dictionary_word("Thủy lợi") and dictionary_word("thuỷ  lợi")
    assert dictionary_word("tiếp nhận") and dictionary_word("cảng hàng không")
    assert not dictionary_word("Thuế tiếp") and not dictionary_word("nhi trung")


def test_tag_at_reads_the_word_opening_at_an_offset() -> None:
    text = "Cục Thuế tiếp nhận 22 hồ sơ"
    assert tag_at(text, text.index("tiếp")) == "V"
    assert tag_at(text, text.index("hồ")) == "N"
    # No word opens inside a word.
    assert tag_at(text, text.index("nhận")) is None


def test_docstring_examples_run() -> None:
    assert doctest.testmod(corpus_tool.nlp._words).failed == 0
