"""What kind of act a statement reports: ``speech``, ``writing``, ``belief``, ``intention``
or ``stance`` (``Statement.act``; docs/schema.md defines each with examples).

PolNeAR counts every attributed attitude, so the engine finds beliefs ("X believes ..."),
intentions ("she wants to run") and stances ("backs Cruz") beside what was said. A reader
asking what someone *said* wants the first two only; the act tells them apart. It is
decided from the cue and its frame in the statement's own sentence, in the order of
docs/annotation.md ("Acts"), after two tests of findings that are no one's statement:
data and works that "speak" (``narrated``) and ``non_statements.py`` (agentless
passives, shares of people and evidence as speakers, refusals, negations, actions):

1. a cue lemma of belief, intention or stance gives that act, with frames that change it:
   "vowed *to* cut taxes" is an intention where "vowed *that* ..." is speech, "refused *to*
   ..." an intention, "a statement *backing* ..." a stance; a side-taking verb of speech
   that gives the words ("'...,' she protested") is speech;
2. otherwise the words came written when the cue says so (wrote, tweeted, posted,
   published), when a document speaks ("the report said", "a statement read", "a Gallup
   poll shows"), when the cue hangs from a written medium ("said in a statement", "said on
   Twitter") or "according to" names one ("according to court documents");
3. a speech verb, "according to" a person or body, a quotation, a transcript label: speech;
4. a time never speaks ("the final quarter told us", "last year saw"), nor does a thing do
   more than stand as evidence ("the creation of the bureau addressed the problems"): a
   cue whose subject is a date, or a singular common noun that names no person, group,
   role, body or document (``speaker_kinds.is_thing``) with a cue that is no verb of speech or writing,
   is a belief (PolNeAR's "witnessing of facts"); a thing with a verb of speech ("the ad
   says", "the plan calls for") speaks, as PolNeAR marks it; the generic "you" or "one", or
   a thing, under a modal of possibility ("you might be able to tell ...", "one could say",
   "the figures could be telling us") is the writer's supposition, a belief; "signed a deal"
   commits (a stance) where "signed a letter" writes, as do "posted a record loss" and
   "agreed a deal" (``_is_goods``);
5. a noun of speech with a that-clause ("the claim that ...") or leading into its words
   through a copula or a colon ("His answer was that ...", ``noun_leads.py``) is speech;
   a learned cue (``learned.py``) whose lemma is none of the above reports an attitude
   towards its content ("sounded a similar note"): a stance, unless its lemma names talk
   ("spoke about", "discussed", "laid out"), which is speech; any other verb with a
   clause is a belief ("learned that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..schema import StatementAct as Act
from .act_words import (
    BELIEF_LEMMAS,
    DATA_NOUNS,
    DEALING_VERBS,
    EVALUATIVE,
    INTENTION_BEFORE_INFINITIVE,
    INTENTION_LEMMAS,
    JUDGMENT_GROUNDS,
    LIGHT_VERBS,
    MADE_WORDS,
    RECKONING_VERBS,
    RELEASE_VERBS,
    STANCE_LEMMAS,
    TALK_LEMMAS,
    VERBAL_JUDGMENTS,
    WORDS_NOUNS,
    WORK_NOUNS,
    WRITING_VERBS,
    WRITTEN_MEDIA,
)
from .bare_objects import DISPOSITION_NOUNS, complement_for, evidence_points, promised_thing
from .found import Found
from .judged_objects import quoted_object_only
from .relative_contents import relative_leftover
from .lexicon import CUE_NOUNS, SPEECH_VERBS
from .deeds import GIVING_VERBS
from .narration_shapes import is_goods, speaks_for_itself
from .non_statements import maker_named, non_statement
from .plans_weighed import plan_weighed
from .print_outlets import a_newspaper as _a_newspaper
from .quote_side_verbs import QUOTE_SIDE_LEMMAS
from .speaker_kinds import for_people, is_document, is_period, is_thing
from .words_given import characterised, lemma_of, words_given, words_quoted
from .written_frames import written_frame

# Rules that tie a quotation or a transcript turn to its speaker: what they report is speech.
_QUOTE_RULES = frozenset(("quote-cue", "floating", "line-label", "parenthetical"))


def act_of(found: Found) -> Act:
    """The act of one finding (see the module docstring). RETURNS (str): one of schema.STATEMENT_ACTS."""
    return act_and_reason(found)[0]


def act_and_reason(found: Found) -> tuple[Act, str | None]:
    """``act_of`` with the reason when ``non_statements`` decided it is no one's statement
    ("passive with no agent", "a number speaks", ...), for the statement's explanation.
    RETURNS (tuple[str, str | None])."""
    cue = found.cue
    if cue is None:
        return "speech", None  # a floating quotation; component.py lets it take its parent's act
    lemma = lemma_of(cue)
    if speaks_for_itself(found, lemma):
        return "belief", "a set phrase, no words"  # "The stats speak for themselves": no one speaks
    outside = narrated(found)
    if outside is not None:
        return outside, None
    leftover = relative_leftover(found)
    if leftover is not None:
        return "belief", leftover  # "domains [that] are being considered by Icann"
    no_one = non_statement(found, lemma, WRITING_VERBS)
    if no_one is not None:
        return no_one
    return _act_by_frame(found, cue, lemma), None


def _act_by_frame(found: Found, cue: Token, lemma: str) -> Act:
    """The act from the cue and its frame, once the finding may be someone's statement."""
    if found.rule == "according-to":
        return "writing" if is_document(found.speaker) or _a_newspaper(found.speaker) else "speech"
    if found.rule == "quote-cue" and lemma in QUOTE_SIDE_LEMMAS:
        return "speech"  # '"... 11 million?" Hannity pressed.' (its subject may be read as a noun)
    if evidence_points(cue, lemma):
        return "belief"  # "reports from retailers highlight the weakness of the sector": evidence, no words
    if cue.pos_ == "PUNCT" or found.rule == "line-label":
        return "writing" if is_document(found.speaker) else "speech"
    # "the report said", "a Gallup poll shows": every statement of a document; but in "the report fuelled
    # [concerns] about ..." a noun of belief is someone's concern, not the data's words
    if (is_document(found.speaker) and lemma not in STANCE_LEMMAS | INTENTION_LEMMAS
            and not (cue.pos_ == "NOUN" and lemma in BELIEF_LEMMAS)):
        return "writing"
    if lemma == "make" and any(c.dep_ == "dobj" and lemma_of(c) in MADE_WORDS and not any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in cue.children):
        # "made conflicting statements about ...", "made the claims in a TV programme"; "made the comments in a report"
        written_in = any(p.dep_ == "prep" and p.lower_ == "in" and any(lemma_of(o) in WRITTEN_MEDIA for o in p.children)
                         for c in cue.children if c.dep_ == "dobj" for p in (*c.children, *cue.children))
        return "writing" if written_in or _written_medium(cue) or _a_newspaper(found.speaker) else "speech"
    objects = [c for c in cue.children if c.dep_ == "dobj"] if lemma in LIGHT_VERBS | DEALING_VERBS else []
    if objects:
        named = lemma_of(objects[0])
        for lemmas, act in ((BELIEF_LEMMAS, "belief"), (INTENTION_LEMMAS, "intention"), (STANCE_LEMMAS | DISPOSITION_NOUNS, "stance")):
            if named in lemmas:
                return act  # type: ignore[return-value]
        # "Islamic banks offer services", "the region offers resources": what a thing provides,
        # not words (but "Rubio offered a defense of the bill" is an occasion of speech)
        goods = lemma in GIVING_VERBS and cue.tag_ in ("VBZ", "VBP", "VBG") and is_goods(objects[0])
        if lemma in LIGHT_VERBS and not goods:
            return "speech"
        if goods:
            return attitude_act(found)
        if is_goods(objects[0]):
            return "stance"  # "posted a record loss", "agreed a rescue plan": an action
    if lemma == "know" and cue.dep_ == "xcomp" and lemma_of(cue.head) in SPEECH_VERBS:
        return "speech"  # "demanded to know whether ...", "asked to know": a question put in words
    attitude = _attitude(cue, lemma, found)
    if attitude is not None:
        return attitude
    if narration_or_supposition(found, lemma):
        return "belief"
    if lemma == "sign" and not (_names_written_medium(cue) or _has_clause(cue)):
        return "stance"  # "signed a deal / the bill": an action that commits, no words written
    if lemma in WRITING_VERBS or _written_medium(cue) or (lemma in RELEASE_VERBS and _names_written_medium(cue)):
        return "writing"
    if lemma == "report" and found.speaker is not None and found.speaker.ent_type_ == "ORG":
        return "writing"  # "The Post reported": an outlet writes
    if lemma in SPEECH_VERBS and (_a_newspaper(found.speaker) or _writing_lead_in(cue)):
        return "writing"  # "Newspapers reported ...", "Writing in the Guardian, Mr Brown said ..."
    if lemma in SPEECH_VERBS or found.rule in _QUOTE_RULES or lemma in TALK_LEMMAS or found.rule in ("noun-clause", "noun-lead"):
        return "speech"  # "Russia's demand that ...", "the claim that ..."
    if lemma in RECKONING_VERBS and _has_clause(cue):
        return "speech"  # "economists calculated that ...": a finding given in words
    return "stance" if found.rule.startswith("learned") else "belief"


