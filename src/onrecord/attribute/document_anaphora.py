"""Who a document speaks for when its own phrase names no author, for the resolver
(``resolve_document``): "the statement" of the one who has just spoken, and a
news lead's "a report says" that the next sentence attributes ("The study, undertaken by
the European Commission, …").
"""

from __future__ import annotations

from dataclasses import replace
from itertools import takewhile

from spacy.tokens import Doc, Token

from .entities import ArticleEntity
from .lexicon import SPEECH_VERBS
from .phrase_shapes import document_family, document_lemma
from .phrases import Phrase, describe
from .resolved import Resolved


# Documents a speaker issues: "the statement" right after someone spoke is theirs.
ISSUED = frozenset("statement letter memo release".split())
# How far back (characters) that speaker may have spoken: about a sentence.
_ISSUER_RECENT = 300


def issuer_of(chain: list[tuple[int, Resolved]], offset: int) -> ArticleEntity | None:
    """The named person or body that spoke last, within about a sentence before ``offset``
    (``chain``: the resolver's speakers by offset): the one whose statement "the statement"
    is. RETURNS (ArticleEntity | None)."""
    recent = [(o, r) for o, r in chain if offset - _ISSUER_RECENT <= o < offset]
    if not recent:
        return None
    last = max(recent, key=lambda pair: pair[0])[1]
    entity = last.entity
    if entity is None or entity.unnamed or last.type not in ("person", "organization") or last.document:
        return None
    return entity


# Verbs of a document that came to someone rather than from them: "received a letter".
_CAME = frozenset("receive get obtain open intercept find discover read see".split())


def came_to_someone(doc: Doc, noun: str, offset: int) -> bool:
    """Whether the article, before ``offset``, has the document ``noun`` received, opened or
    found ("Donald Trump's son received a threatening letter ... The letter warned"): that
    letter is its sender's, not the last speaker's statement."""
    return any(t.lemma_.lower() == noun and t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _CAME
               for t in takewhile(lambda t: t.idx < offset, doc))  # fmt: skip


def reporter_of(resolver, family: str, earlier: list[tuple[int, str, int, str | None]],
                offset: int) -> ArticleEntity | None:
    """The body that has just reported, whose study "the survey" is ("Consumer sentiment …
    has been higher than in any year since 2004, the University of Michigan reported last
    week. … the survey found"): the named organisation that reported last, within about a
    sentence, where no study of the family was named within the pronoun window (a "United
    States jobs report" pages before is another document). RETURNS (ArticleEntity | None)."""
    # (a study named inside what someone reported is part of the news, not another source:
    # "Rank ... will expose the shake-up at the announcement of its results on Friday, the
    # Sunday Telegraph reported. ..., the report added")
    if family != "study" or any(d[0] >= offset - resolver.settings.pronoun_window and not resolver._inside_said(d[0])
                                for d in earlier):
        return None
    issuer = issuer_of(resolver.chain, offset)
    if issuer is None or issuer.type != "organization":
        return None
    # only a body that reported or found something: "Democrats say ... The poll showed" is
    # the poll named before, not the Democrats'
    at = max(o for o, r in resolver.chain if offset - _ISSUER_RECENT <= o < offset)
    speaker = next((t for t in resolver.doc if t.idx >= at), None)
    return issuer if speaker is not None and speaker.head.lemma_.lower() in _REPORTING else None


# Cues of a body publishing its own study: "the University of Michigan reported".
_REPORTING = frozenset("report find release publish show estimate conclude".split())


def in_lead(doc: Doc, headline_end: int, offset: int) -> bool:
    """Whether ``offset`` is in the article's first sentence after its headline (a later
    "a report says" is as often a report of its own)."""
    first = next((t for t in doc if t.idx >= headline_end and not t.is_space), None)
    return first is not None and first.sent.start_char <= offset < first.sent.end_char


# How many sentences after a lead's "a report says" may name the report's author: the
# paragraphs that follow a BBC lead ("..., a report says. / The Higher Education Funding
# Council for England said ... (two sentences more) / The Hefce report ... said", the fourth).
_LEAD_FOLLOWING = 5


def named_next(doc: Doc, documents: list[tuple[int, str, int, str | None]], offset: int,
               noun: str | None = None) -> tuple[int, str | None] | None:
    """The author of a document that the sentence after ``offset``'s names with its author
    (``documents``: ``EntityTable.documents``), or, of the lead's document ``noun``, one of
    the few sentences after it names so, or has its author speak "in" it
    ("In a new report, the Electoral Commission says"). RETURNS (author's token index or
    -1, author's name) | None."""
    at = next((t for t in doc if t.idx >= offset), None)
    if at is None or at.sent.end >= len(doc):
        return None
    following = doc[at.sent.end].sent
    found = [d for d in documents if following.start_char <= d[0] < following.end_char]
    if found or noun is None:
        return (found[0][2], found[0][3]) if found else None
    family = document_family(noun)
    sentences = [following]
    while len(sentences) < _LEAD_FOLLOWING and sentences[-1].end < len(doc):
        sentences.append(doc[sentences[-1].end].sent)
    end = sentences[-1].end_char
    # the same noun only, taken up ("a report says ... The Hefce report"): "Early analysis
    # shows ..." is no "IOWA POLLS" of the next paragraph
    found = [(d[0], d[2], d[3]) for d in documents if following.start_char <= d[0] < end and d[1] == family
             and doc.char_span(d[0], d[0] + 1, alignment_mode="expand")[0].lemma_.lower() == noun]
    found += [(t.idx, author.i, None) for t, author in spoken_in(doc, family, following.start_char, end)
              if t.lemma_.lower() == noun]
    return min(found)[1:] if found else None


