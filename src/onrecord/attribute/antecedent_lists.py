"""The candidate antecedents of a pronoun (``resolver.Resolver._antecedents``), merged once
for each pronoun: the rules it passes through before the resolver's own loop
(``pronoun_blockers``, ``oblique_speakers``, ``lone_named_people``) read the same list, which
walks the chain of speakers and every named subject of the article to build."""

from __future__ import annotations

from typing import Any

from .deps import token_at


def merged_antecedents(resolver: Any, offset: int) -> list[tuple[float, int, Any]]:
    """(offset, from the chain, a Resolved of the chain or a subject's ArticleEntity) of the
    speakers and named subjects within the pronoun window before ``offset``, the most recent
    first (``Resolver._antecedents`` says which). Kept in ``resolver.antecedent_memo`` while
    one pronoun is resolved, by offset and the chain's length (the chain only grows)."""
    memo = resolver.antecedent_memo
    key = (offset, len(resolver.chain))
    if memo is not None and key in memo:
        return memo[key]
    window = resolver.settings.pronoun_window
    merged = [(o, 1, r) for o, r in resolver.chain if offset - window <= o < offset]
    merged += [(o, 0, e) for o, e in resolver.table.subjects
               if offset - window <= o < offset and not resolver._inside_content(o)]
    merged += [(o + 0.5, 0, e) for o, from_chain, _ in list(merged) if from_chain
               for e in [_passive_subject(resolver, o)] if e is not None]
    merged.sort(key=lambda item: (item[0], item[1]))
    merged.reverse()
    if memo is not None:
        memo[key] = merged
    return merged


def _passive_subject(resolver: Any, offset: int) -> Any:
    """The named subject of a passive whose agent spoke ("Tony Blair was praised by Bush"):
    the clause's main participant, ranked just above the agent so that "He told reporters
    ..." next is Blair unless gender or number rule him out; even where a stance's
    content holds him, but not where what someone said does."""
    token = token_at(resolver.doc, offset)
    if token is None or token.dep_ != "pobj" or token.head.dep_ != "agent":
        return None
    subject = next((c for c in token.head.head.children if c.dep_ == "nsubjpass"), None)
    if subject is None or resolver._inside_said(subject.idx):
        return None
    return next((e for o, e in resolver.table.subjects if o == subject.idx), None)
