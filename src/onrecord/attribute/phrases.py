"""What a speaker phrase says about its speaker, before resolution: a name, a role noun, an
organisation anaphor, a pronoun, a document, a description of an unnamed source.

``describe(head)`` reads the phrase headed by ``head`` into a ``Phrase``; the resolver
(``resolver.py``) then looks it up in the article's entity table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .lexicon import FIRST_PERSON, GROUP_NOUNS, MOVEMENT_NOUNS, NATIONALITY_NOUNS, PARTY_OF_NOUN, RELATIVE_PRONOUNS, TITLE_WORDS
from .names import completed_name, gender_of_honorific, gender_of_name, span_text, strip_edges, widened_left, without_nationality
from .conjoined_bodies import conjoined_bodies, one_firm
from .org_kinds import ORG_DESCRIPTORS, kinds_of_name
from .relay_names import outlet_span
from .member_groups import group_members
from .phrase_shapes import (_bracketed, _conjoined_names, _count, _glued_left, _named_body, _share_of, body_noun,
                            body_read_as_noun, campaign_name, document_word, hyphened_head, is_document_noun,
                            role_hung_elsewhere, with_glued)
from .role_before_names import body_before_name
from .document_phrases import document_author, opening_document
from .quote_side_verbs import owner_of_misread_read
from .name_finding import person_of_body
from .name_carriers import person_name
from .seated_groups import seated_committee
from .role_behind_body import described_role
from .portfolio_possessives import portfolio_possessive
from .roles_after_asides import role_after_aside
from .bodies_after_names import body_after_name, body_over_place
from .role_phrases import appositions, body_of, role_of_phrase
from .quantified_names import member_phrase
from .phrase_words import QUANTIFIERS, aged_native, describe_words, gender_of, unnamed_name
from .role_tokens import government_in_capitals, ranking
from .roles import PARTY_WORDS, Role, is_role_noun, place_of, self_described, split_role, with_coordinated_role
from .speakers import _entity_of, core, mention_range


@dataclass
class Phrase:
    """A speaker phrase and what it says.

    ``kind``: "pronoun", "name" (a person), "org", "place", "named-group" ("the Tories"),
    "role" ("the prime minister"), "nominal" ("the company"), "document", "description"
    (an unnamed source: "analysts", "a spokesman for X").
    """

    head: Token
    start: int
    end: int
    kind: str
    name: str | None = None
    type: str = "unknown"
    role: Role = field(default_factory=Role)
    pronoun: str | None = None
    gender: str | None = None
    plural: bool = False
    definite: bool = False
    possessor: Token | None = None  # "her agent", "Smith's memo"
    body: list[Token] | None = None  # the body a description names ("spokesman for the firm")
    noun: str | None = None  # the head noun's lemma for a role, an anaphor or a document
    role_words: tuple[str, ...] = ()  # "home secretary" -> ("home", "secretary")
    author: Token | None = None  # a document's author
    author_name: str | None = None  # ... or its name, when names premodify the document
    description: str | None = None  # an unnamed source as written, article dropped


def describe(head: Token) -> Phrase:
    """Analyse the speaker phrase headed by ``head``. RETURNS (Phrase)."""
    start, end = mention_range(head)  # the mention as the parse gives it
    if head.text in ("-", "–") and head.i + 1 < len(head.doc) and not head.whitespace_:
        head = head.doc[head.i + 1]  # "co-chairman" parsed with the hyphen as its head
    head = hyphened_head(head)
    glued = _glued_left(head)
    if glued:  # "The Tory co-chairman", "the Democratic front-runner": one word as written
        start, end = min(start, glued[0].idx), max(end, head.idx + len(head.text))
    lower = head.lower_
    if head.pos_ == "PRON" or (lower in RELATIVE_PRONOUNS and head.tag_ in ("WP", "WDT")):
        plural = lower in ("they", "them", "we", "us") or lower in FIRST_PERSON and lower in ("we", "us")
        return Phrase(head, start, end, "pronoun", pronoun=lower, plural=plural,
                      type="person" if lower in ("he", "she", "i", "who", "him", "her") else "unknown")
    epithet = _epithet(head)
    if epithet:  # "the 31-year-old", "the Briton": the person the article is about
        return Phrase(head, start, end, "epithet", name=span_text(epithet), type="person", definite=True,
                      noun=head.lemma_.lower(), description=span_text(epithet))
    if (behind := described_role(head, describe, start, end) or member_phrase(head, describe, start, end)) is not None:  # "A Department for Health spokeswoman", "One of the bidders, Mittal Steel"
        return behind
    body = _named_body(head)
    if body:  # "the law firm Baker McKenzie", "the watchdog group Consumer Focus"
        return Phrase(head, start, end, "org", name=span_text(body), type="organization")
    firm = one_firm(head)
    if firm:  # "Marks and Spencer said" where the text also writes "Marks & Spencer"
        return Phrase(head, start, end, "org", name=firm, type="organization")
    bodies = conjoined_bodies(head)
    if bodies:  # "Both Labour and the Conservatives said": one compound source
        return Phrase(head, start, end, "named-group", name=bodies, type="group", plural=True)
    campaign = campaign_name(head)
    if campaign:  # "The Clinton campaign", "Clinton's campaign": the campaign, an organisation
        return Phrase(head, start, end, "org", name=campaign, type="organization")
    share = _share_of(head)
    if share is not None:  # "79 percent of Democrats", "most of the voters"
        inner = describe(share)
        words = [t for t in core(head) if not t.is_space]
        return Phrase(head, start, end, "description", name=inner.name or share.text, type="group", plural=True,
                      description=describe_words(head, words), role=Role(affiliation=inner.role.affiliation))
    if (members := group_members(head)) is not None:  # "A group of 67 Latin American artists": those people
        return Phrase(head, start, end, "description", name=span_text(members), type="group", plural=True,
                      description=describe_words(head, [t for t in core(head) if not t.is_space]),
                      role=Role(affiliation=describe(members[-1]).role.affiliation))
    named = person_name(head)
    if named is not None:
        together = _conjoined_names(named[1])
        if together:  # "Hillary Clinton and Bernie Sanders": one compound source
            return Phrase(head, start, end, "named-group", name=together, type="group", plural=True)
        return _person(head, start, end, *named)
    ent = _entity_of(head)
    firm = _firm_named_after(head)
    if ent is None and firm is not None:
        ent = firm  # "according to market analysts Nielsen/NetRatings": the firm speaks
    label = ent.label_ if ent is not None else ""
    if label == "ORG" and (of := person_of_body(ent)) is not None and head.i < of:  # "Meenakshi Ganguly of Human Rights Watch"
        return _person(head, start, end, list(ent.doc[ent.start : of]), head, None, head)
    if label in ("ORG", "FAC") or label in ("GPE", "LOC"):
        tokens = strip_edges(completed_name(widened_left(list(ent)) if label == "ORG" else list(ent)))
        kind = "org" if label in ("ORG", "FAC") else "place"
        return Phrase(head, start, end, kind, name=span_text(tokens) or head.text,
                      type="organization" if kind == "org" else "place")
    if _surname_read_as_noun(head):
        return _person(head, start, end, [head], head, None, head)
    if (body := body_read_as_noun(head)) is not None:  # "Stuff predicts" after "Stuff Magazine"
        return Phrase(head, start, end, "org", name=body, type="organization")
    if label in ("WORK_OF_ART", "LAW") and _name_read_as_title(ent, head) and not _capitalised_study(head):
        # ', "..." Jean-Michel Lemetayer told': the NER takes a name by a quotation for a title;
        # "The world No 1 Roger Federer said": a ranking and a name for a law's number
        return _person(head, start, end, _name_words(ent), head, None, head)
    noun = head.lemma_.lower()
    words = glued or [t for t in core(head) if not t.is_space]
    definite = any(t.lower_ in ("the", "this", "that") or t.dep_ == "poss" for t in words if t.i < head.i)
    possessor = next((c for c in head.children if c.dep_ == "poss" and not portfolio_possessive(c.doc, c.i + 1)),  # "Children's Commissioner"
                     None) or owner_of_misread_read(head)
    plural = head.tag_ in ("NNS", "NNPS")
    if plural and noun in ORG_DESCRIPTORS and head.pos_ == "NOUN" and (definite or _count(words)):
        # "The papers", "both newspapers", "the two companies": bodies named before
        return Phrase(head, start, end, "nominal", noun=noun, plural=True, definite=True, type="group",
                      possessor=possessor, name=unnamed_name(head, words), description=describe_words(head, words),
                      role_words=(str(_count(words) or ""),))
    if is_document_noun(head) or _capitalised_study(head) or opening_document(head):
        return _document(head, start, end, words, definite, possessor)
    # "the Hollywood Reporter": a known outlet the NER missed is a body, not a reporter
    title_head = head.pos_ == "PROPN" and is_role_noun(head) and label == "" and not government_in_capitals(head) \
        and outlet_span(head.doc, head.i, head.i) is None
    if (head.pos_ == "PROPN" or label == "NORP" and head.text[:1].isupper()) and not title_head:
        # a named body: "EMI", "the Tories", "Democrats"
        described = [t for t in words if t.i < head.i and t.text[:1].islower() and t.pos_ in ("NOUN", "ADJ")]
        if described:  # "French stock market regulator AMF": the descriptor and what qualifies it are no name
            words = [t for t in words if t.i > described[-1].i]
        # ("Russian Kuznetsova said": the nationality is no part of the name, ``names.without_nationality``)
        name = span_text(without_nationality(strip_edges(words))) or head.text
        party = bool(kinds_of_name(name) & {"party"})
        kind = "named-group" if plural or label == "NORP" else "org"
        return Phrase(head, start, end, kind, name=name, plural=plural, role=Role(affiliation=seated_committee(head) if plural else None),
                      type="organization" if party or kind == "org" else "group")
    phrase = Phrase(head, start, end, "description", noun=noun, plural=plural, definite=definite,
                    possessor=possessor, gender=gender_of(words))
    phrase.role_words = tuple(t.lower_ for t in words if t.i <= head.i and t.lower_ not in QUANTIFIERS
                              and t.dep_ != "poss" and not t.is_punct and t.text not in ("'s", "’s"))
    phrase.body = body_of(head) if head.dep_ != "ROOT" else None
    phrase.description = describe_words(head, words)
    if not plural and (is_role_noun(head) or title_head):
        phrase.kind = "role"
        phrase.type = "person"
        phrase.role = role_of_phrase(head, words)
        if phrase.role.title is None and not self_described(words):  # ("the self-described socialist": none)
            phrase.role.title = span_text([t for t in words if t.i <= head.i and t.lower_ not in QUANTIFIERS and not t.is_punct
                                           and not (t.dep_ == "poss" and t.head.i == head.i)
                                           and not (t.text in ("'s", "’s") and t.head.i != head.i)]) or head.text
    elif not plural and noun in ORG_DESCRIPTORS and head.pos_ == "NOUN":
        phrase.kind = "nominal"
        phrase.type = "organization"
    else:
        phrase.type = "group" if plural or noun in MOVEMENT_NOUNS else "person" if noun in GROUP_NOUNS else "unknown"
        bodies = [t for t in words if t.i < head.i and (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP"))]
        phrase.role = Role(affiliation=split_role(bodies).affiliation if bodies else None)
        if not plural and body_noun(head):  # "A UK research consultancy said": a body; its country no body of its own
            phrase.type, phrase.role = "organization", Role() if all(t.ent_type_ in ("GPE", "NORP") for t in bodies) else phrase.role
        if noun == "government" and not plural:
            place = _government_place(head, bodies)
            if place:
                # "The Australian government said", "India's government": the country
                # speaking as its government (docs/annotation.md), as "Australia said" would
                return Phrase(head, start, end, "place", name=place, type="place")
            phrase.type = "organization"  # "the government said": a body, never a person
        if plural and is_role_noun(head, strict=True) and (_count(words) or any(t.lower_ == "the" for t in words)):
            # "both candidates", "the two leaders": people the article has named in that role
            phrase.kind = "people"
            phrase.role_words = (str(_count(words) or ""),)
    phrase.name = unnamed_name(head, words)
    return phrase


def _epithet(head: Token) -> list[Token]:
    """ "the 31-year-old", "the Briton", "the Australian": a definite singular description by
    age or nation, as tokens without the article (empty when the head is none)."""
    if head.tag_ in ("NNS", "NNPS"):
        return []
    lefts = list(head.lefts)
    if head.dep_ == "amod" and head.left_edge.i > 0:
        lefts.append(head.doc[head.left_edge.i - 1])  # "The 31-year-old admitted ...", the "the" on the noun after
    if not any(t.lower_ in ("the", "this") for t in lefts):
        return []
    aged = head.lower_ in ("old", "year-old") and any(t.lower_ in ("year", "years") for t in head.doc[head.left_edge.i : head.i])
    aged = aged or aged_native(head)
    if not aged and head.lower_ not in NATIONALITY_NOUNS and head.lower_ not in PARTY_OF_NOUN:
        return []
    return [t for t in head.doc[head.left_edge.i : head.i + 1] if t.lower_ not in ("the", "this") and not t.is_space]


def _name_read_as_title(ent: Span, head: Token) -> bool:
    """Whether a speaker the NER labelled a work of art is a person's name written as one:
    two to four capitalised proper nouns (hyphened given names too) ending at the head and
    naming no kind of body."""
    words = [t for t in _name_words(ent) if t.text not in ("-", "–")]
    return 2 <= len(words) <= 4 and words[-1].i == head.i and all(t.pos_ == "PROPN" and t.is_title for t in words) \
        and not kinds_of_name(ent.text)


def _capitalised_study(head: Token) -> bool:
    """ "A Morning Consult Poll found": a poll or survey written in capitals after its
    author's name (the NER may take the whole for a title or a person)."""
    return head.pos_ == "PROPN" and head.lower_ in ("poll", "survey", "study") and head.i > 0 \
        and head.doc[head.i - 1].pos_ == "PROPN" and head.doc[head.i - 1].text[:1].isupper()


