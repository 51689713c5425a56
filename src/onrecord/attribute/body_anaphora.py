"""Organisation anaphora: "the company", "the bank", "the network" stand for the body of a
compatible kind (``org_kinds.compatible``) that the attribution chain or the recent text
gives, by recency and salience; "The papers", "both companies" for the bodies of that kind
named last; "company executives" for the company the article is about.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, LEMMA
from spacy.tokens import Token

from .entities import ArticleEntity, EntityTable
from .org_kinds import OPEN_ANAPHORS, ORG_DESCRIPTORS, compatible, competition_name, kinds_of_noun
from .prefilter import equal_any

# How recent (characters) a body other than the article's main one must be for "the
# company" to stand for it: about two sentences.
RECENT = 600


def dominant_organisation(table: EntityTable) -> ArticleEntity | None:
    """The organisation an article is about: named at least three times, twice as often
    as any other. RETURNS (ArticleEntity | None)."""
    return _named_most([(len(e.mentions), e) for e in table.organisations()])


def _named_most(counts: list[tuple[int, ArticleEntity]], least: int = 3) -> ArticleEntity | None:
    """The entity of (mentions, entity) pairs named at least ``least`` times and twice as
    often as any other: what an article is about, for a count that can tell."""
    ranked = sorted(counts, key=lambda pair: -pair[0])
    if not ranked or ranked[0][0] < least or len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]:
        return None
    return ranked[0][1]


def body_for(table: EntityTable, chain, noun: str, offset: int, *, window: int, margin: float,
             doc=None, excluded: frozenset[int] | set[int] = frozenset()) -> ArticleEntity | None:
    """The organisation "the <noun>" stands for at ``offset``: the speaker of the
    attribution chain (``chain``: (offset, Resolved) in text order) when it fits, else the
    compatible body that scores best on recency and salience, by a clear ``margin``. A
    body whose name has the noun ("the commission" for the Electoral Commission) is
    preferred to one merely of the same kind (the Scottish Parliament, also an agency).
    Never a body in ``excluded`` (ids): the one the cue acts on (``cue_objects``)."""
    def last_seen(entity: ArticleEntity) -> int:
        # a body the chain resolved an anaphor to was mentioned there ("the commission said")
        return max([entity.last_before(offset)] + [o for o, r in chain if r.entity is entity and o < offset])

    named_so = _named_so(table, noun, offset, window, last_seen)
    dominant = dominant_organisation(table)
    topic = dominant or _headline_body(table, offset)
    fresh = _introduced_anew(doc, noun, offset)
    for chain_offset, resolved in reversed(chain):
        if offset - chain_offset > window:
            break
        entity = resolved.entity
        if entity is not None and not entity.unnamed and entity.type == "organization" and compatible(noun, entity.kinds) \
                and id(entity) not in excluded \
                and last_seen(entity) > fresh and not _named_after(table, noun, entity, _sentence_end(doc, max(chain_offset, last_seen(entity))), offset) \
                and not _cited_once(entity, dominant, noun, offset):
            return entity  # the chain's subject goes on ("ABN Amro is the third European bank ... The bank said")
        break  # only the last speaker is the chain's subject
    scored = []
    for entity in named_so or table.organisations():
        last = last_seen(entity)
        fits = compatible(noun, _kinds_of(table, entity)) or entity is dominant and _of_its_trade(noun, entity)
        if last < 0 or last < fresh or offset - last > window or not fits or entity.name.lower() in ORG_DESCRIPTORS:
            continue  # ("the Bank" alone is a short name for one the article names in full)
        if offset - last > RECENT and entity is not topic and entity not in named_so:
            continue  # named long ago and not what the article is about
        if topic is not dominant and _cited_once(entity, topic, noun, offset, least=2):
            continue  # ("…, said Hannes Wittig, telecoms analyst at Dresdner Kleinwort Wasserstein. The company also said")
        recency = 1.0 - (offset - last) / window
        salience = 0.1 * min(sum(m < offset for m in entity.mentions), 5) + 0.1 * min(entity.subjects, 3)
        if entity is topic:
            salience += 0.1  # what the article is about, named twice as often as any other body
        scored.append((recency + salience, entity))
    scored.sort(key=lambda pair: -pair[0])
    if not scored or len(scored) > 1 and scored[0][0] - scored[1][0] < margin or id(scored[0][1]) in excluded:
        return None  # (an excluded body still competes: the next best is no clearer for its loss)
    return scored[0][1]


def _kinds_of(table: EntityTable, entity: ArticleEntity) -> set[str]:
    """The kinds of a body, with those of the longer name it is short for where the article
    gives it no kind of its own: "Delta" is the airline the article once calls "Delta
    Airlines" ("She was suspended by Delta ... The airline also said")."""
    if entity.kinds or not entity.key:
        return entity.kinds
    size = len(entity.key)
    return set().union(*(e.kinds for e in table.organisations() if len(e.key) > size and e.key[:size] == entity.key))


