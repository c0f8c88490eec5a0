"""Article extraction against trafilatura: body token F1, date accuracy and pages/s.

Three page shapes, several pages each, with hand-checked gold:

- demo: article pages of the bundled demo press site (provincial-portal shape).
  Gold body = the source text in corpus_tool/demo/articles.jsonl (the seed
  article without its closing pull-quote, which repeats a paragraph; DANeS
  briefs: their description). DANeS items whose description only repeats the
  headline have no body and are left out.
- zing: the real page ../shared/data/pages/zing-real-article.html (gold body
  written out below by hand) plus pages of the same real template with the
  headline, lead and body swapped for other real articles (baomoi-5000).
- national: a national-paper shape (<article>, <time datetime> on half the
  pages and only a visible date line on the others, figure/figcaption, a
  pull-quote repeating a sentence, "Xem thêm" links, "Theo TTXVN", share and
  comment blocks) filled with real articles from baomoi-5000.

Body F1 is bag-of-words F1 between the extracted body and the gold body,
averaged over pages (a page with no result scores 0). Because trafilatura has no
separate lead field, "lead+body F1" also compares lead and body together
against the gold lead and body. Date accuracy compares the calendar day (the
precision trafilatura gives); "exact time" is corpus_tool's full timestamp.

Usage: python -m benchmarks extract [--quick]
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html import escape
from typing import Any

from benchmarks._common import shared, table
from corpus_tool.crawl import extract_article
from corpus_tool.demo import DemoSite, demo_articles

ZING_URL = "https://news.zing.vn/tung-tin-mr-bean-qua-doi-de-phat-tan-virus-doc-hai-post861659.html"
ZING_BODY = [  # read off the page by hand
    "Thông tin lan truyền cách đây ít phút trên mạng xã hội. Theo trang SDE, các đối tượng phát "
    "tán những bài đăng giả trên mạng xã hội với hình thức như một đường link tin tức, tiêu đề "
    "là \"Tin nóng của Fox News: Mr Bean (Rowan Atkinson) vừa qua đời ở tuổi 62 sau một vụ đâm "
    "xe trong lúc đóng cảnh hành động mạo hiểm: Hôm nay, tháng 7/2017\".",
    "Vì gắn với một cơ quan truyền thông lớn là Fox News nên mẩu tin dễ dàng thu hút sự chú ý "
    "và tin cậy của độc giả, dù thông tin ngày tháng bị sai lệch. Trang SDE cảnh báo bất cứ độc "
    "giả nào nhìn thấy đường link chứa thông tin này không được bấm vào vì thực chất đó là một "
    "virus đội lốt.",
    "Đường link sẽ dẫn thẳng đến một trang web lừa đảo và mã độc nhảy vào máy tính của người "
    "truy cập.",
    "Đây không phải lần đầu tiên Rowan Atkinson trở thành nạn nhân của tin đồn qua đời. Trước "
    "đây, vào năm 2016 và tháng 3 năm nay, từng có một loạt bài thất thiệt khẳng định tài tử "
    "Johnny English đã tử vong trong một tai nạn xe ở Los Angeles.",
    "Thông tin về các ngôi sao qua đời cũng thường xuyên được làm giả để lan truyền virus độc "
    "hại. Trang web Hoax Slayer đã thống kê hầu hết trường hợp tương tự để cảnh báo độc giả.",
    "Những tin giả này thường dẫn người dùng đến các trang web cảnh báo máy tính đã bị xâm nhập "
    "và yêu cầu người dùng gọi đến số điện thoại hỗ trợ. Nhưng khi họ gọi đến, những kẻ lừa đảo "
    "sẽ thu thập thông tin tài khoản ngân hàng của họ với mục đích thanh toán tiền sửa chữa máy "
    "tính hoặc tải phần mềm bảo vệ máy.",
    "Thực chất, đó là các phần mềm kiểm soát máy tính và ăn cắp dữ liệu, cài mã độc từ xa.",
]
ZING_LEAD = ("Hôm 19/7, nhiều độc giả cảnh báo nhau trên mạng về một loại virus máy tính phát "
             "tán qua tin giả \"Mr. Bean - Rowan Atkinson qua đời\" mạo danh Fox News.")
ZING_DATE = datetime(2018, 7, 19, 15, 18, tzinfo=timezone(timedelta(hours=7)))
ICT = timezone(timedelta(hours=7))
WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“A-ZĐÀ-Ỹ])")


@dataclass
class Page:
    shape: str
    url: str
    html: str
    lead: str
    body: str
    published: datetime


def _tokens(text: str) -> Counter[str]:
    return Counter(WORD.findall(unicodedata.normalize("NFC", text).casefold()))


def f1(got: str, gold: str) -> float:
    """Return bag-of-words F1 of ``got`` against ``gold``."""
    g, t = _tokens(got), _tokens(gold)
    overlap = sum((g & t).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(g.values()), overlap / sum(t.values())
    return 2 * precision * recall / (precision + recall)


def _baomoi(n: int, skip: int = 0) -> list[tuple[str, str, list[str]]]:
    """Return ``n`` real articles as (title, lead, paragraphs)."""
    out = []
    with shared("baomoi", "baomoi-5000.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            lines = [x.strip() for x in json.loads(line)["text"].split("\n") if x.strip()]
            if len(lines) < 3:
                continue
            title, lead, rest = lines[0], lines[1], " ".join(lines[2:])
            if not 800 <= len(rest) <= 4000 or len(lead) < 60:
                continue
            sentences = SENTENCE_END.split(" ".join(rest.split()))
            paras = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
            if len(paras) < 3:
                continue
            if skip:
                skip -= 1
                continue
            out.append((title, lead, paras))
            if len(out) == n:
                break
    return out


def demo_pages(n: int) -> list[Page]:
    site = DemoSite(demo_articles())
    pages = []
    for item in site.items:
        rec = item.record
        if item.body:
            body = list(item.body)
            if len(body) > 1 and any(body[-1] in p and body[-1] != p for p in body[:-1]):
                body = body[:-1]  # the closing pull-quote repeats an earlier paragraph
            gold_body, lead = "\n".join(body), item.sapo
        elif item.sapo.casefold() in item.title.casefold():
            continue
        else:
            gold_body, lead = item.sapo, ""
        base = "http://demo.baobinhduong.local"
        page = site.render(item.path, base)
        pages.append(Page("demo", base + item.path, page.body.decode("utf-8"), lead, gold_body,
                          item.published))
        assert rec["id"]
    # Keep the seed article and a spread of the others.
    step = max(1, len(pages) // max(n - 1, 1))
    chosen = [p for p in pages if "a258900" in p.url] + pages[1::step]
    return chosen[:n]


def zing_pages(n: int) -> list[Page]:
    raw = shared("pages", "zing-real-article.html").read_text("utf-8")
    pages = [Page("zing", ZING_URL, raw, ZING_LEAD, "\n".join(ZING_BODY), ZING_DATE)]
    start = raw.index('<div class="the-article-body cms-body">')
    end = raw.index('<div class="the-article-credit">')
    body = raw[start:end]
    pictures = re.findall(r'<table class="picture".*?</table>', body, re.S)
    related = re.findall(r'<table align="center" class="article">.*?</table>', body, re.S)
    for i, (title, lead, paras) in enumerate(_baomoi(n - 1)):
        parts = [f"<p>{escape(p)}</p>" for p in paras]
        parts.insert(1, pictures[0])
        parts.insert(len(parts) // 2 + 1, pictures[1])
        inner = '<div class="the-article-body cms-body">\n' + "\n".join(parts + related) + \
            "\n</div>\n"
        html = raw[:start] + inner + raw[end:]
        html = re.sub(r'(<h1 class="the-article-title cms-title">).*?(</h1>)',
                      lambda m, t=title: m.group(1) + escape(t) + m.group(2), html, count=1)
        html = re.sub(r'(<p class="the-article-summary cms-desc">).*?(</p>)',
                      lambda m, x=lead: m.group(1) + "\n" + escape(x) + "\n" + m.group(2), html,
                      count=1, flags=re.S)
        pages.append(Page("zing", ZING_URL.replace("861659", str(900000 + i)), html, lead,
                          "\n".join(paras), ZING_DATE))
    return pages


NATIONAL = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title} | Thời sự | Báo Tin Tức</title>
<meta name="description" content="{lead}">
<link rel="canonical" href="{url}"></head><body>
<header class="site-header"><a class="logo" href="/">Báo Tin Tức</a>
<nav class="main-nav"><ul><li><a href="/thoi-su/">Thời sự</a></li><li><a href="/the-gioi/">
Thế giới</a></li><li><a href="/kinh-te/">Kinh tế</a></li><li><a href="/xa-hoi/">Xã hội</a>
</li></ul></nav></header>
<main class="page"><ol class="breadcrumbs"><li><a href="/">Trang chủ</a></li>
<li><a href="/thoi-su/">Thời sự</a></li></ol>
<article class="story"><header class="story-head"><h1 class="story-title">{title}</h1>
<div class="story-meta">{date}</div></header>
<p class="story-lead">{lead}</p>
<figure class="story-photo"><img src="/images/{n}.jpg" alt="">
<figcaption>Ảnh minh họa. Ảnh: TTXVN</figcaption></figure>
<div class="story-body">{body}
<p class="source">Theo TTXVN</p></div>
<div class="social-share"><a href="#">Chia sẻ</a> <a href="#">Facebook</a></div>
<section class="comments"><h3>Bình luận</h3><p>Chưa có bình luận nào.</p></section>
</article>
<aside class="latest"><h3>Tin mới</h3><ul>{latest}</ul></aside></main>
<footer class="site-footer"><p>© Báo Tin Tức - TTXVN. Giấy phép số 123/GP-BTTTT.</p>
</footer></body></html>"""


