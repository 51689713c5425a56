"""What hangs off a statement besides its speaker: the intermediary that relayed it (via)
and the time it was made (when)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from ..schema import Statement, When
from .cue_tokens import SUBJECT_DEPS, is_cue_verb, is_speech
from .found import Found
from .lexicon import MONTHS, OUTLET_WORDS, OUTLETS, PERSON_PRONOUNS, WEEKDAYS
from .quotes import text_of
from .relays import MEDIA_NOUNS, relay_of
from .speakers import _core, entities_in, strip_determiners
from .when import resolve

_VIA_PREPS = ("in", "on", "to", "with")


def outlet_name(token: Token) -> tuple[str, tuple[int, int]] | None:
    """The news outlet a noun phrase names ("a Reuters report" -> Reuters), if any."""
    doc = token.doc
    for ent in entities_in(doc, token.left_edge.i, token.right_edge.i + 1):
        if _is_outlet(ent):
            name = " ".join(strip_determiners([t.text for t in ent if t.text not in ("'s", "’s")]))
            return name, (ent.start_char, ent.end_char)
    words = strip_determiners([t.text for t in _core(token) if t.text not in ("'s", "’s")])
    text = " ".join(words)
    if text.lower() in OUTLETS or ("the " + text.lower()) in OUTLETS:
        return text, (token.left_edge.idx, token.idx + len(token.text))
    return None


def _is_outlet(ent: Span) -> bool:
    text = ent.text.lower().removesuffix("'s").removesuffix("’s").strip()
    if text in OUTLETS or text.removeprefix("the ") in OUTLETS:
        return True
    return ent.label_ == "ORG" and text.split()[-1] in OUTLET_WORDS


def audience_via(found: Found) -> tuple[str, tuple[int, int]] | None:
    """ "told Reuters", "said in an interview with the BBC", "Speaking on BBC Radio 4, X
    said": the named outlet in the attribution's clause (``relays.relay_of``)."""
    return relay_of(found)


def according_via(doc: Doc, according: Found, others: list[Found]) -> Found | None:
    """The statement an "according to X" phrase relays, when the sentence already has a
    speaker for it ("Peskov said, according to a Reuters report")."""
    cue = according.cue
    sent = cue.sent
    candidates = [
        f for f in others
        if f.rule != "according-to" and f.cue is not None and f.speaker is not None
        and f.cue.sent == sent and is_speech(f.cue)
    ]
    if not candidates:
        return None
    # the statement the phrase hangs from, else the nearest one in the sentence
    for f in candidates:
        token = cue
        while token.head.i != token.i:
            token = token.head
            if token == f.cue:
                return f
    return min(candidates, key=lambda f: abs(f.cue.i - cue.i))


def via_name(source: Token) -> tuple[str, tuple[int, int]] | None:
    """The intermediary's name: an outlet inside the phrase, else the phrase when it is a
    name ("according to the Labor Department"); a common noun ("a transcript", "the
    report") is no via. RETURNS (tuple | None)."""
    outlet = outlet_name(source)
    if outlet:
        return outlet
    core = [t for t in _core(source) if t.text not in ("'s", "’s")]
    if not any(t.pos_ == "PROPN" for t in core):
        return None
    words = strip_determiners([t.text for t in core])
    return " ".join(words) or source.text, (source.left_edge.idx, source.idx + len(source.text))


# Prepositions that make a time no time of saying: "close by 2050", "talks until March".
_NOT_WHEN_PREPS = frozenset("by until till before after since from through within for ahead toward towards".split())
# Words that may open a time expression before the entity: "later Wednesday", "late last month".
_TIME_LEADS = frozenset("on in over during at early earlier late later".split())
# Subordinators of a clause that narrates around the statement rather than dating it.
_NARRATION_MARKS = frozenset("after before since until while because although though once".split())
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
# A fixed day to test whether a phrase is a time expression at all (relative ones need one).
_ANY_DAY = dt.date(2001, 6, 15)


