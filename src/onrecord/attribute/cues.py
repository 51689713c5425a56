"""Cues and their content: the rules that find attributions in a parsed Doc.

Four passes, in order, each leaving a list of ``Found`` attributions:

1. cue words with a clause: a speech or belief verb with a clausal complement ("told
   reporters that ...", "has said it is ready ..."), a cue noun with a that-clause
   ("Russia's demand that ..."), "according to X";
2. quotations that pass 1 did not cover, tied to a cue next to them ("... ," Peskov said);
3. floating quotations: a quoted sentence right after an attributed statement inherits it.

Content spans are character ranges; a content that cuts into a quotation is widened to the
whole quotation, which is how a multi-sentence quote under one "said" is kept whole.
"""

from __future__ import annotations

from dataclasses import dataclass

import json
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from .lexicon import BELIEF_VERBS, CUE_NOUNS, GROUP_NOUNS, SPEECH_VERBS
from .quotes import Quote, text_of
from .speakers import after_dateline, is_temporal

Range = tuple[int, int]

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Dependencies through which a cue without a subject of its own takes its head's subject:
# "..., adding that", "rejecting reports ... before saying", "has said ... but emphasized".
_CLIMB_DEPS = ("advcl", "xcomp", "acomp", "conj", "pcomp", "prep", "acl", "dobj", "pobj", "appos", "npadvmod")
_CONTENT_DEPS = ("ccomp", "parataxis")
_CUE_LEFT_DEPS = ("aux", "auxpass", "neg", "advmod")
# Minimum content length in tokens: shorter complements are objects ("said so", "said no").
_MIN_CONTENT_TOKENS = 2
# Fewer words than this in a quotation with no clause of its own make a scare quote or a
# title. Calibrated on PolNeAR train.
_MIN_QUOTE_WORDS = 3


@dataclass
class Found:
    """An attribution found in a Doc, before its speaker is resolved."""

    content: Range
    cue: Token | None
    cue_range: Range | None
    speaker: Token | None  # head of the speaker phrase
    rule: str
    confidence: float
    kind: str = "indirect"
    inherit: Found | None = None  # a floating quote takes this statement's speaker
    via: tuple[str, Range] | None = None
    speaker_range: Range | None = None  # the speaker phrase as written, where no parse gives it


def is_cue_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in ("VERB", "AUX") and (lemma in SPEECH_VERBS or lemma in BELIEF_VERBS)


