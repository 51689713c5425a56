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

from .lexicon import DEMONYMS, TEMPORAL_WORDS, TITLE_MODIFIERS, TITLE_WORDS
from .names import is_honorific, span_text
from .org_kinds import ORG_DESCRIPTORS

# Capitalised words that name a minister's portfolio: part of a title, not a body
# ("Home Secretary", "Trade and Industry Secretary", "Shadow Chancellor").
PORTFOLIO_WORDS: frozenset[str] = frozenset("""
home foreign trade industry culture media sport health education skills transport environment
work pensions defence defense treasury justice business energy communities development shadow
interior economy finance security intelligence homeland agriculture fisheries food rural affairs
constitutional international commerce labor labour employment welfare housing planning science
technology innovation digital immigration equality equalities women family families
communication district circuit appeals
""".split())

# Role nouns beyond TITLE_WORDS: what people are called in news when named ("singer",
# "striker", "boss"); with the agentive endings below they make a word a role. Relational
# nouns ("critic", "colleague", "winner", "holder") are left out: their "of" phrase is
# what they relate to ("a critic of the president"), not a body they belong to.
ROLE_NOUNS: frozenset[str] = frozenset("""
boss head chief star singer actor actress player captain striker winger keeper goalkeeper
midfielder defender forward mp mep msp peer minister secretary chancellor spokesman spokeswoman
spokesperson agent publicist lawyer barrister solicitor attorney judge prosecutor officer
detective constable chairman chairwoman chair executive founder owner investor economist
analyst trader broker banker campaigner activist protester rapper comedian presenter host
producer director writer author novelist artist musician drummer guitarist vocalist dancer
model designer architect engineer scientist researcher professor lecturer teacher
doctor surgeon nurse veteran expert official candidate nominee contender hopeful front-runner
adviser advisor aide entrepreneur tycoon businessman businesswoman billionaire magnate mogul
consultant strategist pollster governor senator congressman congresswoman representative mayor
president premier king queen prince princess duke duchess pope bishop archbishop cardinal
priest vicar rabbi imam general colonel commander sergeant soldier pilot regulator watchdog
champion medallist medalist runner-up referee umpire skipper prop flanker fly-half scrum-half hooker full-back
batsman bowler sprinter athlete jockey trainer boxer golfer cyclist swimmer frontman bassist composer
playwright journalist pundit commentator columnist moderator neurosurgeon physio supremo frontbencher
backbencher coordinator co-ordinator operative lobbyist activist campaigner organiser organizer envoy diplomat
ombudsman inspector investigator cleric mufti president-elect vice-president team-mate teammate
""".split())
_AGENTIVE = ("er", "or", "ist", "ian", "man", "woman", "person", "eer")
# Roles that belong to one body: with no body given, the body is the one the article is about
# ("Chief executive Bill Gammell" in a story about Cairn Energy).
BODY_ROLES: frozenset[str] = frozenset("""
executive chairman chairwoman chair chief director spokesman spokeswoman spokesperson manager coach
president officer founder boss head captain owner treasurer secretary-general director-general
""".split())
# Capitalised words that name a competition in a sports title ("Olympic champion",
# "European indoor champion", "Commonwealth 100m champion"): part of the title, not a body.
COMPETITION_WORDS: frozenset[str] = frozenset("olympic paralympic world european commonwealth".split())
# The writer's judgement of a person, not their role: dropped from a title's left edge
# ("controversial coach" -> "coach", "veteran analyst" -> "analyst").
EVALUATIVE_WORDS: frozenset[str] = frozenset("""
controversial veteran leading top famed famous legendary celebrated renowned respected prominent influential
outspoken embattled beleaguered popular longtime long-time close trusted seasoned experienced rising
""".split())
# Capitalised words before a body that are no part of it ("Former", "Presumptive Democratic
# nominee").
_NOT_A_BODY = TITLE_MODIFIERS | EVALUATIVE_WORDS | frozenset("presumptive likely probable putative would-be self-described self-proclaimed "
                                          "fellow ex".split())
# Words of TITLE_WORDS that only qualify a role ("State Rep.", "campaign manager", "press
# secretary"): never a title on their own.
_QUALIFIERS = frozenset("state national campaign press communications security senior junior".split())
# Words that join parts of a title ("Secretary of State", "spokeswoman for women").
_CONNECTORS = frozenset("of for and to on at in &".split())


@dataclass
class Role:
    """A title and an affiliation as written (either may be None)."""

    title: str | None = None
    affiliation: str | None = None


