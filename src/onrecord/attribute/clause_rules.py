"""Clause rules: cue words with what they report as a clause or an object.

- a speech or belief verb with a clausal complement ("told reporters that ...", "has said
  it is ready ...");
- a speech verb in parentheses, with its host clause ("X, officials said, Y");
- a speech verb whose object is what was said ("called for a ban", "criticized Sanders for
  ..."), for the verbs of ``object_cues`` only;
- a cue noun with a that-clause ("Russia's demand that ...");
- "according to X".
"""

from __future__ import annotations

import json
from collections.abc import Collection
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from .according import according_to
from .act_words import VERBAL_JUDGMENTS
from .acts import judgment_stated
from .answer_words import answer_word, question_put
from .as_clauses import (aside_read_as_apposition, aside_read_as_complement, as_host, conjunct_host, lead_host,
                         main_clause_read_as_complement, trailing_relative_host)
from .boundaries import (clause_end, cut_attribution_phrases, host_verb_end, joined_complements, stray_subject_end,
                         stray_subject_start, trim, widen_to_quotes)
from .clause_seams import dangling_subordinator_end, reduced_relative_end, subject_in_time_phrase, verb_run_on_end
from .cue_tokens import SUBJECT_DEPS, complements, cue_range, is_cue_verb, speaker_of, subject_of
from .frames import answer_of, denial_finding, in_a_title, is_question, noun_frame, question_end, witnessed_event
from .found import Found, Range
from .fronted_conditions import fronted_condition_start
from .hidden_subjects import name_before_aside_after_quote
from .inverted_asides import aside_read_as_subject, inverted_aside_host
from .lexicon import CUE_NOUNS, GROUP_NOUNS, SPEECH_VERBS
from .links import leading_time_end
from .narration_shapes import inverted_tag_speaker
from .object_content import object_content
from .speaking_terms import terms_of_speaking
from .parse_repairs import speaker_inside_complement, subject_read_as_object, words_before_speaker
from .prefilter import candidate_indices
from .quotes import Quote, text_of
from .speakers import after_dateline
from .trailing_cues import trailing_host

# Speech verbs that report speech only beside the words themselves ("'...,' he continued"),
# never as a parenthetical with a host clause: "..., as snow and cold temperatures continue".
_BESIDE_WORDS_ONLY = frozenset(("continue",))
# Minimum content length in tokens: shorter complements are objects ("said so", "said no").
_MIN_CONTENT_TOKENS = 2


@lru_cache(maxsize=1)
def calibrated_object_cues() -> frozenset[str]:
    """The speech verbs that report speech through their object, as calibrated on PolNeAR
    train by training/object_cues.py (rerun it, then benchmarks/accuracy.py, after changing
    the rule): ``data/object_cues.json``."""
    path = resources.files("onrecord.attribute") / "data" / "object_cues.json"
    try:
        return frozenset(json.loads(path.read_text(encoding="utf-8"))["verbs"])
    except FileNotFoundError:
        return frozenset()


