"""Scoring by act: the record a reader meets by default (speech and writing) against the
gold that reports speech, and the other acts against the rest (docs/evaluation.md, "Acts").

PolNeAR marks no act, so a gold attribution's act is read off its cue, context-free, with
the engine's own word lists (``attribute.acts``): the head lemma of the cue
(``cues.head_lemma``) is a belief, intention, stance, writing or speech word; a cue of
"vow", "promise", "refuse" and the like whose content is an infinitive ("to cut taxes") is
an intention; "according to", a cue without a word (":") and a floating quotation are
speech; any other lemma is ``other`` (actions and evidence: "voted for", "showed"). Two
gold subsets are scored:

* the *speech subset* of every other table (``cues.is_speech``: the cue's lemma is in
  ``SPEECH_VERBS``), which holds stance verbs the engine files as stances ("rejected",
  "dismissed", "defended");
* the *said-or-written* gold: the attributions whose cue act is speech or writing.

Each side is matched afresh with only the statements of the acts it shows, so a
statement left out of the default record can neither match nor be counted as wrong there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ..attribute.act_words import (
    BELIEF_LEMMAS,
    EVALUATIVE,
    INTENTION_BEFORE_INFINITIVE,
    INTENTION_LEMMAS,
    LIGHT_VERBS,
    RELEASE_VERBS,
    STANCE_LEMMAS,
    TALK_LEMMAS,
    VERBAL_JUDGMENTS,
    WRITING_VERBS,
    WRITTEN_MEDIA,
)
from ..attribute.lexicon import DOCUMENT_NOUNS, SPEECH_VERBS
from ..schema import DEFAULT_ACTS, Statement
from .corpus import Attribution, EvalDocument
from .cues import SKIP_WORDS, cue_words, verb_lemma
from .metrics import QUOTE_THRESHOLDS, SPAN_METRICS, Counts, DocumentResult, Prepared, Scores, score_document
from .predict import statements_to_attributions

GOLD_ACTS: tuple[str, ...] = ("speech", "writing", "belief", "intention", "stance", "other")
_KNOWN = (SPEECH_VERBS | WRITING_VERBS | BELIEF_LEMMAS | INTENTION_LEMMAS | INTENTION_BEFORE_INFINITIVE | STANCE_LEMMAS
          | TALK_LEMMAS | LIGHT_VERBS | RELEASE_VERBS)


def gold_act(text: str, attribution: Attribution) -> str:
    """The act of a gold attribution, read off its cue and source (see the module
    docstring). RETURNS (str): one of GOLD_ACTS."""
    if attribution.floating:
        return "speech"
    cue = " ".join(text[s:e] for s, e in attribution.cue)
    words = [w for w in cue_words(cue) if w not in SKIP_WORDS and w not in _ALSO_SKIPPED and not w.endswith("n't")]
    if not words or words[0] == "according":
        return "writing" if _document(text, attribution) else "speech"
    lemma = _lemma(words[0])
    after = [_lemma(w) for w in words[1:]] + [_lemma(w) for w in cue_words(_content(text, attribution))[:2]]
    if lemma in LIGHT_VERBS:
        named = next((w for w in after if w in _ATTITUDES), None)
        lemma = named or lemma
    if _document(text, attribution) and lemma not in STANCE_LEMMAS | INTENTION_LEMMAS:
        return "writing"
    infinitive = _content(text, attribution).strip().lower().startswith("to ") or cue.strip().lower().endswith(" to")
    if lemma in BELIEF_LEMMAS and not (lemma in INTENTION_LEMMAS and infinitive):
        return "belief"
    if lemma in INTENTION_LEMMAS or (lemma in INTENTION_BEFORE_INFINITIVE and infinitive):
        return "intention"
    if lemma in VERBAL_JUDGMENTS and not grounds_in(f"{cue} {_content(text, attribution)}"):
        return "stance"
    opener = (cue_words(_content(text, attribution))[:1] or [""])[0]
    if (lemma in STANCE_LEMMAS or (lemma == "question" and opener not in _CLAUSE_OPENERS)
            or (lemma in TALK_LEMMAS and any(w in EVALUATIVE for w in words))):
        return "stance"
    if lemma in WRITING_VERBS or (lemma in RELEASE_VERBS and any(w in WRITTEN_MEDIA for w in after)):
        return "writing"
    if lemma in SPEECH_VERBS or lemma in TALK_LEMMAS or lemma in LIGHT_VERBS:
        return "speech"
    return "other"


# "of" before an -ing form, or after an accusation's object, where the parse hangs it on the verb
# ("accused him of sexism"; "praised the role of his chancellor" names whom)
_GROUNDS = re.compile(r"\b(?:for|as|over)\b|\bof \w+ing\b|\baccus\w*(?:\W+\w+){1,3}?\W+of\b", re.IGNORECASE)


def grounds_in(words: str) -> bool:
    """Whether a judgment done by saying states what it holds, read off its cue and content
    words as the engine reads it off the parse (``acts.judgment_stated``): "accused him of
    lying", "criticized Clinton for ...", "hailed it as ...", "over ..."."""
    return bool(_GROUNDS.search(words))


