"""Contents and objects that are deeds, not words, and things that cannot speak (issue 12;
``non_statements`` decides the act): a thing made, filed or launched ("filed a lawsuit", "The song was written by ..."), a
move in a game ("conceded six goals", "returns to defend his title"), money given or pledged
("shared a $45bn state bailout"), people stopped rather than contradicted ("James denied
Damien Duff"), a prize won, the plot a work tells ("Sideways tells the story of ..."), and
the audience addressed or asked ("addressed a Wednesday night rally"), a person summoned or a
meeting called ("have called a former officer as a witness"), and goods ordered ("plans to
order 20 new aircraft from Boeing").
"""

from __future__ import annotations

from spacy.tokens import Token

from .act_words import WORK_NOUNS
from .cue_tokens import holds_views
from .found import Found
from .lexicon import CUE_NOUNS, DOCUMENT_NOUNS, FEMALE_WORDS, GROUP_NOUNS, MALE_WORDS, PERSON_NOUNS
from .org_kinds import ORG_DESCRIPTORS, kinds_of_noun
from .phrase_shapes import EVIDENCE_NOUNS, is_document_noun
from .roles import AGENTIVE_ENDINGS, is_role_noun

# Entity labels of what can speak: people, bodies, peoples, places standing for governments.
SPEAKING_ENTITIES = frozenset(("PERSON", "ORG", "NORP", "GPE"))
# Entity labels of a quantity.
_QUANTITIES = frozenset(("PERCENT", "CARDINAL", "QUANTITY", "MONEY"))
# Verbs that put a thing into the world: "filed a lawsuit", "launched a campaign", "declare bankruptcy".
_ACTION_VERBS = frozenset("file lodge bring launch publish write release submit start mount begin pen declare".split())
# Verbs that vouch for what their object names: said of an event, they report no words.
_CONFIRMING_VERBS = frozenset("confirm admit acknowledge disclose reveal".split())
# Nouns of transactions, with an "of" for what changed hands: "the sale of", "the takeover
# of". Not deaths, arrests or departures: police confirming an arrest make a statement.
_EVENT_NOUNS = frozenset("sale purchase acquisition takeover buyout merger disclosure transfer".split())
# Objects that are a thing done or made, not words: "a lawsuit", "a book", "a campaign",
# "many histories", a state entered: "declare bankruptcy".
_ACTION_OBJECTS = frozenset("""
lawsuit suit case action appeal petition campaign bid challenge claim charge charges complaint
book novel album film movie play song single memoir biography autobiography documentary
series collection record history bankruptcy insolvency war independence
""".split())
# Speech verbs that also name moves in a game or a contest, and what is then won or given
# away: "conceded six goals", "threatened further scores", "returns to defend his title" (not
# "claimed victory", which politicians do in words).
_PLAY_VERBS = frozenset("concede threaten defend retain".split())
_PLAY_OBJECTS = frozenset("""
goal try point run wicket penalty corner score set game match frame title crown cup trophy medal
victory win lead place spot seat berth
""".split())
# Judging verbs that also name a hard blow (act_words.VERBAL_JUDGMENTS reads them as speech),
# and what is struck: "he blasted the ball home", "Henry slammed home the winner", "slammed the door".
_STRIKING_VERBS = frozenset("blast slam".split())
_STRUCK = frozenset("ball shot winner goal effort header volley strike penalty equaliser opener leveller door racket".split())
# Contests given up by conceding them: "is conceding the race in Nevada", "conceded the
# election" (a concession, not a claim; "conceded that he had lost" still speaks).
_CONTESTS = frozenset("race election contest primary caucus nomination seat state".split())
# Promises that can be of money: "pledged $1m", "promised a contribution".
_PLEDGES = frozenset("pledge promise donate".split())
# Money given, whatever its amount: "a state bailout", "an aid contribution".
_FUNDS = frozenset("""
money cash fund funds funding bailout contribution donation aid grant loan subsidy sum payment investment
""".split())
# What is claimed by winning it: "claimed the coaching award", "Portsmouth claimed a draw", "claimed
# the top spot", a race by its distance "claiming the men's 800m" (but "claimed victory" is said).
_PRIZES = frozenset("""
title crown cup trophy medal award prize gold silver bronze championship jersey
draw point spot berth place win race stage final heat sprint marathon relay m m. km
""".split())
# What a disaster or a purge claims: "the storm claimed the lives of 10 people".
_CASUALTIES = frozenset("life victim scalp".split())
# Particles that make "call" a summons or a cancellation, not words ("called on X to",
# "called out X for" still speak).
_CALL_PARTICLES = frozenset("up off in back".split())
# Verbs that give a thing, or words: "offered an apology" speaks, "offer services" does not.
GIVING_VERBS = frozenset("offer share give lend".split())


