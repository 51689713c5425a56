-- onrecord statement store, SQLite. Documented column by column in docs/schema.md
-- ("Database tables"). Dates are ISO text (YYYY-MM-DD), times ISO 8601 in UTC.

CREATE TABLE IF NOT EXISTS onrecord_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS ingest_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed')),
    sources     TEXT NOT NULL DEFAULT '[]',
    options     TEXT NOT NULL DEFAULT '{}',
    documents   INTEGER NOT NULL DEFAULT 0,
    added       INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    statements  INTEGER NOT NULL DEFAULT 0,
    failures    INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS articles (
    id              TEXT PRIMARY KEY,
    url             TEXT UNIQUE,
    source          TEXT,
    title           TEXT,
    published       TEXT,
    outlet          TEXT,
    language        TEXT,
    text            TEXT NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    run_id          INTEGER REFERENCES ingest_runs(id) ON DELETE SET NULL,
    added_at        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published, id);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet);
CREATE INDEX IF NOT EXISTS articles_source ON articles (source);

CREATE TABLE IF NOT EXISTS speakers (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    normalized      TEXT NOT NULL,
    type            TEXT NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    article_count   INTEGER NOT NULL DEFAULT 0,
    first_date      TEXT,
    last_date       TEXT,
    UNIQUE (normalized, type)
);
CREATE INDEX IF NOT EXISTS speakers_statement_count ON speakers (statement_count DESC, id);

CREATE TABLE IF NOT EXISTS speaker_roles (
    speaker_id      TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('title', 'affiliation')),
    value           TEXT NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (speaker_id, role, value)
);

CREATE TABLE IF NOT EXISTS statements (
    id                  INTEGER PRIMARY KEY,
    article_id          TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    content             TEXT NOT NULL,
    content_start       INTEGER NOT NULL,
    content_end         INTEGER NOT NULL,
    cue                 TEXT,
    cue_start           INTEGER,
    cue_end             INTEGER,
    speaker_id          TEXT REFERENCES speakers(id),
    speaker_name        TEXT,
    speaker_type        TEXT NOT NULL DEFAULT 'unknown',
    speaker_title       TEXT,
    speaker_affiliation TEXT,
    speaker_mention     TEXT,
    mention_start       INTEGER,
    mention_end         INTEGER,
    via_name            TEXT,
    via_text            TEXT,
    via_start           INTEGER,
    via_end             INTEGER,
    when_date           TEXT,
    when_precision      TEXT CHECK (when_precision IN ('day', 'week', 'month', 'year')),
    when_expression     TEXT,
    when_text           TEXT,
    when_start          INTEGER,
    when_end            INTEGER,
    date                TEXT,
    outlet              TEXT,
    confidence          REAL NOT NULL,
    explanation         TEXT,
    -- the quotation this statement reports (quotes.id; schema 2, docs/quotes.md)
    quote_id            TEXT,
    UNIQUE (article_id, position)
);
CREATE INDEX IF NOT EXISTS statements_date ON statements (date, id);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements (speaker_id, date, id);
-- Covers the kind and outlet counts of a speaker's page and of facets under a speaker filter.
CREATE INDEX IF NOT EXISTS statements_speaker_facets ON statements (speaker_id, kind, outlet);
CREATE INDEX IF NOT EXISTS statements_outlet ON statements (outlet, date, id);
CREATE INDEX IF NOT EXISTS statements_kind ON statements (kind, date, id);
CREATE INDEX IF NOT EXISTS statements_quote ON statements (quote_id, date, id);

-- Full text over statement content and speaker names; kept in step by the triggers, so
-- rows edited or deleted in any SQL tool stay searchable correctly.
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
    content, speaker_name,
    content = 'statements', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, content, speaker_name) VALUES (new.id, new.content, new.speaker_name);
END;
CREATE TRIGGER IF NOT EXISTS statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_name)
        VALUES ('delete', old.id, old.content, old.speaker_name);
END;
CREATE TRIGGER IF NOT EXISTS statements_fts_update AFTER UPDATE OF content, speaker_name ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_name)
        VALUES ('delete', old.id, old.content, old.speaker_name);
    INSERT INTO statements_fts (rowid, content, speaker_name) VALUES (new.id, new.content, new.speaker_name);
END;

CREATE TABLE IF NOT EXISTS failures (
    id         INTEGER PRIMARY KEY,
    source     TEXT NOT NULL UNIQUE,
    stage      TEXT NOT NULL CHECK (stage IN ('read', 'clean', 'language', 'extract', 'store')),
    reason     TEXT NOT NULL,
    skipped    INTEGER NOT NULL DEFAULT 0,
    attempts   INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    run_id     INTEGER REFERENCES ingest_runs(id) ON DELETE SET NULL
);

-- Quotations across articles (schema 2; the link stage, docs/quotes.md): one row per
-- cluster of reports of the same words, with what its reports add up to.
CREATE TABLE IF NOT EXISTS quotes (
    id                 TEXT PRIMARY KEY,
    text               TEXT NOT NULL,
    kind               TEXT NOT NULL,
    speaker_id         TEXT,
    speaker_name       TEXT,
    speakers           INTEGER NOT NULL DEFAULT 0,
    reports            INTEGER NOT NULL DEFAULT 0,
    articles           INTEGER NOT NULL DEFAULT 0,
    outlets            INTEGER NOT NULL DEFAULT 0,
    variants           INTEGER NOT NULL DEFAULT 0,
    first_date         TEXT,
    last_date          TEXT,
    first_statement_id INTEGER,
    first_article_id   TEXT,
    first_outlet       TEXT
);
-- The list of quotations: the most widely carried first.
CREATE INDEX IF NOT EXISTS quotes_spread ON quotes (articles DESC, reports DESC, id);

-- Each distinct normalised text of a quotation, by its exact key (store/quotekeys.py).
CREATE TABLE IF NOT EXISTS quote_variants (
    hash     INTEGER PRIMARY KEY,
    quote_id TEXT NOT NULL,
    norm     TEXT NOT NULL,
    words    INTEGER NOT NULL
);

-- MinHash band keys and containment marks of the variants: near-duplicates by index probe.
CREATE TABLE IF NOT EXISTS quote_keys (
    key     INTEGER NOT NULL,
    variant INTEGER NOT NULL,
    PRIMARY KEY (key, variant)
) WITHOUT ROWID;
