"""Roles and bodies: split the words around a name into a title and an affiliation, as
the article writes them.

"Tory leader Michael Howard" -> leader / Tory; "BBC's political editor Andrew Marr" ->
political editor / BBC; "David Frost, director general of the British Chambers of
Commerce" -> director general / British Chambers of Commerce. A title holds a role and an
affiliation a body: never an honorific, a weekday, a verb, a number or a quotation mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from .body_names import whole_body_name
from .clause_before_role import after_a_misread_verb
from .descriptor_names import after_the_description
from .past_roles import past_of_the_role, past_word
from .private_people import place_of_a_private_person
from .lexicon import DEMONYMS, NATION_OF_NOUN, TEMPORAL_WORDS, TITLE_MODIFIERS, TITLE_WORDS
from .names import is_honorific, span_text
from .named_territories import without_place_possessor
from .honorific_places import place_before_honorific
from .party_bodies import party_after_country
from .party_evidence import ideology_opening_sentence
from .rank_tokens import without_service_before_rank
from .role_lists import _after_list, another_name_between, spaced_dash  # noqa: F401 (re-exported)
from .title_parts import MULTIPLES, TITLE_OPENERS, between_title_words, competition_of_title, field_before_role, first_of_coordinated_roles, inside_a_body_s_name, lord_of_an_office, party_member_role, portfolio_of
from .title_parts import department_by_name, newly_in_role, possessor
from .portfolio_fields import joins_a_portfolio
from .competition_venues import venue_of_games
from .title_parts import self_described, with_coordinated_role  # noqa: F401 (re-exported for phrases)
from .work_titles import a_work
from .word_case import looks_lower, opens_its_sentence
from .role_tokens import closes_a_name, government_in_capitals, hyphened, is_role_noun, length_of_time, measure, named_number, office_abbreviation, opens_a_name, portfolio_place, ranking
from .role_words import (  # noqa: F401 (re-exported: other modules import them from roles)
    AGENTIVE_ENDINGS,
    BODY_NOUNS,
    BODY_KINDS_AFTER_NAMES,
    BODY_ROLES,
    COMPETITION_WORDS,
    EVALUATIVE_WORDS,
    firm_read_as_adjective,
    PORTFOLIO_WORDS,
    ROLE_NOUNS,
    _CONNECTORS,
    _NOT_A_BODY,
    _NOT_THE_ROLE,
    judgement_before_nationality,
    relation_only,
    PARTY_WORDS,
    _PORTFOLIO_ROLES,
    ROLE_QUALIFIERS,
)


@dataclass
class Role:
    """A title and an affiliation as written (either may be None)."""

    title: str | None = None
    affiliation: str | None = None


def place_of(text: str) -> str:
    """An affiliation written as a demonym is the place ("Israeli" -> "Israel")."""
    lowered = text.lower()
    if lowered in ("us", "u.s.", "uk", "u.k.", "nato"):
        return text  # already the body's own name
    if text.count("(") > text.count(")"):
        text = text[: text.rindex("(")].rstrip()  # "Survivors Fund (SURF": the acronym's bracket cut off
    # a nationality noun fused into a name ("Spaniard Rafael Nadal") names the country too
    return DEMONYMS.get(lowered) or NATION_OF_NOUN.get(lowered, text)


def _clean(tokens: Sequence[Token]) -> list[Token]:
    """Drop what a title or affiliation never holds, and trim the edges."""
    spans = {i for t in tokens for i in length_of_time(t)}
    kept = [
        t for t in tokens
        if t.i not in spans and not (t.is_space or t.is_quote or is_honorific(t) and not lord_of_an_office(t) or t.lower_ in TEMPORAL_WORDS and not (opens_a_name(t) or closes_a_name(t)) or measure(t)
                or t.text == "." and t.i > 0 and is_honorific(t.doc[t.i - 1])
                or (t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")
                    or t.pos_ == "NUM" and t.ent_type_ not in ("ORG", "FAC", "PRODUCT")) and not named_number(t)
                and not (t.lower_ in TEMPORAL_WORDS and (opens_a_name(t) or closes_a_name(t)))
                and t.lower_ not in COMPETITION_WORDS)
    ]
    while kept and not hyphened(kept[0]) and not _ranks(kept[0]) and not joins_a_portfolio(kept, 1) and (kept[0].is_punct or kept[0].dep_ in ("det", "case", "cc", "poss") and kept[0].pos_ != "PROPN"
                    or kept[0].lower_ in _CONNECTORS or kept[0].lower_ in ("the", "a", "an")
                    or kept[0].pos_ == "ADV" and kept[0].dep_ == "advmod" and kept[0].lower_ not in TITLE_MODIFIERS
                    and kept[0].lower_ != "then" and kept[0].whitespace_  # "Even the field's", not "longest-serving"
                    or kept[0].pos_ in ("AUX", "VERB") and kept[0].tag_ not in ("VBN", "VBG")):  # "Does Bernie Sanders …"
        kept = kept[1:]
    while kept and (kept[-1].is_punct or kept[-1].dep_ in ("case", "cc") or kept[-1].lower_ in _CONNECTORS
                    or kept[-1].text in ("'s", "’s")):
        kept = kept[:-1]
    return kept


def _ranks(token: Token) -> bool:
    """ "No" or "number" before a ranking's number ("British No 1"), which the tagger reads
    as a determiner: part of the title."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in ("no", "no.", "number") and following is not None and ranking(following)


