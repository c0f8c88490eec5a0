-- Sites, articles with full-text search, crawl bookkeeping and annotations.

CREATE TABLE sites (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,          -- host or profile name, e.g. baobinhduong.vn
    base_url    TEXT,
    profile     TEXT,                          -- site profile as JSON, when crawled with one
    created_at  TEXT NOT NULL
);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,        -- the public id
    url           TEXT UNIQUE,
    canonical_url TEXT,
    site_id       INTEGER REFERENCES sites(id),
    section       TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    sapo          TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL DEFAULT '',
    published     TEXT,                        -- ISO 8601 with UTC offset
    published_utc TEXT,                        -- same instant in UTC, for sorting and ranges
    updated       TEXT,
    authors       TEXT NOT NULL DEFAULT '[]',  -- JSON list
    captions      TEXT NOT NULL DEFAULT '[]',  -- JSON list
    tags          TEXT NOT NULL DEFAULT '[]',  -- JSON list
    language      TEXT,
    extra         TEXT NOT NULL DEFAULT '{}',  -- JSON object: kept import columns
    field_sources TEXT NOT NULL DEFAULT '{}',  -- JSON object: field -> where it came from
    content_hash  TEXT NOT NULL,
    simhash       INTEGER,
    same_story_as INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    fetched_at    TEXT,
    raw_html      BLOB,                        -- zlib-compressed page as fetched
    created_at    TEXT NOT NULL
);
CREATE INDEX articles_site ON articles(site_id);
CREATE INDEX articles_published ON articles(published_utc);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_canonical ON articles(canonical_url);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, sapo, body,
    content='articles', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0"
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, sapo, body) VALUES (new.id, new.title, new.sapo, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, sapo, body)
    VALUES ('delete', old.id, old.title, old.sapo, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, sapo, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, sapo, body)
    VALUES ('delete', old.id, old.title, old.sapo, old.body);
    INSERT INTO articles_fts(rowid, title, sapo, body) VALUES (new.id, new.title, new.sapo, new.body);
END;

CREATE TABLE crawls (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER REFERENCES sites(id),
    params      TEXT NOT NULL DEFAULT '{}',    -- JSON: seeds, since/until, options
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    summary     TEXT                           -- JSON: counts by outcome
);

CREATE TABLE frontier (
    url            TEXT PRIMARY KEY,
    site_id        INTEGER REFERENCES sites(id),
    kind           TEXT NOT NULL,              -- article, listing, sitemap, feed, page
    state          TEXT NOT NULL DEFAULT 'pending',  -- pending, done, failed, skipped
    depth          INTEGER NOT NULL DEFAULT 0,
    discovered_from TEXT,
    lastmod        TEXT,
    attempts       INTEGER NOT NULL DEFAULT 0,
    etag           TEXT,
    last_modified  TEXT,
    outcome        TEXT,
    updated_at     TEXT NOT NULL
);
CREATE INDEX frontier_state ON frontier(site_id, state);

CREATE TABLE fetch_log (
    id          INTEGER PRIMARY KEY,
    crawl_id    INTEGER REFERENCES crawls(id),
    url         TEXT NOT NULL,
    status      INTEGER,
    outcome     TEXT NOT NULL,                 -- stored, unchanged, not-article, error:..., ...
    detail      TEXT,
    bytes       INTEGER,
    elapsed_ms  INTEGER,
    fetched_at  TEXT NOT NULL
);
CREATE INDEX fetch_log_crawl ON fetch_log(crawl_id);

-- Per-article results of an analysis, versioned by the tool/model that made them.
CREATE TABLE annotations (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,                 -- e.g. nlp, entities, theme, prediction
    version     TEXT NOT NULL,                 -- pipeline or model version
    data        TEXT NOT NULL,                 -- JSON
    created_at  TEXT NOT NULL,
    PRIMARY KEY (article_id, kind, version)
);

-- Results keyed by the hash of the text they were computed from, so identical
-- text is never processed twice whatever article it belongs to.
CREATE TABLE text_cache (
    text_hash   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    version     TEXT NOT NULL,
    data        BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (text_hash, kind, version)
);

-- Corpus-level results (theme summaries, evaluation reports), versioned like annotations.
CREATE TABLE results (
    kind        TEXT NOT NULL,                 -- e.g. themes, classifier-cv
    version     TEXT NOT NULL,
    data        TEXT NOT NULL,                 -- JSON
    created_at  TEXT NOT NULL,
    PRIMARY KEY (kind, version)
);
