"""The pronoun's last fallbacks, when no speaker or subject fits: the person last named
whose gender the text gives, or the one person of unknown gender named just before
(``resolver.Resolver._pronoun``). A name that is only the possessor of a preposition's
object ("a potential draw against Sir Alex Ferguson's side") is no candidate: the
text is about the side, not Ferguson, and an article that lost its speaker's name ("...
welcomed the opportunity. 'We're not counting on anything yet,' he said") is better left
with no speaker than given that one. For "his"/"her", a person whose first name gives the
pronoun's gender named after the genderless one wins ("Marion Jones has filed a lawsuit
against Balco boss Victor Conte following his allegations" is Conte's; "Marion" gives none).
"""

from __future__ import annotations

from .deps import name_head_at, sentence_before
from .entities import ArticleEntity
from .lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS


def by_gender(resolver, pronoun: str, offset: int) -> ArticleEntity | None:
    """No speaker or subject fits: the person last named before ``offset`` (outside what was
    said) whose honorific or first name gives the pronoun's gender ("Bernie Sanders met Hillary Clinton. Her aide ...")."""
    gender = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None
    if gender is None:
        return None
    window = resolver.settings.pronoun_window
    fitting = [(max(last), e) for e in resolver.table.people() if e.gender_sure and e.gender == gender
               for last in [[m for m in e.mentions if offset - window <= m < offset and not resolver._inside_content(m)
                             and not _oblique_possessor(resolver.doc, m)]]
               if last]
    return max(fitting, key=lambda pair: pair[0])[1] if fitting else None


def named_just_before(resolver, pronoun: str, offset: int) -> ArticleEntity | None:
    """No speaker, subject or surely gendered name fits: the one person named in this sentence
    or the one before whose gender nothing gives ("The prosecutor, Carrie Cohen, looked
    crushed as she left"), outside what was said. Two such people: none. For a possessive, a
    person whose first name alone gives its gender (not sure enough for ``by_gender``), named
    after that one and before the pronoun, is nearer and fits: the one such person, else none."""
    gender = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None
    if gender is None:
        return None
    doc = resolver.doc
    at = next((t for t in doc if t.idx >= offset), None)
    if at is None:
        return None
    sentence = at.sent
    start = (sentence_before(sentence) or sentence).start_char  # (the first sentence starts at 0)

    def last(entity: ArticleEntity, said: bool = False) -> int:
        return max((m for m in entity.mentions if start <= m < offset and (said or not resolver._inside_content(m))
                    and not _oblique_possessor(doc, m)), default=-1)

    near = [e for e in resolver.table.people() if e.gender is None and last(e) >= 0]
    if len(near) != 1:
        return None
    # a rival inside what someone was said to do still blocks (the engine may read "filed a
    # lawsuit against Victor Conte" as a stance), but is the answer only outside it, and only
    # for a possessive: "Sen. Lindsey Graham called out his rival Donald Trump for alienating
    # Hispanics, which he believes ..." is Graham's belief (the one firing for "he" on BBC dev
    # slices and PolNeAR train was wrong)
    possessive = pronoun in ("his", "her", "hers")
    rivals = [e for e in resolver.table.people() if possessive and e.gender == gender and not e.unnamed
              and last(e, said=True) > last(near[0])]
    if rivals:
        return rivals[0] if len(rivals) == 1 and last(rivals[0]) > last(near[0]) else None
    return near[0]


def _oblique_possessor(doc, offset: int) -> bool:
    """Whether the name mentioned at ``offset`` is the possessor of a preposition's object
    ("against Sir Alex Ferguson's side"); not of a clause's subject or object ("Ferguson's
    side won", "hearing Rubio's strategy correctly when he says")."""
    token = name_head_at(doc, offset)  # "Sir Alex Ferguson": its last word
    return token is not None and token.dep_ == "poss" and token.head.dep_ == "pobj"
