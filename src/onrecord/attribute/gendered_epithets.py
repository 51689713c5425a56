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

from .entities import ArticleEntity
from .phrases import Phrase


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