# Words before a cue's verb that cues.SKIP_WORDS does not know: pronouns and quantifiers
# inside a cue span ("both said", "it's been said").
_ALSO_SKIPPED = frozenset("it it's its he she we they i you all both each ve re ll".split())
_ATTITUDES = BELIEF_LEMMAS | INTENTION_LEMMAS | STANCE_LEMMAS
# "questioned whether ..." asks; "questioned his account" takes a side.
_CLAUSE_OPENERS = frozenset("whether if why how what when where who that".split())


def _lemma(word: str) -> str:
    """A cue word's lemma as a verb, repaired where the rule lemmatizer cut "-es" too far
    ("hopes" -> "hop"), or the word itself when that is a known noun or adjective."""
    lemma = verb_lemma(word)
    if lemma in _KNOWN:
        return lemma
    return next((w for w in (lemma + "e", lemma + "s", word, word.rstrip("s")) if w in _KNOWN), lemma)


def _content(text: str, attribution: Attribution) -> str:
    return " ".join(text[s:e] for s, e in attribution.content)


def _document(text: str, attribution: Attribution) -> bool:
    """Whether the gold source is a document: its last word is one ("the report", "A new
    poll", "court documents")."""
    words = cue_words(" ".join(text[s:e] for s, e in attribution.source))
    return bool(words) and (words[-1] in DOCUMENT_NOUNS or verb_lemma(words[-1]) in DOCUMENT_NOUNS)


GoldRule = Callable[[EvalDocument, Prepared], bool]


def in_speech_subset(document: EvalDocument, gold: Prepared) -> bool:
    return gold.speech


def said_or_written(document: EvalDocument, gold: Prepared) -> bool:
    return gold_act(document.text, gold.attribution) in DEFAULT_ACTS


@dataclass
class ActView:
    """One side of the record (the statements of some acts) against one gold subset."""

    name: str
    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in SPAN_METRICS})
    # per metric, the statements kept that match a gold attribution of the view's own subset
    in_subset: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SPAN_METRICS, 0))

    def strict_precision(self, metric: str) -> float | None:
        """The share of the statements kept whose match is a gold attribution of the
        subset: as on a test set annotated for those acts only. RETURNS (float | None)."""
        predicted = self.counts[metric].pred
        return self.in_subset[metric] / predicted if predicted else None


def score_view(name: str, documents: Sequence[EvalDocument], statements: Sequence[Sequence[Statement]],
               keep: Callable[[Statement], bool], gold_in: GoldRule) -> ActView:
    """Match each document's gold against only the statements ``keep`` accepts, and count:
    recall over the gold ``gold_in`` accepts, precision over every statement kept (a
    prediction is right when it matches any gold attribution, as in the other views).
    RETURNS (ActView)."""
    view = ActView(name)
    for document, found in zip(documents, statements, strict=True):
        kept = [s for s in found if keep(s)]
        result = score_document(document, statements_to_attributions(
            kept, join_continuations=document.joins_continuations, cut_attribution=document.cuts_attribution))
        _count(view, result, lambda g: gold_in(document, g))
    return view


def _count(view: ActView, result: DocumentResult, gold_in: Callable[[Prepared], bool]) -> None:
    """Add one document: the scorer's own counting (``metrics.Scores``) with the view's gold
    as its speech subset and every statement kept in it."""
    marked = DocumentResult(result.document, [replace(g, speech=gold_in(g)) for g in result.gold],
                            [replace(p, speech=True) for p in result.pred], result.matches)
    scores = Scores()
    scores.add(marked)
    for metric in SPAN_METRICS:
        counts, added = view.counts[metric], scores.spans["speech"][metric]
        counts.tp_gold += added.tp_gold
        counts.gold += added.gold
        counts.tp_pred += added.tp_pred
        counts.pred += added.pred
        role = "content" if metric in QUOTE_THRESHOLDS else metric.split(".")[0]
        view.in_subset[metric] += sum(1 for g, p in result.matches[metric].items()
                                      if marked.gold[g].speech and result.pred[p].spans[role])


def default_views(documents: Sequence[EvalDocument], statements: Sequence[Sequence[Statement]],
                  min_confidence: float = 0.0) -> list[ActView]:
    """The four views of docs/evaluation.md, "Acts": the default record against the speech
    subset and against the said-or-written gold; beliefs, intentions and stances against
    the rest of each. RETURNS (list[ActView])."""
    said = lambda s: s.act in DEFAULT_ACTS and s.confidence >= min_confidence  # noqa: E731
    other = lambda s: s.act not in DEFAULT_ACTS and s.confidence >= min_confidence  # noqa: E731
    return [
        score_view("speech and writing vs the speech subset", documents, statements, said, in_speech_subset),
        score_view("speech and writing vs the said-or-written gold", documents, statements, said, said_or_written),
        score_view("belief, intention, stance vs the rest of the speech subset", documents, statements, other,
                   lambda d, g: not in_speech_subset(d, g)),
        score_view("belief, intention, stance vs the rest of the said-or-written gold", documents, statements, other,
                   lambda d, g: not said_or_written(d, g)),
    ]
