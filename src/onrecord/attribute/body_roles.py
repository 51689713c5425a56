"""Roles a news writer gives a body before its name or in place of it: a lead's "…, the
elections watchdog has said. / The Electoral Commission says …" is the body the next
sentence introduces (as ``lead_roles.lead_roles`` does for a person: "The information
commissioner says … / Richard Thomas condemned …"); a later "says the watchdog" is that
body again, not the unnamed source the lead would otherwise have made of it. And the words
before a name that make it a body's ("flag carrier Air India", "analysts Jupiter Research").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .deps import NOUN_SUBJECT_DEPS
from .entities import ArticleEntity, EntityTable
from .lexicon import TITLE_WORDS
from .names import is_honorific
from .possessive_names import name_owns_nothing
from .org_kinds import BODY_FIRST_ROLES, ORG_DESCRIPTORS, compatible, opening_descriptor
from .role_lists import hyphen_joined
from .roles import BODY_NOUNS, ROLE_NOUNS, is_role_noun


def body_descriptor(noun: Token, name: list[Token]) -> bool:
    """The noun right before a name describes a body and names no person's role, and the
    NER did not read the name as a person's ("flag carrier Air India", "Telecoms equipment
    supplier Ericsson"; not "real estate developer Donald Trump")."""
    last = noun.lemma_.lower()
    if opening_descriptor(noun):
        return True  # "Charity Shelter said", "Watchdog Postcomm said", though the NER reads a person
    if noun.pos_ != "NOUN":
        return False
    last = hyphen_joined(noun, last)  # "think-tank Demos", split by the tokenizer
    if last in BODY_NOUNS or last in BODY_FIRST_ROLES and all(t.ent_type_ != "PERSON" for t in name):
        # a role noun a writer uses for a body first ("stock market regulator AMF",
        # "Telecoms equipment supplier Ericsson", though the NER reads a surname)
        return True
    return last in ORG_DESCRIPTORS and last not in ROLE_NOUNS and last not in TITLE_WORDS \
        and all(t.ent_type_ != "PERSON" for t in name)


def firm_of(noun: Token, head: Token) -> bool:
    """ "say analysts Jupiter Research", "market analysts Nielsen/NetRatings": a plural role
    right before one name makes the name a firm of such people, not a person ("Professors
    Foner and Alba" name two)."""
    return noun.tag_ == "NNS" and noun.pos_ == "NOUN" and is_role_noun(noun) and head.dep_ != "conj" \
        and not any(c.dep_ == "conj" for c in head.children)


def a_person_s_trade(entity: ArticleEntity, noun: Token) -> bool:
    """ "Jo Flaherty, a senior broadcaster with the CBS network": a descriptor that also
    names what a person does (an agentive noun) is a role when the NER read the full name
    as a person's."""
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in ORG_DESCRIPTORS and noun.lower_.endswith(("er", "or", "ist"))
            and len(entity.key) > 1
            and entity.votes.get("person", 0) >= 2 and not entity.kinds)


def body_by_form(head: Token, name: list[Token]) -> bool:
    """Whether a name the NER read as a person's is written as a body's: one word in capitals
    ("BAA said", an acronym), or a singular name that takes a plural verb ("Nottingham Forest
    have confirmed they …", as British English writes a team or a firm)."""
    if len(name) == 1 and name[0].is_upper and name[0].is_alpha and len(name[0]) > 1:
        return True
    verb = head.head
    if head.dep_ != "nsubj" or head.tag_ != "NNP" or any(c.dep_ == "conj" for c in head.children):
        return False
    finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ == "VBP" and t.lower_ in ("have", "are", "were", "say", "said") for t in finite) \
        or verb.tag_ == "VBD" and verb.lower_ == "were"


