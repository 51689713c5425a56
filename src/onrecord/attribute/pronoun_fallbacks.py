"""Antecedents for a pronoun the chain of speakers and named subjects leaves unresolved
(issue 11, stop 35), for the resolver and ``speaker_resolution``:

- "it" is the document or body that was the subject of the sentence before: "A new report
  from the Tax Policy Center examined the plans. It found …" (the report, by the Tax Policy
  Center); "Trump's campaign backtracked, putting out a statement. In cases of abortion, it
  said …" (the Trump campaign). A document or a body is no named subject of the narration,
  so the chain never offers it.
- "he"/"she" after the words it reports in the same sentence is the named person who is
  their subject, where no one else fits: "Former Rep. Chris Shays (R-Conn.) was pro John
  Kasich while the Ohio governor was in the running, he said" (the writer's paraphrase of
  what Shays said of himself).
- (stop 36) "their", "his" or "her" owning a noun in its clause is that clause's subject
  before it, a noun phrase of the same number: "Others were unapologetic in their criticism
  of Trump" (the others; no name, so the chain never offers them).
"""

from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .deps import NOUN_SUBJECT_DEPS, sentence_before
from .entities import ArticleEntity, EntityTable
from .lexicon import DOCUMENT_NOUNS, FEMALE_PRONOUNS, MALE_PRONOUNS
from .quotes import OPENING_ANY_MARKS
from .resolved import Resolved

# Nouns of a body that speaks as one ("the campaign said"), besides a name the NER marks.
_BODY_NOUNS = frozenset("""
campaign committee administration government agency department company firm group organization
organisation institute institution center centre foundation council commission office party
""".split())


