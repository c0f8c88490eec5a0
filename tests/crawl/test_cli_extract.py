from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tool.cli import main
from corpus_tool.demo import DemoSite, demo_articles


def test_extract_prints_the_article_as_json(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    site = DemoSite(demo_articles())
    seed = next(i for i in site.items if i.id == "bbd-258900")
    page = tmp_path / "seed.html"
    page.write_bytes(site.render(seed.path, "https://baobinhduong.vn").body)

    code = main(["extract", str(page), "--url", "https://baobinhduong.vn" + seed.path])

    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "Đổi mới trong học và làm theo Bác"
    assert data["published"] == "2023-01-05T08:40:31+07:00"
    assert data["authors"] == ["Tiểu Liên", "Châu Tiến"]
    assert "Đổi mới" in out  # ensure_ascii is off


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such file"),
    (b"just some words\n", "is not HTML"),
    (b"<html><body><ul><li><a href='/a'>A</a></li></ul></body></html>", "not an article page"),
])
def test_extract_bad_input_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             content: bytes | None, message: str) -> None:
    page = tmp_path / "page.html"
    if content is not None:
        page.write_bytes(content)

    code = main(["extract", str(page)])

    err = capsys.readouterr().err.strip()
    assert code == 1
    assert message in err and len(err.splitlines()) == 1
