"""What a verb's shape says about who speaks: whether a token is a cue verb, a passive
with no subject of its own, a participle that goes on with an outer speaker, a conjunct the
parser read as a clause; and whether a noun can hold views at all. Shared by
``cue_tokens`` (which re-exports them) and the frame rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS
from .lexicon import BELIEF_VERBS, GROUP_NOUNS, SPEECH_VERBS, TITLE_WORDS

# Verbs of a question put to someone: "Asked whether …", "Pressed on …".
QUESTION_VERBS: frozenset[str] = frozenset("ask question press quiz query challenge interview".split())


def is_cue_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in ("VERB", "AUX") and (lemma in SPEECH_VERBS or lemma in BELIEF_VERBS)


def is_passive_participle(token: Token) -> bool:
    """A passive without a subject of its own: "being accused of", "having been charged
    with", or a bare participle clause, "Asked whether …, he said", "When told that …". The
    clause's subject is who was asked or accused, never who spoke."""
    if any(c.dep_ == "auxpass" for c in token.children):
        return not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    if token.dep_ == "ROOT":
        bare = token.tag_ == "VBN"
    else:  # "When asked …" is often tagged as a past tense: without a subject it is none
        bare = token.tag_ in ("VBN", "VBD") and token.dep_ in ("advcl", "acl") and not _conjunct_read_as_clause(token)
    return bare and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in token.children)


_HOLDER_PRONOUNS = frozenset("i we you he she they".split())


def holds_views(token: Token) -> bool:
    """Whether a subject can say or think anything: a person or body by name, a personal
    pronoun, a group or a role ("the year", "his manner", "a winter break" cannot)."""
    if token.pos_ == "PRON":
        return token.lower_ in _HOLDER_PRONOUNS
    lemma = token.lemma_.lower()
    return token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or lemma in GROUP_NOUNS or lemma in TITLE_WORDS


# Verbs whose object is left doing what follows: "left voters saying", "found officials arguing".
LEAVING_VERBS = frozenset("leave find see hear keep".split())


def a_share_of_people(token: Token) -> bool:
    """ "50 percent", "a third": a count that stands for people ("with 50 percent saying ...")."""
    return token.lower_ in ("percent", "%", "per cent") or any(c.dep_ == "nummod" for c in token.children)


def _conjunct_read_as_clause(verb: Token) -> bool:
    """A finite verb after "and" that the parser hung on the verb before as an adverbial
    clause: "He had promised ..., and, according to Reuters, once told analysts that ..."."""
    head = verb.head
    return (verb.dep_ == "advcl" and verb.tag_ == "VBD" and head.i < verb.i
            and not any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS for c in verb.children)
            and any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children))


# Words that open a real adverbial clause: "when he told", "as she said".
_SUBORDINATORS = frozenset("when while as after before because since if though although until".split())


def after_a_thing_that_cannot_speak(cue: Token) -> bool:
    """ "Trump said [the deadlock has kept us safe] before claiming that ...": a speech
    participle under "before"/"after"/"while" in a reported clause whose subject is a thing
    that cannot speak goes on with the outer speaker."""
    prep = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or prep.lower_ not in ("before", "after", "while") or \
            cue.lemma_.lower() not in SPEECH_VERBS:
        return False
    host = prep.head
    subjects = [c for c in host.children if c.dep_ in SUBJECT_DEPS]
    return (host.dep_ == "ccomp" and is_cue_verb(host.head) and bool(subjects) and subjects[0].pos_ == "NOUN"
            and not holds_views(subjects[0]))


def participle_of_outer_speaker(cue: Token) -> bool:
    """A speech participle the parser hung on a reported clause: "X believes [a winter break
    carries advantages], explaining: …", "She said [her father has been an advocate for
    women], saying that he supports equal pay" — X and she go on speaking (on PolNeAR train
    the annotators give such a participle to the outer speaker far more often than to the
    reported clause's subject)."""
    host = cue.head
    return (cue.tag_ == "VBG" and cue.dep_ == "advcl" and host.dep_ == "ccomp" and is_cue_verb(host.head)
            and cue.lemma_.lower() in SPEECH_VERBS and host.i < cue.i)


