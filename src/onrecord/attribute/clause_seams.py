"""Seams inside a reported clause that the parser cut wrongly, or left joined to the
writer's narration:

- a non-restrictive relative on a quantity ("the register, [the vast majority of which]
  were caused by ...") that the parser made a second complement of the cue: it goes on
  the first (``relative_of_quantity``);
- a pluperfect joined with no subject to a present-tense report ("says those demands are
  exorbitant, [and had sought refuge in US courts]"): the writer's narration of the
  speaker, not words reported (``pluperfect_conjunct``);
- the reported clause's subject read as the object of a time phrase of the cue ("told MPs
  on Tuesday [care] was needed": "Tuesday care") (``subject_in_time_phrase``);
- a predicate after an insertion set off by commas, read as a second complement with no
  subject ("said this was something other services[, such as that offered on GNER trains,]
  [did not offer yet]"; judge-45, BBC dev slice, judged "partly"): the predicate's subject is
  in the first clause, so it goes on the first one (``predicate_after_insertion``);
- a subordinator whose clause the parser made the sentence's main clause ("said he was
  surprised as much [because], not too long ago, [many people thought computer gaming was a
  fad]", "said" hung under "thought"; judge-45, BBC dev slice): a content cannot end on
  "because" or on an insertion after it, so it runs on through that clause
  (``dangling_subordinator_end``);
- a reduced relative read as the whole clause ("saying [materials kept during their
  investigations] would be examined", the modal's verb hung on the host verb): the content
  runs on to that verb's end (``reduced_relative_end``);
- the reported clause's own verb hung as a conjunct on a verb before the content (acts-46, BBC
  dev slices, a content cut too early): right after it, with only a closing quotation mark
  between ('Mr Brown says [he will not let "gossip"] distract him from helping ...': no "and",
  no comma, so no second clause), or after a comma closing a content with no verb of tense,
  a "be" or a verb whose subject the parser put after it ('A Mori poll this summer suggested
  [policing, unlike health and education], was the one major public service where ...'):
  the content runs on to that verb's end (``verb_run_on_end``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS
from .lexicon import WEEKDAYS

# Words that open a relative pronoun's quantity: "the majority of which", "some of whom".
_RELATIVES = frozenset(("which", "whom", "whose"))

# A weekday is what a parser takes for a compound of the next noun: "on Tuesday care".
_TIME_WORDS = frozenset(WEEKDAYS)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children)


def relative_of_quantity(comp: Token) -> bool:
    """Whether a complement opens with a comma and its subject is a quantity "of which" /
    "of whom": no new clause of the speaker, a relative on the first one's last noun."""
    doc = comp.doc
    if doc[comp.left_edge.i].text != ",":
        return False
    for subject in (c for c in comp.children if c.dep_ in SUBJECT_DEPS and c.i < comp.i):
        words = doc[subject.left_edge.i : subject.right_edge.i + 1]
        if any(t.lower_ in _RELATIVES and t.i > 0 and doc[t.i - 1].lower_ == "of" for t in words):
            return True
    return False


# Tags of a verb, or of its auxiliary, that carry a tense: no infinitive, no participle.
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))


def predicate_after_insertion(first: Token, last: int, comp: Token) -> bool:
    """Whether a second complement of the cue is a finite predicate with no subject after a
    comma that closes an insertion in the first complement (module docstring): a clause
    cannot go without a subject, so it is the first one's. ``last`` is the first's last token."""
    doc = comp.doc
    comma = doc[comp.left_edge.i] if doc[comp.left_edge.i].text == "," else doc[last]
    if comma.text != "," or _has_subject(comp) or comp.pos_ not in ("VERB", "AUX"):
        return False
    words = doc[comma.i + 1 : comp.i]
    if any(t.dep_ in ("cc", "mark") or t.pos_ not in ("AUX", "PART", "ADV") for t in words):
        return False  # "..., and did not ...", "..., because it did": a seam of its own
    if not (comp.tag_ in _FINITE or any(t.tag_ in _FINITE for t in words)):
        return False  # "..., saying ...", "..., go home": no tense of its own
    return any(t.text == "," for t in doc[first.left_edge.i : comma.i])


def pluperfect_conjunct(token: Token) -> bool:
    """A past participle under "had", with no subject, joined by "and" to a verb in the
    present: "[are] exorbitant, and [had sought] refuge" cannot be one tense of one report."""
    head = token.head
    present = head.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in head.children)
    return (token.dep_ == "conj" and token.tag_ == "VBN" and head.i < token.i and present
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children)
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children)
            and not _has_subject(token))


