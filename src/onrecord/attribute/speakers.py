"""Speaker phrases as spans of the Doc: where a phrase starts and ends, its noun-phrase
core, the entity a token belongs to, a person's name tokens. ``phrases.describe`` reads
what a phrase says about the speaker; ``roles`` splits titles from affiliations.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span, Token

from .lexicon import AUXILIARIES, DEMONYMS, MODALS, TEMPORAL_WORDS, TITLE_WORDS
from .names import honorific_word, is_first_name, is_honorific
from .org_kinds import opening_descriptor
from .post_nominals import POST_NOMINALS
from .roles import is_role_noun
from .speaker_repairs import DASHES, named_phrase_after
from .quotes import text_of

_CORE_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "predet", "quantmod", "cc", "conj"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


def is_temporal(token: Token) -> bool:
    """Whether a token heads a time expression ("on Monday", "last week")."""
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    if token.dep_ == "prep":
        return any(is_temporal(child) for child in token.children if child.dep_ == "pobj")
    return token.lower_ in TEMPORAL_WORDS and token.pos_ in ("NOUN", "PROPN", "ADV")


_FOCUS_ADVERBS = frozenset("even only just also meanwhile ultimately instead still too".split())


def mention_range(head: Token) -> tuple[int, int]:
    """Character range of the speaker phrase headed by ``head``.

    The subject's whole subtree (appositions and relative clauses included, as PolNeAR
    annotates sources), without time expressions, what the speaker was doing ("speaking at
    a rally"), a dateline or the line before, and punctuation at the edges.
    """
    if head.pos_ == "PRON":
        return head.idx, head.idx + len(head.text)
    if head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
        return _root_phrase(head)
    inverted = _inverted_phrase_start(head)
    if inverted is not None:
        return head.doc[inverted].idx, head.idx + len(head.text)
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in ("prep", "npadvmod", "advmod") and is_temporal(child):
            skip.update(t.i for t in child.subtree)
        elif child.dep_ in ("advmod", "dep") and child.i > head.i:
            skip.update(t.i for t in child.subtree)
        elif child.dep_ == "advmod" and child.i < head.i and child.lower_ in _FOCUS_ADVERBS:
            # "Even Lindsey Graham said": the adverb is about the sentence, not the speaker
            skip.update(t.i for t in child.subtree)
        elif child.i > head.i and child.dep_ == "acl" and child.tag_ in ("VBG", "VBD"):
            # "Rubio, speaking at a rally, said": what the speaker was doing is not who they are;
            # a finite verb read as a modifier is the cue itself ("a man yelled “Stay there!”")
            skip.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    # keep the contiguous block around the head: a skipped modifier cuts the phrase there
    left = right = head.i
    indices = {t.i for t in tokens}
    while left - 1 in indices:
        left -= 1
    while right + 1 in indices:
        right += 1
    doc = head.doc
    left = after_dateline(doc, left, head.i, line_breaks=True)
    while left < right and (doc[left].is_punct or doc[left].is_space) and doc[left].text not in "“\"":
        left += 1
    while right > left and (doc[right].is_punct or doc[right].is_space or doc[right].dep_ == "cc"):
        right -= 1
    if right + 1 < len(doc) and doc[right + 1].text == ")" and right + 1 in indices \
            and any(doc[i].text == "(" for i in range(left, right)):
        right += 1  # "Sen. Lindsey Graham (R-SC)": the parenthesis closes with the phrase
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _root_phrase(head: Token) -> tuple[int, int]:
    """A name the parser made the sentence's root ("Trump defended ..., calling"; "Donald
    Trump, who is vying ..., tweeted on Friday to say"): the whole sentence hangs on it, so
    the phrase is its modifiers before it and the asides right after it, up to the first
    word of the sentence's own."""
    doc = head.doc
    left = head.i
    while left > head.sent.start and doc[left - 1].dep_ in _CORE_LEFT_DEPS \
            and left - 1 < doc[left - 1].head.i <= head.i:
        left -= 1
    right = head.i
    for child in head.rights:
        if child.left_edge.i != right + 1 or child.dep_ not in ("appos", "relcl", "punct") or (
                child.dep_ == "relcl" and doc[child.left_edge.i].tag_ not in ("WP", "WDT", "WP$")) or (
                child.dep_ == "appos" and any(t.tag_ in ("VBD", "VBZ", "VBP") for t in child.subtree)):
            break  # a clause with no "who", an apposition with a verb: the sentence's own
        right = child.right_edge.i
    while right > head.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def after_dateline(doc: Doc, left: int, head: int, *, line_breaks: bool = False) -> int:
    """Where a phrase headed by token ``head`` really starts: after a dateline the parser hung
    on it ("RENO, Nev. (AP) — Donald Trump", "WASHINGTON — Sen. ..."), and with
    ``line_breaks`` after a line break (a headline above a speaker's name)."""
    for i in range(left, head):
        token = doc[i]
        if line_breaks and ("\n" in token.text or "\n" in token.whitespace_):
            left = i + 1
        elif token.text in DASHES and i > left and (doc[i - 1].whitespace_ or token.whitespace_) and (
                doc[i - 1].text == ")" or (doc[i - 1].is_upper and len(doc[i - 1]) > 1)):
            # (a hyphen inside a word is no dateline's dash: "the UK-controlled area")
            left = i + 1
    return left


def _inverted_phrase_start(head: Token) -> int | None:
    """Where the speaker phrase of an inverted cue starts when the parser read it as a clause:
    '"…," said Tory shadow local government secretary Caroline Spelman' ("shadow" a verb)."""
    cue = head.head.head
    named = named_phrase_after(cue) if head.head.dep_ == "ccomp" and cue.i < head.i else None
    return cue.i + 1 if named is not None and named.i == head.i else None


def core(head: Token) -> list[Token]:
    """The noun phrase core: the head and its left modifiers, nothing after it but a name."""
    left = head
    for child in head.lefts:
        if child.dep_ in _CORE_LEFT_DEPS and not is_temporal(child):
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    left = _place_after_preposition(_widen_left(left), head)
    tokens = [t for t in head.doc[left.i : head.i + 1] if not t.is_space]
    # a PERSON name may run past the parser's head ("Ms. Clinton Jr.") - keep the entity whole
    if head.ent_type_ == "PERSON" and head.ent_iob_ != "":
        ent = _entity_of(head)
        if ent is not None and ent.end - 1 > head.i:
            tokens.extend(t for t in head.doc[head.i + 1 : ent.end])
    return tokens


def _widen_left(left: Token) -> Token:
    """Take back name words the parser hung elsewhere: in "UFCW Local 832 president Jeff
    Traeger said", en_core_web_sm attaches "UFCW" to the verb."""
    doc = left.doc
    while left.i > 0:
        prev = doc[left.i - 1]
        if prev.pos_ in ("PROPN", "NUM") and prev.dep_ in ("dep", "npadvmod", "compound", "nmod") and not prev.is_sent_end:
            left = prev
        elif prev.pos_ == "PROPN" and prev.dep_ == "ROOT" and not list(prev.children) and prev.whitespace_ == " ":
            left = prev  # "Italy coach John Kirwan" opening a paragraph, "Italy" parsed as a sentence of its own
        else:
            break
    return left


def _place_after_preposition(left: Token, head: Token) -> Token:
    """Leave out a place the parser hung on the name though a preposition governs it: "In
    Tanzania Mr Brown said", "to business leaders in London Mr Howard said" (where he
    spoke, never his body). Only before a social honorific: no title or body is written as
    a place there, while "Scotland Secretary Alistair Darling" is a title and "behind Texas
    Sen. Ted Cruz" a senator of Texas."""
    doc = head.doc
    if left.i == 0 or doc[left.i - 1].pos_ != "ADP" or doc[left.i - 1].lower_ == "of":
        return left
    end = left.i
    while end < head.i and doc[end].ent_type_ in ("GPE", "LOC", "FAC"):
        end += 1
    return doc[end] if end > left.i and honorific_word(doc[end]) in _SOCIAL_HONORIFICS else left


_SOCIAL_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame".split())


def entities_in(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities inside tokens [start, end), from IOB tags: ``Span.ents`` walks all of ``doc.ents``.
    Each "B" token starts one, running on over the "I" tokens after it; the runs are read
    once per Doc (``_entity_runs``): a Token per word of every sentence, asked again for
    each statement, cost more than the rest."""
    starts, ends, labels = _entity_runs(doc)
    return [Span(doc, starts[k], ends[k], label=labels[k])
            for k in range(bisect_left(starts, start), bisect_left(starts, end)) if ends[k] <= end]


_RUNS_KEY = "onrecord.entity_runs"


def _entity_runs(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """The start ("B" token), end and label of every entity of the Doc, in order, read from
    its IOB column once (the entities are set before the rules read them)."""
    runs = doc.user_data.get(_RUNS_KEY)
    if runs is None or runs[3] != len(doc):
        array = doc.to_array([ENT_IOB, ENT_TYPE])
        starts = numpy.flatnonzero(array[:, 0] == 3)  # "B"
        # a run ends at the first token after its start that is not "I"
        others = numpy.append(numpy.flatnonzero(array[:, 0] != 1), len(doc))
        ends = others[numpy.searchsorted(others, starts, side="right")]
        runs = doc.user_data[_RUNS_KEY] = (starts.tolist(), ends.tolist(), array[starts, 1].tolist(), len(doc))
    return runs[0], runs[1], runs[2]


def _entity_of(token: Token) -> Span | None:
    """The entity a token is part of, found from the token's IOB tags (``doc.ents`` is
    rebuilt on every access)."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    starts, ends, _ = _entity_runs(doc)  # the run that holds the token, read once per Doc
    k = bisect_right(starts, token.i) - 1
    if k >= 0 and token.i < ends[k]:
        return Span(doc, starts[k], ends[k], label=token.ent_type_)
    start = token.i  # an "I" with no "B" before it: walk the tags
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


entity_of = _entity_of  # the name other modules import


# Capitalised words that open a sentence before a name without being part of it ("Rival
# Hillary Clinton kicked off ...").
_NOT_FIRST_NAMES = frozenset("rival fellow ex then former incumbent challenger nominee".split())


def _plural_title(token: Token) -> bool:
    """ "Professors Foner and Alba": a title in the plural before names."""
    return token.tag_ in ("NNS", "NNPS") and token.lower_.endswith("s") and token.lower_[:-1] in TITLE_WORDS


def _written_without(doc, word: Token, name: str) -> bool:
    """Whether the article also writes ``name`` without ``word`` before it: "Conservative
    Icon Morton Blackwell" in a headline, "Morton Blackwell, the conservative icon" below."""
    text = text_of(doc)
    at = text.find(name)
    while at >= 0:
        if not text[max(0, at - len(word.text) - 2) : at].rstrip().endswith(word.text):
            return True
        at = text.find(name, at + 1)
    return False


def _opens_sentence(token: Token) -> bool:
    """Capitalised only because it opens the sentence, maybe ("Teenager Sania Mirza")."""
    return token.is_sent_start or token.i == 0 or "\n" in token.doc[token.i - 1].text or token.doc[token.i - 1].is_quote


def person_name_tokens(ent: Span) -> list[Token]:
    """The tokens of a person's name: the PERSON entity, widened left over capitalised name
    words the NER left out ("Dmitry" in "Dmitry Peskov sounded ..."), without titles,
    honorifics or a possessive."""
    doc = ent.doc
    start = ent.start
    while start > 0:
        prev = doc[start - 1]
        if (prev.pos_ == "PROPN" and prev.ent_type_ == "" and prev.text[:1].isupper()
                and prev.lower_ not in TITLE_WORDS and not is_honorific(prev)
                and prev.lower_ not in DEMONYMS and prev.dep_ in ("compound", "nsubj", "appos")
                and not is_role_noun(prev, strict=True) and prev.lower_ not in _NOT_FIRST_NAMES
                and not (ent.end - start > 1 and not is_first_name(prev.text)
                         and (_opens_sentence(prev) or _written_without(doc, prev, doc[start : ent.end].text)))):
            start -= 1
        else:
            break
    tokens = [t for t in doc[start : ent.end] if not t.is_space]
    possessive = [i for i, t in enumerate(tokens) if i and t.text in ("'s", "’s") and t.dep_ == "case"]
    if possessive and possessive[-1] + 1 < len(tokens):
        tokens = tokens[possessive[-1] + 1 :]  # "Breitbart’s Joel Pollak": the possessor is not the name
    tokens = [t for t in tokens if t.text not in ("'s", "’s") and t.dep_ != "case"]
    # a spaced dash ends the name: what follows is an aside ("Roger Federer - nice bloke")
    spaced = [i for i, t in enumerate(tokens) if i and t.text in ("-", "–", "—") and (t.whitespace_ or doc[t.i - 1].whitespace_)]
    if spaced:
        tokens = tokens[: spaced[0]]
    if len(tokens) > 2 and tokens[0].lower_ == "the" and is_honorific(tokens[1]):
        tokens = tokens[1:]  # "the Rt Rev Michael Scott-Joynt": the NER took the article in with the honorific
    # a hyphen or an initial's full stop stays inside a name ("Jean-Pierre", "Donald J. Trump")
    tokens = [t for t in tokens if not is_honorific(t) and (not t.is_punct or t.text in (".", "-"))]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    while len(tokens) > 2 and tokens[-1].text in POST_NOMINALS:
        tokens = tokens[:-1]  # "Ian MacDonald QC", "Derek Wyatt MP said": letters for a rank or a seat, not the name
    after_role = bool(tokens) and tokens[0].i > 0 and is_role_noun(doc[tokens[0].i - 1], strict=True)
    while tokens and len(tokens) > 1 and (tokens[0].lower_ in TITLE_WORDS or _plural_title(tokens[0]) or opening_descriptor(tokens[0])
                                          or len(tokens) > 2 and (
            is_role_noun(tokens[0], strict=True) or tokens[0].pos_ == "NOUN" and tokens[0].tag_ in ("NN", "NNS"))):
        if after_role and len(tokens) == 2 and tokens[0].pos_ == "PROPN" and tokens[0].lower_ in TITLE_WORDS:
            break  # "Keeper Dean Kiely": titles do not stack after a role, so "Dean" is his first name
        after_role = is_role_noun(tokens[0], strict=True)
        tokens = tokens[1:]  # "Agent Simon Beresford", "Teenager Sania Mirza": a role or a description is not the name
    role = max((i for i, t in enumerate(tokens[:-1]) if t.text[:1].islower() and t.pos_ == "NOUN" and is_role_noun(t)), default=None)
    if role is not None and tokens[role + 1].text[:1].isupper():
        tokens = tokens[role + 1 :]  # "Wales physio Mark Davies": the body and the role before the name
    while len(tokens) > 1 and tokens[0].tag_ in ("RB", "UH", "CC") and not is_first_name(tokens[0].text):
        tokens = tokens[1:]  # "Certainly Donald Trump has gone ...": the NER took the adverb into the name
    if len(tokens) > 1 and tokens[0].pos_ in ("VERB", "AUX") and tokens[0].dep_ == "ROOT":
        tokens = tokens[1:]  # "Said Mr Bysshe: ...": the NER took the inverted verb into the name
    # a title-case headline's verbs end the name: "[Trump] May Not Have Suggested A Muslim Registry"
    verb = next((i for i, t in enumerate(tokens) if i and t.lower_ in _NAME_ENDING_WORDS), None)
    if verb is not None:
        tokens = tokens[:verb]
        while len(tokens) > 1 and tokens[-1].lower_ in MODALS:
            tokens = tokens[:-1]
    return tokens


# Words that never stand inside a person's name (the modals before them go too).
_NAME_ENDING_WORDS = AUXILIARIES | frozenset("not n't says said".split())


def strip_determiners(words: list[str]) -> list[str]:
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return words


