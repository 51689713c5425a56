"""Every user-facing error of onrecord, in one place, and the exit codes of the CLI.

The tree::

    OnrecordError            one-line message, non-zero exit in the CLI, 4xx in the API
    ├── InputError           a file or request we cannot read (missing, binary, too large)
    ├── ConfigError          a bad option value (--published, --limit, ...): a usage error
    ├── SettingsError        a bad ONRECORD_* variable (onrecord.settings)
    └── StoreError           the database cannot be opened or refused an operation

Messages are written for the person at the terminal: what is wrong and what to do.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What the ``onrecord`` command exits with; docs/cli.md ("Exit codes") is the table."""

    OK = 0
    # the command could not do what was asked: an unreadable input, an unknown article,
    # a quality gate below its minimums
    FAILED = 1
    # the command line is wrong: an unknown command or option, a bad option value (click's own code)
    USAGE = 2
    # some documents failed (each recorded with its reason); the rest was stored or printed
    PARTIAL = 3
    # the database or the configuration: a store that cannot be opened or refuses a write,
    # a bad database URL, a bad ONRECORD_* variable
    CONFIG = 4
    # a bug in onrecord: the message asks for a report (EX_SOFTWARE of sysexits.h)
    INTERNAL = 70
    # Ctrl-C: 128 + SIGINT, as shells report it
    INTERRUPTED = 130


class OnrecordError(Exception):
    """Base of every error onrecord reports to a user. ``str(err)`` is the one-line message."""

    exit_code = ExitCode.FAILED


class InputError(OnrecordError):
    """Input that cannot be read or is not a document."""

    exit_code = ExitCode.FAILED


class ConfigError(OnrecordError):
    """An option with a value onrecord cannot use: a usage error."""

    exit_code = ExitCode.USAGE


class SettingsError(OnrecordError):
    """An ``ONRECORD_*`` environment variable with a value onrecord cannot use."""

    exit_code = ExitCode.CONFIG


class StoreError(OnrecordError):
    """The statement store could not be opened or could not do what was asked."""

    exit_code = ExitCode.CONFIG


# Message templates. Keep them one line; `{source}` first so batch logs line up.
E_NOT_FOUND = "{source}: no such file or directory"
E_IS_DIRECTORY = "{source}: is a directory (onrecord extract reads files; use a path inside it)"
E_UNREADABLE = "{source}: cannot be read ({reason})"
E_BINARY = "{source}: looks like a binary file, not text or HTML ({reason})"
E_TOO_LONG = (
    "{source}: {size:,} characters is over the limit of {limit:,} characters for one article; "
    "split it into articles or raise ONRECORD_MAX_CHARS"
)
E_FILE_TOO_LARGE = (
    "{source}: {size:,} bytes is over the limit of {limit:,} bytes for one document; "
    "raise ONRECORD_MAX_DOCUMENT_BYTES if it really is one article"
)
E_BAD_DATE = "{value!r} is not a date; use YYYY-MM-DD (for example 2022-03-21)"
E_BAD_OUTLET = "{value!r} is not an outlet's name: it holds bytes that are not UTF-8 text"
E_DATE_RANGE = "{value}: publication dates from {first} to {last} are supported"
E_DOCUMENT_DATE_RANGE = "{source}: published {value} is outside the supported dates ({first} to {last})"
E_BAD_SETTING = "{variable}={value!r}: {reason}"

# Reading and cleaning (onrecord.read, onrecord.clean). A `{source}` inside a container names
# the document precisely: `crawl.warc.gz#record=12`, `export.jsonl:17`.
E_STREAM_TOO_LARGE = (
    "{source}: more than {limit:,} bytes for one document; "
    "raise ONRECORD_MAX_DOCUMENT_BYTES if it really is one article"
)
E_DAMAGED_GZIP = "{source}: damaged gzip data ({reason})"
E_DAMAGED_ARCHIVE = "{source}: damaged WARC/ARC data ({reason}); the rest of the file was not read"
E_NOT_AS_NAMED = "{source}: not a {expected} file as its name says ({found})"
E_NO_FILES = "{source}: a folder with no file to read in it (hidden files and page assets are passed over)"
E_UNSUPPORTED_ARCHIVE = "{source}: {kind} archives are not read; unpack it and pass the folder"
E_JSONL_NOT_OBJECT = "{source}: not a JSON object ({reason})"
E_JSONL_NOT_LINES = "{source}: is a JSON document, not JSON lines (one article object per line)"
E_JSONL_NO_TEXT = "{source}: the object has no non-empty 'text' or 'html' string"
E_JSONL_BAD_FIELD = "{source}: field {field!r} must be a string"
E_JSONL_BAD_DATE = "{source}: 'published' is {value!r}, not a date; use ISO 8601 (for example 2022-03-21)"
E_JSONL_DATE_RANGE = "{source}: 'published' is {value!r}, outside the supported dates ({first} to {last})"
E_LINE_TOO_LONG = "{source}: line is over the limit of {limit:,} bytes (ONRECORD_MAX_DOCUMENT_BYTES)"
E_UNEXPECTED = "{source}: {stage} failed unexpectedly ({reason}); please report it with this file"
S_NOT_HTML = "{source}: {content_type} is not HTML"
S_HTTP_STATUS = "{source}: HTTP status {status}, not a page"
S_REVISIT = "{source}: a revisit record (a repeated capture; the page itself is not stored)"
S_NO_HTTP = "{source}: a response record without HTTP headers"
S_RECORD_TOO_LARGE = "{source}: record is over the limit of {limit:,} bytes (ONRECORD_MAX_DOCUMENT_BYTES)"
S_NO_TEXT = "{source}: no article text found in the page"
S_ERROR_PAGE = "{source}: an error or blocked page ({heading!r}), not an article"
S_EMPTY = "{source}: the document is empty (no text, or only white space)"
S_LANGUAGE = "{source}: language {language!r} (p={probability:.2f}); the engine reads {expected} only"

