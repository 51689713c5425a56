"""A person named in one sentence and described by role as the next one's subject: "...
long-time target Fernando Morientes, according to reports. / The Real Madrid striker has
been linked with a move to Anfield" makes Morientes the Real Madrid striker (issue 11, a
BBC development-slice shape: the article's only words for who he is). The reverse order,
a lead's role before the name, is ``lead_roles``.

Precision first: the earlier sentence names exactly one person (or several, one of them its
active subject), who has no title or body
anywhere in the article yet (and the NER names no one else there); the description, a
lower-case role noun ("The Corkman" is a native, no role), opens its sentence ("The ..."),
names the body the role serves, has no name or "of" phrase of its own ("The majority of
the items" is no one) and is no speech verb's subject (the resolver reads those: "The Chelsea
manager said" may be someone not yet named); no other person of the article holds the
role noun, the sentence before does not name the role itself ("talks with the Chelsea
chairman"), and no person is named in the describing sentence before the verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .deps import NOUN_SUBJECT_DEPS
from .entities import ArticleEntity, EntityTable
from .lexicon import SPEECH_VERBS
from .names import span_text
from .role_phrases import role_of_phrase
from .role_words import epithet_title
from .roles import is_role_noun
from .speakers import core as core_of

# Words that may stand between "The" and the role noun: the body, an adjective ("The Real
# Madrid striker", "The veteran striker"); an age or a nation is an epithet, no title.
_MODIFIERS = ("compound", "amod", "nmod")


def described_after_name(doc: Doc, table: EntityTable) -> None:
    """Note the title (and body) of a definite role description on the one person the
    sentence before it names, where nothing else in the article gives that person a role."""
    sentences = [s for s in doc.sents if s.start_char > table.headline_end]
    people = [e for e in table.people() if not e.unnamed and e.type == "person"]
    for before, sentence in zip(sentences, sentences[1:]):
        role = _opening_role(sentence)
        if role is None:
            continue
        named = [e for e in people if any(before.start_char <= m < before.end_char for m in e.mentions)]
        by_subject = len(named) > 1
        if by_subject:
            named = _subject_of(before, named)
        if len(named) != 1 or any(sentence.start_char <= m < role.idx for e in people for m in e.mentions):
            continue
        if any(t.lemma_.lower() == role.lemma_.lower() for t in before):
            continue  # "held talks with the Chelsea chairman. The Chelsea chairman is ...": the role is another's
        person = named[0]
        surnames = {e.name.split()[-1] for e in people if e is not person}
        if not by_subject and (any(not _names(ent.text, person) for ent in before.ents if ent.label_ == "PERSON")
                               or any(t.text in surnames for t in before if t.pos_ == "PROPN")):
            continue  # "Lombard's shattering of Mark Carroll's record": a second person the table missed
        if person.role_at or person.titles or person.affiliations:
            continue
        words = [t for t in core_of(role) if t.lower_ != "the"]
        found = role_of_phrase(role, words)
        title = found.title or span_text([t for t in words if t.i <= role.i])
        if not title or epithet_title(title) or any(c.isdigit() for c in title) or not found.affiliation:
            continue  # a bare role ("The prime minister", "The manager") is as often someone else
        if any(role.lower_ in e.roles and (found.affiliation is None or found.affiliation in e.affiliations)
               for e in people if e is not person):
            continue  # "Rafael Benitez ... the Liverpool boss": someone else's role (of that body) already
        person.note(offset=role.idx, title=title, affiliation=found.affiliation)
        person.roles.update(title.lower().split())


def _opening_role(sentence: Span) -> Token | None:
    """The sentence's subject when it is "The [modifiers] <role noun>" at its very start,
    with no name, possessive or apposition of its own and a verb that reports no speech."""
    subject = next((t for t in sentence if t.dep_ in NOUN_SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i != sentence.start or subject.left_edge.lower_ != "the":
        return None
    if subject.tag_ != "NN" or not subject.is_lower or subject.ent_type_ or not is_role_noun(subject):
        return None
    if any(c.dep_ not in _MODIFIERS + ("det",) for c in subject.children if c.i < subject.i) \
            or any(c.dep_ in ("appos", "poss", "relcl", "acl", "prep") for c in subject.children) \
            or any(t.ent_type_ in ("PERSON", "NORP", "DATE") for t in subject.subtree):
        return None
    if subject.head.lemma_.lower() in SPEECH_VERBS:
        return None
    return subject


def _subject_of(before: Span, named: list[ArticleEntity]) -> list[ArticleEntity]:
    """The one of several people named in the sentence before who is its main clause's active
    subject: a news story goes on about its subject ("Martin O'Neill hopes to block Stilian
    Petrov's call-up ... / The Celtic manager does not view ..."); none where a passive
    ("X was sacked by Y") or a non-person ("Lombard's shattering of Carroll's record") leads."""
    subject = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return []
    start, end = subject.left_edge.idx, subject.idx + len(subject)
    return [e for e in named if any(start <= m < end for m in e.mentions)]


def _names(text: str, person: ArticleEntity) -> bool:
    """Whether a PERSON mention's words are the person's name or one of their aliases (a
    possessive's "'s" apart)."""
    words = text.removesuffix("'s").removesuffix("\u2019s").split()
    return bool(words) and any(words == n.split()[-len(words):] for n in [person.name, *person.aliases])