def national_pages(n: int) -> list[Page]:
    pages = []
    articles = _baomoi(n, skip=200)
    for i, (title, lead, paras) in enumerate(articles):
        when = datetime(2023, 1, 5, 8, 40, tzinfo=ICT) - timedelta(hours=7 * i)
        if i % 2:
            date = f'<time datetime="{when.isoformat()}">{when:%d/%m/%Y %H:%M} (GMT+7)</time>'
        else:
            weekday = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
                       "Chủ Nhật"][when.weekday()]
            date = f'<span class="date">{weekday}, {when:%d/%m/%Y - %H:%M}</span>'
        parts = [f"<p>{escape(p)}</p>" for p in paras]
        # A pull-quote repeating the second paragraph's first sentence.
        quote = SENTENCE_END.split(paras[1])[0]
        parts.insert(2, f'<blockquote class="pullquote"><p>{escape(quote)}</p></blockquote>')
        parts.insert(len(parts) - 1, '<p class="related-inline"><strong>Xem thêm:</strong> '
                     f'<a href="/thoi-su/{i}.htm">{escape(articles[i - 1][0])}</a></p>')
        latest = "".join(f'<li><a href="/x/{j}.htm">{escape(t)}</a></li>'
                         for j, (t, _, _) in enumerate(articles[max(0, i - 5):i]))
        url = f"https://baotintuc.example/thoi-su/bai-{i}.htm"
        html = NATIONAL.format(title=escape(title), lead=escape(lead), url=url, date=date, n=i,
                               body="\n".join(parts), latest=latest)
        pages.append(Page("national", url, html, lead, "\n".join(paras), when))
    return pages


