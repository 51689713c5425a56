"""Headlines: a statement only in an explicit attribution form.

Headline English drops articles and auxiliaries and uses verbs for actions: "Minister
warns on budget", "J&J agrees $25bn", "Blair rejects Tory terror offer" report what
someone did, and the parser reads their nouns as clauses ("offer", "deal"). A reader takes
a headline as a statement of someone only when it says so:

- a speaker's label and a colon: "Kremlin: 'No significant progress' …", "Rubio: I'm not
  interested" (the label names a person, a body, a group or a document, not the paper's
  furniture: "The Latest:", "Wow:", "Analysis:");
- a saying verb with a clause or a quotation: "Blair says UK tsunami aid to soar",
  "'We will win,' says Howard".

Everything else the rules find in the headline is dropped: the body repeats the statement
when there is one. The headline is the text's first line when the cleaner took it as the
article's title (``clean.guess_title`` for plain text, the page's title for HTML).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .found import Found, Range
from .lexicon import DOCUMENT_NOUNS, FIRST_PERSON, GROUP_NOUNS, TITLE_WORDS
from .quotes import Quote, text_of

TITLE_KEY = "onrecord.title"

# Verbs that say, in a headline, that the rest is what someone said or wrote.
# ("confirms sale", "reveals plans", "vows to fight on" report acts, not words: not here.)
# "hint" is "suggest" said softly: "'2nd Amendment people' his secret weapon, Trump hints"
# (PolNeAR train) is a statement, as "Brown suggests ..." is.
SAYING_VERBS: frozenset[str] = frozenset("""
say tell claim insist argue assert warn admit concede deny predict explain suggest hint add reply
respond state declare write tweet believe think
""".split())
# Fewer words than this in a headline quotation make a scare quote ("'FBI virus'").
_MIN_QUOTE_WORDS = 3
_NAMED = ("PERSON", "ORG", "NORP", "GPE")


def headline_range(doc: Doc) -> Range | None:
    """The headline's character range: the text's first line when it is the article's
    title (``doc.user_data[TITLE_KEY]``). RETURNS (Range | None)."""
    title = doc.user_data.get(TITLE_KEY)
    if not title:
        return None
    text = text_of(doc)
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if " ".join(text[start:end].split()) != " ".join(title.split()):
        return None
    return start, end


def explicit_only(doc: Doc, found: list[Found], headline: Range | None, quotes: list[Quote],
                  *, add_missed: bool = True) -> list[Found]:
    """``found`` without the findings of the headline that are not in an explicit
    attribution form, with (``add_missed``) a trailing "…, says X" the parse missed.
    RETURNS (list[Found])."""
    if headline is None:
        return found
    kept = [f for f in found if not _in(f, headline) or _explicit(doc, f, quotes)]
    trailing = _trailing_cue(doc, headline, quotes) if add_missed else None
    if trailing is not None and not any(_in(f, headline) for f in kept):
        kept.append(trailing)
    return kept


# "CSA 'could close', says minister", "House prices rebound says Halifax": the headline's
# own word order for a statement, which the parser rarely reads as one. Only "says": after
# other verbs the words are an object ("Tony Blair admits Iraq mistakes").
_TRAILING = re.compile(r"^(?P<content>\S.*?\S)[,:]?\s+(?P<cue>says|say)\s+"
                       r"(?P<name>[^,;:]{2,50}?)[.!]?\s*$")
_MAX_NAME_WORDS = 5


# "'2nd Amendment people' his secret weapon, Trump hints": the same order with the name
# first, which the parser misses when the content has no verb. Any saying verb (by lemma,
# below), as the content before the comma is no object of it; the content must still be a
# clause or a quotation (``_explicit``'s test), so "Budget, Brown plans" is not a statement.
_NAME_FIRST = re.compile(r"^(?P<content>\S.*?\S)[,:]\s+(?P<name>[^,;:]{2,50}?)\s+"
                         r"(?P<cue>[A-Za-z]+s)[.!;]?\s*$")


def _trailing_cue(doc: Doc, headline: Range, quotes: list[Quote]) -> Found | None:
    line = text_of(doc)[headline[0]:headline[1]]
    match = _TRAILING.match(line)
    name_first = match is None
    match = match or _NAME_FIRST.match(line)
    if match is None or len(match.group("name").split()) > _MAX_NAME_WORDS or len(match.group("content").split()) < 2:
        return None
    offset = headline[0]
    cue = doc.char_span(offset + match.start("cue"), offset + match.end("cue"))
    name = doc.char_span(offset + match.start("name"), offset + match.end("name"), alignment_mode="expand")
    if cue is None or name is None or any(t.pos_ in ("PRON", "ADP", "DET", "VERB", "SCONJ") for t in name):
        return None
    content = (offset + match.start("content"), offset + match.end("content"))
    if name_first and (cue[0].lemma_.lower() not in SAYING_VERBS
                       or not (_has_a_verb(doc, content) or _quotes_in(doc, content, quotes))):
        return None
    # headline names end with their head noun ("ex-aide", "Defiant Matt Williams"); the
    # parse of a verbless headline often says otherwise
    head = next((t for t in reversed(name) if t.is_alpha), name.root)
    found = Found(content, cue[0],
                  (cue.start_char, cue.end_char), head, rule="headline-cue", confidence=0.75)
    found.speaker_range = (name.start_char, name.end_char)
    return found


def _in(f: Found, headline: Range) -> bool:
    cue_start = f.cue_range[0] if f.cue_range else f.content[0]
    return headline[0] <= f.content[0] < headline[1] or headline[0] <= cue_start < headline[1]


def _explicit(doc: Doc, f: Found, quotes: list[Quote]) -> bool:
    if f.rule == "line-label":
        # "Goldsmith: 'I was not leant on'", not "Profile: David Blunkett" or "Arthur Hailey:
        # King of the bestsellers"
        if f.speaker is None or not (_quoted(doc, f, quotes, 1) or _has_a_verb(doc, f.content)):
            return False
        root = _label_root(doc, f)
        # "Trump: I Will Win …": a capitalised label speaking in the first person
        return _names_a_speaker(root, headline_end(doc, f)) or (root.text[:1].isupper() and _first_person(doc, f.content))
    if f.cue is None or f.cue.lemma_.lower() not in SAYING_VERBS or f.cue.pos_ not in ("VERB", "AUX"):
        return False
    return _quoted(doc, f, quotes) or _has_a_verb(doc, f.content)


def _names_a_speaker(head: Token, body_start: int) -> bool:
    """Whether a label's head names who spoke: a named person or body, a group ("Historians"),
    a document ("Poll", "WSJ editorial"), a role ("Minister"), or a capitalised word the
    article goes on to use as a name ("Murphy:", which the NER missed; not "Wow:")."""
    lemma = head.lemma_.lower()
    if head.ent_type_ in _NAMED or lemma in GROUP_NOUNS or lemma in DOCUMENT_NOUNS or head.lower_ in TITLE_WORDS:
        return True
    word = head.text
    return (word[:1].isupper() and not word.isupper() and word.isalpha()
            and re.search(rf"(?<![.!?\n] )(?<!^)\b{re.escape(word)}\b", text_of(head.doc)[body_start:]) is not None)


def headline_end(doc: Doc, f: Found) -> int:
    """Where the body starts: the end of the line the finding is on."""
    end = text_of(doc).find("\n", f.content[0])
    return len(text_of(doc)) if end < 0 else end


def _label_root(doc: Doc, f: Found) -> Token:
    """The head word of a line label: "Big Win For Bernie" is about a win, not by Bernie."""
    span = doc.char_span(*f.speaker_range, alignment_mode="expand") if f.speaker_range else None
    return span.root if span is not None else f.speaker


def _quoted(doc: Doc, f: Found, quotes: list[Quote], words: int = _MIN_QUOTE_WORDS) -> bool:
    """Whether the content holds a quotation of a few words: what was said, as said."""
    return _quotes_in(doc, f.content, quotes, words)


def _quotes_in(doc: Doc, content: Range, quotes: list[Quote], words: int = _MIN_QUOTE_WORDS) -> bool:
    text = text_of(doc)
    return any(q.start < content[1] and content[0] < q.end and len(q.inner(text).split()) >= words
               for q in quotes)


def _first_person(doc: Doc, content: Range) -> bool:
    span = doc.char_span(*content, alignment_mode="expand")
    return span is not None and any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON" for t in span)


def _has_a_verb(doc: Doc, content: Range) -> bool:
    """Whether a content is a clause ("UK tsunami aid to soar", "Labour could lose"), not a
    topic ("on budget", "of Kazakh close"). The parse of a headline is poor, so any verb
    form counts, the gerund of a noun phrase excepted."""
    span = doc.char_span(*content, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in span)
