from __future__ import annotations

from corpus_tool.crawl import extract_links


def test_links_are_absolute_unique_and_without_fragments() -> None:
    html = """<html><head><link rel="next" href="/xa-hoi/trang-2/"></head><body>
    <a href="/doi-moi-a258900.html#binh-luan">Đổi mới</a>
    <a href="doi-moi-a258900.html">again, relative</a>
    <a href="https://baobinhduong.vn/khac-a1.html?utm_source=fb">khác</a>
    <a href="javascript:void(0)">in</a> <a href="mailto:toasoan@example.vn">thư</a>
    <a href="tel:0274">gọi</a> <a href="#top">lên đầu</a> <a href="ftp://x/y">ftp</a>
    <a href="http://[::1">broken</a></body></html>"""

    links = extract_links(html, "https://baobinhduong.vn/xa-hoi/")

    assert links == [
        "https://baobinhduong.vn/xa-hoi/trang-2/",
        "https://baobinhduong.vn/doi-moi-a258900.html",
        "https://baobinhduong.vn/xa-hoi/doi-moi-a258900.html",
        "https://baobinhduong.vn/khac-a1.html?utm_source=fb",
    ]


def test_base_href_is_honoured_and_bytes_are_accepted() -> None:
    html = b'<base href="https://cdn.example.vn/tin/"><a href="a.html">a</a>'
    assert extract_links(html, "https://example.vn/") == ["https://cdn.example.vn/tin/a.html"]
