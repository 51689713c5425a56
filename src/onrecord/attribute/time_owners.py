"""Whose time a time expression near a cue is: the saying's, or another event's that the
sentence tells of beside it (``links.when_of`` walks from the time to the cue and stops at
these)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .deps import SUBJECT_DEPS
from .found import Found
from .lexicon import FUTURE_AUXILIARIES, SCENE_PARTICIPLES, SPEECH_VERBS
from .office_changes import changes_office
from .quotes import text_of

# Participles of being asked after a speaker that put the speaker on the saying's occasion ("Mr
# Brown, interviewed on Tuesday, said", "asked on Sunday whether …"): their time is the saying's.
_ASKED = frozenset("interview ask question quote press challenge".split())
_SAYING_PARTICIPLES = _ASKED | SCENE_PARTICIPLES
# Marks of a clause that is that very time: "speaking as the budget was published on Monday".
_AT_THAT_TIME = frozenset(("as", "when"))
_PERFECT = frozenset(("has", "have", "'s", "’s", "'ve", "’ve"))
# Participles that point at another event: "said Foxx, pointing to the vote on Saturday".
_POINTING = frozenset("point refer allude".split())
# Participles that bound a period a noun names: "the fiscal year starting on 21 March".
_PERIOD_BOUNDS = frozenset("start begin end run".split())
# Words of a time counted from now, which never name a kind of speaker: "Last year economists".
_COUNTED_FROM_NOW = frozenset("earlier last this past".split())
# Verbs of citing a thing of the past: "invoked Reagan's deficit in 1980", "recalled the attack in 2001".
_CITING = frozenset("invoke cite recall mention highlight reference recount evoke remember".split())


def on_the_speaker(verb: Token, found: Found) -> bool:
    """A clause describing the speaker has its own time: a relative clause, also one with no
    pronoun ("Biden, who was to travel to Columbus on Wednesday to promote the rules, said":
    the parser hung "promote" on "Biden") and one of "be" ("Boxer, who was in Nevada on
    Saturday, called"), and a past participle set off after the speaker, which is such a
    clause without its "who was" ("The firm, founded in 1990, said"; not "Mr Brown,
    interviewed on Tuesday, said", the saying's occasion)."""
    if found.speaker is None or verb.head.i != found.speaker.i:
        return False
    if verb.dep_ == "relcl":
        return verb.lemma_.lower() not in SPEECH_VERBS and not speaking_then(verb)
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > verb.head.i and (
        verb.doc[verb.left_edge.i - 1].text == "," if verb.left_edge.i > 0 else False) and (
        verb.lemma_.lower() not in SPEECH_VERBS | _SAYING_PARTICIPLES or changes_office(verb))  # "sworn in on Friday"


def of_the_occasion(participle: Token) -> bool:
    """A participle on the speaker (the parser's "acl", with or without a comma) that puts the
    speaker on the saying's occasion ("Mr Blair, speaking at his monthly press conference on
    Tuesday, said", "Mr Brown, interviewed on Tuesday, said"): its own time is the saying's,
    however deep it hangs, but not a time in a clause of its own under it (``own_clause``).
    Of the scene's verbs only the "-ing" form ("writing in the Guardian", not "written off")."""
    return participle.dep_ == "acl" and _occasion_participle(participle)


def _occasion_participle(participle: Token) -> bool:
    lemma = participle.lemma_.lower()
    return participle.tag_ in ("VBG", "VBN") and (
        lemma in _ASKED or participle.tag_ == "VBG" and lemma in SCENE_PARTICIPLES)


def own_clause(verb: Token) -> bool:
    """A clause with a subject of its own under a participle of the occasion tells of another
    event, whose time is its own: "Mr Brown, speaking after the budget was published in March,
    said" (the budget's March), "interviewed after his wife died in 2001"; not one that is
    that very time ("speaking as the budget was published on Monday"). Also under such a
    participle the parser hung on the cue ("Speaking after the budget was published in March,
    Mr Brown said")."""
    participle = verb.head
    if verb.pos_ not in ("VERB", "AUX") or participle.i == verb.i or not (
            participle.dep_ in ("acl", "advcl") and _occasion_participle(participle)):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children) and not marks & _AT_THAT_TIME


def reported_by_another(verb: Token, found: Found) -> bool:
    """A clause of its own subject that another cue of the sentence reports is what was said
    there, and its time is that saying's content, never a time of this statement: "Mr. Trump
    intends to deliver an address ... this month, Mr. Manafort said, adding that ..." (the
    "adding" statement is not "this month"). The cue's own reported clause is its content,
    which ``links.when_of`` reads apart (a time the parser hung inside it before the content,
    "On Monday the firm said profits fell", stays the saying's)."""
    head = verb.head
    return verb.dep_ == "ccomp" and found.cue is not None and head.i != found.cue.i and (
        head.lemma_.lower() in SPEECH_VERBS) and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def speaking_then(verb: Token) -> bool:
    """ "Robinson, who was speaking on Tuesday, said": a past progressive of speaking or
    appearing is the occasion of the saying it goes with, not a clause of its own time; so is
    a past passive of being asked ("Mr Brown, who was interviewed by the BBC on Sunday, said")."""
    if asked_then(verb):
        return True
    return verb.tag_ == "VBG" and verb.lemma_.lower() in SCENE_PARTICIPLES and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)


