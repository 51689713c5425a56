"""A news lead that gives a role before the name (moved out of ``mentions.py``, which
calls it once the article's names are in the table): "The information commissioner says he
is ... / Richard Thomas condemned ..." makes Richard Thomas the information commissioner;
"..., the BBC's political editor has learned. / Andrew Marr says" makes Marr the BBC's
political editor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .body_anaphora import owner_earlier_in_sentence
from .deps import NOUN_SUBJECT_DEPS
from .entities import ArticleEntity, EntityTable
from .hung_appositions import hung_apposition
from .indefinite_leads import indefinite_lead, lead_sentences_of
from .names import span_text
from .org_kinds import ORG_DESCRIPTORS
from .quotes import text_of
from .role_continuation import described_otherwise
from .role_phrases import role_of_phrase
from .roles import is_role_noun
from .speakers import core as core_of


def lead_roles(doc: Doc, table: EntityTable, lead_sentences: int) -> None:
    """A news lead that gives a role and then the name: "The information commissioner says
    he is ... / Richard Thomas condemned ...". The role noun (a definite singular subject
    with no name of its own) is the person the next sentence introduces as its subject,
    when that person has no other title in the article; then, on the same walk, the body's
    opening "A <role> ..." (``indefinite_leads``: "A senior barrister ... says / Ian MacDonald
    QC quit"), on the first two sentences after the headline."""
    if lead_sentences == 0 or not len(doc):
        return
    definite, opening = lead_sentences_of(doc, table.headline_end, lead_sentences)
    for sentence, following in zip(definite, definite[1:]):
        role = next((t for t in sentence if t.dep_ in NOUN_SUBJECT_DEPS and _lead_role(t)), None)
        if role is None or _person_named_before(table, sentence.doc, role.idx, _reported(role)):
            continue  # "Jonny Wilkinson was named ... The fly-half topped": Wilkinson
        person = _introduced_subject(following, table)
        if person is None or person.role_at or described_otherwise(following, role):
            continue
        words = [t for t in core_of(role) if t.lower_ not in ("the", "a", "an")]
        found = role_of_phrase(role, words)
        title = found.title or span_text([t for t in words if t.i <= role.i])
        # ("the firm's chief": the firm, which the resolver names, ``affiliation_names``)
        # ("Deutsche Boerse bosses have held talks ..., its chief has said": the subject's body)
        owner = next((c for c in role.children if c.dep_ == "poss" and not c.ent_type_), None)
        body = found.affiliation or (owner_earlier_in_sentence(table, owner) if owner is not None and owner.lower_ == "its"
                                     else owner.lower_ if owner is not None else None)
        person.note(offset=role.idx, title=title, affiliation=body)
        person.roles.update(title.lower().split())
        table.cataphora[role.i] = person
    if len(opening) >= 2:
        indefinite_lead(opening[0], opening[1:], table)


def _person_named_before(table: EntityTable, doc: Doc, offset: int, reported: tuple[int, int] = (0, 0)) -> bool:
    """Whether the article's body names a person before ``offset`` (the headline apart): a
    role after that takes the name up, it does not announce one (a body named before does
    not count: "Volkswagen is considering ... the industry minister of Andhra Pradesh said
    ... B. Satyanarayana said"); nor does one named in what the role reports, ``reported``'s
    characters ("Tony Blair is likely to ..., the BBC's political editor has learned")."""
    headline = text_of(doc).find("\n")
    before = lambda m: headline < m < offset and not reported[0] <= m < reported[1]  # noqa: E731
    return any(not e.unnamed and any(map(before, e.mentions)) for e in table.people()) or any(
        ent.label_ == "PERSON" and before(ent.start_char) for ent in doc.ents)


def _reported(role: Token) -> tuple[int, int]:
    """The characters of the clause a trailing role reports ("X is likely ..., the BBC's
    political editor has learned": X's clause), (0, 0) when its verb reports none before it."""
    said = [c for c in role.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < role.i]
    if role.head.pos_ != "VERB" or not said:
        return (0, 0)
    words = list(said[0].subtree)
    return (words[0].idx, words[-1].idx + len(words[-1].text))


def _lead_role(token: Token) -> bool:
    # a country's possessive is as definite as "the": "The UK's top judge has revealed ...";
    # so is the body's in a story about it: "BMW is preparing ..., the firm's chief has told"
    # and so is the "its" of the body the lead is about: "Deutsche Boerse bosses have held talks
    # with the LSE, its chief has said. / Werner Seifert met LSE chief executive Clara Furse"
    # and so is a named body's: "..., the BBC's political editor has learned. / Andrew Marr says"
    place = [c for c in token.children if c.dep_ == "poss" and (c.ent_type_ in ("GPE", "ORG") or c.lower_ == "its" or c.lemma_.lower()
             in ORG_DESCRIPTORS and any(d.lower_ == "the" for d in c.children))]
    return (token.tag_ in ("NN", "NNP") and is_role_noun(token) and token.ent_type_ == ""
            and any(c.lower_ == "the" for c in token.children if c.dep_ == "det") | bool(place)
            and not any(c.dep_ in ("appos", "poss") and c not in place and not hung_apposition(c) for c in token.children))


def _introduced_subject(sentence: Span, table: EntityTable) -> ArticleEntity | None:
    """The person a sentence's subject first names, if the article has not named them before."""
    for token in sentence:
        # (the table's person, also where the NER labelled the surname alone a body)
        found = [e for o, e in table.subjects if o == token.idx and e.type == "person"] if token.dep_ in NOUN_SUBJECT_DEPS else []
        if token.dep_ in NOUN_SUBJECT_DEPS and (token.ent_type_ == "PERSON" or found):
            # named before only in the headline, if at all
            headline = text_of(sentence.doc).find("\n")
            if found and all(m >= sentence.start_char or m < headline for m in found[0].mentions):
                return found[0]
            return None
    return None
