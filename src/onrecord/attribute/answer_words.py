"""Words said that make no clause: a one-word answer, and a question put after a colon.

The clause rules (``clause_rules``) take a content only from a clause of two tokens or more,
so they pass over

- a one-word answer: "Asked if he was ever bullied, the Republican presidential candidate
  *said no*", "Sanders *said yes*", "He *answered no*" — the answer is what was said
  (PolNeAR train marks each such answer, content "no" / "yes"); and "*says so*", where "so"
  stands for the claim the article has just given ("Six in 10 say he's decisive, after
  half *said so*"). A refusal is no answer: "said no to the Iraq war" takes a side (a
  stance, left to the learned cues), nor is an "if" clause: "if you say so" supposes;
- a question put in words after a colon: "ABC moderator David Muir *asked* Republicans a
  simple *question*: Who do you think will win the Super Bowl?" — the question is the
  asker's words (docs/annotation.md, "Acts": "asked (of the asker)").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_tokens import cue_range, speaker_of
from .found import Found

# Verbs whose one-word object or interjection is an answer given.
_ANSWERING = frozenset("say answer reply respond".split())
_ANSWERS = frozenset(("yes", "no"))
# Clause openers that make a saying hypothetical: "if you say so".
_SUPPOSING = frozenset(("if", "unless", "whether"))


def answer_word(cue: Token) -> Found | None:
    """The one-word answer a verb of saying gives ("said no", "answered yes", "says so"),
    as a finding whose content is the word. RETURNS (Found | None)."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in _ANSWERING or cue.i + 1 >= len(cue.doc):
        return None
    word = cue.doc[cue.i + 1]
    if word.head.i != cue.i or any(word.children) or word.dep_ not in ("intj", "dobj", "advmod", "ccomp"):
        return None
    lower = word.lower_
    if lower not in _ANSWERS and not (lower == "so" and cue.lemma_.lower() == "say"):
        return None
    after = cue.doc[word.i + 1] if word.i + 1 < len(cue.doc) else None
    if after is not None and after.lower_ in ("to", "more", "matter"):
        return None  # "said no to the deal" (a refusal), "say no more", "says no matter what ..."
    if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in cue.children):
        return None  # "if you say so": a supposition
    if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None  # the clause rules have its words
    speaker = speaker_of(cue)
    if speaker is None:
        return None  # "Just say no": a slogan or a bidding, no one answering
    return Found((word.idx, word.idx + len(word.text)), cue, cue_range(cue), speaker,
                 rule="answer-word", confidence=0.7)


def question_put(doc: Doc, cue: Token) -> Found | None:
    """The question an asker put after a colon: "asked Republicans a simple question: Who do
    you think will win ...?" — the words after the colon to the sentence's end, the asker's
    speech. RETURNS (Found | None)."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() != "ask":
        return None
    question = next((c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() == "question"), None)
    if question is None:
        return None
    colon = next((t for t in doc[question.i + 1 : cue.sent.end] if t.text == ":"), None)
    if colon is None or any(t.is_punct and t.text not in ":,-–—" for t in doc[question.i + 1 : colon.i]):
        return None
    words = [t for t in doc[colon.i + 1 : cue.sent.end] if not t.is_space]
    while words and words[-1].is_punct and words[-1].text != "?":
        words.pop()
    if len(words) < 3:
        return None
    return Found((words[0].idx, words[-1].idx + len(words[-1].text)), cue, cue_range(cue), speaker_of(cue),
                 rule="question-put", confidence=0.7)
