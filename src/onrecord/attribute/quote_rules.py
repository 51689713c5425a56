"""Quote rules: quotations tied to a cue next to them, floating quotations that inherit
the statement before them, and subjectless cues that continue one.

``quote_findings`` (pass 2) takes the quotations the clause rules did not cover;
``floating_findings`` (pass 4, after the line labels) the quoted sentences with no cue at
all.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_tokens import complements, cue_range, holds_views, is_passive_participle, is_speech, speaker_of
from .found import Found, Range
from .frames import is_question
from .layout import LABEL_VERBS, label_verb_before
from .parse_repairs import ADDRESSED_VERBS
from .programme_titles import names_a_programme, programme_title  # noqa: F401 (component imports it from here)
from .quote_side_verbs import document_read_as_noun, reports_the_quote_before
from .quoted_terms import term_in_a_noun_phrase
from .quotes import Quote, text_of

# Fewer words than this in a quotation with no clause of its own make a scare quote or a
# title. Calibrated on PolNeAR train.
_MIN_QUOTE_WORDS = 3


def quote_findings(doc: Doc, quotes: list[Quote], covered: list[Range]) -> list[Found]:
    """Pass 2: quotations not inside an earlier content, tied to a neighbouring cue."""
    found = []
    for quote in quotes:
        if any(s <= quote.start and quote.end <= e for s, e in covered):
            continue
        short = len(quote.inner(text_of(doc)).split()) < _MIN_QUOTE_WORDS
        if _in_a_question(doc, quote):
            continue  # "Asked if he was appointed in a 'fair and open' competition, he replied": the asker's words
        cue = (_linked_cue(doc, quote) or _adjacent_cue(doc, quote) or _cue_phrase_before(doc, quote)
               or label_verb_before(doc, quote.start))
        if cue is None or short and not _a_short_reply(doc, quote, cue):
            continue  # "called them “rebels”", a book title: a name, not a statement
        if term_in_a_noun_phrase(doc, quote):
            continue  # 'signed a "letter of intent" stating ...': a term of the writer's noun phrase
        if cue.idx >= quote.end and _named_in_passing(doc, quote) or programme_title(doc, quote):
            continue  # "on CNN’s “State of the Union,” while commenting ...": a title, not the words
        speaker, label = _long_speaker_head(doc, quote, cue) or speaker_of(cue), None
        if speaker is None and _speaker_read_as_root(cue):
            speaker = cue.head
        if speaker is None:
            label = _label_subject(doc, cue)
            speaker = label[-1] if label is not None else None
        found.append(Found((quote.start, quote.end), cue, cue_range(cue), speaker,
                           rule="quote-cue", confidence=0.9 if quote.closed else 0.6, kind="direct",
                           speaker_range=(label[0].idx, label[-1].idx + len(label[-1])) if label is not None else None))
    return found


def _label_subject(doc: Doc, cue: Token) -> list[Token] | None:
    """The name after a verb that opens its line and ends at a colon, "Continued Stone: “…”"
    (the parser reads the name as the verb's object)."""
    if cue.i > 0 and not doc[cue.i - 1].is_space and doc[cue.i - 1].text not in (".", "”", '"'):
        return None
    if cue.lower_ not in LABEL_VERBS:
        return None
    end = cue.i + 1
    while end < min(len(doc), cue.i + 5) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return list(doc[cue.i + 1 : end]) if end > cue.i + 1 and end < len(doc) and doc[end].text == ":" else None


def _a_short_reply(doc: Doc, quote: Quote, cue: Token) -> bool:
    """Whether a quotation of one or two words is a reply: a sentence of its own, its
    punctuation inside the marks, with its cue right after it ("“Absolutely not,” he
    said.", "“I’m honored!” she said.") or ending the sentence of a cue it follows with
    only a comma or a colon between ('Priebus said, "Probably."'), or nothing before an
    exclamation or a question ("a man yelled “Stay there!”"). A name or a scare quote
    ("called them “rebels”", "a “rough week”") sits inside a sentence."""
    text = text_of(doc)
    last = quote.inner(text).rstrip()[-1:]
    if cue.idx >= quote.end:
        return last in (",", ".", "!", "?") and _starts_sentence(doc, quote)
    between = text[cue.idx + len(cue.text) : quote.start].strip()
    # right after the verb only an exclamation or a question: "a man yelled “Stay there!”"
    return last in (".", "!", "?") and between in (",", ":") or last in ("!", "?") and not between


def _named_in_passing(doc: Doc, quote: Quote) -> bool:
    """Whether a quotation inside its sentence is the object of a preposition ("an
    impassioned defense of “New York values,” saying …", "On ABC’s “Good Morning America”
    Tuesday, he said …"): a title or a topic, which the cue after it does not say."""
    tokens = _quote_tokens(doc, quote)
    if not tokens or _starts_sentence(doc, quote):
        return False
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside and not t.is_punct]
    return len(roots) == 1 and roots[0].dep_ == "pobj"


