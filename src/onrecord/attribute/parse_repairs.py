"""Repairs of parses that make the wrong words a cue's complement or the wrong phrase its
speaker (issue 12, frames read on BBC development articles): a clause joined to the cue by a
connective or standing before it with no quotation mark, an inverted condition, a name the
parser cut off as a sentence of its own or read as the object of a preposition, a speaker
phrase read as a clause, "X quoted Y as saying", where Y speaks and X relays, a
that-clause hung as a relative clause on a noun after the cue, and a question read as a
condition ("asked workers if ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import CONTENT_DEPS, SUBJECT_DEPS
from .quotes import OPENING_ANY_MARKS
from .lexicon import AUDIENCE_VERBS, BELIEF_VERBS, CUE_NOUNS, SPEECH_VERBS
from .verb_shapes import QUESTION_VERBS, is_passive_participle
from .conjunct_subjects import conjunct_of_main_clause  # noqa: F401 (cue_tokens imports it from here)
from .role_recipients import name_after_recipient


# Verbs whose object is whom it was said to or asked: "told BBC News [Labour MPs] would not ...".
ADDRESSED_VERBS = AUDIENCE_VERBS | frozenset(("ask",))
# Verbs of an interview or article taped or going out: "an interview with NPR that aired Monday".
_AIRED = frozenset("air broadcast televise publish print run tape record film conduct".split())
# Nouns of what a statement was made in that a taping may follow.
_MEDIA_NOUNS = frozenset("interview interviews appearance broadcast programme program show podcast".split())
# Auxiliaries that open an inverted condition: "should the captain decide to switch codes".
_CONDITION_AUX = frozenset("should had were".split())


def words_before_speaker(cue: Token, comp: Token) -> bool:
    """Whether words of the sentence's own stand between a clause before the cue and the
    cue's subject, with no punctuation before the subject: in "The contest jumped into the
    headlines after the group unearthed columns Bradley wrote" the parser hung the main
    clause on a relative clause with no "that"; a reported clause before its cue meets the
    speaker after a comma or a quotation mark ("The deal is dead when Parliament returns,
    he said"). RETURNS (bool)."""
    if comp.i > cue.i:
        return False
    doc = cue.doc
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and comp.i < c.i < cue.i]
    if not subjects or any(t.is_punct for t in doc[subjects[0].i + 1 : cue.i]):
        return False
    between = doc[comp.right_edge.i + 1 : subjects[0].left_edge.i]
    return any(t.is_alpha for t in between) and not between[-1].is_punct


def misread_dropped(cue: Token, comps: list[Token]) -> list[Token]:
    """Complements the parser made of what is not reported: with a complement after the
    cue, a clause before it that no quotation mark opens ("the rupee shed 0.1% against the
    dollar ¶ Analysts said that ...", "Philip Wride, who co-manages the team, said online
    qualifiers will be held", where a split "co - manages" made the speaker a clause); and
    an inverted condition after another complement ("say they will not be rushed ...
    should the captain decide to switch codes"), which belongs to the clause before it."""
    doc = cue.doc
    # "told CNN in the interview [taped] and released on Wednesday": the interview's taping, no report
    comps = [c for c in comps if not (c.lower_ == "taped" or c.lemma_.lower() in _AIRED) or c.i == 0 or any(
        g.dep_ in SUBJECT_DEPS for g in c.children) or doc[c.i - 1].lemma_.lower() not in _MEDIA_NOUNS]
    if not any(c.i > cue.i for c in comps):
        return comps
    kept = [c for c in comps if c.i > cue.i or doc[c.left_edge.i].tag_ == "``" or doc[c.left_edge.i].text in _OPENING_MARKS]
    first_after = min(c.i for c in kept if c.i > cue.i)
    return [c for c in kept if c.i <= first_after or not _inverted_condition(c)]


_OPENING_MARKS = OPENING_ANY_MARKS | {"«"}  # (and a guillemet)