def _is_title_part(token: Token) -> bool:
    word = token.lower_
    if token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBG") and word not in ROLE_NOUNS or government_in_capitals(token):
        # (but "chief pollster and strategist": a role noun the tagger read as a verb)
        return False  # (not "Scottish Executive minister": the body's name)
    if regional_field([token]) and token.i and token.doc[token.i - 1].lower_ == "for" and token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].text.islower():
        return True  # "senior director for Asian affairs": the region of the role's field (not "for Israeli Prime Minister")
    if department_by_name(token):
        return False  # "Treasury Secretary": the department, a body
    if portfolio_place(token):
        return True  # "Europe minister": the portfolio, no body
    if lord_of_an_office(token):
        return True  # "Lord Chancellor": the office's first word, no honorific
    if word in MULTIPLES and not token.ent_type_:
        return True  # "Double Olympic 10,000m champion": how often the title was won, no body
    if field_before_role(token):
        return True  # "United Steelworkers Political Director": the role's field, no part of the body
    if word in COMPETITION_WORDS and token.ent_type_ not in ("ORG", "FAC"):
        return True  # "Olympic champion", "world indoor record holder": the title, not a body
    if word in PARTY_WORDS and word in PORTFOLIO_WORDS and token.text[:1].isupper() and not portfolio_of(token):
        return False  # "Labour MP", "Labour minister": the party, a body; "Labour Secretary" a portfolio
    if inside_a_body_s_name(token):
        return False  # "Fox Business moderator Gerard Baker": the network's name goes on, no portfolio
    if word in PORTFOLIO_WORDS or word in TITLE_WORDS and token.ent_type_ not in ("GPE", "NORP"):
        return True
    if word in ROLE_NOUNS and token.ent_type_ not in ("GPE", "NORP", "ORG") or party_member_role(token) or office_abbreviation(token):
        return True  # "MP", "Agent"; "Labour MSP" read as one body; "the PM"
    if ranking(token) or _ranks(token):
        return True  # "world number one"
    hyphen_after = token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-" and not token.whitespace_
    glued = token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    if word in _CONNECTORS or glued or token.like_num and hyphen_after:
        return True  # "four-star"
    # lower-case nouns and adjectives before a role are part of it ("political editor")
    return looks_lower(token) and token.pos_ in ("NOUN", "ADJ", "VERB", "ADV", "PROPN")


def regional_field(words: Sequence[Token]) -> bool:
    """Whether a field's words open with a region's demonym ("Asian affairs", "European
    policy"), which is part of the field, not a body (a party is a body: "Republican voters")."""
    return bool(words) and words[0].ent_type_ == "NORP" and words[0].pos_ == "ADJ" and words[0].lower_ not in PARTY_WORDS