def narration_or_supposition(found: Found, lemma: str) -> bool:
    """Whether a time or a thing does what says nothing ("the final quarter told us", "the
    bureau addressed"), or a generic "you"/"one" or a thing stands under a modal of
    possibility ("you might be able to tell ...", "the rise could be telling us"): the
    writer's narration or supposition, not speech. RETURNS (bool)."""
    if is_period(found.speaker) or (is_thing(found.speaker) and lemma not in SPEECH_VERBS | WRITING_VERBS):
        return True
    return (_is_generic(found.speaker) or is_thing(found.speaker)) and _speculative(found.cue)


def narrated(found: Found) -> Act | None:
    """Data and works as if they spoke (docs/schema.md, "Acts"): figures are writing when a
    body is named as publishing them ("figures released by the BPI", "government figures"),
    else a belief — evidence, out of the default record ("according to recent figures");
    a work described through its object ("the film tells the tale of") is a belief too.
    None for everything else."""
    speaker = found.speaker
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return None
    head = speaker.lemma_.lower()
    if head in DATA_NOUNS and speaker.pos_ == "NOUN" and not for_people(speaker):
        return "writing" if maker_named(speaker) else "belief"
    if (head in WORK_NOUNS and speaker.pos_ == "NOUN" and (found.rule == "verb-object" or found.rule.startswith("learned"))
            and found.cue is not None and lemma_of(found.cue) not in STANCE_LEMMAS | INTENTION_LEMMAS):
        return "belief"
    return None