# Verbs that, in the passive, present a thing made: "[The package] was announced by the
# agriculture minister", "[The awards] were announced by Selma Blair".
_UNVEILING = frozenset("announce unveil".split())


def made_thing(found: Found, lemma: str) -> bool:
    """ "[The song] was written by Lionel Richie", "[Results of the tests] will be published
    by the ILO", "[The package] was announced by the minister": a passive of making or
    unveiling whose content is its subject, a noun phrase — the thing made, with its maker
    as the agent; not words."""
    cue = found.cue
    if lemma not in _ACTION_VERBS | _UNVEILING or not any(c.dep_ == "auxpass" for c in cue.children):
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass"]
    start, end = found.content
    if lemma in _UNVEILING and (not subjects or any(t.pos_ in ("VERB", "AUX") for t in subjects[0].subtree)):
        return False  # "plans to cut 500 jobs were announced": what the plans say is words
    return bool(subjects) and start <= subjects[0].idx < end and subjects[0].pos_ in ("NOUN", "PROPN") and not any(
        t.tag_ in ("``", "''") or t.text in "\"“”" for t in subjects[0].subtree)


def names_someone(found: Found) -> bool:
    """Whether a noun content is a person, a body or a personal pronoun: "denied Damien Duff,
    Jiri Jarosik and Mateja Kezman", "denied them" (one denies claims in words, but people
    only by stopping them)."""
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.ent_type_ in SPEAKING_ENTITIES or (root.pos_ == "PRON" and root.lower_ in _OBJECT_PRONOUNS)


def a_work(speaker: Token) -> bool:
    """A film, book or show by its noun or by a title the NER names nothing ("Sideways")."""
    return speaker.lemma_.lower() in WORK_NOUNS or (speaker.pos_ == "PROPN" and speaker.ent_type_ not in SPEAKING_ENTITIES)


def tells_a_story(cue: Token) -> bool:
    """ "tells the story of ...", "tells the tale of ...": a work's plot, told to no one (a
    person who "told the story of his escape" speaks)."""
    return (any(c.dep_ == "dobj" and c.lemma_.lower() in ("story", "tale") for c in cue.children)
            and not any(c.dep_ == "dative" for c in cue.children))


def play_or_gift(cue: Token, lemma: str) -> bool:
    """A move in a game or money given, whatever follows the object: "have conceded six
    goals", "blasted the ball home", "condemned Leeds to relegation", "is conceding the race in Nevada", "a break threatened a try only for the move to break down", "They shared a $45bn
    state bailout", "pledged a 'sizable' aid contribution to Unicef", a prize shared ("shared
    the award for best R&B vocal performance")."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if not objects:
        return False
    obj = objects[0]
    if lemma in _STRIKING_VERBS:
        return obj.lemma_.lower() in _STRUCK
    if lemma == "condemn":  # "The defeat condemned Leeds to relegation", "condemned the man to death": a fate
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in cue.children)
    if lemma in _PLAY_VERBS:
        return obj.lemma_.lower() in _PLAY_OBJECTS or lemma == "concede" and obj.lemma_.lower() in _CONTESTS
    if lemma == "share" and obj.lemma_.lower() in _PRIZES:
        return True  # "She also shared the award for best R&B vocal performance with Usher": won together
    return lemma in GIVING_VERBS | _PLEDGES and (
        obj.lemma_.lower() in _FUNDS or any(t.ent_type_ == "MONEY" for t in obj.subtree if t.i <= obj.i))


def action(cue: Token, lemma: str) -> bool:
    """ "filed [a lawsuit]", "published [a book]", "launched [a campaign]", "reported [the
    allegations] to the authorities", "[the song] was written by", "confirmed [judges]",
    "claiming [$20bn] in damages": a thing done or made, people appointed, money sought, not words."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if not objects:
        return False
    # reported to whom ("to the authorities"), not to how much ("a rise to $3.8bn")
    told = [o for t in (cue, objects[0]) for c in t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in _QUANTITIES and not o.like_num]
    if lemma == "report" and told:
        return True
    if lemma == "claim" and objects[0].lemma_.lower() in _PRIZES:
        return True  # "claimed the coaching award", "claiming their first Triple Crown": won
    if lemma == "claim" and objects[0].lemma_.lower() in ("victory", "win") and _one_of_several(objects[0]):
        return True  # "claiming his third victory", "claimed some victories in the Midwest": won (but "claimed victory")
    if lemma == "claim" and any(t.ent_type_ == "MONEY" for t in objects[0].subtree if t.i <= objects[0].i):
        return True  # "Yukos is claiming more than $20bn in damages": a sum sought in court
    if lemma == "call" and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in cue.children) \
            and objects[0].ent_type_ != "PERSON" and objects[0].pos_ != "PRON":
        return True  # "is calling back 17,815 Buick Raniers": a recall (but "called back the reporter")
    if lemma == "confirm" and objects[0].tag_ == "NNS" and is_role_noun(objects[0]):
        return True  # "the Senate confirmed 68 judicial nominees": appointed them
    if lemma in _CONFIRMING_VERBS and an_event(objects[0]) and not _clause_after(cue, objects[0]):
        return True  # "confirmed the sale of its stake", "admitted the disclosure of a hole": an event, no words
    return lemma in _ACTION_VERBS and objects[0].lemma_.lower() in _ACTION_OBJECTS


