"""A gendered epithet for the one person of its gender named just before it (issue 11):
"... we know that Donald Trump has shown a very troubling willingness to back up Putin,"
she said. / The New York businessman has praised Putin" is Trump. The article gave Trump
another title ("Republican contender"), Clinton and Putin theirs, so the rule that takes
the one person nearby who may hold the role finds no one; but "businessman" says a man,
Clinton is a woman, and Putin is the one the businessman praises.

Precision first: only when no one nearby may hold the role as the article wrote it (then
an epithet is as often someone new); the noun's own word gives the gender ("businessman",
never "the former executive"); a person named in the epithet's own sentence after it is
someone the sentence is about, not its subject; and exactly one person remains, whose
gender the article gave and matches.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import NOUN_SUBJECT_DEPS, sentence_before
from .entities import ArticleEntity
from .phrases import Phrase
from .quotes import QUOTE_MARKS


def one_of_gender(phrase: Phrase, nearby: list[ArticleEntity]) -> list[ArticleEntity]:
    """Of the people named just before a modified epithet (``nearby``), the only one whose
    gender is the epithet's, leaving out anyone named later in its own sentence, as a list
    of one; [] when the epithet has no gender or not exactly one is left."""
    if phrase.gender is None:
        return []
    head = phrase.head
    start, end = head.idx, head.sent.end_char
    left = [e for e in nearby if not any(start <= m < end for m in e.mentions)
            and not (e.gender and e.gender != phrase.gender)]
    if len(left) != 1 or left[0].gender != phrase.gender:
        return []  # ("Trump ... Putin ... the businessman" with neither named after it: a guess)
    return left


# Quotation marks: a pronoun past one is the quoted speaker's word, not the narration's.
_QUOTE_MARKS = frozenset(QUOTE_MARKS)  # (a set: a token's whole text is one mark)


def gender_said_after(head: Token) -> str | None:
    """The gender a narrating "she" or "he" later in an epithet's own sentence gives it, as the
    subject of a clause the epithet's own clause reports, where no person is named in between
    and no quotation opens first: "The 29-year-old would be a strong contender ... and is
    hopeful she will be granted a place" (a woman: not the chairman who spoke last; BBC dev
    slice, stop 45). Not a possessive ("The 64-year-old has denied the killing, saying her
    death was accidental": the victim's). RETURNS (str | None)."""
    for token in head.doc[head.i + 1 : head.sent.end]:
        if token.text in _QUOTE_MARKS or token.ent_type_ == "PERSON":
            return None
        if token.lower_ not in ("he", "she") or token.dep_ not in NOUN_SUBJECT_DEPS:
            continue
        for verb in token.head.ancestors:  # up to the clause whose subject the epithet is
            subjects = [c for c in verb.children if c.dep_ in NOUN_SUBJECT_DEPS]
            if any(c.i == head.i for c in subjects):
                return "female" if token.lower_ == "she" else "male"
            if subjects:
                return None
        return None
    return None


def epithet_people(resolver, phrase: Phrase, offset: int) -> list[ArticleEntity]:
    """The people an age or nation epithet may be, most recent first: those in play whose
    gender the epithet's (its noun's, else ``gender_said_after``'s) does not contradict; where
    it contradicts them all, the one person of that gender the article surely gave named in
    the sentence before the epithet's, or in its own before it (``one_of_gender``'s caution:
    one, or none). RETURNS (list[ArticleEntity])."""
    gender = phrase.gender or gender_said_after(phrase.head)
    people = resolver._people_in_play(offset, gender)
    if people or gender is None:
        return people
    sentence = phrase.head.sent
    start = (sentence_before(sentence) or sentence).start_char
    named = [e for e in resolver.table.people() if not e.unnamed and e.gender_sure and e.gender == gender
             and any(start <= m < offset for m in e.mentions)]
    return named if len(named) == 1 else []
