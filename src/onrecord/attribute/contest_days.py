"""The day of a match dates the match, not what a player says of it.

"Michael Owen revelled in his return to the Real Madrid starting line-up and inspired a 3-1
win over Real Betis on Wednesday by scoring the first goal. ¶ He said: "I am happy ..."" (BBC
sport/151): the day of narration is the day of the game; nothing says the words were spoken
then, so the scene of narration that waits for his statement (``occasion_narration``) takes
no such day. A campaign event ("Mr. Trump took on Hillary Clinton on Sunday") still sets one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Nouns for a game or its result: "inspired a 3-1 win over Real Betis on Wednesday".
# (not "draw", "tie" or "loss", as often a lottery, clothing or a firm's results)
_CONTEST_NOUNS = frozenset("win victory defeat match game fixture replay clash final semi-final".split())
# Verbs of a game's result: "beat Chelsea on Saturday" (not "lose" or "draw": "lost his seat",
# "drew criticism").
_CONTEST_VERBS = frozenset("beat defeat thrash".split())


def dates_a_contest(ent: Span) -> bool:
    """Whether a time of narration ("Wednesday", "on Wednesday") hangs from a game or from a
    verb of a game's result ("inspired a 3-1 win ... on Wednesday", "beat Chelsea on
    Saturday"). RETURNS (bool)."""
    prep = ent.root if ent.root.dep_ == "prep" else ent.root.head
    if prep.dep_ != "prep" or prep.i == ent.root.i and ent.root.dep_ != "prep":
        return False
    host = prep.head
    if host.pos_ == "NOUN":
        return host.lemma_.lower() in _CONTEST_NOUNS
    return host.pos_ == "VERB" and _contest_verb(host)


def _contest_verb(verb: Token) -> bool:
    if verb.lemma_.lower() in _CONTEST_VERBS:
        return True
    # "inspired a 3-1 win", "scored twice in a 3-0 victory"
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _CONTEST_NOUNS for o in objects)


def contest_when(doc: Doc, when: tuple[object, tuple[int, int]] | None) -> bool:
    """``dates_a_contest`` for a time found as (When, (start, end)) in ``doc``. RETURNS (bool)."""
    span = doc.char_span(*when[1], alignment_mode="expand") if when is not None else None
    return span is not None and len(span) > 0 and dates_a_contest(span)