def clause_hung_above_noun(noun: Token) -> list[Token]:
    """A that-clause right after a cue noun that the parser hung on a verb above it ("to
    comply with the DOJ demand [that HB2 not be implemented]", the clause made a complement
    of "comply"): "that" as its mark, opening the words right after the noun, and a subject
    of its own. RETURNS (list[Token])."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "that" or doc[noun.i + 1].dep_ != "mark":
        return []
    clause = doc[noun.i + 1].head
    if clause.dep_ not in ("ccomp", "advcl") or clause.head.i == noun.i or clause.head.i > noun.i:
        return []
    if clause.head.lemma_.lower() in SPEECH_VERBS | BELIEF_VERBS:
        return []  # "repeated his claim that ...": the verb above reports the clause itself
    return [clause] if any(c.dep_ in SUBJECT_DEPS for c in clause.children) else []


def question_dropped(cue: Token, comps: list[Token]) -> list[Token]:
    """Complements before the cue that hold the sentence's opening question: in "Asked if
    it had appeared he was encouraging violence, Trump replied, '…'" the parser makes
    "encouraging" the reply's complement and hangs "Asked" from it, but the question is
    the one put to the speaker, never his answer."""
    return [c for c in comps if c.i > cue.i or not any(
        t.i < c.i and t.lemma_.lower() in QUESTION_VERBS and is_passive_participle(t) for t in c.subtree)]


# Dependencies a that-clause may hang from between it and the cue: the audience, the
# occasion ("telling reporters during a visit to Scotland on Friday that ...").
_PHRASE_DEPS = frozenset(("dobj", "dative", "prep", "pobj", "npadvmod", "compound"))


def that_clause_hung_lower(cue: Token) -> list[Token]:
    """A that-clause the parser hung as a relative clause on a noun after the cue ("telling
    reporters during a visit to Scotland on Friday [that he thinks ...]"): "that" as its
    mark, not its pronoun, and only noun phrases between it and the cue. RETURNS (list[Token])."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return []  # "police were called to the hotel following claims that ..."
    for token in cue.subtree:
        # "said in an interview with NPR that aired Monday [that the plan was flawed]": the
        # clause hung on the relative clause of the interview's airing is what was said
        aired = token.dep_ == "ccomp" and token.head.dep_ in ("relcl", "acl") and (
            token.head.lemma_.lower() in _AIRED or token.head.lower_ == "taped")  # lemmatised "tap"
        if token.i <= cue.i or not (token.dep_ in ("relcl", "acl") or aired):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" and c.i == token.left_edge.i for c in token.children):
            continue
        if not any(c.dep_ in SUBJECT_DEPS for c in token.children):
            continue
        head = token.head.head if aired else token.head
        if aired and head.dep_ == "pobj" and head.head.head.i == cue.i:
            return [token]
        if head.dep_ == "dobj" or head.lemma_.lower() in CUE_NOUNS:
            continue  # "repeating its view that ...", "following claims that ...": the noun's own clause
        while head.i != cue.i and head.dep_ in _PHRASE_DEPS:
            head = head.head
        if head.i == cue.i:
            return [token]
    return []


def title_read_as_clause(cue: Token, comps: list[Token]) -> list[Token]:
    """A programme's title in quotation marks after "on" that the parser read as the cue's
    clause, with what was said hung on it ('said on Sunday's "Meet the Press" that the bill
    would pass'): the that-clause is the complement, the title the programme."""
    out = []
    for comp in comps:
        doc = comp.doc
        quoted = comp.i > cue.i and comp.i > 0 and doc[comp.i - 1].text in ('"', "“", "``", "'", "‘") and any(
            e.start == comp.i and e.label_ == "WORK_OF_ART" for e in doc.ents)
        on = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "on" and cue.i < c.i < comp.i), None)
        inner = [c for c in comp.children if c.dep_ in ("ccomp", "advcl") and c.i > comp.i and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children)] if quoted and on is not None else []
        out += inner[:1] or [comp]
    return out


def _inverted_condition(clause: Token) -> bool:
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in _CONDITION_AUX and first.head.i == clause.i and any(
        c.dep_ in SUBJECT_DEPS and c.i > first.i for c in clause.children)


def quoted_source(cue: Token) -> Token | None:
    """The one quoted in "Reuters quoted sources as saying ...", "the paper cited officials
    as saying ...": the speaker, where the quoting subject is only the via. RETURNS (Token |
    None)."""
    verb = quoting_verb(cue)
    if verb is None:
        return None
    cue = verb
    as_saying = any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.tag_ == "VBG" and g.lemma_.lower() in SPEECH_VERBS for g in c.children) for c in cue.children)
    # "Mr Brown was quoted by the Sunday Times as saying": the passive's subject is the one quoted
    objects = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    if objects and not as_saying and objects[0].dep_ == "dobj" and cue.tag_ in ("VBD", "VBZ", "VBP"):
        # "'…,' the newspaper quotes a source close to the firm": the words stand before the
        # quoting verb, so its object is the one who said them
        as_saying = any(t.is_quote and t.i < cue.i for t in cue.sent)
    return objects[0] if as_saying and objects else None


def quoting_verb(cue: Token) -> Token | None:
    """ "quoted" for itself or for the "saying" under its "as" ("quoted sources as saying
    that ..."). RETURNS (Token | None)."""
    if cue.lemma_.lower() in ("quote", "cite"):
        return cue
    head = cue.head
    if cue.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ == "as" and head.head.lemma_.lower() in ("quote", "cite"):
        return head.head
    return None


