"""Speaker phrases the parser built around the wrong word (issue 11, stops 27 and 32): a
book title with its author after it, a name with its body written as a second subject, a
name at the end of a work's title and a role, a name buried in an opening participle, a
name before a role set off by dashes, a name given to a participle between it and the cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import DOCUMENT_NOUNS
from .names import is_honorific
from .programme_titles import TITLE_SMALL_WORDS
from .roles import is_role_noun
from .verb_shapes import holds_views

# Words a title leaves in lower case ("Passion of the Christ", "Buffy the Vampire Slayer").


def author_of_titled_work(subject: Token) -> Token | None:
    """ "Brown's Britain, by Robert Peston, says": a capitalised title set off from its
    verb by ", by PERSON," is a book or report, and its author speaks; the parser hangs the
    "by" on the title or on the verb. RETURNS (Token | None): the author's head."""
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON" or subject.dep_ != "nsubj":
        return None
    doc = subject.doc
    by = next((t for t in doc[subject.i + 1:subject.head.i] if t.lower_ == "by"), None)
    if by is None or doc[by.i - 1].text != "," or by.dep_ != "prep" or by.head.i not in (subject.i, subject.head.i):
        return None
    if any(t.text == "," for t in doc[subject.i + 1:by.i - 1]):
        return None  # the comma must close the title itself
    after = by.right_edge.i + 1
    if after >= subject.head.i or doc[after].text != ",":
        return None
    return next((c for c in by.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"), None)


def person_before_body(subject: Token) -> Token | None:
    """ "Colin Asplin, Blackpool Hotel Association said": a person's name, a comma and then
    the body the parser made the subject; the person speaks and the body is theirs (a
    list, "Smith, Labour and the Tories", is joined by a conjunction and is left alone).
    RETURNS (Token | None): the name's head."""
    doc, start = subject.doc, subject.left_edge.i
    if subject.ent_type_ != "ORG" or subject.dep_ != "nsubj" or start < 2 or doc[start - 1].text != "," \
            or any(c.dep_ == "conj" for c in subject.children):
        return None
    person = doc[start - 2]
    while person.dep_ == "compound" and person.head.i > person.i:
        person = person.head
    if person.ent_type_ != "PERSON" or person.head.i != subject.head.i or person.dep_ not in ("nsubj", "npadvmod", "dep"):
        return None
    return person


def name_after_titled_role(subject: Token) -> Token | None:
    """ "Essential Guide to British Quangos 2005 author Dan Lewis said", "Passion of the
    Christ director Mel Gibson has said", "said Passion of the Christ director Mel Gibson": a
    title the parser made the subject, whose phrase ends, right before the verb or at the
    end of the clause after it, in a role noun and a person's name; the named person speaks
    (a common noun, "Friends of singer John Smith", is left alone). RETURNS (Token | None):
    the name's head."""
    if not _opens_a_title(subject) or subject.ent_type_ == "PERSON" or subject.dep_ != "nsubj":
        return None
    doc, last = subject.doc, subject.right_edge
    cue = subject.head
    before_verb = last.i < cue.i and all(t.dep_ in ("aux", "neg") for t in doc[last.i + 1 : cue.i])  # "has said"
    ends = before_verb or (subject.i > cue.i and (last.i + 1 == len(doc) or doc[last.i + 1].is_punct))
    if last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or not ends:
        return None
    start = last.i
    while start > subject.i and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    role = doc[start - 1]
    if start - 1 <= subject.i or role.pos_ != "NOUN" or not is_role_noun(role) \
            or (role.head.i != last.i and last.head.i != role.i):
        return None  # (the name hangs on the role, or, after "of", the role on the name)
    return last


def _opens_a_title(subject: Token) -> bool:
    """Whether a subject opens a title: a proper noun, or a capitalised singular noun whose
    words up to the role go on in title case with another capitalised word ("Passion of the
    Christ director"; "Fans of Arsenal striker ..." are plural: people who speak)."""
    if subject.pos_ == "PROPN":
        return True
    if subject.tag_ != "NN" or not subject.text[:1].isupper():
        return False
    words = list(subject.doc[subject.i + 1 : subject.right_edge.i + 1])
    run = words[: next((k for k, t in enumerate(words) if t.text.islower() and t.lower_ not in TITLE_SMALL_WORDS), len(words))]
    return any(t.text[:1].isupper() for t in run)


def name_in_opening_participle(subject: Token, cue: Token) -> Token | None:
    """The speaker the parser buried in an opening participle it made the cue's subject:
    "[Speaking for Google, Urs Holzle, vice-president of operations,] said ..." — the name
    whose phrase ends right before the cue. RETURNS (Token | None)."""
    doc = cue.doc
    if subject.dep_ != "csubj" or subject.tag_ != "VBG" or subject.left_edge.i != subject.i or any(
            t.dep_ not in ("cc", "advmod", "punct") for t in doc[subject.sent.start : subject.i]):
        return None  # ("But speaking in Thailand Hingis admitted": a connective may come first)
    for token in subject.subtree:
        if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG") and token.dep_ in ("pobj", "appos", "conj"):
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i:
                start -= 1
            # "speaking in Thailand Hingis admitted": with no comma, a place the parser made
            # part of the name is where, and the name after it the one who speaks
            place = start < token.i and doc[start].ent_type_ in _PLACES and doc[token.i - 1].ent_type_ in _PLACES
            if (start == 0 or doc[start - 1].text != ",") and not (place and token.ent_iob_ == "B"):
                continue  # "Making her way around Chez Vachon, Clinton ...": a place, not the one set apart
            end = token.right_edge.i
            while end + 1 < cue.i and doc[end + 1].is_punct:
                end += 1
            if end + 1 == cue.i:
                return token
    return None


_PLACES = frozenset(("GPE", "LOC", "FAC"))


def name_before_dashed_role(subject: Token, cue: Token) -> Token | None:
    """The person named before a role set off by dashes, where the parser made the role the
    cue's subject: "Fund manager Florian Hamm - Borussia Dortmund's largest investor - said"
    — the name ending right before the first dash speaks. RETURNS (Token | None)."""
    if subject.pos_ != "NOUN" or subject.ent_type_ or subject.i >= cue.i:
        return None
    doc = cue.doc
    closing = doc[cue.i - 1]
    if closing.text not in DASHES or subject.right_edge.i + 1 < closing.i:
        return None
    for token in doc[subject.left_edge.i : subject.i]:
        if token.text in DASHES and token.i > 0 and doc[token.i - 1].whitespace_ and token.whitespace_:
            name = doc[token.i - 1]
            # a body too: "EADS - Airbus' majority owner - admitted"
            return name if name.ent_type_ in ("PERSON", "ORG") and name.pos_ == "PROPN" else None
    return None


# Dashes that set off an aside, "--" as PTB-style texts type one.
DASHES = frozenset(("—", "–", "-", "--"))


def subject_of_inner_participle(cue: Token) -> Token | None:
    """The subject the parser gave to a participle set off between it and the cue: "Sen.
    Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said ..." — the one
    noting is the one who said. RETURNS (Token | None)."""
    doc = cue.doc
    for child in cue.lefts:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i < cue.i:
            subjects = [c for c in child.children if c.dep_ in ("nsubj",) and c.i < child.i]
            if subjects and doc[child.i - 1].text == ",":
                return subjects[0]
        # "Trump, speaking to reporters Tuesday, said": the parser made the name a clause of
        # the cue with the participle hung on it (and took the day for the subject)
        if child.dep_ in ("advcl", "npadvmod", "dep") and child.pos_ == "PROPN" and child.ent_type_ in ("", "PERSON", "ORG") \
                and child.left_edge.i == child.sent.start and doc[child.i + 1].text == "," and doc[cue.i - 1].text == "," \
                and doc[child.i + 2].tag_ == "VBG" and doc[child.i + 2].head.i in (child.i, cue.i) \
                and doc[child.i + 2].right_edge.i == cue.i - 2:
            return child
    return None


# Words that cannot stand in a speaker phrase of titles and a name: a clause has them.
_CLAUSE_TAGS = frozenset(("VBD", "VBZ", "MD", "PRP", "WP", "WDT", "IN"))
_PHRASE_PREPOSITIONS = frozenset(("of", "for", "at"))
_PHRASE_END = frozenset((".", ",", ";", "!", "?", ":", "(", "-", "–", "—"))


def named_phrase_after(cue: Token) -> Token | None:
    """The speaker phrase of an inverted cue right after a quotation, when it ends in a
    person's name: '"…," said Tory shadow local government secretary Caroline Spelman'
    (the parser read "shadow" as a verb, the phrase as what was said). Titles, bodies and
    "of" may come before the name; a verb with tense, a pronoun or a conjunction makes it
    a clause. RETURNS (Token | None): the name's last token."""
    doc = cue.doc
    if cue.i < 2 or not (doc[cue.i - 1].is_quote or doc[cue.i - 1].text == "," and doc[cue.i - 2].is_quote):
        return None
    end = cue.i + 1
    while end < len(doc) and end - cue.i <= 12 and doc[end].text not in _PHRASE_END and not doc[end].is_space:
        token = doc[end]
        if token.pos_ in ("AUX", "PRON", "SCONJ") or (
                token.tag_ in _CLAUSE_TAGS and token.lower_ not in _PHRASE_PREPOSITIONS):
            return None
        end += 1
    last = doc[end - 1]
    if end == cue.i + 1 or last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or (
            end < len(doc) and doc[end].ent_iob_ == "I"):
        return None
    first = last.i
    while first > cue.i + 1 and (doc[first - 1].ent_type_ == "PERSON" or is_honorific(doc[first - 1])):
        first -= 1
    if doc[first - 1].tag_ in ("IN", "DT"):
        return None  # '"…," reads a telephone memo for Mr Heath': the name is the object of a phrase
    return last


def speaker_read_as_clause(cue: Token, comp: Token) -> bool:
    """Whether a complement after an inverted cue is only its speaker phrase
    (``named_phrase_after``): a name with its titles is never what was said."""
    if comp.i < cue.i or comp.left_edge.i != cue.i + 1:
        return False
    last = named_phrase_after(cue)
    return last is not None and comp.right_edge.i <= last.i


def name_read_as_modifier(cue: Token) -> Token | None:
    """A person's name opening the sentence right before its cue that the parser hung on the
    verb as a modifier: "Keeper Dean Kiely said: …" ("Kiely" an adverb of "said").
    RETURNS (Token | None): the name's last token."""
    doc = cue.doc
    if cue.i == 0:
        return None
    name = doc[cue.i - 1]
    if name.dep_ not in ("advmod", "npadvmod", "dep") or name.head.i != cue.i or name.pos_ != "PROPN" \
            or name.ent_type_ != "PERSON":
        return None
    if any(t.pos_ not in ("PROPN", "NOUN", "PUNCT", "ADJ") for t in doc[name.left_edge.i : name.i]) \
            or not all(t.is_punct or t.is_space for t in doc[cue.sent.start : name.left_edge.i]):
        return None
    return name


def subject_on_auxiliary(verb: Token) -> Token | None:
    """The subject the parser hung on the verb's auxiliary when an aside splits them: "But
    he did, for the first time, say there would be tax cuts" ("he" the subject of "did").
    RETURNS (Token | None)."""
    for aux in verb.lefts:
        if aux.dep_ in ("aux", "auxpass"):
            subjects = [c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < aux.i]
            if subjects:
                return subjects[0]
    return None


def name_before_verb_read_as_noun(token: Token) -> Token | None:
    """The name opening a sentence whose verb the parser read as a plural noun, or which it
    read as a common noun with the verb as its modifier: "Trump predicts that ..."
    ("predicts" a noun with "Trump" its compound), "Trump defended eminent domain, calling
    ..." ("Trump" the root, "defended" an adjective). RETURNS (Token | None)."""
    doc = token.doc
    if token.dep_ != "ROOT" or token.pos_ != "NOUN":
        return None
    if token.tag_ == "NNS" and token.lower_.endswith("s") and token.i > token.sent.start \
            and any(c.dep_ in ("ccomp", "acl", "relcl") and c.i > token.i for c in token.children):
        name = doc[token.i - 1]
        if name.dep_ == "compound" and name.head.i == token.i and name.i == token.sent.start \
                and name.text[:1].isupper() and name.is_alpha:
            return name
        return None
    if token.i == token.sent.start and token.text[:1].isupper() and token.is_alpha and token.i + 1 < len(doc):
        verb = doc[token.i + 1]
        if verb.tag_ in ("VBD", "VBN") and verb.dep_ == "amod" and verb.head.head.i == token.i:
            return token
    return None


def conjunct_read_as_dep(token: Token) -> Token | None:
    """The verb a cue goes on from when the parser left the two unjoined: "Clinton paused,
    then revealed why ..." ("revealed" a bare dependant of "paused"): a verb of the same tense
    after a comma. RETURNS (Token | None): the earlier verb, whose subject speaks."""
    head = token.head
    if token.dep_ != "dep" or head.i >= token.i or head.pos_ != "VERB" or token.tag_ != head.tag_ \
            or token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = token.doc
    between = doc[head.i + 1 : token.i]
    if not between or between[0].text != "," or any(t.pos_ not in ("PUNCT", "ADV") for t in between):
        return None
    return head


def before_parenthesis(doc: Doc, i: int, start: int) -> int:
    """Where a speaker phrase ends before a parenthesis at token ``i``: "Sen. Lindsey Graham
    (R-SC) called out" (a party and state, an age), or before an age between commas.
    RETURNS (int)."""
    if i - 2 > start and doc[i].like_num and doc[i].dep_ == "appos" and doc[i - 1].text == "," \
            and doc[i].head.i == i - 2:
        return i - 2  # '"…," Ramos, 58, told AFP': an age set off by commas
    if i <= start or doc[i].text != ")":
        return i
    opening = next((j for j in range(i - 1, max(start, i - 8) - 1, -1) if doc[j].text == "("), None)
    return opening - 1 if opening is not None and opening > start else i


def name_after_quote(cue: Token) -> Token | None:
    """The person named right after a cue that follows a quotation ('"…," said Robin
    Maynard, half joking'), which the parser made the subject of something else."""
    doc = cue.doc
    if cue.i + 1 >= len(doc) or cue.i == 0 or not (doc[cue.i - 1].is_quote or doc[cue.i - 1].text == ","):
        return None
    first = doc[cue.i + 1]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    end = first.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


def described_after_quote(cue: Token) -> Token | None:
    """The one an inverted cue right after a quotation describes, which the parser made the
    cue's object: '"I must admit …," added the Uruguayan-born researcher, who …' — a role
    noun or a noun that can hold views, whose phrase opens right after the cue.
    RETURNS (Token | None)."""
    doc = cue.doc
    if cue.i < 2 or not (doc[cue.i - 1].is_quote or doc[cue.i - 1].text == "," and doc[cue.i - 2].is_quote):
        return None
    for child in cue.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "dep") and child.left_edge.i == cue.i + 1 \
                and (child.pos_ == "NOUN" and (is_role_noun(child) or holds_views(child))
                     or child.pos_ == "PROPN" and doc[cue.i + 1].pos_ == "DET"
                     or cue.lemma_.lower() == "read" and child.pos_ == "NOUN" and child.lemma_.lower() in DOCUMENT_NOUNS):
            # (a proper noun described, not named: '"…," added another New Hampshire Democrat';
            # what a document says: '"Jeremy said ...," reads a telephone memo for Mr Heath')
            return child
    return None


def inverted_aside_subject(cue: Token) -> Token | None:
    """The name after an aside's verb that the parser made a second subject of the host:
    "By contrast, says [Mr Cox], the Mac mini is almost disposable" — the name set off by
    commas right after "says" speaks, not the host's own subject. RETURNS (Token | None)."""
    if cue.dep_ != "parataxis" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    doc, sent = cue.doc, cue.sent
    end = cue.i + 1
    while end < sent.end and end - cue.i <= 4 and doc[end].pos_ == "PROPN":
        end += 1
    if end == cue.i + 1 or end >= sent.end - 1 or doc[end].text != "," or doc[cue.i - 1].text != ",":
        return None
    name = doc[end - 1]
    if name.dep_ != "nsubj" or name.head.i != cue.head.i:
        return None
    # the host keeps a subject of its own after the name, so the name is not the host's
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > end for c in cue.head.children):
        return None
    return name


def age_read_as_modifier(cue: Token) -> Token | None:
    """An age standing for its person that opens the sentence right before the cue, which
    the parser hung on the verb as a modifier: "The 31-year-old insisted he will be happy"
    ("old" an adjective of "insisted", with no subject). RETURNS (Token | None): "old"."""
    doc = cue.doc
    if cue.i - cue.sent.start < 3:
        return None
    old = doc[cue.i - 1]
    if old.lower_ != "old" or old.head.i != cue.i or old.dep_ not in ("amod", "advmod", "npadvmod", "dep", "acomp"):
        return None
    before = doc[cue.sent.start : old.i]
    if not any(t.lower_ in ("year", "years") for t in before) \
            or not all(t.pos_ in ("DET", "NUM", "PUNCT", "NOUN", "ADJ") for t in before):
        return None
    return old