def asked_then(verb: Token) -> bool:
    """ "Mr Brown, who was interviewed by the BBC on Sunday, said": a past passive of being
    asked is the occasion of the saying it goes with (``speaking_then``, ``relays``)."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in _ASKED and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)


def another_event(verb: Token, cue: Token) -> bool:
    """A verb the cue is joined to that tells of an event at another time than the saying:
    one still to come ("Holmes will run in the Grand Prix in February and said …"), a
    participle the parser made the sentence's verb ("Mr Saakashvili, elected president in
    January …, has urged …"), or a simple past beside a cue in the perfect ("filed for
    bankruptcy in 2003 and has admitted …"). The same tense is the same scene ("took the stage
    Tuesday … and called …")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & FUTURE_AUXILIARIES:
        return True
    if verb.tag_ == "VBN" and not auxes or changes_office(verb):
        return True  # "took over as chairman in May and said ...": the office's May
    cue_auxes = {c.lower_ for c in cue.children if c.dep_ == "aux"}
    return verb.tag_ == "VBD" and bool(cue_auxes & _PERFECT) and cue.tag_ == "VBN"


def dates_what_is_pointed_at(time_prep: Token) -> bool:
    """A time right after what a participle of reference points at dates that thing, wherever
    the parser hung it: "said Foxx, pointing to the vote on Saturday" (the vote's Saturday, not
    the saying's; nor may it go on to the next quotation), "referring to the attack on Monday"."""
    participle = time_prep.head
    if time_prep.dep_ != "prep" or participle.tag_ != "VBG" or participle.lemma_.lower() not in _POINTING:
        return False
    return any(c.dep_ == "prep" and c.i < time_prep.i and c.right_edge.i == time_prep.i - 1 and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children) for c in participle.children)


def dates_the_object(time_prep: Token) -> bool:
    """A bare year right after what a verb of citing names dates that thing, though the parser
    hung it on the verb: "invoked Ronald Reagan's initial polling deficit in 1980 to claim …"
    (Reagan's 1980, not the saying's; the speaker's occasion of this week goes on), "cited his
    vote in 2002"; as a participle of pointing does (``dates_what_is_pointed_at``). Not another
    verb's object ("announced her candidacy in 2015": the announcing's year)."""
    verb = time_prep.head
    if time_prep.dep_ != "prep" or time_prep.lower_ != "in" or verb.lemma_.lower() not in _CITING:
        return False
    years = [o for o in time_prep.children if o.dep_ == "pobj" and o.like_num and len(o.text) == 4 and o.n_lefts == 0]
    return bool(years) and time_prep.n_rights == 1 and any(
        c.dep_ == "dobj" and c.right_edge.i == time_prep.i - 1 and c.pos_ == "NOUN" for c in verb.children)


# Subordinators of a clause set against the saying; "after" and "once" are left out: "after
# meeting the minister on Tuesday, he said" is mostly the same occasion. "since" and "until"
# bound a period the clause's time starts or ends ("Since the first tunnel was discovered in
# 1990, officials say").
_CONTRAST_MARKS = frozenset("while whereas although though because since until".split())


