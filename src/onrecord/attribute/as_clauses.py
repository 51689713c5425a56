"""Clause shapes of a cue verb the parser reads as adverbial clauses or conjuncts: an "as X
said" clause that vouches for the clause it hangs from ("As the Post observed, Republicans
control 30 states"), a trailing "..., police chiefs have told MPs" read as a second clause
joined to the one it reports, and "called for X to do Y", where "for" is read as the mark of
an infinitive clause rather than a preposition."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .boundaries import trim
from .found import Range
from .deps import SUBJECT_DEPS
from .lexicon import AUDIENCE_VERBS, GROUP_NOUNS, OUTLETS, SPEECH_VERBS, TEMPORAL_WORDS
from .relay_names import MEDIA_NOUNS, outlet_span
from .role_tokens import is_role_noun
from .speakers import after_dateline

# Prepositions that give a verb its topic, so that nothing is missing from its clause.
_TOPIC_PREPS = frozenset("about for against over upon of".split())
# Verbs whose "on" or "to" gives what they answer or speak of, not when, where or to whom:
# "as it commented on proposed regulations", "as voters responded to Republican efforts"
# (a time or a cause, not "as X said"); "as he commented on Monday" still vouches.
_TOPIC_ON = frozenset("comment remark opine elaborate reflect expound".split())
_TOPIC_TO = frozenset("respond reply react object refer allude".split())
# Verbs of proposing and promising: their "as" clause tells the manner of a plan ("a tax,
# as Sanders proposes"), not a claim the writer passes on.
_MANNER_VERBS = frozenset("""
propose promise pledge vow demand order request urge recommend suggest ask threaten
instruct advise plead beg call
""".split())


# Subjects of a saying, not of a report: "as they say", "as the man says", "as the saying goes".
_SAYINGS = frozenset("they you one people man saying adage proverb song".split())


def as_host(doc: Doc, cue: Token) -> Range | None:
    """The clause an "as X said" clause vouches for: "As the Post observed, [Republicans now
    control 30 states]", "[Clinton is the top recipient], as The Huffington Post reported".
    Only an active verb with a subject of its own and nothing said after it: "as" means
    "like" only when what was said is missing from its clause; with a passive ("as the offer
    had been rejected by the board"), a topic ("as the market speculated about the cost")
    or the progressive ("as he was speaking") it tells a cause or a time. The as-clause is
    left out where it opens or closes the host."""
    host = cue.head
    if (cue.lemma_.lower() in _MANNER_VERBS or cue.dep_ != "advcl" or host.i == cue.i or cue.tag_ == "VBG"
            or host.pos_ not in ("VERB", "AUX")
            or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i for c in cue.children)
            or not any(c.dep_ == "nsubj" for c in cue.children)
            or any(c.dep_ == "nsubj" and c.lower_ in _SAYINGS for c in cue.children)
            or any(c.dep_ in ("auxpass", "agent") or (c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS)
                   for c in cue.children)
            or any(c.dep_ in ("xcomp", "ccomp", "attr", "acomp", "oprd") for c in cue.children)
            or _topic_object(cue)
            or any(c.dep_ == "dobj" and cue.lemma_.lower() not in AUDIENCE_VERBS for c in cue.children)):
        return None  # "as he told [reporters]" names the audience, "as he promised [a cut]" the content
    inner_start, inner_end = cue.left_edge.i, cue.right_edge.i
    start = after_dateline(doc, host.left_edge.i, host.i)
    end = host.right_edge.i
    while end > start and doc[end].is_punct:
        end -= 1
    if all(doc[i].dep_ in ("cc", "punct") or doc[i].dep_ == "advmod" and doc[i].head.i == host.i
           for i in range(start, inner_start)):
        start = inner_end + 1  # "[But] as Clyburn noted, ...", "[However,] as ..." opens the host too
    elif inner_end >= end:
        end = inner_start - 1
    return trim(doc, start, end) if start < end else None


def _topic_object(cue: Token) -> bool:
    """Whether the cue's "on" or "to" names what it answers or speaks of (``_TOPIC_ON``,
    ``_TOPIC_TO``), not a time, the medium it was said on ("commented on the radio", "on
    Twitter") nor, after "to", whom it was said to ("replied to MPs"). RETURNS (bool)."""
    lemma = cue.lemma_.lower()
    preps = ("on",) if lemma in _TOPIC_ON else ("to",) if lemma in _TOPIC_TO else ()
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") and o.lower_ not in TEMPORAL_WORDS
        and not _medium(o) and not (c.lower_ == "to" and _hearer(o)) for o in c.children)
        for c in cue.children)


