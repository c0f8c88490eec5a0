"""The report as a reader sees it: loaded from disk in headless Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from corpus_tool import Article, CorpusStore
from corpus_tool.report import messages, write_report
from tests.report.conftest import ARTICLES, fill

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CORPUS_TOOL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VN = timezone(timedelta(hours=7))
VI = messages("vi")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}: CI must run the browser tests (.ci/run installs chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (no browser download)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Loaded:
    page: Any
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[str]:
        return self.page.evaluate("window.__csp || []")  # type: ignore[no-any-return]


@pytest.fixture
def open_report(browser: Any) -> Iterator[Any]:
    """Return a function that loads a report file and records what the page does."""
    contexts = []

    def load(path: Path) -> Loaded:
        context = browser.new_context()
        contexts.append(context)
        page = context.new_page()
        loaded = Loaded(page, path.resolve().as_uri())
        page.on("console", lambda m: m.type == "error" and loaded.errors.append(m.text))
        page.on("pageerror", lambda e: loaded.errors.append(f"pageerror: {e}"))
        page.on("request", lambda r: loaded.requests.append(r.url))
        page.on("dialog", lambda d: (loaded.dialogs.append(d.message), d.dismiss()))
        # Anything that would leave the file is refused, so a leak fails fast and shows here.
        context.route("**/*", lambda route: route.continue_() if route.request.url == loaded.url
                      else route.abort())
        page.add_init_script(
            "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
        page.goto(loaded.url)
        page.wait_for_selector("html[data-report-ready]", timeout=20_000)
        return loaded

    yield load
    for context in contexts:
        context.close()


def _write(store: CorpusStore, path: Path, **options: Any) -> Path:
    write_report(store, path, **options)
    return path


def _wait_charts(loaded: Loaded, *ids: str) -> None:
    for chart_id in ids:
        loaded.page.wait_for_selector(f"#{chart_id}[data-rendered] svg", timeout=20_000)


def test_report_renders_charts_without_errors_or_requests(
        corpus: CorpusStore, tmp_path: Path, open_report: Any) -> None:
    loaded = open_report(_write(corpus, tmp_path / "report.html"))
    _wait_charts(loaded, "chart-overview", "chart-themes")
    page = loaded.page
    # Five (site, week) bars in the overview, one line per theme in the timeline.
    assert page.locator("#chart-overview svg .mark-rect path").count() == 5
    assert page.locator("#chart-themes svg .mark-line path").count() == 2
    assert page.locator("#initiatives-table svg.spark polyline").count() == 3
    counts = [label for label in page.locator(
        "#chart-overview svg .role-axis-label text").all_text_contents() if label.isdigit()]
    assert counts == ["0", "1", "2"]  # whole numbers only, each once
    assert "baobinhduong.vn (3)" in page.locator("#themes-table tbody tr").first.inner_text()
    assert VI["resolver_corpus_tool.entities.resolve_corpus"] in \
        page.locator("#notices").inner_text()
    assert loaded.errors == [] and loaded.csp_violations() == []
    assert loaded.requests == [loaded.url]
    assert page.locator("#articles-table tbody tr").count() == len(ARTICLES)
    assert page.locator("#people-table tbody tr").first.locator("td").first.inner_text() \
        .startswith("Lê Thanh Long")  # most mentioned first


def test_search_box_filters_the_article_rows(corpus: CorpusStore, tmp_path: Path,
                                             open_report: Any) -> None:
    from playwright.sync_api import expect

    page = open_report(_write(corpus, tmp_path / "report.html")).page
    search = page.locator("#articles-table-search")
    rows = page.locator("#articles-table tbody tr:visible")
    search.fill("gần dân")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("nhân rộng mô hình")
    search.fill("gan dan")  # without tone marks it matches the marked text too
    expect(rows).to_have_count(1)
    search.fill("Tiểu Liên")
    expect(rows).to_have_count(2)
    expect(page.locator("#table-articles .table-tools .muted")).to_have_text(
        VI["shown"].format(shown=2, total=len(ARTICLES)))
    search.fill("không có bài nào như thế")
    expect(rows).to_have_count(0)
    search.fill("")
    expect(rows).to_have_count(len(ARTICLES))


def test_clicking_a_heading_sorts_the_table(corpus: CorpusStore, tmp_path: Path,
                                            open_report: Any) -> None:
    from playwright.sync_api import expect

    page = open_report(_write(corpus, tmp_path / "report.html")).page
    first_dates = page.locator("#articles-table tbody tr td:first-child")
    assert first_dates.first.inner_text() == "20/02/2023"  # newest first by default
    page.get_by_role("button", name=VI["col_published"]).click()
    expect(page.locator("#articles-table th").first).to_have_attribute("aria-sort", "ascending")
    assert first_dates.all_inner_texts() == ["05/01/2023", "12/01/2023", "13/01/2023",
                                             "02/02/2023", "20/02/2023", ""]
    mentions = page.locator("#organizations-table tbody tr td:nth-child(2)")
    assert mentions.all_inner_texts() == ["2", "1", "1"]
    page.locator("#organizations-table th button").nth(1).click()
    assert mentions.all_inner_texts() == ["1", "1", "2"]


def test_untrusted_text_is_shown_as_text_and_never_runs(tmp_path: Path,
                                                        open_report: Any) -> None:
    script = "<script>window.__pwned = 'title'; document.title = 'pwned'</script>"
    img = "<img src=x onerror=\"window.__pwned = 'img'; alert('img')\">"
    evil = Article(
        id="evil-1", url="javascript:window.__pwned='link'", site=f"evil.example {img}",
        section=img, title=f"Tin nóng {script}{img}", authors=[f"Phóng viên {img}"],
        body=f"Nội dung <a href=\"javascript:alert(1)\">bấm</a> {script}",
        published=datetime(2023, 1, 5, tzinfo=VN))
    with CorpusStore(tmp_path / "c.sqlite") as store:
        store.add_articles([evil, ARTICLES[0]])
        store.put_annotations("entities", "x", [("evil-1", {
            "people": [{"name": f"Ông {img}", "title": script, "organization": "UBND",
                        "sentence": f"Ông {img} cho biết: “{script} đã nói”", "start": 0,
                        "end": 1}],
            "initiatives": [{"name": script, "kind": img, "start": 0, "end": 1}],
            "organizations": [{"name": img, "start": 0, "end": 1}],
            "acronyms": [{"short": "<b>X</b>", "long": img, "start": 0, "end": 1}]})])
        store.put_annotations("theme", "tv", [
            ("evil-1", {"theme": "t0", "score": 1.0, "outlier": False})])
        store.put_result("themes", "tv", {"k": 1, "outliers": 0, "themes": [
            {"id": "t0", "label": img, "name": script, "size": 1, "top_terms": [img],
             "representatives": [{"id": "evil-1", "title": script}]}]})
        loaded = open_report(_write(store, tmp_path / "evil.html"))
    page = loaded.page
    _wait_charts(loaded, "chart-overview", "chart-themes")
    # Chart labels and tooltips carry crawled site names and theme labels too.
    page.locator("#chart-overview svg .mark-rect path").last.hover()
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible")
    assert img in tooltip.inner_text()
    # Legends shorten long labels with an ellipsis, so look for the start.
    assert "evil.example <img src=x onerror=" in page.locator("#chart-overview svg").text_content()
    assert script[:24] in page.locator("#chart-themes svg").text_content()
    page.wait_for_timeout(300)  # let any injected handler fire, if one had been created
    assert page.evaluate("window.__pwned") is None
    assert page.title() == VI["title"]
    assert loaded.dialogs == [] and loaded.errors == [] and loaded.csp_violations() == []
    assert loaded.requests == [loaded.url]
    assert page.locator("img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    row = page.locator("#articles-table tbody tr", has_text="Tin nóng")
    assert row.locator("td").nth(1).inner_text().startswith(f"Tin nóng {script}{img}")
    assert f"Phóng viên {img}" in row.locator("td").nth(4).inner_text()
    assert "javascript:window.__pwned='link'" in row.inner_text()  # the refused URL, as text
    assert script in page.locator("#initiatives-table").inner_text()
    assert f"{script} đã nói" in page.locator("#people-table").inner_text()


@pytest.mark.parametrize("case", ["empty", "one", "no-entities", "entities-found-nothing"])
def test_small_corpora_give_a_report_that_says_what_is_there(
        case: str, tmp_path: Path, open_report: Any) -> None:
    from playwright.sync_api import expect

    with CorpusStore(tmp_path / "c.sqlite") as store:
        if case == "one":
            fill(store, articles=[ARTICLES[0]], themes=False)
        elif case == "no-entities":
            fill(store, entities=False)
        elif case == "entities-found-nothing":
            fill(store, entities=False, themes=False)
            store.put_annotations("entities", "entities-0.3", [
                (a.id, {"people": [], "initiatives": [], "organizations": [], "locations": [],
                        "acronyms": [], "authors": []}) for a in ARTICLES])
        # As stored (--only-stored): these corpora show what a report says
        # about missing analyses; running them is tested in test_analyses.
        loaded = open_report(_write(store, tmp_path / f"{case}.html", run_analyses=False))
    page = loaded.page
    notices = page.locator("#notices")
    if case == "empty":
        expect(notices).to_contain_text(VI["empty_corpus"])
        expect(page.locator("#chart-overview")).to_have_text(VI["no_chart"])
        assert page.locator("#articles-table").count() == 0
    if case == "one":
        _wait_charts(loaded, "chart-overview")
        assert page.locator("#chart-overview svg .mark-rect path").count() == 1
        assert page.locator("#articles-table tbody tr").count() == 1
        assert page.locator("#people-table tbody tr").count() == 2
        expect(notices).to_contain_text(VI["missing_themes"])
    if case == "no-entities":
        _wait_charts(loaded, "chart-overview", "chart-themes")
        expect(notices).to_contain_text(VI["missing_entities"])
        expect(page.locator("#table-people")).to_have_text(VI["missing_entities"])
        assert page.locator("#articles-table tbody tr").count() == len(ARTICLES)
    if case == "entities-found-nothing":
        for section in ("initiatives", "people", "organizations", "acronyms"):
            expect(page.locator(f"#table-{section}")).to_have_text(VI["no_entities"])
        expect(notices).not_to_contain_text(VI["missing_entities"])
    assert loaded.errors == [] and loaded.csp_violations() == []
    assert loaded.requests == [loaded.url]


def test_english_report_has_english_labels(corpus: CorpusStore, tmp_path: Path,
                                           open_report: Any) -> None:
    loaded = open_report(_write(corpus, tmp_path / "en.html", lang="en"))
    _wait_charts(loaded, "chart-overview")
    page = loaded.page
    assert page.locator("#people h2").inner_text() == "People"
    assert page.get_by_role("button", name="Published").count() == 1
    assert page.locator("#articles-table tbody tr td").first.inner_text() == "2023-02-20"
    assert "Week" in page.locator("#chart-overview svg").text_content()
    assert loaded.errors == []


def test_missing_browser_fails_under_ci_and_skips_elsewhere(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the browser tests"):
        _unavailable("no chromium")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="no chromium"):
        _unavailable("no chromium")
