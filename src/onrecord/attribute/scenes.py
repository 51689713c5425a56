"""Scenes: the events a sentence sets for what is said at them — an interview, an
appearance on a programme, a speech, a debate, a rally, a press conference, a document —
with the time the sentence gives them ("a July interview", "Tuesday's debate", "at a rally
in Philadelphia on Wednesday night", "Sitting down with MSNBC's show on Thursday").

``occasions`` reads them: a scene lasts beyond the sentence that sets it, a bare "said on
Monday" does not. A scene noun with a definite determiner ("during the interview", "the
conversation ended with ...") refers back to a scene already set; an indefinite one ("at a
rally", "another event") sets a new one.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from ..schema import When
from .cue_tokens import SUBJECT_DEPS
from .found import Range
from .lexicon import OUTLETS, PERSON_PRONOUNS, SPEECH_VERBS
from .links import NARRATION_MARKS, in_programme_name, is_a_title, time_range
from .quotes import text_of
from .time_owners import of_the_occasion
from .speakers import entities_in
from .when import after_publication, resolve

# Events and documents at or in which things are said ("programme" is left out: a government
# programme is no scene; "appeared on BBC Radio 4's Today programme" is one by its verb).
SCENE_NOUNS = frozenset("""
interview interviews appearance speech address remarks conference briefing rally debate hearing discussion
roundtable lecture
testimony forum town-hall townhall hall event session show broadcast podcast episode
segment conversation chat call q&a luncheon breakfast dinner fundraiser stop convention summit
ceremony gathering meeting webcast statement letter memo email e-mail message op-ed column article post
tweet blog editorial essay transcript video release piece
""".split())
# Verbs of appearing in public: their participle sets a scene ("Speaking on BBC Radio 4",
# "when he appeared on ...", "Sitting down with MSNBC's show", "testifying before Congress").
SCENE_VERBS = frozenset("speak appear sit talk testify address".split())
# Prepositions or particles that make such a verb a scene rather than plain speech
# ("speaking to reporters" is only "told reporters"; "appearing in a comedy" is a part played).
_SCENE_PREPS = frozenset("on at before during down with".split())
_DEFINITE = frozenset("the that this same his her their its".split())
# Verbs whose object is a scene they hold ("gave a press conference on Monday", "sent a letter
# on Tuesday"): the verb's time is the scene's; not a verb that only does something with it
# ("skywriting messages at the Rose Bowl on Friday").
_HOLDING = frozenset("give hold deliver make send write issue release post host".split())
# Prepositions that place something around an event rather than at it.
_AROUND = frozenset("after before since until following ahead despite".split())


@dataclass
class Scene:
    """A scene in a sentence: its word, whether it refers back to one already set, and the
    time the sentence gives it (with the expression's range), if any."""

    token: Token
    definite: bool
    when: tuple[When, Range] | None = None

    @property
    def kind(self) -> str:
        """What kind of scene: its word, or the one it is of ("a transcript of the interview")."""
        token = self.token
        inner = next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj" and _is_scene_noun(o)), None)
        return (inner or token).lemma_.lower()


def scene_in(sent: Span, outside: list[Range], published: dt.date | None, *, own: bool = False) -> Scene | None:
    """The first scene word of a sentence that lies outside every range of ``outside`` (what
    was said) and outside quotation marks. RETURNS (Scene | None)."""
    doc = sent.doc
    text = text_of(doc)
    candidates = _scene_tokens(doc)
    for i in candidates[bisect_left(candidates, sent.start) : bisect_left(candidates, sent.end)]:
        token = doc[i]
        if not (_is_scene_noun(token) or _is_scene_verb(token)) or _quoted(text, sent, token, outside if own else []):
            continue
        if any(start <= token.idx < end for start, end in outside) and not _opening_participle(token):
            continue
        if token.dep_ == "compound" and _scene_lemma(token.head.lemma, doc.vocab.strings) and _is_scene_noun(token.head):
            continue  # "during Tuesday's conference call": the call is the scene, and its time is the call's
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in SPEECH_VERBS:
            continue  # "said of Tuesday's event": the event spoken of (bbc/politics/062, still to come), no scene
        definite = token.pos_ != "VERB" and _is_definite(token)
        if _opening_participle(token):  # its own time, wherever the parser put it
            outside = [(a, b) for a, b in outside if not a <= token.idx < b]
        when = _time_of(token, outside, published)
        # "the interview" refers back; "the 2003 ceremony" sets a scene of its own
        return Scene(token, definite and when is None, when)
    return None


# Whether a lemma, lower-cased, is a scene word, by the lemma's hash: scene_in reads every
# token of a sentence, and a lemma's and a POS's strings cost more than the rest of the test.
_SCENE_LEMMAS: dict[int, bool] = {}


def _scene_lemma(key: int, strings) -> bool:
    hit = _SCENE_LEMMAS.get(key)
    if hit is None:
        if len(_SCENE_LEMMAS) > 500_000:  # a long crawl's vocabulary: start again
            _SCENE_LEMMAS.clear()
        lemma = strings[key].lower()
        hit = _SCENE_LEMMAS[key] = lemma in SCENE_NOUNS or lemma in SCENE_VERBS
    return hit


_SCENE_TOKENS_KEY = "onrecord.scene_tokens"


def _scene_tokens(doc: Doc) -> list[int]:
    """Indices of the doc's tokens with a scene word's lemma, found once per doc: scene_in
    is asked of the same sentences for every statement, and a Token per word cost more
    than the rest of its test."""
    found = doc.user_data.get(_SCENE_TOKENS_KEY)
    if found is None:
        strings, keys = doc.vocab.strings, doc.to_array(LEMMA).tolist()
        scene = {key for key in set(keys) if _scene_lemma(key, strings)}  # each lemma asked once
        found = doc.user_data[_SCENE_TOKENS_KEY] = [i for i, key in enumerate(keys) if key in scene]
    return found


def _opening_participle(token: Token) -> bool:
    """ "Sitting down with ..., Clinton remarked": a participle of appearing that opens its
    sentence sets the scene even where the parser put it inside what was said."""
    first = next((t for t in token.sent if not t.is_punct and not t.is_space), None)
    return first is not None and first.i == token.i and token.tag_ == "VBG" and _is_scene_verb(token)


def _is_scene_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma not in SCENE_NOUNS:
        return False  # a name is no scene word: "BBC One's Breakfast with Frost"
    if token.dep_ == "pobj" and token.head.lower_ in _AROUND:
        return False  # "the day after a Democratic debate": a time, not where it was said
    if lemma == "event" and token.head.lower_ == "in" and token.i + 1 < len(token.doc) and token.nbor().lower_ in (
            "that", "of"):
        return False  # "in the event that Clinton faces Trump": a condition, no event spoken at
    if lemma in ("call", "stop", "post"):
        # "a phone call", "a campaign stop", "a Facebook post" — not "a call for", "his post"
        return any(c.dep_ in ("compound", "amod") for c in token.children)
    if lemma in ("show", "address", "statement", "video", "article", "message"):
        # "his MSNBC show", "in a statement" — not "the show of force", "a statement of intent"
        return any(c.dep_ in ("compound", "amod", "poss") for c in token.children) or token.dep_ == "pobj"
    if lemma == "hall":
        return any(c.lower_ == "town" for c in token.children)
    if lemma == "release":  # "in a press release", "a news release" — not "the release of the hostages"
        return token.pos_ == "NOUN" and any(c.lower_ in ("press", "news") for c in token.children)
    return True


def _is_scene_verb(token: Token) -> bool:
    if token.pos_ != "VERB" or token.lemma_.lower() not in SCENE_VERBS:
        return False
    return any(c.dep_ in ("prep", "prt") and c.lower_ in _SCENE_PREPS or _to_an_outlet(c) for c in token.children)


def _to_an_outlet(prep: Token) -> bool:
    """ "when he spoke to CNN about the subject": speaking to a known outlet is an interview
    given to it, a scene the quotations after it are said at; "spoke to reporters" is not."""
    return prep.dep_ == "prep" and prep.lower_ == "to" and any(
        o.dep_ == "pobj" and " ".join(t.lower_ for t in o.subtree).removeprefix("the ") in OUTLETS for o in prep.children)


def _is_definite(token: Token) -> bool:
    """ "the interview", "his speech", "a transcript of the interview": a scene already set."""
    if any(c.dep_ in ("det", "poss", "amod") and c.lower_ in _DEFINITE for c in token.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and o.dep_ == "pobj" and _is_scene_noun(o) and _is_definite(o)
               for c in token.children for o in c.children)


def _quoted(text: str, sent: Span, token: Token, outside: list[Range]) -> bool:
    """Whether a token sits inside quotation marks opened in its sentence. A sentence that
    opens inside a quotation begun in the sentence before ('"... right? Clearly an
    intelligent person," Weaver said Monday in an interview') counts its marks from where
    that quotation ends."""
    start = max([end for a, end in outside if a < sent.start_char < end <= token.idx], default=sent.start_char)
    before = text[start : token.idx]
    return before.count('"') % 2 == 1 or before.count("''") % 2 == 1 or before.count("“") > before.count("”")


def _time_of(token: Token, outside: list[Range], published: dt.date | None) -> tuple[When, Range] | None:
    """The time the sentence gives a scene: inside its phrase ("a July interview", "Tuesday's
    debate", "a rally ... on Wednesday night") or beside it on the same word ("Sitting down
    with ... on Thursday", "Wednesday at the CNN debate")."""
    doc = token.doc
    head = token  # the word the scene hangs from: "[took] an opportunity during Tuesday's debate"
    while head.dep_ in ("pobj", "prep", "compound") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _HOLDING:
        head = head.head  # "gave a press conference on Monday": the time is the giving's
    # "was even more emphatic Monday when he spoke to CNN": a when-clause is the time of its clause,
    # or of the time it hangs from as the parser may read it ("[Monday] when he spoke")
    moment = token.head if token.pos_ == "VERB" and token.dep_ in ("advcl", "relcl") and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in token.children) else None
    candidates = []
    for ent in entities_in(doc, token.sent.start, token.sent.end):
        if ent.label_ not in ("DATE", "TIME") or any(s <= ent.start_char < e for s, e in outside) or is_a_title(ent) or (
                in_programme_name(ent)):
            continue
        root = ent.root
        inside = token.left_edge.i <= root.i <= token.right_edge.i
        beside = root.head.i == head.i or (root.head.dep_ == "prep" and root.head.head.i == head.i) or (
            moment is not None and (root.i == moment.i or _in_clause_of(root, moment)))
        if root.dep_ in SUBJECT_DEPS or not (inside or beside):
            continue
        if root.head.dep_ == "prep" and root.head.lower_ in ("by", "until", "since", "before", "after", "from", "for"):
            continue
        start, end = time_range(doc, ent.start, ent.end)
        when = resolve(text_of(doc)[start:end], published)
        if when is None and start < ent.start_char:  # "during Tuesday's debate": the time is "Tuesday's"
            start = ent.start_char
            when = resolve(text_of(doc)[start:end], published)
        if when is None or after_publication(when, published):
            continue
        candidates.append((abs(root.i - token.i), when, (start, end)))
    if not candidates:
        return None
    _, when, where = min(candidates, key=lambda c: c[0])
    return when, where


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether a word hangs from ``verb`` with no other verb between ("was angry [on Monday]")."""
    for above in token.ancestors:
        if above.i == verb.i:
            return True
        if above.pos_ in ("VERB", "AUX"):
            return False
    return False


def hangs_from(scene: Scene, cue: Token) -> bool:
    """Whether a scene is the one a cue's saying took place at: it hangs from the cue's
    clause (not from what was said, nor from another clause with a subject of its own:
    "said A at a rally, and he reiterated it on Hugh Hewitt's show"), or from a clause the cue
    hangs from ("took an opportunity during Tuesday's debate to address"), or it is a
    participle opening the sentence ("Sitting down with ..., Clinton remarked")."""
    token = scene.token
    if _opening_participle(token):
        return True
    if _said_in_it(cue, token):
        return True
    path = [token]
    while path[-1].i != cue.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    if path[-1].i == cue.i:
        return not any(_another_clause(t) for t in path[:-1])
    clause = next((t for t in path if t.pos_ in ("VERB", "AUX")), None)
    if clause is None or not clause.is_ancestor(cue):
        return False
    # the cue hangs from that clause, not from what was said in it ("On Breakfast with
    # Frost it was put to Mr Kinnock that he had once referred to …")
    token = cue
    while token.i != clause.i:
        if _another_clause(token):
            return False
        token = token.head
    return True


def _said_in_it(cue: Token, scene: Token) -> bool:
    """ "an interview with Univision's Los Angeles affiliate, in which Clinton expressed
    confidence ...": a relative clause of the scene noun that says what was said in it."""
    head = cue.head  # the scene noun, or the noun of its phrase the parser hung it from ("with X")
    while head.i != scene.i and head.dep_ in ("pobj", "prep", "agent", "acl") and head.head.i != head.i:
        head = head.head
    return cue.dep_ == "relcl" and head.i == scene.i and any(
        c.dep_ == "prep" and c.lower_ in ("in", "during", "at") and any(
            o.lower_ == "which" for o in c.children) for c in cue.children)


