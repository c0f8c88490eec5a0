"""Extraction of articles from saved pages: the demo shape, a real page, a second shape."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from corpus_tool.crawl import extract_article, extract_file, extract_with_reason, is_article_page
from corpus_tool.demo import DemoSite, demo_articles
from corpus_tool.errors import InputError

RESOURCES = Path(__file__).parent / "resources"
BASE = "http://demo.test"


@pytest.fixture(scope="module")
def site() -> DemoSite:
    return DemoSite(demo_articles())


def _page(site: DemoSite, article_id: str) -> tuple[str, bytes]:
    item = next(i for i in site.items if i.id == article_id)
    page = site.render(item.path, BASE)
    assert page.status == 200
    return BASE + item.path, page.body


@pytest.mark.shared_data
def test_seed_article_in_demo_shape_gives_exactly_the_gold_fields(
        site: DemoSite, shared_data: Path) -> None:
    gold = json.loads((shared_data / "seed" / "gold.json").read_text("utf-8"))
    raw = (shared_data / "seed" / "tdm-lam-theo-bac-2023-01-05.txt").read_text("utf-8")
    paras = [p.strip() for p in unicodedata.normalize("NFC", raw).split("\n") if p.strip()]
    # The copied page text: date line, title, sapo, body..., pull-quote, byline, "Chia sẻ".
    repeat = gold["repeated_paragraph"]["text"]
    assert paras[-3] == repeat
    expected_body = [p for p in paras[3:-3] if p not in gold["captions"]]
    url, html = _page(site, "bbd-258900")

    article = extract_article(html, url, content_type="text/html; charset=utf-8")

    assert article is not None
    assert article.title == gold["title"]
    assert article.published == datetime.fromisoformat(gold["published"])
    assert article.published.isoformat() == "2023-01-05T08:40:31+07:00"
    assert article.authors == gold["authors"] == ["Tiểu Liên", "Châu Tiến"]
    assert article.captions == gold["captions"]
    assert article.sapo == paras[2]
    assert article.body.split("\n") == expected_body
    for subheading in gold["subheadings"]:
        assert subheading in article.body.split("\n")
    assert article.body.count(repeat) == 1
    for boilerplate in gold["boilerplate"]:
        assert boilerplate not in article.body
        assert boilerplate not in article.sapo
    assert "Chia sẻ" not in article.text and "Tin liên quan" not in article.text
    assert gold["byline"] not in article.body
    assert not any(c in article.body for c in gold["captions"])
    assert article.section == "Chính trị"
    assert article.canonical_url == url
    assert article.language == "vi"
    assert article.field_sources["published"] == "text"
    assert article.field_sources["authors"] == "byline"


ZING_URL = "https://news.zing.vn/tung-tin-mr-bean-qua-doi-de-phat-tan-virus-doc-hai-post861659.html"


@pytest.mark.shared_data
def test_real_zing_page_gives_hand_checked_fields(shared_data: Path) -> None:
    html = (shared_data / "pages" / "zing-real-article.html").read_bytes()

    article = extract_article(html, ZING_URL)

    assert article is not None
    assert article.title == "Tung tin 'Mr Bean' qua đời để phát tán virus độc hại"
    # JSON-LD says 15:18+08:00; the page shows 15:18 and article:published_time
    # "2018-07-19 15:18": the wall-clock time is Vietnam's, the JSON-LD offset is wrong.
    assert article.published is not None
    assert article.published.isoformat() == "2018-07-19T15:18:00+07:00"
    paragraphs = article.body.split("\n")
    assert paragraphs[0] == (
        "Thông tin lan truyền cách đây ít phút trên mạng xã hội. Theo trang SDE, các đối "
        "tượng phát tán những bài đăng giả trên mạng xã hội với hình thức như một đường link "
        "tin tức, tiêu đề là \"Tin nóng của Fox News: Mr Bean (Rowan Atkinson) vừa qua đời ở "
        "tuổi 62 sau một vụ đâm xe trong lúc đóng cảnh hành động mạo hiểm: Hôm nay, tháng "
        "7/2017\".")
    assert paragraphs[-1] == ("Thực chất, đó là các phần mềm kiểm soát máy tính và ăn cắp dữ "
                              "liệu, cài mã độc từ xa.")
    assert len(paragraphs) == 7
    assert article.sapo.startswith("Hôm 19/7, nhiều độc giả cảnh báo nhau trên mạng")
    assert article.authors == ["Hạ Huyền"]
    assert article.section == "Sao Hollywood"
    assert "mr bean" in article.tags
    assert len(article.captions) == 2
    assert article.captions[1] == ("Rất nhiều người nổi tiếng bị kẻ gian tung tin qua đời vì "
                                   "mục đích xấu. Ảnh: CNN.")
    assert "Hàng loạt sao Hollywood bị đồn qua đời" not in article.body  # related box
    assert "Bình luận" not in article.body
    assert article.field_sources["title"] == "json-ld"
    assert article.field_sources["authors"] == "json-ld"


def test_national_shape_with_time_figure_pullquote_and_theo_ttxvn() -> None:
    html = (RESOURCES / "national-article.html").read_text("utf-8")

    article = extract_article(html, "https://baotintuc.example/the-gioi/x.htm")

    assert article is not None
    assert article.title == "Quyền Tổng thống Hàn Quốc từ chối cho khám xét Nhà Xanh"
    assert article.published is not None
    assert article.published.isoformat() == "2017-02-06T16:05:00+07:00"
    assert article.field_sources["published"] == "time"
    assert article.authors == ["TTXVN"]
    assert article.captions == ["Các nhà báo đợi đưa tin bên ngoài khu vực Nhà Xanh ở Seoul "
                                "ngày 3/2. Ảnh: AFP/TTXVN"]
    paragraphs = article.body.split("\n")
    assert len(paragraphs) == 4  # pull-quote, "Xem thêm" link and "Theo TTXVN" left out
    assert paragraphs[0].startswith("Một trợ lý của ông Hwang")
    assert paragraphs[-1].endswith("lo ngại về an ninh.")
    assert article.sapo.startswith("Quyền Tổng thống kiêm Thủ tướng Hàn Quốc Hwang Kyo-ahn")
    assert article.section == "Thế giới"
    assert "Theo TTXVN" not in article.body and "Chia sẻ" not in article.text


def test_json_ld_wins_over_conflicting_meta_and_says_so() -> None:
    html = """<html lang="vi"><head>
    <script type="application/ld+json">{"@context": "https://schema.org",
      "@type": "NewsArticle", "headline": "Bình Dương khởi công dự án đường Vành đai 3",
      "datePublished": "2023-03-10T07:30:00+07:00", "dateModified": "2023-03-10T09:00:00+07:00",
      "author": [{"@type": "Person", "name": "Minh Duy"}, {"@type": "Organization",
      "name": "Báo Bình Dương"}], "articleSection": "Kinh tế", "keywords": "Vành đai 3, giao thông"}
    </script>
    <meta property="og:title" content="Tiêu đề cũ của bài viết">
    <meta property="article:published_time" content="2023-03-01T10:00:00+07:00">
    <meta property="article:section" content="Xã hội">
    <meta name="author" content="Người khác">
    </head><body><h1>Bình Dương khởi công dự án đường Vành đai 3</h1>
    <div class="date">01/03/2023 10:00</div>
    <div class="content"><p>Sáng 10-3, UBND tỉnh Bình Dương tổ chức lễ khởi công dự án thành
    phần đoạn qua tỉnh, với tổng mức đầu tư hơn 7.000 tỷ đồng, theo kế hoạch của Chính phủ.</p>
    <p>Dự án dự kiến hoàn thành vào năm 2025, góp phần kết nối giao thông vùng Đông Nam Bộ.</p>
    </div></body></html>"""

    article = extract_article(html, "https://baobinhduong.vn/vanh-dai-3-a1.html")

    assert article is not None
    assert article.title == "Bình Dương khởi công dự án đường Vành đai 3"
    assert article.published is not None
    assert article.published.isoformat() == "2023-03-10T07:30:00+07:00"
    assert article.updated is not None and article.updated.hour == 9
    assert article.authors == ["Minh Duy"]
    assert article.section == "Kinh tế"
    assert article.tags == ["Vành đai 3", "giao thông"]
    for name in ("title", "published", "updated", "authors", "section", "tags"):
        assert article.field_sources[name] == "json-ld", name


def test_listing_and_home_pages_give_none(site: DemoSite) -> None:
    for path in ("/", "/xa-hoi/", "/xa-hoi/trang-2/"):
        page = site.render(path, BASE)
        assert page.status == 200
        assert extract_article(page.body, BASE + path) is None, path
        assert not is_article_page(page.body, BASE + path)
    url, html = _page(site, "bbd-258900")
    assert is_article_page(html, url)


def test_every_demo_article_page_extracts_with_its_title_and_date(site: DemoSite) -> None:
    for item in site.items[::3]:
        page = site.render(item.path, BASE)
        article = extract_article(page.body, BASE + item.path)
        if not item.body and item.sapo.casefold() in item.title.casefold():
            # A few DANeS items' description only repeats the headline: no body at all.
            assert article is None, item.path
            continue
        assert article is not None, item.path
        assert article.title == item.title
        assert article.published == item.published
        expected = "\n".join(item.body) if item.body else item.sapo
        if not item.body:
            assert article.body == " ".join(expected.split())


@pytest.mark.parametrize("html", [
    b"",
    b"\x00\x01\x02binary",
    "<html><body><div><p>Chỉ một dòng ngắn.</p></div>",
    "<html><head><title>x</title></head><body><table><tr><td><div><p>" * 400,
    "<<<>>>><p class=>Trang <b>lỗi <i>lồng</b> nhau</i> <div><p>" + "Tin ngắn. " * 3,
    "not html at all",
])
def test_bad_pages_give_none_without_raising(html: str | bytes) -> None:
    assert extract_article(html, "https://example.vn/a.html") is None


def test_malformed_but_real_article_still_extracts() -> None:
    body = "".join(
        f"<p>Đoạn {i}: Người dân phường Phú Cường, TP.Thủ Dầu Một, phản ánh tình trạng ngập "
        f"nước kéo dài sau mưa, gây khó khăn cho việc đi lại của nhiều hộ dân <b>trong khu vực"
        for i in range(6))
    html = (f"<html><head><meta property='og:type' content='article'><title>Ngập nước ở Phú "
            f"Cường - Báo X</title><body><div id=main><h1>Ngập nước ở Phú Cường</h1><div "
            f"class='content'>{body}<p>PHƯƠNG LÊ<div class='footer'>Liên hệ")

    article = extract_article(html, "https://example.vn/ngap-a1.html")

    assert article is not None
    assert article.title == "Ngập nước ở Phú Cường"
    assert article.body.count("Người dân phường Phú Cường") == 6
    assert article.authors == ["Phương Lê"]


def test_non_html_content_type_gives_none() -> None:
    assert extract_article(b"%PDF-1.4", "https://x.vn/a.pdf", content_type="application/pdf") \
        is None


def test_profile_selectors_fill_what_the_page_does_not_mark() -> None:
    html = """<html><body><div id="wrap"><div class="tieu-de">Khai mạc Hội chợ Xuân</div>
    <div class="x1">Thứ Hai, 12/8/2024 - 09:15</div>
    <div class="nd"><p>Chiều 12-8, Hội chợ Xuân được khai mạc tại Trung tâm Hội nghị tỉnh, thu
    hút hơn 200 gian hàng của doanh nghiệp trong và ngoài tỉnh tham gia trưng bày.</p>
    <p>Hội chợ kéo dài đến hết ngày 18-8, mở cửa miễn phí cho người dân tham quan.</p></div>
    <div class="tg">Ngọc Thạch</div></div></body></html>"""
    selectors = {"title": ".tieu-de", "published": ".x1", "authors": ".tg", "body": ".nd"}

    article = extract_article(html, "https://x.vn/hoi-cho-a1.html", selectors=selectors)

    assert article is not None
    assert article.title == "Khai mạc Hội chợ Xuân"
    assert article.published is not None
    assert article.published.isoformat() == "2024-08-12T09:15:00+07:00"
    assert article.authors == ["Ngọc Thạch"]
    assert article.body.startswith("Chiều 12-8, Hội chợ Xuân")
    assert article.field_sources["title"] == "selector"
    assert article.field_sources["body"] == "selector"


def test_extract_file_names_the_reason(tmp_path: Path, site: DemoSite) -> None:
    listing = tmp_path / "listing.html"
    listing.write_bytes(site.render("/xa-hoi/", BASE).body)
    with pytest.raises(InputError, match=r"listing\.html: not an article page"):
        extract_file(listing)
    with pytest.raises(InputError, match="no such file"):
        extract_file(tmp_path / "missing.html")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    with pytest.raises(InputError, match="is not HTML"):
        extract_file(binary)


PARAGRAPH = ("Người dân phường Phú Cường, TP.Thủ Dầu Một, phản ánh tình trạng ngập nước kéo dài "
             "sau mưa, gây khó khăn cho việc đi lại của nhiều hộ dân trong khu vực, nhất là học "
             "sinh, người cao tuổi.")


def test_old_table_layout_with_br_paragraphs_and_a_bare_date_line() -> None:
    paras = [PARAGRAPH, PARAGRAPH.replace("Người", "Nhiều người"),
             PARAGRAPH.replace("dân", "dân cư")]
    html = ("<html><head><title>Ngập nước ở Phú Cường - Báo X</title></head><body>"
            "<div class='menu'><a href=/>Trang chủ</a></div><table><tr><td class='tieude'>"
            "<b>Ngập nước ở Phú Cường</b></td></tr><tr><td>Cập nhật lúc 08:40 ngày 05/01/2023"
            f"</td></tr><tr><td class='noidung'>{'<br><br>'.join(paras)}<br><br>NGỌC THẠCH"
            "</td></tr></table><div class=bottom>Tòa soạn: 123 đường ABC<br>Điện thoại: 0274"
            "</div></body></html>")

    article = extract_article(html, "https://x.vn/tin.aspx?id=1")

    assert article is not None
    assert article.title == "Ngập nước ở Phú Cường"
    assert article.body.split("\n") == paras
    assert article.published is not None
    assert article.published.isoformat() == "2023-01-05T08:40:00+07:00"
    assert article.authors == ["Ngọc Thạch"]


def test_readers_comments_do_not_outscore_a_short_article() -> None:
    comments = "".join(
        f"<div class='item'><b>Bạn đọc {i}</b><p>Tôi thấy rằng, ở khu vực này, việc ngập nước "
        "kéo dài đã nhiều năm, chính quyền cần có giải pháp, sớm khắc phục, tránh ảnh hưởng "
        "đến đời sống người dân, nhất là mùa mưa.</p></div>" for i in range(12))
    html = (f"<html><head><title>Ngập nước - Báo X</title></head><body><h1>Ngập nước ở Phú "
            f"Cường</h1><div class='detail'><p>{PARAGRAPH}</p><p>{PARAGRAPH} Lần hai.</p>"
            f"<p>{PARAGRAPH} Lần ba.</p></div><div class='box'><h3>Ý kiến bạn đọc</h3>"
            f"{comments}</div></body></html>")

    article = extract_article(html, "https://x.vn/a.html")

    assert article is not None
    assert article.body.startswith(PARAGRAPH)
    assert "Bạn đọc" not in article.body and "Tôi thấy rằng" not in article.body


def test_main_column_named_sidebar_and_a_mixed_case_signature() -> None:
    # VnExpress's article column is <div class="sidebar-1">; its signature is a
    # right-aligned bold name in ordinary case.
    html = f"""<html><head><meta property="og:type" content="article">
    <title>Ngập nước ở Phú Cường - VnExpress</title></head><body>
    <div class="sidebar-1"><span class="date">Thứ năm, 5/1/2023, 08:40 (GMT+7)</span>
    <h1 class="title-detail">Ngập nước ở Phú Cường</h1>
    <p class="description">Nhiều tuyến đường ở phường Phú Cường ngập sâu sau cơn mưa chiều 4/1,
    người dân phải dắt bộ xe máy.</p>
    <article class="fck_detail"><p class="Normal">{PARAGRAPH}</p><figure><img src="a.jpg">
    <figcaption><p class="Image">Đường Yersin ngập sâu chiều 4/1. Ảnh: Minh Duy</p></figcaption>
    </figure><p class="Normal">{PARAGRAPH} Lần hai.</p>
    <p class="Normal" style="text-align:right;"><strong>Minh Duy</strong></p></article>
    <div class="box-tinlienquanv2"><h3>Tin liên quan</h3><article class="item-news"><h4>
    <a href="/x.html">Tin khác về ngập nước ở Thủ Dầu Một hôm qua</a></h4></article></div>
    </div><div class="sidebar-2"><h3>Xem nhiều</h3><ul><li><a href="/1.html">Tin một</a></li>
    </ul></div></body></html>"""

    article = extract_article(html, "https://vnexpress.net/ngap-nuoc-4567.html")

    assert article is not None
    assert article.title == "Ngập nước ở Phú Cường"
    assert article.published is not None
    assert article.published.isoformat() == "2023-01-05T08:40:00+07:00"
    assert article.authors == ["Minh Duy"]
    assert article.captions == ["Đường Yersin ngập sâu chiều 4/1. Ảnh: Minh Duy"]
    assert article.body.split("\n") == [PARAGRAPH, f"{PARAGRAPH} Lần hai."]
    assert article.sapo.startswith("Nhiều tuyến đường")


def test_body_selector_may_pick_paragraphs_and_a_missing_one_falls_back() -> None:
    html = f"""<html><head><meta property="og:type" content="article"><title>Tin - Báo</title>
    </head><body><h1>Ngập nước ở Phú Cường</h1><div class="nd"><p>{PARAGRAPH}</p>
    <div class="quang-cao-giua-bai">Quảng cáo</div><p>{PARAGRAPH} Lần hai.</p></div>
    </body></html>"""
    url = "https://x.vn/a.html"

    by_paragraph = extract_article(html, url, selectors={"body": "div.nd > p"})
    missing = extract_article(html, url, selectors={"body": "div.khong-co"})

    assert by_paragraph is not None and missing is not None
    assert by_paragraph.body.split("\n") == [PARAGRAPH, f"{PARAGRAPH} Lần hai."]
    assert by_paragraph.field_sources["body"] == "selector"
    assert missing.body == by_paragraph.body
    assert missing.field_sources["body"] == "content"


def test_extract_with_reason_says_why_a_page_was_set_aside(site: DemoSite) -> None:
    article, reason = extract_with_reason(site.render("/xa-hoi/", BASE).body, BASE + "/xa-hoi/")
    assert article is None and reason == "a listing page: mostly links to other pages"
    url, html = _page(site, "bbd-258900")
    article, reason = extract_with_reason(html, url)
    assert article is not None and reason == ""


def test_microdata_article_body_is_the_body() -> None:
    # The comment thread is longer and comma-richer than the article: microdata decides.
    comments = "".join(f"<p>Bạn đọc {i}: {PARAGRAPH}</p>" for i in range(8))
    html = (f"<html><head><title>Ngập nước - Báo X</title></head><body><h1>Ngập nước</h1>"
            f"<div itemprop='articleBody'><p>{PARAGRAPH}</p><p>{PARAGRAPH} Lần hai.</p></div>"
            f"<div class='khung'>{comments}</div></body></html>")

    article = extract_article(html, "https://x.vn/a.html")

    assert article is not None
    assert article.body.split("\n") == [PARAGRAPH, f"{PARAGRAPH} Lần hai."]
    assert article.field_sources["body"] == "microdata"


def test_short_article_beside_a_long_box_of_summaries_is_still_the_article() -> None:
    side = "".join(
        f"<div class='it'><a href='/t{i}.html'><img src='x.jpg'></a><h4><a href='/t{i}.html'>"
        f"Tiêu đề tin số {i} trong hộp bên phải của trang</a></h4><p>Tóm tắt tin số {i}: "
        "chính quyền địa phương, các sở, ngành, đoàn thể đã tổ chức nhiều hoạt động, thu hút "
        "đông đảo người dân tham gia.</p></div>" for i in range(10))
    html = (f"<html><head><meta property='og:type' content='article'><title>Ngập - X</title>"
            f"</head><body><div class='left'><h1>Ngập nước ở Phú Cường</h1><div class='noi-dung'>"
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH} Lần hai.</p></div></div><div class='box-right'>"
            f"<h3>Đọc nhiều</h3>{side}</div></body></html>")

    article = extract_article(html, "https://x.vn/a.html")

    assert article is not None
    assert article.body.split("\n") == [PARAGRAPH, f"{PARAGRAPH} Lần hai."]


def test_paragraphs_written_as_divs_are_all_kept() -> None:
    html = (f"<html><head><meta property='og:type' content='article'><title>Ngập - X</title>"
            f"</head><body><h1>Ngập nước ở Phú Cường</h1><div class='nd'><div>{PARAGRAPH}</div>"
            f"<div>{PARAGRAPH} Lần hai.</div></div><div class='foot'>Liên hệ quảng cáo</div>"
            f"</body></html>")

    article = extract_article(html, "https://x.vn/a.html")

    assert article is not None
    assert article.body.split("\n") == [PARAGRAPH, f"{PARAGRAPH} Lần hai."]


def test_date_stamped_in_the_url_is_the_last_resort_and_title_keeps_its_dash() -> None:
    html = (f"<html><head><title>Bình Dương - điểm sáng thu hút đầu tư - Báo X</title></head>"
            f"<body><div class='nd'><p>{PARAGRAPH}</p><p>{PARAGRAPH} Lần hai.</p></div>"
            f"</body></html>")

    article = extract_article(html, "https://tuoitre.vn/binh-duong-20230105084031.htm")

    assert article is not None
    assert article.title == "Bình Dương - điểm sáng thu hút đầu tư"
    assert article.published is not None
    assert article.published.isoformat() == "2023-01-05T08:40:31+07:00"
    assert article.field_sources["published"] == "url"


@pytest.mark.shared_data
def test_truncated_and_mangled_real_page_never_hits_an_internal_error(shared_data: Path) -> None:
    raw = (shared_data / "pages" / "zing-real-article.html").read_bytes()
    cuts = [len(raw) * i // 25 for i in range(1, 25)]
    variants = [raw[:cut] for cut in cuts]
    variants += [raw[:cut] + raw[cut + 500:] for cut in cuts]  # a chunk lost mid-page
    variants.append(raw.replace(b"<", b"<<").replace(b">", b">>"))
    variants.append(raw.replace(b"</p>", b"").replace(b"</div>", b""))
    for page in variants:
        article, reason = extract_with_reason(page, ZING_URL)
        assert not reason.startswith("extraction failed"), reason
        if article is not None:
            assert article.title
    # The page cut after its body still gives the article.
    body_end = raw.index(b'<div class="the-article-credit">')
    article = extract_article(raw[:body_end], ZING_URL)
    assert article is not None
    assert article.body.endswith("cài mã độc từ xa.")
