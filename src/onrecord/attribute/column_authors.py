"""The author of a signed column, for its narration's "I": "Analyst Bill Thompson has seen
the future ... But I have to acknowledge that the net ... is fast and reliable enough ... /
Bill Thompson is a regular commentator on the BBC World Service programme Go Digital." (issue
11, a BBC development-slice shape: the columnist's "I" outside quotation marks stayed no one).

Precision first: the article's last paragraph is the column's footer, "<Name> is a/an/the
... <writer's trade>" (commentator, columnist, editor, writer, correspondent, analyst ...);
the same name stands in the standfirst, the first paragraph after the headline; and the
name is a person the article's entity table holds. Only "I" and "me" outside quotation marks
(a quotation's "I" is its speaker's) take the author.
"""

from __future__ import annotations

import re

from .entities import ArticleEntity, EntityTable

# The footer: a name of two to four capitalised words, then what the author does.
_FOOTER = re.compile(
    r"^(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3}) is (?:a|an|the) (?:[\w'-]+ ){0,5}?"
    r"(?:commentator|columnist|editor|writer|correspondent|analyst|journalist|author|contributor|critic|blogger)\b")


def column_author(text: str, table: EntityTable) -> ArticleEntity | None:
    """The person a signed column's footer and standfirst both name, or None.
    RETURNS (ArticleEntity | None)."""
    paragraphs = [p.strip() for p in text.strip().split("\n") if p.strip()]
    if len(paragraphs) < 3:
        return None
    match = _FOOTER.match(paragraphs[-1])
    if match is None:
        return None
    name = match.group("name")
    if name not in paragraphs[1]:  # the standfirst, after the headline
        return None
    start = text.find(paragraphs[1])
    author = table.find(name, start + paragraphs[1].find(name), person=True)
    return author if author is not None and author.type == "person" and not author.unnamed else None