def clause_findings(doc: Doc, quotes: list[Quote], *, object_cues: Collection[str]) -> list[Found]:
    """Pass 1: cue verbs and nouns with a clausal complement, and "according to X".

    object_cues (Collection[str]): lemmas of the speech verbs whose object is taken as
        content when they have no clause (``calibrated_object_cues()`` in the engine).
    RETURNS (list[Found]) in token order.
    """
    found: list[Found] = []
    quoted = _quoted_tokens(doc, quotes)
    for index in candidate_indices(doc):
        token = doc[index]
        if token.i in quoted:
            continue  # "I think" inside someone's quote is part of what they said
        lemma = token.lemma_.lower()
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            found.extend(according_to(doc, token, quotes))
            continue
        is_verb = is_cue_verb(token) and not in_a_title(token)
        is_noun = token.pos_ == "NOUN" and lemma in CUE_NOUNS
        if not (is_verb or is_noun) or is_verb and terms_of_speaking(token):
            continue  # "who requested anonymity to speak freely": terms, not a saying
        words = (answer_word(token) or question_put(doc, token)) if is_verb else None
        if words is not None:  # "said no", "asked them a question: Who ...?"
            found.append(words)
            continue
        comps = [c for c in complements(token) if not main_clause_read_as_complement(token, c)]
        tag = inverted_tag_speaker(token) if not comps and is_verb and lemma in SPEECH_VERBS else None
        if tag is not None and token.head.left_edge.i < token.i - 2:  # "..., predicts the report by BT."
            start = after_dateline(doc, token.head.left_edge.i, token.head.i)
            found.append(Found(widen_to_quotes(trim(doc, start, token.i - 2), quotes), token, cue_range(token), tag,
                               rule="parenthetical", confidence=0.75))
            continue
        if not comps and is_verb and lemma in SPEECH_VERBS and lemma not in _BESIDE_WORDS_ONLY:
            span = (as_host(doc, token) or conjunct_host(doc, token) or lead_host(doc, token)
                    or trailing_relative_host(doc, token) or trailing_host(doc, token))
            if span is not None:
                found.append(Found(widen_to_quotes(span, quotes), token, cue_range(token), subject_of(token),
                                   rule="parenthetical", confidence=0.75))
                continue
            aside = aside_read_as_apposition(doc, token) or inverted_aside_host(doc, token)
            if aside is not None:  # "Democrats, Frank notes, applaud ...", "By contrast, says Mr Cox, .."
                found.append(Found(widen_to_quotes(aside[0], quotes), token, cue_range(token), aside[1],
                                   rule="parenthetical", confidence=0.75))
                continue
        # "If X, Clinton suggested in a tweet, Y": a parenthetical the parser hung as a complement
        aside = token.dep_ == "parataxis" or (is_verb and lemma in SPEECH_VERBS and aside_read_as_complement(token))
        # the calibrated list spells "-ize": "criticised", "apologised" are the same verbs
        # and a judgment done by saying that states its grounds ("castigated Trump for
        # exploiting ...", "berated officials for delaying ..."), however rare in train
        if not comps and is_verb and (lemma in object_cues or lemma[-3:] == "ise" and lemma[:-3] + "ize" in object_cues
                                      or lemma in VERBAL_JUDGMENTS and judgment_stated(token)) \
                and not aside:
            obj = object_content(doc, token)
            # a passive verb's object is not what anyone said: "Iowa was called for Cruz"
            if obj is not None and not _is_imperative(token) and not _is_passive(token):
                span, cue_end = obj
                span = cut_attribution_phrases(doc, widen_to_quotes(span, quotes))
                if span[1] - span[0] >= 3:
                    start = cue_range(token)[0]
                    found.append(Found(span, token, (start, max(cue_end, cue_range(token)[1])), speaker_of(token),
                                       rule="verb-object", confidence=0.55))
            continue
        if not comps and is_verb and aside and lemma in SPEECH_VERBS:
            span = _host_clause(doc, token, quotes)
            if span is not None:
                found.append(Found(widen_to_quotes(span, quotes), token, cue_range(token), subject_of(token),
                                   rule="parenthetical", confidence=0.75))
            continue
        if is_verb and is_question(token):
            answer = answer_of(token)  # "Asked whether …, he said: '…'": the quote is his answer
            comps = [c for c in comps if answer is None or c.left_edge.i < answer.i]
        reach, comps = joined_complements(token, comps)
        for comp in comps:
            if is_verb and comp.left_edge.i == token.i + 1 and _described_speaker(comp) and _quote_just_before(doc, token, quotes):
                continue  # "''…,'' said Robert Reich, who … yet endorsed Sanders": the speaker misread as a clause
            if is_verb and words_before_speaker(token, comp):
                continue  # "... after the group unearthed columns Bradley wrote": a misread relative clause
            start = after_dateline(doc, comp.left_edge.i, comp.i)  # "LOS ANGELES (UPI) — " is never said
            fronted = fronted_condition_start(token, comp) if is_verb else None
            start = fronted if fronted is not None else start  # "said [only when X was protected] would Y ..."
            subject_start = subject_read_as_object(token, comp) if is_verb else None
            stray = stray_subject_start(token, comp) if is_verb and subject_start is None else None
            if is_verb and subject_start is None and stray is None:
                subject_start = subject_in_time_phrase(token, comp)  # "told MPs on Tuesday [care] was needed"
            if stray is not None:
                subject_start = stray[0]  # "X said [the changes ...], were made": X speaks
            if subject_start is not None:
                start = subject_start
            inverted = (speaker_inside_complement(token, comp) or aside_read_as_subject(token, comp)) if is_verb else None
            if inverted is not None:
                start = inverted[0]  # "The problem they face, said X, is ...": the host is the content
            if token.i < start:
                start = leading_time_end(doc, start, comp.right_edge.i)  # "said [last week] the deal …"
            end = stray_subject_end(token, comp, reach.get(comp.i, comp.right_edge.i))
            end = reduced_relative_end(token, comp, end) if is_verb else end  # "saying [materials kept ...] would be"
            end = dangling_subordinator_end(token, end) if is_verb else end  # "surprised [because, ..., people thought ...]"
            end = verb_run_on_end(token, start, end) if is_verb else end  # 'says [he will not let "gossip"] distract him'
            end = clause_end(doc, start, host_verb_end(token, comp, end) if is_verb else end)
            if is_verb and is_question(token):
                end = question_end(doc, token, start, end)
            span = trim(doc, start, end)
            if span is None or comp.right_edge.i - comp.left_edge.i + 1 < _MIN_CONTENT_TOKENS:
                continue
            span = cut_attribution_phrases(doc, widen_to_quotes(span, quotes))
            if span[1] - span[0] < 3 or not any(ch.isspace() for ch in text_of(doc)[span[0] : span[1]]):
                continue  # one word is no clause: "Fed warns of more US rate [rises]" (a headline run on)
            if is_verb and _is_imperative(token):
                continue  # "Tell me ...", "Ask yourself ...": addressed to the reader
            if is_verb and _describes_a_group(token):
                continue
            if is_verb and witnessed_event(token, comp):
                continue  # "the firm has seen sales rise": an event, no one's view
            if is_verb:
                speech = lemma in SPEECH_VERBS
                speaker = inverted[1] if inverted is not None else stray[1] if stray is not None else speaker_of(token)
                split = _quote_then_speaker(doc, span, token, quotes)
                if split is not None:
                    span, speaker = split
                participle = _speech_participle(doc, span, token, quoted)
                if participle is not None:
                    # "told Newsmax that X, adding, “Y”": the adding says Y, not the telling
                    said, before, after = participle
                    if after is not None:
                        found.append(Found(after, said, cue_range(said), speaker, rule="verb-clause", confidence=0.85))
                    if before is None:
                        continue
                    span = before
                found.append(Found(span, token, cue_range(token), speaker,
                                   rule="verb-clause" if speech else "belief-clause",
                                   confidence=0.85 if speech else 0.6))
            else:
                # "Russia's demand that", and a name modifying the noun: "amid Tory claims the ads were ..."
                owners = [c for c in token.children if c.dep_ == "poss"] or [
                    c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i
                    and (c.ent_type_ in ("NORP", "ORG", "PERSON", "GPE") or c.pos_ == "PROPN")]
                speaker = owners[0] if owners else _by_agent(token)
                if speaker is None:
                    frame = noun_frame(token)
                    if frame.denial is not None:
                        # "X denied claims that Y": X's denial, whose content is the claim
                        # (Y is no one's statement here)
                        found.append(denial_finding(doc, frame.denial, token, span, quotes))
                        continue
                    speaker = subject_of(token) if frame.own else None
                found.append(Found(span, token, (token.idx, token.idx + len(token.text)), speaker,
                                   rule="noun-clause", confidence=0.6))
    return found


