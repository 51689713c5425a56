"""Span boundaries: where a content starts and ends.

A content is trimmed of edge punctuation (quotation marks stay), widened so it never cuts
into a quotation, and cut where the writer's words begin: a closing aside, a second report
of the same speaker, an "according to X" at an edge.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from .clause_seams import pluperfect_conjunct, predicate_after_insertion, relative_of_quantity
from .cue_tokens import SUBJECT_DEPS
from .found import Range
from .lexicon import SPEECH_VERBS
from .quotes import Quote, text_of
from .token_columns import indices_between, stopped_words_between


def trim(doc: Doc, start_token: int, end_token: int) -> Range | None:
    """Character range of tokens [start_token, end_token] without edge punctuation.

    Quotation marks stay: they belong to the content of a direct quote.
    """
    while start_token <= end_token and _is_edge_junk(doc[start_token], opening=True):
        start_token += 1
    while end_token >= start_token and _is_edge_junk(doc[end_token], opening=False):
        end_token -= 1
    if start_token > end_token:
        return None
    # never end inside a hyphenated word the parser split ("should be re[-drafted]")
    while (end_token + 2 < len(doc) and not doc[end_token].whitespace_ and doc[end_token + 1].text == "-"
           and not doc[end_token + 1].whitespace_ and doc[end_token + 2].is_alpha):
        end_token += 2
    # never end inside a parenthesis opened in the content ("to borrow $10bn (£5.19bn[)]"); the
    # content's words are read only where a closing bracket follows it
    if end_token + 1 < len(doc) and doc[end_token + 1].text == ")":
        words = [t.text for t in doc[start_token : end_token + 1]]
        if words.count("(") > words.count(")"):
            end_token += 1
    return doc[start_token].idx, doc[end_token].idx + len(doc[end_token].text)


_ASIDE_PRONOUNS = frozenset(("which", "who", "whose", "whom"))


def object_end(doc: Doc, start_token: int, end_token: int) -> int:
    """The last token of an object content without a closing aside: in "criticized [the
    delay], which has lasted a year" the relative clause is the writer's, not the speaker's.
    (A reported clause keeps it: there annotators mostly count it as said.)"""
    for token in _tokens(doc, start_token, end_token + 1, ("relcl",)):
        if (token.dep_ == "relcl" and token.right_edge.i == end_token and token.left_edge.i > start_token
                and token.left_edge.lower_ in _ASIDE_PRONOUNS and doc[token.left_edge.i - 1].text == ","):
            return token.left_edge.i - 2
    return clause_end(doc, start_token, end_token)


def clause_end(doc: Doc, start_token: int, end_token: int) -> int:
    """The last token of a content before a second report of the same speaker: in "said
    [his attacks had worked] and said that ..." the parser hung the second inside the first;
    or before a sentence the tokenizer joined to it (``_joined_sentence``)."""
    for token in _tokens(doc, start_token, end_token + 1, ("conj", "advcl"), stopped=True):
        if start_token < token.i < end_token and _joined_sentence(token):
            return token.i
        if token.dep_ not in ("conj", "advcl"):
            continue  # (each test below is of a conjunct or an adverbial clause: the label first)
        if (token.dep_ == "conj" and token.lemma_.lower() in SPEECH_VERBS and token.right_edge.i == end_token
                and (not any(c.dep_ in SUBJECT_DEPS for c in token.children) or _other_reporter(token))
                and token.i > start_token + 1):
            cc = [c for c in token.head.children if c.dep_ == "cc" and c.i < token.i]
            first = min([token.left_edge.i] + [c.i for c in cc])
            if first > start_token + 1:
                return first - 1
        if _second_attitude(token) and token.right_edge.i == end_token and token.i > start_token + 1:
            cc = [c for c in token.head.children if c.dep_ == "cc" and c.i < token.i]
            first = min([token.left_edge.i] + [c.i for c in cc])
            if first > start_token + 1:
                return first - 1  # "say [the issue should be decided in Scotland] and believe the executive is ..."
        if is_trailing_participle(token) and token.right_edge.i == end_token and token.left_edge.i > start_token + 1:
            return token.left_edge.i - 1  # "…, explaining: '…'" is the speaker's next statement
        # or "says [those demands are exorbitant], and had sought refuge ..." (clause_seams)
        if (_narrated_conjunct(token) or pluperfect_conjunct(token)) and token.right_edge.i == end_token:
            cc = [c for c in token.head.children if c.dep_ == "cc" and c.i < token.i]
            first = min([token.left_edge.i] + [c.i for c in cc])
            if first > start_token + 1:
                return first - 1  # "said [it would not return to Blackpool] but did so in 2002"
    return end_token


def _tokens(doc: Doc, start: int, end: int, deps: tuple[str, ...], *, stopped: bool = False) -> Iterable[Token]:
    """The tokens of doc[start:end] that bear one of ``deps`` (or, ``stopped``, end in a full
    stop: ``_joined_sentence``), in order: the only ones the loops above test, found from
    columns read once per Doc instead of a Token per word of each content."""
    if start < 0:
        return [t for t in doc[start:end] if t.dep_ in deps or stopped and t.text[-1:] == "." and len(t.text) >= 2]
    found = indices_between(doc, DEP, deps, start, end)
    if stopped:
        found = sorted(set(found).union(stopped_words_between(doc, start, end)))
    return [doc[i] for i in found]


def _joined_sentence(token: Token) -> bool:
    """A full stop the tokenizer kept on a unit or word ("for [$630m.] The airline, SpiceJet,
    will ...") before a capitalised determiner or pronoun: the next sentence, the writer's."""
    text = token.text
    if len(text) < 2 or text[-1] != ".":  # (asked of every token of a content: the cheap test first)
        return False
    after = token.doc[token.i + 1]
    word = text[:-1]
    return (word[-1:].isalpha() and word[-1:].islower()
            and "." not in word and word.lower().lstrip("$£€0123456789.,") not in _ABBREVIATIONS
            and after.pos_ in ("DET", "PRON") and after.text[:1].isupper() and after.text != "I")


# Short words whose full stop ends no sentence: "etc. The", "vs. This".
_ABBREVIATIONS = frozenset("etc vs v no co inc corp ltd jr sr st approx cf".split())


def _other_reporter(token: Token) -> bool:
    """A joined report with a named subject of its own, no "that" and no pronoun: "Halifax
    said prices rose [and Nationwide reported a rise]" is the writer's next report, of
    someone else, not the first speaker's words; but not one joined to a report inside the
    content: "Police said [the man admitted the offence and the victim confirmed it]"."""
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]
    return (len(subjects) == 1 and subjects[0].pos_ in ("PROPN", "NOUN")
            and not any(c.dep_ == "mark" for c in token.children) and token.head.lemma_.lower() not in SPEECH_VERBS)


