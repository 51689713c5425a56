"""Organisation names the NER took only part of, or read as something else, made whole
before the article's entity table reads them (run after ``entity_repairs.complete_cut_names``).

Three shapes of a body's name the small English model gets wrong:

* a chapter of a body, "the American Civil Liberties Union of Ohio": the NER ends the ORG
  at "Union" and reads "Ohio" as a place of its own, so the speaker is the national body.
  An ORG whose last word is the head of a body's name ("Union", "Party", "Association")
  followed by "of" and a place is extended over the place;
* a group named for a cause, "Citizens for Trump", "Physicians for Social Responsibility",
  "Americans for Prosperity": the NER reads only the cause ("Social Responsibility", an
  ORG), or the people as a nationality, or nothing. A capitalised plural (or nationality)
  followed by "for" or "against" and a capitalised run is one name;
* a march, "March for Bernie at DNC", "March on the RNC", "March for Our Lives": the NER
  reads "March" as the month, and the statement's date becomes that March. The month
  word followed by "for", "on" or "against" and a capitalised run, with nothing before it
  that dates ("in", "since", "last", a number), is a body's name, not a date.

* two purposes of one body, "the Coalition to Stop Trump and March on the RNC": the NER
  ends the name at "and" (``_join_purposes``).

A run stops at a possessive ("in March for Britain's shoppers") and at a sentence's start.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from .lexicon import PERSON_NOUNS
from .token_columns import indices_between

__all__ = ["extend_org_names"]

# The last word of a body's name that a chapter's place may follow ("Union of Ohio").
_HEAD_WORDS = frozenset("""union association federation society council party league coalition alliance
chamber committee foundation institute church conference congress caucus network""".split())
# The small words a cause's or march's name holds inside, written in lower case.
_INNER_WORDS = frozenset({"of", "for", "on", "in", "at", "and", "the", "a", "an", "to"})
_ARTICLES = frozenset({"the", "a", "an"})
# Words before "March" that make it the month ("in March for ...", "last March on ...",
# "planned for March on the London Underground", "postponed to March").
_DATING_WORDS = frozenset("""in since by until till from before after during last next this early late mid
of through for to""".split())
# Plural words capitalised at a sentence's start that name no group ("Thanks for Apple's help").
_NO_GROUP = frozenset({"thanks", "news", "plans", "calls", "hopes", "fears", "talks", "results", "sales", "shares"})
# The words after a cause's or march's first word ("Citizens for", "March on"), sorted: a
# key of ``indices_between``'s cache.
_CAUSE_WORDS = ("against", "for", "on")


def _capitalised(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper) and not token.is_sent_start


def _name_run(doc: Doc, start: int) -> int:
    """The end of the capitalised run from ``start`` (an article may open it; small words
    only between capitalised ones); ``start`` when none or when a possessive ends it."""
    i = start
    if i < len(doc) and doc[i].lower_ in _ARTICLES:
        i += 1
    end = start
    while i < len(doc):
        if _capitalised(doc[i]) or doc[i].lower_ == "our" and i + 1 < len(doc) and _capitalised(doc[i + 1]):
            i += 1
            end = i
        elif doc[i].lower_ in _INNER_WORDS and i + 1 < len(doc) and (_capitalised(doc[i + 1]) or doc[i + 1].lower_ in _ARTICLES):
            i += 1
        else:
            break
    if end < len(doc) and doc[end].tag_ == "POS":
        return start
    return end


def _chapter_end(doc: Doc, entity: Span) -> int | None:
    """Where "the American Civil Liberties Union of Ohio" ends, for the ORG ending at "Union"."""
    end = entity.end
    if entity[-1].lower_ not in _HEAD_WORDS or not entity[-1].is_title or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    place = doc[end + 1]
    if place.ent_type_ == "GPE" and place.ent_iob_ == "B":
        stop = end + 2
        while stop < len(doc) and doc[stop].ent_iob_ == "I":
            stop += 1
    elif not place.ent_type_ and place.tag_ == "NNP" and _capitalised(place):
        stop = end + 2  # "of Ohio" the NER left without a label: a place's one word
    else:
        return None
    if stop < len(doc) and (_capitalised(doc[stop]) or doc[stop].tag_ == "POS"):
        return None  # "the Union of Ohio State", "the Party of Ohio's": another name goes on
    return stop


def _cause_start(token: Token) -> bool:
    """ "Citizens" in "Citizens for Trump", "March" in "March for Our Lives": the word that
    opens a name whose cause follows after "for"."""
    doc, i = token.doc, token.i
    if not (token.is_alpha and token.is_title) or i + 2 >= len(doc) or token.ent_type_ not in ("", "NORP", "DATE"):
        return False
    if token.text == "March":
        if doc[i + 1].lower_ not in ("for", "on", "against") or token.ent_type_ not in ("", "DATE"):
            return False
        before = doc[i - 1] if i > 0 and not token.is_sent_start else None
        return before is None or before.lower_ not in _DATING_WORDS and not before.like_num
    if token.ent_type_ == "DATE" or doc[i + 1].lower_ not in ("for", "against"):
        return False
    if not token.text.endswith("s") or token.tag_ not in ("NNS", "NNPS", "NNP") or token.lower_ in _NO_GROUP:
        return False
    # at a sentence's start only people for a person ("Students for Trump said"): a body
    # after "for" leaves the plural a thing's ("Profits for Apple rose 10%")
    return (token.ent_type_ == "NORP" or not token.is_sent_start or token.lemma_.lower() in PERSON_NOUNS
            or doc[i + 2].ent_type_ == "PERSON")


def extend_org_names(doc: Doc) -> Doc:
    """``doc`` with chapters' places, causes and marches taken into the body's name (the
    entities the longer name covers are replaced). RETURNS (Doc)."""
    entities = list(doc.ents)
    spans: list[Span] = []
    for entity in entities:
        if entity.label_ == "ORG":
            end = _chapter_end(doc, entity)
            if end is not None:
                spans.append(Span(doc, entity.start, end, label="ORG"))
    # a cause starts only before "for", "on" or "against" (``_cause_start``): the Doc's LOWER
    # column finds those words, not a Token object per word of every Doc
    for after in indices_between(doc, LOWER, _CAUSE_WORDS, 1, len(doc) - 1):
        token = doc[after - 1]
        if _cause_start(token) and not any(span.start <= token.i < span.end for span in spans):
            end = _name_run(doc, token.i + 2)
            start = token.i
            while start > 0 and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].is_title:
                start -= 1  # "Indian Americans for Hillary": the nationality before the people is the name's
            if end > token.i + 2:
                spans.append(Span(doc, start, end, label="ORG"))
    if spans:
        kept = [entity for entity in entities if not any(entity.start < span.end and span.start < entity.end for span in spans)]
        doc.ents = sorted(kept + spans, key=lambda span: span.start)
    return _join_purposes(doc)


def _purpose(entity: Span) -> bool:
    """ "Coalition to Stop Trump": a body's name that holds "to" and a verb, its purpose."""
    return any(t.tag_ == "TO" and t.i + 1 < entity.end and entity.doc[t.i + 1].tag_ == "VB" and entity.doc[t.i + 1].is_title
               for t in entity[1:])


def _join_purposes(doc: Doc) -> Doc:
    """ "the Coalition to Stop Trump and March on the RNC": a second purpose after "and" (a
    verb in title case, or "March") goes on the first one's infinitive, so the two ORGs
    are one name, not two bodies ("the Committee to Protect Journalists and Reporters
    Without Borders" are two: "Reporters" is no verb)."""
    entities, changed = list(doc.ents), False
    for index in range(len(entities) - 1, 0, -1):
        first, second = entities[index - 1], entities[index]
        if first.label_ == second.label_ == "ORG" and second.start == first.end + 1 and doc[first.end].lower_ == "and" \
                and _purpose(first) and second[0].is_title and (second[0].tag_ == "VB" or second[0].text == "March"):
            entities[index - 1:index + 1] = [Span(doc, first.start, second.end, label="ORG")]
            changed = True
    if changed:
        doc.ents = entities
    return doc