def _described_speaker(comp: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and any(r.dep_ == "relcl" for r in c.children)
               for c in comp.children)


def _quote_just_before(doc: Doc, cue: Token, quotes: list[Quote]) -> bool:
    return any(q.end <= cue.idx and not text_of(doc)[q.end:cue.idx].strip(" ,\n") for q in quotes)


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
    return token.tag_ == "VB" and token.dep_ == "ROOT" and not any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _quoted_tokens(doc: Doc, quotes: list[Quote]) -> set[int]:
    inside: set[int] = set()
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="contract")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _host_clause(doc: Doc, cue: Token, quotes: list[Quote]) -> Range | None:
    """The clause around a parenthetical "X, officials said, Y": from the host's first word
    to its last, the parenthetical included (the content reads as the article wrote it).
    Where the host's subject is inside a quotation that opens right after the cue, what
    comes before the speaker is the writer's lead-in, not the words ('Asked by Matt Lauer
    whether she had practiced her speech, she said, "I read it once over ..."'): the
    content starts at the quotation."""
    host = cue.head
    if host.dep_ in ("aux", "auxpass") and host.head.i != host.i:
        host = host.head  # "who, he claims, is [ramming] through ...": the auxiliary's verb hosts it
    if host.i == cue.i:
        return None
    # a name the parser hung on the cue as its object still ends the host clause: "overtures
    # from campaigners including, he claims, Tory leader Michael Howard"
    end = max(host.right_edge.i, cue.right_edge.i)
    # "She had struggled, Cruz explained, [recalling] the time …": the participle says its own words
    if cue.left_edge.i > host.i and any(c.tag_ == "VBG" and c.lemma_.lower() in SPEECH_VERBS and c.left_edge.i == c.i
                                        and doc[c.i - 1].text == "," for c in cue.rights):
        end = cue.left_edge.i - 1
    start = host.left_edge.i
    if host.dep_ == "relcl" and host.head.pos_ in ("NOUN", "PROPN") and doc[start].tag_ in ("WP", "WDT") \
            and host.head.i < start:
        start = host.head.left_edge.i  # "[the prime minister] who, he claims, is ramming ...": what is claimed of him
    span = trim(doc, after_dateline(doc, start, host.i), end)
    text = text_of(doc)
    cue_end = cue.idx + len(cue.text)
    opening = next((q for q in quotes if q.start >= cue_end and text[cue_end : q.start].strip() in ("", ",", ":")), None)
    subjects = [c for c in host.children if c.dep_ in SUBJECT_DEPS]
    if span is not None and opening is not None and span[0] < opening.start < span[1] and subjects and all(
        opening.start <= s.idx for s in subjects
    ):
        return (opening.start, span[1])
    return span