def _in_a_question(doc: Doc, quote: Quote) -> bool:
    """Whether a quotation sits inside a question put to someone ("Asked if ... a "fair and
    open" competition, he replied"): its words are the question's, not the answer's."""
    tokens = _quote_tokens(doc, quote)
    return bool(tokens) and any(is_question(a) for a in tokens[0].ancestors)


def _quote_tokens(doc: Doc, quote: Quote) -> list[Token]:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _linked_cue(doc: Doc, quote: Quote) -> Token | None:
    """A cue verb outside the quote that the parser ties to a word inside it."""
    inside = _quote_tokens(doc, quote)
    if not inside:
        return None
    inside_ids = {t.i for t in inside}
    candidates = []
    for token in inside:
        head = token.head
        if head.i not in inside_ids and is_speech(head) and head.pos_ in ("VERB", "AUX"):
            candidates.append(head)
        for child in token.children:
            if child.i not in inside_ids and is_speech(child) and child.pos_ in ("VERB", "AUX") and child.dep_ in ("parataxis", "conj", "advcl", "ccomp", "dep"):
                candidates.append(child)
    candidates = [c for c in candidates if _near(quote, c) or _long_speaker_head(doc, quote, c) is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda c: min(abs(c.idx - quote.end), abs(quote.start - c.idx)))


def _near(quote: Quote, cue: Token, limit: int = 80) -> bool:
    """Whether a cue is close enough to the quote to introduce it (characters between)."""
    return quote.end <= cue.idx <= quote.end + limit or quote.start - limit <= cue.idx < quote.start


# Finite verb tags: a clause of its own between a quotation and its cue.
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _long_speaker_head(doc: Doc, quote: Quote, cue: Token, limit: int = 250) -> Token | None:
    """The speaker's head where only the speaker, however long its description, stands
    between a quotation and the cue the parser tied to it: '“Very good reporter,” Trump, the 2016 GOP
    presidential frontrunner nationally and current polling leader in South Carolina by a
    wide margin after winning the New Hampshire primaries, said' (no verb of its own, no
    sentence end, no other quotation between). RETURNS the speaker's head, or None."""
    if not quote.end + 80 < cue.idx <= quote.end + limit or doc[cue.i - 1].text != ",":
        return None
    span = doc.char_span(quote.end, cue.idx, alignment_mode="expand")
    between = [t for t in span if t.idx >= quote.end and not t.is_space] if span is not None else []
    words = [t for t in between if not t.is_punct]
    if not words or words[0].pos_ not in ("PROPN", "NOUN"):
        return None
    if any(t.tag_ in _FINITE_TAGS or t.text in (".", "!", "?", ";") or t.is_quote for t in between):
        return None
    head = words[0]
    while head.dep_ == "compound" and head.head.i > head.i and head.head.i < cue.i:
        head = head.head
    return head


def _adjacent_cue(doc: Doc, quote: Quote) -> Token | None:
    """A speech verb right after the closing mark (", he said") or right before the opening
    one ("she said:") in the same sentence, with nothing but a short subject between."""
    after = doc.char_span(quote.end, min(len(text_of(doc)), quote.end + 80), alignment_mode="expand")
    if after is not None:
        words = 0
        for token in after:
            if token.is_sent_start and "\n" in text_of(doc)[quote.end : token.idx]:
                break
            if token.text in ('"', "“", "”"):
                break
            if reports_the_quote_before(token, quote.start, quote.end) or document_read_as_noun(token, quote.start, quote.end):
                return token  # '"... 11 million?" Hannity pressed.'
            if is_speech(token) and token.pos_ in ("VERB", "AUX"):
                # after a quote that ends its sentence, only a bare "he said." belongs to it
                if quote.inner(text_of(doc)).rstrip()[-1:] in ".?!" and (any(
                    not quote.contains(c.left_edge.idx, c.right_edge.idx) for c in complements(token)
                ) or _thing_for_object(token) or _thing_as_subject(token, quote)
                        or _subordinate_verb(token) or _aside_of_next(token, quote)):
                    break
                return token
            if not token.is_punct and not token.is_space:
                words += 1
            if words > 8 or token.text in (".", "!", "?", ";"):
                break
    before = doc.char_span(max(0, quote.start - 80), quote.start, alignment_mode="expand")
    if before is not None:
        tokens = [t for t in before if t.idx < quote.start]
        words = 0
        for token in reversed(tokens):
            if token.text in (".", "!", "?", '"', "“", "”") or token.is_sent_start and words > 6:
                break
            if is_speech(token) and token.pos_ in ("VERB", "AUX"):
                return token
            if not token.is_punct and not token.is_space:
                words += 1
            if words > 6:
                break
    return None


