"""What hangs off a statement besides its speaker: the time it was made (when), and the
intermediary that relayed it (via; found by ``via_links`` and ``relays``)."""

from __future__ import annotations

import datetime as dt

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from ..schema import When
from .cue_tokens import SUBJECT_DEPS
from .found import Found
from .lexicon import (ANOTHER_TIME_ADVERBS, DAY_WORDS, DOCUMENT_NOUNS, MONTHS, NARRATION_MARKS, SCENE_PARTICIPLES,
                      SPEECH_VERBS, WEEKDAYS)
from .quotes import text_of
from .relay_names import MEDIA_NOUNS, QUOTES, in_quoted_title, outlet_span
from .speakers import entities_in
from .time_owners import (act_of_the_speaker, another_event, asked_about, dates_the_object, dates_what_is_pointed_at, fronted_on_the_speaker, medium_words,
                          narrates, of_the_occasion, on_the_speaker, own_clause, reported_by_another, speaking_then,
                          splits_the_content, told_to, when_clause)
from .time_reference import at_the_time, counted_on, when_antecedent
from .token_columns import indices_between
from .via_links import according_via, audience_via, via_name  # noqa: F401 (re-exported for component)
from .when import MONTH_ABBREVIATIONS, after_publication, resolve

# Prepositions that make a time no time of saying: "close by 2050", "talks until March".
_PROGRAMME_NOUNS = frozenset("programme program show edition".split())
NOT_WHEN_PREPS = _NOT_WHEN_PREPS = frozenset("by until till before after since from through within for ahead toward towards".split())
# Words that may open a time expression before the entity: "later Wednesday", "late last month".
_TIME_LEADS = frozenset("on in over during at early earlier late later".split())
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
# Prepositions of an event the saying took place at or right after.
_AT_AN_EVENT = frozenset("at after following during".split())
# Nouns of what a statement was made in or at: a time on them dates the saying.
_SAID_IN = MEDIA_NOUNS | frozenset(("release",))
# Participles of an interview being taped or going out ("the interview, taped Saturday"), as
# written: the lemmatiser reads "taped" as "tap".
_TAPED = frozenset("taped recorded filmed aired broadcast televised conducted".split())
# Participles of a document or a poll coming out ("a poll ... released on Friday by Latino
# Decisions", "an interview published Monday"): its release dates what it says (docs/annotation.md).
_ISSUED = frozenset("released published issued posted".split())
_FINDINGS = frozenset("poll survey study".split())


