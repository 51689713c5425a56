"""Speaker phrases: what the article wrote at the spot, split into name, title, affiliation
and type ("Kremlin spokesman Dmitry Peskov" -> Dmitry Peskov / spokesman / Kremlin)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    DEMONYMS,
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    FIRST_PERSON,
    GROUP_NOUNS,
    MALE_WORDS,
    NONPERSON_PRONOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    TEMPORAL_WORDS,
    TITLE_WORDS,
)
from .quotes import text_of

_CORE_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "predet", "quantmod", "cc", "conj"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_ORG_LABELS = {"ORG"}


@dataclass
class Phrase:
    """A speaker phrase as written, and what it says about the speaker."""

    head: Token
    start: int  # character offsets of the mention
    end: int
    name: str | None
    type: str
    title: str | None = None
    affiliation: str | None = None
    pronoun: str | None = None  # lower-case pronoun to resolve ("he", "they", "who")
    role_noun: str | None = None  # "spokesman" in "the spokesman": resolve to a titled person
    gender: str | None = None


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
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in ("prep", "npadvmod", "advmod") and is_temporal(child):
            skip.update(t.i for t in child.subtree)
        elif child.dep_ in ("advmod", "dep") and child.i > head.i:
            skip.update(t.i for t in child.subtree)
        elif child.dep_ == "advmod" and child.i < head.i and child.lower_ in _FOCUS_ADVERBS:
            # "Even Lindsey Graham said": the adverb is about the sentence, not the speaker
            skip.update(t.i for t in child.subtree)
        elif child.i > head.i and child.dep_ == "acl" and child.tag_ == "VBG":
            # "Rubio, speaking at a rally, said": what the speaker was doing is not who they are
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
    return doc[left].idx, doc[right].idx + len(doc[right].text)


_DASHES = frozenset(("—", "–", "-", "--"))


def after_dateline(doc: Doc, left: int, head: int, *, line_breaks: bool = False) -> int:
    """Where a phrase headed by token ``head`` really starts: after a dateline the parser hung
    on it ("RENO, Nev. (AP) — Donald Trump", "WASHINGTON — Sen. ..."), and with
    ``line_breaks`` after a line break (a headline above a speaker's name)."""
    for i in range(left, head):
        token = doc[i]
        if line_breaks and ("\n" in token.text or "\n" in token.whitespace_):
            left = i + 1
        elif token.text in _DASHES and i > left and (doc[i - 1].text == ")" or (doc[i - 1].is_upper and len(doc[i - 1]) > 1)):
            left = i + 1
    return left


def _core(head: Token) -> list[Token]:
    """The noun phrase core: the head and its left modifiers, nothing after it but a name."""
    left = head
    for child in head.lefts:
        if child.dep_ in _CORE_LEFT_DEPS and not is_temporal(child):
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    left = _widen_left(left)
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
        else:
            break
    return left


def phrase_text(token: Token) -> str:
    """A noun phrase as a name: its entity when it is one ("UFCW Local 832"), else its core,
    without a leading determiner."""
    ent = _entity_of(token)
    if ent is not None and ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"):
        return " ".join(strip_determiners([t.text for t in ent if t.text not in ("'s", "’s")]))
    return _join([t for t in _core(token) if t.lower_ not in _DETERMINERS])


def entities_in(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities inside tokens [start, end), from IOB tags: ``Span.ents`` walks all of ``doc.ents``."""
    found = []
    i = start
    while i < end:
        token = doc[i]
        if token.ent_iob_ == "B":
            j = i + 1
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            if j <= end:
                found.append(Span(doc, i, j, label=token.ent_type_))
            i = j
        else:
            i += 1
    return found


def _entity_of(token: Token) -> Span | None:
    """The entity a token is part of, found from the token's IOB tags (``doc.ents`` is
    rebuilt on every access)."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


_HONORIFICS = {"mr", "mrs", "ms", "dr", "miss", "sir", "dame", "lord", "lady"}


def person_name_tokens(ent: Span) -> list[Token]:
    """The tokens of a person's name: the PERSON entity, widened left over capitalised name
    words the NER left out ("Dmitry" in "Dmitry Peskov sounded ..."), without titles,
    honorifics or a possessive."""
    doc = ent.doc
    start = ent.start
    while start > 0:
        prev = doc[start - 1]
        if (prev.pos_ == "PROPN" and prev.ent_type_ == "" and prev.text[:1].isupper()
                and prev.lower_ not in TITLE_WORDS and prev.lower_.rstrip(".") not in _HONORIFICS
                and prev.lower_ not in DEMONYMS and prev.dep_ in ("compound", "nsubj", "appos")):
            start -= 1
        else:
            break
    tokens = [t for t in doc[start : ent.end] if not t.is_space and t.text not in ("'s", "’s") and t.dep_ != "case"]
    tokens = [t for t in tokens if t.lower_.rstrip(".") not in _HONORIFICS]
    while tokens and tokens[0].lower_ in TITLE_WORDS and len(tokens) > 1:
        tokens = tokens[1:]
    return tokens


def strip_determiners(words: list[str]) -> list[str]:
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return words


def _join(tokens: list[Token]) -> str:
    text = "".join(t.text_with_ws for t in tokens).strip()
    return text.rstrip(",;:").strip()


def place_of(text: str) -> str:
    """An affiliation as a place or body: demonyms become places ("Israeli" -> "Israel")."""
    return DEMONYMS.get(text.lower(), text)


def _split_modifiers(mods: list[Token]) -> tuple[str | None, str | None]:
    """Split the words before a name into (title, affiliation)."""
    mods = [t for t in mods if t.lower_ not in _DETERMINERS and t.dep_ != "case" and not t.is_punct]
    first_title = next((i for i, t in enumerate(mods) if _is_title_word(t)), None)
    if first_title is None:
        return None, _affiliation(mods)
    affiliation_part, title_part = mods[:first_title], mods[first_title:]
    # a proper noun inside the title block that is not a title word is an affiliation
    # sitting between title words ("Secretary of State" stays; "Kremlin" moves out)
    return _join(title_part) or None, _affiliation(affiliation_part)


def _affiliation(tokens: list[Token]) -> str | None:
    tokens = [t for t in tokens if t.lower_ not in _DETERMINERS and t.dep_ != "case" and not t.is_punct]
    if not tokens:
        return None
    text = _join(tokens)
    return place_of(text)


def _is_title_word(token: Token) -> bool:
    if token.lower_ in TITLE_WORDS:
        return token.ent_type_ not in ("GPE", "NORP") or token.lower_ in ("state",)
    # lower-case nouns before a name are roles ("activist", "organiser")
    return token.pos_ == "NOUN" and token.text.islower() and token.ent_type_ == ""


def _appositive_role(head: Token) -> tuple[str | None, str | None]:
    """Title and affiliation from an apposition: "Jeff Traeger, president of UFCW Local 832"."""
    for child in head.children:
        if child.dep_ != "appos":
            continue
        title_tokens = [t for t in _core(child) if t.lower_ not in _DETERMINERS]
        affiliation = None
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for", "with"):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    affiliation = place_of(phrase_text(objects[0]))
        title, inner_affiliation = _split_modifiers(title_tokens)
        return title, affiliation or inner_affiliation
    return None, None


def _prep_affiliation(head: Token) -> str | None:
    """Affiliation from "a spokesman for the ministry", "officials at the Pentagon"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for", "with", "from", "in"):
            objects = [c for c in prep.children if c.dep_ == "pobj" and not is_temporal(c)]
            if objects:
                return place_of(phrase_text(objects[0]))
    return None


def _gender(words: list[Token]) -> str | None:
    lowered = {t.lower_ for t in words}
    if lowered & FEMALE_WORDS:
        return "female"
    if lowered & MALE_WORDS:
        return "male"
    return None


def describe(head: Token) -> Phrase:
    """Analyse the speaker phrase headed by ``head``. RETURNS (Phrase)."""
    start, end = mention_range(head)
    lower = head.lower_
    if head.pos_ == "PRON" or lower in RELATIVE_PRONOUNS:
        if lower in PERSON_PRONOUNS:
            kind = "person"
        elif lower in FIRST_PERSON:
            kind = "person"
        elif lower in NONPERSON_PRONOUNS:
            kind = "unknown"
        else:
            kind = "unknown"
        return Phrase(head, start, end, name=None, type=kind, pronoun=lower)
    core = _core(head)
    ent = _entity_of(head)
    if ent is not None and ent.label_ == "PERSON":
        name_tokens = person_name_tokens(ent)
        first = name_tokens[0].i if name_tokens else ent.start
        mods = [t for t in core if t.i < first]
        title, affiliation = _split_modifiers(mods)
        app_title, app_affiliation = _appositive_role(head)
        honorifics = [t for t in head.doc[max(ent.start - 1, 0) : ent.end]]
        return Phrase(
            head, start, end,
            name=_join(name_tokens) or ent.text,
            type="person",
            title=title or app_title,
            affiliation=affiliation or app_affiliation,
            gender=_gender(core + honorifics),
        )
    words = strip_determiners([t.text for t in core if not t.is_space])
    name = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s").strip(" ,") or head.text
    label = ent.label_ if ent is not None else ""
    if label in _ORG_LABELS:
        return Phrase(head, start, end, name=_org_name(ent), type="organization")
    if label in _PLACE_LABELS:
        return Phrase(head, start, end, name=_org_name(ent), type="place")
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        # "a report by the agency": the author is part of the document's name
        author = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")), None)
        if author is not None:
            words = [t for t in core if t.lower_ not in _DETERMINERS] or [head]
            name = text_of(head.doc)[words[0].idx : author.right_edge.idx + len(author.right_edge.text)]
        return Phrase(head, start, end, name=name, type="document")
    if head.tag_ in ("NNS", "NNPS") and label != "PERSON":
        mods = [t for t in core if t.i < head.i and (t.ent_type_ in ("NORP", "GPE", "ORG") or t.pos_ == "PROPN")]
        affiliation = _affiliation(mods) or _prep_affiliation(head)
        return Phrase(head, start, end, name=name, type="group", affiliation=affiliation)
    if lower in TITLE_WORDS or head.lemma_.lower() in TITLE_WORDS:
        mods = [t for t in core if t.i < head.i]
        title, affiliation = _split_modifiers(mods)
        title = " ".join(x for x in (title, head.text) if x)
        affiliation = affiliation or _prep_affiliation(head)
        return Phrase(head, start, end, name=name, type="person", title=title, affiliation=affiliation,
                      role_noun=head.lemma_.lower(), gender=_gender(core))
    if label == "NORP" or head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in GROUP_NOUNS:
        mods = [t for t in core if t.i < head.i and (t.ent_type_ in ("NORP", "GPE", "ORG") or t.pos_ == "PROPN")]
        affiliation = _affiliation(mods) or _prep_affiliation(head)
        return Phrase(head, start, end, name=name, type="group", affiliation=affiliation)
    if head.pos_ == "PROPN":
        return Phrase(head, start, end, name=name, type="organization" if not label else "unknown")
    return Phrase(head, start, end, name=name, type="unknown")


def _org_name(ent: Span) -> str:
    words = strip_determiners([t.text for t in ent if not t.is_space and t.text not in ("'s", "’s")])
    return " ".join(words).replace(" - ", "-") or ent.text