def _cue_phrase_before(doc: Doc, quote: Quote) -> Token | None:
    """A speech verb with no clause of its own whose phrase (where, to whom) runs up to the
    comma or colon right before the quotation, however long: "Charlie Sykes, who lamented
    in an interview with the Business Insider politics editor Oliver Darcy, ''We have
    spent 20 years ...''" (no sentence end or other quotation between)."""
    span = doc.char_span(max(0, quote.start - 250), quote.start, alignment_mode="expand")
    # a paragraph break may follow the colon: "said about its inclusion ...: ¶ “The platform ...”"
    tokens = [t for t in span if t.idx < quote.start and not t.is_space] if span is not None else []
    if len(tokens) < 2 or tokens[-1].text not in (",", ":"):
        return None
    for token in reversed(tokens[:-1]):
        if token.text in (".", "!", "?", ";") or token.is_quote:
            return None
        # the phrase ends right before the mark, or the verb holds the mark itself
        edge = token.right_edge.i
        while edge > token.i and doc[edge].is_space:
            edge -= 1  # the paragraph break hangs on the colon
        if is_speech(token) and token.pos_ == "VERB" and edge in (tokens[-1].i - 1, tokens[-1].i):
            return None if complements(token) or is_passive_participle(token) else token
    return None


def _subordinate_verb(cue: Token) -> bool:
    """A verb inside the next sentence's own clause, not its main verb: '"… the
    electronics." Wearable technology could exploit body heat to charge it up' (an
    infinitive or a participle reports nothing of the quotation before it)."""
    if _speaker_read_as_root(cue) or _heard_saying(cue):
        return False
    return cue.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp") or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def _aside_of_next(cue: Token, quote: Quote) -> bool:
    """Whether a cue after a quotation that ends its sentence is the aside of the next
    sentence's own clause: '"… a small decline." House prices have risen 0.9% this year,
    Nationwide said, and …' (the parser hangs "said" on "risen"): it reports that clause,
    not the quotation, which goes on with the speaker before it (a floating quote)."""
    head = cue.head
    return (cue.dep_ == "parataxis" and quote.end <= head.idx < cue.idx and head.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < cue.i for c in head.children))


def _heard_saying(cue: Token) -> bool:
    """Whether a speech participle is what someone was heard doing: '"Should there be a
    database?" a reporter can be heard asking Trump' reports the reporter's words."""
    return cue.tag_ == "VBG" and cue.dep_ in ("xcomp", "ccomp", "dep") and cue.head.lemma_.lower() == "hear"


def _speaker_read_as_root(cue: Token) -> bool:
    """Whether the parser made the speaker after a quotation the sentence's root and its verb
    a modifier of it: '"What if ...?" the 43-year-old asked in the video's description'."""
    head = cue.head
    return cue.dep_ == "acl" and head.dep_ == "ROOT" and head.i == cue.i - 1 and head.pos_ in ("ADJ", "NOUN")


def _thing_for_object(cue: Token) -> bool:
    """Whether a cue after a quotation has an object of its own that is a thing, not an
    audience: '"I have full confidence in ..." Nissan also announced a number of other
    appointments' announces the appointments, not the quotation."""
    if cue.lemma_.lower() in ADDRESSED_VERBS:
        return False  # "told Britain's ITV television station": whom it was said to
    return any(c.dep_ == "dobj" and c.i > cue.i and c.pos_ == "NOUN" and not holds_views(c) for c in cue.children)


