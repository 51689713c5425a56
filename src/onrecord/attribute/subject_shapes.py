"""Subjects the climb from a cue reads wrong (stop 36, speakers-28): the document a
passive's participle goes with, and the noun a quantifier after it ("both", "all") sums up."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import DOCUMENT_NOUNS, PERSON_NOUNS
from .roles import is_role_noun

# Quantifiers the parser makes a second subject: "Republican establishment figures — whose
# party ... — both suggested ...".
_QUANTIFIERS = frozenset("both all each".split())


def document_of_passive(cue: Token) -> Token | None:
    """The document a participle cue goes with after a passive that has no agent: in "A
    federal lawsuit was filed in 2012 challenging the NYPD's surveillance ... and alleging
    that police used ..." the lawsuit alleges it. A person's passive ("Downing Street would
    not be drawn on the claim, saying ...") is left to the climb; only a document noun
    here, which the climb leaves unsaid as a thing. RETURNS (Token | None)."""
    if cue.tag_ != "VBG":
        return None
    token = cue
    while token.dep_ == "conj" and token.head.tag_ == "VBG" and token.head.i < token.i:
        token = token.head
    verb = token.head
    if token.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VBN" or verb.i >= token.i \
            or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    return subject


def document_the_participle_describes(cue: Token) -> Token | None:
    """The document a participle cue describes: in "The settlement follows a legal complaint
    filed against the bank by Spanish Judge Baltasar Garzon alleging that it had illegally
    concealed assets" the complaint alleges it (and its author, "filed by" him, speaks
    through it), not the clause's subject "settlement"; "faces a lawsuit filed by shareholders
    alleging ..." is the shareholders' lawsuit, not the company's. RETURNS (Token | None)."""
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or cue.head.i >= cue.i:
        return None
    noun = cue.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ISSUING:
        return None  # "Turkey has signed a letter of intent stating ...": the signer's, as the climb finds
    return noun


# Verbs whose subject issues the document that is their object: it speaks through it.
_ISSUING = frozenset("issue sign release publish post send write submit file draft unveil tweet put".split())


def noun_a_quantifier_sums_up(cue: Token) -> Token | None:
    """The noun a quantifier subject sums up, where the parser made both subjects of the cue
    (the nearer one would speak): "Republican establishment figures — whose party was once
    respected ... — both suggested ..." (the figures). RETURNS (Token | None)."""
    if cue.n_lefts < 2:
        return None  # (asked of every cue: two subjects before it need two left children, a count spaCy keeps)
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[1].lower_ not in _QUANTIFIERS or subjects[1].i > cue.i:
        return None
    noun = subjects[0]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


# Verbs whose object takes a verbless predicate after it ("hold Snyder accountable", "found
# him guilty"): the parser makes the object the predicate's subject.
_SMALL_CLAUSE_VERBS = frozenset("hold keep make find consider leave render deem".split())


def small_clause_subject(head: Token) -> bool:
    """Whether a name read as a subject is the object of a verb with a verbless predicate
    after it ("Sanders did go further in trying to hold *Snyder* accountable"): no clause
    subject, so no antecedent of "he said" next."""
    predicate = head.head
    return (head.dep_ == "nsubj" and predicate.dep_ in ("ccomp", "xcomp", "oprd") and predicate.i > head.i
            and predicate.head.lemma_.lower() in _SMALL_CLAUSE_VERBS and predicate.pos_ not in ("VERB", "AUX")
            and not any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in predicate.children))


def described_by_subject_relative(head: Token) -> bool:
    """Whether a name no clause has as subject is the subject of the relative clause that
    describes it, in a sentence whose own subject is a thing or no one: "The programme also
    heard from Lord Roberts of Conwy, who was a Welsh Office minister at the time. He denied
    ..." (Roberts, the person the sentence brings in: BBC dev slice, stop 45). Not where a
    person is the sentence's subject ("Hewitt beat Minar, who ...": Hewitt stays in play)."""
    if head.dep_ not in ("pobj", "dobj") or not head.n_rights:
        return False  # (cheap tests first: asked of every name's head)
    if not any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
               for c in head.rights):
        return False
    root = head.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or subject.i < head.i and subject.pos_ == "NOUN" and subject.ent_type_ == "" \
        and subject.lemma_.lower() not in PERSON_NOUNS and not is_role_noun(subject)