def _name_words(ent: Span) -> list[Token]:
    """An entity's words without a ranking or title the NER took into it ("No 1 Roger Federer", "Rear Admiral Guan Youfei")."""
    words = strip_edges(list(ent))
    while words and (ranking(words[0]) or len(words) > 1 and words[0].lower_ in ("no", "no.", "number") and ranking(words[1])
                     or len(words) > 2 and words[0].lower_ in TITLE_WORDS):
        words = words[1:]
    return without_nationality(words)  # "Russian Kuznetsova said"


def _firm_named_after(head: Token) -> Span | None:
    """The organisation named right after a plural role noun ("analysts Jupiter Research"):
    a firm of such people. RETURNS (Span | None)."""
    if head.tag_ != "NNS" or head.pos_ != "NOUN" or not is_role_noun(head) or head.i + 1 >= len(head.doc):
        return None
    after = head.doc[head.i + 1]
    firm = _entity_of(after) if after.ent_iob_ == "B" and after.ent_type_ == "ORG" else None
    return firm if firm is not None and any(c.dep_ in ("appos", "compound", "nmod") for c in firm) else None


def _surname_read_as_noun(head: Token) -> bool:
    """A capitalised common noun alone that is the surname of a person the article names in
    full: "Ruddock praised Owen's contribution" after "Coach Mike Ruddock" (a ruddock is a
    robin, so the tagger reads a noun; "Trump, though, would have to …": an adjective)."""
    if head.pos_ not in ("NOUN", "ADJ") or not head.is_title or head.ent_type_ or any(c.dep_ in ("det", "poss", "amod", "compound")
                                                                           for c in head.children):
        return False
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == head.text for ent in head.doc.ents)