def _thing_as_subject(cue: Token, quote: Quote) -> bool:
    """Whether a passive cue after a quotation has a noun of its own after the quotation as
    its subject: '"... in their Six Nations." The differences between the sides is also
    highlighted in the team selections' highlights the differences, not the quotation (which
    goes on with its speaker before). A pronoun ("That was said by ...") may stand for it."""
    return any(c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN") and c.idx >= quote.end for c in cue.children)


def floating_findings(doc: Doc, quotes: list[Quote], found: list[Found]) -> list[Found]:
    """Pass 4: a quoted sentence with no cue inherits the statement just before it."""
    floating = []
    ordered = sorted(found, key=lambda f: f.content[0])
    for quote in quotes:
        if any(f.content[0] <= quote.start and quote.end <= f.content[1] for f in found + floating):
            continue
        if len(quote.inner(text_of(doc)).split()) < 4:
            continue  # scare quotes and titles, not statements
        if not _starts_sentence(doc, quote):
            continue
        previous = [f for f in ordered + floating if f.content[1] <= quote.start]
        if not previous:
            continue
        last = _quoted_host(max(previous, key=lambda f: f.content[1]), found, quotes)
        between = _without_lead_in(text_of(doc)[last.content[1] : quote.start])
        if between.count("\n\n") > 1 or len(between) > 400 or _has_other_speaker(doc, last, quote):
            continue
        floating.append(Found((quote.start, quote.end), None, None, None, rule="floating",
                              confidence=0.7 if quote.closed else 0.5, kind="direct", inherit=last))
    return floating


def _quoted_host(last: Found, found: list[Found], quotes: list[Quote]) -> Found:
    """The statement a quotation goes on with: where the last one hangs from the cue of a
    quotation ("'I think that speaks volumes,' she said, adding that ... 'I think they are
    waiting to be courted.'"; "said ... when asked what ..."), that quotation's statement;
    the aside between is a saying of its own."""
    cue = last.cue
    if cue is None or cue.dep_ not in ("advcl", "pcomp"):
        return last
    head = cue.head.head if cue.dep_ == "pcomp" else cue.head
    hosts = [g for g in found if g.cue is not None and g.cue.i == head.i and g.content[1] <= cue.idx
             and any(abs(q.start - g.content[0]) <= 1 for q in quotes)]
    return hosts[0] if hosts else last


def _without_lead_in(between: str) -> str:
    """The text between a statement and a quotation, less a line of its own that only leads
    into what follows ("Transcript as follows:", "Watch:"): the quotation still goes on with
    the statement, as the turns of a transcript do (docs/annotation.md)."""
    lines = between.split("\n")
    kept = [line for line in lines[1:-1] if not _lead_in(line)]
    return "\n".join([lines[0], *kept, lines[-1]]) if len(lines) > 1 else between


def _lead_in(line: str) -> bool:
    """"Transcript as follows:", "Watch:"; not "Here is what Clinton said:", which names
    another speaker (a name is a capital after the first word)."""
    words = line.split()
    return line.strip().endswith(":") and 0 < len(words) <= 6 and not any(w[:1].isupper() for w in words[1:])


def continue_speakers(doc: Doc, found: list[Found]) -> None:
    """A cue that opens its sentence with no subject ("Adding, “…”", "Continued Stone: …"
    aside) continues the statement just before it: it inherits that speaker, as a
    floating quote does."""
    ordered = sorted(found, key=lambda f: f.content[1])
    for f in found:
        if f.speaker is not None or f.cue is None or f.inherit is not None:
            continue
        cue = f.cue
        if not _opens_sentence(doc, cue) or cue.tag_ not in ("VBG", "VBN", "VBD") or is_passive_participle(cue):
            continue  # "Asked whether …" is a question put to the speaker, not more of his words
        before = [g for g in ordered if g is not f and g.content[1] <= cue.idx]
        if before and cue.idx - before[-1].content[1] <= 400:
            f.inherit = before[-1]


def _opens_sentence(doc: Doc, token: Token) -> bool:
    """Whether a token starts a sentence, judged by the text: the parser does not always
    split after a closing quote ('… "was not good." Adding, …')."""
    if all(t.is_punct or t.is_space for t in doc[token.sent.start : token.i]):
        return True
    i = token.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in ('"', "”", "''", "’")):
        i -= 1
    return i >= 0 and doc[i].text in (".", "!", "?") or (i >= 0 and doc[i].text[-1:] in ".!?" and doc[i].is_punct)


def _starts_sentence(doc: Doc, quote: Quote) -> bool:
    text = text_of(doc)
    line_start = text.rfind("\n", 0, quote.start) + 1
    before = text[line_start : quote.start].rstrip()
    # after a full stop, with or without a closing mark: the parser reads an opening ''
    # after "out." as the closing mark of the sentence before
    if not before or before.rstrip("'\"”’")[-1:] in (".", "!", "?"):
        return True
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span is not None and span[0].is_sent_start


def _has_other_speaker(doc: Doc, last: Found, quote: Quote) -> bool:
    """Whether a person other than the last speaker is the subject of a sentence between."""
    span = doc.char_span(last.content[1], quote.start, alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        if token.dep_ == "nsubj" and token.ent_type_ == "PERSON" and token.idx >= last.content[1]:
            if last.speaker is None or token.text not in text_of(doc)[last.speaker.left_edge.idx : last.speaker.idx + len(last.speaker.text)]:
                return True
    return False
