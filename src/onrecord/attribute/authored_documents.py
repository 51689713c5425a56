"""The writer's own document a "wrote" comes from, where the sentence does not say "in ..."
(issue 12, acts-46; devgold's misses):

- the place written on: "the economist Jared Bernstein ... *wrote on his blog*" → "blog",
  and the ad spoken in: "Trump *says in the spot* titled 'Dangerous'" → "spot"
  (``speaker_resolution`` asks ``written_on`` beside "said in a statement");
- the document the article has given the writer before: "Phyllis Schlafly ... used *her final
  column* to link ... / “...,” *she wrote*" (every "she wrote" of the article is the
  column's); "Mexican newspapers have been inspecting *Trump's new book* ... (*Trump writes*
  that he would increase fees ...)" → "book" (``carry_owned``, over the finished statements,
  before ``document_continuations`` carries a document on to the quotations after).

Only a cue "write" with no medium of its own ("wrote in a letter", "on Twitter", "to the
minister", which is a letter) takes an owned document: "tweeted", "posted" or "said" are
other occasions. The owner is the possessor of the document noun ("Trump's new book"), or
for "his"/"her" the subject of the clause that holds it ("Schlafly ... used her final
column"), a name whose last word is the speaker's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..schema import Statement
from .deps import SUBJECT_DEPS
from .found import Found
from .phrase_shapes import document_family, document_word

# A writer's own documents, which carry what the writer "wrote" in an article about them
# (a subset of lexicon.DOCUMENT_NOUNS, which holds the reports and polls that speak for
# bodies, with the writer's places to post).
_OWN_WRITINGS = frozenset("column blog book memoir op-ed essay newsletter diary autobiography".split())
# Places a writer posts on: "wrote on his blog", "on its website".
_POSTED_ON = frozenset("blog website".split())
# Prepositions that give a "wrote" a medium or an addressee of its own.
_OWN_MEDIUM = frozenset("in on to via through".split())


def written_on(cue: Token) -> str | None:
    """ "wrote on his blog" -> "blog": a cue's "on" a place to post; and "says in the spot
    titled 'Dangerous'" -> "spot": its "in" an ad or a video, which ``lexicon.DOCUMENT_NOUNS``
    leaves to the ads' family (``phrase_shapes.document_family``); a participle with no
    subject goes on in its host's ("says in the spot ..., *warning* against ..., *pledging*
    to ..."). RETURNS (str | None)."""
    for _ in range(3):
        if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "conj", "xcomp") or cue.head.i == cue.i \
                or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
            break
        cue = cue.head
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "in"):
            for obj in child.children:
                lemma = obj.lemma_.lower()
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and (
                        lemma in _POSTED_ON if child.lower_ == "on" else document_family(lemma) == "ad"):
                    return lemma
    return None


def carry_owned(found: list[Found], statements: list[Statement]) -> list[Statement]:
    """``statements`` (made from ``found``, in the same order) where a bare "wrote" of a named
    speaker takes the last of the speaker's own documents named before it (module
    docstring). RETURNS (list[Statement]) in the same order."""
    cues = [f.cue for f in found if f.cue is not None]
    if not cues:
        return statements
    # by owner: each cue looks up its own writer's documents, not every one
    owned: dict[str, list[tuple[int, str]]] = {}
    for at, owner, word in _owned_documents(cues[0].doc):
        owned.setdefault(owner, []).append((at, word))
    if not owned:
        return statements
    out = list(statements)
    for i, (s, f) in enumerate(zip(statements, found)):
        if s.speaker.document is not None or s.via is not None or not s.speaker.name or s.speaker.type != "person":
            continue
        if f.cue is None or f.cue.lemma_.lower() != "write" or _has_own_medium(f.cue):
            continue
        surname = s.speaker.name.split()[-1].lower()
        before = [word for at, word in owned.get(surname, ()) if at < f.cue.idx]
        if before:
            speaker = s.speaker.model_copy(update={"document": before[-1]})
            notes = f"{s.explanation}; document inherited" if s.explanation else "document inherited"
            out[i] = s.model_copy(update={"speaker": speaker, "explanation": notes})
    return out


def _owned_documents(doc: Doc) -> list[tuple[int, str, str]]:
    """(offset, owner's last word in lower case, document word) for every writer's own
    document the text names with a possessor: "Trump's new book", "used her final column"."""
    owned = []
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in _OWN_WRITINGS:
            continue
        possessor = next((c for c in token.children if c.dep_ == "poss"), None)
        if possessor is None:
            continue
        owner = _clause_subject(token) if possessor.pos_ == "PRON" and possessor.lower_ in ("his", "her") else possessor
        if owner is not None and owner.pos_ == "PROPN":
            owned.append((token.idx, owner.lower_, document_word(token)))
    return owned


def _clause_subject(noun: Token) -> Token | None:
    """The subject of the nearest verb above a noun: "Schlafly ... used [her final column]".
    Not ``pronoun_fallbacks.clause_subject_of_possessive``, which resolves the pronoun itself
    and so climbs only through prepositions and objects, to a subject before it of its number;
    here any subject up to three heads above will do, its last word compared with the writer's."""
    verb = noun.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _has_own_medium(cue: Token) -> bool:
    return any(c.dep_ in ("prep", "dative") and c.lower_ in _OWN_MEDIUM for c in cue.children)
