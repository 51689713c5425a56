"""Findings in which nothing was said, by the shape of their cue, content or speaker (issue
12; ``non_statements`` decides the act and calls ``unsaid`` last):

- a verb of disclosing that is negated has no words for its content: "Disney did not
  reveal that it provided ..." (the writer reports what was *not* made known; "not only
  revealed" does);
- a verb of speech in a "how to" infinitive names a topic, with no one speaking: "advice
  on how to complain about unwanted calls";
- "said nothing"; a document put out, named but not quoted: "publishing its 2005 economic
  survey", "posted a Twitter comment of her own" (the words are elsewhere, if anywhere);
  what a document "looked at" or "focused on" is its topic, not its words;
- an adjective of attitude with a noun, even of a document: "The report was optimistic
  about the prospects" is a view, not words;
- what someone "has yet to" say, reveal or confirm: nothing said so far;
- advice to the reader: "Fans should note that the title refers to ...";
- a content that only points at words to come, "released the following statement": the
  words are the next sentence's, not this content;
- "recall" that is not a past telling is a thing remembered or a product called back:
  "the firm decided to recall 20,000 cars", "fans will be happy to recall the glory days"
  (a past "recalled an incident" tells a story);
- a thing that "asks" or "promises" in a participle after it: "New sections ... include a
  button asking users to rate", or after the clause it is the subject of: "277 million
  enquiries were made, asking for information" — a feature, not a speaker (a document's participle, "a
  statement calling for calm", still writes);
- a poll's sample or a share of it as the speaker (``polled``, which
  ``non_statements.counts_people`` asks): "the majority of respondents said", "one in five
  adults said", "those questioned for the survey said" — a poll's finding, not a speaker;
- a person shown speaking in a film, a programme or a book, as its content: "The film will
  see Michael discussing his early days", "the documentary features the singer talking
  about his career" — a work described, not words the article reports (a belief, as "the
  film recounts the life of ..." is); so is what a story's character says: "when character
  Dot confided in Den Watts that she was unwell";
- people picked out by what they said about a topic: "a meeting with those who had
  commented on the proposals" — who they are, not their words;
- last, a content that names a thing with a cue that gives no words (``no_proposition``):
  "met to discuss the budget", "proposed the merger", "denied his claims", "hinted at";
  then the writer's own frame, "it is worth noting that ...", and a work put out, named but
  not quoted, "publishes a daily newspaper" (``unvoiced``); and a noun that only points
  back at words, "echoed this sentiment", or is the topic of a passive judgement, "Mr
  Llwyd's theory has also been questioned by ..." (``referred_words``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from ..schema import StatementAct as Act
from .act_words import STANCE_LEMMAS, VERBAL_JUDGMENTS, WORK_NOUNS
from .deeds import a_thing
from .deps import SUBJECT_DEPS
from .found import Found
from .lexicon import DOCUMENT_NOUNS, SPEECH_VERBS
from .no_proposition import no_proposition
from .quotes import text_of
from .referred_words import referred_words
from .unspoken import negated, quoted, unspoken
from .unvoiced import unvoiced

# Verbs of making known whose negation leaves no words: "did not reveal that ...". A negated
# "say", "suggest" or "mention" is left in: on PolNeAR train, "has never said she would
# support ..." is mostly marked as the speaker's (9 of 11).
_DISCLOSING = frozenset("reveal disclose specify divulge".split())
# Verbs of attention, whose prepositional object is a document's topic: "looked at the cost".
_ATTENDING = frozenset("look focus concentrate centre center dwell".split())
# Verbs that put out a document, and the documents whose name alone is no words: "published
# its 2005 economic survey", "released the following statement", "must file their reports"
# (a report on a topic, a statement condemning the attack, a complaint filed say something).
_ISSUING = frozenset("publish release issue post file unveil".split())
_DOCUMENTS = frozenset("""
report statement study poll survey data result figure number statistic comment account estimate
forecast review paper analysis finding
""".split())
# Prepositions after a document's name that give its topic or its words: "a report on ...".
_ABOUT = frozenset("on about into against for over regarding".split())
# Question and relative words that, as a whole content, name no words: "on [what] he would talk about".
_WH_WORDS = ("what", "which", "who", "whom", "whatever", "how", "why", "where", "when", "whether")
# Determiners and modifiers of a content that points at words to come: "the following statement".
_POINTERS = frozenset("following below".split())


def unsaid(found: Found, lemma: str) -> tuple[Act, str] | None:
    """The act and reason of a finding in which nothing was said (module docstring), else None.
    RETURNS (tuple[str, str] | None)."""
    cue, speaker = found.cue, found.speaker
    # the content's shape is asked up to seven times below: read it once (a span of the doc)
    noun, question = cache(lambda: noun_content(found)), cache(lambda: open_question(found))
    if lemma in _DISCLOSING and negated(cue) and not quoted(found):
        return "stance", "negated, nothing said"
    if lemma in SPEECH_VERBS and _wh_infinitive(cue):
        return "belief", "a topic, no speaker"
    if _ADDRESS.fullmatch(text_of(cue.doc)[found.content[0]:found.content[1]].strip()):
        return "belief", "an address, not words"  # an author's line: "He tweets @pmorici1."
    if _only(found, ("nothing",)) or _to_do_nothing(cue):
        return "stance", "nothing said"  # "The chief executive said nothing", "will do nothing to reassure"
    if _only(found, _WH_WORDS):
        # "cast doubt on [what] he would be talking about": a relative or question word alone
        # stands for a topic the sentence leaves open; no words are reported
        return "belief", "a topic, no words"
    if lemma in _ISSUING and noun() and _a_document_named(found):
        return "stance", "a document issued, not its words"
    if (found.rule == "learned-prep" and speaker is not None and speaker.lemma_.lower() in DOCUMENT_NOUNS
            and lemma in _ATTENDING):
        return "belief", "a topic, no words"  # "The study also looked at the effect of the tax on families"
    if cue.dep_ == "xcomp" and cue.head.lemma_ in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in cue.head.children):
        return "belief", "not said yet"  # "The Tories have yet to say where the cuts will fall"
    if lemma == "note" and any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in cue.children):
        return "belief", "the writer's own voice"  # "Fans should note that the title refers to ..."
    if found.rule.startswith("learned") and cue.pos_ == "ADJ" and noun():
        return "belief", "an attitude, not words"  # "The report was optimistic about the prospects"
    if noun() and _points_ahead(found):
        return "belief", "a pointer, no words"
    if lemma == "recall" and noun() and cue.tag_ != "VBD" and not _perfect(cue):
        return "stance", "a memory or a recall, not words"
    if (found.rule == "verb-object" and lemma in SPEECH_VERBS and cue.tag_ == "VBG"
            and (cue.dep_ == "acl" and a_thing(cue.head) or cue.dep_ == "advcl" and _thing_made(cue))):
        # "a button asking users to rate ...", "277 million enquiries were made, asking for information on ..."
        return "stance", "narration"
    if speaker is not None and lemma in SPEECH_VERBS and noun() and _people_described(cue, speaker):
        return "belief", "a topic, no speaker"  # "a meeting with those who had commented on the proposals"
    if speaker is not None and _a_character(speaker):
        return "belief", "a work described"  # "when character Dot confided in Den Watts that she was unwell"
    if cue.tag_ == "VBG" and shown_in_a_work(cue) and not quoted(found) and not any(
            c.dep_ in ("ccomp", "parataxis") for c in cue.children):
        # but "the footage shows the minister saying that he would resign" gives his words
        return "belief", "a work described"
    return unspoken(found, lemma, noun(), question()) or no_proposition(
        found, lemma, noun(), question()) or unvoiced(found, lemma, noun()) or referred_words(found, noun())


# Verbs by which a work presents what it shows: "the film will see X discussing", "features X talking".
_PRESENTING = frozenset("see feature show include follow capture find star".split())
# Works and recordings that show people speaking, besides ``WORK_NOUNS``.
_RECORDINGS = WORK_NOUNS | frozenset("footage video series clip dvd broadcast biopic trailer sequel special".split())


def shown_in_a_work(cue: Token) -> bool:
    """Whether a participle cue is what a work shows: "The film will see [Michael discussing]
    ...", "the documentary features [the singer talking about] ...". RETURNS (bool)."""
    host = cue.head
    if cue.dep_ == "acl" and host.dep_ == "dobj":
        host = host.head  # "features [the singer] talking": the participle hangs on the object
    elif cue.dep_ not in ("ccomp", "xcomp", "oprd", "dobj"):
        return False
    return host.i < cue.i and host.lemma_.lower() in _PRESENTING and any(
        c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in _RECORDINGS for c in host.children)