def an_event(noun: Token) -> bool:
    """ "the sale of its stake", "the closure of three hospitals": a noun of a thing that
    happened with what it happened to, not a saying or a proposition ("the report that ...",
    "the claim")."""
    return noun.lemma_.lower() in _EVENT_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _clause_after(cue: Token, noun: Token) -> bool:
    # "admitted the loss of £5m was a blow": the noun opens a clause the parser hung apart,
    # a proposition admitted, not an event
    return any(t.pos_ in ("VERB", "AUX") and t.i > noun.right_edge.i for t in cue.subtree)


def _one_of_several(noun: Token) -> bool:
    """ "his third victory", "some victories", "two wins": a win counted among others, won."""
    return noun.tag_ == "NNS" or any(c.dep_ == "poss" or c.dep_ == "nummod" or c.ent_type_ == "ORDINAL"
                                     for c in noun.children)


def idiom(cue: Token, lemma: str) -> tuple[str, str] | None:
    """A speech verb inside a set phrase that says nothing, or a deed that looks like words:
    "speaks volumes about", "not to mention", "That said,", "All told,", "Suffice it to say"
    and "It goes without saying" (no one speaks), a kick "charged down" (a move
    in a game), a player "called up" or a strike "called off" (a summons, a cancellation), a union that "agreed to a new contract" (a deal accepted). RETURNS (act,
    reason) or None."""
    children = list(cue.children)
    doc = cue.doc
    if (lemma in ("say", "tell") and cue.i == cue.sent.start + 1 and doc[cue.i - 1].lower_ in ("that", "all")
            and cue.i + 1 < len(doc) and doc[cue.i + 1].text == ","):
        return "belief", "a set phrase, no words"  # "That said, the audience tends to be older", "All told, ..."
    if lemma == "speak" and any(c.dep_ == "dobj" and c.lower_ == "volumes" for c in children):
        return "belief", "a set phrase, no words"
    if lemma == "say" and (cue.head.lemma_.lower() == "suffice" or cue.head.lower_ == "without"
                           and cue.head.head.lemma_.lower() == "go"):
        return "belief", "a set phrase, no words"  # "Suffice it to say that ...", "It goes without saying that ..."
    if cue.lower_ == "mention" and any(c.dep_ == "neg" for c in children) and any(c.lower_ == "to" for c in children):
        return "belief", "a set phrase, no words"
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in _CASUALTIES for c in children):
        return "stance", "an action, not words"  # "the storm claimed the lives of 10 people"
    if lemma == "charge" and any(c.dep_ == "prt" and c.lower_ == "down" for c in children):
        return "stance", "an action, not words"
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ in _CALL_PARTICLES for c in children):
        return "stance", "an action, not words"  # "to call up a replacement", "called off the strike"
    if lemma == "agree" and not any(c.dep_ in ("xcomp", "ccomp") for c in children) and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children)
            or c.dep_ == "dobj" and c.pos_ == "NOUN" for c in children):
        # "agreed to a new contract", "has agreed a draft proposal with the IMF": a deal accepted
        return "stance", "an action, not words"
    return None