def _of_its_trade(noun: str, entity: ArticleEntity) -> bool:
    """ "Delta … The airline also said", "Tesco … The UK's biggest retailer said", "The
    Advocate … The newspaper urged": a trade or a kind of body may stand for the body the
    article is about when the article never said what kind of body it is (a trade is no
    evidence against it); a campaign, a party, a court or a committee is no body's trade
    ("The committee called the CSA a failing organisation" in a story about the CSA: MPs'
    committee, never the agency it judged)."""
    wanted = kinds_of_noun(noun)
    if "team" in wanted and competition_name(entity.name):
        return False  # a competition is no club ("The German club said" in a story about the Champions League)
    return not entity.kinds and bool(wanted) and not wanted & {"campaign", "party", "court", "school", "committee"}


def campaigner(table: EntityTable, head: Token, offset: int) -> ArticleEntity | None:
    """ "Sanders lays off campaign staff … The campaign hasn't decided": "the campaign" with
    no campaign named before is the campaign of the person the article is about (named at
    least three times before it, twice as often as anyone else). RETURNS (ArticleEntity | None)."""
    # bare "the campaign": "The campaign, launched by the British Heart Foundation," names its own
    if head.lemma_.lower() not in ("campaign", "camp") or head.tag_ != "NN" or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or \
            not all(c.dep_ in ("det", "punct") for c in head.children):
        return None
    return _named_most([(sum(m < offset for m in e.mentions), e) for e in table.people()
                        if not e.unnamed and e.type == "person"])


def _headline_body(table: EntityTable, offset: int) -> ArticleEntity | None:
    """The body a short article is about though named only twice: in its headline and again
    in its body, twice as often as any other before ``offset`` ("Deutsche Telekom sees mobile
    gain / German telecoms firm Deutsche Telekom saw strong fourth quarter profits ... The
    company also said", with T-Mobile USA and a broker each named once between). RETURNS
    (ArticleEntity | None)."""
    if table.headline_end <= 0:
        return None
    top = _named_most([(sum(m < offset for m in e.mentions), e) for e in table.organisations()], least=2)
    return top if top is not None and min(top.mentions) < table.headline_end else None


def _cited_once(entity: ArticleEntity, dominant: ArticleEntity | None, noun: str, offset: int, least: int = 3) -> bool:
    """Whether the chain's last speaker is a body the article cites once ("…, according to
    research firm IDC. The company said") while it is about another of the kind, named
    three times or more (the headline and lead's "Nokia"): an open "the company" then goes
    on with the article's subject, a telling noun ("the bank") with whoever fits it."""
    return dominant is not None and dominant is not entity and noun in OPEN_ANAPHORS and compatible(noun, dominant.kinds) \
        and sum(m < offset for m in entity.mentions) == 1 and sum(m < offset for m in dominant.mentions) >= least


def _introduced_anew(doc, noun: str, offset: int) -> int:
    """Where the text last brought in a new "a/an <noun>" before ``offset`` (-1 if never): "the
    panel" after "A panel of three federal judges heard the case" is that panel, not the
    committee named before it. An apposition or a predicate ("a panel that ...", "is a
    panel") describes a body already there, so it brings in nothing."""
    if doc is None:
        return -1
    lemmas, starts = doc.to_array([LEMMA, IDX]).T  # no Token per word of the article
    wanted = [doc.vocab.strings[form] for form in (noun, noun.capitalize())]
    for i in reversed(numpy.flatnonzero(equal_any(lemmas, wanted) & (starts < offset)).tolist()):
        token = doc[i]
        if token.dep_ not in ("appos", "attr") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            return token.idx
    return -1


introduced_anew = _introduced_anew  # the name ``sole_bodies`` imports


def _sentence_end(doc, offset: int) -> int:
    """The end (characters) of the sentence of ``doc`` at ``offset``; ``offset`` without a doc."""
    if doc is None:
        return offset
    token = next((t for t in doc if t.idx >= offset), None)
    return token.sent.end_char if token is not None else offset


def _named_after(table: EntityTable, noun: str, entity: ArticleEntity, start: int, offset: int) -> bool:
    """Whether another body "the <noun>" may stand for was named between ``start`` (the end
    of the sentence the chain's subject was last seen in) and ``offset``: the text has moved
    on from the speaker ("... the Bank of Japan, which did not announce ... a drop in the oil
    giant Exxon Mobil. The company reported"), and recency decides; a body named in the
    speaker's own sentence ("The foundation did not want to address it, telling Fox 35 ...
    the group said") does not."""
    return any(e is not entity and not e.unnamed and compatible(noun, e.kinds) and e.name.lower() not in ORG_DESCRIPTORS
               and e.last_before(offset) > start for e in table.organisations())


