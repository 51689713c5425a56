"""The country a government office holder serves when the article gives it only around the
mention, not before the role: "The French government is to hand its wine industry 70m euros
... The package was announced by agriculture minister Dominique Bussereau" -> France;
"India's defence budget has also been raised. The priority for Finance Minister Palaniappan
Chidambaram is to ... keep the government's Communist allies onside" -> India.

Precision first: one nation only, named in the mention's sentence or the one before (or by
a lead sentence that opens on "the X government" with no other nation named from there to
the mention), with a word of government of that nation in that stretch (one the nation
modifies, "French government", or "the government", "the ministry", "the cabinet" alone; never a
bare modifier, "government figures"); never the home nations of the
corpora's outlets, whose readers know their own ministers without a country ("Chancellor
Gordon Brown" has none, annotation.md), and never where the article ties the person's name
to another nation ("British Prime Minister Tony Blair" in an Iraq story)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from .deps import sentence_before
from .entities import ArticleEntity
from .lexicon import DEMONYMS
from .quotes import text_of
from .roles import place_of

# Offices that serve a state (the last word of the title): a body's "president" or
# "secretary" is one only with a government word near, which the stretch must have anyway.
_OFFICES = frozenset("minister premier chancellor president secretary ambassador envoy".split())
# Titles whose words name a government's service ("chief government spokesman").
_GOVERNMENT_TITLE_WORDS = frozenset(("government", "ministry", "cabinet"))
# Words that say a state acts in the stretch ("the government's Communist allies"); never
# "state" ("state aid" names no nation's state).
_GOVERNMENT_WORDS = frozenset(("government", "governments", "ministry", "administration", "cabinet"))
# The corpora's outlets write from these nations: their own ministers carry no country
# (a UK office in a BBC UK story, a US one in a US paper).
_HOME_NATIONS = frozenset(("United Kingdom", "England", "Scotland", "Wales", "Northern Ireland", "United States"))
# A nation whose name is also a US state's: counted against another, never given.
_AMBIGUOUS = frozenset(("Georgia",))
_COUNTRIES = frozenset(DEMONYMS.values()) - {"European Union", "NATO"}
# "the French government", "Jamaica's government": a lead that opens on a nation's government.
_GOVERNMENT_LEAD = re.compile(r"^\W*(?:the )?(\w[\w ]*?)(?:['’]s)? government\b", re.IGNORECASE)


def _office(title: str) -> bool:
    """A state's office; a "shadow" one is an opposition party's ("Shadow foreign secretary")."""
    words = title.lower().replace("-", " ").split()
    return bool(words) and "shadow" not in words and (words[-1] in _OFFICES or any(w in _GOVERNMENT_TITLE_WORDS for w in words))


# A nation's names and adjectives, lower-cased, to the nation (one or two words).
_NATION_WORDS: dict[str, str] = {
    **{d: p for d, p in DEMONYMS.items() if p not in ("European Union", "NATO") and "." not in d and d not in ("us", "uk")},
    **{p.lower(): p for p in _COUNTRIES},
    "britain": "United Kingdom", "great britain": "United Kingdom", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "us": "United States", "u.s.": "United States", "usa": "United States",
    "america": "United States",
}


def _nation_at(doc: Doc, i: int) -> tuple[str | None, int]:
    """The nation the words at ``i`` name and how many words: a demonym ("French", "South
    African") or a country's name ("India", "Britain"; as a place or inside a body's name, "Air
    Jamaica", "Hitler's Germany"), never a person's name ("Jordan"); "US" only in capitals."""
    token = doc[i]
    if token.ent_type_ == "PERSON" or not token.text[:1].isupper():
        return None, 1
    if i + 1 < len(doc) and f"{token.lower_} {doc[i + 1].lower_}" in _NATION_WORDS:
        return _NATION_WORDS[f"{token.lower_} {doc[i + 1].lower_}"], 2
    word = token.lower_.removesuffix("'s").removesuffix("’s")
    if word in ("us", "uk") and not token.text.isupper():
        return None, 1
    return _NATION_WORDS.get(word), 1


def _nations(tokens: Span, skip: range) -> set[str]:
    """Every nation ``tokens`` name outside ``skip`` (the person's own name)."""
    found: set[str] = set()
    i = tokens.start
    while i < tokens.end:
        nation, width = _nation_at(tokens.doc, i)
        if nation is not None and i not in skip:
            found.add(nation)
        i += width
    return found


def _governs(token: Token, nation: str) -> bool:
    """Whether ``token`` is a government word of ``nation``: the nation modifies it ("French
    government", "India's government", "government of India"), or it stands as "the government"
    itself; a bare modifier ("government figures show" near "Polish workers") is the home one."""
    if token.lower_ not in _GOVERNMENT_WORDS:
        return False
    doc = token.doc
    before = token.i - 1
    if before >= 0 and doc[before].text in ("'s", "’s"):
        before -= 1
    for start in (before - 1, before):
        if start >= 0 and _nation_at(doc, start) == (nation, before - start + 1):
            return True
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" and _nation_at(doc, token.i + 2)[0] == nation:
        return True
    return token.dep_ != "compound" and token.i > 0 and doc[token.i - 1].lower_ == "the"


def _lead_start(doc: Doc, sentence: Span) -> int | None:
    """The first token of the article's lead sentence when it opens on a nation's government
    and comes before ``sentence``; the headline (a first line with no full stop) is skipped."""
    for lead in doc.sents:
        if lead.start >= sentence.start:
            return None
        text = lead.text.strip()
        if not text:
            continue
        if "\n" in text:  # a headline run into the lead: the lead is the last line
            lead = doc.char_span(lead.start_char + lead.text.rindex("\n") + 1, lead.end_char, alignment_mode="expand")
            if lead is None:
                return None
            text = lead.text.strip()
        elif not text.endswith((".", "!", "?", '"')):
            continue  # the headline
        found = _GOVERNMENT_LEAD.match(text)
        if found and place_of(found.group(1)) in _COUNTRIES:
            return lead.start
        return None
    return None


def office_nation(resolver: Any, entity: ArticleEntity, title: str | None) -> str | None:
    """The one nation the article gives ``entity``'s government office ``title`` around the
    mention that introduces it with that title, or None."""
    names = [entity.name, *entity.aliases]
    offset = min((r[0] for r in entity.role_at if r[1] == title), default=min(entity.mentions, default=0))
    if not title or not _office(title):
        return None
    doc: Doc = resolver.doc
    first = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if first is None:
        return None
    sentence = first[0].sent
    previous = sentence_before(sentence) or sentence
    name_span = range(first[0].i, first[0].i + max(len(n.split()) for n in names) + 1)
    lead = _lead_start(doc, previous)
    start = previous.start if lead is None else lead
    stretch = doc[start : sentence.end]
    nations = _nations(stretch, name_span)
    if len(nations) != 1:
        return None
    nation = next(iter(nations))
    if not any(_governs(t, nation) for t in stretch):
        return None
    if (nation in _HOME_NATIONS or nation in _AMBIGUOUS or _tied_elsewhere(doc, names, nation)
            or _marked_office(text_of(doc), names, title, nation)):
        return None
    return nation


def _marked_office(text: str, names: list[str], title: str, nation: str) -> bool:
    """Whether the article writes the nation before the same office for someone else
    ("Iraqi Prime Minister Iyad Allawi" in a story where "Prime Minister Tony Blair" is
    the home one): the office left unmarked is then another nation's."""
    own = [d for d, place in DEMONYMS.items() if place == nation] + [nation + "'s", nation + "’s"]
    office = re.escape(title.split()[-1])
    marked = rf"\b(?:{'|'.join(re.escape(w) for w in own)})\s+(?:[\w-]+\s+){{0,2}}?{office}\b(?:,)?\s*(.{{0,40}})"
    for found in re.finditer(marked, text, re.IGNORECASE):
        if not any(found.group(1).startswith(n) for n in names):
            return True
    return False


def _tied_elsewhere(doc: Doc, names: list[str], nation: str) -> bool:
    """Whether the article writes a nation other than ``nation`` right before one of the
    person's names ("British Prime Minister Tony Blair", "Britain's Tony Blair")."""
    text = text_of(doc)
    for name in names:
        for found in re.finditer(re.escape(name), text):
            before = doc.char_span(max(0, found.start() - 60), found.start(), alignment_mode="contract")
            if before is None:
                continue
            # the words of the last one's sentence: those from its start on (one sentence
            # look-up, not one per word: a sentence is a run of tokens)
            sentence_start = before[-1].sent.start if len(before) else 0
            sentence_part = [t for t in before if t.i >= sentence_start]
            if any((n := _nation_at(doc, t.i)[0]) is not None and n != nation for t in sentence_part):
                return True
    return False