def subject_in_time_phrase(cue: Token, comp: Token) -> int | None:
    """The first token of a reported clause's subject that the parser took for the object
    of the cue's time phrase, a weekday its compound: "told MPs on [Tuesday care] was
    needed". RETURNS (int | None): where the content starts."""
    if comp.dep_ != "ccomp" or comp.i < cue.i or _has_subject(comp):
        return None
    doc = comp.doc
    if comp.left_edge.i < 1:
        return None
    noun = doc[comp.left_edge.i - 1]
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.head.dep_ != "prep" or noun.head.head.i != cue.i:
        return None
    day = doc[noun.i - 1]
    if day.dep_ == "compound" and day.head.i == noun.i and day.lower_ in _TIME_WORDS:
        return noun.i
    return None


# Subordinators that need a clause after them ("because" read as a preposition of an adverb).
_SUBORDINATORS = frozenset("because although though unless whereas".split())


def dangling_subordinator_end(cue: Token, end: int) -> int:
    """The last token of a content that the parser ended on a subordinator, or on a comma-set
    insertion right after one, whose clause comes after the content (module docstring)."""
    doc = cue.doc
    opener = next((t for t in doc[max(cue.i + 1, end - 6) : end + 1] if t.lower_ in _SUBORDINATORS), None)
    if opener is None or end + 2 >= len(doc) or doc[opener.i + 1 : end + 1].text.count(",") > 1:
        return end
    if opener.i < end and doc[opener.i + 1].text != ",":
        return end  # "because of the weather": no insertion after the subordinator
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ in SUBJECT_DEPS for t in doc[opener.i + 1 : end + 1]):
        return end  # the subordinator has its clause inside the content
    first = doc[end + 2] if doc[end + 1].text == "," else doc[end + 1]
    if first.dep_ in ("cc", "mark") or first.is_punct:
        return end
    verb = first
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.i <= end or not _has_subject(verb) or verb.sent.start != cue.sent.start:
        return end
    last = verb.right_edge.i
    while last > verb.i and doc[last].is_punct and not doc[last].is_quote:
        last -= 1
    return last


def reduced_relative_end(cue: Token, comp: Token, end: int) -> int:
    """The last token of a content whose clause the parser ended at a reduced relative:
    a past participle with a subject and no auxiliary ("materials kept during ..."), then
    a modal whose verb has no subject and hangs on the cue or on the cue's host."""
    doc = comp.doc
    if (comp.i < cue.i or comp.tag_ != "VBN" or end != comp.right_edge.i or end + 1 >= len(doc)
            or any(c.dep_ in ("aux", "auxpass") for c in comp.children)
            or not any(c.dep_ == "nsubj" and c.i < comp.i for c in comp.children)):
        return end
    modal = doc[end + 1]
    verb = modal.head
    if (modal.tag_ != "MD" or modal.dep_ != "aux" or verb.i <= modal.i or verb.dep_ not in ("ccomp", "conj")
            or verb.head.i not in (cue.i, cue.head.i) or _has_subject(verb)):
        return end
    return verb.right_edge.i


def verb_run_on_end(cue: Token, start: int, end: int) -> int:
    """The last token of a content whose own verb the parser hung as a conjunct on a verb
    before the content (module docstring); ``start`` and ``end`` are the content's first and
    last tokens. "X denied [the charges], said ..." (a second cue, with a comma and no subject
    after it) and "said [...] and went home" stay as they are. RETURNS (int)."""
    doc = cue.doc
    i = end + 1
    while i < len(doc) and doc[i].is_quote and doc[i].is_punct:
        i += 1  # the closing marks of a quotation inside the content
    comma = i < len(doc) and doc[i].text == ","
    i += 1 if comma else 0
    if start <= cue.i or i >= len(doc):
        return end
    verb = doc[i]
    if (verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "conj" or verb.head.i >= start
            or verb.sent.start != cue.sent.start or any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)):
        return end
    if comma and (any(t.tag_ in _FINITE for t in doc[start : end + 1]) or not (
            verb.lemma_ == "be" or any(c.dep_ in SUBJECT_DEPS for c in verb.children))):
        return end
    last = verb.right_edge.i
    while last > verb.i and doc[last].is_punct and not doc[last].is_quote:
        last -= 1
    return last
