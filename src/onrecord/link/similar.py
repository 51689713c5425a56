"""Similar statements by the same speaker ("Peskov sounded a similar note last week"):
statements of one speaker, made at different times, that say nearly the same thing.

Lexical, at read time: two statements are similar when their content words (stop words
out, a plural "s" off) overlap with Jaccard >= ``SIMILAR_MIN``. Statements of the same
quotation (one report reprinted) are not pairs: they are the same words, not a repeated
point. An inverted index over the words finds the pairs without comparing every two
statements, so a page of a thousand statements takes milliseconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from ..store import Store
from ..store.models import MAX_LIMIT, SearchQuery, StatementHit
from ..store.quote_models import SimilarPair
from ..store.quotekeys import normalize_quote

__all__ = ["SIMILAR_MIN", "content_words", "similar_pairs", "similar_statements"]

# Jaccard of content words; at 0.4 the BBC pairs read as the same point made again
# (docs/quotes.md), below it as the same topic.
SIMILAR_MIN = 0.4
# Statements with fewer content words say too little to be compared.
MIN_CONTENT_WORDS = 4
# A speaker's statements compared: the newest this many; pairs shown by default.
SIMILAR_WINDOW = MAX_LIMIT
SIMILAR_SHOWN = 10
# A word in more of the speaker's statements than this share carries no point of its own.
_COMMON_SHARE = 0.2


def content_words(text: str) -> frozenset[str]:
    """The words of a statement that carry its point: no stop words, no plural "s"."""
    words = set()
    for w in normalize_quote(text).split():
        if w in STOP_WORDS or len(w) < 3 or w.isdigit():
            continue
        words.add(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(words)


def similar_pairs(hits: Sequence[StatementHit], *, threshold: float = SIMILAR_MIN, top: int = 10) -> list[SimilarPair]:
    """Pairs of these statements (one speaker's) that say nearly the same thing at
    different times: other quotations, other articles, other dates when both are dated.
    Most similar first, each quotation in one pair at most. RETURNS (list[SimilarPair])."""
    words = [content_words(h.statement.content.text) for h in hits]
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        if len(ws) >= MIN_CONTENT_WORDS:
            for w in ws:
                index[w].append(i)
    common = max(2, int(len(hits) * _COMMON_SHARE))
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for postings in index.values():
        if len(postings) > common:
            continue
        for a_pos, a in enumerate(postings):
            for b in postings[a_pos + 1 :]:
                shared[(a, b)] += 1
    scored = []
    for (a, b), n in shared.items():
        jaccard = n / len(words[a] | words[b])
        if jaccard >= threshold and _different_occasions(hits[a], hits[b]):
            scored.append((jaccard, a, b))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used: set[str] = set()
    pairs = []
    for jaccard, a, b in scored:
        # One quotation (a statement reprinted elsewhere) in one pair at most.
        ka, kb = (hits[i].statement.quote_id or f"s{hits[i].id}" for i in (a, b))
        if ka in used or kb in used:
            continue
        used.update((ka, kb))
        early, late = sorted((hits[a], hits[b]), key=lambda h: (h.date is None, h.date, h.id))
        pairs.append(SimilarPair(
            earlier_id=early.id, later_id=late.id, earlier=early.statement.content.text, later=late.statement.content.text,
            earlier_date=early.date, later_date=late.date, earlier_article_id=early.article_id,
            later_article_id=late.article_id, similarity=round(jaccard, 3),
        ))  # fmt: skip
        if len(pairs) >= top:
            break
    return pairs


def _different_occasions(a: StatementHit, b: StatementHit) -> bool:
    if a.article_id == b.article_id:
        return False
    if a.statement.quote_id and a.statement.quote_id == b.statement.quote_id:
        return False
    return a.date is None or b.date is None or a.date != b.date


def similar_statements(store: Store, speaker_id: str, top: int = SIMILAR_SHOWN) -> list[SimilarPair]:
    """Statements of this speaker (the newest SIMILAR_WINDOW) that say nearly the same
    thing at different times. RETURNS (list[SimilarPair])."""
    hits = store.search(SearchQuery(speaker=speaker_id, sort="date", limit=SIMILAR_WINDOW)).hits
    return similar_pairs(hits, top=top)
