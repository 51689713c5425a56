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
    status      TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
    sources     TEXT NOT NULL DEFAULT '[]',
    options     TEXT NOT NULL DEFAULT '{}',
    documents   INTEGER NOT NULL DEFAULT 0,
    added       INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    statements  INTEGER NOT NULL DEFAULT 0,
    failures    INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    -- the process (SQLite: host:pid:start) or session (PostgreSQL: pg:pid:start) running it
    owner       TEXT,
    updated     INTEGER NOT NULL DEFAULT 0
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
    added_at        TEXT NOT NULL,
    -- 0 while `onrecord relink` has yet to link this article again (schema 2)
    linked          INTEGER NOT NULL DEFAULT 1,
    -- The URL as looked up (normalised: onrecord.fetch.urls.url_key), when the URL was
    -- first and last seen (fetched, or answered "not modified"), and for an article whose
    -- page changed: when, and the id of the text it replaced (kept in article_versions).
    url_key         TEXT,
    first_seen      TEXT,
    last_seen       TEXT,
    updated_at      TEXT,
    previous_id     TEXT
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published, id);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet);
CREATE INDEX IF NOT EXISTS articles_source ON articles (source);
CREATE INDEX IF NOT EXISTS articles_url_key ON articles (url_key);

CREATE TABLE IF NOT EXISTS speakers (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    normalized      TEXT NOT NULL,
    type            TEXT NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    article_count   INTEGER NOT NULL DEFAULT 0,
    first_date      TEXT,
    last_date       TEXT,
    -- schema 2: the link stage (docs/linking.md)
    unnamed         INTEGER NOT NULL DEFAULT 0,
    article_id      TEXT,
    surname         TEXT,
    fold            TEXT,
    male            INTEGER NOT NULL DEFAULT 0,
    female          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS speakers_statement_count ON speakers (statement_count DESC, id);
CREATE INDEX IF NOT EXISTS speakers_normalized ON speakers (normalized);
CREATE INDEX IF NOT EXISTS speakers_surname ON speakers (surname);
CREATE INDEX IF NOT EXISTS speakers_fold ON speakers (fold);
CREATE INDEX IF NOT EXISTS speakers_article ON speakers (article_id);
-- Named speakers only, by statements: the speakers list and facets without the unnamed.
CREATE INDEX IF NOT EXISTS speakers_named ON speakers (unnamed, statement_count DESC, id);

CREATE TABLE IF NOT EXISTS speaker_roles (
    speaker_id      TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('title', 'affiliation')),
    value           TEXT NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    first_date      TEXT,
    last_date       TEXT,
    PRIMARY KEY (speaker_id, role, value)
);
-- Unnamed sources of a body ("a spokesman for X"): their affiliation is looked up.
CREATE INDEX IF NOT EXISTS speaker_roles_value ON speaker_roles (role, value);

-- Every form of a speaker's name, as written, with how often (the aliases of a knowledge
-- base: a normalised alias leads to its candidate speakers, the counts are priors).
CREATE TABLE IF NOT EXISTS speaker_aliases (
    speaker_id      TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias           TEXT NOT NULL,
    normalized      TEXT NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    first_date      TEXT,
    last_date       TEXT,
    PRIMARY KEY (speaker_id, alias)
);
CREATE INDEX IF NOT EXISTS speaker_aliases_normalized ON speaker_aliases (normalized);

-- The types a speaker's statements gave it; speakers.type is the most frequent.
CREATE TABLE IF NOT EXISTS speaker_types (
    speaker_id      TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    type            TEXT NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (speaker_id, type)
);

-- Where and when a speaker was quoted: the "same outlet and period" evidence of linking.
CREATE TABLE IF NOT EXISTS speaker_outlets (
    speaker_id      TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    outlet          TEXT NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    first_date      TEXT,
    last_date       TEXT,
    PRIMARY KEY (speaker_id, outlet)
);