# Media a remark is made on, besides the nouns of a via (``MEDIA_NOUNS``) and named outlets.
_MEDIA = frozenset("radio television tv air twitter facebook instagram youtube camera website".split())
# Hearers of a reply besides roles and groups ("replied to MPs", "responded to the committee").
_HEARERS = frozenset("mp mps reporter reporters journalist journalists committee audience crowd parliament".split())


def _medium(noun: Token) -> bool:
    """Whether a prepositional object names the medium of a remark: "on the radio", "on
    BBC Radio 4's Today programme", "on Twitter". RETURNS (bool)."""
    return (noun.lower_ in _MEDIA or noun.lemma_.lower() in _MEDIA or noun.lower_ in MEDIA_NOUNS
            or noun.lower_ in OUTLETS or noun.ent_type_ == "WORK_OF_ART"
            or outlet_span(noun.doc, noun.left_edge.i, noun.i) is not None)


def _hearer(noun: Token) -> bool:
    """Whether a prepositional object names whom a reply went to: a person, a role or a
    group ("replied to MPs", "responded to reporters"). RETURNS (bool)."""
    return (noun.ent_type_ == "PERSON" or noun.lower_ in _HEARERS or noun.lemma_.lower() in _HEARERS
            or noun.lower_ in GROUP_NOUNS or is_role_noun(noun, strict=True))


# Marks of a clause that tells when or why, never of one that reports.
_SUBORDINATORS = frozenset("since after before when while because once until".split())


def main_clause_read_as_complement(cue: Token, comp: Token) -> bool:
    """Whether a complement of the cue is the sentence's main clause the parser hung on it:
    "[since X announced his candidacy], here we are" ("announced" read as the root with a
    "since" mark): the cue has its object and a subordinating mark, and the clause follows
    after a comma. So is a clause before a dash or a semicolon that the cue's own words follow:
    "[Mr Blunkett's own comments had prompted censure] - he told refugees to 'get back
    home'" (a fronted content ends with a comma, and a verb says one thing).
    RETURNS (bool)."""
    if comp.dep_ == "ccomp" and comp.i < cue.i and _before_a_break(cue, comp):
        return True
    if _participle_modifier_read_as_verb(cue, comp):
        return True
    if comp.dep_ != "ccomp" or comp.i < cue.i or not any(
            c.dep_ == "mark" and c.lower_ in _SUBORDINATORS and c.i < cue.i for c in cue.children):
        return False
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i < comp.left_edge.i), None)
    doc = cue.doc
    return obj is not None and any(doc[i].text == "," for i in range(obj.right_edge.i + 1, comp.i))


def _participle_modifier_read_as_verb(cue: Token, comp: Token) -> bool:
    """A passive participle modifying the subject that the parser read as its verb:
    "Others [thought to be in the running] include Ewan McGregor" ("thought" as a past tense,
    "include" as its complement). No one is said to think anything, so neither the
    infinitive nor the clause is content: the infinitive follows the cue at once and the
    clause after it is the sentence's own verb, with no subject or "that" of its own."""
    doc = cue.doc
    if comp.dep_ not in ("ccomp", "xcomp") or cue.tag_ not in ("VBD", "VBN") or cue.i + 1 >= len(doc) or doc[cue.i + 1].lower_ != "to":
        return False
    infinitive = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
    verb = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    return (infinitive is not None and verb is not None and comp in (infinitive, verb) and _finite(verb)
            and infinitive.right_edge.i == verb.left_edge.i - 1
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children))


def _finite(verb: Token) -> bool:
    """A verb in a tense: "include", "have denied" (not "to deny", "denying")."""
    return verb.tag_ in ("VBP", "VBZ", "VBD") or any(a.dep_ == "aux" and a.tag_ in ("VBP", "VBZ", "VBD", "MD") for a in verb.children)


def _before_a_break(cue: Token, comp: Token) -> bool:
    """A dash or a semicolon between the complement and the cue, and the cue's own content
    after it ("prompted censure - he told refugees to 'get back home'")."""
    doc = cue.doc
    dash = any(doc[i].text in ("-", "–", "—", ";") for i in range(comp.right_edge.i + 1, cue.i))
    return dash and any(c.dep_ in ("xcomp", "ccomp") and c.i > cue.i for c in cue.children)


