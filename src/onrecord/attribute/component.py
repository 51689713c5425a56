"""The spaCy components of onrecord.

``onrecord_paragraphs`` (before the parser) makes every paragraph start a sentence, so a
quote closing one paragraph never fuses with the next. ``onrecord_attributions`` (last)
finds the attributions and writes ``doc._.statements`` (list[Statement]); its settings are
its config (``make_attributions``), as with any spaCy component::

    nlp.add_pipe("onrecord_attributions", config={"propose_all": True})

Per-document inputs ride in ``doc.user_data``: ``onrecord.published`` (date or None) and
``onrecord.text`` (the original text when the Doc was parsed from a masked copy).
"""

from __future__ import annotations

import datetime as dt

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ..schema import Span as SchemaSpan
from ..schema import Speaker, Statement, Via
from . import act_model, confidence, frames, headline, layout, learned, links, occasions, posts, quote_ends, quote_paragraphs, trailing_scenes
from .acts import act_and_reason, lemma_of
from .document_continuations import carry_documents
from .authored_documents import carry_owned
from .bare_objects import feelings_voiced
from .evidence_speakers import evidence_or_data
from .clause_rules import calibrated_object_cues, clause_findings
from .coordinated_cues import split_coordinated
from .doubled_cues import drop_tags_over_reports, fold_doubled_cues
from .floating_hosts import speaking_host
from .found import Found, nested_cues
from .lexicon import SPEECH_VERBS
from .modifier_cues import modifier_cue_findings
from .noun_leads import noun_lead_findings
from .quote_rules import continue_speakers, floating_findings, names_a_programme, quote_findings
from .quotes import Quote, find_quotes, text_of
from .remark_owners import give_remarks_to_owners
from .reported_sayings import fold_reports
from .speaker_resolution import resolve_speakers
from .token_columns import words_of

PUBLISHED_KEY = "onrecord.published"
TEXT_KEY = "onrecord.text"
# Every learned-cue candidate with its features and probability (training reads them).
CANDIDATES_KEY = "onrecord.candidates"
# Per statement, the features its confidence was calibrated from (training reads them).
CONFIDENCE_FEATURES_KEY = "onrecord.confidence_features"

if not Doc.has_extension("statements"):
    Doc.set_extension("statements", default=None)

_SENTENCE_END = (".", "!", "?", '"', "”", ":", "’", "'")
# A line this short that ends without punctuation is a heading or a list item, not a
# hard-wrapped line of a paragraph.
_SHORT_LINE = 70
# ``is_sent_start = False`` as ``Doc.to_array`` gives it (-1 in a uint64 array).
_NOT_START = numpy.uint64(2**64 - 1)