def _by_agent(noun: Token) -> Token | None:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _quote_then_speaker(doc: Doc, content: Range, cue: Token, quotes: list[Quote]) -> tuple[Range, Token] | None:
    """ '"Yes, I support Ted Cruz," Brent Bozell III, founder of ..., tells Breitbart': the
    parser put the speaker inside the complement. When a content opens with a quotation and
    only a noun phrase lies between the quotation and the cue, the content is the quotation
    and the noun phrase speaks."""
    if not cue.idx >= content[1]:
        return None
    lead_in = _lead_in_quote(doc, content, cue, quotes)
    if lead_in is not None:
        return lead_in
    quote = next((q for q in quotes if q.start == content[0] and q.end < content[1]), None)
    if quote is None:
        return None
    between = doc.char_span(quote.end, cue.idx, alignment_mode="contract")
    aside = name_before_aside_after_quote(cue)  # '"…," Bill Eastland, wearing a cowboy hat, said'
    if aside is not None and between is not None and aside.i < between.end:
        return (quote.start, quote.end), aside
    if between is None or not len(between) or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    heads = [t for t in between if not t.is_punct and not (between.start <= t.head.i < between.end)]
    nouns = [t for t in heads if t.pos_ in ("PROPN", "NOUN", "PRON")]
    # the cue's own subject, where the parser gave it one: '"...," the dawn of the movement, Bozell says'
    nouns = [t for t in nouns if t.head.i == cue.i and t.dep_ in SUBJECT_DEPS] or nouns
    return ((quote.start, quote.end), nouns[0]) if nouns else None