def when_of(found: Found, published: dt.date | None) -> tuple[When, tuple[int, int]] | None:
    """The time expression attached to a statement's cue (or to the clause its participle
    hangs from, or to its speaker phrase), outside the content, resolved against
    ``published``. A time that dates what was said ("by 2050"), a programme's name ("ABC's
    This Week") and a date after publication are none.
    RETURNS (tuple[When, tuple[int, int]] | None): the resolved time and the expression's range.
    """
    cue = found.cue
    if cue is None:
        return None
    # a participle of the saying's scene ("Speaking on Tuesday, X said") or a verb sharing its
    # subject; not another speech act with its own time ("…, advising graduates in 2007 to …")
    anchors = {cue.i} | {c.i for c in cue.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"
                         and not any(g.dep_ in SUBJECT_DEPS for g in c.children) and not _reduced_relative(c)
                         and (c.lemma_.lower() not in SPEECH_VERBS or c.lemma_.lower() in SCENE_PARTICIPLES)
                         and not narrates(c)}
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() == "quote":
        anchors.add(cue.head.head.i)  # "was quoted on Sunday as saying": the quoting's time is the saying's
    token = cue
    for _ in range(6 if cue.pos_ != "NOUN" else 0):
        if token.dep_ in ("ccomp", "ROOT") or token.head.i == token.i or _relative_clause(token):
            break  # "Clinton, who did not say …, said on Wednesday": the relative clause has its own time
        if token.dep_ == "pcomp" and not act_of_the_speaker(token, found) or any(
                c.dep_ == "mark" and c.lower_ in NARRATION_MARKS for c in token.children):
            break  # not into the narration around it: "gained protection in 2003 after revealing debts"
        if token.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in token.children):
            break  # "… profits in 2004 but GM said …", "reported in May and lawmakers mentioned …": another clause's
        if token.dep_ == "conj" and another_event(token.head, token):
            break  # "will run in the Grand Prix in February and said …": an event of another time
        token = token.head
        anchors.add(token.i)
    # "… in 2008, later admitting …": a cue of another time takes only a time of its own
    elsewhen = any(c.dep_ == "advmod" and c.lower_ in ANOTHER_TIME_ADVERBS for c in cue.children)
    if found.speaker is not None:
        anchors.add(found.speaker.i)
        if found.speaker.dep_ == "compound" and found.speaker.head.lemma_.lower() in _FINDINGS:
            anchors.add(found.speaker.head.i)  # "according to the latest Quinnipiac University poll released Wednesday"
        anchors |= {c.i for c in found.speaker.children if of_the_occasion(c)}
    doc = cue.doc
    candidates = []
    sent = cue.sent
    for ent in times_in(doc, sent):
        if ent.label_ not in ("DATE", "TIME") or is_a_title(ent):
            continue
        head = ent.root
        splitting = found.content[0] <= ent.start_char < found.content[1]
        if splitting and not splits_the_content(head, cue, found.content):
            continue
        if head.head.dep_ == "prep" and head.head.lower_ in _NOT_WHEN_PREPS:
            continue
        if head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
            continue  # "the class of 2014": a time of a thing
        if _dates_a_thing(ent) or dates_what_is_pointed_at(head.head) or dates_the_object(head.head):
            continue
        if in_programme_name(ent):
            continue
        if elsewhen and not (head.head.i == cue.i or (head.head.dep_ == "prep" and head.head.head.i == cue.i)):
            continue
        if (head.dep_ in ("compound", "amod", "nummod") and (head.head.pos_ == "NOUN" or head.head.pos_ == "PROPN" and head.like_num)
                and head.head.lemma_.lower() not in MEDIA_NOUNS and head.head.lower_ not in _PARTS_OF_DAY
                and not glued_day(ent) and not _the_speaking_thing(head.head, found) and not fronted_on_the_speaker(ent, found)):
            continue  # "its 2004 listing" dates a thing; "a July interview" dates the saying (an event it was said at, "the 2003 ceremony", is a scene: occasions.py)
        steps = 0
        through_content = False
        while head.i not in anchors and head.head.i != head.i and steps < 3:
            head = head.head
            # "stated in a press release on Tuesday": the document it was said in is no step away
            # and nor is the part of the day the NER split off the weekday ("on [Tuesday] afternoon")
            # nor is the event of a day the saying was at or just after ("said at the launch of
            # the report on Tuesday", "said after the game on Sunday")
            # nor is the taping or airing of the interview it was said in ("in the interview taped
            # and released on Wednesday")
            # nor is a doing the saying came just after on its day ("said after meeting Thursday with Trump aides")
            taped = head.dep_ in ("acl", "conj", "advcl", "ccomp", "xcomp") and (head.lower_ in _TAPED or (
                head.dep_ == "conj" and head.head.lower_ in _TAPED)) or _issued(head) or (
                head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.lower_ in _AT_AN_EVENT and _a_day(ent))
            # nor are the words of the via's own name ("told the BBC's Breakfast with Frost
            # programme on Sunday": "with" and "Breakfast" are the programme's title)
            in_via = found.via is not None and found.via[1][0] <= head.idx < found.via[1][1]
            steps += 0 if taped or in_via or medium_words(head, _SAID_IN) or asked_about(head) and _a_day(ent) or _written_in(head) or told_to(head, cue) or head.pos_ == "NOUN" and (
                head.lemma_.lower() in _SAID_IN or head.lower_ in _PARTS_OF_DAY or (
                    head.dep_ == "pobj" and head.head.lower_ in _AT_AN_EVENT and _a_day(ent))) else 1
            through_content |= found.content[0] <= head.idx < found.content[1]
            if head.i not in anchors and narrates(head):
                break  # "while there was big turnout … on Saturday, he said": the clause's time, not the saying's
            if head.i not in anchors and (own_clause(head) or reported_by_another(head, found)):
                break  # "Mr Brown, speaking after the budget was published in March, said": the budget's time
            other_clause = _relative_clause(head) and head.lemma_.lower() not in SPEECH_VERBS and not speaking_then(head)
            if head.i not in anchors and on_the_speaker(head, found):
                break
            if head.pos_ == "VERB" and head.i not in anchors and not taped and not in_via and not when_clause(head, cue) and (
                    # "Rusedski, who takes on Federer later on Wednesday, conceded": the relative
                    # clause's time, wherever it stands
                    other_clause and found.speaker is not None and head.head.i == found.speaker.i
                    or (head.dep_ not in ("acl", "relcl") or other_clause) and ent.start_char >= found.content[0]):
                # "When Maddow pointed out …, Clinton seized on it, repeating her line this week",
                # "said Branstad, who used him in his campaigns in 1986": another clause's time ("a
                # poll released Wednesday found", "the groups who wrote to her on Thursday say" keep
                # the speaker's, and so does a time between the cue and the content: "said on
                # Saturday night he …")
                break
        if head.i not in anchors:
            continue
        if through_content and ent.start_char >= found.content[0] and not splitting:
            continue  # "said it expected growth [in 2005]": hangs on what was said, past the content's end
        # at an equal distance the cue's own time wins: "…, speaking after [March], said on Tuesday"
        candidates.append((abs(ent.root.i - cue.i), not _on_the_cue(ent, cue), ent))
    for _, _, ent in sorted(candidates, key=lambda c: c[:2]):
        # the nearest that reads as a time: "on Monday evening" where the NER split off
        # "evening"; "on Twitter Thursday" where it took in the outlet's name, "said in an email
        # Tuesday" the document's
        for first in range(ent.start, ent.end):
            if first > ent.start and not (_a_name(doc[first - 1]) or _an_article(doc[first - 1], ent) or any(
                    t.lemma_.lower() in _SAID_IN and t.pos_ == "NOUN" for t in doc[first - 1 : first + 1])):
                break  # only a name taken in goes: not "days before [Tuesday]", "March [this year]"
            start, end = time_range(doc, first, ent.end)
            when = resolve(text_of(doc)[start:end], published) or counted_on(text_of(doc), start, end, doc[first], published)
            if when is not None:
                if after_publication(when, published):
                    return None  # a statement is never made after its article
                return when, (start, end)
    # "said at the time": the period named before; "in October, when he told …": the time the clause hangs from
    return at_the_time(found, published) or when_antecedent(found, published)