def someones_people(token: Token) -> bool:
    """A plural noun a named person or body owns, or a group noun in the plural: "Mr
    Flight's allies", "Clinton's aides", "supporters" (``holds_views`` reads lemmas, and the
    group nouns are listed in the plural)."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return False
    return token.lower_ in GROUP_NOUNS or any(
        c.dep_ == "poss" and (c.ent_type_ in ("PERSON", "ORG") or c.pos_ == "PROPN") for c in token.children)


def agent_of(token: Token) -> Token | None:
    for agent in (c for c in token.children if c.dep_ == "agent"):
        objects = [c for c in agent.children if c.dep_ == "pobj"]
        if objects:
            return objects[0]
    return None


# Passives of hearsay that report a named person's earlier words: "X is reported to have
# said", "X is alleged to have told friends".
_HEARSAY_PASSIVES = frozenset("report say allege rumor rumour understand believe know".split())


def reported_speaker(cue: Token) -> Token | None:
    """The subject of a hearsay passive whose perfect infinitive is a speech verb: "Obama
    is reported to have called the Saudis 'free riders'", "she is said to have told
    friends" — what that person said, heard of through others (never "it is said", nor
    "X is expected to announce", which predicts). RETURNS (Token | None)."""
    head = cue.head
    if (cue.dep_ != "xcomp" or head.i == cue.i or cue.lemma_.lower() not in SPEECH_VERBS
            or head.lemma_.lower() not in _HEARSAY_PASSIVES
            or not any(c.dep_ == "aux" and c.lower_ == "have" for c in cue.children)
            or not any(c.dep_ == "auxpass" for c in head.children)):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubjpass" and c.tag_ != "EX" and c.lower_ != "it"]
    return subjects[0] if subjects else None


# Verbs whose object does what the infinitive after it says ("forced the minister to admit"):
# only those that make it happen; one that asks leaves the act undone ("Labour challenged the
# prime minister to deny ...", "urged the government to confirm ...": no denial, no confirmation).
_OBJECT_CONTROL = frozenset("""lead force persuade drive compel prompt coerce inspire convince spur get""".split())


def object_controller(verb: Token) -> Token | None:
    """The object that does what an infinitive after it says: in "The victory led Reince
    Priebus to declare him the nominee" or "The scandal forced the minister to admit ..."
    Priebus declares and the minister admits, not the verb's subject; only after a verb of
    making someone act (not "used ropes to hold", "took a moment to reach", nor "challenged
    the prime minister to deny", which only asks) and of
    a speech verb ("urged women to vote for Clinton" is the urging's, not a vote's, report).
    RETURNS (Token | None)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.i > verb.i or head.lemma_.lower() not in _OBJECT_CONTROL \
            or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("PROPN", "NOUN", "PRON")]
    return objects[0] if objects and objects[0].right_edge.i + 2 >= verb.i else None


# Participles of a feeling whose passive subject holds it: "was concerned that", "is worried";
# verbs whose object feels something ("Hillary Clinton isn't rattled about", "who are
# mystified that"). Not "divided": "X talks about A, but the Council is divided" misparses.
_FEELINGS = frozenset("""concern worry convince disappoint delight alarm frighten surprise shock please
satisfy annoy upset anger trouble dismay relieve thrill rattle mystify embitter unnerve frustrate
outrage infuriate horrify disgust stun baffle puzzle hearten irritate offend embarrass""".split())


def feeling_state(token: Token) -> bool:
    """Whether a passive-looking cue is a state its subject is in ("Mourinho was concerned
    that ...", "She is convinced that ..."): an adjective the parser read, or a participle of
    a feeling; not "He was told that", where the subject heard it. RETURNS (bool)."""
    return token.pos_ == "ADJ" or token.lemma_.lower() in _FEELINGS