def narrates(verb: Token) -> bool:
    """A clause of its own subject opened by "while", "although", "because", "since" narrates
    around a saying; its time is its own ("while there was big turnout … on Saturday, he said"; not
    "while campaigning in Iowa on Monday, X said", the saying's scene, nor "While he was
    speaking with the press in Miami on Wednesday, he said", its speaking under way). So does a
    perfect participle, an event done before the saying ("Having fled Afghanistan in early March,
    the couple worried …": the flight's March; PolNeAR train nyt 2016-03-23). So does a "when"
    clause of its own subject on a cue in the present ("When they split in December, Mantooth says
    Mars denied ...": the saying is now, the clause dates the event told; BBC dev slice)."""
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("since", "until", "till"):
        return True  # "Since taking office last week, Mr Green has said ...": the period's start
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in _PERIOD_BOUNDS:
        return True  # "The budget for the fiscal year starting on 21 March calls for ...": the period's
    if verb.dep_ == "advcl" and verb.head.tag_ in ("VBZ", "VBP") and any(
            c.dep_ in ("advmod", "mark") and c.lower_ == "when" and c.i < verb.i for c in verb.children) and any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children) and any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children) and not speaking_then(verb)


def when_clause(verb: Token, cue: Token) -> bool:
    """A "when" clause on the cue is the saying's moment: "Huckabee offered a similar explanation
    when POLITICO reported on his schedule of paid speeches in 2007"."""
    return verb.dep_ == "advcl" and verb.head.i == cue.i and any(
        c.dep_ in ("advmod", "mark") and c.lower_ == "when" and c.i < verb.i for c in verb.children)


def asked_about(token: Token) -> bool:
    """ "Asked about the plan on Tuesday, Smith said": the parser hangs the day on what was
    asked about, but the day is the asking's, and so the answer's. True for the "about" under
    a participle of asking and for the noun it governs, which are no steps away (for a day
    only: "asked about the election in 2012" dates the election)."""
    about = token.head if token.dep_ == "pobj" else token
    asking = about.head  # the tagger may read the bare participle as a past tense ("Asked/VBD about …")
    return about.lower_ == "about" and about.dep_ == "prep" and asking.tag_ in ("VBN", "VBD") and (
        asking.lemma_.lower() in _ASKED) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in asking.children)


def act_of_the_speaker(pcomp: Token, found: Found) -> bool:
    """A saying the speaker's own doing is "of": "Lynch took the official last step Wednesday of
    announcing that ...", "made a point on Monday of saying": the doing's time is the saying's
    (the parser may hang "of" on the verb or on its object). Not "accused Clinton of saying"
    (another's doing) nor "after revealing", a narration around it."""
    prep = pcomp.head
    if pcomp.dep_ != "pcomp" or prep.lower_ != "of" or found.speaker is None:
        return False
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head
    return verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.i == found.speaker.i for c in verb.children)