_TIME_DEPS = ("npadvmod", "tmod", "pobj")  # the only tokens times_in reads a time from


def times_in(doc: Doc, sent: Span) -> list[Span]:
    """The sentence's entities, and the times of the calendar the NER left untagged: a
    time modifier of a verb ("[Last month] Australia's competition watchdog said", "Last
    November a court judged") or the object of a time preposition ("said [on] Friday"), read
    by ``when.resolve`` as the tagged ones are. The NER misses such phrases at a paragraph's
    start or after a headline in one article and tags them in the next."""
    found = entities_in(doc, sent.start, sent.end)
    for i in indices_between(doc, DEP, _TIME_DEPS, sent.start, sent.end):  # (no other token can pass)
        token = doc[i]
        if token.ent_type_ not in ("", "DATE", "TIME") and token.ent_iob_ == "I" and token.lower_ in WEEKDAYS and (
                token.dep_ in ("npadvmod", "tmod") and token.head.pos_ in ("VERB", "AUX")):
            # "wrote on [Facebook Thursday]": a day the NER took into a name before it
            found.append(Span(doc, token.i, token.i + 1, label="DATE"))
            continue
        if token.ent_type_ or not (token.dep_ in ("npadvmod", "tmod") and token.head.pos_ in ("VERB", "AUX")
                                   or token.dep_ == "pobj" and token.head.lower_ in _TIME_LEADS):
            continue
        start, end = token.left_edge.i, token.right_edge.i + 1
        # "[At the weekend] Mr Brown said": some times read as such only with their preposition
        if end - start > 4 or any(t.ent_type_ for t in doc[start:end]) or not (
                is_time(doc[start:end].text) or token.dep_ == "pobj" and is_time(f"{token.head.text} {doc[start:end].text}")):
            continue
        found.append(Span(doc, start, end, label="DATE"))
    return sorted(found, key=lambda span: span.start)


def in_programme_name(ent: Span) -> bool:
    """A time word in a programme's name after its outlet: "GMTV's Sunday programme", "BBC Radio
    4's Today programme" (not a dated edition, "Wednesday's Today programme"); and a day in a
    known outlet's name: "told the Sunday Telegraph", "the Mail on Sunday"."""
    root = ent.root
    if outlet_span(ent.doc, ent.start, ent.end - 1) is not None or in_quoted_title(ent.start, ent.end, ent.doc):
        return True
    chain = [root]
    while chain[-1].dep_ == "compound" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # "BBC One's Sunday AM programme": through the title's other words
    return len(chain) > 1 and chain[-1].lemma_.lower() in _PROGRAMME_NOUNS and any(
        c.dep_ == "poss" and c.i < root.i for t in chain[1:] for c in t.children)