def when_of(found: Found, published: dt.date | None) -> tuple[When, tuple[int, int]] | None:
    """The time expression attached to a statement's cue (or to the clause its participle
    hangs from, or to its speaker phrase), outside the content, resolved against
    ``published``. A time that dates what was said ("by 2050"), a programme's name ("ABC's
    This Week") and a date after publication are none.

    RETURNS (tuple[When, tuple[int, int]] | None): the resolved time and the expression's range.
    """
    cue = found.cue
    if cue is None:
        return None
    anchors = {cue.i} | {c.i for c in cue.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"}
    token = cue
    for _ in range(6 if cue.pos_ != "NOUN" else 0):
        if token.dep_ in ("ccomp", "ROOT") or token.head.i == token.i:
            break
        if token.dep_ == "pcomp" or any(c.dep_ == "mark" and c.lower_ in _NARRATION_MARKS for c in token.children):
            break  # not into the narration around it: "gained protection in 2003 after revealing debts"
        if token.dep_ == "conj" and not is_cue_verb(token.head) and any(c.dep_ in SUBJECT_DEPS for c in token.children):
            break  # "… profits in 2004 but GM said …": another clause's time is not the saying's
        token = token.head
        anchors.add(token.i)
    if found.speaker is not None:
        anchors.add(found.speaker.i)
    doc = cue.doc
    best = None
    sent = cue.sent
    for ent in entities_in(doc, sent.start, sent.end):
        if ent.label_ not in ("DATE", "TIME") or _is_a_title(ent):
            continue
        if found.content[0] <= ent.start_char < found.content[1]:
            continue
        head = ent.root
        if head.head.dep_ == "prep" and head.head.lower_ in _NOT_WHEN_PREPS:
            continue
        if (head.dep_ in ("compound", "amod", "nummod") and head.head.pos_ == "NOUN"
                and head.head.lemma_.lower() not in MEDIA_NOUNS and head.head.lower_ not in _PARTS_OF_DAY):
            continue  # "the 2003 ceremony", "its 2004 listing" date a thing; "a July interview" dates the saying
        steps = 0
        through_content = False
        while head.i not in anchors and head.head.i != head.i and steps < 3:
            head = head.head
            steps += 1
            through_content |= found.content[0] <= head.idx < found.content[1]
        if head.i not in anchors:
            continue
        if through_content and ent.start_char >= found.content[0]:
            continue  # "said it expected growth [in 2005]": hangs on what was said, past the content's end
        distance = abs(ent.root.i - cue.i)
        if best is None or distance < best[0]:
            best = (distance, ent)
    if best is None:
        return None
    start, end = time_range(doc, best[1].start, best[1].end)
    expression = text_of(doc)[start:end]
    when = resolve(expression, published)
    if when is None or (published is not None and when.date > published):
        return None  # a statement is never made after its article
    return when, (start, end)


def time_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The character range of a time expression around entity tokens [start, end): with
    its preposition and lead ("later Wednesday", "over the weekend") and a part of the day
    the entity left out ("Thursday evening"), and a possessive ("Tuesday's")."""
    while start > 0 and doc[start - 1].lower_ in _TIME_LEADS and doc[start - 1].dep_ in ("prep", "advmod", "amod"):
        start -= 1
    if end < len(doc) and doc[end].lower_ in _PARTS_OF_DAY:
        end += 1
    char_end = doc[end - 1].idx + len(doc[end - 1].text)
    if end < len(doc) and doc[end].text in ("'s", "’s"):
        char_end = doc[end].idx + len(doc[end].text)
    return doc[start].idx, char_end


def _is_a_title(ent: Span) -> bool:
    """A DATE entity that is a name: "ABC's This Week", "The Week" (a capitalised word that
    is no weekday, month or number, inside a sentence)."""
    return any(
        t.text[:1].isupper() and t.lower_ not in WEEKDAYS and t.lower_ not in MONTHS and not t.is_sent_start
        and not t.like_num for t in ent
    )


def leading_time_end(doc: Doc, start: int, end: int) -> int:
    """Where a reported clause starts after a time expression that belongs to the saying:
    "Officials said [last week] the deal was close", "said [on Saturday night] he would
    resign" (PolNeAR draws the content after it, or puts it in the cue). RETURNS (int): the
    first token of the content, ``start`` when it opens with no such expression."""
    i = start
    if i <= end and doc[i].lower_ in _TIME_LEADS and doc[i].ent_iob_ != "B":
        i += 1
    if i > end or doc[i].ent_type_ not in ("DATE", "TIME") or doc[i].ent_iob_ != "B":
        return start
    j = i + 1
    while j <= end and doc[j].ent_iob_ == "I":
        j += 1
    if j <= end and doc[j].lower_ in _PARTS_OF_DAY:
        j += 1
    if j > end - 1 or doc[j].text in ("'s", "’s"):
        return start  # "said Tuesday's vote was rigged": the time is part of what was said
    root = doc[i:j].root
    if root.dep_ in SUBJECT_DEPS or doc[start:j].text.count(" ") > 5:
        return start
    a, b = time_range(doc, i, j)
    if resolve(text_of(doc)[doc[start].idx:b], _ANY_DAY) is None and resolve(text_of(doc)[a:b], _ANY_DAY) is None:
        return start
    while j <= end and doc[j].text == ",":
        j += 1
    return j


def inherit_occasion(statements: list[Statement], text: str) -> list[Statement]:
    """Statements that go on with the same speaker's remarks take the via and the time of
    the one before them when their own sentence gives none: "In an interview with CNN on
    Sunday, Smith said A. "B," he added." — B was said on CNN on Sunday too. A statement goes
    on when the statement before it (passing over questions put by no one named) has the same
    speaker: the via carries within a paragraph and to a floating quotation or a pronoun's
    statement after it, the time within a paragraph and to a floating quotation; a new
    paragraph that names the speaker again opens a new occasion.
    RETURNS (list[Statement]) in the same order, changed where they inherit."""
    out = list(statements)
    order = sorted(range(len(out)), key=lambda i: out[i].content.start)
    previous: Statement | None = None
    for i in order:
        s = out[i]
        if s.speaker.name is None and s.speaker.mention is None and s.cue is not None:
            continue  # "Asked whether …": the interviewer's, same occasion
        if previous is not None and s.speaker.name and s.speaker.name == previous.speaker.name:
            update = {}
            same_paragraph = "\n" not in text[previous.content.end : s.content.start]
            if s.via is None and previous.via is not None and (same_paragraph or _by_pronoun(s)) and not _inside(previous.via.span, s):
                update["via"] = previous.via
            # a time is surer of a paragraph than of a conversation: "he added" in a new
            # paragraph may be later (the seed gold leaves it without one)
            if s.when is None and previous.when is not None and (same_paragraph or s.cue is None) and not _inside(previous.when.span, s):
                update["when"] = previous.when
            if update:
                s = out[i] = s.model_copy(update=update)
        previous = s
    return out


def _inside(span, s: Statement) -> bool:
    """Whether an expression lies inside a statement's content: never its via or time."""
    return span is not None and s.content.start <= span.start and span.end <= s.content.end


def _by_pronoun(s: Statement) -> bool:
    """A floating quotation or one whose speaker is a pronoun: the same remarks going on."""
    mention = s.speaker.mention
    return s.cue is None or mention is None or mention.text.lower() in PERSON_PRONOUNS | {"they", "it", "we", "i"}
