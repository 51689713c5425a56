"""Every statement's speaker, resolved: the step of ``onrecord_attributions`` between
finding attributions and writing statements.

Speaker phrases are read (``phrases.describe``) and resolved (``resolver.Resolver``, from
``doc._.coref``) in text order, so that a pronoun binds to the chain of speakers before it;
a first-person speaker inside a quotation waits for the quotation's own speaker. Q&A turns
go to the interviewer and the interviewee (``interview``); a cue's "in a statement" names
the document. The entity table then becomes ``Article.entities`` and each speaker points
into it (``Speaker.entity``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..schema import Span as SchemaSpan
from ..schema import Speaker, Via
from . import interview
from .entity_components import resolver_of
from .entities import clean_body
from .found import Found
from .answered_claims import answered_owner
from .relative_documents import document_before
from .layout import LABEL_VERBS, transcript_turns
from .lead_bodies import lead_body
from .partitive_crowds import group_antecedent
from .phrases import Phrase, describe, name_phrase
from .pronoun_fallbacks import paraphrase_subject
from .pronoun_fit import talked_about
from .possessive_roles import named_before
from .predicate_relatives import subject_of_predicate
from .pronoun_pairs import named_pair
from .quote_introducers import introduced_person
from .quotes import Quote, text_of
from .resolver import Resolved, Resolver
from .body_of_article import article_body_for
from .column_authors import column_author
from .cue_documents import cue_document
from .cue_objects import acted_on
from .authored_documents import written_on
from .speakers import entity_of, person_name_tokens
from .spokesman_ahead import spokesman_named_next

# How the explanation names a rule: a speaker named as written needs no word about it.
_PLAIN = frozenset(("name", "unnamed"))
_FIRST_PERSON = frozenset(("i", "me", "we", "us"))

Result = dict[int, tuple[Speaker, Via | None, str | None]]


def resolve_speakers(doc: Doc, found: list[Found], quotes: list[Quote], via_of) -> Result:
    """Resolve the speaker of every finding. ``via_of(doc, f)`` gives a finding's Via.

    RETURNS (dict): per finding (by ``id``), its Speaker, its Via and how the speaker was
    named (None where written out), for ``Statement.explanation``."""
    resolver = resolver_of(doc)
    # (not the writer's own imperative: "Consider the case of Ms. Alvarez ..." names her for
    # the "she said" that follows)
    resolver.contents = [f.content for f in found if not _imperative(f)]
    # what the rules found said, not the learned pass's stances ("faces questions about his
    # relationship with Gordon Brown" brings Brown into play), nor a verb's bare object
    # ("Tony Blair praised Gordon Brown": Brown is named by the narration, not quoted)
    resolver.spoken = []  # who spoke of what, as each statement is resolved
    resolver.said = [f.content for f in found if not f.rule.startswith("learned") and f.rule != "verb-object"]
    text = doc.user_data.get("onrecord.text") or text_of(doc)
    turns = [f.content for f in found if f.rule == "line-label" and _label(text, f) is not None]
    transcript = transcript_turns(text, resolver.table.people())
    phrases = {id(f): _phrase(doc, f) for f in found if f.speaker is not None}
    # first-person speakers last: "I" inside a quotation is the quotation's speaker
    order = sorted(found, key=lambda f: (_first_person(phrases.get(id(f))), _offset(f)))
    resolved: dict[int, Resolved] = {}
    result: Result = {}
    for f in order:
        via = via_of(doc, f)
        phrase = phrases.get(id(f))
        if phrase is None:
            result[id(f)] = (Speaker(), via, None)
            continue
        label = _label(text, f) if f.rule == "line-label" else None
        held = _turn_holding(transcript, phrase.start)
        if label is not None:
            r = _turn(doc, resolver, label, turns, phrase.start)
        elif f.rule == "line-label" and held is not None and _on_label(text, held, phrase.start) \
                and (person := interview.labelled_person(resolver.table, held[2], phrase.start,
                                                         [t[2] for t in transcript])) is not None:
            r = _person(person, "interview")  # "BIDEN: ..." is Joe Biden, named elsewhere
        else:
            # "He insisted Curiel had a conflict": a pronoun never stands for a name its own
            # reported clause after it holds (outside quotation marks); a clause before it
            # may ("Mr Mallon is a late recruit ..., he claims")
            resolver.excluded = _named_in(resolver, f.content, quotes) \
                if phrase.kind == "pronoun" and f.content[0] > phrase.end else set()
            if phrase.kind == "pronoun":  # nor for the one its quotation talks about
                resolver.excluded |= talked_about(resolver, phrase.pronoun or "", f.content, text, phrase.start)
            resolver.excluded |= _said_of(resolver, f) | acted_on(f, resolver.table)  # not "accused [its rival Boeing]"
            containing = _containing(f, found, resolved)
            if containing is None and _first_person(phrase) and held is not None:
                # "BIDEN: I have not made up my mind. I think ...": no statement holds the
                # "I", the turn does
                containing = _turn_speaker(doc, resolver, held, turns, transcript)
            r = resolver.resolve(phrase, containing=containing)
            if r.how == "pronoun-unresolved" and not r.name and (person := paraphrase_subject(
                    doc, resolver.table, phrase.pronoun or "", f.content, phrase.start)) is not None:
                r = _person(person, "pronoun-paraphrase")  # "Shays was pro Kasich …, he said"
            if r.unnamed and r.type == "group" and (body := lead_body(resolver, phrase)) is not None:
                r = resolver._of_entity(body, "lead-body")  # the lead's "police chiefs" are Acpo
            if r.unnamed and phrase.kind == "role" and (named := named_before(resolver, phrase)) is not None:
                named.note(offset=phrase.start, title=resolver._role_title(phrase), affiliation=r.affiliation)
                r = resolver._of_entity(named, "role-named")  # "His father, Azmat Begg, ... his father said"
            if r.how == "first-person" and containing is None and phrase.pronoun in ("i", "me") \
                    and (author := column_author(text, resolver.table)) is not None:
                r = resolver._of_entity(author, "column-author")  # the columnist's own "I"
            # "Housing experts are split …, while others predict"; 'Bortolami feels … "…," said the lock forward'
            r = group_antecedent(resolver, phrase, r) or introduced_person(resolver, phrase, f.content, r) or r
            if r.unnamed and (ahead := spokesman_named_next(resolver, phrase, r.affiliation)) is not None:
                r = resolver._of_entity(ahead, "role-ahead")  # "a spokesman stressed ... MAB spokesman Dr Azzam Tamimi said"
            if phrase.kind == "pronoun" and (pair := named_pair(resolver, phrase)) is not None and pair.name != r.name:
                r = pair  # "Tom Smith and Jane Doe were on the train ... They said"
        spoken_in = r  # for the next pronoun: a blog or an ad this cue names is this occasion's (document_continuations)
        if r.document is None and f.cue is not None and (in_document := cue_document(f.cue)) is not None:
            r = replace(r, document=in_document)
            spoken_in = spoken_in if in_document == written_on(f.cue) else r
        if via is not None and r.name and via.name.lower() == r.name.lower():
            via = None  # the outlet speaks for itself ("Reuters reported that ...")
        resolved[id(f)] = r
        if r.entity is not None:
            resolver.spoken.append((*f.content, r.entity))
        if not _first_person(phrase) and not ((r.unnamed or _example_aside(f)) and _object_aside(f)) \
                and not _topic_of_holder(phrase, f, found, resolved, r) and not answered_owner(f):
            resolver.record(_offset(f), spoken_in)
        mention = SchemaSpan.of(text, phrase.start, phrase.end)
        result[id(f)] = (_speaker(r, mention), via, None if r.how in _PLAIN else r.how)
    resolver.excluded = set()  # (the last finding's exclusions hold no further)
    _point_into_entities(doc, resolver, resolved, result)
    return result


def _phrase(doc: Doc, f: Found) -> Phrase:
    if f.speaker_range is not None and f.cue is not None and f.cue.lower_ in LABEL_VERBS and f.cue.i < f.speaker.i:
        # "Continued Stone: “…”": the name after the verb, not the verb with it
        span = doc.char_span(*f.speaker_range, alignment_mode="expand")
        if span is not None and all(t.text[:1].isupper() for t in span):
            return name_phrase(list(span))
    phrase = describe(f.speaker)
    if f.speaker_range is not None:
        phrase.start, phrase.end = f.speaker_range
    if (f.speaker.dep_ == "nsubj" and f.speaker.lower_ in ("who", "that", "which") and f.cue is not None
            and f.speaker.head.dep_ in ("relcl", "acl")):
        # "Smith, who said ...": the relative pronoun is Smith; so too where the cue hangs
        # below the relative clause ("a statement that, while condemning violence, ...")
        host = describe(document_before(f.speaker)
                        or _named_in_apposition(subject_of_predicate(f.speaker.head.head), f.speaker))
        host = _first_of_pair(f.speaker.head, host)
        host.start, host.end = phrase.start, phrase.end
        phrase = host
    return phrase


def _named_in_apposition(noun: Token, relative: Token) -> Token:
    """ "rival broadcaster ITV, which said": the parser hangs the relative clause on the
    descriptor, but the name apposed to it right before the relative pronoun is what it
    stands for (not an unnamed "broadcaster"). RETURNS (Token): the name, else ``noun``."""
    if noun.pos_ != "NOUN":
        return noun
    names = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i
             and c.ent_type_ in ("ORG", "PERSON") and c.right_edge.i + 2 == relative.i]
    return names[0] if len(names) == 1 else noun


def _said_of(resolver: Resolver, f: Found) -> set[int]:
    """ "''He's a great gentleman,'' the real estate developer said of Mr. Clinton": the
    person the words are said of or about is not who said them (ids of entities)."""
    cue = f.cue
    if cue is None:
        return set()
    spans = [(g.left_edge.idx, g.idx + len(g)) for c in cue.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
             for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"]
    if not spans:
        return set()  # (most cues: no one to list)
    return {id(e) for e in resolver.table.people() if any(a <= m < b for a, b in spans for m in e.mentions)}


def _object_aside(f: Found) -> bool:
    """ "In South Carolina he campaigned with a popular governor who had endorsed him": a
    relative clause on an object, someone met in passing; the next "he" goes on with the
    one the narration is about (where that someone is unnamed)."""
    speaker = f.speaker
    return speaker is not None and speaker.lower_ in ("who", "that") and speaker.head.dep_ == "relcl" \
        and speaker.head.head.dep_ in ("dobj", "pobj")


def _example_aside(f: Found) -> bool:
    """ "refused to repudiate Republican politicians, like Pat Robertson, who had condemned
    homosexuality. ''…,'' he said": a relative clause on an example the narration gives in
    passing ("like", "such as", "including" X); the next "he" goes on with the one the
    narration is about, named or not."""
    speaker = f.speaker
    if speaker is None or speaker.head.dep_ != "relcl":
        return False
    head = speaker.head.head
    return head.dep_ == "pobj" and (head.head.lower_ in ("like", "including")
                                    or head.head.lower_ == "as" and head.doc[head.head.i - 1].lower_ == "such")


def _imperative(f: Found) -> bool:
    """A finding with no speaker whose cue is a bare verb opening its sentence with no
    subject: the writer speaking to the reader ("Consider the case of Ms. X")."""
    cue = f.cue
    return f.speaker is None and cue is not None and cue.tag_ == "VB" and cue.i == cue.sent.start \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in cue.children)


def _first_of_pair(clause: Token, host: Phrase) -> Phrase:
    """ "Contrast that with Trump, who has called the TPP "insanity," and Sanders, who says
    …": a relative clause between the first name and the "and" that joins the second is the
    first person's alone, not the pair's."""
    head = clause.head
    conj = [c for c in head.children if c.dep_ == "conj"]
    ent = entity_of(head)
    if host.kind != "named-group" or not conj or clause.i > min(c.i for c in conj) or ent is None:
        return host
    return name_phrase(person_name_tokens(ent))


def _named_in(resolver, content: tuple[int, int], quotes: list[Quote]) -> set[int]:
    start, end = content
    return {id(e) for e in resolver.table.people()
            if any(start <= m < end and not any(q.start <= m < q.end for q in quotes) for m in e.mentions)}


def _first_person(phrase: Phrase | None) -> bool:
    return phrase is not None and phrase.kind == "pronoun" and phrase.pronoun in _FIRST_PERSON


def _offset(f: Found) -> int:
    return f.speaker.idx if f.speaker is not None else f.content[0]


def _on_label(text: str, turn: tuple[int, int, str], at: int) -> bool:
    """Whether ``at`` is on a turn's label: before its colon ("BIDEN: ..."), or its start
    where initials with no colon label it ("AD She was all in.")."""
    return at == turn[0] or at < text.find(":", turn[0])


def _label(text: str, f: Found) -> str | None:
    if f.speaker_range is None:
        return None
    label = text[f.speaker_range[0] : f.speaker_range[1]]
    return label if interview.turn_of(label) else None


def _turn(doc: Doc, resolver: Resolver, label: str, turns: list[tuple[int, int]], offset: int) -> Resolved:
    """A Q&A turn: questions are the interviewer's, answers the interviewee's."""
    if interview.turn_of(label) == "question":
        entity = resolver.table.unnamed("interviewer", "person", offset, title=None, affiliation=None,
                                        description="interviewer")
        entity.spoke = True
        return Resolved("interviewer", "person", unnamed=True, description="interviewer", entity=entity, how="interview")
    person = interview.interviewee(doc, resolver.table, turns)
    if person is None:
        return Resolved(None, "person", how="interview-unresolved")
    return _person(person, "interview")


def _person(person, how: str) -> Resolved:
    title, affiliation = person.primary_role()
    person.spoke = True
    return Resolved(person.name, "person", title, affiliation, entity=person, how=how)


def _turn_holding(transcript: list[tuple[int, int, str]], at: int) -> tuple[int, int, str] | None:
    return next((t for t in transcript if t[0] <= at < t[1]), None)


def _turn_speaker(doc: Doc, resolver: Resolver, turn: tuple[int, int, str], turns: list[tuple[int, int]],
                  transcript: list[tuple[int, int, str]]) -> Resolved | None:
    """Who speaks in a transcript's turn: the interviewer, the interviewee, or the person a
    label in capitals names."""
    if interview.turn_of(turn[2]):
        resolved = _turn(doc, resolver, turn[2], turns or [t[:2] for t in transcript], turn[0])
        return resolved if resolved.name else None
    person = interview.labelled_person(resolver.table, turn[2], turn[0], [t[2] for t in transcript])
    return _person(person, "interview") if person is not None else None


def _topic_of_holder(phrase: Phrase | None, f: Found, found: list[Found], resolved: dict[int, Resolved],
                     r: Resolved) -> bool:
    """Whether a speaker named inside what another named source said is that source's
    topic ("the Tories believe Tony Blair is using the issue to suggest ..."): no
    antecedent for a "he" after it, which is the narration's ("..., he demanded" is
    Michael Howard, in play before)."""
    if phrase is None or phrase.kind != "name" or f.speaker is None:
        return False
    at = f.speaker.idx
    holders = [g for g in found if g is not f and g.content[0] <= at < g.content[1] and id(g) in resolved
               and g.speaker is not None and not (g.speaker.idx >= g.content[0] and g.speaker.idx < g.content[1])]
    return any(resolved[id(g)].name and resolved[id(g)].entity is not r.entity and not resolved[id(g)].unnamed
               for g in holders)


def _containing(f: Found, found: list[Found], resolved: dict[int, Resolved]) -> Resolved | None:
    """The speaker of the statement whose content holds this finding's speaker."""
    if f.speaker is None:
        return None
    at = f.speaker.idx
    holders = [g for g in found if g is not f and g.content[0] <= at < g.content[1] and id(g) in resolved]
    if not holders:
        return None
    inner = min(holders, key=lambda g: g.content[1] - g.content[0])
    return resolved[id(inner)]