def conjunct_host(doc: Doc, cue: Token) -> Range | None:
    """The clause a trailing speech verb reports where the parser joined the two as
    conjuncts: "New powers are needed to close disorderly pubs, [police chiefs have told
    MPs]", "Sanders remains committed to the race, his top aide, Tad Devine, told The
    Huffington Post". Only with no "and" or "but" at the seam, a subject of its own after a
    comma, a full clause before it, and nothing after the verb but whom it was told and
    when: "Prices rose, the firm conceded defeat" is two clauses."""
    host = cue.head
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
    if not subjects:
        return _inverted_conjunct_host(doc, cue)
    # the seam is after the host's last other conjunct: the "and" of "provide evidence and
    # not wave words around, he told reporters" joins the host's own verbs
    seam = max((c.i for c in host.children if c.dep_ == "conj" and c.i < cue.i), default=host.i)
    if (cue.dep_ != "conj" or host.dep_ != "ROOT" or host.pos_ not in ("VERB", "AUX") or not subjects
            or not any(c.dep_ in SUBJECT_DEPS for c in host.children)
            or any(c.dep_ in ("cc", "preconj") and seam < c.i < cue.i for c in host.children)
            or any(c.dep_ in ("ccomp", "xcomp", "attr", "acomp", "oprd", "advcl", "conj")
                   or (c.dep_ == "dobj" and cue.lemma_.lower() not in AUDIENCE_VERBS) for c in cue.children if c.i > cue.i)):
        return None
    comma = subjects[0].left_edge.i - 1
    # (a paragraph break is the last token of a paragraph's last sentence: it ends nothing less)
    if comma <= host.i or doc[comma].text != "," or any(not (t.is_punct or t.is_space) for t in doc[cue.right_edge.i + 1 : cue.sent.end]):
        return None
    return trim(doc, after_dateline(doc, host.left_edge.i, host.i), comma - 1)


def _inverted_conjunct_host(doc: Doc, cue: Token) -> Range | None:
    """``conjunct_host`` with the speaker after the verb: "The plant is hanging on, but it
    is under pressure, [said the company's chief executive, John Ferriola]". A comma right
    before the verb and its subject right after it, nothing else on the verb but when and
    where, and nothing after it to the end of the sentence: an inverted "said X" cannot
    be a clause of its own, so a "but" inside the host does not split the two."""
    host = cue.head
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if (cue.dep_ != "conj" or host.dep_ != "ROOT" or host.pos_ not in ("VERB", "AUX") or len(subjects) != 1
            or subjects[0].i < cue.i or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ", "VBP")
            or any(c.dep_ not in _LEAD_DEPS for c in cue.children)
            or not any(c.dep_ in SUBJECT_DEPS for c in host.children)
            or any(not (t.is_punct or t.is_space) for t in doc[cue.right_edge.i + 1 : cue.sent.end])):
        return None
    start = after_dateline(doc, host.left_edge.i, host.i)
    return trim(doc, start, cue.i - 2) if start < cue.i - 2 else None


def aside_read_as_apposition(doc: Doc, cue: Token) -> tuple[Range, Token] | None:
    """A parenthetical "X notes" between a subject and its verb that the parser made an
    apposition of the subject, with the speaker a compound of the verb ("Democrats, [Frank
    notes], applaud the governor's management"): the host clause, aside included as for
    any parenthetical, and the speaker. Only a finite verb set off by commas on both sides,
    with nothing after it, a name or noun before it, and a subject of a later verb as the
    noun it hangs from. RETURNS (content, speaker) or None."""
    noun, host = cue.head, cue.head.head
    speakers = [c for c in cue.children if c.dep_ in ("compound", "nsubj") and c.i < cue.i and c.pos_ in ("PROPN", "NOUN")]
    if (cue.dep_ != "appos" or cue.tag_ not in ("VBZ", "VBD") or len(speakers) != 1 or cue.left_edge.i < 1
            or any(c.i > cue.i for c in cue.children) or cue.i + 1 >= len(doc)
            or doc[cue.left_edge.i - 1].text != "," or doc[cue.i + 1].text != ","
            or noun.dep_ not in SUBJECT_DEPS or host.pos_ not in ("VERB", "AUX") or host.i < cue.i):
        return None
    span = trim(doc, after_dateline(doc, host.left_edge.i, host.i), host.right_edge.i)
    return (span, speakers[0]) if span is not None else None