def is_role_noun(token: Token, *, strict: bool = False) -> bool:
    """Whether a noun names a person's role ("spokesman", "coach", "striker"). ``strict``
    leaves out words that are roles only by their ending ("customer", "voter"), for
    appositions, where a description is as likely as a role."""
    word = token.lower_
    lemma = token.lemma_.lower()
    if word in _QUALIFIERS or word in TITLE_MODIFIERS or word in PORTFOLIO_WORDS:
        return False
    if word in TITLE_WORDS or lemma in TITLE_WORDS or word in ROLE_NOUNS or lemma in ROLE_NOUNS:
        return True
    return not strict and token.pos_ == "NOUN" and len(word) > 4 and word.endswith(_AGENTIVE)


def place_of(text: str) -> str:
    """An affiliation written as a demonym is the place ("Israeli" -> "Israel")."""
    lowered = text.lower()
    if lowered in ("us", "u.s.", "uk", "u.k.", "nato"):
        return text  # already the body's own name
    return DEMONYMS.get(lowered, text)


def _measure(token: Token) -> bool:
    """A number with its unit written as one word ("10,000m", "100m", "60kg"): a distance or
    a weight, never part of a role or a body's name."""
    doc = token.doc
    if token.like_num:
        return token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].lower_ in _UNITS
    return token.lower_ in _UNITS and token.i > 0 and doc[token.i - 1].like_num and not doc[token.i - 1].whitespace_


_UNITS = frozenset("m km kg g lb lbs cm mm ft yd metres meters metre meter miles mile k".split())


def _clean(tokens: Sequence[Token]) -> list[Token]:
    """Drop what a title or affiliation never holds, and trim the edges."""
    kept = [
        t for t in tokens
        if not (t.is_space or t.is_quote or is_honorific(t) or t.lower_ in TEMPORAL_WORDS or _measure(t)
                or t.text == "." and t.i > 0 and is_honorific(t.doc[t.i - 1])
                or (t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")
                    or t.pos_ == "NUM" and t.ent_type_ not in ("ORG", "FAC", "PRODUCT")) and not _named_number(t)
                and t.lower_ not in COMPETITION_WORDS)
    ]
    while kept and (kept[0].is_punct or kept[0].dep_ in ("det", "case", "cc", "poss") and kept[0].pos_ != "PROPN"
                    or kept[0].lower_ in _CONNECTORS or kept[0].lower_ in ("the", "a", "an")):
        kept = kept[1:]
    while kept and (kept[-1].is_punct or kept[-1].dep_ in ("case", "cc") or kept[-1].lower_ in _CONNECTORS
                    or kept[-1].text in ("'s", "’s")):
        kept = kept[:-1]
    return kept