def a_thing(speaker: Token) -> bool:
    """A common noun that names neither a person, a group, a body nor a document: "Websites",
    "the gadget explosion", "a vast archive" (what the learned pass's predicates may take for a
    speaker, where a thing does or shows something)."""
    if speaker.pos_ != "NOUN" or speaker.ent_type_ or holds_views(speaker) or is_role_noun(speaker):
        return False
    lemma = speaker.lemma_.lower()
    if speaker.lower_ in GROUP_NOUNS or len(lemma) > 4 and lemma.endswith(AGENTIVE_ENDINGS):
        return False  # "supporters", "marketers": the plural of a group or an agent noun
    return not kinds_of_noun(lemma) and lemma not in (ORG_DESCRIPTORS | PERSON_NOUNS | DOCUMENT_NOUNS | CUE_NOUNS
                                                      | EVIDENCE_NOUNS | FEMALE_WORDS | MALE_WORDS | _GATHERINGS
                                                      | _PEOPLE_WORDS)


# Nouns for people, or people together, that no lexicon of roles, groups, bodies or
# gatherings (``_GATHERINGS``) lists.
_PEOPLE_WORDS = frozenset("""
other others people family families child children parent parents kid kids public faction
donor advocate electorate community team panel jury majority minority
government committee police army military navy board cabinet parliament congress senate
""".split())


# Verbs whose noun object may be the audience rather than the words: "addressed a rally",
# "asked the candidate" (but "addressed the network's rivalry with Fox News" takes up a topic).
AUDIENCE_OBJECT_VERBS = frozenset("address ask".split())
# Gatherings and the people in them, spoken to rather than spoken of.
_GATHERINGS = frozenset("""
rally gala crowd audience convention conference meeting gathering assembly dinner luncheon
breakfast summit forum congregation session ceremony event student supporter graduate
delegate voter reporter journalist attendee participant guest spectator listener
""".split())


def an_audience(found: Found) -> bool:
    """Whether a noun content is who was spoken to: a gathering ("addressed a Wednesday
    night rally", "addressing the students of the Christian university"), a person or body
    ("asked the 2016 Democratic White House contender"). RETURNS (bool)."""
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    words = {root.lower_, root.lemma_.lower()}
    return (names_someone(found) or bool(words & (_GATHERINGS | GROUP_NOUNS | PERSON_NOUNS))
            or (root.pos_ == "NOUN" and is_role_noun(root)))