# A content that is only a social-media handle or a web address.
_ADDRESS = re.compile(r"@\w+\.?|(?:https?://|www\.)\S+")
# Shares of a group that speak only as a poll's finding: "the majority of respondents said".
_SHARES = frozenset("majority minority most".split())
_FRACTIONS = frozenset("half third quarter fifth tenth".split())
# Verbs of polling whose participle makes people a sample: "people surveyed", "those questioned".
_POLLING = frozenset("poll survey question sample".split())


def polled(speaker: Token) -> bool:
    """Whether a speaker is a poll's sample or a share of it: "the majority of respondents",
    "one in five adults", "almost a third", "most of those polled", "people surveyed" (but
    "two of the bidders" and "residents questioned by the BBC" speak). RETURNS (bool)."""
    if speaker.ent_type_ == "PERSON":
        return False
    head = speaker.head.head if speaker.dep_ == "pobj" and speaker.head.lower_ == "of" else speaker
    ofs = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if head.lower_ in _SHARES and ofs and head.pos_ != "PROPN":
        return True
    if head.lemma_.lower() in _FRACTIONS and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in head.children):
        return True  # "almost a third said"
    if head.like_num and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            any(n.dep_ == "nummod" for n in o.children) for o in c.children if o.dep_ == "pobj") for c in head.children):
        return True  # "one in five adults said"
    return any(t.lemma_.lower() == "respondent" or _sampled(t) for t in [head, *ofs])