def is_speech(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in SPEECH_VERBS


def cue_range(cue: Token) -> Range:
    """The cue as PolNeAR marks it: auxiliaries and adverbs before the verb, particles after
    ("has also called for")."""
    start = cue
    for child in sorted(cue.lefts, key=lambda t: -t.i):
        if child.dep_ in _CUE_LEFT_DEPS and child.i == start.i - 1:
            start = child
    end = cue
    for child in cue.rights:
        if child.dep_ == "prt" and child.i == end.i + 1:
            end = child
    return start.idx, end.idx + len(end.text)


def subject_of(cue: Token) -> Token | None:
    """The speaker head of a cue: its own subject, or that of the clause it hangs from."""
    token = cue
    for _ in range(8):
        subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            # two subjects happen when a quote's list ends next to the verb: the nearer one speaks
            subject = min(subjects, key=lambda c: abs(c.i - token.i))
            if subject.dep_ == "nsubjpass":
                agents = [c for c in token.children if c.dep_ == "agent"]
                for agent in agents:
                    objects = [c for c in agent.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0]
                if subject.lower_ == "it" or token.lemma_ not in ("quote", "cite"):
                    return None
            if subject.tag_ == "EX":  # "there"
                return None
            return subject
        agents = [c for c in token.children if c.dep_ == "agent"]
        for agent in agents:
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
        if token.dep_ == "relcl":
            return token.head
        if (token.dep_ == "conj" and token.lemma_.lower() in SPEECH_VERBS and token.head.dep_ == "ccomp"
                and token.head.head.lemma_.lower() in SPEECH_VERBS):
            token = token.head.head  # "X said A and said B": the parser hung "said B" inside A
            continue
        if token.dep_ in _CLIMB_DEPS and token.head.i != token.i:
            token = token.head
            continue
        if token.pos_ == "NOUN" and token.dep_ not in ("ROOT",):
            # "the ministry's statement saying ...": the noun's owner speaks
            owners = [c for c in token.children if c.dep_ == "poss"]
            if owners:
                return owners[0]
        return None
    return None


def speaker_of(cue: Token) -> Token | None:
    """The cue's subject (``subject_of``), else the noun phrase the parser left next to it:
    en_core_web_sm sometimes hangs "former president Bill Clinton" off an earlier name as an
    apposition, leaving "said" with no subject."""
    subject = subject_of(cue)
    if subject is not None or cue.pos_ not in ("VERB", "AUX") or cue.dep_ not in ("ROOT", "ccomp", "conj", "parataxis"):
        return subject
    # "About 4 in 10 say ...": the parser took the share for a number modifying the verb
    shares = [c for c in cue.lefts if c.dep_ == "nummod" and c.like_num]
    if shares:
        return shares[0]
    doc = cue.doc
    i = cue.i - 1
    while i >= cue.sent.start and (doc[i].tag_ in ("RB", "MD", ",") or doc[i].dep_ in ("aux", "auxpass", "neg")):
        i -= 1
    if i >= cue.sent.start and doc[i].pos_ in ("PROPN", "NOUN") and doc[i].dep_ in ("appos", "conj", "pobj", "dobj", "npadvmod", "compound"):
        token = doc[i]
        # "Murphy, the head of Right to Rise USA, tweeted": climb from "USA" to "Murphy"
        while (token.ent_type_ != "PERSON" and token.dep_ in ("pobj", "prep", "appos", "compound")
               and token.head.i < cue.i and token.head.i != token.i):
            token = token.head
        if token.pos_ in ("PROPN", "NOUN", "PRON") and not any(_inside_quote_mark(t) for t in (token,)):
            return token
    i = cue.i + 1  # inverted: '"...," read one.'
    if i < cue.sent.end and doc[i].pos_ in ("PROPN", "NOUN", "PRON", "NUM") and doc[i].dep_ in ("dobj", "attr", "npadvmod", "dep"):
        return doc[i]
    return None


def _quote_then_speaker(doc: Doc, content: Range, cue: Token, quotes: list[Quote]) -> tuple[Range, Token] | None:
    """ '"Yes, I support Ted Cruz," Brent Bozell III, founder of ..., tells Breitbart': the
    parser put the speaker inside the complement. When a content opens with a quotation and
    only a noun phrase lies between the quotation and the cue, the content is the quotation
    and the noun phrase speaks."""
    if not cue.idx >= content[1]:
        return None
    quote = next((q for q in quotes if q.start == content[0] and q.end < content[1]), None)
    if quote is None:
        return None
    between = doc.char_span(quote.end, cue.idx, alignment_mode="contract")
    if between is None or not len(between) or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    heads = [t for t in between if not t.is_punct and not (between.start <= t.head.i < between.end)]
    nouns = [t for t in heads if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return ((quote.start, quote.end), nouns[0]) if nouns else None


def _inside_quote_mark(token: Token) -> bool:
    return token.text in ('"', "“", "”", "''", "``")


def _trim(doc: Doc, start_token: int, end_token: int) -> Range | None:
    """Character range of tokens [start_token, end_token] without edge punctuation.

    Quotation marks stay: they belong to the content of a direct quote.
    """
    while start_token <= end_token and _is_edge_junk(doc[start_token], opening=True):
        start_token += 1
    while end_token >= start_token and _is_edge_junk(doc[end_token], opening=False):
        end_token -= 1
    if start_token > end_token:
        return None
    return doc[start_token].idx, doc[end_token].idx + len(doc[end_token].text)


_ASIDE_PRONOUNS = frozenset(("which", "who", "whose", "whom"))


def object_end(doc: Doc, start_token: int, end_token: int) -> int:
    """The last token of an object content without a closing aside: in "criticized [the
    delay], which has lasted a year" the relative clause is the writer's, not the speaker's.
    (A reported clause keeps it: there annotators mostly count it as said.)"""
    for token in doc[start_token : end_token + 1]:
        if (token.dep_ == "relcl" and token.right_edge.i == end_token and token.left_edge.i > start_token
                and token.left_edge.lower_ in _ASIDE_PRONOUNS and doc[token.left_edge.i - 1].text == ","):
            return token.left_edge.i - 2
    return clause_end(doc, start_token, end_token)


def clause_end(doc: Doc, start_token: int, end_token: int) -> int:
    """The last token of a content before a second report of the same speaker: in "said
    [his attacks had worked] and said that ..." the parser hung the second inside the first."""
    for token in doc[start_token : end_token + 1]:
        if (token.dep_ == "conj" and token.lemma_.lower() in SPEECH_VERBS and token.right_edge.i == end_token
                and not any(c.dep_ in _SUBJECT_DEPS for c in token.children) and token.i > start_token + 1):
            cc = [c for c in token.head.children if c.dep_ == "cc" and c.i < token.i]
            first = min([token.left_edge.i] + [c.i for c in cc])
            if first > start_token + 1:
                return first - 1
    return end_token


def _is_edge_junk(token: Token, opening: bool) -> bool:
    if token.is_space:
        return True
    if token.text in ('"', "“", "”", "'", "‘", "’", "«", "»", "''", "``"):
        return False
    if token.dep_ == "cc":
        # a sentence-opening "But" stays: PolNeAR annotators keep it two times in three
        # (benchmarks/gold_conventions.py)
        return not (opening and token.is_sent_start)
    return token.is_punct


def widen_to_quotes(content: Range, quotes: list[Quote]) -> Range:
    """Widen a content range so it never cuts into a quotation."""
    start, end = content
    for quote in quotes:
        if quote.start < end and start < quote.end:
            start, end = min(start, quote.start), max(end, quote.end)
    return start, end


def _cut_attribution_phrases(doc: Doc, content: Range, cue: Token) -> Range:
    """Remove "according to X" and similar from the edges of a content range."""
    start, end = content
    text = text_of(doc)
    if "ccording" not in text[start:end].lower():
        return _strip_separators(text, start, end)
    for token in doc.char_span(start, end, alignment_mode="expand") or []:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            sub_start = token.left_edge.idx
            sub_end = token.right_edge.idx + len(token.right_edge.text)
            tail = text_of(doc)[sub_end:end].strip(" ,.;:\n")
            head = text_of(doc)[start:sub_start].strip(" ,.;:\n")
            if not tail:
                end = sub_start
            elif not head:
                start = sub_end
    return _strip_separators(text, start, end)


def _strip_separators(text: str, start: int, end: int) -> Range:
    while end > start and text[end - 1] in " ,;:\n\t":
        end -= 1
    while start < end and text[start] in " ,;:\n\t":
        start += 1
    return start, end


def _complement(cue: Token) -> list[Token]:
    """Clausal complements of a cue verb or noun."""
    comps = [c for c in cue.children if c.dep_ in _CONTENT_DEPS]
    if cue.pos_ == "NOUN":
        comps += [c for c in cue.children if c.dep_ in ("acl", "appos") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    else:
        # "said that ..." mislabelled as an adverbial clause still has its "that"
        comps += [c for c in cue.children if c.dep_ in ("advcl", "dep") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    return comps


def clause_findings(doc: Doc, quotes: list[Quote]) -> list[Found]:
    """Pass 1: cue verbs and nouns with a clausal complement, and "according to X"."""
    found: list[Found] = []
    quoted = _quoted_tokens(doc, quotes)
    for index in candidate_indices(doc):
        token = doc[index]
        if token.i in quoted:
            continue  # "I think" inside someone's quote is part of what they said
        lemma = token.lemma_.lower()
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            found.extend(_according_to(doc, token, quotes))
            continue
        is_verb = is_cue_verb(token)
        is_noun = token.pos_ == "NOUN" and lemma in CUE_NOUNS
        if not (is_verb or is_noun):
            continue
        comps = _complement(token)
        if not comps and is_verb and _takes_object_content(lemma) and token.dep_ != "parataxis":
            obj = _object_content(doc, token)
            # a passive verb's object is not what anyone said: "Iowa was called for Cruz"
            if obj is not None and not _is_imperative(token) and not _is_passive(token):
                span, cue_end = obj
                span = _cut_attribution_phrases(doc, widen_to_quotes(span, quotes), token)
                if span[1] - span[0] >= 3:
                    start = cue_range(token)[0]
                    found.append(Found(span, token, (start, max(cue_end, cue_range(token)[1])), speaker_of(token),
                                       rule="verb-object", confidence=0.55))
            continue
        if not comps and is_verb and token.dep_ == "parataxis" and lemma in SPEECH_VERBS:
            span = _host_clause(doc, token)
            if span is not None:
                found.append(Found(widen_to_quotes(span, quotes), token, cue_range(token), subject_of(token),
                                   rule="parenthetical", confidence=0.75))
            continue
        for comp in comps:
            start = after_dateline(doc, comp.left_edge.i, comp.i)  # "LOS ANGELES (UPI) — " is never said
            span = _trim(doc, start, clause_end(doc, start, comp.right_edge.i))
            if span is None or comp.right_edge.i - comp.left_edge.i + 1 < _MIN_CONTENT_TOKENS:
                continue
            span = _cut_attribution_phrases(doc, widen_to_quotes(span, quotes), token)
            if span[1] - span[0] < 3:
                continue
            if is_verb and _is_imperative(token):
                continue  # "Tell me ...", "Ask yourself ...": addressed to the reader
            if is_verb and _describes_a_group(token):
                continue
            if is_verb:
                speech = lemma in SPEECH_VERBS
                speaker = speaker_of(token)
                split = _quote_then_speaker(doc, span, token, quotes)
                if split is not None:
                    span, speaker = split
                found.append(Found(span, token, cue_range(token), speaker,
                                   rule="verb-clause" if speech else "belief-clause",
                                   confidence=0.85 if speech else 0.6))
            else:
                owners = [c for c in token.children if c.dep_ == "poss"]
                speaker = owners[0] if owners else _by_agent(token) or subject_of(token)
                found.append(Found(span, token, (token.idx, token.idx + len(token.text)), speaker,
                                   rule="noun-clause", confidence=0.6))
    return found


# Which speech verbs report speech through their object: calibrated on PolNeAR train by
# training/object_cues.py (rerun it, then benchmarks/accuracy.py, after changing the rule).
OBJECT_CUES_OVERRIDE: str | None = None


@lru_cache(maxsize=1)
def _object_cues() -> frozenset[str]:
    path = resources.files("onrecord.attribute") / "data" / "object_cues.json"
    try:
        return frozenset(json.loads(path.read_text(encoding="utf-8"))["verbs"])
    except FileNotFoundError:
        return frozenset()


def _takes_object_content(lemma: str) -> bool:
    if OBJECT_CUES_OVERRIDE == "all":
        return lemma in SPEECH_VERBS
    return lemma in _object_cues()


# Prepositions that introduce what was said: "called for X", "warned against X".
_CONTENT_PREPS = ("for", "against", "about", "on", "upon", "over")
# Right-hand dependents that continue an object content: "criticized Sanders [for ...]",
# "called the statements ["childish"]", "urged Congress [to act]".
_OBJECT_TAIL_DEPS = ("dobj", "prep", "oprd", "xcomp", "ccomp", "dative", "attr", "acomp")
# "criticized X [for Y]" continues the content; "rejected X [before saying ...]" does not.
_TAIL_PREPS = ("for", "as", "over", "of", "about", "on", "against", "with", "to")
_NO_OBJECT_CONTENT = {"tell", "ask", "inform", "notify", "remind", "quote", "cite", "read"}


def _object_content(doc: Doc, cue: Token) -> tuple[Range, int] | None:
    """What a speech verb says when its complement is a noun phrase, a prepositional
    object or an infinitive: "called for [a ban]", "criticized [Sanders for ...]",
    "promised [to release a report]". RETURNS the content range and the cue's end offset
    (a preposition right after the verb joins the cue: "called for")."""
    rights = [c for c in cue.rights if not c.is_punct and not c.is_space]
    for child in rights:
        # "called [for] a ban" but not "called [Citizens for Trump]": "call" needs it adjacent
        reach = 1 if cue.lemma_.lower() == "call" else 2
        if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS and child.i <= cue.i + reach and not is_temporal(child):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                tail = [c for c in rights if c.i > child.i and c.dep_ in ("xcomp", "ccomp")]
                end = max([child.right_edge.i] + [t.right_edge.i for t in tail])
                span = _trim(doc, objects[0].left_edge.i, object_end(doc, objects[0].left_edge.i, end))
                return (span, child.idx + len(child.text)) if span else None
    lemma = cue.lemma_.lower()
    objects = [c for c in rights if c.dep_ == "dobj"]
    if objects and lemma not in _NO_OBJECT_CONTENT:
        obj = objects[0]
        if obj.pos_ == "PRON" and obj.right_edge.i == obj.i and not any(c.dep_ in ("oprd", "xcomp") for c in rights):
            return None  # "said it", "denied this": nothing to attribute
        tail = [
            c for c in rights
            if c.i > obj.i and c.dep_ in _OBJECT_TAIL_DEPS and (c.dep_ != "prep" or c.lower_ in _TAIL_PREPS)
        ]
        end = max([obj.right_edge.i] + [t.right_edge.i for t in tail])
        span = _trim(doc, obj.left_edge.i, object_end(doc, obj.left_edge.i, end))
        return (span, cue.idx + len(cue.text)) if span else None
    for child in rights:
        if child.dep_ == "xcomp" and any(g.lower_ == "to" and g.dep_ == "aux" for g in child.children):
            span = _trim(doc, child.left_edge.i, child.right_edge.i)
            return (span, cue.idx + len(cue.text)) if span else None
    return None


def candidate_indices(doc: Doc) -> list[int]:
    """Indices of tokens that may be cues, picked with one vectorised pass over the Doc:
    iterating Token objects is the engine's main cost after the parse."""
    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    wanted = _lemma_hashes(strings)
    array = doc.to_array([LEMMA, LOWER])
    mask = member_mask(array[:, 0], wanted) | (array[:, 1] == strings.add("according"))
    return numpy.flatnonzero(mask).tolist()


def member_mask(values: numpy.ndarray, sorted_hashes: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin`` for a sorted array of hashes, by binary search: several times faster
    on a Doc's few thousand tokens."""
    if not len(sorted_hashes):
        return numpy.zeros(len(values), dtype=bool)
    where = numpy.searchsorted(sorted_hashes, values).clip(max=len(sorted_hashes) - 1)
    return sorted_hashes[where] == values


_HASHES: dict[int, numpy.ndarray] = {}


def _lemma_hashes(strings) -> numpy.ndarray:
    key = id(strings)
    if key not in _HASHES:
        words = SPEECH_VERBS | BELIEF_VERBS | CUE_NOUNS
        _HASHES[key] = numpy.array(sorted({strings.add(w) for w in words} | {strings.add(w.capitalize()) for w in words}), dtype="uint64")
    return _HASHES[key]


def _is_passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


# Antecedents that make "X who say ..." a description of a group (a poll finding), not a
# report of what someone said: "voters who say the economy matters most".
_GENERIC_ANTECEDENTS = frozenset("those people voters respondents americans anyone everyone many some most few others adults".split())


def _describes_a_group(token: Token) -> bool:
    """ "those who say ...", "voters who believe ...": a relative clause on a generic noun."""
    if token.dep_ != "relcl":
        return False
    head = token.head
    return head.lower_ in _GENERIC_ANTECEDENTS or head.lemma_.lower() in _GENERIC_ANTECEDENTS or (
        head.tag_ in ("NNS", "DT", "CD") and head.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON")
        and head.lemma_.lower() in GROUP_NOUNS
    )


def _is_imperative(token: Token) -> bool:
    """A base-form verb without a subject heading its own sentence: "Tell me if ..."."""
    return token.tag_ == "VB" and token.dep_ == "ROOT" and not any(c.dep_ in _SUBJECT_DEPS for c in token.children)


def _quoted_tokens(doc: Doc, quotes: list[Quote]) -> set[int]:
    inside: set[int] = set()
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="contract")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _host_clause(doc: Doc, cue: Token) -> Range | None:
    """The clause around a parenthetical "X, officials said, Y": from the host's first word
    to its last, the parenthetical included (the content reads as the article wrote it)."""
    host = cue.head
    return _trim(doc, after_dateline(doc, host.left_edge.i, host.i), host.right_edge.i) if host.i != cue.i else None


def _by_agent(noun: Token) -> Token | None:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _according_to(doc: Doc, token: Token, quotes: list[Quote]) -> list[Found]:
    """ "according to X": X is the source of the clause the phrase hangs from."""
    to = next(c for c in token.children if c.lower_ == "to")
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return []
    source = objects[0]
    clause = token.head
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    sent = token.sent
    phrase = (token.left_edge.i, token.right_edge.i)
    # the clause without the "according to X" phrase: the side of the sentence it is not on
    if phrase[0] <= clause.left_edge.i or token.i <= clause.i:
        start, end = phrase[1] + 1, max(clause.right_edge.i, sent.end - 1)
    else:
        start, end = min(clause.left_edge.i, sent.start), phrase[0] - 1
    start = max(start, sent.start)
    end = min(end, sent.end - 1)
    span = _trim(doc, start, end) if start <= end else None
    if span is None:
        return []
    span = widen_to_quotes(span, quotes)
    return [Found(span, token, (token.idx, to.idx + len(to.text)), source, rule="according-to", confidence=0.75)]


def quote_findings(doc: Doc, quotes: list[Quote], covered: list[Range]) -> list[Found]:
    """Pass 2: quotations not inside an earlier content, tied to a neighbouring cue."""
    found = []
    for quote in quotes:
        if any(s <= quote.start and quote.end <= e for s, e in covered):
            continue
        if len(quote.inner(text_of(doc)).split()) < _MIN_QUOTE_WORDS:
            continue  # "called them “rebels”", a book title: a name, not a statement
        cue = _linked_cue(doc, quote) or _adjacent_cue(doc, quote)
        if cue is None:
            continue
        found.append(Found((quote.start, quote.end), cue, cue_range(cue), speaker_of(cue),
                           rule="quote-cue", confidence=0.9 if quote.closed else 0.6, kind="direct"))
    return found


def _quote_tokens(doc: Doc, quote: Quote) -> list[Token]:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _linked_cue(doc: Doc, quote: Quote) -> Token | None:
    """A cue verb outside the quote that the parser ties to a word inside it."""
    inside = _quote_tokens(doc, quote)
    if not inside:
        return None
    inside_ids = {t.i for t in inside}
    candidates = []
    for token in inside:
        head = token.head
        if head.i not in inside_ids and is_speech(head) and head.pos_ in ("VERB", "AUX"):
            candidates.append(head)
        for child in token.children:
            if child.i not in inside_ids and is_speech(child) and child.pos_ in ("VERB", "AUX") and child.dep_ in ("parataxis", "conj", "advcl", "ccomp", "dep"):
                candidates.append(child)
    candidates = [c for c in candidates if _near(quote, c)]
    if not candidates:
        return None
    return min(candidates, key=lambda c: min(abs(c.idx - quote.end), abs(quote.start - c.idx)))


def _near(quote: Quote, cue: Token, limit: int = 80) -> bool:
    """Whether a cue is close enough to the quote to introduce it (characters between)."""
    return quote.end <= cue.idx <= quote.end + limit or quote.start - limit <= cue.idx < quote.start


def _adjacent_cue(doc: Doc, quote: Quote) -> Token | None:
    """A speech verb right after the closing mark (", he said") or right before the opening
    one ("she said:") in the same sentence, with nothing but a short subject between."""
    after = doc.char_span(quote.end, min(len(text_of(doc)), quote.end + 80), alignment_mode="expand")
    if after is not None:
        words = 0
        for token in after:
            if token.is_sent_start and "\n" in text_of(doc)[quote.end : token.idx]:
                break
            if token.text in ('"', "“", "”"):
                break
            if is_speech(token) and token.pos_ in ("VERB", "AUX"):
                # after a quote that ends its sentence, only a bare "he said." belongs to it
                if quote.inner(text_of(doc)).rstrip()[-1:] in ".?!" and any(
                    not quote.contains(c.left_edge.idx, c.right_edge.idx) for c in _complement(token)
                ):
                    break
                return token
            if not token.is_punct and not token.is_space:
                words += 1
            if words > 8 or token.text in (".", "!", "?", ";"):
                break
    before = doc.char_span(max(0, quote.start - 80), quote.start, alignment_mode="expand")
    if before is not None:
        tokens = [t for t in before if t.idx < quote.start]
        words = 0
        for token in reversed(tokens):
            if token.text in (".", "!", "?", '"', "“", "”") or token.is_sent_start and words > 6:
                break
            if is_speech(token) and token.pos_ in ("VERB", "AUX"):
                return token
            if not token.is_punct and not token.is_space:
                words += 1
            if words > 6:
                break
    return None


def floating_findings(doc: Doc, quotes: list[Quote], found: list[Found]) -> list[Found]:
    """Pass 3: a quoted sentence with no cue inherits the statement just before it."""
    floating = []
    ordered = sorted(found, key=lambda f: f.content[0])
    for quote in quotes:
        if any(f.content[0] <= quote.start and quote.end <= f.content[1] for f in found + floating):
            continue
        if len(quote.inner(text_of(doc)).split()) < 4:
            continue  # scare quotes and titles, not statements
        if not _starts_sentence(doc, quote):
            continue
        previous = [f for f in ordered + floating if f.content[1] <= quote.start]
        if not previous:
            continue
        last = max(previous, key=lambda f: f.content[1])
        between = text_of(doc)[last.content[1] : quote.start]
        if between.count("\n\n") > 1 or len(between) > 400 or _has_other_speaker(doc, last, quote):
            continue
        floating.append(Found((quote.start, quote.end), None, None, None, rule="floating",
                              confidence=0.7 if quote.closed else 0.5, kind="direct", inherit=last))
    return floating


def continue_speakers(doc: Doc, found: list[Found]) -> None:
    """A cue that opens its sentence with no subject ("Adding, “…”", "Continued Stone: …"
    aside) continues the statement just before it: it inherits that speaker, as a
    floating quote does."""
    ordered = sorted(found, key=lambda f: f.content[1])
    for f in found:
        if f.speaker is not None or f.cue is None or f.inherit is not None:
            continue
        cue = f.cue
        if not _opens_sentence(doc, cue) or cue.tag_ not in ("VBG", "VBN", "VBD"):
            continue
        before = [g for g in ordered if g is not f and g.content[1] <= cue.idx]
        if before and cue.idx - before[-1].content[1] <= 400:
            f.inherit = before[-1]


def _opens_sentence(doc: Doc, token: Token) -> bool:
    """Whether a token starts a sentence, judged by the text: the parser does not always
    split after a closing quote ('… "was not good." Adding, …')."""
    if all(t.is_punct or t.is_space for t in doc[token.sent.start : token.i]):
        return True
    i = token.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in ('"', "”", "''", "’")):
        i -= 1
    return i >= 0 and doc[i].text in (".", "!", "?") or (i >= 0 and doc[i].text[-1:] in ".!?" and doc[i].is_punct)


def _starts_sentence(doc: Doc, quote: Quote) -> bool:
    text = text_of(doc)
    line_start = text.rfind("\n", 0, quote.start) + 1
    before = text[line_start : quote.start].rstrip()
    # after a full stop, with or without a closing mark: the parser reads an opening ''
    # after "out." as the closing mark of the sentence before
    if not before or before.rstrip("'\"”’")[-1:] in (".", "!", "?"):
        return True
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span is not None and span[0].is_sent_start


def _has_other_speaker(doc: Doc, last: Found, quote: Quote) -> bool:
    """Whether a person other than the last speaker is the subject of a sentence between."""
    span = doc.char_span(last.content[1], quote.start, alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        if token.dep_ == "nsubj" and token.ent_type_ == "PERSON" and token.idx >= last.content[1]:
            if last.speaker is None or token.text not in text_of(doc)[last.speaker.left_edge.idx : last.speaker.idx + len(last.speaker.text)]:
                return True
    return False