-- Ids that relink retired, and the speaker each now leads to (old links keep working).
CREATE TABLE IF NOT EXISTS speaker_redirects (
    old_id     TEXT PRIMARY KEY,
    normalized TEXT NOT NULL,
    speaker_id TEXT
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
    speaker_unnamed     INTEGER NOT NULL DEFAULT 0,
    speaker_document    TEXT,
    speaker_entity      INTEGER,
    speaker_description TEXT,
    act                 TEXT NOT NULL DEFAULT 'speech' CHECK (act IN ('speech', 'writing', 'belief', 'intention', 'stance')),
    -- the quotation this statement reports (quotes.id; schema 2, docs/quotes.md)
    quote_id            TEXT,
    UNIQUE (article_id, position)
);
CREATE INDEX IF NOT EXISTS statements_date ON statements (date, id);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements (speaker_id, date, id);
-- Covers the kind and outlet counts of a speaker's page and of facets under a speaker filter.
CREATE INDEX IF NOT EXISTS statements_speaker_facets ON statements (speaker_id, act, kind, outlet);
CREATE INDEX IF NOT EXISTS statements_outlet ON statements (outlet, date, id);
CREATE INDEX IF NOT EXISTS statements_kind ON statements (kind, date, id);
-- Covers the counts of the default record (speech and writing) per act, kind and outlet.
CREATE INDEX IF NOT EXISTS statements_act ON statements (act, kind, outlet);
CREATE INDEX IF NOT EXISTS statements_quote ON statements (quote_id, date, id);

-- Full text over statement content and speaker names; kept in step by the triggers, so
-- rows edited or deleted in any SQL tool stay searchable correctly. The act is indexed too
-- (searches match words in content and speaker_name only): a word and the default acts are
-- then one MATCH, counted inside the index however common the word.
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
    content, speaker_name, act,
    content = 'statements', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, content, speaker_name, act) VALUES (new.id, new.content, new.speaker_name, new.act);
END;
CREATE TRIGGER IF NOT EXISTS statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_name, act)
        VALUES ('delete', old.id, old.content, old.speaker_name, old.act);
END;
CREATE TRIGGER IF NOT EXISTS statements_fts_update AFTER UPDATE OF content, speaker_name, act ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_name, act)
        VALUES ('delete', old.id, old.content, old.speaker_name, old.act);
    INSERT INTO statements_fts (rowid, content, speaker_name, act) VALUES (new.id, new.content, new.speaker_name, new.act);
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

-- Article.entities: the people and bodies an article mentions (schema 2). Lists are JSON
-- arrays of strings.
CREATE TABLE IF NOT EXISTS article_entities (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    type         TEXT NOT NULL,
    titles       TEXT NOT NULL DEFAULT '[]',
    affiliations TEXT NOT NULL DEFAULT '[]',
    aliases      TEXT NOT NULL DEFAULT '[]',
    mentions     INTEGER NOT NULL DEFAULT 0,
    unnamed      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, position)
);

-- Earlier texts of articles whose page changed (same URL, new text): the article row
-- holds the current text and statements; each text it replaced is kept here.
CREATE TABLE IF NOT EXISTS article_versions (
    id              INTEGER PRIMARY KEY,
    url_key         TEXT NOT NULL,
    article_id      TEXT NOT NULL,
    url             TEXT,
    title           TEXT,
    text            TEXT NOT NULL,
    statement_count INTEGER NOT NULL DEFAULT 0,
    first_seen      TEXT,
    replaced_at     TEXT NOT NULL,
    replaced_by     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_versions_url_key ON article_versions (url_key, replaced_at);

-- What the fetcher got for each URL, so that the next pass (another cron run) asks only
-- "has it changed?" (If-None-Match / If-Modified-Since) and follows known redirects.
CREATE TABLE IF NOT EXISTS fetch_cache (
    url           TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('page', 'feed', 'sitemap', 'home', 'robots', 'redirect')),
    status        INTEGER NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    location      TEXT,
    canonical     TEXT,
    content_hash  TEXT,
    body          TEXT,
    links         TEXT,
    errors        INTEGER NOT NULL DEFAULT 0,
    fetched_at    TEXT,
    checked_at    TEXT NOT NULL
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