def spoken_in(doc: Doc, family: str, start: int, end: int) -> list[tuple[Token, Token]]:
    """Documents of ``family`` between ``start`` and ``end`` that a named subject speaks
    "in" ("In a new report, the Electoral Commission says ...", "the Fed said in its latest
    report"), each with that subject: the document's author, whom a later "the report
    says" speaks for. RETURNS (list[(document, author)])."""
    found = []
    for token in doc.char_span(start, end, alignment_mode="expand") or ():
        if token.pos_ != "NOUN" or document_family(token.lemma_.lower()) != family or token.dep_ != "pobj" \
                or token.head.lower_ != "in" or token.head.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        subject = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
        # a named body or person, not a pronoun or a description ("officials said in a report")
        if subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ in ("ORG", "PERSON", "GPE", "NORP", ""):
            found.append((token, subject))
    return found


def with_speakers_in(doc: Doc, earlier: list[tuple[int, str, int, str | None]], family: str,
                     offset: int) -> list[tuple[int, str, int, str | None]]:
    """``earlier`` (documents of ``family`` with an author, before ``offset``) with those a
    named subject spoke in ("In a new report, the Electoral Commission says ... the report
    says" is the Commission's), in text order; the subject rather than a pronoun
    possessor ("the US Federal Reserve said in its latest Beige Book report")."""
    by_place = {d[0]: d for d in earlier}
    if family != "study":
        return earlier  # "said in a statement" is every speaker's: "the statement" is the issuer's (``issuer_of``)
    for token, author in spoken_in(doc, family, 0, offset):
        known = by_place.get(token.idx)
        if known is None or known[2] >= 0 and doc[known[2]].pos_ == "PRON":
            by_place[token.idx] = (token.idx, family, author.i, None)
    return sorted(by_place.values())


def resolve_document(resolver, phrase: Phrase, offset: int) -> Resolved:
    """A document speaker phrase resolved (``resolver``: the ``Resolver``): its author as
    written or named before, the issuer of "the statement", a lead's report the next
    sentence attributes, "the paper" for a newspaper named before. RETURNS (Resolved)."""
    author, author_name = phrase.author, phrase.author_name
    how = "document-author"
    if author_name and resolver.table.find(author_name, offset) is None:
        author_name = None  # "The IG report": a name the article gives nowhere else says less than "by X" before
    if author is None and not author_name and phrase.definite:
        family = document_family(document_lemma(phrase.head))
        earlier = [d for d in resolver.table.documents if d[0] < offset and d[1] == family]
        earlier = with_speakers_in(resolver.doc, earlier, family, offset)
        reporter = reporter_of(resolver, family, earlier, offset) if not phrase.plural else None
        if reporter is not None:  # "the University of Michigan reported … the survey found"
            return replace(resolver._of_entity(reporter, "document-anaphor"), document=phrase.noun)
        if earlier:  # "the poll" after "a survey by GMIPoll"
            index, author_name = earlier[-1][2], earlier[-1][3]
            author, how = (resolver.doc[index] if index >= 0 else None), "document-anaphor"
    if author is None and not author_name and not phrase.definite and not phrase.plural \
            and in_lead(resolver.doc, resolver.table.headline_end, offset):
        later = named_next(resolver.doc, resolver.table.documents, offset, phrase.head.lemma_.lower())
        if later is not None:  # "…, a report says. / The study, undertaken by the European Commission, …"
            index, author_name = later
            author, how = (resolver.doc[index] if index >= 0 else None), "document-anaphor"
    if author is None and not author_name and phrase.definite and not phrase.plural \
            and phrase.head.lemma_.lower() in ISSUED and not came_to_someone(resolver.doc, phrase.head.lemma_.lower(), offset):
        issuer = issuer_of(resolver.chain, offset)
        if issuer is not None:  # "The Trump campaign responded ... "…," the statement said"
            return replace(resolver._of_entity(issuer, "document-anaphor"), document=phrase.noun)
    if author is None and (author_name or phrase.author_name):
        author_name = author_name or phrase.author_name
        entity = resolver.table.find(author_name, offset) or resolver.table.add(author_name, offset)
        if entity.type == "unknown":
            entity.votes["organization"] += 1
        return replace(resolver._of_entity(entity, how), document=phrase.noun)
    if author is not None:
        resolved = resolver.resolve(describe(author))
        named = resolved.name and not resolved.unnamed and resolved.how != "pronoun-unresolved"
        if named or resolved.name and how == "document-author":
            return replace(resolved, document=phrase.noun, how=how if not resolved.unnamed else resolved.how)
    if phrase.definite and author is None and not author_name and phrase.head.lemma_.lower() == "paper" \
            and not phrase.plural:
        # "The paper said" after the article named a newspaper is that newspaper
        body = resolver._body_for("newspaper", offset)
        if body is not None:
            return resolver._of_entity(body, "nominal")
    entity = resolver.table.unnamed(phrase.name or phrase.head.text, "document", offset, title=None,
                                affiliation=None, description=phrase.description)
    return Resolved(entity.name, "document", unnamed=True, description=phrase.description,
                    document=phrase.noun, entity=entity, how="unnamed")