def glued_day(ent: Span) -> bool:
    """"told MPs on Tuesday care was needed": a weekday after "on" that the parser made a
    modifier of the next noun is a day all the same."""
    return len(ent) == 1 and ent[0].lower_ in WEEKDAYS and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "on"


def _the_speaking_thing(noun: Token, found: Found) -> bool:
    """The document that speaks, dated by a year or a day before it: "A 1996 FEC advisory
    opinion added that ..." (the speaker "FEC" a compound of it, or the noun itself)."""
    speaker = found.speaker
    if noun.lemma_.lower() not in _SAID_IN and noun.lemma_.lower() not in _FINDINGS | DOCUMENT_NOUNS:
        return False  # "The 2004 champion said": the year dates the title
    return speaker is not None and noun.pos_ == "NOUN" and (speaker.i == noun.i or (
        speaker.dep_ == "compound" and speaker.head.i == noun.i)) and any(
        c.dep_ in SUBJECT_DEPS and c.i == noun.i for c in (found.cue.children if found.cue is not None else []))


def _issued(participle: Token) -> bool:
    """ "a poll ... released on Friday", "an interview published Monday": a document's release;
    also "In a report published last July the committee stated", the document it was stated in
    (not "citing a report published in March", another document's)."""
    noun = participle.head
    return participle.dep_ == "acl" and participle.lower_ in _ISSUED and noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in _SAID_IN or noun.lemma_.lower() in _FINDINGS or _written_in(noun))


def _written_in(noun: Token) -> bool:
    """The document a statement was made in: "said in a report released on Tuesday"."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in DOCUMENT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _an_article(token: Token, ent: Span) -> bool:
    """The article the NER took in before a date on a document: "in [a June 10, 2009] email";
    not "the Sept. 11, 2001, attacks", "spent [the last week]"."""
    noun = token.head
    return token.i == ent.start and token.lower_ in ("a", "an", "the") and not ent.start <= noun.i < ent.end and (
        noun.pos_ == "NOUN" and noun.lemma_.lower() in _SAID_IN)


def _a_day(ent: Span) -> bool:
    """A time of one day: "on Sunday", "Saturday night", "yesterday"."""
    return any(t.lower_ in DAY_WORDS for t in ent)


def _a_name(token: Token) -> bool:
    """A capitalised word of a name that is no time: "Twitter" in "on Twitter Thursday"."""
    return token.pos_ == "PROPN" and not _calendar_word(token)


def _calendar_word(token: Token) -> bool:
    word = token.lower_.removesuffix(".")
    return word in WEEKDAYS or word in MONTHS or (token.lower_.endswith(".") and word in MONTH_ABBREVIATIONS)


def _dates_a_thing(ent: Span) -> bool:
    """A possessive time on a noun dates that noun: "Thursday night's debate" is when it was
    said only where the noun is what it was said in or at, and not "after Tuesday night's
    appearance", "Monday night's results", "last week's Iowa caucus"."""
    doc, end = ent.doc, ent.end
    if ent[-1].text in ("'s", "’s"):
        end -= 1  # the NER took the possessive in
    if end < len(doc) and doc[end].lower_ in _PARTS_OF_DAY:
        end += 1  # "Tuesday night's": the NER's "Tuesday", then "night"
    if end >= len(doc) or doc[end].text not in ("'s", "’s"):
        return False
    if end + 2 < len(doc) and doc[end + 1].text in QUOTES and doc[end + 2].ent_type_ == "WORK_OF_ART":
        return False  # 'on Sunday's "Meet the Press"': the day of a programme's edition
    noun = doc[end - 1].head
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ == "PROPN" and noun.ent_type_ in ("ORG", "WORK_OF_ART") and noun.dep_ == "pobj" and (
            noun.head.lower_ == "on"):
        return False  # "said on Monday's Breitbart News Daily": a named programme's edition
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SAID_IN:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _NOT_WHEN_PREPS


def _on_the_cue(ent: Span, cue: Token) -> bool:
    """A time hung on the cue itself ("said [on Tuesday]", "said [Tuesday]")."""
    head = ent.root.head
    return head.i == cue.i or head.dep_ == "prep" and head.head.i == cue.i