def _narrated_conjunct(token: Token) -> bool:
    """A past tense with no subject joined to a bare verb under a modal: "it would not
    return ... but [did] so in 2002" cannot share the "would", so it goes on with the
    speaker's own clause: what they did, not what they said. A present tense is the words
    reported as spoken ("would still consider doing so but loves what I'm doing and has no
    plans to leave"), and so is a backshifted "was" or "had" ("would stay and was happy")."""
    head = token.head
    # "might not be dominated by players from England [and held out hope for the Scots]": a
    # passive under a modal shares its "be" only with another passive, and a past with an
    # object of its own is active (editor-acts7, BBC dev slice, judged "partly")
    passive = (head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in head.children)
               and any(c.dep_ == "dobj" for c in token.children))
    # "would sell the plant and [put] the money into schools": a past tense written as its
    # base form (put, cut, set, let) may be the bare verb the tagger misread
    return (token.dep_ == "conj" and token.tag_ == "VBD" and token.lemma_.lower() not in ("be", "have")
            and token.lower_ != token.lemma_.lower()
            and (head.tag_ == "VB" or passive) and head.i < token.i
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in token.children))


# Verbs of a held view that take a clause of their own: a second attitude of the speaker.
_ATTITUDES = frozenset("believe think feel fear hope want expect".split())


def _second_attitude(token: Token) -> bool:
    """A verb of belief with a clause of its own and no subject, joined to a verb of the
    content that a modal or a passive governs: "say [the issue should be decided in
    Scotland] and believe the executive is shirking" — the modal cannot carry "believe",
    so it is the speaker's second verb, a belief of theirs, not part of what they say (but
    "said voters want change and believe it will come" joins two verbs of the content)."""
    head = token.head
    return (token.dep_ == "conj" and token.lemma_.lower() in _ATTITUDES and token.tag_ in ("VB", "VBP", "VBZ", "VBD")
            and any(c.dep_ == "ccomp" for c in token.children)
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "mark") for c in token.children)
            and any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.dep_ == "auxpass") for c in head.children)
            and head.i < token.i)


