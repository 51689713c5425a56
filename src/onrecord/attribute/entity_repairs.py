"""Named entities the NER cut short, made whole before the article's entity table reads them.

The small English model sometimes ends an organisation's name at a preposition inside it:
"the centrist Committee for a Responsible Federal Budget" comes out as the ORG "Committee
for", "the Office of the Deputy Prime Minister" as "the Office of the". A speaker's body
read off such an entity is a stub ("Committee for"). A name is written with its small
words in lower case, so an ORG that ends in a lower-case preposition or article, followed
by a capitalised run, is extended over that run. A title-case headline ("Rand Paul Scores
Direct Hit On Donald Trump") capitalises its prepositions, so it is left alone, and so is
a run that holds a person's name.

A name never runs across a colon: in a transcript ("Benjamin: Hello. Thanks for having
me.") the NER reads "Benjamin: Hello" as one person, and the line's speaker would be
"Benjamin Hello". A person's or body's name that holds a colon keeps what stands before it.

    nlp.add_pipe("onrecord_entity_repairs", before="onrecord_entities")
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .firm_surnames import join_firm_names
from .hyphen_roles import rehead_hyphen_roles
from .names import is_first_name
from .org_name_runs import extend_org_names
from .possessed_names import names_after_possessors, split_at_possessive
from .role_tokens import is_role_noun, office_abbreviation

__all__ = ["complete_cut_names", "from_entity_start", "make_entity_repairs", "rejoin_split_names"]

# The small words a name holds inside, written in lower case: where an ORG may end too early.
_INNER_WORDS = frozenset({"of", "for", "on", "in", "against", "to", "and", "the", "a", "an"})
_ARTICLES = frozenset({"the", "a", "an"})


def _capitalised(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper) and not token.is_sent_start


def _capitalised_run(doc: Doc, start: int) -> int:
    """The end of the name that goes on at ``start``: an optional article, then capitalised
    words, with small words inside only where a capitalised word follows them. ``start``
    when there is none."""
    i = start
    if i < len(doc) and doc[i].text in _ARTICLES:
        i += 1
    end = start
    while i < len(doc):
        if _capitalised(doc[i]):
            i += 1
            end = i
        elif doc[i].text in _INNER_WORDS and i + 1 < len(doc) and (_capitalised(doc[i + 1]) or doc[i + 1].text in _ARTICLES):
            i += 1
        else:
            break
    return end


def complete_cut_names(doc: Doc) -> Doc:
    """``doc`` with each ORG that the NER ended at a small word extended over the name
    that follows it (the entities the extension covers are replaced)."""
    original = list(doc.ents)
    entities = [None if _office_abbreviation(entity) else _before_colon(entity) for entity in original]
    entities = [part for entity in entities for part in _role_before_a_name(entity)]
    entities = [part for entity in entities for part in _possessor_before_a_name(entity)]
    entities = names_after_possessors([part for entity in entities for part in split_at_possessive(entity)])
    changed = len(entities) != len(original) or any(new is not old for new, old in zip(entities, original))
    for index, entity in enumerate(entities):
        if entity is None or entity.label_ != "ORG" or entity[-1].text not in _INNER_WORDS or entity.end >= len(doc):
            continue
        end = _capitalised_run(doc, entity.end)
        if end == entity.end or any(doc[i].ent_type_ == "PERSON" for i in range(entity.end, end)):
            continue
        if any(token.is_sent_start for token in doc[entity.end : end]):
            continue
        entities[index] = Span(doc, entity.start, end, label="ORG")
        for later in range(index + 1, len(entities)):
            if entities[later] is not None and entities[later].start < end:
                entities[later] = None
        changed = True
    if changed:
        doc.ents = [entity for entity in entities if entity is not None]
    return doc


def from_entity_start(tokens: list[Token]) -> list[Token]:
    """A name read off the parse, begun where the NER's organisation begins when the parse
    started it inside one: "The Register-Guard newspaper" (the parse's compound is "Guard",
    the hyphen's left part hung apart) and "a Moody's Analytics report" ("Moody's" an nmod
    the premodifiers leave out) name the Register-Guard and Moody's Analytics, not "Guard"
    or "Analytics". The entity's leading article stays out. RETURNS (list[Token])."""
    if not tokens or tokens[0].ent_iob_ != "I" or tokens[0].ent_type_ != "ORG":
        return tokens
    doc, start = tokens[0].doc, tokens[0].i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while start < tokens[0].i and doc[start].lower_ in _ARTICLES:
        start += 1
    return list(doc[start : tokens[0].i]) + tokens


def _office_abbreviation(entity: Span) -> bool:
    """ "The PM said": the NER reads the abbreviation of an office after "the" as a person or
    a body named "PM"; it is the epithet of the office's holder, a role noun like "the premier"."""
    words = [t for t in entity if t.lower_ not in _ARTICLES]
    return len(words) == 1 and office_abbreviation(words[0])