def _attitude(cue: Token, lemma: str, found: Found) -> Act | None:
    """belief, intention or stance when the cue and its frame say so, else None:
    "questioned [his veracity]" (a noun, not "whether ...") and "spoke [favorably] of"
    take a side."""
    if lemma == "question" and any(c.dep_ == "dobj" for c in cue.children):
        return "stance"
    if lemma in TALK_LEMMAS and any(c.dep_ == "advmod" and c.lower_ in EVALUATIVE for c in cue.children):
        return "stance"
    if plan_weighed(found, cue, lemma):
        return "intention"  # "is considering issuing $100 summonses", "whether to close the library"
    if lemma in BELIEF_LEMMAS and not (lemma in INTENTION_LEMMAS and _infinitive(found, cue)):
        return "belief"
    if lemma in INTENTION_LEMMAS:
        return "intention"
    if lemma in INTENTION_BEFORE_INFINITIVE and (_infinitive(found, cue) or promised_thing(cue, lemma)) and not words_quoted(found, lemma):
        return "intention"
    if lemma in STANCE_LEMMAS and not (words_given(found, lemma) and not characterised(found.cue)):
        return "stance"  # "dismissed the kerfuffle as 'absurd'": the side taken, even with its words
    if lemma in VERBAL_JUDGMENTS and is_thing(found.speaker):
        return "belief"  # "the storm blasted the coast": a thing does, it judges no one
    if lemma in VERBAL_JUDGMENTS and not judgment_stated(cue) and (not words_given(found, lemma)
                                                               or quoted_object_only(found, cue)):
        return "stance"  # "praised the chancellor's role", "praised Lord Scarman's 'ability to listen'"
    return None