def _ours(page: Page) -> tuple[str, str, datetime | None]:
    article = extract_article(page.html, page.url)
    if article is None:
        return "", "", None
    return article.body, article.sapo, article.published


def _trafilatura(page: Page) -> tuple[str, str, datetime | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if doc is None:
        return "", "", None
    data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    day = data.get("date")
    published = datetime.fromisoformat(day).replace(tzinfo=ICT) if day else None
    return data.get("text") or "", "", published


def _score(pages: list[Page], fn: Callable[[Page], tuple[str, str, datetime | None]],
           ) -> dict[str, float]:
    fn(pages[0])  # warm up imports and caches outside the timing
    results = []
    start = time.perf_counter()
    for page in pages:
        results.append(fn(page))
    seconds = time.perf_counter() - start
    body_f1 = lead_f1 = day_ok = exact_ok = 0.0
    for page, (body, lead, published) in zip(pages, results, strict=True):
        body_f1 += f1(body, page.body)
        lead_f1 += f1(f"{lead}\n{body}", f"{page.lead}\n{page.body}")
        if published is not None:
            day_ok += published.astimezone(ICT).date() == page.published.astimezone(ICT).date()
            exact_ok += published == page.published
    n = len(pages)
    return {"body_f1": body_f1 / n, "lead_f1": lead_f1 / n, "day": day_ok / n,
            "exact": exact_ok / n, "pps": n / seconds}


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    sizes = (30, 10, 20) if quick else (379, 40, 80)
    shapes = {"demo": demo_pages(sizes[0]), "zing": zing_pages(sizes[1]),
              "national": national_pages(sizes[2])}
    rows = []
    status = 0
    for name, pages in shapes.items():
        base = _score(pages, _trafilatura)
        ours = _score(pages, _ours)
        rows.append((name, str(len(pages)), "trafilatura", f"{base['body_f1']:.3f}",
                     f"{base['lead_f1']:.3f}", f"{base['day']:.2f}", "-", f"{base['pps']:.0f}"))
        rows.append((name, str(len(pages)), "corpus_tool", f"{ours['body_f1']:.3f}",
                     f"{ours['lead_f1']:.3f}", f"{ours['day']:.2f}", f"{ours['exact']:.2f}",
                     f"{ours['pps']:.0f}"))
        speed = ours["pps"] / base["pps"]
        rows.append((name, "", "ratio", f"{ours['body_f1'] / max(base['body_f1'], 1e-9):.2f}x",
                     f"{ours['lead_f1'] / max(base['lead_f1'], 1e-9):.2f}x", "", "",
                     f"{speed:.1f}x"))
        if ours["body_f1"] < base["body_f1"] or speed < 3:
            status = 1
    print(table(rows, ("shape", "pages", "extractor", "body F1", "lead+body F1", "date (day)",
                       "exact time", "pages/s")))
    print("goal: body F1 >= trafilatura on every shape, at >= 3x its pages/s"
          + (" -- met" if status == 0 else " -- NOT met"))
    return status