# Store (onrecord.store, ingest and the store commands).
E_BAD_DB_URL = (
    "{url}: not a database URL onrecord can open; use sqlite:///path/to/file.db "
    "or postgresql://user@host:port/dbname"
)
E_NO_STORE = "{url}: no statement store there yet; run `onrecord ingest PATH... --db {url}` first"
E_STORE_UNREACHABLE = "{url}: cannot connect to the database ({reason})"
E_STORE_FAILED = "{url}: the database refused the operation ({reason})"
E_STORE_OLD = (
    "{url}: the database was made by an older onrecord (schema 1); run `onrecord relink --db {url}` "
    "once to upgrade it and link its speakers"
)
E_STORE_SCHEMA = (
    "{url}: the database has onrecord schema version {found}, this onrecord needs {expected}; "
    "ingest into a new database"
)
S_EMPTY_STORE = "No statements match: the store {url} holds none yet; add articles with onrecord ingest PATH... --db {url}"
E_NO_ARTICLE = "{article_id}: no article with this id in the store (ids are listed by `onrecord search --format json`)"
E_BAD_CURSOR = "{cursor!r}: not a cursor from a previous page of this query; start again without it"
E_BAD_LIMIT = "{value}: the limit must be between 1 and {maximum}"
E_BAD_ACTS = "{value!r} is not a list of acts; use 'all' or a comma list of {acts} (default: speech,writing)"
E_NO_INPUT = "nothing to ingest: give files or directories, or --retry-failures"
S_NO_PAGES = "{source}: no pages in this file ({records})"

# Evaluation (onrecord eval, onrecord.evaluate).
E_EVAL_NO_CORPUS = "{source}: no PolNeAR {split} split here; pass --data DIR or set ONRECORD_SHARED"
E_EVAL_BAD_JSON = "{source}: not valid JSON ({reason})"
E_EVAL_BAD_GOLD = "{source}: not an onrecord gold file ({reason}); see docs/evaluation.md"
E_EVAL_NO_GOLD = "{source}: a folder with no *.gold.json file in it; see docs/evaluation.md"
E_EVAL_BAD_BASELINE = "{source}: not an evaluation baseline ({reason}); re-create it with onrecord eval gate --update"
E_EVAL_REGRESSION = "refusing to lower the baseline: {details}; pass --allow-regression if this is intended"

