"""Speech the article supposes rather than reports (issue 12, acts-9; ``non_statements`` asks).

A reader judged these wrong as statements on unseen BBC articles: the words were never
said, the writer imagines them —

* a condition: "if Gerrard comes out and *says* he wants to leave, ...", "If Mr Brown *were
  to say* ...", "If he *said* he wanted to leave, the club would sell him", "*Should* he *say*
  he wants to stay, ..." (``voice.a_condition`` already takes a present "if he says");
* a modal of possibility: "Critics *might argue* ...", "The club *may claim* ...", "Labour
  *may say* the figures are wrong, but ...", "Critics *could argue* ...";
* "would", of what a speaker would say rather than said: "Some *would say* the plan is
  doomed", "Supporters of Sanders *would argue* ... that his pitch better fits the mood",
  "If asked, he *would say* ...";
* a free relative of anyone: "*Whoever says* that crime is falling is lying", "anyone who
  says ...";
* what a kind of people "will tell you", the writer's generalisation addressed to the reader:
  "But international bosses *will tell you* that scrapping friendlies is counterproductive"
  (not "told you", nor "will tell you" under a date or a named person's).

* an instruction to the reader, the writer's advice in the imperative: "Test your site search
  ... and just as importantly *confirm* that irrelevant products are not appearing", "offer
  it to the leading influencers and *ask for* their endorsement", "*recall* how the cold
  heart of Ebenezer Scrooge began to thaw" (foxbusiness.com pages): nobody has said it;
* what anyone at all says, in the present: "whenever *someone says* that they saw a wolf"
  (uproxx.com), "*everybody says* ..." — a habit, not a report ("someone said" stays).
  ("She *is said to have told* friends ..." stays the subject's speech, as docs/engine.md has
  it for a perfect infinitive under a passive of hearsay.)

PolNeAR marks them ("Supporters of Sanders would argue that ..."), but an editor would not
publish them as someone's statement, so they are a belief: the writer's supposition. What
"would" also does in narration stays speech: "would later say", "would only say", "would
go on to say", "would often tell", a "would" its own date places ("In 1998, she would
tell the Senate ..."); so do "could say only that ..." (what little was said), "could not say" and "would not say" (a refusal,
``non_statements``), "can say", and "could" of an ability that was used ("could confirm").
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS
from .unspoken import negated  # a refusal ("could not say", "Nobody would say"): non_statements decides it

# Modals of what may be: the cue under them was not (yet) said.
_POSSIBLE = frozenset("might may could".split())
_WOULD = frozenset("would 'd ’d".split())
# Verbs whose "could" is an ability used in the past, not a supposition: "police could confirm".
_ABILITY_USED = frozenset("confirm reveal disclose report tell establish".split())
# Adverbs that make "would" narrate what happened: "would later say", "would only say".
_NARRATING = frozenset("""
later only then subsequently eventually afterwards afterward often always usually sometimes
frequently regularly repeatedly once soon still also
""".split())
# Marks of a condition: "if", "unless", "in case".
_CONDITION = frozenset("if unless".split())
# Free relatives and their heads that stand for anyone: "whoever says", "anyone who says".
_ANYONE = frozenset("whoever anyone anybody everyone everybody".split())


def supposed(cue: Token, speaker: Token | None) -> bool:
    """Whether a verb of speech or writing reports what the writer supposes, not what was
    said (see the module docstring). RETURNS (bool)."""
    if cue.pos_ not in ("VERB", "AUX") or negated(cue):
        return False
    modals = {c.lower_ for c in cue.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if modals & _POSSIBLE and not ("could" in modals and cue.lemma_.lower() in _ABILITY_USED):
        return not _narrating(cue)
    if modals & _WOULD and not _narrating(cue) and not dated(cue) and (
            cue.dep_ == "ROOT" or cue.dep_ == "conj" and cue.head.dep_ == "ROOT"):
        # "Some would say", "Supporters of Sanders would argue", "if asked, he would say"; in a clause
        # below another, "would" tells what was done: "It is strange that Trump would denounce ..."
        return True
    return (in_a_condition(cue) or _anyone(cue, speaker) or _tells_you(cue) or imperative(cue)
            or _someone_ever(cue))


def _narrating(cue: Token) -> bool:
    """ "would later say", "would only say", and "could say only that ...": the parser hangs
    an "only" after the verb on the clause it introduces, so the next word counts too."""
    if any(c.dep_ == "advmod" and c.lower_ in _NARRATING for c in cue.children):
        return True
    return cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].lower_ == "only"


def dated(cue: Token) -> bool:
    """ "In 1998, she would tell the Senate ...", "would argue on Tuesday": a "would" that
    a date of its own places is the past's future, told as narration, not a supposition."""
    return any(c.ent_type_ == "DATE" or c.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in c.children)
               for c in cue.children)