def split_role(tokens: Sequence[Token]) -> Role:
    """Split the words before a name (or a role phrase) into title and affiliation.

    The title is the longest run at the right made of role words, portfolio words and
    lower-case modifiers, ending in a role noun; what precedes it is the affiliation
    (proper nouns, a demonym, a possessor), without leading lower-case words ("former").
    RETURNS (Role).
    """
    if not tokens or self_described(tokens) or place_of_a_private_person(tokens) or place_before_honorific(tokens):
        # (most names have no words before them: no cleaning passes; "a Syrian man", "the
        # Waterford man": where the person is from, no body)
        return Role()  # "The self-described democratic socialist": what one calls oneself, no title an editor prints
    # "Conservative icon Phyllis Schlafly" in an article of no Conservative Party: no body
    tokens = _clean(_after_list(without_service_before_rank([t for t in tokens if not ideology_opening_sentence(t)])))
    tokens = after_a_misread_verb(tokens)  # "his dedication impressed manager Kevin Keegan": the role after the verb
    if not tokens or relation_only(tokens):
        return Role()
    office = _office_with_of(tokens)
    if office is not None:
        return office
    cut = len(tokens)
    while cut > 0 and (_is_title_part(tokens[cut - 1]) or cut > 1 and between_title_words(tokens[cut - 2], tokens[cut - 1]) or joins_a_portfolio(tokens, cut)):
        cut -= 1
    if first_of_coordinated_roles(tokens, cut):
        cut = 0  # "Broadcaster and writer Melvyn Bragg": both roles make the title
    title_tokens = _clean(tokens[cut:])
    if 0 < cut < len(tokens) - 2 and tokens[cut].text in ("-", "–") and not tokens[cut - 1].whitespace_:
        title_tokens = _clean(tokens[cut + 2 :])  # "Newport-based athlete": "-based" is no part of the title
        if tokens[cut + 1].tag_ == "VBG" or tokens[cut + 1].lower_ == "born":
            # "Oscar-winning director", "Chart-topping pop band": an award or a chart, no body;
            # "Glasgow-born striker": a home town, no body
            cut = 0
    while len(title_tokens) > 1 and title_tokens[0].lower_ in _NOT_THE_ROLE or len(title_tokens) > 3 and hyphened(title_tokens[0]) \
            and (title_tokens[2].lower_.endswith("ing") and title_tokens[0].pos_ == "NOUN"
                 or "".join(t.lower_ for t in title_tokens[:3]) in _NOT_THE_ROLE):
        # "top-selling" goes whole; so does a description ("chart-topping singer" -> singer;
        # a tenure stays: "longest-serving member"), one the tokenizer split at its hyphen too
        # ("straight-talking former head", "long-time adviser")
        title_tokens = title_tokens[3 if hyphened(title_tokens[0]) else 1 :]
    glued_words = {w.lower() for w in span_text(title_tokens).split() if "-" in w}  # "team-mate" parsed as team - mate
    if not any(is_role_noun(t) or ranking(t) for t in title_tokens) and not glued_words & (ROLE_NOUNS | TITLE_WORDS) - ROLE_QUALIFIERS \
            and not (title_tokens and title_tokens[-1].lower_ in _PORTFOLIO_ROLES | _BEFORE_A_NAME_ROLES):
        title_tokens, cut = [], len(tokens)
    affiliation_tokens = after_the_description(_clean(tokens[:cut]))  # "aerospace group EADS" -> EADS
    based = max((k for k, t in enumerate(affiliation_tokens) if k and affiliation_tokens[k - 1].text == "-"
                 and (t.lower_ in ("based", "born") or t.tag_ == "VBG")), default=None)
    if based is not None and _clean(affiliation_tokens[based + 1 :]):  # "Florida-based Republican", "Prize-winning NIH"
        affiliation_tokens = _clean(affiliation_tokens[based + 1 :])  # a base or an award before the body: no part of it
    past = None  # "Former Spurs and England defender": the past word goes with the role past the body
    while affiliation_tokens and (looks_lower(affiliation_tokens[0]) or affiliation_tokens[0].lower_ in _NOT_A_BODY
                                  or newly_in_role(affiliation_tokens) or _opening_modifier(affiliation_tokens[0])
                                  or judgement_before_nationality(affiliation_tokens)):
        past = past or (affiliation_tokens[0] if past_word(affiliation_tokens[0]) else None)
        affiliation_tokens = _clean(affiliation_tokens[1:])
    affiliation_tokens = without_place_possessor(affiliation_tokens)  # "Italy's Northern League leader"
    possessive = max((k for k, t in enumerate(affiliation_tokens) if t.tag_ == "POS"), default=None)
    if possessive is not None and any(t.text[:1].islower() for t in affiliation_tokens[possessive + 1 :]):
        # "London's newly elected Muslim mayor": the possessor is the body, what follows it
        # describes the person
        affiliation_tokens = affiliation_tokens[:possessive]
    if all(t.lower_ in TITLE_WORDS and t.ent_type_ not in ("ORG", "NORP", "GPE") and t.lower_ not in PARTY_WORDS
           for t in affiliation_tokens) or venue_of_games(affiliation_tokens, title_tokens):  # (or "Sydney Olympic" champion)
        affiliation_tokens = []  # "State Sen.": a qualifier of a role left unsaid, not a body
    if not title_tokens and len(affiliation_tokens) == 1 and not affiliation_tokens[0].ent_type_ \
            and opens_its_sentence(affiliation_tokens[0]) and affiliation_tokens[0].lower_ not in PARTY_WORDS \
            and not possessor(affiliation_tokens[0]):  # ("Leicester's Martin Corry": a name owns him)
        affiliation_tokens = []  # "Teenager Sania Mirza": a word capitalised as the sentence opens, no body
    if not title_tokens:
        # no role: a lower-case noun at the end is a description, not part of a body ("Democratic rival")
        plural = False
        while affiliation_tokens and affiliation_tokens[-1].pos_ == "NOUN" and looks_lower(affiliation_tokens[-1]):
            plural = plural or affiliation_tokens[-1].tag_ == "NNS"
            affiliation_tokens = affiliation_tokens[:-1]
        if plural and affiliation_tokens and all(t.ent_type_ == "PERSON" for t in affiliation_tokens):
            affiliation_tokens = []  # "Mark-Viverito pillories Sanders’ record": a headline's verb read as a noun
    title = span_text(title_tokens) or None
    if title and title_tokens[-1].tag_ in ("NNS", "NNPS") and title_tokens[-1].lemma_ != title_tokens[-1].lower_ \
            and not (title_tokens[-1].dep_ == "pobj" and title_tokens[-1].head in title_tokens):
        # "Democratic candidates Hillary Clinton and Bernie Sanders": each is a candidate (but the
        # object of the title's own "of" keeps its plural: "vice-president of operations")
        title = title[: len(title) - len(title_tokens[-1].text)] + title_tokens[-1].lemma_
    if affiliation_tokens and all(t.ent_type_ == "NORP" and t.tag_ in ("NNPS", "NNS") for t in affiliation_tokens):
        affiliation_tokens = []  # "two other Russians": people of a nation, not a body
    if title_tokens and _prize(list(affiliation_tokens) + list(title_tokens)):
        return Role()
    body_at = next((k for k in range(len(title_tokens) - 2, 0, -1) if title_tokens[k].lower_ in _BODIES_BEFORE_A_ROLE
                    and title_tokens[k].text.islower()), None)
    if body_at is not None and not affiliation_tokens:
        # "central bank governor Park Seung": governor of the central bank (a bare "company
        # director" or "bank manager" names no body: the words stay the title)
        kept = 0  # "Former central bank governor": the modifiers before the body stay the title's
        while kept < body_at and title_tokens[kept].lower_ in TITLE_MODIFIERS:
            kept += 1
        return Role(span_text([*title_tokens[:kept], *title_tokens[body_at + 1 :]]), span_text(title_tokens[kept : body_at + 1]))
    if affiliation_tokens and title_tokens and a_work(affiliation_tokens, title_tokens[-1]):
        affiliation_tokens = []
    elif affiliation_tokens and title_tokens and competition_of_title(affiliation_tokens, title_tokens[-1]):
        title, affiliation_tokens = span_text([*affiliation_tokens, *title_tokens]), []  # "Australian Open champion"
    if affiliation_tokens and len(title_tokens) > 1 and title_tokens[0].text in BODY_KINDS_AFTER_NAMES \
            and title_tokens[0].i - affiliation_tokens[-1].i == 1:  # "Republican party boss", "Q magazine reviews editor"
        affiliation_tokens, title_tokens = [*affiliation_tokens, title_tokens[0]], title_tokens[1:]
        title = span_text(title_tokens)
    if past and title and affiliation_tokens and not past_word(title_tokens[0]) and past_of_the_role(past, title_tokens[0]):
        word = past_word(past) or ""  # "former defender" / Spurs and England (docs/annotation.md)
        title = f"{word}{'' if word.endswith('-') else ' '}{title}"
    affiliation_tokens = party_after_country(affiliation_tokens) if title_tokens else affiliation_tokens  # "U.S. Democratic"
    affiliation = place_of(span_text(affiliation_tokens)) if affiliation_tokens else None
    affiliation = whole_body_name(affiliation_tokens, affiliation)  # "Association of [Chief Police Officers] president"
    if affiliation and len(title_tokens) == 2 and title_tokens[0].lower_ in ("campaign", "club", "committee") \
            and (title_tokens[1].lower_.startswith("spokes") or title_tokens[1].lower_ in _STAFF_ROLES) \
            and title_tokens[0].i - affiliation_tokens[-1].i == 1:
        # "Huckabee campaign spokesman Hogan Gidley", "An All England club spokesperson", "a former
        # Republican committee staffer": the campaign, club or committee speaks through him or
        # employs him, the body ("Sanders campaign manager" keeps the campaign's office)
        return Role(title.replace(f"{title_tokens[0].text} ", "", 1), f"{affiliation} {title_tokens[0].text}")
    if not affiliation and len(title_tokens) == 2 and title_tokens[0].text == "Campaign" and len(tokens) == 2 \
            and title_tokens[1].lower_.startswith(("spokes", "chair")):
        # "Campaign chair Paul Manafort", "Campaign spokesman Brian Fallon": the campaign in
        # play is the body he speaks for or chairs (a "campaign manager" keeps the office; a
        # lower-case "Yes campaign chairman" keeps the title whole, its body left unsaid)
        return Role(title_tokens[1].text, title_tokens[0].text)
    return Role(title, affiliation or None)


