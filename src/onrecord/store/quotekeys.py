"""The look-up keys of a quotation: its normalised words, the exact key of those words,
MinHash band keys for near-duplicates and containment marks for fragments.

Two reports of one quotation rarely match character for character: outlets use other
quote marks, cut a sentence short, drop a clause into "[…]", or print a headline fragment
of a long quote. The keys here make each of those a single index probe (docs/quotes.md):

- **exact key**: a 63-bit hash of the normalised words (case, accents, quote marks,
  punctuation, "[…]" and ellipses, brackets of editorial insertions removed);
- **band keys** (texts of up to ``BAND_MAX_WORDS`` words): MinHash (datasketch, imported on first use) of the
  word 3-grams, cut into ``BANDS`` bands of ``ROWS`` values: two texts of Jaccard
  similarity *s* share a band with probability 1 - (1 - s^ROWS)^BANDS (0.55 at s = 0.5,
  0.87 at s = 0.7, 0.96 at s = 0.8);
- **containment marks**: the word 4-grams chosen by winnowing (Schleimer et al. 2003,
  the MOSS scheme: the smallest hash in every window of ``WINDOW`` consecutive 4-grams).
  Any run of ``WINDOW + MARK_WORDS - 1`` = 8 words shared by two texts gives both the
  same mark, so a fragment is found inside a quote of any length, which Jaccard-based LSH
  cannot do (a 10-word fragment of a 60-word quote has Jaccard 0.15).

Candidates found by keys are then verified on the words themselves (``similarity``). The
store saves these keys (``store/sql/quotes.py``); the link stage looks them up
(``link/quotes.py``). Pure functions, no database.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache


# Word n-gram length of the shingles compared (similarity) and MinHashed (bands).
SHINGLE_WORDS = 3
# MinHash: BANDS x ROWS permutations (see the module docstring for the curve). Texts of
# up to BAND_MAX_WORDS words get band keys: there an edit in the middle leaves no 8-word
# run for the containment marks. Longer texts have marks enough: every one of the 121
# near-duplicate merges on BBC shared a mark (docs/quotes.md), and each key is a row
# inserted at a random place of a large index, the largest part of linking's cost.
BANDS = 6
ROWS = 3
BAND_MAX_WORDS = 15
NUM_PERM = BANDS * ROWS
# Winnowing: 4-word marks, the smallest in each window of 5, so 8 shared words suffice.
MARK_WORDS = 4
WINDOW = 5
# Fewer words than this: exact match only. Measured on BBC (docs/quotes.md): below 8
# words a near-duplicate is as often another sentence that shares a stock phrase.
NEAR_MIN_WORDS = 8
# Fewer words than this ("this", "the plans", "it was"): the same words from another
# speaker, or from nobody named, are not the same quotation (docs/quotes.md, BBC: every
# exact repeat of 1 word across articles had several speakers, against 1 in 5 at 4 words).
SHARED_MIN_WORDS = 4
# A text's key set is bounded: a very long statement contributes its first marks only.
MAX_MARKS = 64

_ELISION = re.compile(r"[\[(]\s*(?:\.\s*){2,}\s*[\])]|[\[(]\s*…\s*[\])]|(?:\.\s*){3,}|…")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
# A word: letters or digits, with inner apostrophes ("don't", "o'neill"); everything else
# (quote marks, punctuation, brackets, dashes) separates words.
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_MASK63 = (1 << 63) - 1
# Quotation ids: "q" and 16 hex digits of a number the store counts up; a new quotation
# carries PROVISIONAL and its founding text's exact key until it is stored.
QUOTE_PREFIX = "q"
PROVISIONAL = "new-"


@lru_cache(maxsize=1)
def _band_hashing():
    """The MinHash template and the band mixers, made on first use: datasketch imports
    scipy (half a second), which the commands that only read a store need not pay."""
    import numpy as np
    from datasketch import MinHash

    multipliers = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93][:ROWS], dtype=np.uint64)
    salts = np.array([int.from_bytes(hashlib.blake2b(bytes([b]), digest_size=8).digest(), "big") for b in range(BANDS)], dtype=np.uint64)
    return np, MinHash(num_perm=NUM_PERM, seed=7), multipliers, salts


def normalize_quote(text: str) -> str:
    """The words of a quotation, lower-case and accent-free, joined by one space: quote
    marks, punctuation, ellipses and "[…]" elisions removed, the words of bracketed
    insertions kept. RETURNS (str): e.g. ``"we will not give up"``."""
    text = unicodedata.normalize("NFKC", text)
    text = _ELISION.sub(" ", text).translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(plain))


def key63(data: bytes) -> int:
    """A non-negative 63-bit hash (fits SQLite INTEGER and PostgreSQL BIGINT)."""
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big") & _MASK63


def shingles(words: tuple[str, ...], n: int = SHINGLE_WORDS) -> frozenset[str]:
    """The word n-grams of a text (the whole text when shorter than n)."""
    if len(words) <= n:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))


@dataclass(frozen=True)
class QuoteKeys:
    """What the store indexes for one distinct normalised text."""

    norm: str
    words: int
    exact: int  # the exact key: key63 of the normalised text
    near: tuple[int, ...]  # band keys and containment marks; empty below NEAR_MIN_WORDS

    @property
    def provisional_id(self) -> str:
        """The id a quotation founded by this text carries until the store gives it its
        own (``provisional_hash`` reads the founding text's exact key back)."""
        return f"{PROVISIONAL}{self.exact:016x}"


@lru_cache(maxsize=32_768)  # the linker and the store compute the keys of the same texts
def quote_keys(text: str) -> QuoteKeys:
    """The keys of one statement's content. RETURNS (QuoteKeys)."""
    norm = normalize_quote(text)
    words = tuple(norm.split())
    near: tuple[int, ...] = ()
    if len(words) >= NEAR_MIN_WORDS:
        bands = band_keys(words) if len(words) <= BAND_MAX_WORDS else []
        near = tuple(dict.fromkeys(bands + containment_marks(words)))
    return QuoteKeys(norm=norm, words=len(words), exact=key63(norm.encode("utf-8")), near=near)


def statement_keys(text: str, speaker_key: str | None, article_id: str) -> QuoteKeys:
    """The keys of a statement: ``quote_keys`` of its content, with the exact key scoped to
    its speaker (else its article) when the content has under SHARED_MIN_WORDS words."""
    keys = quote_keys(text)
    if keys.words >= SHARED_MIN_WORDS:
        return keys
    scope = speaker_key or f"article:{article_id}"
    return replace(keys, exact=key63(keys.norm.encode("utf-8") + b"\0" + scope.encode("utf-8")))


def band_keys(words: tuple[str, ...]) -> list[int]:
    """MinHash LSH band keys of the word 3-grams (BANDS keys)."""
    np, template, multipliers, salts = _band_hashing()
    minhash = template.copy()
    minhash.clear()
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(words))])
    # One 63-bit key per band: the band's ROWS values mixed by odd multipliers (wrapping
    # uint64 arithmetic), the band's number folded in so equal values in two bands differ.
    bands = np.asarray(minhash.hashvalues, dtype=np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        mixed = (bands * multipliers).sum(axis=1, dtype=np.uint64) ^ salts
    return [int(k) & _MASK63 for k in mixed]


def containment_marks(words: tuple[str, ...]) -> list[int]:
    """Winnowed MARK_WORDS-gram hashes: the rightmost smallest of each window of WINDOW,
    at most MAX_MARKS of them."""
    grams = [key63(b"M" + " ".join(words[i : i + MARK_WORDS]).encode("utf-8")) for i in range(len(words) - MARK_WORDS + 1)]
    if len(grams) <= WINDOW:
        return [min(grams)] if grams else []
    marks: list[int] = []
    last = -1
    for start in range(len(grams) - WINDOW + 1):
        window = grams[start : start + WINDOW]
        low = min(window)
        at = start + max(i for i, g in enumerate(window) if g == low)
        if at != last:
            marks.append(grams[at])
            last = at
    return list(dict.fromkeys(marks))[:MAX_MARKS]


@dataclass(frozen=True)
class Similarity:
    """How alike two normalised texts are, on word 3-grams."""

    jaccard: float
    containment: float  # share of the shorter text's 3-grams found in the longer
    shorter_words: int


def similarity(a: str, b: str) -> Similarity:
    """Jaccard and containment of two normalised texts. RETURNS (Similarity)."""
    wa, wb = tuple(a.split()), tuple(b.split())
    sa, sb = shingles(wa), shingles(wb)
    if not sa or not sb:
        return Similarity(0.0, 0.0, min(len(wa), len(wb)))
    shared = len(sa & sb)
    return Similarity(shared / len(sa | sb), shared / min(len(sa), len(sb)), min(len(wa), len(wb)))


@dataclass(frozen=True)
class StoredVariant:
    """A distinct normalised text the store holds, and the quotation it belongs to."""

    hash: int
    quote_id: str
    norm: str
    words: int


def quote_id_of(number: int) -> str:
    """The id of the ``number``-th quotation of a store: sorts in the order given."""
    return f"{QUOTE_PREFIX}{number:016x}"


def provisional_hash(quote_id: str) -> int | None:
    """The founding text's exact key of a provisional id, else None."""
    return int(quote_id[len(PROVISIONAL) :], 16) if quote_id.startswith(PROVISIONAL) else None