def told_to(noun: Token, cue: Token) -> bool:
    """The audience a saying was made to, which is no step away from the cue: "proclaimed to a
    cheering crowd at the Democratic National Convention on Tuesday" (the parser hangs the day
    on the crowd), "told reporters on Monday"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "dobj" and noun.head.i == cue.i and cue.lemma_.lower() == "tell":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.i == cue.i and (
        cue.lemma_.lower() in SPEECH_VERBS)


# Nouns of a run of what one says in ("a series of tweets", "a string of new radio ads").
_RUNS = frozenset("series string pair flurry barrage spate round volley couple".split())
# Ads, documents the annotation guide names ("ad"), spoken in as a post is.
_ADS = frozenset("ad spot".split())


def in_a_run(token: Token, said_in: frozenset[str]) -> bool:
    """The run, its "of" or its documents, between a saying and the documents, ads or interviews it was made in:
    "In a series of tweets on Monday, Trump said", "In a string of new radio ads announced
    Wednesday, Trump and his supporters talk about": no step between their time and the cue,
    as the document itself is none (``links.when_of``). Not "a series of talks on Monday", a
    run of no medium, nor "a number of emails", a count of things."""
    said_in = said_in | _ADS
    if token.dep_ == "pobj" and token.lemma_.lower() in said_in and token.head.lower_ == "of":
        run, of = token.head.head, token.head  # the documents of the run: "ads" in "a string of new radio ads"
    elif token.dep_ == "prep" and token.lower_ == "of":
        run, of = token.head, token
    elif token.pos_ == "NOUN" and token.lemma_.lower() in _RUNS:
        run, of = token, next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    else:
        return False
    return of is not None and run.pos_ == "NOUN" and run.lemma_.lower() in _RUNS and any(
        c.dep_ == "pobj" and c.lemma_.lower() in said_in for c in of.children)


def medium_words(token: Token, said_in: frozenset[str]) -> bool:
    """Words between a time and the saying that are the medium it was said in, no step away
    (``links.when_of``): a run of posts or interviews (``in_a_run``), or an op-ed the tokenizer
    split ("said in an op - ed on Thursday", "In an op-ed published Thursday, Smith wrote"), a
    medium noun like "column" (as ``relays`` reads it), or a court's ruling handed down
    (``handed_down``)."""
    doc = token.doc
    return in_a_run(token, said_in) or handed_down(token) or (
        token.lower_ == "ed" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "op")


# A court's or a panel's rulings, and the participles of their coming out.
_RULINGS = frozenset("ruling judgment judgement verdict decision opinion".split())
_HANDED = frozenset(("hand", "deliver"))


def handed_down(token: Token) -> bool:
    """ "In a judgment handed down on Tuesday, the judge said", "ruled in a decision handed
    down this week that", "The verdict, delivered on Friday, found": a ruling's coming out is
    the saying's time, as a document's release is, so neither the participle nor the ruling is a
    step between the time and the cue (``links.when_of``). Only the ruling the cue speaks in
    ("in a ruling") or that speaks itself (its subject), not one cited ("citing a ruling handed
    down in 2019"). True for the participle and for its ruling noun."""
    participle = token if token.dep_ == "acl" else next((c for c in token.children if c.dep_ == "acl"), None)
    if participle is None or participle.tag_ != "VBN" or participle.lemma_.lower() not in _HANDED:
        return False
    if participle.lemma_.lower() == "hand" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in participle.children):
        return False
    ruling = participle.head
    return ruling.pos_ == "NOUN" and ruling.lemma_.lower() in _RULINGS and (
        ruling.dep_ == "pobj" and ruling.head.lower_ == "in" or ruling.dep_ in SUBJECT_DEPS)


# Prepositions of a time hung on the saying itself ("criticized X [in 2011] for Y").
_TIME_PREPS = frozenset("in on at during".split())


def splits_the_content(time_root: Token, cue: Token, content: tuple[int, int]) -> bool:
    """A time hung on the cue between two parts of its content: "Kaine, who criticized fellow
    Democrats in 2011 for seeking a higher tax rate" (the object before it, the grounds after;
    the gold splits the content round "in 2011"). The parser hangs the time on the cue, not on
    what was said, and a part of the content on each side of it is the cue's own dependent, so
    the time is the saying's though the content span covers it. Not a time inside a clause of
    the content ("said he would resign in 2011": the clause, not the cue, holds it), nor one in
    a quotation ('declaring it "another super Tuesday for our campaign"': the speaker's words),
    nor one on an infinitive, a saying someone else brought about ("prompted Britain's Parliament
    to call a debate in January on whether to ban Trump": the debate's month as much as the call's)."""
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children):
        return False
    link = time_root.head if time_root.dep_ == "pobj" else time_root
    if not (link.head.i == cue.i and (link.dep_ == "prep" and link.lower_ in _TIME_PREPS
                                      or link.dep_ in ("npadvmod", "tmod") and link.i == time_root.i)):
        return False
    start, end = link.left_edge.i, link.right_edge.i
    before = text_of(cue.doc)[content[0]:time_root.idx]
    if before.count('"') % 2 or before.count("“") != before.count("”"):
        return False
    parts = [c for c in cue.children if content[0] <= c.idx < content[1] and c.dep_ not in ("punct", "cc")]
    return any(c.right_edge.i < start and c.dep_ in ("dobj", "obj") for c in parts) and any(
        c.left_edge.i > end and c.dep_ in ("prep", "xcomp", "advcl", "ccomp") for c in parts)


def fronted_on_the_speaker(ent: Span, found: Found) -> bool:
    """ "Earlier this year economists calculated that ...", "Last year economists estimated
    ...": a time counted from now that opens the sentence with no comma, which the parser
    glued onto the speaker noun right after it as a compound. It dates the saying, not the
    speakers (where "The 2004 champion said" dates a title: no counted time, no sentence
    start)."""
    speaker = found.speaker
    return (speaker is not None and ent.start == ent.sent.start and ent.end == speaker.i
            and ent.root.dep_ == "compound" and ent.root.head.i == speaker.i
            and ent[0].lower_ in _COUNTED_FROM_NOW)
