"""Settings that a user may change, with their reasons. Read once, from the environment."""

from __future__ import annotations

import os

# The longest article onrecord analyses, in characters. spaCy's parser needs about 1 GB of
# memory per 100,000 words on long inputs and refuses texts over 1,000,000 characters by
# default; no news article comes near 200,000 (the longest in the BBC corpus is ~25,000).
MAX_CHARS: int = int(os.environ.get("ONRECORD_MAX_CHARS", "1000000"))

# The largest file the readers open, in bytes: WARC and JSONL files hold many articles and
# are streamed, so this guards only single text and HTML documents.
MAX_DOCUMENT_BYTES: int = int(os.environ.get("ONRECORD_MAX_DOCUMENT_BYTES", str(20 * 1024 * 1024)))

# Encodings tried, in order, for a text file that is not valid UTF-8. cp1252 is what most
# mis-declared Western news pages are in; latin-1 decodes any byte, so it never fails.
FALLBACK_ENCODINGS: tuple[str, ...] = ("cp1252", "latin-1")
