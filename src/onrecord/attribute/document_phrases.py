"""Who wrote a document that speaks: "Smith's memo", "a report by the watchdog group Y",
"a Pentagon report", "the results of the latest Quinnipiac University poll", "Compiled by
X, the survey found", "X released an ad". ``phrases.describe`` reads a document phrase with
``document_author``; the resolver takes the author up, or an earlier document's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import agent_object
from .entity_repairs import from_entity_start
from .names import span_text
from .lexicon import DOCUMENT_NOUNS
from .phrase_shapes import EVIDENCE_NOUNS, document_family, is_document_noun
from .relays import relays_document
from .word_case import looks_lower
from .speakers import core

_NAMED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


def _by_between_commas(head: Token) -> Token | None:
    """ "The report, by the IFS, says": a "by" phrase set off by commas right after the
    subject, which the parser hung on the verb, names the subject's author (a named body or
    person)."""
    doc, end = head.doc, head.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ != "by":
        return None
    by = doc[end + 2]
    if by.dep_ != "prep" or by.head.i != head.head.i or by.right_edge.i + 1 >= len(doc) \
            or doc[by.right_edge.i + 1].text != "," or by.right_edge.i + 1 >= head.head.i:
        return None
    return next((c for c in by.children if c.dep_ == "pobj" and c.ent_type_ in ("ORG", "PERSON")), None)


def document_author(head: Token, words: list[Token], possessor: Token | None) -> tuple[Token | None, str | None]:
    """The author of the document headed by ``head`` (``words``: its noun phrase core), as
    a token to resolve or, failing that, a name that premodifies it. RETURNS (author, name)."""
    author = possessor if possessor is not None and possessor.ent_type_ not in ("DATE", "TIME") else None
    author_name = None
    if author is None:
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of" and any(is_document_noun(c) for c in prep.children if c.dep_ == "pobj"):
                # "the results of the latest Quinnipiac University poll": the poll's author
                inner = next(c for c in prep.children if c.dep_ == "pobj")
                author, author_name = document_author(inner, core(inner), next(
                    (c for c in inner.children if c.dep_ == "poss"), None))
                break
            # "a poll of South Carolina Republicans": whom a poll asked, not who made it
            of_author = head.lemma_.lower() not in ("poll", "survey")
            if prep.dep_ == "prep" and (prep.lower_ in ("by", "from") or prep.lower_ == "of" and of_author):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects and (objects[0].pos_ == "PROPN" or objects[0].ent_type_ in _NAMED_LABELS
                                or any(c.dep_ == "appos" for c in objects[0].children) or prep.lower_ in ("by", "from")):
                    author = _name_in_apposition(objects[0])
                    break
    if author is None:  # "a statement issued on behalf of Robert Zoellick": the one it speaks for
        author = _on_behalf_of(head)
    if author is None:  # "research conducted by the EOC"
        for acl in head.rights:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and not relays_document(acl):
                author = agent_object(acl)
                break
    if author is None and head.dep_ == "dobj" and head.head.lemma_.lower() in _AUTHORING_VERBS:
        author = next((c for c in head.head.children if c.dep_ == "nsubj"), None)  # "X released an ad"
    if author is None and head.dep_ in ("nsubj", "nsubjpass"):
        author = _agent_of_opening_participle(head)  # "Compiled by Central Banking Publications, the survey found"
    if author is None:  # "A survey of 280 schemes by Incomes Data Services"
        author = next((t for t in head.subtree if t.dep_ == "pobj" and t.head.lower_ == "by" and _authors_by(t.head)
                       and t.ent_type_ in ("ORG", "PERSON") and t.head.head.i != head.head.i), None)
    if author is None and head.dep_ == "nsubj":
        author = _by_between_commas(head)  # "The report, by the Institute for Fiscal Studies, says"
    if author is None and head.dep_ == "nsubjpass" and head.head.lemma_.lower() in _AUTHORING_VERBS:
        agent = next((c for c in head.head.children if c.dep_ == "agent"), None)  # "The survey was conducted by Edison Research"
        author = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else _by_in_clause(head.head)
    if author is None and author_name is None and not _list_title(words, head):
        author_name = _named_run([t for t in words if t.i < head.i])
        if author_name and head.lemma_.lower() in ("poll", "survey", "election", "primary") and \
                all(t.ent_type_ in ("GPE", "LOC") for t in words if t.i < head.i and t.pos_ == "PROPN"):
            author_name = None  # "South Carolina polls close": where, not who
    return author, author_name


def _authors_by(by: Token) -> bool:
    """Whether a "by" inside a document's phrase names who made it: a plain "by" phrase, or
    the agent of an authoring participle the parser hung on the document's "of" object ("a
    round-up of ultimate gizmos compiled by Stuff Magazine", bbc tech/341)."""
    return by.dep_ == "prep" or by.dep_ == "agent" and by.head.tag_ == "VBN" and by.head.lemma_.lower() in _AUTHORING_VERBS \
        and not relays_document(by.head)  # "documents released by WikiLeaks": WikiLeaks relays them