def noun_read_as_object(cue: Token) -> Token | None:
    """ "amid [Tory] [claims] the ads were ...": a finite cue in an adverbial clause with no
    subject of its own, right after the object of a preposition that names someone — the
    parser read the noun "claims" as a verb and its owner as the preposition's object.
    RETURNS (Token | None)."""
    if cue.dep_ != "advcl" or cue.tag_ not in ("VBZ", "VBP") or cue.i == 0 or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in cue.children):
        return None
    before = cue.doc[cue.i - 1]
    if before.dep_ == "pobj" and (before.pos_ == "PROPN" or before.ent_type_ in ("NORP", "ORG", "PERSON", "GPE")):
        return before
    return None


def subject_split_off(cue: Token) -> Token | None:
    """A name the parser cut off as a sentence of its own just before a verb that opens the
    next one: "[Leicester] [say they will not be rushed ...]" (after a headline). RETURNS
    (Token | None)."""
    doc = cue.doc
    if cue.pos_ not in ("VERB", "AUX") or cue.i == 0 or cue.i != cue.sent.start or cue.tag_ not in ("VBP", "VBZ", "VBD"):
        return None
    name = doc[cue.i - 1]
    if name.dep_ != "ROOT" or name.pos_ != "PROPN" or "\n" in name.whitespace_ or name.sent.end != cue.i:
        return None
    return name if all(t.i == name.i or t.dep_ == "compound" for t in name.sent) else None


def misread_speaker(cue: Token) -> Token | None:
    """The name heading a clause the parser put before a cue with no subject of its own,
    where a complement also follows the cue: "Philip Wride, who co-manages the Four-Kings
    team, said online qualifiers ..." (the split "co - manages" made "Wride" its subject).
    RETURNS (Token | None)."""
    if cue.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    before = [c for c in cue.children if c.dep_ in CONTENT_DEPS and c.i < cue.i]
    if not before or not any(c.dep_ in CONTENT_DEPS and c.i > cue.i for c in cue.children):
        return None
    subjects = [c for c in before[-1].children if c.dep_ == "nsubj" and c.i < before[-1].i]
    if subjects and subjects[0].pos_ == "PROPN" and subjects[0].ent_type_ in ("PERSON", "ORG"):
        return subjects[0]
    return None


# Connectives that join a clause to the one before it rather than report it: "Mr Curry is
# not a programmer, so he asked others to ..." (the parser hangs the first as a ccomp).
_CONNECTIVES = frozenset("so and but yet then thus therefore hence".split())


def joined_before(clause: Token, cue: Token) -> bool:
    """Whether a clause before the cue is joined to it by a connective, not reported by it:
    "[Mr Curry is not a computer programmer], so he asked others to create one"."""
    return clause.i < cue.i and any(
        c.dep_ in ("advmod", "cc") and c.lower_ in _CONNECTIVES and clause.right_edge.i < c.i < cue.i
        for c in cue.children)


def subject_read_as_object(cue: Token, comp: Token) -> int | None:
    """The first token of a clause's subject that the parser made the cue's object: "has
    warned [the British and Irish Lions] [will be his most fearsome opponents]" — a clause
    with no subject of its own right after an object noun phrase. RETURNS (int | None) the
    index where the content starts, or None."""
    if clause_under_modifier(cue) == comp:
        return cue.i + 1  # "He implied [immigrants were ...]": the clause starts after the cue
    if comp.dep_ != "ccomp" or comp.i < cue.i or any(c.dep_ in SUBJECT_DEPS for c in comp.children):
        return None
    if cue.lemma_.lower() in ADDRESSED_VERBS:
        return None  # "told BBC News Labour MPs would ...": whom it was told comes first
    first = comp.doc[comp.left_edge.i]
    if first.pos_ not in ("AUX", "VERB") or first.tag_ in ("VBG", "VBN", "TO") or first.lower_ == "to":
        return None  # "urged them [to act]", "told them [leaving was wrong]": no subject left out
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
               and (c.right_edge.i == comp.left_edge.i - 1 or _closed_aside(c, comp))]
    return objects[0].left_edge.i if objects else None


def clause_under_modifier(cue: Token) -> Token | None:
    """The verb of a clause whose subject the parser hung the cue on as a modifier: "He
    implied immigrants were the ones tearing families apart" (PolNeAR train) read as "implied
    immigrants" (an adjective) that "were ...". Only a past tense with a subject of its own
    right before it, on the noun that opens the clause. RETURNS (Token | None)."""
    noun = cue.head
    if cue.dep_ != "amod" or cue.tag_ != "VBD" or noun.i != cue.i + 1 or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if not any(c.dep_ == "nsubj" and c.i == cue.i - 1 and c.pos_ in ("PRON", "PROPN") for c in cue.children):
        return None  # "the implied threat was ...": an adjective after all
    verb = noun.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i > noun.i else None