def _named_so(table: EntityTable, noun: str, offset: int, window: int, last_seen) -> list[ArticleEntity]:
    """The bodies named within ``window`` before ``offset`` whose name has ``noun`` as a
    word, for a telling noun ("commission", "bank", "court"); none for an open one ("the
    company", "the group": any body of the kind may be it)."""
    if noun in OPEN_ANAPHORS:
        return []
    return [e for e in table.organisations() if 0 <= last_seen(e) and offset - last_seen(e) <= window
            and noun in e.name.lower().split() and e.name.lower() != noun]


def recent_bodies(table: EntityTable, noun: str, offset: int, *, window: int, wanted: int | None) -> list[ArticleEntity] | None:
    """ "The papers", "both companies": the bodies of that kind named last, in order of first
    mention, when the article names as many as the phrase counts (two or three if it does
    not count). RETURNS (list | None)."""
    recent = sorted(((e.last_before(offset), e) for e in table.organisations()
                     if 0 <= e.last_before(offset) and offset - e.last_before(offset) <= window
                     and compatible(noun, e.kinds)), key=lambda pair: -pair[0])
    bodies = [e for _, e in recent]
    if (wanted is not None and len(bodies) >= wanted) or (wanted is None and 2 <= len(bodies) <= 3):
        return sorted(bodies[: wanted or len(bodies)], key=lambda e: min(e.mentions))
    return None


def premodifying_descriptor(head) -> str | None:
    """ "company executives", "a company spokesman": the descriptor noun before the head."""
    for token in head.lefts:
        if token.pos_ == "NOUN" and token.dep_ in ("compound", "nmod") and token.lemma_.lower() in ORG_DESCRIPTORS:
            return token.lemma_.lower()
    return None


def qualified_noun(head) -> str | None:
    """ "the rights group", "the pressure group": a "group" a noun before it qualifies is
    that kind of body, no longer any body ("the group" alone may be a business or the U.N.):
    the anaphor to look up is the qualifier when it names a kind ("the media group" ->
    "media" has none, "the campaign group" -> campaign), else "association"."""
    if head.lemma_.lower() != "group":
        return None
    doc = head.doc
    qualifiers = [t for t in head.lefts if t.dep_ in ("compound", "nmod", "amod") and t.pos_ in ("NOUN", "PROPN")
                  and t.text[:1].islower() and not (t.i > 0 and doc[t.i - 1].text in ("-", "–"))]
    # ("the all-party group": "party" is part of "all-party", no kind of the group)
    if not qualifiers:
        return None
    noun = qualifiers[-1].lemma_.lower()
    return noun if kinds_of_noun(noun) else "association"


def person_named_body(head, is_person) -> str | None:
    """ "the Obama administration", "the Clinton campaign": the name of a body that a
    person's name before its descriptor makes its own (a body of that person's, never
    another body of the kind named before, such as the Department of Homeland Security);
    ``is_person`` tells whether a name token is a person's. RETURNS (str | None)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ORG_DESCRIPTORS:
        return None
    names = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if not names or not all(t.i < head.i for t in names) or not any(is_person(t) for t in names):
        return None
    return head.doc[names[0].i : head.i + 1].text



def owner_earlier_in_sentence(table: EntityTable | None, possessor: Token) -> str | None:
    """ "South Korea looks set to sustain its revival ..., its central bank says": the "its"
    of a speaker that follows what it said stands for the body or country named as the
    subject earlier in the same sentence, inside the content the resolver's pronouns never
    look into ("their" for a body only). The first such subject (the main clause's), by
    the table's name for it where it has one; None when there is none. RETURNS (str | None)."""
    if possessor.lower_ not in ("its", "their"):
        return None
    labels = ("ORG", "GPE") if possessor.lower_ == "its" else ("ORG",)
    sentence = possessor.sent
    for token in sentence.doc[sentence.start : possessor.i]:
        if token.dep_ in ("nsubj", "nsubjpass") and not token.ent_type_ and token.pos_ == "NOUN":
            # "Deutsche Boerse bosses have held talks with the LSE, its chief has said": the
            # body whose people (or shares, or plans) the subject is, its name right before it
            token = next((c for c in token.lefts if c.dep_ == "compound" and c.i == token.i - 1
                          and c.ent_type_ in labels), token)
            subject = True
        else:
            subject = token.dep_ in ("nsubj", "nsubjpass")
        if subject and token.ent_type_ in labels:
            span = next((ent for ent in sentence.doc.ents if ent.start <= token.i < ent.end), None)
            if span is None:
                return None
            entity = next((e for e in table.organisations() if span.start_char in e.mentions and not e.unnamed), None) \
                if table is not None else None
            return entity.name if entity is not None else span.text
    return None
