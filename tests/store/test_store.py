from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from corpus_tool._text import content_hash
from corpus_tool.errors import SchemaVersionError, StoreError
from corpus_tool.records import Article
from corpus_tool.store import SCHEMA_VERSION, ArticleRef, CorpusStore

ICT = timezone(timedelta(hours=7))


def _article(uid: str, **kw: object) -> Article:
    base: dict[str, object] = {
        "id": uid, "url": f"https://baobinhduong.vn/{uid}.html", "title": "Gần dân, giúp dân",
        "body": "Thành ủy Thủ Dầu Một triển khai mô hình “Gần dân, giúp dân”.",
        "site": "baobinhduong.vn", "published": datetime(2023, 1, 5, 8, 40, 31, tzinfo=ICT),
        "authors": ["Tiểu Liên", "Châu Tiến"],
    }
    base.update(kw)
    return Article(**base)  # type: ignore[arg-type]


def test_new_store_uses_wal_foreign_keys_and_current_schema(tmp_path: Path) -> None:
    with CorpusStore(tmp_path / "c.sqlite") as store:
        conn = store.connection
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_article_round_trips_with_timezone_and_lists(store: CorpusStore) -> None:
    store.add_article(_article("a1"), raw_html=b"<html>x</html>")
    got = store.get_article("a1")
    assert got is not None
    assert got.published is not None and got.published.isoformat() == "2023-01-05T08:40:31+07:00"
    assert got.authors == ["Tiểu Liên", "Châu Tiến"]
    assert got.site == "baobinhduong.vn"
    assert store.raw_html("a1") == b"<html>x</html>"


def test_duplicate_id_or_url_is_skipped_and_counted(store: CorpusStore) -> None:
    result = store.add_articles([
        _article("a1"), _article("a1", title="khác"),
        _article("a2", url="https://baobinhduong.vn/a1.html"), _article("a3"),
    ])
    assert (result.added, result.duplicates) == (2, 2)
    assert store.get_article("a1").title == "Gần dân, giúp dân"  # type: ignore[union-attr]


def test_failed_transaction_leaves_no_half_written_article(store: CorpusStore) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.add_article(_article("a1"))
        raise RuntimeError("crash mid-batch")
    assert store.count() == 0
    assert store.search("Gần dân") == []


def test_full_text_search_finds_vietnamese_phrase(store: CorpusStore) -> None:
    store.add_articles([_article("a1"), _article("a2", title="Thể thao", body="Bóng đá.")])
    hits = store.search("gần dân")
    assert [h.id for h in hits] == ["a1"]
    assert "[" in hits[0].snippet


def test_search_query_in_nfd_matches_nfc_text(store: CorpusStore) -> None:
    import unicodedata

    store.add_article(_article("a1"))
    assert [h.id for h in store.search(unicodedata.normalize("NFD", "Thủ Dầu Một"))] == ["a1"]


def test_empty_search_query_is_an_error(store: CorpusStore) -> None:
    with pytest.raises(StoreError, match="empty"):
        store.search("  ")


def test_iter_articles_filters_by_date_range_and_site(store: CorpusStore) -> None:
    store.add_articles([
        _article("jan", published=datetime(2023, 1, 10, tzinfo=ICT)),
        _article("feb", published=datetime(2023, 2, 10, tzinfo=ICT)),
        _article("other", site="baodongnai.vn", published=datetime(2023, 1, 11, tzinfo=ICT)),
    ])
    got = store.iter_articles(since=datetime(2023, 1, 1, tzinfo=ICT),
                              until=datetime(2023, 2, 1, tzinfo=ICT), sites=["baobinhduong.vn"])
    assert [a.id for a in got] == ["jan"]


def test_iter_articles_streams_in_batches(store: CorpusStore) -> None:
    store.add_articles(_article(f"a{i}") for i in range(25))
    assert [a.id for a in store.iter_articles(batch_size=7)] == [f"a{i}" for i in range(25)]


def test_annotations_are_versioned_and_deleted_with_their_article(store: CorpusStore) -> None:
    store.add_article(_article("a1"))
    store.put_annotations("entities", "v1", [("a1", {"people": []})])
    store.put_annotations("entities", "v2", [("a1", {"people": [{"name": "Lê Thanh Long"}]})])
    assert store.annotations("entities", "v1") == {"a1": {"people": []}}
    assert store.annotation_versions("entities") == ["v1", "v2"]
    store.connection.execute("DELETE FROM articles WHERE uid = 'a1'")
    assert store.annotations("entities") == {}


def test_annotation_for_unknown_article_is_rejected(store: CorpusStore) -> None:
    with pytest.raises(StoreError, match="unknown article id 'nope'"):
        store.put_annotations("entities", "v1", [("nope", {})])