@Language.factory("onrecord_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphBoundaries:
    return ParagraphBoundaries()


class ParagraphBoundaries:
    """Start a sentence at every paragraph: after a blank line, or after a line break that
    follows sentence-final punctuation or a short line (a heading, a bullet)."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        # plain lists and one array write: a Token object per look-up, and the setter's own
        # check per token, cost more than the rule itself (it runs on every token)
        array = doc.to_array([ORTH, SPACY, IS_SPACE, IDX, SENT_START])
        texts = words_of(doc)
        spaced = array[:, 1].tolist()
        space = array[:, 2].tolist()
        offsets = array[:, 3].tolist()
        starts = array[:, 4]
        line_start = line_token = 0
        last_word = -1  # the last token before this one that is not whitespace
        for i in range(1, len(texts)):
            previous = texts[i - 1]
            if not space[i - 1]:
                last_word = i - 1
            gap = (" " if spaced[i - 1] else "") if not space[i - 1] else previous
            if space[i]:
                continue
            if "\n" not in gap:
                if previous[-1:].isalnum() or previous == ",":
                    # no sentence starts inside a line right after a word or a comma: the parser
                    # cut "Nat Insurance to rise, say | Tories" and "National | Insurance will ..."
                    starts[i] = _NOT_START
                continue
            line_length = offsets[i] - line_start
            if "\n\n" in gap.replace(" ", "").replace("\t", "") or last_word < 0 or texts[last_word][-1:] in _SENTENCE_END \
                    or line_length < _SHORT_LINE or _title_case(texts[line_token:i]):
                starts[i] = 1
            line_start, line_token = offsets[i], i
        doc.from_array([SENT_START], starts.reshape(-1, 1))
        return doc


def _title_case(words: list[str]) -> bool:
    """Whether a line is a heading in title case, however long ("Rubio Says Abandoning
    Comprehensive Immigration Reform Was A Sign Of Leadership"): the line after it starts a
    sentence even with no full stop between."""
    long_words = [w for w in words if len(w) > 3 and w.isalpha()]
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.9 * len(long_words)


# The values of the ``object_cues`` setting.
OBJECT_CUES = ("calibrated", "all")


@Language.factory(
    "onrecord_attributions",
    default_config={"object_cues": "calibrated", "propose_all": False},
    requires=["token.dep", "token.lemma", "doc.ents"],
    assigns=["doc._.statements"],
)
def make_attributions(nlp: Language, name: str, object_cues: str, propose_all: bool) -> Attributions:
    """The attribution component.

    object_cues (str): which speech verbs report speech through their object ("called for
        a ban"): "calibrated", the verbs of ``data/object_cues.json``; "all", every speech
        verb (what training/object_cues.py calibrates from).
    propose_all (bool): the learned pass scores every predicate, not only the lemmas its
        model kept in training (training/candidate_model.py needs them all).
    RETURNS (Attributions): the component.
    """
    if object_cues not in OBJECT_CUES:
        raise ValueError(f"onrecord_attributions: object_cues must be one of {', '.join(OBJECT_CUES)}, not {object_cues!r}")
    verbs = SPEECH_VERBS if object_cues == "all" else calibrated_object_cues()
    return Attributions(object_cues=verbs, propose_all=propose_all)


class Attributions:
    """Find every attributed statement in a Doc and write ``doc._.statements``."""

    def __init__(self, *, object_cues: frozenset[str], propose_all: bool = False) -> None:
        self.object_cues = object_cues
        self.propose_all = propose_all

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = find_statements(doc, object_cues=self.object_cues, propose_all=self.propose_all)
        return doc


def find_statements(doc: Doc, *, object_cues: frozenset[str], propose_all: bool = False) -> list[Statement]:
    """All statements of a parsed Doc (settings as for ``make_attributions``, with
    ``object_cues`` the verbs themselves). RETURNS (list[Statement]) in text order."""
    published: dt.date | None = doc.user_data.get(PUBLISHED_KEY)
    original: str = doc.user_data.get(TEXT_KEY) or text_of(doc)
    quotes = find_quotes(text_of(doc))

    found = _dedupe(clause_findings(doc, quotes, object_cues=object_cues) + modifier_cue_findings(doc))
    found = drop_tags_over_reports(fold_doubled_cues(found))  # 'He added: said "…"', 'It said …, MPs said': one statement
    covered = [f.content for f in found if f.rule != "according-to"]
    found += quote_findings(doc, quotes, covered)
    found += noun_lead_findings(doc, quotes, found)
    found = _fold_according_to(doc, found)
    found = fold_reports(found)
    give_remarks_to_owners(found)  # "according to comments from the minister": the minister
    for f in found:
        if f.speaker is not None and f.content[0] <= f.speaker.idx < f.content[1] and not _wraps_cue(f):
            f.speaker = None  # a speaker is never part of what they said
    found = _drop_nested_stances(found)
    split_coordinated(doc, found)
    found += layout.colon_findings(doc, quotes, found)
    title = headline.headline_range(doc)
    found = headline.explicit_only(doc, found, title, quotes)
    found += floating_findings(doc, quotes, found)
    found = quote_paragraphs.split_paragraphs(text_of(doc), quotes, found)
    continue_speakers(doc, found)
    kept, doc.user_data[CANDIDATES_KEY] = learned.findings(doc, found, quotes, propose_all=propose_all)
    # a learned cue whose content a rule already gave to another cue says it twice: 'X said: "… ¶
    # "…," he said' (an unclosed quotation runs on; the rule's finding is the one kept)
    given = {f.content for f in found}
    kept = [k for k in kept if k.content not in given]
    kept += feelings_voiced(doc, found + kept)  # "voiced their anger over the closures" (bare_objects)
    found += frames.narrated_events(headline.explicit_only(doc, kept, title, quotes, add_missed=False))
    found = [f for f in found if not names_a_programme(doc, quotes, f.content)]
    found = posts.with_posts(doc, found)  # an embedded tweet is its account's writing, whole
    found.sort(key=lambda f: (f.content[0], -f.content[1]))
    found = quote_ends.cut_run_ons(text_of(doc), quotes, found)

    tails = trailing_scenes.cut_tails(found)
    for f in found:
        if f.kind != "direct":
            f.kind = _kind(f.content, quotes)
        if f.via is None:
            f.via = links.audience_via(f) or trailing_scenes.tail_via(tails.get(id(f)))
    speakers = resolve_speakers(doc, found, quotes, _via)
    # a person's name only: a body names itself in its own statement ("Tesco has always ...")
    quote_ends.cut_at_speaker_named(text_of(doc), quotes, found,
                                    {k: v[0].name for k, v in speakers.items() if v[0].type == "person"})
    statements = []
    for f in found:
        speaker, via, how = speakers[id(f)]
        when = posts.post_when(doc, f) or (links.when_of(f, published) or trailing_scenes.tail_when(tails.get(id(f)), published)
                if f.cue is not None else None)
        statements.append(_statement(original, f, speaker, via, when, how))
    _inherit_floating(found, statements)
    statements = occasions.carry(doc, found, statements, original, published)
    statements = carry_documents(found, carry_owned(found, statements))  # "…," he continued: still the opinion piece
    nested = nested_cues(found)
    statements = act_model.decide(doc, found, statements, nested)
    return _calibrate(doc, found, statements, nested)


def _kind(content: tuple[int, int], quotes: list[Quote]) -> str:
    inside = [q for q in quotes if content[0] <= q.start and q.end <= content[1]]
    if not inside:
        return "indirect"
    if len(inside) == 1 and inside[0].start == content[0] and inside[0].end >= content[1] - 1:
        return "direct"
    return "mixed"


def _dedupe(found: list[Found]) -> list[Found]:
    """One statement per content: the most confident rule wins, and of two as confident
    the cue nearer the content ("told X that A, adding, “B”": B is the adding's); a content
    nested inside another of the same cue is dropped."""
    best: dict[tuple[int, int], Found] = {}
    for f in found:
        held = best.get(f.content)
        if held is None or f.confidence > held.confidence or (
            f.confidence == held.confidence and _cue_distance(f) < _cue_distance(held)
        ):
            best[f.content] = f
    kept = list(best.values())
    return [
        f for f in kept
        if not any(g is not f and g.cue is not None and g.cue == f.cue and g.content[0] <= f.content[0] and f.content[1] <= g.content[1] for g in kept)
    ]


def _cue_distance(f: Found) -> int:
    if f.cue is None:
        return 0
    return min(abs(f.cue.idx - f.content[0]), abs(f.cue.idx - f.content[1]))


# Rules whose finding inside another statement's content repeats it ("he said he believes
# X", "she said they were criticizing Y") rather than adding to it. Measured on PolNeAR
# train, most of them matched no gold attribution. Nested speech ("X said that Y told
# him Z") is kept: it is how a reader learns what Y said, via X.
_NESTED_STANCES = ("belief-clause", "verb-object")


def _drop_nested_stances(found: list[Found]) -> list[Found]:
    def nested(f: Found) -> bool:
        return f.rule in _NESTED_STANCES and f.cue is not None and any(
            g is not f and g.cue is not None and g.content[0] <= f.cue.idx < g.content[1]
            and not (f.content[0] <= g.content[0] and g.content[1] <= f.content[1])
            for g in found
        )

    return [f for f in found if not nested(f)]


def _fold_according_to(doc: Doc, found: list[Found]) -> list[Found]:
    """ "X said Y, according to Reuters": Reuters becomes the via of X's statement."""
    result = []
    for f in found:
        if f.rule == "according-to":
            relayed = links.according_via(doc, f, found)
            if relayed is not None:
                # "… dealt with according to Russia's competition law, Trutnev was quoted as saying by
                # Interfax": a phrase inside what was said relays nothing, and leaves the via to the quoting
                inside = relayed.content[0] <= f.cue.idx < relayed.content[1]
                if relayed.via is None and f.speaker is not None and not inside:
                    relayed.via = links.via_name(f.speaker)
                continue
        result.append(f)
    return result


def _wraps_cue(f: Found) -> bool:
    """Whether a content holds its own attribution, as written: "X, officials said, Y" or
    "the wall, which he said Mexico should pay for"."""
    return f.cue is not None and f.content[0] <= f.cue.idx < f.content[1]


def _via(doc: Doc, f: Found) -> Via | None:
    if f.via is None:
        return None
    name, (start, end) = f.via
    if f.content[0] <= start and end <= f.content[1]:
        return None  # "the blame for the failings of the Child Support Agency": a name in what was said relays nothing
    return Via(name=name, span=SchemaSpan.of((doc.user_data.get(TEXT_KEY) or text_of(doc)), start, end))


def _statement(text: str, f: Found, speaker: Speaker, via: Via | None, when, how: str | None = None) -> Statement:
    confidence = f.confidence
    if speaker.name is None and f.inherit is None:
        confidence *= 0.5
    when_value = None
    if when is not None:
        value, (start, end) = when
        when_value = value.model_copy(update={"span": SchemaSpan.of(text, start, end)})
    act, note = _act(f, how)
    # "It says before a new public body is set up ..." of a report its publisher put out (BBC politics/085)
    its_document = speaker.document is not None and speaker.mention is not None and speaker.mention.text.lower() == "it"
    if act == "speech" and (speaker.type == "document" or its_document):
        act = "writing"  # "The advert described ...", "it said" of a report: a document's words are written
    return Statement(
        kind=f.kind,
        content=SchemaSpan.of(text, *f.content),
        cue=SchemaSpan.of(text, *f.cue_range) if f.cue_range else None,
        speaker=speaker,
        via=via,
        when=when_value,
        confidence=round(confidence, 3),
        # a speaker named by a pronoun or a role noun says so: the first thing a doubting reader asks
        explanation=(f.rule if how in (None, "name", "phrase") else f"{f.rule}; speaker by {how}") + note,
        act=act,
    )


def _act(f: Found, how: str | None) -> tuple[str, str]:
    """The rule act, and "; passive with no agent" or the like when it is no one's statement
    (``non_statements``); evidence whose maker the article named before ("A survey by PwC
    ... The survey found") is its maker's writing, as when the maker is named in place."""
    act, reason = act_and_reason(f) if f.rule != posts.RULE else ("writing", None)
    if act == "belief" and how == "document-anaphor" and f.speaker is not None and evidence_or_data(f.speaker):
        return "writing", ""  # also "Figures from the Commerce Department showed ... the numbers suggested"
    return act, ("" if reason is None else f"; {reason}")


def _calibrate(doc: Doc, found: list[Found], statements: list[Statement], nested: list[bool]) -> list[Statement]:
    """Every statement's confidence as the calibrated probability that it is right
    (``confidence.py``); the features go to ``doc.user_data`` for training."""
    described = []
    first_line = text_of(doc).lstrip().split("\n", 1)[0]
    first_line_end = text_of(doc).find(first_line) + len(first_line)
    for f, s, inside in zip(found, statements, nested):
        lemma = lemma_of(f.cue) if f.cue is not None and not f.cue.is_punct else None
        described.append(confidence.features(f, s, lemma, inside, headline=f.content[0] < first_line_end))
    doc.user_data[CONFIDENCE_FEATURES_KEY] = described
    calibration = confidence.load_calibration()
    if calibration is None:
        return statements
    return [s.model_copy(update={"confidence": round(calibration.probability(names), 3)})
            for s, names in zip(statements, described)]


def _inherit_floating(found: list[Found], statements: list[Statement]) -> None:
    """A floating quote (or a subjectless cue continuing a statement) takes the speaker of
    the statement it follows (its via and time: ``occasions``)."""
    index = {id(f): i for i, f in enumerate(found)}
    for i, f in enumerate(found):
        if f.inherit is None:
            continue
        source = statements[speaking_host(index[id(f.inherit)], statements)]
        statements[i] = statements[i].model_copy(update={
            "speaker": source.speaker.model_copy(update={"mention": None}),
            # a quotation running on from written words was written too; from anything else, said
            "act": "writing" if f.cue is None and source.act == "writing" else statements[i].act,
            "confidence": round(min(statements[i].confidence, source.confidence), 3),
        })