def thing_before(pronoun: Token) -> Token | None:
    """The document or body that is the main subject of the sentence before ``pronoun``'s,
    where "it" is its sentence's subject. RETURNS (Token | None)."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in NOUN_SUBJECT_DEPS:
        return None
    before = sentence_before(pronoun.sent)
    if before is None:
        return None
    subject = next((c for c in before.root.children if c.dep_ in NOUN_SUBJECT_DEPS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if subject.lemma_.lower() in DOCUMENT_NOUNS or subject.lemma_.lower() in _BODY_NOUNS or subject.ent_type_ == "ORG":
        return subject
    return None


def agent_before(pronoun: Token) -> Token | None:
    """The people a passive's by-phrase names in the sentence before, where "they" is its
    sentence's subject and the passive's own subject is no plural that "they" could be:
    "The case against Muhammad Afzal, ... is being brought by local Liberal Democrat
    supporters. They claim ..." (the supporters; an unnamed group, so the chain never
    offers it). RETURNS (Token | None)."""
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj":
        return None
    before = sentence_before(pronoun.sent)
    if before is None:
        return None
    root = before.root
    agent = next((c for c in root.children if c.dep_ == "agent"), None)
    people = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if people is None or people.tag_ not in ("NNS", "NNPS") or subject is None or subject.tag_ in ("NNS", "NNPS") \
            or any(c.dep_ == "conj" for c in subject.children):
        return None
    return people


def possessed_body_before(pronoun: Token) -> Token | None:
    """``thing_before``'s body where a name owns it: "Trump's campaign immediately
    backtracked, putting out a statement. In cases of abortion, it said …" (the Trump
    campaign). The resolver takes it before the chain's older antecedents when no speaker
    or named subject comes between it and the pronoun. RETURNS (Token | None)."""
    subject = thing_before(pronoun)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in _BODY_NOUNS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return subject if owner is not None and owner.pos_ == "PROPN" else None


def document_before(pronoun: Token) -> Token | None:
    """``thing_before``'s document: "Thursday's report was drawn up by two committees ... It
    said that ..." (the report, not the government that spoke two paragraphs up; stop 46).
    RETURNS (Token | None)."""
    subject = thing_before(pronoun)
    return subject if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in DOCUMENT_NOUNS else None


def recent_antecedent(resolver, pronoun: Token, offset: int, wants) -> Resolved | None:
    """``possessed_body_before``'s named body, ``document_before``'s document or ``agent_before``'s people, resolved, where no
    speaker or named subject comes between it and the pronoun: the chain's antecedents are
    older ("Police found the trio ..." two paragraphs up is not the "They" after "... is
    being brought by local Liberal Democrat supporters"). RETURNS (Resolved | None)."""
    from .phrases import describe

    body = possessed_body_before(pronoun)
    document = document_before(pronoun) if body is None else None
    subject = body if body is not None else document if document is not None else agent_before(pronoun)
    if subject is None or any(subject.idx <= o < offset for o, _ in resolver.chain) \
            or any(subject.idx < o < offset for o, _ in resolver.table.subjects):
        return None
    resolved = resolver.resolve(describe(subject))
    kinds = ("organization",) if body is not None else ("document",) if document is not None else ("group", "organization")
    if not resolved.name or not wants(resolved) or resolved.type not in kinds or body is not None and resolved.unnamed:
        return None  # (a possessed body by its name: "Trump campaign"; the by-agent may be unnamed)
    return replace(resolved, how="pronoun-subject")


def paraphrase_subject(doc: Doc, table: EntityTable, pronoun: str, content: tuple[int, int],
                       at: int) -> ArticleEntity | None:
    """The named person who is the subject of a statement's own words, where those words
    come before its pronoun speaker (at ``at``) in the same sentence and are not quoted.
    RETURNS (ArticleEntity | None)."""
    gender = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None
    if gender is None or content[1] > at:
        return None  # (the cheap tests first: the rest reads the doc)
    span = doc.char_span(*content, alignment_mode="expand")
    # the first token at or after ``at``, by a search of the token offsets, not a walk of the doc
    first = int(numpy.searchsorted(doc.to_array(IDX), at, side="left"))
    speaker = doc[first] if first < len(doc) else None
    if span is None or not len(span) or speaker is None:
        return None
    if span[0].sent != speaker.sent or span[0].text in OPENING_ANY_MARKS:
        return None
    heads = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    subject = next((c for h in heads for c in h.children if c.dep_ in NOUN_SUBJECT_DEPS and c.i in range(span.start, span.end)), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    entity = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
    person = table.find(entity.text, subject.idx, person=True) if entity is not None else None
    if person is None or person.type != "person" or person.gender not in (None, gender):
        return None
    return person


_PLURAL_POSSESSIVES = frozenset(("their",))
# (not "its": "Rank will expose the shake-up at the announcement of its results ... the report
# added" would make Rank the author of the report the article goes on with; BBC business)
_SINGULAR_POSSESSIVES = frozenset(("his", "her"))


def clause_subject_of_possessive(pronoun: Token) -> Token | None:
    """The subject of the clause a possessive pronoun's noun stands in, before it and of its
    number: "Others were unapologetic in their criticism" → Others; "The senator stood by his
    remarks" → the senator. Only a noun phrase (a pronoun subject resolves on its own), and
    only up through prepositions and objects to the clause's verb (``authored_documents.
    _clause_subject`` takes any subject up to three heads above a writer's own document: it
    only compares the subject's last word with the writer's). RETURNS (Token | None)."""
    lower = pronoun.lower_
    if pronoun.dep_ != "poss" or lower not in _PLURAL_POSSESSIVES | _SINGULAR_POSSESSIVES:
        return None
    token = pronoun.head
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.dep_ not in ("pobj", "prep", "acomp", "attr") or token.head.i == token.i:
            return None
        token = token.head
    subject = next((c for c in token.children if c.dep_ in NOUN_SUBJECT_DEPS and c.i < pronoun.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ in ("GPE", "LOC", "DATE"):
        return None
    if lower in _SINGULAR_POSSESSIVES and any(t.ent_type_ == "PERSON" for t in pronoun.doc[subject.right_edge.i + 1 : pronoun.i]):
        # "Marion Jones has filed a lawsuit against Balco boss Victor Conte following his
        # allegations": a person named between them may be the owner as well (here, is)
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    return subject if plural == (lower in _PLURAL_POSSESSIVES) else None


def bound(resolved: Resolved, pronoun: str, how: str) -> Resolved:
    """The antecedent, now also known by the pronoun's gender (moved here from the resolver)."""
    entity = resolved.entity
    if entity is not None and entity.gender is None and not entity.unnamed:
        entity.gender = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None
    return replace(resolved, how=how)