# Serving (onrecord serve, onrecord.serve): the HTTP API answers these in {"detail": ...}.
E_API_NO_TOKEN_CONFIGURED = (
    "this server accepts no articles: it was started without ONRECORD_API_TOKEN; "
    "restart `onrecord serve` with that variable set to a secret"
)
E_API_UNAUTHORIZED = (
    "missing or wrong token: send 'Authorization: Bearer <token>' with the token the server "
    "was started with (ONRECORD_API_TOKEN)"
)
E_API_TOO_LARGE = (
    "the request body is over the limit of {limit:,} bytes; send fewer or shorter articles "
    "per request (the server's ONRECORD_MAX_REQUEST_BYTES sets the limit)"
)
E_API_TOO_MANY = "{count:,} articles in one batch is over the limit of {limit:,}; split the batch"
E_API_CONTENT_TYPE = (
    "content type {content_type!r} is not accepted; send application/json (one article) "
    "or application/x-ndjson (one article per line)"
)
E_API_BAD_JSON = "{source}: not valid JSON ({reason})"
E_API_BAD_ARTICLE = "{source}: {reason}"
E_API_EMPTY_BATCH = "the batch holds no articles; send one JSON object per line"
E_API_NOT_STORED = "{source}: {reason}"
E_API_NO_SPEAKER = "{speaker_id}: no speaker with this id (ids are listed by GET /api/speakers)"
E_API_NO_PAGE = "{path}: no such page"
E_API_DATE_ORDER = "since ({since}) is after until ({until}); swap them"
E_API_INTERNAL = "internal error ({name}); please report it with the request that caused it"
E_SERVE_CANNOT_LISTEN = "{host}:{port}: cannot listen there ({reason}); stop what uses it or choose another --port or --host"
E_SERVE_NOT_STARTED = "the server did not start (its log above says why)"
E_SERVE_PRIVATE_NO_TOKEN = "--private needs a token: set ONRECORD_API_TOKEN to a secret and start again"
E_WORKER_DIED = "{source}: the extraction process died on this document (out of memory, or a crash in native code)"
E_BAD_JOBS = "{value}: --jobs and --batch-size must be at least 1"
E_CANNOT_WRITE = "{target}: cannot be written ({reason})"
E_PARQUET_NEEDS_FILE = "Parquet is a binary format: give a file with --output (for example --output statements.parquet)"
E_API_DUPLICATE_URL = "{url}: an article with this URL is stored already, with another text; it was left as it is"
E_API_NO_STATEMENT = "{statement_id}: no statement with this id (ids are in the hits of GET /api/statements)"
E_EVAL_BAD_SPLIT = "{split!r}: not a PolNeAR split; use one of {splits}"

# The Spark job (python -m onrecord.spark) and onrecord load.
E_SPARK_MISSING = (
    "the Spark job needs PySpark and a Java runtime ({reason}); install them with "
    "pip install 'onrecord[spark]' and apt-get install openjdk-17-jre-headless"
)
E_SPARK_NO_INPUT = "nothing to process: give --input PATH_OR_GLOB (any number) or --input-list FILE"
E_SPARK_NO_MATCH = "{source}: matches no file"
E_SPARK_BAD_PARTITIONS = "{value}: --partitions and --output-partitions must be at least 1"
E_SPARK_OUTPUT_EXISTS = "{output}: exists already; pass --overwrite to replace it, or choose another --output"
E_SPARK_FAILED = "the Spark job failed ({reason}); the driver's log above says more"
E_LOAD_NOT_JOB_OUTPUT = (
    "{source}: not the output of the Spark job (no {table}/ table in it); "
    "write one with python -m onrecord.spark --input PATHS --output {source}"
)
E_LOAD_INCOMPLETE = "{source}: the {table} table has no _SUCCESS marker, so the job that wrote it did not finish; run the job again"
E_LOAD_BAD_TABLE = "{source}: the {table} table cannot be read ({reason})"
E_LOAD_BAD_BATCH = "{value}: --batch-size must be at least 1"

# Live sources (onrecord ingest URL..., --feed, --sitemap, --sources; onrecord watch).
E_BAD_FETCH_OPTION = "{option} must be {constraint}, not {value}"
E_BAD_EVERY = "{value!r}: not a duration; use a number with s, m or h (for example 15m)"
E_MIXED_INPUT = "give either files or URLs, not both: run onrecord ingest once for each"
E_NO_SOURCES = "nothing to fetch: give page URLs, --feed URL, --sitemap URL or --sources FILE"
E_SOURCES_LINE = "{source}:{line}: {reason}"
E_NOT_A_URL = "{value!r} is not an http(s) URL"
E_FETCH_STATUS = "{source}: HTTP status {status}{where}"
E_FETCH_NETWORK = "{source}: {reason}{where}"
E_FETCH_REDIRECTS = "{source}: more than {limit} redirects (last to {target})"
E_FETCH_REDIRECT_LOOP = "{source}: the redirects go round in a loop (back to {target})"
E_FETCH_EMPTY_FEED = "{source}: not an RSS, Atom or JSON feed, or a feed without links"
E_FETCH_NOT_SITEMAP = "{source}: not a sitemap (XML urlset or sitemapindex, or a text list of URLs)"
S_ROBOTS = "{source}: forbidden to {agent} by {robots}"
E_ROBOTS_UNREACHABLE = "{source}: {robots} could not be read ({reason}), so the site is not fetched until it can be"
S_NO_FEED = "{source}: no feed or sitemap found from this page; name one in the sources file"

# Quotations across articles (onrecord quotes, /api/quotes, /quotes/{id}; docs/quotes.md).
E_NO_QUOTE = "{quote_id}: no quotation with this id (ids are listed by `onrecord quotes` and GET /api/quotes)"
E_BAD_QUOTE_OPTION = "{value}: --min-reports must be at least 1 and --offset at least 0"
E_QUOTES_SHAPE_FORMAT = "the quotes shape is written as jsonl or parquet, not {fmt}"