def _list_title(words: list[Token], head: Token) -> bool:
    """Whether the names before a list are its own title, no author: "the Top Ten Essentials
    list" (bbc tech/341), "the Top 40 chart" open with "Top" and a number."""
    before = [t for t in words if t.i < head.i and not t.is_punct and t.dep_ != "det"]
    return len(before) >= 2 and before[0].lower_ == "top" and before[1].like_num and document_family(head.lemma_.lower()) == "list"


def _name_in_apposition(author: Token) -> Token:
    """The name a descriptor of the author stands before: "the report by telecoms giant BT"
    (the parser makes a bare "telecoms" the object and "BT" its apposition) is BT's, not an
    unnamed giant's. RETURNS (Token): the name, else ``author``."""
    if author.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in author.children):
        return author  # ("the watchdog group Consumer Focus" resolves as a whole)
    return next((c for c in author.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == author.right_edge.i), author)


def opening_document(head: Token) -> bool:
    """ "Research from Halifax, the country's biggest mortgage lender, suggests": a document
    noun opening its sentence, which the tagger took for a name for its capital, with the
    body it comes from after it; it speaks for that body as a document would."""
    words = {head.lower_, head.lower_.removesuffix("s")}
    return head.pos_ == "PROPN" and head.is_sent_start and not head.ent_type_ and bool(words & (DOCUMENT_NOUNS | EVIDENCE_NOUNS)) \
        and any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in head.rights)


def _by_in_clause(verb: Token) -> Token | None:
    """The named "by" of a passive authoring verb that the parser hung on a noun of its
    clause rather than made the agent: "The survey was conducted for AP and the television
    networks by Edison Research" (a "by" in another clause is not it). RETURNS (Token | None)."""
    for token in verb.subtree:
        if token.dep_ != "pobj" or token.head.lower_ != "by" or token.ent_type_ not in ("ORG", "PERSON"):
            continue
        up = token.head.head
        while up.i != verb.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head
        if up.i == verb.i:
            return token
    return None


def _on_behalf_of(head: Token) -> Token | None:
    """X in "a statement (issued) on behalf of X". RETURNS (Token | None)."""
    carriers = [head] + [c for c in head.rights if c.dep_ == "acl" and c.tag_ == "VBN"]
    for on in (c for t in carriers for c in t.children if c.dep_ == "prep" and c.lower_ == "on"):
        for behalf in (c for c in on.children if c.dep_ == "pobj" and c.lower_ == "behalf"):
            for of in (c for c in behalf.children if c.dep_ == "prep" and c.lower_ == "of"):
                return next((c for c in of.children if c.dep_ == "pobj"), None)
    return None


def _agent_of_opening_participle(subject: Token) -> Token | None:
    """The agent of a participle clause that opens the document's sentence: "Compiled by
    Central Banking Publications and sponsored by RBS, the survey found ..."."""
    verb = subject.head
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.i < subject.i and clause.lemma_.lower() in _AUTHORING_VERBS:
            agent = next((c for c in clause.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


_AUTHORING_VERBS = frozenset("release issue publish air launch send write post unveil run produce circulate conduct "
                             "commission carry compile prepare draft sponsor pay roll debut cut place "
                             "file submit deliver sign".split())


def _named_run(tokens: list[Token]) -> str | None:
    """The names that premodify a document, as one author: "A Wall Street Journal/NBC News
    poll" -> "Wall Street Journal/NBC News"; "an IMF report" -> "IMF"."""
    run: list[Token] = []
    last: list[Token] = []
    for token in tokens:
        named = token.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") and token.pos_ in ("PROPN", "NOUN") or \
            token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME")  # "The April survey", "Wednesday's statement"
        named = named and not looks_lower(token)  # "Exit polls" opening a sentence
        joins = run and (token.text in ("/", "-") and not token.whitespace_ or token.lower_ in ("for", "of", "&")
                         and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN")
        if named or joins:  # "Wall Street Journal/NBC News", "Club for Growth"
            run.append(token)
        elif run:
            last, run = run, []  # "A CBI quarterly survey": the name before the description
    run = from_entity_start(run or last)  # "a Moody's Analytics report": not "Analytics"
    while run and run[-1].is_punct:
        run.pop()
    if not run or all(t.ent_type_ == "NORP" for t in run):
        return None
    return span_text(run)




def rule_maker_named(noun: Token) -> bool:
    """Whether a rule, law or regulation names who made it by a possessor or a "by" ("the
    party's rules", "Rules drawn up by the league's board"): then it is the maker's writing
    (docs/annotation.md), not a norm with no voice; a place ("Britain's laws") makes none."""
    author, _ = document_author(noun, core(noun), next((c for c in noun.children if c.dep_ == "poss"), None))
    return author is not None and author.ent_type_ not in ("GPE", "LOC")
