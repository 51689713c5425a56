"""Names the NER missed, cut or glued, for the article's entity table (``mentions``): a name
after an honorific ("Mr Mubanga"), a title the NER missed before "magazine", a full name
written once and its surname alone later, a body's descriptor or a possessor glued to a
person's name, and a person's name at the end of a body's ("EADS Philippe Camus").
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, IS_TITLE, LOWER, ORTH, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from .deps import NOUN_SUBJECT_DEPS
from .lexicon import ABBREVIATED_RANKS, DEMONYMS, TITLE_WORDS
from .names import (HONORIFICS, committee_on_a_subject, gender_of_honorific, gender_of_name, honorific_word, is_first_name,
                    is_honorific, span_text, strip_edges, widened_left, without_nationality)
from .org_kinds import BODY_DESCRIPTOR_NOUNS, kinds_of_name, opening_descriptor
from .phrase_shapes import OUTLET_NOUNS, appositive_name, listed_with_people
from .prefilter import member_mask
from .role_before_names import office_in_capitals
from .roles import is_role_noun
from .speakers import person_name_tokens

# Dependencies of a clause subject.

def honoured_names(doc: Doc, ents: tuple[Span, ...] | None = None) -> list[list[Token]]:
    """Names after an honorific that the NER did not call a person ("Mr Mubanga", which
    en_core_web_sm takes for a place), and names in apposition to a role that it missed."""
    out = []
    for i in indices(doc, ORTH, _HONORIFIC_FORMS):
        token = doc[i]
        if not is_honorific(token) or token.i + 1 >= len(doc):
            continue
        name = []
        i = token.i + 1
        while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and not doc[i].is_punct:
            name.append(doc[i])
            i += 1
        if name and name[-1].ent_type_ != "PERSON" and not is_role_noun(name[-1]):
            out.append(name)  # (not "Lord Chancellor": an office)
    out += [name for name in map(_titled_name, doc.ents if ents is None else ents) if name]
    for i in indices(doc, DEP, ("appos",)):
        token = doc[i]
        if token.ent_type_ != "PERSON":
            name = appositive_name(token)
            if name:
                out.append(name)
    return out


def _titled_name(ent: Span) -> list[Token]:
    """A person's name the NER cut and read as a body's after a title written in capitals
    ("Cardinal Cormac [Murphy-O'Connor]", "Bishop Desmond [Tutu]"): one capitalised proper
    noun with no entity of its own between a role title and a short entity that names no
    kind of body makes the whole a person's name. RETURNS (list[Token]):
    empty where there is none."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE", "NORP") or ent.start < 2:
        return []
    first, title = doc[ent.start - 1], doc[ent.start - 2]
    if not (first.is_title and first.pos_ == "PROPN" and not first.ent_type_ and first.is_alpha
            and title.is_title and title.pos_ == "PROPN" and is_role_noun(title, strict=True) and not title.ent_type_
            and (title.i == 0 or not doc[title.i - 1].is_title) and len(ent) <= 3 and not kinds_of_name(ent.text)):
        return []
    return [first, *ent]


def surname_genders(doc: Doc) -> dict[str, set[str]]:
    """Surname -> the genders its honorifics give in the article: {"clinton": {"female"}}
    from "Mrs. Clinton". RETURNS (dict[str, set[str]])."""
    genders: dict[str, set[str]] = {}
    for i in indices(doc, ORTH, _HONORIFIC_FORMS):
        token = doc[i]
        gender = gender_of_honorific(honorific_word(token)) if is_honorific(token) else None
        if gender and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            genders.setdefault(doc[token.i + 1].lower_, set()).add(gender)
    return genders