# Relational nouns left out of ROLE_NOUNS (a "critic of the president" relates to him) that
# name a trade when they stand before a name ("film critic Derek Malcolm").
_BEFORE_A_NAME_ROLES = frozenset(["critic"])
# Roles a body employs to work for it, no office of its own: "committee aide", "campaign staffer".
_STAFF_ROLES = frozenset("aide aides staffer staffers".split())
# Lower-case nouns for a body that, written before a role noun, are the body whose role it is.
_BODIES_BEFORE_A_ROLE = frozenset("bank company firm".split())  # ("steering committee member" is a title)


def _prize(words: Sequence[Token]) -> bool:
    """ "Best Actress winner", "Booker Prize winner", "Oscar nominee": a named prize and the
    one who won it or is up for it. The prize is no body and winning it no role."""
    return words[-1].lemma_.lower() in ("winner", "nominee") and words[-1].lower_ != "nominees" \
        and any(not looks_lower(t) and t.is_alpha and t.lower_ not in PARTY_WORDS and t.ent_type_ not in ("GPE", "NORP")
                for t in words[:-1])


def _opening_modifier(token: Token) -> bool:
    """An adverb capitalised only because it opens the sentence: "Newly-crowned Australian
    Open champion Marat Safin" (not "Conservative radio host", whose adjective names a party)."""
    return opens_its_sentence(token) and token.pos_ == "ADV" and not token.ent_type_