def _another_clause(token: Token) -> bool:
    """A clause of its own between a scene and the cue: what was said, a relative clause on
    a noun ("whose education was paid for because he participated in ..."), a clause of
    narration ("because ...", "after ..."), a conjunct with its own subject."""
    if token.dep_ == "relcl" and token.head.ent_type_ in ("DATE", "TIME") and any(
            c.lower_ == "when" for c in token.children):
        return False  # "at a rally on Wednesday night when Mr. Sanders took issue with …": that very time
    if token.dep_ == "acl" and of_the_occasion(token) and token.head.dep_ in SUBJECT_DEPS:
        return False  # "Clinton, speaking at a rally in Iowa on Monday, said": the speaker's occasion
    if token.dep_ in ("ccomp", "parataxis", "relcl", "acl"):
        return True
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in NARRATION_MARKS for c in token.children):
        return True
    return token.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in token.children)


def scene_subject(scene: Scene) -> Token | None:
    """The person a scene of narration is about: the subject of the clause that sets it
    ("when he appeared on ...": he) or of the sentence ("The prime minister was asked ...";
    "Pence's comments came at a town hall": Pence). RETURNS (Token | None)."""
    token = scene.token
    # "Based upon an interview he gave to Fox News on …, it's an open question": the one who held it
    held = next((g for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in _HOLDING
                 for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in ("that", "which")), None)
    if held is not None:
        return held
    clause = token
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    subjects = []
    for candidate in (clause, clause.sent.root):
        for child in candidate.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.tag_ in ("WP", "WDT") and candidate.dep_ == "relcl":
                    if _done_to_subject(candidate):
                        break  # "for a protester who interrupted him during a rally ...": his rally
                    child = candidate.head  # "the senator who spoke at a rally": the senator's, not "who"
                owner = next((c for c in child.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                subjects.append(owner or child)
                break
    # "The prime minister was asked ... when he appeared on ...": the pronoun is the subject
    named = [t for t in subjects if t.lower_ not in PERSON_PRONOUNS]
    return named[0] if named and subjects[0].lower_ in PERSON_PRONOUNS else (subjects[0] if subjects else None)


def _done_to_subject(clause: Token) -> bool:
    """A relative clause whose object is a pronoun for someone else ("a protester who
    interrupted him during a rally"): the scene is that person's, the sentence's subject."""
    return any(c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her", "them") for c in clause.children)
