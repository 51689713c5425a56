"""Speakers the parse hid behind another word (issue 11, stop 34): a new clause's subject
after a dash, a name a predicate noun stands for, a name before a long parenthesis, and
the subject the parser gave a participle right before the cue; (stop 36) the subject of a
modifier read as the verb, a noun a finite cue was read as modifying, and a name before an
aside between a quotation and its cue; (stop 38) the object of a subordinating "after" the
parser read as a preposition."""

from __future__ import annotations

from spacy.tokens import Token

from .conjunct_subjects import subject_carried_over
from .quote_side_verbs import document_of_misread_read
from .predicate_nominals import appositive_anchor, copula_subject
from .lexicon import PERSON_NOUNS, SPEECH_VERBS
from .roles import is_role_noun
from .speaker_repairs import DASHES
from .subject_shapes import document_of_passive, document_the_participle_describes, noun_a_quantifier_sums_up
from .verb_shapes import a_share_of_people, holds_views


def subject_after_dash(cue: Token) -> Token | None:
    """The speaker who opens a new clause after a dash, where the parser made the cue a
    conjunct of the verb before the dash: "And it wasn't an accident — Brendan Buck, a
    spokesman for Ryan, told POLITICO that ..." (not "it"). Only a noun phrase with no verb
    of its own, no conjunction opening it, that names someone. RETURNS (Token | None)."""
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    doc = cue.doc
    dash = next((t for t in reversed(doc[head.i + 1 : cue.i]) if t.text in DASHES and (
        t.whitespace_ or doc[t.i - 1].whitespace_) or t.text == ";"), None)
    if dash is None:
        return None
    span = [t for t in doc[dash.i + 1 : cue.i] if not t.is_space]
    while span and span[-1].text == ",":
        span = span[:-1]
    if not span or span[0].pos_ == "CCONJ" or any(t.pos_ in ("VERB", "AUX") or t.text in DASHES for t in span):
        return None
    inside = {t.i for t in span}
    heads = [t for t in span if t.head.i not in inside and not t.is_punct]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    subject = heads[0]
    return subject if subject.ent_type_ in ("PERSON", "ORG", "NORP") or holds_views(subject) else None


def copular_subject(noun: Token) -> Token | None:
    """The name a predicate noun stands for: in "Hillary Clinton was the first candidate to
    weigh in, tweeting her appreciation" the candidate is Clinton, who speaks
    (``predicate_nominals.copula_subject``, which resolution reads too). A name only when
    finding the speaker: "the man" of "the man was a farmer who said" names no one better,
    and a pronoun's "the first one to say" is the pronoun's own report (PolNeAR train).
    RETURNS (Token | None)."""
    subject = copula_subject(noun)
    return subject if subject is not None and subject.pos_ == "PROPN" and subject.i < noun.i else None