def lead_host(doc: Doc, cue: Token) -> Range | None:
    """The clause a speech verb opening its clause introduces after a comma, with no
    "that" and no quotation mark, where the parser made the verb a clause of what it
    reports: "Breitbart's Michael Leahy previously reported, [the foundation refused to
    release the names]", "Listing his ventures, she added, [Trump is a proven failure]".
    Only with a subject of its own before the verb, nothing but adverbs between the verb
    and the comma, a subject of its own in the clause after the comma ("What he said,
    nobody heard" has none before), and none of that clause before the verb: "The plan,
    he said, will fail" is reported whole (``clause_rules``)."""
    host = cue.head
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if (cue.dep_ not in ("ccomp", "parataxis") or host.i <= cue.i or host.pos_ not in ("VERB", "AUX") or not subjects
            or any(c.i > cue.i for c in subjects) or any(c.dep_ not in _LEAD_DEPS and not (c.dep_ == "dobj" and cue.lemma_.lower() in AUDIENCE_VERBS)
                   and not _possessor_misread(c, subjects[0]) for c in cue.children)
            or host.left_edge.i < cue.left_edge.i):
        return None
    comma = cue.right_edge.i if doc[cue.right_edge.i].text == "," else cue.right_edge.i + 1
    if comma >= host.i or doc[comma].text != "," or doc[comma + 1].is_quote \
            or not any(c.dep_ in SUBJECT_DEPS and c.i > comma for c in host.children):
        return None
    end = host.right_edge.i
    while end > comma and doc[end].is_punct:
        end -= 1
    return trim(doc, comma + 1, end) if comma + 1 < end else None


def trailing_relative_host(doc: Doc, cue: Token) -> Range | None:
    """The clause a trailing speech verb reports where the parser hung the verb as a
    relative clause on the last noun before the comma ("BMW is preparing to enter the
    market for people carriers, [the firm's chief has told BBC News]") or as an adverbial
    clause marked by a conjunction of the clause before it ("Curfews could be used [if]
    court orders were defied, [Lord Falconer said]"). A relative clause after a comma opens
    with "who", "which" or "that", an adverbial clause with its conjunction; one with a
    subject of its own right after the comma, none of them between, and nothing after the
    verb but whom it was told and when, ending the sentence, is the attribution of what
    comes before it."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
    if cue.dep_ not in ("relcl", "advcl") or not subjects or any(c.dep_ not in _LEAD_DEPS and not (
            c.dep_ == "dobj" and c.i > cue.i and cue.lemma_.lower() in AUDIENCE_VERBS)
            and not (c.dep_ == "mark" and c.i < subjects[0].left_edge.i - 1) for c in cue.children):
        return None
    first = subjects[0].left_edge.i
    if first < 2 or doc[first - 1].text != "," or any(t.tag_ in _RELATIVE_TAGS or t.lower_ == "that"
                                                      for t in doc[first : cue.i]):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[cue.right_edge.i + 1 : cue.sent.end]):
        return None
    start = after_dateline(doc, cue.sent.start, cue.sent.root.i)
    return trim(doc, start, first - 2) if start < first - 2 else None


_RELATIVE_TAGS = frozenset(("WDT", "WP", "WP$", "WRB"))


def _possessor_misread(child: Token, subject: Token) -> bool:
    """A name before the subject that the parser took for an object: "[Breitbart News]’
    Michael Leahy reported, ..." (the curly apostrophe read as a quotation mark)."""
    return child.i < subject.i and child.pos_ == "PROPN" and child.right_edge.i + 2 >= subject.left_edge.i


# What may hang from a leading speech verb besides its subject: "previously reported,",
# "told reporters,", "said on Monday,".
_LEAD_DEPS = frozenset(SUBJECT_DEPS) | {"aux", "advmod", "npadvmod", "neg", "dative", "prep", "punct"}


def for_infinitive(cue: Token, clause: Token, reach: int) -> Token | None:
    """The "for" of an infinitive clause right after the cue ("called [for] the party to
    unite"), or None."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for" and c.i <= cue.i + reach), None)


def aside_read_as_complement(cue: Token) -> bool:
    """Whether a speech verb set off by commas inside the clause it reports was read as a
    complement of that clause's verb: "If she becomes president, [Clinton suggested in a
    tweet], women won't be punished ..." ("suggested" a ccomp of "punished", the opening
    clause hung on it). It is a parenthetical like "X, officials said, Y": its subject
    opens after a comma, a comma closes its words, and the verb it hangs from comes after,
    not inside a quotation that opens after that comma: "Dashing into a luncheon, Senator
    Capito called over her shoulder, ''His comments are not helping''" introduces the quote.
    RETURNS (bool)."""
    doc = cue.doc
    after = cue.right_edge.i + 1
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
    # an active verb with a subject of its own, hung from a verb that does not itself say:
    # in "What's more, their arguments are easily refuted, they say" the passive "refuted"
    # is what "they say"
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children) or cue.head.lemma_.lower() in SPEECH_VERBS:
        return False
    return (cue.dep_ == "ccomp" and cue.head.i > after + 1 and doc[after].text == "," and not doc[after + 1].is_quote
            and len(subjects) == 1 and subjects[0].left_edge.i > 0 and doc[subjects[0].left_edge.i - 1].text == ","
            and not any(c.dep_ in ("mark", "dobj", "ccomp", "xcomp") for c in cue.children))