def stray_subject_end(cue: Token, comp: Token, end: int) -> int:
    """The last token of a content before its cue where the parser, with no comma before a
    trailing "said X", made the content's last words a second subject of the cue: "games
    ... that have [educational elements] said Mr Owen" ends the content at "elements"."""
    if comp.i > cue.i or end != comp.right_edge.i:
        return end
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    stray = [c for c in subjects if c.left_edge.i == end + 1 and c.right_edge.i == cue.i - 1]
    return cue.i - 1 if stray and any(c.i > cue.i for c in subjects) else end


_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def host_verb_end(cue: Token, comp: Token, end: int) -> int:
    """The last token of a relative clause's content where the parser hung the host's own
    verb inside it: "The man who said [he had seen the crash] was questioned by police" left
    the host noun the sentence's root, so the finite verb that runs to the content's end is
    the host's, and a subject right before it is the reported clause's object."""
    if cue.dep_ != "relcl" or cue.head.dep_ != "ROOT" or comp.i < cue.i:
        return end
    doc = cue.doc
    for token in comp.subtree:
        if (token.i <= comp.i or token.right_edge.i < end or token.dep_ not in ("ccomp", "conj")
                or not token.tag_.startswith("VB")):
            continue
        first = min([c.i for c in token.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < token.i] + [token.i])
        if doc[first].tag_ not in _FINITE_TAGS or doc[first - 1].dep_ == "cc":
            continue
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < first]
        if not subjects or (subjects[-1].right_edge.i == first - 1 and subjects[-1].left_edge.i > comp.i):
            return first - 1
    return end


def stray_subject_start(cue: Token, comp: Token) -> tuple[int, Token] | None:
    """The first token of a reported clause's subject that the parser made a second subject
    of the cue, and the cue's own subject: "Terzian said [the changes in eligibility rules,
    which allow ...], were made ..." — a clause with no subject of its own after a common
    noun the cue took for its subject, with a subject before the cue. RETURNS (tuple[int,
    Token] | None): where the content starts, and the speaker; likewise an object of the cue
    followed by an aside: "The survey suggested [crime, unlike unemployment, was ...]"."""
    if comp.dep_ != "ccomp" or comp.i < cue.i or any(c.dep_ in SUBJECT_DEPS for c in comp.children):
        return None
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    # or its object, with an aside between: "The survey suggested [crime, unlike unemployment,] was ..."
    strays = subjects + [c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1
                         and _aside_between(cue, c, comp)]
    stray = [c for c in strays if cue.i < c.i < comp.i and c.pos_ == "NOUN" and c.left_edge.i > cue.i]
    before = [c for c in subjects if c.i < cue.i]
    return (stray[0].left_edge.i, before[0]) if stray and before else None


def _aside_between(cue: Token, noun: Token, comp: Token) -> bool:
    """Whether only a comma-bounded aside of the cue stands between its object and the
    clause with no subject: "crime[, unlike unemployment,] was"."""
    doc = cue.doc
    between = doc[noun.right_edge.i + 1 : comp.left_edge.i]
    return (len(between) >= 2 and between[0].text == "," and between[-1].text == ","
            and all(t.head.i == cue.i or t.head.i in {b.i for b in between} for t in between))


def is_trailing_participle(token: Token) -> bool:
    """A speech verb's participle after a comma with no subject of its own ("X believes Y,
    explaining: …", "she said Y, saying that Z"): the parser hangs it on the reported
    clause, but it reports the speaker again (``cue_tokens.participle_of_outer_speaker``)."""
    doc = token.doc
    return (token.tag_ == "VBG" and token.dep_ == "advcl" and token.lemma_.lower() in SPEECH_VERBS
            and token.i > 0 and doc[token.left_edge.i - 1].text == "," and token.left_edge.i == token.i
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children))


def _is_edge_junk(token: Token, opening: bool) -> bool:
    if token.is_space:
        return True
    if token.text in ('"', "“", "”", "'", "‘", "’", "«", "»", "''", "``") or token.text == "%" and not opening:
        return False  # ("profits rose 5%": the sign is the number's)
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


