"""How a sentence says the words came written (issue 12, acts-42; ``acts`` asks): "said in a
statement", "said on Twitter", "In a statement, X said ..." — docs/annotation.md ("Acts",
writing) takes the act from the statement's own sentence. On BBC dev slices a reader met two
frames the cue's own prepositions miss:

* a second verb of the same sentence: "In a statement on Thursday, Euronext said any offer
  was likely to be solely in cash, but *added* that: ..." — the statement frames both;
* the frame after the verb, which the parser hangs on the reported clause: "Altria Group
  said, *in a statement*, the government now ..." (``content_edges.cut_leading_medium``
  takes it out of the content as well).

Stop 45 (issue 12): a participle of speech on a written thing writes, "an open letter
*calling for* a ban", "a petition *demanding* that the school stay open", and so does one on
the verb that writes or puts out that thing, "The union published an open letter to the
prime minister, *saying* the cuts were unfair", "The group wrote to the minister, *saying*
..." (``participle_of_writing``): a reader judged such letters speech wrongly. Since acts-47 so
does a verb of speech joined to that verb with no subject of its own, "published an open letter
... *and called on* people to ..." (``conjunct_of_writing``).

A statement made to a chamber is spoken: "In a statement to parliament, Mr McConnell said
..." (a minister's statement to the Commons is read aloud).
"""

from __future__ import annotations

from spacy.tokens import Token

from .act_words import WRITTEN_MEDIA

# Prepositions that set a saying in a medium: "in a statement", "on Twitter", "via email".
_MEDIUM_PREPS = frozenset("in on via through".split())
# Written things a participle of speech can hang from ("a petition demanding ..."), beside
# the written media.
_WRITTEN_THINGS = WRITTEN_MEDIA | frozenset("petition manifesto communique communiqué".split())
# Verbs that put a written thing out, whose participle of speech gives its words: "published
# an open letter, saying ...", "signed a letter calling for ...". Beside
# ``cue_documents._PUTTING_OUT`` (the cue's own object as its document), which has
# "distributed" and "filed" but not "delivered", "posted", "submitted"; not
# ``act_words.WRITING_VERBS``, the verbs whose words came written with no document object.
_PUTTING_OUT = frozenset("publish sign send deliver issue release circulate pen write post submit".split())
# Chambers and hearers before whom a statement is read aloud: "a statement to parliament".
_CHAMBERS = frozenset("parliament commons house mps assembly chamber senate congress lords msps court".split())


def medium_of(prep: Token) -> bool:
    """Whether a preposition sets its verb in a written medium: "in [a statement]", "on
    [Twitter]", "in [a written answer]", but not "in a statement to parliament" (spoken). RETURNS (bool)."""
    if prep.dep_ != "prep" or prep.lower_ not in _MEDIUM_PREPS:
        return False
    for obj in prep.children:
        if obj.dep_ == "pobj" and (obj.lemma_.lower() in WRITTEN_MEDIA or obj.lower_ in WRITTEN_MEDIA):
            return not (obj.lemma_.lower() == "statement" and _to_a_chamber(obj))
        if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "written" for c in obj.children):
            # "In a written parliamentary answer, the minister said ...", "in written evidence to
            # the committee": what is written is writing, whatever the noun (not aloud, to a chamber)
            return True
    return False


def _to_a_chamber(statement: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and o.lower_ in _CHAMBERS for o in c.children)
               for c in statement.children)


def leading_medium(cue: Token) -> Token | None:
    """The preposition of a written medium the parser hung on the clause right after the
    cue and a comma: "said, [in] a statement, the government ...". RETURNS (Token | None)."""
    doc = cue.doc
    at = cue.i + 1
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if at >= len(doc) or not medium_of(doc[at]) or doc[at].head.i == cue.i:
        return None
    end = doc[at].right_edge.i + 1
    return doc[at] if end < len(doc) and doc[end].text == "," else None


def written_frame(cue: Token) -> bool:
    """Whether the cue hangs from a written medium (module docstring): on its own
    prepositions, on those of the verb it is a second verb of ("said ..., but added"), or
    just after it behind a comma. RETURNS (bool)."""
    if any(medium_of(p) for p in cue.children):
        return True
    if cue.dep_ == "conj" and cue.head.i < cue.i and cue.head.pos_ == "VERB" \
            and not any(p.dep_ == "prep" and any(o.dep_ == "pobj" for o in p.children) for p in cue.children) \
            and any(medium_of(p) for p in cue.head.children):
        return True  # (but "said on Twitter ..., and added at a press conference": its own setting)
    return leading_medium(cue) is not None or participle_of_writing(cue) or conjunct_of_writing(cue)


def participle_of_writing(cue: Token) -> bool:
    """Whether a participle of speech gives the words of a written thing: "a letter [calling
    for] a ban" (on the thing), "published an open letter, [saying] ..." and "wrote to the
    minister, [saying] ..." (on the verb that writes or puts it out). RETURNS (bool)."""
    if cue.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    head = cue.head
    if cue.dep_ == "acl" and head.i < cue.i:
        return _written(head)
    if cue.dep_ != "advcl" or head.i > cue.i or head.pos_ != "VERB":
        return False
    if head.lemma_.lower() == "write":
        return True  # "wrote to the minister, saying ..."
    return head.lemma_.lower() in _PUTTING_OUT and any(c.dep_ == "dobj" and _written(c) for c in head.children)


def conjunct_of_writing(cue: Token) -> bool:
    """Whether a verb of speech with no subject of its own is joined to the verb that put out
    a written thing: "published an open letter about ... *and called on* people to ...",
    "issued a statement saying ... *and said* Republican leaders will ..." (acts-47: the
    letter or statement carries both; "signed the bill and said ..." still speaks). RETURNS (bool)."""
    if cue.dep_ != "conj" or cue.head.i > cue.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    head = cue.head
    return head.pos_ == "VERB" and head.lemma_.lower() in _PUTTING_OUT and any(
        c.dep_ == "dobj" and _written(c) for c in head.children)


def _written(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in _WRITTEN_THINGS or noun.lower_ in _WRITTEN_THINGS)