def _speaker(r: Resolved, mention: SchemaSpan) -> Speaker:
    return Speaker(mention=mention, name=r.name, type=r.type, title=r.title, affiliation=clean_body(r.affiliation),
                   unnamed=r.unnamed, description=r.description if r.unnamed else None, document=r.document)


def _point_into_entities(doc: Doc, resolver: Resolver, resolved: dict[int, Resolved], result: Result) -> None:
    """Export the table as ``doc._.article_entities``, set each ``Speaker.entity``, and give
    every statement of a named person the title and affiliation the article first gives
    that person (a role noun met after the first statement counts too)."""
    dominant = resolver.dominant_organisation()
    if dominant is not None and dominant.kinds & {"agency", "party"}:
        dominant = None  # "President Obama" in a story about the White House is not its president
    for r in resolved.values():
        entity = r.entity
        if dominant is not None and entity is not None and (body := article_body_for(entity, dominant, text_of(doc))) is not None:
            entity.note(offset=min(entity.mentions, default=0), title=entity.primary_role()[0], affiliation=body)
    doc._.article_entities = resolver.table.to_schema()
    for key, r in resolved.items():
        entity = r.entity
        if entity is None or entity.index is None or not r.name:
            continue
        update: dict = {"entity": entity.index}
        # (a body or group keeps the committee its phrase seats it on: "Democrats on the X Committee")
        title, affiliation = resolver.role_of(entity) if entity.type == "person" else (None, r.affiliation)
        affiliation = clean_body(affiliation)
        if not entity.unnamed:
            update.update(title=title, affiliation=affiliation)
            if entity.type != "unknown":
                update["type"] = entity.type
        elif r.affiliation is None and affiliation is not None:
            update["affiliation"] = affiliation
        speaker, via, how = result[key]
        result[key] = (speaker.model_copy(update=update), via, how)