def _office_with_of(tokens: Sequence[Token]) -> Role | None:
    """An office written in capitals with its "of" phrase before the name: "RNC Chief of
    Staff Katie Walsh" -> Chief of Staff / RNC, "UK Chancellor of the Exchequer Gordon
    Brown" -> Chancellor of the Exchequer / UK (the body before the office, the "of" phrase
    part of it); with nothing before the office, a named body after "of" is the
    affiliation ("Governor of the Reserve Bank"). None when the words end in no such office."""
    of = next((k for k in range(1, len(tokens) - 1) if tokens[k].lower_ == "of"), None)
    if of is None:
        return None
    rest = [t for t in tokens[of + 1 :] if t.lower_ != "the"]
    role = tokens[of - 1]
    if not (role.text[:1].isupper() and is_role_noun(role, strict=True) and role.ent_type_ not in ("ORG", "GPE", "NORP")
            and rest and all(t.text[:1].isupper() and t.ent_type_ != "PERSON" and t.is_alpha for t in rest)) \
            or all(_is_title_part(t) for t in rest):
        return None  # "Secretary of State": title words all through, the plain walk reads it
    start = of - 1
    while start > 0 and tokens[start - 1].text[:1].isupper() and (
            tokens[start - 1].lower_ in TITLE_OPENERS or tokens[start - 1].lower_ in TITLE_MODIFIERS):
        start -= 1  # "Deputy Chief of Staff"
    before = split_role(tokens[:start]).affiliation if start else None
    if before is None and any(t.ent_type_ in ("ORG", "GPE") for t in rest):
        return Role(span_text(tokens[start:of]), place_of(span_text(_clean(tokens[of + 1 :]))))
    return Role(span_text(tokens[start:]), before)


clean_words = _clean  # the name other modules import