def thing_as_agent(cue: Token) -> bool:
    """A passive cue whose agent is a thing, not anyone who can speak: "can be explained by
    an increase in the working population" (narration of causes)."""
    if not any(c.dep_ == "auxpass" for c in cue.children):
        return False
    agents = [o for c in cue.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    # a_thing, not only holds_views: "It was announced by the club that ..." is the club's
    return bool(agents) and a_thing(agents[0])


# Verbs by which the writer reads an utterance, made their subject: "the warning does
# highlight the risks", "his remarks suggest he will stand" (a document "said" still writes).
READING_VERBS = frozenset("highlight underline underscore show illustrate demonstrate reflect signal indicate suggest reveal".split())


def an_utterance_reads(speaker: Token | None, lemma: str) -> bool:
    """Whether the speaker is an utterance, not who made it, and the verb the writer's
    reading of it: "The warning does highlight the risks" (narration)."""
    return (speaker is not None and speaker.pos_ == "NOUN" and lemma in READING_VERBS
            and speaker.lemma_.lower() in CUE_NOUNS - DOCUMENT_NOUNS)


# Verbs whose noun object is words wished for, not yet said: "We need a full report on ...".
_WISHING_VERBS = frozenset("need want demand seek require await expect".split())
# ... and those that wish with a preposition: "called for an inquiry into claims that ...".
_WISHING_PHRASES = frozenset((("call", "for"), ("ask", "for"), ("wait", "for"), ("press", "for"), ("push", "for")))


def wished_for(cue: Token) -> bool:
    """Whether a cue noun is the object of a wish: "We need [a full report] on what went
    wrong", "demanded [an assurance] that jobs were safe" — words that do not exist yet."""
    if cue.pos_ != "NOUN":
        return False
    if cue.dep_ == "pobj" and cue.head.dep_ == "prep":
        verb = cue.head.head
        return verb.pos_ == "VERB" and (verb.lemma_.lower(), cue.head.lower_) in _WISHING_PHRASES
    return cue.dep_ == "dobj" and cue.head.pos_ == "VERB" and cue.head.lemma_.lower() in _WISHING_VERBS


# What "call" convenes rather than says: "is calling a meeting", "called an election".
_CONVENED = frozenset("meeting election poll vote referendum ballot strike conference summit session hearing".split())


def summoned(found: Found, lemma: str) -> bool:
    """ "Defence lawyers have called [a former officer as a witness]", "called [three
    officers to give evidence]", "never called [a donor to ask for money]", "is calling [a
    meeting]": a person summoned or telephoned, a gathering convened, no words (but "called
    him a liar", "called Trump 'unhinged'" name him in words: a second object or a quotation;
    "calling him out" criticises him)."""
    cue = found.cue
    if lemma != "call" or cue.pos_ != "VERB" or any(c.dep_ in ("oprd", "ccomp", "acomp", "prt") for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    span = cue.doc.char_span(*found.content, alignment_mode="expand")
    if not objects or span is None or any(t.is_quote and t.tag_ != "POS" for t in span):
        return False  # (an apostrophe of "Smith's aide" or "O'Neill" is no quotation)
    obj = objects[0]
    return obj.lemma_.lower() in _CONVENED or _a_person(obj)


def purchased(found: Found, lemma: str) -> bool:
    """ "decided to order [the 7E7]", "plans to order [20 new aircraft from Boeing]", "has
    ordered [five Airbus A380s]": goods bought, named by a model, counted or with their
    supplier; not words (but "ordered a review", "ordered the release of the emails" are
    commands, and "ordered nearly 300 of them to Cameroon" sends people)."""
    cue = found.cue
    if lemma != "order" or cue.pos_ != "VERB" or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if not objects or any(_a_person(t) for t in objects[0].subtree):
        return False
    obj = objects[0]
    model = obj.tag_ in ("NNP", "NNPS", "CD") and obj.ent_type_ not in ("PERSON", "GPE", "NORP")
    counted = any(c.dep_ == "nummod" and c.like_num for c in obj.children)
    supplier = any(c.dep_ == "prep" and c.lower_ == "from" for t in (cue, obj) for c in t.children)
    return model or counted or supplier


_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "us", "me"))
_PERSON_LEMMAS = PERSON_NOUNS | _PEOPLE_WORDS


def _a_person(token: Token) -> bool:
    """A person or people by name, pronoun or noun: "Mr Smith", "them", "a donor", "officers"."""
    lemma = token.lemma_.lower()
    return (token.ent_type_ == "PERSON" or (token.pos_ == "PRON" and token.lower_ in _OBJECT_PRONOUNS)
            or token.lower_ in GROUP_NOUNS or lemma in _PERSON_LEMMAS
            or (token.pos_ == "NOUN" and (is_role_noun(token) or len(lemma) > 4 and lemma.endswith(AGENTIVE_ENDINGS))))


# Participles by which the writer draws a conclusion from a fact: "..., indicating that".
_INFERRING = frozenset("indicate suggest show signal mean imply".split())


def a_plea(cue: Token, lemma: str) -> bool:
    """ "pleaded guilty to disorderly conduct": a plea entered in court, an act (but
    "pleaded with the court to spare his son" asks in words)."""
    return lemma == "plead" and any(c.lower_ in ("guilty", "innocent") for c in cue.children)


def a_fact_infers(cue: Token, lemma: str) -> bool:
    """ "The release of the minutes was much faster than usual, [indicating] the Fed wants
    ...": a participle after a comma on a clause whose subject holds no views; the writer's
    inference from a fact, not anyone's words."""
    if lemma not in _INFERRING or cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.head.i > cue.i:
        return False
    if cue.i == 0 or cue.doc[cue.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    subjects = [c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    # a document speaks (docs/annotation.md): "The ministry's statement was issued on Monday,
    # indicating that talks would resume" gives its words ("The release of the minutes" is an event)
    return bool(subjects) and not any(holds_views(s) or is_document_noun(s) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in s.children) for s in subjects)
