"""A body's name written before the common noun that says what kind of body it is: "says
the Nationwide building society", "the Labour party said", "the Barclays bank said". The
body speaking is the one named (Nationwide), never an unnamed "building society".

Only nouns for a whole body take their name so: a committee, a department or a division
is a part of the body named before it ("the Senate committee" is no Senate), and a person's
name before the noun makes a body of theirs ("the Clinton campaign"), read elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from .org_kinds import ORG_DESCRIPTORS, kinds_of_noun

# Kinds of a whole body (``org_kinds``): a business, a bank, an outlet, an association, a
# party, a team, a school.
_WHOLE_KINDS = frozenset("business bank broadcaster outlet association party team school".split())
# Nouns of those kinds that name a part of a body, or a body of bodies, not the body itself.
_PARTS = frozenset("division subsidiary unit arm venture concern body lobby coalition alliance federation side".split())


def name_before_descriptor(head: Token) -> list[Token]:
    """The name before a whole body's descriptor that the phrase headed by ``head`` opens
    with ("the Nationwide building society" -> Nationwide), as tokens; [] when none."""
    word = head.lemma_.lower()
    if head.pos_ != "NOUN" or not head.text.islower() or head.tag_ != "NN" or word not in ORG_DESCRIPTORS \
            or word in _PARTS or not kinds_of_noun(word) <= _WHOLE_KINDS:
        return []
    doc, i = head.doc, head.i - 1
    while i > 0 and doc[i].dep_ in ("compound", "nmod") and doc[i].pos_ == "NOUN" and doc[i].text.islower() \
            and i < doc[i].head.i <= head.i:
        i -= 1  # "building" in "building society": what the body does, between its name and kind
    end = i + 1
    while i >= 0 and doc[i].dep_ == "compound" and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() \
            and i < doc[i].head.i <= head.i:
        i -= 1
    names = list(doc[i + 1 : end])
    opens = bool(names) and (names[0].is_sent_start or doc[i].lower_ == "the" and doc[i].head.i == head.i)
    # the NER's body, and nothing else: no person ("the Clinton campaign"), no place ("the
    # Paris club"), no nationality
    if not names or not opens or not all(t.ent_type_ == "ORG" for t in names):
        return []
    people = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
    if any(t.text in people for t in names):
        return []  # "the Trump team", the NER's body a person the article names: their team
    return names


def name_after_descriptor(tokens: list[Token], obj: Token) -> list[Token]:
    """The body's name alone where words before it only describe it: "head of Yukos main
    shareholders' group Menatep" -> Menatep, the lower-case kind of body ("group") ending the
    description. ``tokens`` are the words of the body as read, ``obj`` the head of its
    name; the tokens unchanged when no such kind stands right before the name."""
    doc, start = obj.doc, obj.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].head.i == obj.i:
        start -= 1
    kind = doc[start - 1] if start > 0 else None
    if kind is None or kind.pos_ != "NOUN" or not kind.text.islower() or kind.lemma_.lower() not in ORG_DESCRIPTORS \
            or kind.head.i != obj.i or not any(t.i < kind.i for t in tokens):
        return tokens
    return [t for t in tokens if t.i >= start]


def after_the_description(words: list[Token]) -> list[Token]:
    """The words before a role or a name without the description of the body they end
    with: "European defence and aerospace group EADS" -> EADS (the lower-case noun of its
    kind closes the description; the capitalised words after it, the NER's body, are its
    name). ``words`` unchanged when they hold no such noun."""
    kind = max((k for k, t in enumerate(words) if t.pos_ == "NOUN" and t.text.islower()
                and t.lemma_.lower() in ORG_DESCRIPTORS), default=None)
    if kind is None or kind == 0 or kind == len(words) - 1:
        return words
    name = words[kind + 1 :]
    if all(t.text[:1].isupper() for t in name) and any(t.ent_type_ == "ORG" for t in name):
        return name
    return words


def name_set_off(noun: Token) -> list[Token] | None:
    """The name a body's descriptor is given between commas: "a board member of Germany's
    central bank, the Bundesbank, said" -> Bundesbank (the parser hangs the name on the
    person, not on "bank"). Only the NER's one organisation, in apposition, filling the
    commas ("the bank, the BBC reported" is no name of it); None when there is none."""
    doc, start = noun.doc, noun.i + 1
    if noun.pos_ != "NOUN" or not noun.text.islower() or noun.lemma_.lower() not in ORG_DESCRIPTORS \
            or start + 1 >= len(doc) or doc[start].text != ",":
        return None
    start += 1 + (doc[start + 1].lower_ == "the")
    entity = next((e for e in doc.ents if e.start == start and e.label_ == "ORG"), None)
    if entity is None or entity.root.dep_ != "appos" or entity.end < len(doc) and not doc[entity.end].is_punct:
        return None
    return list(entity)
