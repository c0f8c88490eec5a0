from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from corpus_tool import Article, CorpusStore
from corpus_tool.errors import ConfigError, InputError
from corpus_tool.report import (
    build_report_data,
    escape_json_for_script,
    render_report,
    write_report,
)
from tests.report.conftest import ARTICLES, fill

PAYLOAD = '</script><script>window.__pwned = 1</script><img src=x onerror="alert(1)">'


def payload_of(page: str) -> dict:  # type: ignore[type-arg]
    tree = HTMLParser(page)
    block = tree.css_first("script#report-data")
    assert block is not None
    return json.loads(block.text())  # type: ignore[no-any-return]


def test_json_for_script_escapes_markup_and_line_separators() -> None:
    text = escape_json_for_script({"t": "</script><!-- & \u2028\u2029 Gần dân"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert "Gần dân" in text
    assert json.loads(text) == {"t": "</script><!-- & \u2028\u2029 Gần dân"}


def test_page_is_self_contained(corpus: CorpusStore) -> None:
    page = render_report(build_report_data(corpus))
    tree = HTMLParser(page)
    assert tree.css("link") == []
    assert all(s.attributes.get("src") is None for s in tree.css("script"))
    assert all(not (i.attributes.get("src") or "").startswith("http") for i in tree.css("img"))
    assert re.search(r"@import|url\(\s*['\"]?https?:", page) is None
    scripts = [s for s in tree.css("script") if s.attributes.get("type") is None]
    assert len(scripts) == 4  # vega, vega-lite, vega-embed, the page script


def test_csp_allows_exactly_the_inline_scripts_and_no_network(corpus: CorpusStore) -> None:
    page = render_report(build_report_data(corpus))
    tree = HTMLParser(page)
    meta = tree.css_first('meta[http-equiv="Content-Security-Policy"]')
    assert meta is not None
    csp = meta.attributes["content"] or ""
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    allowed = set(re.findall(r"'sha256-([^']+)'", csp))
    # selectolax gives the raw text of each element, as the browser hashes it.
    for script in tree.css("script"):
        if script.attributes.get("type") == "application/json":
            continue
        digest = base64.b64encode(hashlib.sha256(script.text().encode()).digest()).decode()
        assert digest in allowed


def test_crawled_markup_stays_inside_the_data_block(tmp_path: Path) -> None:
    evil = Article(id="x1", url="javascript:alert(document.domain)", title=PAYLOAD,
                   site="evil.example", authors=[PAYLOAD], body=PAYLOAD)
    with CorpusStore(tmp_path / "c.sqlite") as store:
        store.add_articles([evil])
        page = render_report(build_report_data(store))
    assert PAYLOAD not in page
    assert page.count("</script>") == 5  # the data block and the four scripts
    assert payload_of(page)["articles"][0][1] == PAYLOAD


def test_labels_follow_the_language(corpus: CorpusStore) -> None:
    data = build_report_data(corpus)
    vi, en = render_report(data), render_report(data, lang="en")
    assert '<html lang="vi">' in vi and "<h2>Nhân vật</h2>" in vi
    assert '<html lang="en">' in en and "<h2>People</h2>" in en
    assert payload_of(en)["t"]["col_mentions"] == "Mentions"
    with pytest.raises(ConfigError, match=r"lang: 'fr' is not one of \['en', 'vi'\]"):
        render_report(data, lang="fr")


def test_payload_refers_to_articles_by_position(corpus: CorpusStore) -> None:
    data = payload_of(render_report(build_report_data(corpus)))
    ids = [row[0] for row in data["articles"]]
    long = next(p for p in data["people"] if p["name"] == "Lê Thanh Long")
    assert [ids[i] for i in long["articles"]] == ["bd-1", "bd-2"]
    theme = data["themes"][0]
    assert ids[theme["representatives"][0]] == "bd-2"
    assert data["months"] == ["2023-01", "2023-02"]
    assert data["meta"]["missing"] == []
    overview = data["charts"]["overview"]
    assert overview["encoding"]["x"]["scale"]["domain"][:2] == ["2023-W01", "2023-W02"]
    assert len(overview["encoding"]["x"]["scale"]["domain"]) == 8  # W01..W08, empty weeks kept


def test_write_report_is_atomic_and_checks_the_target(corpus: CorpusStore, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    written = write_report(corpus, out)
    assert written.path == out and written.bytes == out.stat().st_size
    assert written.articles == len(ARTICLES) and written.missing == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with pytest.raises(InputError, match="does not exist"):
        write_report(corpus, tmp_path / "missing" / "report.html")
    with pytest.raises(InputError, match="is a folder"):
        write_report(corpus, tmp_path)


def test_report_without_analyses_names_them(tmp_path: Path) -> None:
    with CorpusStore(tmp_path / "c.sqlite") as store:
        fill(store, entities=False, themes=False)
        written = write_report(store, tmp_path / "r.html", run_analyses=False)
    assert written.missing == ["entities", "themes"]
    data = payload_of((tmp_path / "r.html").read_text("utf-8"))
    assert data["meta"]["missing"] == ["entities", "themes"]
    assert data["charts"]["themes"] is None


def test_report_runs_the_analyses_a_store_lacks(tmp_path: Path) -> None:
    lines: list[str] = []
    with CorpusStore(tmp_path / "c.sqlite") as store:
        fill(store, entities=False, themes=False)
        written = write_report(store, tmp_path / "r.html", progress=lines.append)
        assert set(store.annotations("entities")) == {a.id for a in store.iter_articles()}
    assert written.missing == []
    assert "running entities" in lines and "running themes" in lines
    data = payload_of((tmp_path / "r.html").read_text("utf-8"))
    assert data["meta"]["missing"] == []
    assert any(p["name"] == "Lê Thanh Long" for p in data["people"])


def test_vendored_bundles_match_their_recorded_checksums() -> None:
    vendor = Path(__file__).resolve().parents[2] / "corpus_tool" / "report" / "vendor"
    recorded = {}
    for line in (vendor / "VERSIONS").read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and len(parts[0]) == 64:
            recorded[parts[1]] = parts[0]
    assert set(recorded) == {"vega.min.js", "vega-lite.min.js", "vega-embed.min.js"}
    for name, digest in recorded.items():
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, name
        assert "sourceMappingURL" not in (vendor / name).read_text("utf-8")


def test_period_shown_ends_on_the_last_day_inside_it(corpus: CorpusStore) -> None:
    from datetime import datetime, timedelta, timezone

    vn = timezone(timedelta(hours=7))
    data = build_report_data(corpus, since=datetime(2023, 1, 10, tzinfo=vn),
                             until=datetime(2023, 2, 1, tzinfo=vn))
    meta = payload_of(render_report(data))["meta"]
    assert meta["since"].startswith("2023-01-10") and meta["last_day"] == "2023-01-31"