def _person(head: Token, start: int, end: int, tokens: list[Token], carrier: Token, honorific: str | None,
            role_head: Token) -> Phrase:
    premodifiers = with_coordinated_role(carrier, with_glued([t for t in core(carrier) if t.i < tokens[0].i])
                                         or role_hung_elsewhere(tokens[0]) or role_after_aside(tokens[0]))
    role = split_role(premodifiers)
    if carrier.i != head.i and premodifiers[:1] != [role_head]:  # "The police chief, John Doe" (not "Singer and DJ X")
        role = role_of_phrase(role_head, with_glued(core(role_head)))
        role.affiliation = body_before_name(role_head, carrier, tokens) or role.affiliation  # "leader of the Commons Oliver Heald"
    else:
        appositive = next((role_of_phrase(c, with_glued(core(c))) for c in appositions(head) if not _bracketed(c)
                           and (is_role_noun(c, strict=True) or c.pos_ == "PROPN" and is_role_noun(c))), Role())
        if role.title is None and appositive.title is not None:
            # "Ohio Gov. John Kasich, a Republican contender": the apposition's pair (its body hung on the name)
            role = appositive if appositive.affiliation else Role(appositive.title, body_after_name(carrier))
        else:
            role = Role(role.title, body_over_place(role, carrier, premodifiers) if role.affiliation else appositive.affiliation or body_after_name(carrier))
    gender = gender_of_honorific(honorific) if honorific else gender_of(premodifiers + core(head)) or gender_of_name(span_text(tokens))
    owner = next((t for t in premodifiers if t.dep_ == "poss" and t.pos_ == "PRON"), None) if role.title else None
    if carrier.i != head.i:  # "the senator's spokeswoman, Jane Roe": the senator, resolved
        owner = next((c for c in role_head.children if c.dep_ == "poss"), owner)
    return Phrase(head, start, end, "name", name=span_text(tokens), type="person", role=role, gender=gender,
                  possessor=owner)