def unlabelled_outlets(doc: Doc) -> list[list[Token]]:
    """Titles of outlets the NER missed ("Mobile PC magazine tested it"): the capitalised
    words that premodify "magazine" or "newspaper" (one word not opening the sentence),
    covered by no entity; the descriptor gives the body its kind. RETURNS (list[list[Token]])."""
    out = []
    outlets = {doc.vocab.strings[w] for w in OUTLET_NOUNS}
    lowers = doc.to_array(LOWER).tolist() if len(doc) else []
    # the outlet nouns by hash first: a Token object per word of the article costs more
    for i in [i for i, h in enumerate(lowers) if h in outlets]:
        token = doc[i]
        if token.pos_ != "NOUN":
            continue
        run = []
        i = token.i - 1
        while i >= 0 and doc[i].dep_ == "compound" and doc[i].head.i in (token.i, i + 1) and doc[i].text[:1].isupper() \
                and not doc[i].ent_type_:
            run.insert(0, doc[i])
            i -= 1
        if run and (len(run) > 1 or not run[0].is_sent_start) and (i < 0 or not doc[i].text[:1].isupper()):
            out.append(run)
    return out


def described_bodies(doc: Doc, ents: tuple[Span, ...] | None = None) -> list[list[Token]]:
    """Names of bodies the NER missed after a noun only a body is called: "Consultancy
    Strategy Analytics said", "the consultancy Strategy Analytics said": the capitalised
    proper nouns right after the descriptor, which no entity covers. RETURNS (list[list[Token]])."""
    out = []
    covered = {i for e in (doc.ents if ents is None else ents) for i in range(e.start, e.end)}
    for i in indices(doc, LOWER, _BODY_DESCRIPTORS):
        token = doc[i]
        if not (token.pos_ == "NOUN" and token.text[:1].islower() or opening_descriptor(token)) or i + 1 in covered:
            continue
        run = []
        j = i + 1
        while j < len(doc) and len(run) < 4 and doc[j].pos_ == "PROPN" and (doc[j].is_title or doc[j].is_upper) \
                and j not in covered and not is_role_noun(doc[j]) and doc[j].lower_ not in TITLE_WORDS:
            run.append(doc[j])
            j += 1
        if run and (j == len(doc) or doc[j].pos_ != "PROPN" and j not in covered):
            out.append(run)
    return out


_BODY_DESCRIPTORS = tuple(sorted(BODY_DESCRIPTOR_NOUNS))


def based_bodies(doc: Doc, ents: tuple[Span, ...] | None = None) -> list[list[Token]]:
    """Names of bodies the NER missed after a base: "the Abilene, Texas-based Meals on Wheels
    Plus": the capitalised words (with the lower-case "on", "of", "for", "and" between them)
    that "-based" modifies, when no person, nation or place covers any of them and none is
    a role ("Florida-based Senator ..."). RETURNS (list[list[Token]])."""
    out = []
    other = {i for e in (doc.ents if ents is None else ents) if e.label_ in ("PERSON", "NORP", "GPE", "LOC")
             for i in range(e.start, e.end)}
    for i in indices(doc, LOWER, ("based",)):
        if i < 2 or doc[i - 1].text not in ("-", "–") or doc[i - 1].whitespace_:
            continue
        run, j = [], i + 1
        while j < len(doc) and len(run) < 8 and (doc[j].is_title or run and doc[j].lower_ in _NAME_JOINS
                                                 and j + 1 < len(doc) and doc[j + 1].is_title):
            run.append(doc[j])
            j += 1
        ids = {t.i for t in run}
        if run and doc[i].head.i in ids and not ids & other and not any(
                is_role_noun(t) or t.lower_ in TITLE_WORDS or t.lower_ in DEMONYMS for t in run):
            out.append(run)
    return out


# Lower-case words inside a body's name ("Meals on Wheels", "Institute for Fiscal Studies").
_NAME_JOINS = frozenset("on of for and".split())