def joined_complements(cue: Token, comps: list[Token]) -> tuple[dict[int, int], list[Token]]:
    """Complements after the cue that follow each other with nothing between are one clause
    the parser split ("said a growing number of companies were concerned that moves to
    outsource work [could both hurt] their reputation", "hurt" made a second complement of
    "said"): the first reaches to the last one's end and the others go. Joined by a comma
    or "and" they stay two, unless the comma closes a relative clause on the first one's
    subject and the second has no subject of its own: "said [the settlement, details of
    which will be announced next week,] [was an opportunity to move on]" is one clause whose
    subject the parser gave to the relative's verb. RETURNS (dict[int, int], list[Token]): the first's token index
    -> its last token, and the complements kept."""
    # before a trailing cue too, when the seam is a quotation mark just opened: 'also means
    # ["]few surprises" are left by the time ..., he said' (the parser split at the mark)
    after = sorted((c for c in comps if c.left_edge.i > cue.i or c.right_edge.i < cue.i), key=lambda c: c.left_edge.i)
    reach: dict[int, int] = {}
    dropped: set[int] = set()
    first: Token | None = None
    doc = cue.doc
    for comp in after:
        if first is not None and comp.left_edge.i == reach[first.i] + 1 and (
                _opened_quote(doc[reach[first.i]]) or comp.left_edge.i > cue.i and (
                _run_on(doc[reach[first.i]], comp.left_edge) or _closed_quote_seam(comp.left_edge)
                or _predicate_after_relative(doc, first, reach[first.i], comp) or relative_of_quantity(comp)
                or predicate_after_insertion(first, reach[first.i], comp)
                or _clause_after_fronted_phrase(doc, first, reach[first.i], comp))):
            reach[first.i] = comp.right_edge.i
            dropped.add(comp.i)
            continue
        first = comp
        reach[comp.i] = comp.right_edge.i
    return reach, [c for c in comps if c.i not in dropped]


def _opened_quote(last: Token) -> bool:
    """Whether a clause's last word is a quotation mark that opens a quote (space before it,
    none after): no clause ends there, so the quote's words run on into the next one."""
    return last.is_quote and last.i > 0 and last.doc[last.i - 1].whitespace_ != "" and last.whitespace_ == "" \
        and last.i + 1 < len(last.doc) and not last.doc[last.i + 1].is_punct


def _run_on(last: Token, following: Token) -> bool:
    """Whether a clause's last word runs on into the next one's first: same line, and no
    punctuation, conjunction, "that" or quotation mark at the seam."""
    seam = (last, following)
    if last.whitespace_ == "" and "-" in (last.text, following.text):
        return True  # one word the tokenizer split at its hyphen: "he would [co][-][operate] fully"
    return (last.whitespace_ != "" and "\n" not in last.whitespace_
            and not any(t.is_punct or t.dep_ in ("cc", "mark") or t.is_quote for t in seam))


def _closed_quote_seam(mark: Token) -> bool:
    """Whether the next clause opens with the mark that closes a word quoted at the first
    one's end (none before it, a space after, then a word): 'said he was "astounded" [he had
    never won a Grammy]', a clause on the quoted word that the parser gave to the cue."""
    doc = mark.doc
    return (mark.is_quote and mark.i > 0 and doc[mark.i - 1].whitespace_ == "" and mark.whitespace_ != ""
            and "\n" not in mark.whitespace_ and mark.i + 1 < len(doc) and not doc[mark.i + 1].is_punct
            and doc[mark.i + 1].dep_ not in ("cc", "mark") and not doc[mark.i + 1].is_quote)


def _clause_after_fronted_phrase(doc: Doc, first: Token, last: int, comp: Token) -> bool:
    """ "claim [that of the £750m the prime minister pledged ...,] [only £41m had been spent]":
    a "that" followed at once by a preposition fronts a phrase of the clause after the
    comma, which has no "that" of its own; the parser made the phrase a clause."""
    opening = doc[first.left_edge.i]
    return (doc[last].text == "," and opening.lower_ == "that" and opening.dep_ == "mark"
            and opening.i + 1 < len(doc) and doc[opening.i + 1].dep_ == "prep"
            and not any(c.dep_ in ("mark", "cc") for c in comp.children) and comp.left_edge.dep_ != "cc")


def _predicate_after_relative(doc: Doc, first: Token, last: int, comp: Token) -> bool:
    """ "the settlement, details of which will be announced next week, | was ...": a comma
    after a relative clause, then a verb with no subject (its subject is the first's)."""
    return (doc[last].text == "," and comp.left_edge.i == comp.i and comp.pos_ in ("AUX", "VERB")
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in comp.children)
            and any(t.tag_ in ("WDT", "WP", "WP$") for t in doc[first.left_edge.i : last]))


def cut_attribution_phrases(doc: Doc, content: Range) -> Range:
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