def judgment_stated(cue: Token) -> bool:
    """Whether a judgment done by saying states what it holds: "accused him *of* lying",
    "criticised Clinton *for* ...", "hailed the deal *as* a breakthrough", "attacked the
    plan *over* its cost": a preposition on the verb ("accused him *of* sexism"; tokens told by
    index, as spaCy makes a new Token on every access), or on its object where the parser hung it
    there — "of" only before an -ing form ("the role *of* his chancellor" names whom)."""
    objects = [o for o in cue.children if o.dep_ == "dobj"]
    return any(_grounds(p, on_object=p.head.i != cue.i) for h in (cue, *objects) for p in h.children)


def _grounds(prep: Token, on_object: bool) -> bool:
    if prep.dep_ != "prep" or prep.lower_ not in JUDGMENT_GROUNDS or not any(prep.children):
        return False
    if complement_for(prep):
        return False  # "ridiculed the Tory plans *for* asylum quotas": the plan's own complement
    return not on_object or prep.lower_ != "of" or any(c.tag_ == "VBG" for c in prep.children)


def _infinitive(found: Found, cue: Token) -> bool:
    """Whether the content is an infinitive: "vowed [to cut taxes]", "wants [to run]"."""
    doc = cue.doc
    span = doc.char_span(*found.content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    return first.lower_ == "to" and first.tag_ == "TO" or any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in cue.children
    )


def _names_written_medium(cue: Token) -> bool:
    """Whether the cue's object is a written medium: "issued [a statement]"."""
    return any(c.dep_ == "dobj" and lemma_of(c) in WRITTEN_MEDIA for c in cue.children)


# Modals of what may or might be: a supposition, not an utterance.
_SPECULATIVE_MODALS = frozenset("might could may would".split())


def _is_generic(speaker: Token | None) -> bool:
    """Whether a speaker is the generic "you" or "one" of the writer's narration."""
    return speaker is not None and speaker.pos_ == "PRON" and speaker.lower_ in ("you", "one")


def _speculative(cue: Token) -> bool:
    """Whether a modal of possibility governs the cue, on it or on the verbs it is the
    complement of: "could be telling", "might be able to tell", "could say"."""
    token = cue
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _SPECULATIVE_MODALS for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "acomp") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _has_clause(cue: Token) -> bool:
    """Whether the cue takes a clause: "signed [that ...]", "signed off [saying ...]"."""
    return any(c.dep_ in ("ccomp", "parataxis") for c in cue.children)


def _written_medium(cue: Token) -> bool:
    """Whether the cue hangs from a written medium: "said in a statement", "said on
    Twitter", "wrote in an op-ed", "In a statement, X said ... but added" (``written_frames``)."""
    return written_frame(cue)


def _writing_lead_in(cue: Token) -> bool:
    # "Writing in the Guardian, he said ...": the participle says the words were written; of
    # the other writing verbs only one with no object, set in/on a medium ("Posting on
    # Twitter") — "Signing the bill, ...", "Posting a record loss, ..." open a scene
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and (c.lemma_.lower() == "write" or (
        c.lemma_.lower() in WRITING_VERBS and not any(d.dep_ == "dobj" for d in c.children)
        and any(d.dep_ == "prep" and d.lower_ in ("in", "on") for d in c.children))) for c in cue.children)


def attitude_act(found: Found) -> Act:
    """The act a finding takes when it is no speech (``act_model`` decided so): the attitude
    its cue names, else a stance for a learned cue (an action towards its content, "voted
    for"), else a belief (narration, evidence: "the firm has seen"). RETURNS (str)."""
    lemma = lemma_of(found.cue) if found.cue is not None else ""
    for lemmas, act in ((BELIEF_LEMMAS, "belief"), (INTENTION_LEMMAS, "intention"),
                        (STANCE_LEMMAS | VERBAL_JUDGMENTS, "stance")):
        if lemma in lemmas:
            return act  # type: ignore[return-value]
    return "stance" if found.rule.startswith("learned") else "belief"


def written(found: Found) -> bool:
    """Whether a finding's words came written: a document speaks, a writing verb, a written
    medium ("said in a statement"). RETURNS (bool)."""
    cue = found.cue
    if is_document(found.speaker):
        return True
    return cue is not None and not cue.is_punct and (lemma_of(cue) in WRITING_VERBS or _written_medium(cue))