def _before_colon(entity: Span) -> Span | None:
    """A PERSON or ORG cut at the first colon inside it ("Benjamin: Hello" -> "Benjamin"),
    None when nothing stands before it; every other entity as it is ("Star Wars: The Force
    Awakens" is a title)."""
    if entity.label_ not in ("PERSON", "ORG"):
        return entity
    colon = next((token.i for token in entity if token.text == ":"), None)
    if colon is None:
        return entity
    return Span(entity.doc, entity.start, colon, label=entity.label_) if colon > entity.start else None


def _role_before_a_name(entity: Span | None) -> list[Span | None]:
    """An ORG the NER ran over a role noun and the person's name after it ("Balco boss Victor
    Conte"), split into the body before the role ("Balco") and the PERSON ("Victor Conte"):
    read as one body, the person is lost as a speaker and "his allegations" finds no man. The
    name is two or three capitalised words at the entity's end, the first a first name the
    corpora know, none a role; the role words between are neither's. Every other entity as
    it is, alone in the list."""
    if entity is None or entity.label_ != "ORG" or len(entity) < 3:
        return [entity]
    for size in (2, 3):
        name, role = entity[len(entity) - size :], entity[len(entity) - size - 1] if len(entity) > size else None
        if role is None or not is_role_noun(role, strict=True) or not is_first_name(name[0].text) \
                or not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" and not is_role_noun(t) for t in name):
            continue
        start = role.i
        while start > entity.start and is_role_noun(entity.doc[start - 1], strict=True):
            start -= 1  # "National Executive Director": the role's own words
        if start == entity.start or any(t.lower_ in _ARTICLES for t in entity.doc[entity.start : start]):
            # "the King James Bible": a title after an article, no body's role; "Spokeswoman
            # Haley Morris" names no body to split off (the phrase reads her name as it is)
            break
        return [Span(entity.doc, entity.start, start, label="ORG"), Span(entity.doc, name.start, name.end, label="PERSON")]
    return [entity]


# A possessive written as a bare apostrophe after a name ending in "s" ("Fox News’").
_BARE_POSSESSIVES = frozenset({"'", "’"})


def _possessor_before_a_name(entity: Span | None) -> list[Span | None]:
    """An entity the NER ran from a body's plural possessive over the person's name after it
    ("Fox News’ Sean Hannity", "The New York Times’ Maggie Haberman"), split into the ORG
    before the apostrophe and the PERSON after it: read as one, the name is the body's and
    the person has no affiliation ("CNN's Jake Tapper", with its "'s", is two entities
    already). The name is two or three capitalised words, the first a first name the corpora
    know. Every other entity as it is, alone in the list."""
    if entity is None or entity.label_ not in ("ORG", "PERSON") or len(entity) < 4:
        return [entity]
    mark = next((t.i for t in entity[1:-2] if t.text in _BARE_POSSESSIVES and t.doc[t.i - 1].text.endswith("s")
                 and not t.doc[t.i - 1].whitespace_), None)
    if mark is None:
        return [entity]
    name = entity.doc[mark + 1 : entity.end]
    if not (2 <= len(name) <= 3 and is_first_name(name[0].text) and all(t.is_alpha and t.is_title for t in name)):
        return [entity]
    return [Span(entity.doc, entity.start, mark, label="ORG"), Span(entity.doc, name.start, name.end, label="PERSON")]


@Language.factory("onrecord_entity_repairs", assigns=["doc.ents", "token.dep", "token.head"])
def make_entity_repairs(nlp: Language, name: str):
    """The component: ``complete_cut_names``, ``rejoin_split_names``, then ``org_name_runs.extend_org_names``, then
    ``hyphen_roles.rehead_hyphen_roles``, on every Doc."""
    return lambda doc: rehead_hyphen_roles(extend_org_names(join_firm_names(rejoin_split_names(complete_cut_names(doc)))))


def rejoin_split_names(doc: Doc) -> Doc:
    """``doc`` with a person's two-word name the NER split once made whole again where the
    article writes it whole elsewhere: "German Ortega says" at a paragraph's start comes out
    as the PERSON "Ortega" alone, though "said German Ortega" is one PERSON; read
    apart, the bare surname takes his brother "Freddy Ortega" (issue 11)."""
    whole = {(ent[0].text, ent[1].text) for ent in doc.ents if ent.label_ == "PERSON" and len(ent) == 2}
    if not whole:
        return doc
    entities, changed = list(doc.ents), False
    for index, entity in enumerate(entities):
        word = doc[entity.start - 1] if entity.start > 0 else None
        if entity.label_ != "PERSON" or len(entity) != 1 or word is None or (word.text, entity[0].text) not in whole:
            continue
        if word.ent_iob_ != "O":  # "German" a NORP of its own, not inside a longer name
            if index == 0 or entities[index - 1] is None or len(entities[index - 1]) != 1 \
                    or entities[index - 1].end != entity.start or entities[index - 1].label_ == "PERSON":
                continue
            entities[index - 1] = None
        entities[index] = Span(doc, word.i, entity.end, label="PERSON")
        changed = True
    if changed:
        doc.ents = [entity for entity in entities if entity is not None]
    return doc