def unlabelled_names(doc: Doc, ents: tuple[Span, ...] | None = None) -> list[list[Token]]:
    """Full names the NER missed ("Marat Safin suffered a shock loss ... Safin showed"): a
    compound run of two or three capitalised proper nouns that no entity covers whole or
    runs past (an entity inside it is a misreading: "Marat" as a nationality), whose last
    word the article also writes alone, names a person when its first word is a known first
    name or the run is the subject of a verb. The surname alone then joins the full name.
    RETURNS (list[list[Token]])."""
    if not len(doc):
        return []
    # the columns, not a Token object per proper noun and its neighbours (it runs on every Doc)
    columns = doc.to_array([POS, IS_TITLE, LOWER])
    propn = numpy.flatnonzero(columns[:, 0] == PROPN).tolist()
    titled, lowers, strings = columns[:, 1].tolist(), columns[:, 2].tolist(), doc.vocab.strings
    bounds = {i: (e.start, e.end) for e in (doc.ents if ents is None else ents) for i in range(e.start, e.end)}
    alone = {strings[lowers[i]] for i in propn if i not in bounds and (i + 1 == len(doc) or not titled[i + 1])
             and (i == 0 or not titled[i - 1] or is_honorific(doc[i - 1]))}  # "Safin", "Mr Richter"
    out = []
    k = 0
    while k < len(propn):
        run = [doc[propn[k]]]
        while k + 1 < len(propn) and propn[k + 1] == run[-1].i + 1:
            k += 1
            run.append(doc[propn[k]])
        k += 1
        start, end = run[0].i, run[-1].i + 1
        inside = [bounds[t.i] for t in run if t.i in bounds]
        if any(s < start or e > end or (s, e) == (start, end) for s, e in inside):
            continue  # the NER's own reading of the whole run, or a longer entity
        if 2 <= len(run) <= 3 and (run[-1].lower_ in alone or _introduced_with_a_role(run)) and _looks_like_a_name(run):
            out.append(run)
        elif not inside and len(run) > 3:
            out += after_a_capitalised_role(run)
    return out


def after_a_capitalised_role(run: list[Token]) -> list[list[Token]]:
    """ "French Green MEP Alain Lipietz warned": a run of proper nouns no entity touches,
    whose last two or three words follow a capitalised role noun and look like a name (a known
    first name, or the subject of a verb), ends in a person's name; the words before it are
    the role (``role_before_names.name_after_role`` reads the phrase). RETURNS (list[list[Token]])."""
    role = max((k for k, t in enumerate(run[:-2]) if office_in_capitals(t)), default=None)
    name = run[role + 1:] if role is not None else []
    return [name] if 2 <= len(name) <= 3 and _looks_like_a_name(name) else []


def _introduced_with_a_role(run: list[Token]) -> bool:
    """A name the article gives a role in apposition, so it names a person even when the
    surname never comes back alone: "Hugo Lueders, European director for public policy at
    CompTIA, said ..."."""
    return any(c.dep_ == "appos" and is_role_noun(c, strict=True) for c in run[-1].children)


def _looks_like_a_name(run: list[Token]) -> bool:
    ids = {t.i for t in run}
    if not all(t.is_title and t.is_alpha for t in run) or any(t.head.i not in ids for t in run[:-1]):
        return False
    if any(t.lower_ in DEMONYMS or t.lower_ in TITLE_WORDS or is_role_noun(t) or is_honorific(t) for t in run):
        return False
    if run[0].i > 0 and is_honorific(run[0].doc[run[0].i - 1]) or kinds_of_name(span_text(run)):
        return False  # an honorific's name is _honoured_names'; "Deutsche Bank" is a body
    if opening_descriptor(run[0]):
        return False  # "Miner Highland Gold said": a trade opening the sentence before a body's name
    head = run[-1]
    return gender_of_name(span_text(run)) is not None or (head.dep_ in NOUN_SUBJECT_DEPS and head.head.pos_ == "VERB")


_HONORIFIC_FORMS = tuple(f for word in list(HONORIFICS) + list(ABBREVIATED_RANKS)
                         for f in (word.capitalize(), word.capitalize() + ".", word.upper(), word.upper() + "."))


def indices(doc: Doc, attr: int, values) -> list[int]:
    """Token indices whose ``attr`` is one of ``values``: a numpy pass, not a Python loop
    over every token."""
    if not len(doc):
        return []
    hashes = _HASHES.get(values)
    if hashes is None:  # sorted, for member_mask's binary search (numpy.isin sorts the Doc's column)
        hashes = _HASHES[values] = numpy.array(sorted({doc.vocab.strings.add(v) for v in values}), dtype="uint64")
    return numpy.flatnonzero(member_mask(doc.to_array(attr), hashes)).tolist()


