"""The outlet that wrote the article is never the via of its statements.

docs/annotation.md, "via": the via is who relayed the words to the article, "never the wire
or paper that wrote the article". A Reuters story's "..., Smith told Reuters" and a Breitbart
article's "told Breitbart News" are the outlet's own reporting: the statement is the
speaker's, with no intermediary. The engine reads one text and cannot know who published it;
the outlet comes with the document (a page's site name, a JSONL field, ``extract(outlet=...)``).
A programme or another arm of the same house stays a via: "told BBC Radio 4's Today
programme" in a BBC News article names where the words were said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from . import errors
from .schema import Failure, RawDocument, Statement

# Words an outlet's name may carry or drop without naming another outlet: "Breitbart News" is
# "Breitbart", "The Associated Press" "Associated Press", "reuters.com" "Reuters".
_GENERIC = frozenset("the news online com co uk org net www website newspaper".split())
_WORD = re.compile(r"[^\W_]+")


def outlet_key(name: str) -> str:
    """The letters that identify an outlet's name, generic words apart:
    ``outlet_key("Breitbart News") == outlet_key("breitbart.com") == "breitbart"``."""
    return "".join(w for w in _WORD.findall(name.casefold()) if w not in _GENERIC)


def names_the_outlet(via_name: str, outlet: str | None) -> bool:
    """Whether a via's name is the article's own outlet. RETURNS (bool)."""
    if not outlet:
        return False
    key = outlet_key(outlet)
    return bool(key) and outlet_key(via_name) == key


def without_own_outlet(statements: Iterable[Statement], outlet: str | None) -> list[Statement]:
    """The statements with a via that names the article's outlet taken away (the rest as they
    are). RETURNS (list[Statement])."""
    return [s.model_copy(update={"via": None}) if s.via is not None and names_the_outlet(s.via.name, outlet) else s
            for s in statements]


def as_outlet(value: str | None) -> str | None:
    """An outlet's name as given on the command line: stripped, None when blank. Raises
    ConfigError (a usage error) for text that is not valid (a lone surrogate from bytes that
    are not UTF-8), which could be neither printed nor stored."""
    name = (value or "").strip()
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise errors.ConfigError(errors.E_BAD_OUTLET.format(value=name.encode("utf-8", "replace").decode())) from None
    return name or None


def with_outlet(item: RawDocument | Failure, outlet: str | None) -> RawDocument | Failure:
    """A plain-text document that names no outlet, given ``outlet``; a page keeps the site
    name its metadata gives (cleaning reads it), everything else passes as it is."""
    if outlet and isinstance(item, RawDocument) and item.html is None and not item.outlet:
        return replace(item, outlet=outlet)
    return item