def _named_number(token: Token) -> bool:
    """A number inside a body's name ("UFCW Local 832", "Channel 4") or a compound word
    ("four-star"), not an age or a date."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
        return True
    return token.like_num and token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].ent_type_ not in ("PERSON",) \
        and not doc[token.i - 1].is_punct and token.ent_type_ != "DATE"


def looks_lower(token: Token) -> bool:
    """Whether a word is lower case as the writer meant it: written so, or capitalised only
    because it opens the sentence ("Documentary maker Michael Cockerell", "Former Tory
    chancellor Ken Clarke") while the tagger reads it as a common word."""
    if token.text[:1].islower():
        return True
    doc = token.doc
    opens = token.is_sent_start or token.i == 0 or doc[token.i - 1].is_quote or "\n" in doc[token.i - 1].text_with_ws
    return opens and token.tag_ in ("NN", "NNS", "JJ", "VBN", "VBG") and not token.ent_type_ and not token.is_upper


def _is_title_part(token: Token) -> bool:
    word = token.lower_
    if token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBG"):
        return False
    if word in COMPETITION_WORDS and token.ent_type_ not in ("ORG", "FAC"):
        return True  # "Olympic champion", "world indoor record holder": the title, not a body
    if word in PORTFOLIO_WORDS or word in TITLE_WORDS and token.ent_type_ not in ("GPE", "NORP"):
        return True
    if word in ROLE_NOUNS and token.ent_type_ not in ("GPE", "NORP", "ORG"):
        return True  # "MP", "Agent"
    hyphened = token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-" and not token.whitespace_
    glued = token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    if word in _CONNECTORS or glued or token.like_num and hyphened:
        return True  # "four-star"
    # lower-case nouns and adjectives before a role are part of it ("political editor")
    return looks_lower(token) and token.pos_ in ("NOUN", "ADJ", "VERB", "ADV", "PROPN")


def split_role(tokens: Sequence[Token]) -> Role:
    """Split the words before a name (or a role phrase) into title and affiliation.

    The title is the longest run at the right made of role words, portfolio words and
    lower-case modifiers, ending in a role noun; what precedes it is the affiliation
    (proper nouns, a demonym, a possessor), without leading lower-case words ("former").
    RETURNS (Role).
    """
    tokens = _clean(tokens)
    if not tokens:
        return Role()
    cut = len(tokens)
    while cut > 0 and _is_title_part(tokens[cut - 1]):
        cut -= 1
    title_tokens = _clean(tokens[cut:])
    while len(title_tokens) > 1 and title_tokens[0].lower_ in EVALUATIVE_WORDS:
        title_tokens = title_tokens[1:]
    glued_words = {w.lower() for w in span_text(title_tokens).split() if "-" in w}  # "team-mate" parsed as team - mate
    if not any(is_role_noun(t) for t in title_tokens) and not glued_words & (ROLE_NOUNS | TITLE_WORDS) - _QUALIFIERS:
        title_tokens, cut = [], len(tokens)
    affiliation_tokens = _clean(tokens[:cut])
    while affiliation_tokens and (looks_lower(affiliation_tokens[0]) or affiliation_tokens[0].lower_ in _NOT_A_BODY):
        affiliation_tokens = _clean(affiliation_tokens[1:])
    if all(t.lower_ in TITLE_WORDS and t.ent_type_ not in ("ORG", "NORP", "GPE") for t in affiliation_tokens):
        affiliation_tokens = []  # "State Sen.": a qualifier of a role left unsaid, not a body
    if not title_tokens:
        # no role: a lower-case noun at the end is a description, not part of a body ("Democratic rival")
        while affiliation_tokens and affiliation_tokens[-1].pos_ == "NOUN" and looks_lower(affiliation_tokens[-1]):
            affiliation_tokens = affiliation_tokens[:-1]
    title = span_text(title_tokens) or None
    if title and title_tokens[-1].tag_ in ("NNS", "NNPS") and title_tokens[-1].lemma_ != title_tokens[-1].lower_:
        # "Democratic candidates Hillary Clinton and Bernie Sanders": each is a candidate
        title = title[: len(title) - len(title_tokens[-1].text)] + title_tokens[-1].lemma_
    affiliation = place_of(span_text(affiliation_tokens)) if affiliation_tokens else None
    return Role(title, affiliation or None)


_BODY_PREPOSITIONS = frozenset("of at for with from to in".split())


def role_of_phrase(head: Token, core: Sequence[Token]) -> Role:
    """Title and affiliation of a role phrase headed by a role noun: "director general of the
    British Chambers of Commerce", "the senator's spokeswoman", "a Cabinet Office
    spokeswoman". ``core`` is the head with its left modifiers. RETURNS (Role)."""
    trailing = _trailing_title_words(head)
    role = split_role(list(core) + trailing)
    body = (body_of(head) if head.dep_ != "ROOT" else None) or (body_of(trailing[-1]) if trailing else None)
    if body is not None and role.title is not None:
        # the body is the one named after the role; a place before it is part of the role
        # ("UK economist at RBS Financial Markets"), not when the place is the possessor
        # ("New Jersey's sitting governor")
        words = _clean(list(core) + trailing)
        after = body[0].i > head.i
        return Role(span_text(words) if after and words and words[0].ent_type_ in ("GPE", "NORP", "LOC") else role.title,
                    place_of(span_text(body)))
    of_state = next((p for p in head.rights if p.dep_ == "prep" and p.lower_ == "of"
                     and any(c.dep_ == "pobj" and c.lower_ in ("state", "defence", "defense") for c in p.children)), None)
    if of_state is not None and role.title:
        role.title = f"{role.title} {span_text(list(of_state.subtree))}"
    if role.affiliation is None:
        body = body_of(head) or (body_of(trailing[-1]) if trailing else None)
        if body is not None:
            role.affiliation = place_of(span_text(body))
    return role


def _trailing_title_words(head: Token) -> list[Token]:
    """Title words written after the role's head: "director general", "chairman and chief
    executive", "professor of child health" (a body-less "of" phrase is part of the role)."""
    doc = head.doc
    out: list[Token] = []
    i = head.i + 1
    while i < len(doc):
        token = doc[i]
        if token.lower_ in TITLE_WORDS and token.text[:1].islower() and token.head.i in (head.i, i - 1):
            out.append(token)
            i += 1
        elif token.dep_ == "cc" and token.head.i == head.i and i + 1 < len(doc):
            conj = next((c for c in head.children if c.dep_ == "conj" and c.i > i and is_role_noun(c, strict=True)), None)
            if conj is None or any(t.text[:1].isupper() for t in doc[i + 1 : conj.i + 1]):
                break  # "senator and Republican presidential candidate": a second role with a body of its own
            out.extend(doc[i : conj.i + 1])
            i = conj.i + 1
        elif token.dep_ == "prep" and token.lower_ == "of" and _bodiless(token):
            last = max(t.i for t in token.subtree)
            out.extend(doc[i : last + 1])
            i = last + 1
        else:
            break
    return out


def _bodiless(prep: Token) -> bool:
    """ "of child health": lower-case words only, no article, no name, no organisation."""
    words = list(prep.subtree)[1:]
    return bool(words) and all(t.text[:1].islower() and t.pos_ in ("NOUN", "ADJ") and not t.ent_type_ for t in words) \
        and not any(t.lemma_.lower() in _ORG_NOUNS for t in words)


# Nouns that make an "of/for" phrase a body, not part of a role ("spokesman for the firm").
_ORG_NOUNS = frozenset("company firm group bank party government council agency union club team association".split())
# Common nouns that name a body ("spokesman for the firm", "head of the tribunal"); any other
# common noun after a role is no body ("chief economist for the region at Societe Generale").
_ORG_NOUNS_ALL = ORG_DESCRIPTORS | _ORG_NOUNS | frozenset(
    "tribunal committee board panel ministry department office court commission parliament assembly senate house".split())


def body_of(head: Token) -> list[Token] | None:
    """The body a role or description belongs to, as tokens: the object of "of/at/for/with/
    from/to" after it ("spokesman for the firm"), or its possessor ("the senator's
    spokeswoman"). RETURNS (list[Token] | None)."""
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return _clean(list(child.subtree))
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and _bodiless(prep):
            continue
        if prep.dep_ == "prep" and prep.lower_ in _BODY_PREPOSITIONS:
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ not in TEMPORAL_WORDS and c.ent_type_ not in ("DATE", "TIME")]
            if objects and (objects[0].lower_ in ("state", "defence", "defense") or is_role_noun(objects[0], strict=True)
                            and not any(c.dep_ in ("det", "poss", "compound") for c in objects[0].children)):
                continue  # "Secretary of State", "Commander in Chief": part of the title, the body comes after
            if objects and not (objects[0].pos_ == "PROPN" or objects[0].ent_type_) and (
                    prep.lower_ == "in" or objects[0].pos_ == "NOUN" and objects[0].lemma_.lower() not in _ORG_NOUNS_ALL):
                continue  # "the only candidate in the race", "economist for the region at X": not a body
            if objects:
                obj = objects[0]
                named = _name_of_described_body(obj)
                if named:  # "the advocacy group Progress Iowa", "the investment bank Westwood Capital"
                    return named
                # not a relative clause, nor where the body is ("Bank of America in New York")
                cut = {t.i for c in obj.children if c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ in ("in", "on", "near")
                       for t in c.subtree}
                tokens = [t for t in obj.subtree if t.i not in cut]
                tokens = _clean(_contiguous_around(obj, tokens))
                if obj.pos_ == "PROPN" or obj.ent_type_ == "ORG":
                    # "the manufacturers' organisation EEF": the body's name, not its description
                    named = [i for i, t in enumerate(tokens) if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE")]
                    if named and tokens[named[0]].i <= obj.i:
                        tokens = tokens[named[0]:]
                if tokens:
                    return tokens
    return None


def _name_of_described_body(noun: Token) -> list[Token] | None:
    """The name a body's descriptor introduces ("the advocacy group Progress Iowa"), as tokens."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ORG_DESCRIPTORS:
        return None
    for child in noun.children:
        if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN" and child.i > noun.i:
            return [c for c in child.subtree if c.dep_ in ("compound", "flat") or c.i == child.i]
    return None


def body_after_name(name_head: Token) -> str | None:
    """The body written after a name: "Senator Bernie Sanders of Vermont", "analyst Jason
    Kenney at ING". RETURNS (str | None)."""
    for prep in name_head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "from"):
            objects = [c for c in prep.children if c.dep_ == "pobj" and (c.ent_type_ in ("ORG", "GPE") or c.pos_ == "PROPN")
                       and c.ent_type_ not in ("DATE", "TIME", "PERSON")]
            if objects:
                body = body_of(name_head)
                return place_of(span_text(body)) if body else None
    return None


def _contiguous_around(head: Token, tokens: list[Token]) -> list[Token]:
    """The contiguous block of ``tokens`` that holds ``head`` (a cut relative clause ends it)."""
    indices = {t.i for t in tokens}
    left = right = head.i
    while left - 1 in indices:
        left -= 1
    while right + 1 in indices and not head.doc[right + 1].text == ",":
        right += 1
    return [t for t in head.doc[left : right + 1]]


clean_words = _clean  # the name other modules import