_HASHES: dict[tuple, numpy.ndarray] = {}  # string hashes are the same in every vocab


def entity_forms(ents: list[Span]) -> list[tuple[list[Token], str]]:
    """The name tokens and label of each entity; a person's entity the NER ran over an
    ampersand is two people ("Matt Lucas & David Walliams", as a list of winners writes
    them), so that "Walliams said" is David Walliams, not "Matt Lucas David Walliams"."""
    out = []
    for ent in ents:
        amp = next((t.i for t in ent[1:-1] if t.text == "&"), None) if ent.label_ == "PERSON" else None
        of = person_of_body(ent)
        if of is not None:
            # "said Meenakshi Ganguly of Human Rights Watch": a person and the body they are of
            doc = ent.doc
            out += [(list(doc[ent.start : of]), "PERSON"), (name_tokens(doc[of + 1 : ent.end], "ORG"), "ORG")]
            continue
        if amp is None:
            label = "PERSON" if listed_with_people(ent) else ent.label_
            out.append((name_tokens(ent, label), label))
            continue
        doc = ent.doc
        out += [(name_tokens(part, "PERSON"), "PERSON") for part in (doc[ent.start : amp], doc[amp + 1 : ent.end])]
    return out


def person_of_body(ent: Span) -> int | None:
    """The "of" of a body's entity that the NER ran over a person's name before it ("Meenakshi
    Ganguly of Human Rights Watch"): two or three capitalised words before it, the first a
    first name the corpora know or the entity followed by ", who"; never a body's own "of"
    ("Bank of America", "Federal Bureau of Investigation", "University of Virginia").
    RETURNS (int | None): the index of "of", or None."""
    if ent.label_ != "ORG" or len(ent) < 4:
        return None
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or not 2 <= of - ent.start <= 3:
        return None
    doc = ent.doc
    words = doc[ent.start : of]
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in words) or kinds_of_name(words.text) \
            or any(t.lower_ in BODY_DESCRIPTOR_NOUNS for t in words):
        return None
    who = ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "who"
    return of if is_first_name(words[0].text) or who else None


def name_tokens(form: Span | list[Token], label: str) -> list[Token]:
    if isinstance(form, list):
        return form
    if label == "PERSON":
        return without_nationality(person_name_tokens(form))
    tokens = widened_left(list(form)) if label == "ORG" else list(form)  # "Ask Jeeves"
    person = glued_person(form)
    if person:
        tokens = tokens[: len(tokens) - len(person)]
    if any(t.text == "(" for t in tokens):  # "Avions de Transport Regional (ATR": the acronym is an alias
        tokens = tokens[: next(i for i, t in enumerate(tokens) if t.text == "(")]
    tokens = strip_edges(tokens)
    return committee_on_a_subject(tokens) if label == "ORG" and tokens else tokens  # "Select Committee on Benghazi"


def glued_person(ent: Span) -> list[Token]:
    """The person's name the NER glued onto a body's name ("group EADS Philippe Camus is to
    leave"): the entity's last two words, a first name the corpora know and a capitalised
    word the article also writes elsewhere ("Mr Camus said"). RETURNS (list[Token]): empty
    where there is none."""
    if ent.label_ == "PERSON" or len(ent) < 3:
        return []
    first, last = ent[-2], ent[-1]
    if not (first.is_title and last.is_title and first.pos_ == last.pos_ == "PROPN" and is_first_name(first.text)):
        return []
    doc = ent.doc
    elsewhere = any(t.text == last.text for t in doc if not ent.start <= t.i < ent.end)
    return [first, last] if elsewhere and not ent[-3].is_punct else []


def person_read_as_body(body, surname) -> bool:
    """Whether a two-word "organisation" of the table is a person the NER misread, whom a
    one-word person's name (``surname``) shortens: a known first name and that surname, and
    nothing that says a body ("doping claims against Marion Jones", labelled a body, and
    "Jones, who says she is innocent")."""
    return len(body.key) == 2 and body.key[-1] == surname.key[0] and not body.kinds and not surname.kinds \
        and surname.type == "person" and is_first_name(body.name.split()[0])