def test_text_cache_returns_only_hits(store: CorpusStore) -> None:
    store.cache_put("nlp", "1", [("h1", b"one"), ("h2", b"two")])
    assert store.cache_get("nlp", "1", ["h1", "h3"]) == {"h1": b"one"}
    assert store.cache_get("nlp", "2", ["h1"]) == {}


def test_results_keep_the_newest_version(store: CorpusStore) -> None:
    store.put_result("themes", "m1", {"k": 3})
    store.put_result("themes", "m2", {"k": 5})
    assert store.result("themes") == {"k": 5}
    assert store.result("themes", "m1") == {"k": 3}
    assert store.result("absent") is None


def test_file_that_is_not_sqlite_is_rejected(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("Thành ủy Thủ Dầu Một\n" * 10, encoding="utf-8")
    with pytest.raises(StoreError, match="not a SQLite database"):
        CorpusStore(bogus)


def test_store_from_a_newer_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaVersionError, match="newer than this corpus_tool knows"):
        CorpusStore(path)


def test_missing_store_is_an_error_when_creation_is_off(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no corpus database"):
        CorpusStore(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()


def test_reopening_an_existing_store_keeps_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with CorpusStore(path) as store:
        store.add_article(_article("a1"))
    with CorpusStore(path, create=False) as store:
        assert store.count() == 1


def test_latest_annotation_version_is_the_one_written_last_not_sorted_last(
        store: CorpusStore) -> None:
    store.add_article(_article("a1"))
    store.put_annotations("theme", "themes-ffff", [("a1", {"theme": "t0"})])
    store.put_annotations("theme", "themes-0000", [("a1", {"theme": "t1"})])
    assert store.latest_annotation_version("theme") == "themes-0000"
    assert store.latest_annotation_version("absent") is None
    store.put_result("themes", "themes-ffff", {"k": 2})
    store.put_result("themes", "themes-0000", {"k": 3})
    assert store.latest_result("themes") == ("themes-0000", {"k": 3})


def test_update_article_replaces_content_and_search_but_keeps_identity(
        store: CorpusStore) -> None:
    store.add_article(_article("a1", extra={"label": "x"}), raw_html=b"<p>old</p>")
    changed = _article("a1", title="Tiêu đề mới", body="Nội dung đã sửa về Thủ Dầu Một.")
    assert store.update_article("a1", changed) is True
    got = store.get_article("a1")
    assert got is not None and got.title == "Tiêu đề mới" and got.extra == {"label": "x"}
    assert store.raw_html("a1") == b"<p>old</p>"
    assert [h.id for h in store.search("đã sửa")] == ["a1"]
    assert store.search("Gần dân") == []
    assert store.update_article("absent", changed) is False


def test_find_article_matches_id_url_or_canonical_url_and_gives_its_content_hash(
        store: CorpusStore) -> None:
    store.add_article(_article("a1", canonical_url="https://baobinhduong.vn/goc/a1"))
    store.add_article(_article("a2"))
    a1 = store.find_article(id="a1")
    assert a1 == ArticleRef("a1", content_hash("Gần dân, giúp dân", "",
                                               _article("a1").body))
    assert store.find_article(urls=["https://example.vn/x", "https://baobinhduong.vn/a2.html"],
                              canonical_url="https://example.vn/y") == ArticleRef(
        "a2", a1.content_hash)
    assert store.find_article(canonical_url="https://baobinhduong.vn/goc/a1") == a1
    # a URL given in urls is looked up among stored URLs only, as the crawler asks
    assert store.find_article(urls=["https://baobinhduong.vn/goc/a1"]) is None
    assert store.has_article(url="https://baobinhduong.vn/goc/a1")
    assert store.find_article() is None
    assert store.find_article(id=None, urls=[None], canonical_url=None) is None


def test_find_article_gives_the_content_hash_after_an_update(store: CorpusStore) -> None:
    store.add_article(_article("a1"))
    store.update_article("a1", _article("a1", body="Nội dung đã sửa."))
    found = store.find_article(urls=["https://baobinhduong.vn/a1.html"])
    assert found is not None
    assert found.content_hash == content_hash("Gần dân, giúp dân", "", "Nội dung đã sửa.")
    assert store.find_by_hash(found.content_hash) == "a1"


def test_simhashes_lists_the_articles_that_have_one(store: CorpusStore) -> None:
    store.add_article(_article("a1"), simhash=0x1F2E3D4C5B6A7988)
    store.add_article(_article("a2"))
    store.add_article(_article("a3"), simhash=-5)
    assert sorted(store.simhashes()) == [("a1", 0x1F2E3D4C5B6A7988), ("a3", -5)]