def firm_s_possessive(doc: Doc, tokens: list[Token]) -> bool:
    """Whether a name ends in a possessive "'s" that possesses nothing ("Dr Reddy's has built
    its reputation", "shares in Sainsbury's rose"): the "'s" is the firm's own name, as a
    person's possessive always takes a noun ("Dr Reddy's staff")."""
    end = tokens[-1].i + 1
    honorific = is_honorific(tokens[0]) or tokens[0].i > 0 and is_honorific(doc[tokens[0].i - 1])
    if end >= len(doc) or doc[end].tag_ != "POS" or not tokens[0].text[:1].isupper():
        return False
    first = tokens[0] if is_honorific(tokens[0]) or not honorific else doc[tokens[0].i - 1]
    if first.i > 0 and (doc[first.i - 1].lower_ in _COMPARING or doc[first.i - 1].lower_ in ("to", "with")
                        and first.i > 1 and doc[first.i - 2].lower_ in _COMPARED):
        return False  # "a message like Mr. Trump's, but …": the person's, the noun left out
    if not honorific:
        # "Foster's said": no honorific, so the parse must show the "'s" owns nothing (a first
        # name's "Peter's, a bakery," may be a shop, but "Peter" is also a person's)
        return name_owns_nothing(doc, tokens)
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.tag_ in ("VBG", "VBN") and after.head.i > after.i:
        return False  # "Mr. Trump's commanding lead", "Mr. Trump's remaining rivals": a participle before the noun
    return after is None or after.pos_ in ("VERB", "AUX") or after.text in (",", ".", ";", ":")


# Words before an elliptical possessive, whose noun is the one just said ("like Mr. Trump's").
_COMPARING = frozenset("like unlike than as".split())
_COMPARED = frozenset("similar compared comparable identical equal opposed".split())


def lead_bodies(doc: Doc, table: EntityTable, lead_sentences: int) -> None:
    """Map a lead's definite body-first role ("the watchdog", "the UK's media regulator"),
    subject of one of the first ``lead_sentences`` sentences and before any body of its kind
    is named in the article's body, to the body of a compatible kind that the next sentence
    introduces as its subject, or the one after when the next names no body as subject
    ("…, the elections watchdog has said. / Fears that big donors … / In a new report, the
    Electoral Commission says …"; ``table.cataphora``, as for a person's role)."""
    if lead_sentences == 0 or not len(doc):
        return
    sentences: list[Span] = []
    for sentence in doc.sents:
        if sentence.text.strip():
            sentences.append(sentence)
        if len(sentences) > lead_sentences + 1:
            break
    for i, sentence in enumerate(sentences[:lead_sentences]):
        role = next((t for t in sentence if t.dep_ in NOUN_SUBJECT_DEPS and _body_first_role(t)), None)
        if role is None or role.i in table.cataphora:
            continue
        noun = role.lemma_.lower()
        if any(compatible(noun, e.kinds) and any(table.headline_end < m < role.idx for m in e.mentions)
               for e in table.organisations() if not e.unnamed):
            continue  # the role takes up a body already named: the resolver's "the watchdog"
        for following in sentences[i + 1 : i + 3]:
            body = _subject_body(following, table)
            if body is not None:
                if compatible(noun, body.kinds) and all(m >= following.start_char or m < table.headline_end
                                                        for m in body.mentions):
                    table.cataphora[role.i] = body  # introduced there, not named before
                break


def _body_first_role(token: Token) -> bool:
    # "the watchdog", "the UK's media regulator": definite, singular, with no name of its own
    if token.tag_ != "NN" or token.lemma_.lower() not in BODY_FIRST_ROLES or token.ent_type_:
        return False
    children = list(token.children)
    if any(c.dep_ == "appos" for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) or \
        any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in children)


def _subject_body(sentence: Span, table: EntityTable) -> ArticleEntity | None:
    """The named body that is a subject of ``sentence``, if any (the first such)."""
    for token in sentence:
        if token.dep_ in NOUN_SUBJECT_DEPS:
            found = [e for e in table.organisations() if not e.unnamed and _mention_offsets(e, token)]
            if found:
                return found[0]
    return None


def _mention_offsets(entity: ArticleEntity, head: Token) -> set[int]:
    # a mention is recorded at its first token: "The Electoral Commission" at "Electoral"
    start = head.left_edge.idx
    return {m for m in entity.mentions if start <= m <= head.idx}


# Roles a firm holds as often as a person: "BP, a big investor" is still the firm.
_ROLES_BODIES_HOLD = frozenset("investor shareholder stakeholder owner backer sponsor bidder buyer lender "
                               "creditor supplier partner".split())


def a_body_s_role(entity: ArticleEntity, head: Token, noun: Token) -> bool:
    """ "BP, a big investor, declined to comment": an apposition a firm holds as well as a
    person ("investor", "owner") makes no person of a name the NER read as an organisation's
    and no honorific or title made personal ("Warren Buffett, a big investor" stays a person)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _ROLES_BODIES_HOLD \
        and head.ent_type_ == "ORG" and not entity.personal