def _lead_in_quote(doc: Doc, content: Range, cue: Token, quotes: list[Quote]) -> tuple[Range, Token] | None:
    """ 'Mosman saw Santilli's words differently: "When he says he will die a free man, I
    don't take that as a man who is joking about it," he said': the parser hung the writer's
    lead-in, a sentence ending in a colon, on the quotation the cue closes. The content is
    the quotation, from its opening mark to the cue. So too after a dash that sets the
    quotation and its cue off inside the writer's sentence: "Neither man was impressed by
    Mrs. Clinton — “Born with a silver spoon in her mouth,” Mr. Elkins said — but ..."."""
    text = text_of(doc)
    last = max([cue] + [c.right_edge for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i > cue.i], key=lambda t: t.i)
    dashes = (" -", "—", "--", "–")
    # the dash closing the aside: with none, "The plan - which X backed - “will cost ...,” he said" is one clause
    lead_ends = (":",) + (dashes if text[last.idx + len(last.text) : last.idx + len(last.text) + 8].lstrip().startswith(("-", "—", "–")) else ())
    for quote in quotes:
        if not (content[0] < quote.start and quote.end <= cue.idx and content[1] <= quote.end
                and text[content[0] : quote.start].rstrip().endswith(lead_ends)):
            continue
        between = doc.char_span(quote.end, cue.idx, alignment_mode="contract")
        speaker = speaker_of(cue)
        if speaker is not None and (between is None or not any(t.pos_ in ("VERB", "AUX") for t in between)):
            return (quote.start, content[1]), speaker
    return None


def _speech_participle(doc: Doc, content: Range, cue: Token, quoted: set[int]) -> tuple[Token, Range | None, Range | None] | None:
    """A speech participle after a comma inside a reported clause, which the parser hung on
    the clause: "told Newsmax that Romney “had a crazy policy,” *adding*, “He lost all of the
    Latino vote”", "“We had written two dozen songs,” Kiedis said, *mentioning* the album is
    “in the home stretch.”" It reports words of its own, by the same speaker. RETURNS the
    participle, the content before its comma (None when the content opens with it) and its
    own content where it has no clause of its own for the rules to find (else None), or
    None when there is no such participle."""
    span = doc.char_span(content[0], content[1], alignment_mode="contract") if content[1] > content[0] else None
    if span is None or not len(span):
        return None
    for t in span:
        if not (t.tag_ == "VBG" and t.lemma_.lower() in SPEECH_VERBS and t.i != cue.i and t.i not in quoted):
            continue
        comma = t.i - 1
        while comma > span.start and doc[comma].is_quote:
            comma -= 1  # "maniacal,” adding"
        if comma < 0 or doc[comma].text != ",":
            continue
        before = trim(doc, span.start, t.i - 1) if comma > span.start else None
        after = None
        if not complements(t):
            tail = max([t.i] + [c.right_edge.i for c in t.children if c.dep_ == "prep" and c.i > t.i])
            after = trim(doc, tail + 1, span.end - 1) if tail + 1 < span.end else None
            if after is not None and len(doc.char_span(*after, alignment_mode="contract") or ()) < 3:
                after = None
        return t, before, after
    return None