def name_before_parenthesis(subject: Token, cue: Token) -> Token | None:
    """The name before a parenthesis that closes right before the cue, where the parser took
    a word inside it for the subject: "Sen. Chris Murphy (a Connecticut Democrat so boyish he
    has been mistaken for a junior staffer) says ..." (not "boyish"). RETURNS (Token | None)."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != ")":
        return None
    opening = next((t.i for t in reversed(doc[max(cue.sent.start, cue.i - 40) : cue.i - 1]) if t.text in "()"), None)
    if opening is None or doc[opening].text != "(" or opening == cue.sent.start or not opening < subject.i < cue.i - 1:
        return None
    name = doc[opening - 1]
    return name if name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG", "") else None


def subject_of_left_participle(cue: Token) -> Token | None:
    """The subject the parser gave a participle right before a cue that has none: in
    "Republican activists clamoring to block Trump say they're ..." the activists say it.
    RETURNS (Token | None)."""
    doc = cue.doc
    for child in cue.lefts:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.right_edge.i == cue.i - 1 \
                and not any(t.is_punct for t in doc[child.i : cue.i]):
            subjects = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
            if subjects and (holds_views(subjects[0]) or is_role_noun(subjects[0])
                             or subjects[0].ent_type_ in ("PERSON", "ORG", "NORP")):
                return subjects[0]
    return None


def appositive_host(noun: Token) -> Token | None:
    """The name a descriptive apposition stands beside: in "Priorities USA, a super PAC
    supporting Hillary Clinton" the PAC supporting her is Priorities USA
    (``predicate_nominals.appositive_anchor``; here only an indefinite description set off
    by a comma after the name). RETURNS (Token | None)."""
    host = appositive_anchor(noun)
    if host is None or noun.doc[noun.left_edge.i - 1].text != "," or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    return host


def name_before_verb_read_as_participle(cue: Token) -> Token | None:
    """The name the parser made the sentence's root when no comma closed its apposition:
    '"…," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday'
    ("tweeted" read as a participle on the name). RETURNS (Token | None): the name."""
    name = cue.head
    if cue.dep_ != "acl" or cue.tag_ not in ("VBN", "VBD") or cue.lemma_.lower() not in SPEECH_VERBS \
            or name.dep_ != "ROOT" or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or name.i > cue.i:
        return None
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("of", "by", "as") for c in cue.children):
        return None  # "Jack Brown, an aide to the senator, accused of leaking the memo": a real passive
    between = name.doc[name.i + 1 : cue.i]
    return name if any(t.text == "," for t in between) and any(t.dep_ == "appos" for t in between) else None


def _can_speak(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return holds_views(token) or is_role_noun(token) or a_share_of_people(token) \
        or lemma in _SPEAKING_PLURALS or lemma in PERSON_NOUNS


# Plural heads of a subject a modifier hides that stand for people ("Majorities of Democrats
# ... say", "sources privy to negotiations say") beyond ``holds_views``.
_SPEAKING_PLURALS = frozenset("majority majorities source sources".split())


def subject_of_modifier_read_as_verb(cue: Token) -> Token | None:
    """The subject of a cue the parser hung as a bare dependant on a modifier of that subject
    it took for the main verb: in "multiple sources privy to negotiations say it's ..." and
    "Majorities of Democrats in five states going to the polls Tuesday say they would ..."
    the sources and the majorities say it ("privy", "going" read as the root). Only with
    nothing but the modifier's own words between them (no comma: "Clinton paused, then
    revealed" is ``speaker_repairs.conjunct_read_as_dep``'s). RETURNS (Token | None)."""
    head = cue.head
    if cue.dep_ != "dep" or head.i >= cue.i or cue.tag_ not in ("VBP", "VBZ", "VBD") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    doc = cue.doc
    inside = {t.i for t in head.subtree} - {t.i for t in cue.subtree}
    if any(t.is_punct or t.pos_ == "CCONJ" or t.i not in inside for t in doc[head.i + 1 : cue.i]):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN") or not _can_speak(subjects[0]):
        return None
    if any(t.is_punct for t in doc[subjects[0].right_edge.i + 1 : head.i]):
        return None
    return subjects[0]


def noun_before_finite_cue(cue: Token) -> Token | None:
    """The noun a finite cue follows that the parser made the cue's noun modifier: in "a man
    yelled “Stay there!”" the man yells (the quotation read as the sentence's verb). Only a
    speech verb tagged as a past tense (a participle, "the words quoted", stays a modifier)
    right after a noun phrase that can speak, with no agent. RETURNS (Token | None)."""
    head = cue.head
    if cue.dep_ != "acl" or cue.tag_ != "VBD" or head.i != cue.i - 1 \
            or cue.lemma_.lower() not in SPEECH_VERBS or head.pos_ not in ("NOUN", "PROPN") or not _can_speak(head):
        return None
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("by", "as") for c in cue.children):
        return None
    return head


def name_before_aside_after_quote(cue: Token) -> Token | None:
    """The person named between a quotation and its cue, before an aside set off by commas
    that the parser read as part of the quotation: '"We've had more successful conventions
    than this one," Texas delegate Bill Eastland, wearing a cowboy hat and "Ted Cruz"
    campaign pins, said' (the name taken for a modifier of the quoted verb). Titles may come
    before the name; the aside opens with a participle or "who". RETURNS (Token | None): the
    name's last token."""
    doc = cue.doc
    start = cue.sent.start
    if cue.i < 4 or doc[cue.i - 1].text != ",":
        return None
    for i in range(cue.i - 2, max(start, cue.i - 40), -1):
        if doc[i].text == "," and doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].pos_ == "PROPN" \
                and (doc[i + 1].tag_ in ("VBG", "VBN") or doc[i + 1].lower_ == "who"):
            last = doc[i - 1]
            first = last.i
            while first > start and not doc[first - 1].is_quote and doc[first - 1].text != "," \
                    and doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[first - 1].tag_ not in ("VBD", "VBZ"):
                first -= 1
            opening = doc[first - 1] if first > start else None
            closing = opening is not None and (opening.is_quote or opening.text == "," and doc[first - 2].is_quote)
            if closing and first < last.i + 1:
                return last
            return None
    return None