def in_a_condition(cue: Token) -> bool:
    """Whether the cue is the condition of an "if" or "unless" that has not happened: its own
    clause or one it is conjoined to or the complement of ("comes out and says", "were to
    say"), in the present or, under a "would" of the main clause, the past ("If he said he
    wanted to leave, the club would sell him"); or a clause inverted on "should" or "were"
    ("Should he say he wants to stay, ..."). A past "if" with no such "would" ("if Carson
    implied that ..., he was wrong") concedes what was said. RETURNS (bool)."""
    clause = cue
    for _ in range(2):
        if clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i and not _has_mark(clause):
            clause = clause.head  # "comes out and [says]", "were to [say]"
    if _has_mark(clause):
        if clause.tag_ in ("VB", "VBZ", "VBP") or clause.lemma_ == "be" and any(
                c.dep_ == "xcomp" for c in clause.children):
            return True  # "if he says", "if he were to say"
        return clause.tag_ == "VBD" and clause.dep_ == "advcl" and _would(clause.head)
    return _inverted(cue)


def _has_mark(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in clause.children)


def _would(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _WOULD | _POSSIBLE for c in verb.children)


def _inverted(cue: Token) -> bool:
    """ "Should he say ...", "Were he to say ...": the auxiliary before the subject, in a
    sentence that asks nothing."""
    subjects = [c.i for c in cue.children if c.dep_ in SUBJECT_DEPS]
    first = [c for c in cue.children if c.dep_ == "aux" and c.lower_ in ("should", "were") and c.i == cue.sent.start]
    if not first or not subjects or first[0].i > min(subjects):
        return False
    return not cue.sent.text.rstrip().rstrip("\"'”’").endswith("?")


def _anyone(cue: Token, speaker: Token | None) -> bool:
    """ "Whoever says ...", "anyone who says ...": a present free relative of anyone."""
    if cue.tag_ not in ("VBZ", "VBP"):
        return False
    if speaker is not None and speaker.lower_ == "whoever":
        return True
    return cue.dep_ == "relcl" and cue.head.lower_ in _ANYONE


def _tells_you(cue: Token) -> bool:
    """ "Managers will tell you that ...", "any doctor will tell you": a future "tell" with
    the reader ("you") as its audience and no date of its own, its subject a common noun."""
    if cue.lemma_.lower() != "tell" or not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll") for c in cue.children):
        return False
    if not any(c.dep_ in ("dative", "dobj", "iobj") and c.lower_ == "you" for c in cue.children) or dated(cue):
        return False
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.pos_ == "NOUN"


# Indefinite pronouns: a present "someone says" is a habit of anyone's, not a report.
_INDEFINITE = frozenset("someone somebody anyone anybody everyone everybody".split())


def imperative(verb: Token) -> bool:
    """Whether a verb is part of an instruction to the reader: its sentence's root is a bare
    verb with no subject and no auxiliary ("Test your site search ... and confirm that ...",
    "offer it to ... and ask for their endorsement", "— recall how ..."), and so is the verb.
    The tagger reads a subjectless root as VBP now and then ("offer"). RETURNS (bool)."""
    if verb.tag_ != "VB" or not _bare(verb):
        return False  # (before the sentence's walk for its root)
    root = verb.sent.root
    return (root.tag_ in ("VB", "VBP") and _bare(root)
            and not _clause_before(root) and not verb.sent.text.rstrip().rstrip("\"'”’").endswith("?"))


def _clause_before(root: Token) -> bool:
    """A clause the parser hangs before the root, with only a comma between: the root is then
    a verb of that clause's subject the tagger left bare ("Trump went on to promote ...,
    note that ... and boast about ..."; '"Trump is disgusting," read one', PolNeAR train).
    After a dash or a colon it is an aside of its own ("the greater its effect — recall how")."""
    for child in root.children:
        if child.i < root.i and child.dep_ in ("ccomp", "parataxis", "csubj"):
            between = root.doc[child.right_edge.i + 1:root.i]
            if not any(t.text in ("—", "–", "-", ":", ";") for t in between):
                return True
    return False


def _bare(verb: Token) -> bool:
    # no subject, no auxiliary ("to", a modal, "do"), and not a clause below a noun
    return (verb.dep_ in ("ROOT", "conj")
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "expl") for c in verb.children))


def _someone_ever(cue: Token) -> bool:
    """ "whenever someone says that they saw a wolf": a present cue whose subject is anyone."""
    return cue.tag_ in ("VBZ", "VBP") and any(c.dep_ == "nsubj" and c.lower_ in _INDEFINITE for c in cue.children)

