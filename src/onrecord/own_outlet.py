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
    """Whether a via's name is the article's own outlet, also where a page names itself by its
    domain or its name in full ("The New York Times" in a page of nytimes.com, "BBC" in one of
    the "British Broadcasting Corporation", "CNN" in one of "CNN.com International"). RETURNS (bool)."""
    if not outlet:
        return False
    key = outlet_key(outlet)
    return bool(key) and (outlet_key(via_name) == key or _same(via_name, outlet))


# Words a page's site name adds to the outlet for its edition ("CNN.com International").
_EDITION = frozenset("international edition us uk india europe asia".split())
# Labels of a host name that are no part of the outlet's name.
_HOST = _GENERIC | frozenset("edition international us uk au ca in ie nz".split())


def _forms(name: str) -> tuple[set[str], set[str]]:
    """The letters an outlet's name may be written with: all its words ("foxnews"), a host name's
    own label ("theguardian.com" -> "guardian"); and, for a name of several words, its initials
    ("bbc") and its initials with its last word ("nytimes"), which stand only for a one-word name."""
    if "." in name and " " not in name.strip():  # a domain: the label before its suffixes
        labels = [w for w in _WORD.findall(name.casefold()) if w not in _HOST]
        return ({labels[-1].removeprefix("the")} if labels and len(labels[-1]) > 1 else set()), set()
    words = [w for w in _WORD.findall(name.casefold()) if w not in ("the", "com")]
    while len(words) > 1 and words[-1] in _EDITION:
        words.pop()
    if len(words) < 2:
        return {"".join(words)} - {""}, set()
    return {"".join(words)}, {"".join(w[0] for w in words), "".join(w[0] for w in words[:-1]) + words[-1]}


def _same(via_name: str, outlet: str) -> bool:
    """Whether two names write one outlet (initials only against a one-word name: "Breitbart News"
    and "BBC News" share theirs)."""
    (via_whole, via_initials), (outlet_whole, outlet_initials) = _forms(via_name), _forms(outlet)
    return bool(via_whole & outlet_whole) or bool(via_initials & outlet_whole and not outlet_initials) or bool(
        outlet_initials & via_whole and not via_initials)


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
