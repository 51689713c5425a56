"""Which antecedents a pronoun may stand for: "he"/"she" a named person of no other
gender (never an unnamed body or a document), "they" a group or a body, "it" a body, a
place or a document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .deps import sentence_before
from .lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS
from .quotes import OPENING_ANY_MARKS, text_of
from .resolved import Resolved


def antecedent_fits(pronoun: str) -> Callable[[Resolved], bool]:
    """A test of whether a resolved speaker may be what ``pronoun`` stands for."""
    gender = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None

    def wants(resolved: Resolved) -> bool:
        if resolved.name is None or resolved.document is not None and resolved.type == "document" and gender:
            return False
        if gender is not None:
            entity = resolved.entity
            if entity is not None and entity.unnamed and not entity.personal:
                return False
            return resolved.type == "person" and not (entity and entity.gender and entity.gender != gender)
        if pronoun in ("they", "them", "their", "theirs"):
            return resolved.type in ("group", "organization")
        if resolved.entity is not None and "product" in resolved.entity.kinds:
            return False  # "The iPod Shuffle costs $99. It said": the maker speaks, not its product
        return resolved.type in ("organization", "place", "document")  # "it"

    return wants


# Third-person pronouns of each gender, as a quotation refers to someone it talks about.
_THIRD = {"male": re.compile(r"\b(?:he|him|his|himself)\b", re.I), "female": re.compile(r"\b(?:she|her|hers|herself)\b", re.I)}


def talked_about(resolver: Any, pronoun: str, content: tuple[int, int], text: str, offset: int) -> set[int]:
    """The people (by ``id``) a quotation speaks of, who are not its speaker "he" or "she"
    (``pronoun``): anyone it names ("'Rooney is a terrific player,' he said"), and, where it
    refers to someone of the speaker's gender in the third person ("'What I have to judge is
    whether he will struggle,' he said") while a speaker of that gender spoke within the
    pronoun window, the people the narration made its subject since who have not spoken
    there and whom an earlier statement was about (named in its content: "Ferguson said
    Wayne Rooney had been superb ... Rooney scored twice ..."): the player the manager talks
    about, not the manager. A person the narration brings in who was no statement's topic
    ("Tory leader Michael Howard was campaigning in Kent. 'He has betrayed voters,' he
    said") is a new speaker and stays a candidate."""
    gender = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None
    start, end = content
    if gender is None or not text[start:end].lstrip()[:1] in OPENING_ANY_MARKS:
        return set()
    out = {id(e) for e in resolver.table.people() if any(start <= m < end for m in e.mentions)}
    if not _THIRD[gender].search(text, start, end):
        return out
    window = resolver.settings.pronoun_window
    recent = [(o, r) for o, r in resolver.chain if offset - window <= o < offset]
    spoke = [r.entity for o, r in recent if r.entity is not None
             and r.type == "person" and r.entity.gender in (gender, None) and id(r.entity) not in out]
    if not spoke:
        return out
    last = max(o for o, r in recent if r.entity is spoke[-1])
    return out | {id(e) for o, e in resolver.table.subjects if last < o < offset and not resolver._inside_content(o)
                  and e.gender in (gender, None) and all(e is not s for s in spoke)
                  and any(m < o and resolver._inside_content(m) for m in e.mentions)}




def unrivalled(wants: Callable[[Resolved], bool], head: Any, resolver: Any) -> Callable[[Resolved], bool]:
    """``wants``, but never a person of no known gender for a "he" or "she" when the
    narration names someone of the pronoun's gender after that person and before it: in
    its sentence ("Marion Jones has filed a lawsuit against Balco boss Victor Conte
    following his allegations" is Conte's, and binding it to Jones would make her male for
    the rest of the article), or as the subject of the sentence before, for a pronoun in a
    sentence with no quotation ("I saw that Adelle Nazarian was weeping. As an immigrant,
    she felt for me" is not the judge named a paragraph before; "Graham called Trump
    'crazy'. He joked" is Graham; "Vince Cable warned the picture was not as rosy as Mr
    Brown would like. '...,' he said" goes on with the one who spoke). A name inside a
    quotation is no rival: "'Miss Kidman says she's willing ...,' she said" is the magistrate."""
    pronoun = head.lower_
    gender = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None
    sent = head.sent
    quoting = any(q in sent.text for q in ('"', "\u201c", "\u201d"))
    start = sent.start_char if quoting else (sentence_before(sent) or sent).start_char
    rivals = [] if gender is None else [e for e in resolver.table.people() if not e.unnamed and e.gender == gender]

    def fits(resolved: Resolved) -> bool:
        entity = resolved.entity
        if entity is not None and entity.gender is None and not entity.unnamed and any(
                rival is not entity and any(max(start, entity.last_before(head.idx)) < m < head.idx
                                            and not quoted_before(text_of(head.doc), m)
                                            and (m >= sent.start_char or _subject_at(head.doc, m))
                                            for m in rival.mentions) for rival in rivals):
            return False
        return wants(resolved)

    return fits


def quoted_before(text: str, offset: int) -> bool:
    """Whether ``offset`` stands inside a quotation opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _subject_at(doc: Any, offset: int) -> bool:
    """Whether the name that starts at ``offset`` is the subject of its clause."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")  # (not a walk over the whole Doc per mention)
    token = span[0] if span is not None and len(span) and span[0].idx == offset else None
    while token is not None and token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token is not None and token.dep_ in ("nsubj", "nsubjpass")