def _sampled(noun: Token) -> bool:
    """ "people surveyed", "those questioned for the study" (not "questioned by police")."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1 and c.lemma_.lower() in _POLLING
               and not any(g.dep_ == "agent" for g in c.children) for c in noun.children)


def bare_participle(cue: Token) -> bool:
    """A past participle standing for a passive with no auxiliary and no agent: "The plan,
    [criticised] as 'a stealth tax' when it was launched, ...", "[Criticised] as unfair, the
    rule ..." — criticised by no one named."""
    children = list(cue.children)
    # only a characterisation ("as ..."): a bare participle is often a past tense the parser
    # misread ("Grove, the editor, Tweeted out ...") or a naming ("a group called X")
    return (cue.tag_ == "VBN" and cue.dep_ in ("acl", "advcl") and any(c.dep_ == "prep" and c.lower_ == "as" for c in children)
            and not any(c.dep_ in ("agent", "aux", "auxpass") or c.dep_ in SUBJECT_DEPS for c in children))


def open_question(found: Found) -> bool:
    """Whether a content is an indirect question ("if it would appeal", "whether he would
    stand", "which firms were involved"): what was asked or left unsaid, not words."""
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    if span is not None and len(span) > 2 and span[0].lower_ in ("exactly", "precisely", "just"):
        span = span[1:]  # "would not say [exactly how] they would use that cash"
    return span is not None and len(span) > 1 and (span[0].lower_ in ("if", "whether") or span[0].tag_ in ("WDT", "WP", "WRB"))


def in_markup(cue: Token) -> bool:
    """Whether a cue word is inside an HTML or XML tag left in the text ('<tweet id="6721"
    author="RandPaul">'): a tag's name or attributes, never words."""
    text, at = text_of(cue.doc), cue.idx
    opened = text.rfind("<", max(0, at - 300), at)
    return opened >= 0 and ">" not in text[opened:at] and text.find(">", at, at + 300) >= 0 and (
        text[opened + 1 : opened + 2].isalpha() or text[opened + 1 : opened + 2] == "/")


# Verbs whose object, in a participle leading into a speech verb, is the topic taken up.
# "explain" leads in with what is explained: "*Explaining why* it has asked the WTO ..., the
# office said that ..." (the reasons are the speech verb's words).
_TOPIC_LEADS = frozenset("point discuss respond reply cite refer comment turn explain".split())


def lead_in_topic(cue: Token) -> bool:
    """A participle that leads into a speech verb with the topic ("*Pointing to* national
    insurance, he added: '...'", "*In discussing* the scandals, Bolton told ...",
    "*Responding to* this criticism, Trump said ...", "*Explaining why* it has asked ...,
    the office said that ...", "Responding to the report, Mr Cable attacked ..."): the words
    or the judgment are the verb's; the caller asks for a noun content
    or an indirect question, the topic, as of a question put ("Asked about the plan")."""
    if cue.tag_ != "VBG" or cue.lemma_.lower() not in _TOPIC_LEADS:
        return False  # ("reciting this passage", "thanking the crowd" say something themselves)
    verb = cue.head.head if cue.dep_ == "pcomp" and cue.head.dep_ == "prep" else cue.head if cue.dep_ == "advcl" else None
    # a judgment or a side taken leads in the same way: "*Responding to* the pre-Budget report,
    # Mr Cable also attacked ..." (judge-45, BBC dev slice: the report is no words of his)
    return verb is not None and verb.i > cue.i and verb.lemma_.lower() in SPEECH_VERBS | VERBAL_JUDGMENTS | STANCE_LEMMAS


