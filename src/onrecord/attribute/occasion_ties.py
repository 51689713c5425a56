"""What ties a statement to the occasion open before it, and what the reading of an article
needs to know of a statement or a sentence for that (``occasions``)."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span, Token

from ..schema import Span as SchemaSpan
from ..schema import Statement, Via, When
from .cue_tokens import SUBJECT_DEPS
from .lexicon import ANOTHER_TIME_ADVERBS, FUTURE_AUXILIARIES, GOING_ON_VERBS, GROUP_NOUNS, PERSON_PRONOUNS, SPEECH_VERBS, TITLE_WORDS
from .quotes import text_of
from .voice import a_condition
from .via_reference import REFERRING_HEADS
from .when import same_time


class Open(Protocol):
    """What an open occasion gives."""

    via: Via | None
    when: When | None
    sentence: int


# Cues that go on with what was said before: "he added", "she went on", "Clinton responded".
_GOING_ON = GOING_ON_VERBS | frozenset("respond reply answer elaborate repeat reiterate finish".split())
_GOING_ON_ADVERBS = frozenset(("further",))
# Cue dependents of a new audience: "Mr Brown also told MPs" is another telling, not the interview going on.
_AUDIENCE_DEPS = frozenset(("dobj", "dative", "iobj"))
# Cues of the one who asks: the interviewer is part of the occasion, not its speaker.
ASKING = frozenset("ask question press query quiz interview".split())
# Verbs whose "to X" is what they answer or point at, not a hearer: "responded to Clinton on
# Monday" is no interview that goes on into the next paragraph.
_ANSWERING = frozenset("respond reply react retort object refer point allude".split())
_PRONOUNS = PERSON_PRONOUNS | frozenset(("they", "it", "we", "i"))
# Scene words that may all name one appearance in the media.
_APPEARANCES = frozenset("""interview interviews appearance show broadcast podcast episode segment conversation chat
call q&a sit appear speak talk""".split())
# The scenes of another word that a definite scene word may name again: "the interview" one
# given by speaking on a programme or telling an outlet (TOLD_OUTLET; not "appeared at campaign
# appearances"), "his speech" one given at an event, "the briefing" a telling of reporters (TOLD_PRESS).
TOLD_OUTLET, TOLD_PRESS = "told-outlet", "told-press"
_INTERVIEWS = frozenset(("interview", "conversation", "chat", "speak", "talk", "sit", TOLD_OUTLET))
_SPEECHES = frozenset("speech address remarks lecture conference convention rally summit event meeting".split())
_BRIEFINGS = frozenset(("conference", "briefing", TOLD_PRESS))
_REFERENCES = {"interview": _INTERVIEWS, "conversation": _INTERVIEWS, "speech": _SPEECHES, "address": _SPEECHES,
               "remarks": _SPEECHES, "briefing": _BRIEFINGS, "conference": _BRIEFINGS | _SPEECHES}
# A subject that is someone's statements: "Pence's comments came at ...".
REMARKS = frozenset("comment remark statement word speech answer response testimony".split())
# Words of a programme's name that name no host.
_NOT_NAMES = frozenset("The Show Programme Program News Radio Television Live Today Week Night Morning".split())
# Verbs of a state or an attitude, not an event someone spoke at ("has", "was", "wants").
_NOT_EVENTS = frozenset("be have want need seem remain continue appear try".split())
# Participles of speaking to an audience: "speaking to BBC Sport" is a telling, not an appearance.
_SPEAKING_TO = frozenset(("speak", "talk"))
# Who is told at a briefing.
_PRESS = frozenset("reporter journalist press newsman correspondent".split())
# Events that are no speaker (a resolver's slip: "The conversation ended with ...").
_EVENTS = frozenset(("interview", "conversation", "debate", "rally", "appearance", "hearing", "briefing", "town hall"))


def joined(first: Token | None, second: Token | None) -> bool:
    """Whether two cues of a sentence are one attribution: one hangs from the other without
    a clause of what was said between ("said ..., adding ...", "told ... and said ...")."""
    if first is None or second is None or first.i == second.i:
        return (first is None) == (second is None)
    upper, lower = (first, second) if first.is_ancestor(second) else (second, first)
    if not upper.is_ancestor(lower):
        return False
    if lower.dep_ in ("advcl", "conj", "xcomp") and upper.i < lower.i and not any(
            c.dep_ in SUBJECT_DEPS for c in lower.children):
        # "said the process could be 'messy,' adding, ...", "said ... that she didn't want to
        # ... and predicted that ...": a cue with no subject of its own shares the first's,
        # wherever the parser hung it inside what was said
        return True
    token = lower
    while token.i != upper.i:
        if token.dep_ in ("ccomp", "parataxis", "relcl", "pobj", "acl"):
            return False
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in token.children):
            return False  # "responded to a claim ... that he told the Times ...": what was said, misparsed
        token = token.head
    return True


def consistent(current: Open, via: Via | None, when: When | None) -> bool:
    """A statement's own via or time does not contradict the occasion's ("Yahoo" goes with
    "Yahoo News"; "told the Guardian" names the interview the occasion left unnamed)."""
    if via is not None and current.via is not None and not same_name(via.name, current.via.name):
        return False
    return not (when is not None and current.when is not None and not same_time(when, current.when))


def same_kind(a: str, b: str) -> bool:
    """Whether two scene words may name one scene ("Sitting down with MSNBC's show" and "the
    interview")."""
    return a == b or (a in _APPEARANCES and b in _APPEARANCES)


def earlier_scene(scenes: dict[tuple[str, str], Open], name: str, kind: str) -> Open | None:
    """The speaker's scene a definite scene word refers back to: one of its kind, or the
    latest of a kind it may name ("Speaking on BBC Radio 4 ..." or "told the Today
    programme ..." and then "in the interview"; "Addressing the party conference ..." and
    then "in his speech")."""
    if (name, kind) in scenes:
        return scenes[(name, kind)]
    group = _REFERENCES.get(kind, frozenset())
    fits = [scene for (who, other), scene in scenes.items() if who == name and other in group]
    return max(fits, key=lambda scene: scene.sentence, default=None)


def told_again(doc: Doc, scenes: dict[tuple[str, str], Open], name: str, via: Via | None,
               when: When | None) -> Open | None:
    """The speaker's interview with an outlet a statement names again by a generic word
    ("Michael Howard told the Sunday Times on Sunday ... Mr Howard told the paper"), whose
    via ``via_reference`` gave it: that interview, for its time."""
    if via is None or when is not None or via.span is None:
        return None
    if text_of(doc)[via.span.start:via.span.end].lower() not in REFERRING_HEADS:
        return None
    fits = [scene for (who, kind), scene in scenes.items() if who == name and kind == TOLD_OUTLET
            and scene.via is not None and same_name(scene.via.name, via.name)]
    return max(fits, key=lambda scene: scene.sentence, default=None)


def same_name(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def elsewhen(cue: Token | None) -> bool:
    """A cue of another time: "has said", "had said", "previously called", "who said", "will say"."""
    if cue is None:
        return False
    if cue.dep_ in ("relcl", "acl") and cue.tag_ != "VBG":
        return True
    # "will see if ...": what is still to come was said at no occasion already past; a
    # participle or a verb joined to another takes that one's time ("Ryan has previously called
    # out Trump, slamming his proposed ban ..."); not a verb of what was said the parser hung it
    # on ('told CNN, "We will win," adding, "..."', "told CNN she will win, adding ...")
    head = cue.head
    if cue.dep_ in ("advcl", "xcomp", "conj") and cue.tag_ == "VBG" and head.i != cue.i and _another_time(head) and not (
            head.dep_ in ("ccomp", "parataxis") or any(t.is_quote for t in cue.doc[min(head.i, cue.i) : max(head.i, cue.i)])):
        return True
    if cue.pos_ == "ADJ" and cue.dep_ == "acomp" and _another_time(head):
        return True  # "Cruz has been acutely aware that …": a state over time, no occasion's
    return _another_time(cue)


def _another_time(cue: Token) -> bool:
    return any((c.dep_ == "aux" and c.lemma_ == "have" and cue.tag_ == "VBN") or
               (c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES) or
               (c.dep_ == "advmod" and c.lower_ in ANOTHER_TIME_ADVERBS) for c in cue.children)


def later_on(cue: Token | None) -> bool:
    """A cue in a clause put later or earlier than what came before ("Later in the day, she
    escalated her attacks ..., criticizing him ..."): another occasion, on the cue or a verb above it."""
    token = cue
    for _ in range(4):
        if token is None:
            return False
        if any(c.dep_ == "advmod" and c.lower_ in ("later", "earlier") and not any(
                g.lemma_.lower() in _MOMENTS for g in c.children) for c in token.children):
            return True  # not "A few minutes later, Murphy followed up": still the same interview
        if token.head.i == token.i:
            return False
        token = token.head
    return False


_MOMENTS = frozenset(("minute", "moment", "second"))


def set_against(cue: Token | None) -> bool:
    """A cue in a clause set against the sentence's ("though he admitted ...", "while ...")."""
    return cue is not None and any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in cue.children)


_CONTRAST = frozenset("though although while whereas because since until unless if".split())


def about_remarks(subject: Token) -> bool:
    """ "Pence's comments", "her remarks": a subject that is someone's statements."""
    head = subject.head if subject.dep_ == "poss" else subject
    return head.lemma_.lower() in REMARKS


def main_subject(sent: Span) -> Token | None:
    """The subject of a sentence's main verb, or its owner ("Pence's comments came ...")."""
    root = sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            owner = next((c for c in child.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            return owner or child
    return None


def refers_to(subject: Token | None, name: str) -> bool:
    """Whether a subject may be the named speaker: their surname, or "he"/"she"."""
    return subject is not None and (subject.lower_ in PERSON_PRONOUNS or (
        subject.pos_ == "PROPN" and subject.text in name.split()))


def described(s: Statement) -> bool:
    """A person the resolver could only describe ("the retired neurosurgeon", "he" bound to
    it): perhaps the occasion's speaker, perhaps not; it neither goes on with the occasion
    nor ends it."""
    name = s.speaker.name or ""
    # … or a role the resolver could not tie to anyone ("The Wisconsin Republican did give
    # Trump some credit during the interview" in the middle of Ryan's CNN interview)
    return s.speaker.type == "person" and (name == name.lower() or "speaker by role-unresolved" in (s.explanation or ""))


def narrated(f) -> bool:
    """A finding of a predicate that is no saying ("The Scottish Football Association has
    appointed Tommy Burns", "Smith believes ..."): what the narration tells of another party
    between an interview's quotations neither goes on with the interview nor ends it; nor does a
    condition ("Unless the authorities agree to make changes, ...": nothing said yet)."""
    return f.rule.startswith(("learned-", "belief-")) or (f.cue is not None and a_condition(f.cue))


def definite(s: Statement) -> bool:
    """A speaker described with "the" ("the prime minister"): one the article has named before."""
    mention = s.speaker.mention
    return mention is not None and mention.text.lower().startswith("the ")


def introduced(s: Statement) -> bool:
    """A person described with an indefinite article ("a bank spokesman told Reuters"): a
    speaker the article brings in, never the occasion's speaker described again, so the
    statement opens an occasion of its own ("He estimated ..." goes on with it)."""
    mention = s.speaker.mention
    return mention is not None and mention.text.lower().startswith(("a ", "an "))


def answering(cue: Token | None) -> bool:
    """The answer to a question put on the occasion goes on with it: "Asked whether he would
    quit, Mr Howard said ...", "When asked ...", and "He was asked if ... . Mr Howard argued ..."
    (the question told in the sentence before)."""
    if cue is None:
        return False
    if any(c.dep_ in ("advcl", "ccomp") and c.lemma_.lower() in ASKING and c.tag_ == "VBN" and c.i < cue.i
           for c in cue.children):
        return True
    start = cue.sent.start
    root = cue.doc[start - 1].sent.root if start > 0 else None
    return root is not None and root.lemma_.lower() in ASKING and any(c.dep_ == "auxpass" for c in root.children) and any(
        c.dep_ == "nsubjpass" and c.lower_ in PERSON_PRONOUNS for c in root.children)


def goes_on(cue: Token | None) -> bool:
    if cue is None:
        return True
    # "Mr Brown also said ..." a paragraph after his interview: the speaker named again, going on
    adverbs = {c.lower_ for c in cue.children if c.dep_ == "advmod"}
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in ("go", "continue") and cue.head.i < cue.i:
        return True  # "Mr Howard went on to say ...", "she continued to insist ...": the cue is the infinitive
    return cue.lemma_.lower() in _GOING_ON or bool(adverbs & _GOING_ON_ADVERBS) or (
        "also" in adverbs and not any(c.dep_ in _AUDIENCE_DEPS for c in cue.children))


def by_pronoun(s: Statement) -> bool:
    mention = s.speaker.mention
    if mention is not None and s.speaker.title and mention.text.lower() == f"the {s.speaker.title.lower()}":
        return True  # "The official said" after "An official has told Reuters": a role referring back
    words = mention.text.split() if mention is not None and s.speaker.type == "person" else []
    if len(words) >= 2 and words[0].lower() == "the" and all(w.islower() for w in words[1:]):
        return True  # "The actress said" after "Sarandon told MSNBC Monday" (not "the Post"): referring back
    return s.cue is None or (mention is not None and mention.text.lower() in _PRONOUNS)


def may_be_person(token: Token) -> bool:
    """A name, a pronoun for a person, or a noun for people ("the prime minister", "the
    candidates"), not a thing ("the race")."""
    if token.lower_ in PERSON_PRONOUNS or token.ent_type_ == "PERSON":
        return True
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in TITLE_WORDS or token.lower_ in GROUP_NOUNS or token.lemma_.lower() in GROUP_NOUNS
    return token.pos_ == "PROPN" and token.ent_type_ not in ("ORG", "GPE", "NORP", "DATE", "TIME", "LOC", "FAC")


def named_in(name: str) -> set[str]:
    """The capitalised words of a via's name: a host's name ("MSNBC's The Rachel Maddow Show")."""
    words = {w.removesuffix("'s").removesuffix("’s") for w in name.split() if w[:1].isupper() and len(w) > 2}
    return words - _NOT_NAMES


def on_air(doc: Doc, via: Via | None) -> bool:
    """A via the speaker appeared on ("said Wednesday on Fox News Channel's 'Hannity'",
    "Friday on CNN's 'New Day,' Gillibrand said"): the medium of an appearance, not the
    audience told ("told CNN") nor the carrier of a report ("according to Reuters")."""
    if via is None or via.span is None:
        return False
    text = doc.user_data.get("onrecord.text") or text_of(doc)
    before = text[max(0, via.span.start - 12):via.span.start].lower().split()
    return bool(before) and before[-1] in ("on", "on-air")


def on_air_phrase(doc: Doc, via: Via | None) -> bool:
    """A via in a phrase under "on", its words before it ("On that day's Today programme")."""
    if via is None or via.span is None:
        return False
    span = doc.char_span(via.span.start, via.span.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ not in ("pobj", "ROOT") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "on"


def at_an_event(doc: Doc, when: When, cue: Token | None) -> bool:
    """Whether a statement's own time dates an event of narration its cue is part of ("Carson
    took the stage Tuesday at the Grand Hotel and called the system 'rotten'"): an appearance
    whose quotations in the next paragraph go on with it, unlike a bare "said on Monday";
    or an event the speaker was at as they spoke ("said Foxx, accepting his award ... on Saturday")."""
    if cue is None or when.span is None or when.precision not in ("day", "week"):
        return False  # "sued Marvel in 2002": a year sets no occasion for what follows
    span = doc.char_span(when.span.start, when.span.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span.root
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i == cue.i or verb.lemma_.lower() in SPEECH_VERBS or verb.lemma_.lower() in _NOT_EVENTS:
        return False
    # '"...," said Foxx, accepting his award in Los Angeles on Saturday': what the speaker was
    # doing as they spoke, a participle of the cue with no subject of its own
    doing = verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i == cue.i and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children)
    return doing or (verb.is_ancestor(cue) and any(c.dep_ in SUBJECT_DEPS for c in verb.children))


def telling(cue: Token | None, speaker: Token | None = None) -> bool:
    """A cue of telling someone: "told BBC News", "telling CNN", and a saying by one
    "speaking to" or "talking to" someone, a participle of the cue or of its speaker
    ("Speaking to the BBC News website, Mr Molyneux said", "Mr Dean, talking to BBC Sport, said")."""
    if cue is None:
        return False
    if cue.lemma_.lower() == "tell" or cue.lemma_.lower() not in _ANSWERING and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
            for c in cue.children):
        return True  # "complained to CBS News' Charlie Rose": someone told, as "told" does
    heads = [cue] if speaker is None else [cue, speaker]
    return any(c.dep_ in ("advcl", "acl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in _SPEAKING_TO and any(
        p.dep_ == "prep" and p.lower_ == "to" for p in c.children) for h in heads for c in h.children)


def told_kind(cue: Token | None, speaker: Token | None, via: Via | None) -> str | None:
    """The scene a telling is, for a reference back to it: an interview where an outlet was
    told ("told BBC Radio 4"), a briefing where reporters were ("told reporters on Monday")."""
    if not telling(cue, speaker):
        return None
    if via is not None:
        return TOLD_OUTLET
    heads = [cue] if speaker is None else [cue, speaker]
    told = [c for h in heads for c in h.children if c.dep_ in _AUDIENCE_DEPS] + [
        o for h in heads for c in h.children if c.tag_ == "VBG" for p in c.children if p.lower_ == "to"
        for o in p.children if o.dep_ == "pobj"]
    return TOLD_PRESS if any(t.lemma_.lower() in _PRESS for t in told) else None


def an_event(name: str) -> bool:
    """A speaker that is an event ("conversation", "interview"): a resolver's slip."""
    return name.lower() in _EVENTS


def inside(span: SchemaSpan | None, s: Statement) -> bool:
    return span is not None and s.content.start <= span.start and span.end <= s.content.end