def _reduced_relative(participle: Token) -> bool:
    """A past participle set off after a noun describes that noun, like a "which was …"
    clause: "branded the existence of the Potato Council, set up in 1997 to research …,
    'surprising'" (its time is the council's, not the saying's; "Asked on Tuesday whether …,
    X said" comes before the cue)."""
    if participle.tag_ != "VBN" or participle.i < participle.head.i:
        return False
    before = participle.left_edge.i - 1
    noun = participle.doc[before - 1] if before > 0 else None
    if noun is not None and noun.lemma_.lower() in _SAID_IN and participle.lower_ in _TAPED:
        return False  # "told Fox in the interview, taped Saturday": the interview's time is the saying's
    return before > 0 and participle.doc[before].text == "," and noun.pos_ in ("NOUN", "PROPN")


def _relative_clause(token: Token) -> bool:
    """A relative clause ("who did not say", "which he said", "anything Obama wants"), not
    one the parser took for one ("a visit … that he thinks")."""
    if token.dep_ != "relcl":
        return False
    if any(c.tag_ in ("WP", "WDT", "WP$") or c.lower_ in ("who", "which", "whom") for c in token.children):
        return True
    # "anything Obama wants": a relative clause with no pronoun, its own subject and no "that" mark
    return any(c.dep_ in SUBJECT_DEPS for c in token.children) and not any(c.dep_ == "mark" for c in token.children)


def time_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The character range of a time expression around entity tokens [start, end): with
    its preposition and lead ("later Wednesday", "over the weekend") and a part of the day
    the entity left out ("Thursday evening"), and a possessive ("Tuesday's")."""
    while start > 0 and (doc[start - 1].lower_ in _TIME_LEADS and doc[start - 1].dep_ in ("prep", "advmod", "amod") or (
            doc[start - 1].lower_ in ("this", "last", "next") and doc[start - 1].dep_ in ("det", "amod"))):
        start -= 1  # "during [this week's] debate": the NER's "week" without its determiner
    if end < len(doc) and doc[end].lower_ in _PARTS_OF_DAY:
        end += 1
    char_end = doc[end - 1].idx + len(doc[end - 1].text)
    if end < len(doc) and doc[end].text in ("'s", "’s"):
        char_end = doc[end].idx + len(doc[end].text)
    return doc[start].idx, char_end


def is_time(expression: str) -> bool:
    """Whether a phrase reads as a time of the calendar (``when.resolve`` against any day)."""
    return resolve(expression, None) is not None  # relative phrases come back undated


def is_a_title(ent: Span) -> bool:
    """A DATE entity that is a name: "ABC's This Week", "The Week" (a capitalised word that
    is no weekday, month or number, inside a sentence). ("March for Bernie" is made a body
    before: ``org_name_runs``.)"""
    if ent[-1].lower_ in WEEKDAYS:
        return False  # "on Twitter Thursday": a name taken in with the day (when_of reads from the day)
    return any(
        t.text[:1].isupper() and not _calendar_word(t) and not t.is_sent_start
        and not t.like_num for t in ent
    )


def leading_time_end(doc: Doc, start: int, end: int) -> int:
    """Where a reported clause starts after a time expression that belongs to the saying:
    "Officials said [last week] the deal was close", "said [on Saturday night] he would
    resign" (PolNeAR draws the content after it, or puts it in the cue). RETURNS (int): the
    first token of the content, ``start`` when it opens with no such expression."""
    i = start
    if i <= end and doc[i].lower_ in _TIME_LEADS and doc[i].ent_iob_ != "B":
        i += 1
    if i > end or doc[i].ent_type_ not in ("DATE", "TIME") or doc[i].ent_iob_ != "B":
        return start
    j = i + 1
    while j <= end and doc[j].ent_iob_ == "I":
        j += 1
    if j <= end and doc[j].lower_ in _PARTS_OF_DAY:
        j += 1
    if j > end - 1 or doc[j].text in ("'s", "’s"):
        return start  # "said Tuesday's vote was rigged": the time is part of what was said
    root = doc[i:j].root
    if root.dep_ in SUBJECT_DEPS or doc[start:j].text.count(" ") > 5:
        return start
    a, b = time_range(doc, i, j)
    if not is_time(text_of(doc)[doc[start].idx:b]) and not is_time(text_of(doc)[a:b]):
        return start
    while j <= end and doc[j].text == ",":
        j += 1
    return j