def sentence_joined_after_object(cue: Token) -> Token | None:
    """The "and" that opens a second sentence whose subject the parser joined to the end of
    the cue's object and whose verb it made the cue's clause: "Coldplay have announced a
    concert ... on 1 July [and] T in the Park will be held at Balado" (BBC entertainment) —
    the festival is no part of what Coldplay announced. A clause with no subject of its own
    right after a conjunct noun phrase whose "and" stands after the cue, joined to a
    preposition's object. RETURNS (Token | None): the "and"."""
    doc = cue.doc
    for comp in cue.rights:
        if comp.dep_ != "ccomp" or any(c.dep_ in SUBJECT_DEPS for c in comp.children):
            continue
        between = doc[cue.i + 1 : comp.left_edge.i]
        ands = [t for t in between if t.dep_ == "cc"]
        if not ands or any(t.pos_ in ("VERB", "AUX") for t in doc[ands[-1].i : comp.left_edge.i]):
            continue
        joined = doc[ands[-1].i + 1]
        # joined to a preposition's object (a date, a place), not to the object itself:
        # "said the plan and the budget would be ..." is one subject misread
        if joined.dep_ == "conj" and joined.pos_ in ("PROPN", "NOUN") and joined.head.dep_ == "pobj":
            return ands[-1]
    return None


def _closed_aside(noun: Token, comp: Token) -> bool:
    """Whether only the comma closing an aside inside the noun phrase stands between it and
    the clause: "said [the changes in eligibility rules, which allow foreign films,] [were
    made last year]" (the parser hung the closing comma on the cue)."""
    doc = noun.doc
    between = doc[noun.right_edge.i + 1 : comp.left_edge.i]
    return len(between) == 1 and between[0].text == "," \
        and any(t.text == "," for t in doc[noun.i + 1 : noun.right_edge.i + 1])


def speaker_inside_complement(cue: Token, comp: Token) -> tuple[int, Token] | None:
    """An inverted parenthetical the parser read as a report: "The problem they face, said
    Shailendra Jain, head of MMS firm Adamind, is educating people ..." made "problem" the
    speaker and the name the complement's subject. RETURNS (int, Token) | None: where the
    content starts (the host's subject) and the name that speaks."""
    doc = cue.doc
    if comp.dep_ != "ccomp" or comp.i < cue.i or cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    if cue.lemma_.lower() not in SPEECH_VERBS:
        return None
    hosts = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i and c.pos_ == "NOUN"] or [
        c for c in cue.children if c.dep_ == "advcl" and c.i < cue.i and c.left_edge.i == c.sent.start
        and any(g.dep_ == "mark" and g.i == c.left_edge.i for g in c.children)]  # "As …, said Mr King, so …"
    names = [c for c in comp.children if c.dep_ == "nsubj" and c.left_edge.i == cue.i + 1 and c.pos_ == "PROPN"]
    if not hosts or not names:
        return None
    closing = names[0].right_edge.i if doc[names[0].right_edge.i].text == "," else names[0].right_edge.i + 1
    if closing >= comp.i or doc[closing].text != ",":
        return None  # "The figures, said Mr Smith's office last week ..." has no second comma: no host
    return hosts[0].left_edge.i, names[0]


# Verbs whose "if" clause is the question asked, not a condition.
_ASKING = frozenset("ask wonder inquire enquire question".split())


def question_read_as_condition(cue: Token) -> list[Token]:
    """The question the parser read as a condition: "asked workers [if they planned to
    attend]", "asked Clinton [whether ...]"; only right after the cue or the one asked (not
    "will ask for a recount if the margin is narrow"), and not after an opening participle
    ("Asked if he was bullied, ...": a question put to him, no one's words).
    RETURNS (list[Token])."""
    if cue.lemma_.lower() not in _ASKING:
        return []
    if cue.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in cue.children):
        return []
    asked = [c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i]
    after = max([cue.i] + [c.right_edge.i for c in asked])
    return [c for c in cue.children if c.dep_ == "advcl" and c.left_edge.i == after + 1 and any(
        g.dep_ == "mark" and g.lower_ in ("if", "whether") and g.i == c.left_edge.i for g in c.children)]


def name_in_role_object(subject: Token) -> Token | None:
    """A name the parser made the object of the role's own "of": "[Bath director of rugby
    Jack Rowell], though, believes ..." — the name that ends the phrase is the one who speaks.
    RETURNS (Token | None)."""
    if subject.pos_ != "NOUN":
        return None
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            names = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
            if names and names[0].right_edge.i == subject.right_edge.i and any(
                    t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.text.islower()  # "director of rugby Nigel Melville"
                    for t in subject.doc[prep.i + 1 : names[0].left_edge.i + 1]):
                return names[0]  # (not "the wife of John Smith", where no role word stands before the name)
    return name_after_recipient(subject)  # "Special envoy to Syria Kofi Annan said"