def subject_of_first_conjunct(cue: Token) -> Token | None:
    """The subject of the first of two joined predicates that the parser made the cue's
    complement: in "Kasich jokingly offered the man a job as Secretary of Defense, then says
    he'll welcome advice" Kasich says it (not "job", the last noun before the cue). Only a
    cue with no subject of its own and a clause before it that ends at a comma and "then"
    or "and" right before the cue. RETURNS (Token | None)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children):
        return None
    doc = cue.doc
    for clause in (c for c in cue.lefts if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        between = [t for t in doc[clause.right_edge.i + 1 : cue.i] if not t.is_space]
        if not between or between[0].text != "," or not any(t.lower_ in ("then", "and") for t in between) \
                or any(t.pos_ not in ("PUNCT", "ADV", "CCONJ") for t in between):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        if subjects and (subjects[0].pos_ == "PROPN" or holds_views(subjects[0])):
            return subjects[0]
    return None


def hidden_subject(cue: Token) -> Token | None:
    """The repairs above for a cue the parse left with no subject. RETURNS (Token | None)."""
    return subject_of_left_participle(cue) or subject_of_modifier_read_as_verb(cue) or noun_before_finite_cue(cue) \
        or name_before_aside_after_quote(cue) or subject_of_first_conjunct(cue) or subject_read_as_preposition_object(cue) \
        or subject_carried_over(cue) or document_of_misread_read(cue)


def subject_read_as_object_conjunct(cue: Token) -> Token | None:
    """The subject of a second clause that the parser joined to the first clause's object: in
    "the Washington Post will brand you a liar and NBC News will accuse you of …" NBC News
    accuses (read as "a liar and NBC News"). Only a name or a noun that can speak, right
    after the "and", with nothing but auxiliaries and adverbs before the cue.
    RETURNS (Token | None)."""
    if cue.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    doc = cue.doc
    i = cue.i - 1
    while i > cue.sent.start and (doc[i].dep_ in ("aux", "neg", "advmod") and doc[i].head.i == cue.i):
        i -= 1
    noun = doc[i]
    if noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN") or noun.head.i >= noun.i \
            or not (noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.pos_ == "NOUN" and holds_views(noun)):
        return None
    left = noun.left_edge.i
    if left < 1 or doc[left - 1].lower_ != "and" or doc[left - 1].head.i != noun.head.i \
            or not cue.head.i < noun.head.i < noun.i or noun.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return noun


def subject_of_gerund_after_preposition(cue: Token) -> Token | None:
    """The one named right before a gerund cue as a preposition's object, the gerund's own
    subject: "will be interviewed about Pope Francis calling Christmas a sham" (the Pope
    calls it, not the one interviewed); not "on" ("a message on Twitter reading ...": a
    place to write, whose words are the poster's). RETURNS (Token | None)."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "acl", "pcomp") or cue.i < 2:
        return None
    noun = cue.doc[cue.i - 1]
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("about", "over", "of") or noun.head.i >= noun.i \
            or noun.ent_type_ not in ("PERSON", "ORG", "NORP"):
        return None
    return noun


def subject_the_climb_misses(cue: Token) -> Token | None:
    """Speakers that climbing the parse from the cue would miss for another subject: a name
    before a verb read as a participle, the subject of a second clause read as an object's
    conjunct, a gerund's subject after a preposition, a document's passive, a quantifier's
    noun (``subject_shapes``). RETURNS (Token | None)."""
    return name_before_verb_read_as_participle(cue) or subject_read_as_object_conjunct(cue) \
        or subject_of_gerund_after_preposition(cue) or document_of_passive(cue) or noun_a_quantifier_sums_up(cue) \
        or document_the_participle_describes(cue)


# Subordinating words the parser reads as prepositions when a name follows them: "after
# Chairman Trey Gowdy ... touted progress".
_SUBORDINATORS = frozenset("after before since until while because once".split())


def subject_read_as_preposition_object(cue: Token) -> Token | None:
    """The subject of a clause that a subordinating word opens, which the parser made the
    word's object (a preposition's) and the cue a subject-less clause of its own: in "after
    Chairman Trey Gowdy (R-S.C.) earlier in the day touted progress" Gowdy touts. Only a
    finite cue, the name (or a noun that can speak) ending right before the cue's own
    adverbials, and its word hung on the verb the cue modifies. RETURNS (Token | None)."""
    if cue.dep_ != "advcl" or cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i < 2 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in cue.children):
        return None
    doc = cue.doc
    own = [c for c in cue.lefts if c.dep_ in ("advmod", "npadvmod", "prep", "aux", "neg")]
    start = min((c.left_edge.i for c in own), default=cue.i)
    if any(t.i not in {s.i for c in own for s in c.subtree} for t in doc[start : cue.i]) or start < 2:
        return None  # something between the name and the cue that is not the cue's own
    end = doc[start - 1]
    noun = end
    while noun.dep_ != "pobj" and noun.head.i != noun.i and noun.head.i < start:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.right_edge.i != end.i or noun.head.lower_ not in _SUBORDINATORS \
            or noun.head.head.i != cue.head.i:
        return None
    return noun if noun.ent_type_ in ("PERSON", "ORG", "NORP") or is_role_noun(noun) or _can_speak(noun) else None
