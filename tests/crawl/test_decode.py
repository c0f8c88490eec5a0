"""Charset handling: header, <meta>, detection, windows-1258, wrong headers."""

from __future__ import annotations

import unicodedata

import pytest

from corpus_tool.crawl import decode_html, extract_article

TEXT = ("Thành ủy Thủ Dầu Một đẩy mạnh cải cách thủ tục hành chính, xây dựng chính quyền "
        "thân thiện, gần dân, giúp dân; người dân hài lòng khi đến liên hệ công việc.")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode as windows-1258 does: base letter (â, ơ, ư...) then a combining tone mark."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258")
        out += "".join(c for c in parts if c in _TONES).encode("cp1258")
    return bytes(out)


def page(meta: str = "") -> str:
    return (f"<html><head>{meta}<meta property='og:type' content='article'>"
            f"<title>Cải cách hành chính</title></head><body><h1>Cải cách hành chính</h1>"
            f"<div class='content'><p>{TEXT}</p><p>{TEXT}</p></div></body></html>")


def test_windows_1258_declared_in_meta_is_decoded_and_composed() -> None:
    raw = to_cp1258(page('<meta http-equiv="Content-Type" content="text/html; '
                         'charset=windows-1258">'))
    assert raw.decode("cp1258") != page()  # combining marks on the wire
    text = decode_html(raw, "text/html")
    assert TEXT in text
    assert unicodedata.is_normalized("NFC", text)


def test_windows_1258_without_any_declaration_is_detected() -> None:
    text = decode_html(to_cp1258(page()), None)
    assert TEXT in text


def test_windows_1258_page_extracts_clean_text() -> None:
    raw = to_cp1258(page('<meta charset="windows-1258">'))
    article = extract_article(raw, "https://x.vn/a.html", content_type="text/html")
    assert article is not None
    assert article.body.split("\n")[0] == TEXT


@pytest.mark.parametrize("header", ["text/html; charset=iso-8859-1",
                                    "text/html; charset=windows-1252",
                                    "text/html; charset=windows-1258"])
def test_utf8_page_under_a_wrong_single_byte_header_is_not_mojibake(header: str) -> None:
    text = decode_html(page('<meta charset="utf-8">').encode("utf-8"), header)
    assert TEXT in text
    assert "Ã" not in text


def test_legacy_page_under_a_wrong_utf8_header_falls_back_to_meta() -> None:
    raw = to_cp1258(page('<meta charset="windows-1258">'))
    assert TEXT in decode_html(raw, "text/html; charset=utf-8")


def test_unknown_charset_label_is_ignored() -> None:
    assert TEXT in decode_html(page().encode("utf-8"), "text/html; charset=x-klingon")


def test_utf8_bom_wins() -> None:
    raw = b"\xef\xbb\xbf" + page('<meta charset="windows-1258">').encode("utf-8")
    assert TEXT in decode_html(raw, "text/html; charset=iso-8859-1")


def test_windows_1252_header_on_a_windows_1258_page_keeps_the_vietnamese_reading() -> None:
    raw = to_cp1258(page('<meta charset="windows-1258">'))
    assert TEXT in decode_html(raw, "text/html; charset=windows-1252")


def test_detection_prefers_the_reading_that_is_vietnamese() -> None:
    raw = to_cp1258(page())
    assert TEXT in decode_html(raw, None)
    assert "Ì" not in decode_html(raw, None)