def unable(cue: Token) -> bool:
    """ "was unable to explain the delay", "was at a loss to explain his poor showing": an
    infinitive of what could not be said (the caller asks for a noun content)."""
    doc = cue.doc
    return any(c.tag_ == "TO" for c in cue.children) and (
        cue.head.lower_ == "unable" or cue.i >= 2 and doc[cue.i - 2].lower_ == "loss" and doc[cue.i - 1].lower_ == "to")


def noun_content(found: Found) -> bool:
    """Whether the content is a noun phrase or a bare word, not a clause or a quotation:
    "[the reports]", "[a rival format]", "[which or how]"."""
    doc = found.cue.doc
    # asked by non_statements and again by unsaid of the same content: one answer per doc and content
    known = doc.user_data.setdefault(_NOUN_CONTENT_KEY, {})
    answer = known.get(found.content)
    if answer is None:
        span = doc.char_span(*found.content, alignment_mode="expand")
        answer = known[found.content] = span is not None and len(span) > 0 and span.text[:1] not in "\"“‘'«" and not any(
            t.dep_ in SUBJECT_DEPS or t.dep_ == "mark" or t.tag_ == "TO" for t in span)
    return answer


_NOUN_CONTENT_KEY = "onrecord.noun_content"


def _to_do_nothing(cue: Token) -> bool:
    """ "The scandal will do nothing to reassure investors that ...", "did little to allay":
    an infinitive on "nothing" or "little", what no one did."""
    return any(c.tag_ == "TO" for c in cue.children) and cue.head.lower_ in ("nothing", "little") and cue.head.i < cue.i


# Pronouns for whoever did something, which a relative clause describes: "those who ...".
_ANYONE = frozenset("those anyone anybody everyone everybody all".split())


def _people_described(cue: Token, speaker: Token) -> bool:
    """Whether the cue is a relative clause that picks out people by what they did, with a
    topic for content: "those who had commented on [the proposals]", "everyone who
    complained about [the scheme]" — who they are, not what they said."""
    return (speaker.tag_ == "WP" and cue.dep_ == "relcl" and speaker.head.i == cue.i
            and cue.head.lower_ in _ANYONE)


def _a_character(speaker: Token) -> bool:
    """A character of a story as the speaker: "character Dot", "his character" (but "a
    character witness" is a person)."""
    if speaker.lemma_.lower() == "character":
        return speaker.pos_ == "NOUN" and any(c.dep_ == "poss" for c in speaker.children)
    return speaker.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "appos", "nmod") and c.lemma_.lower() == "character" for c in speaker.children)


def _thing_made(cue: Token) -> bool:
    """Whether a participle with no subject of its own follows a passive whose subject is a
    thing: "[277 million enquiries were made], asking for ..." (but "the agreement includes
    a pledge, calling on countries to ..." is a document's writing, "While candidates are
    vowing to ..." a speaker's)."""
    verb = cue.head
    return (verb.i < cue.i and not any(c.dep_ in SUBJECT_DEPS for c in cue.children)
            and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "nsubjpass" and a_thing(c) for c in verb.children))


def _wh_infinitive(cue: Token) -> bool:
    """ "[how to complain] about", "what to say": an infinitive with a wh-word and no subject."""
    children = list(cue.children)
    return (any(c.tag_ == "TO" for c in children) and any(c.tag_ in ("WRB", "WP") and c.i < cue.i for c in children)
            and not any(c.dep_ in SUBJECT_DEPS for c in children))


def _only(found: Found, words: tuple[str, ...]) -> bool:
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].lower_ in words


def _a_document_named(found: Found) -> bool:
    """Whether a noun content only names a document: "its 2005 economic survey of the US"."""
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in _DOCUMENTS:
        return False
    return not any(c.dep_ in ("acl", "relcl", "appos") or c.dep_ == "prep" and c.lower_ in _ABOUT
                   for c in span.root.children)


def _points_ahead(found: Found) -> bool:
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    return span is not None and any(c.lower_ in _POINTERS and c.dep_ in ("amod", "advmod") for c in span.root.children)


def _perfect(cue: Token) -> bool:
    """ "has recalled the day": a past telling too."""
    return cue.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children)