def _government_place(head: Token, bodies: list[Token]) -> str | None:
    """The country a government belongs to as the phrase names it: a demonym or a place
    before "government" ("Australian", "the UK"), or a place as possessor ("India's")."""
    for token in bodies:
        if token.ent_type_ in ("GPE", "NORP") and not (token.ent_type_ == "NORP" and token.lower_ in PARTY_WORDS):
            place = place_of(span_text([t for t in bodies if t.ent_type_ == token.ent_type_]))
            return place if place[:1].isupper() else None
    return None


def _document(head: Token, start: int, end: int, words: list[Token], definite: bool, possessor: Token | None) -> Phrase:
    """ "Smith's memo", "a report by the watchdog group Y", "a Pentagon report", "a report"."""
    author, author_name = document_author(head, words, possessor)
    kept = [t for t in words if t.i <= head.i and t.lower_ not in QUANTIFIERS and t.dep_ != "poss"
            and t.text not in ("'s", "’s") and t.ent_type_ not in ("ORG", "PERSON", "GPE", "DATE")]
    while kept and kept[0].is_punct:
        kept = kept[1:]
    name = span_text(list(head.doc[kept[0].i : head.i + 1])) if kept else head.text
    return Phrase(head, start, end, "document", name=name or head.text, type="document", definite=definite,
                  possessor=possessor, author=author, author_name=author_name, noun=document_word(head),
                  plural=head.tag_ == "NNS", description=describe_words(head, words))


def name_phrase(tokens: list[Token]) -> Phrase:
    """A person's name as written where the parse joins it to a word before it ("Added
    Smith:" read as one name). RETURNS (Phrase)."""
    last = tokens[-1]
    return _person(last, tokens[0].idx, last.idx + len(last.text), tokens, last, None, last)
