"""Via: the named outlet, programme, platform or interviewer that relayed a statement.

Found in the attribution's own clause, wherever it sits, not only next to the cue:

- the audience of a telling verb: "told Reuters", "told the Kommersant newspaper", "told
  talk-radio host Mike Gallagher";
- a medium after the cue or after a participle of speaking, writing or appearing that hangs
  from it: "said on CNN", "Speaking on BBC Radio 4, X said", "Writing in the Financial
  Times, X said", "said in an interview with The Spectator magazine", "In an interview with
  Hot 97 on Saturday, X said", "during an appearance on NBC's Meet the Press";
- the outlet that carried a document speaking: "A YouGov poll in the Daily Telegraph
  suggested", "a memo seen by Reuters", "emails released by WikiLeaks".

A via is always a name: an outlet of ``lexicon.OUTLETS``, an organisation whose name ends in
an outlet word ("Kyiv Post", "BBC Radio Sheffield"), a proper name in the medium position
("Speaking on NTV television", "on Hot 97"), or a named host. Common nouns ("their value",
"the statement", "federal regulators", "German TV") are never vias.
"""

from __future__ import annotations

from spacy.tokens import Token

from .parse_repairs import quoted_source, quoting_verb
from .found import Found, Range
from .lexicon import AUDIENCE_VERBS, DOCUMENT_NOUNS, OUTLET_WORDS, OUTLETS
from .speakers import entities_in, strip_determiners

# Prepositions that introduce a medium or an audience: "on CNN", "in the Guardian", "to the
# BBC", "with MSNBC", "during an interview", "at a CNN debate", "via Twitter", "for Newsweek".
_RELAY_PREPS = frozenset("in on to with during at via through for".split())
# Verbs of speaking in public whose participle sets the scene: "Speaking on BBC Radio 4, …",
# "Sitting down with MSNBC's 'The Rachel Maddow Show'".
_RELAY_VERBS = frozenset("speak talk write appear say tell comment tweet post interview testify sit".split())
# The occasion or vehicle of a statement: the outlet hangs from it ("an interview with CNN").
MEDIA_NOUNS = frozenset("""
interview interviews appearance article column op-ed piece letter post tweet show programme
program broadcast podcast segment debate conversation chat call remarks comments briefing
editorial blog essay slot edition episode phone-in documentary email e-mail message note memo
statement speech address rally conference hearing testimony session
""".split())
# Media nouns that are programmes: a named one is the via as a whole.
_PROGRAMMES = frozenset("show programme program slot edition episode podcast segment broadcast documentary".split())
# Roles of someone who relays what others say: a named one is a via ("host Mike Gallagher").
_HOST_TITLES = frozenset("host presenter anchor interviewer journalist reporter correspondent columnist moderator".split())
# Generic heads dropped from a via's name when a proper name remains ("the Independent newspaper").
_GENERIC_HEADS = frozenset("newspaper paper magazine station channel television tv website site network agency page account feed video post".split())
# Outlets that relay documents: "released by", "obtained by", "seen by", "leaked to".
_RELAY_PARTICIPLES = frozenset("release obtain see leak publish report".split())
# Participles of a document printed in an outlet: "a book serialised in the Sunday Telegraph".
_PRINTED_IN = frozenset("serialise serialize serialised serialized publish print excerpt".split())
# Entities that are no medium: a date, a demonym, a number, a place ("said in Beijing").
_NOT_MEDIA = frozenset(("DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "GPE", "LOC", "FAC"))
_DETERMINERS = frozenset("the a an this that these those his her their its our my".split())
_QUOTES = frozenset(('"', "“", "”", "''", "``", "‘", "’"))
# Nouns that carry a document as the speaker: "a redacted copy of the memo".
_CARRIERS = frozenset("copy draft excerpt version portion".split())


def relay_of(found: Found) -> tuple[str, Range] | None:
    """The via of a statement, found in its clause. RETURNS (tuple[str, Range] | None)."""
    cue = found.cue
    if cue is None:
        return None
    if quoted_source(cue) is not None:
        # "Reuters quoted sources as saying": the one quoting relays
        quoting = next((c for c in quoting_verb(cue).children if c.dep_ in ("nsubj", "nsubjpass")), None)
        via = _relay_name(quoting, medium=True) if quoting is not None and quoting.ent_type_ != "PERSON" else None
        if via is not None:
            return _with_title(cue.doc, via)
    heads = [cue] + ([cue.head] if cue.dep_ == "conj" else [])  # "described X … and said Y"
    if found.speaker is not None:
        heads.append(found.speaker)  # "Kenteris, speaking on Greece's Alter Television station, claimed"
    anchors = [h for h in heads if h is not found.speaker] + [
        c for h in heads for c in h.children
        if c.dep_ in ("advcl", "conj", "acl") and _is_relay_verb(c)]
    for anchor in anchors:
        # "Wednesday at the CNN debate, X said": the medium may hang from the day
        children = list(anchor.children) + [
            g for c in anchor.children if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")
            for g in c.children if g.dep_ == "prep"]
        for child in children:
            if _inside(found.content, child):
                continue
            if child.dep_ in ("dobj", "dative", "iobj") and anchor.lemma_.lower() in AUDIENCE_VERBS:
                # a programme told is a medium: "told GMTV's Sunday programme"
                via = _relay_name(child, medium=child.lemma_.lower() in _PROGRAMMES)
            elif child.dep_ == "prep" and child.lower_ in _RELAY_PREPS:
                # "on" a medium, "via" one, "in" a paper one writes in; "said in the Commons"
                # is a place, not a medium
                medium = _is_relay_verb(anchor) and (child.lower_ in ("on", "via") or (
                    child.lower_ == "in" and anchor.lemma_.lower() in ("write", "writing")))
                via = _through_prep(child, medium=medium)
            else:
                continue
            if via is not None and not _of_speaker(found, via[1]):
                return _with_title(cue.doc, via)
    speaker = found.speaker
    if speaker is not None and speaker.lemma_.lower() in _CARRIERS:
        # "A redacted copy of the memo seen by Reuters said": the document the copy is of
        speaker = next((o for c in speaker.children if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in DOCUMENT_NOUNS), speaker)
    if speaker is not None and speaker.lemma_.lower() in DOCUMENT_NOUNS:
        return _document_relay(speaker)
    return None


def _of_speaker(found: Found, span: Range) -> bool:
    """Whether a via's name lies in the speaker's own phrase: "according to the Economist
    Intelligence Unit's Mr Hensel" names the body the speaker belongs to, his affiliation,
    not an outlet that relayed him."""
    speaker = found.speaker
    if speaker is None:
        return False
    doc = speaker.doc
    start, end = doc[speaker.left_edge.i].idx, speaker.idx + len(speaker.text)
    return span[0] < end and start < span[1]


def relay_of_scene(token: Token) -> tuple[str, Range] | None:
    """The via a scene names: "Sitting down with MSNBC's 'The Rachel Maddow Show'", "In an
    interview with CNN", "at the CNN debate". RETURNS (tuple[str, Range] | None)."""
    if token.pos_ == "VERB":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _RELAY_PREPS:
                via = _through_prep(child, medium=child.lower_ in ("on", "via"))
                if via is not None:
                    return _with_title(token.doc, via)
        return None
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        via = _through_prep(token.head, medium=False)
        return _with_title(token.doc, via) if via is not None else None
    return None


def full_name(doc, name: str, start: int) -> str:
    """An outlet's short name as the article gave it in full before ("the Post" after "The
    Washington Post" -> Washington Post): the longest organisation named earlier whose name
    ends with it. RETURNS (str): the full name, or ``name`` when there is none."""
    short = name.lower()
    best = name
    for ent in doc.ents:
        if ent.end_char > start or ent.label_ not in ("ORG", "WORK_OF_ART"):
            continue
        full = " ".join(strip_determiners([t.text for t in ent if t.text not in ("'s", "’s")]))
        if full.lower().endswith(" " + short) and len(full) > len(best):
            best = full
    return best


def _with_title(doc, via: tuple[str, Range]) -> tuple[str, Range]:
    """An outlet's programme written after its possessive, in quotation marks or as a title
    the parser cut off: "NBC's ''Meet the Press''" -> NBC's Meet the Press."""
    name, (start, end) = via
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or doc[span.end].text not in ("'s", "’s"):
        return via
    i = span.end + 1
    opened = False
    while i < len(doc) and doc[i].text in _QUOTES:
        i, opened = i + 1, True
    title = []
    while i < len(doc) and (doc[i].text[:1].isupper() or (title and doc[i].lower_ in ("the", "of", "and", "with", "at"))) and (
            opened or doc[i].ent_type_ in ("WORK_OF_ART", "DATE", "TIME")):
        title.append(doc[i])
        i += 1
    while title and title[-1].text[:1].islower():
        title.pop()
    if title and not opened and all(t.ent_type_ in ("DATE", "TIME") for t in title) and i < len(doc) and (
            doc[i].pos_ == "NOUN" and doc[i].text.islower() or doc[i].text in ("'s", "’s")):
        title = []  # a day that dates a noun ("the Times's Sunday edition"), no programme's name
    if not title and not opened:
        title = _programme_after(doc, span.end + 1)  # "told Radio 4's Today programme" (the parser split it)
    if not title:
        return via
    return f"{name}'s {_text(title)}", (start, title[-1].idx + len(title[-1].text))


def _programme_after(doc, i: int) -> list[Token]:
    """A programme named after an outlet's possessive, up to its programme noun: "[Radio 4's]
    Today programme", "[BBC Two's] Newsnight programme". RETURNS (list[Token]): empty for none."""
    title = []
    while i < len(doc) and (doc[i].text[:1].isupper() or (title and doc[i].lower_ in ("with", "of", "and", "at"))):
        title.append(doc[i])
        i += 1
    if title and i < len(doc) and doc[i].lemma_.lower() in _PROGRAMMES and title[-1].text[:1].isupper():
        return [*title, doc[i]]
    return []


def _is_relay_verb(token: Token) -> bool:
    """A verb of speaking in public, also where the tagger read its participle as a noun
    ("Writing in the Financial Times, …")."""
    lemma = token.lemma_.lower()
    return (lemma in _RELAY_VERBS and token.pos_ in ("VERB", "AUX")) or (
        token.lower_.endswith("ing") and lemma.removesuffix("ing") in _RELAY_VERBS | {"writ", "appear", "speak", "talk"})


def _inside(content: Range, token: Token) -> bool:
    return content[0] <= token.idx < content[1]


def _through_prep(prep: Token, *, medium: bool, depth: int = 0) -> tuple[str, Range] | None:
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if obj.lemma_.lower() in DOCUMENT_NOUNS:
            via = _document_relay(obj)  # "said in emails released by WikiLeaks"
            if via is not None:
                return via
        if obj.lemma_.lower() in _PROGRAMMES:
            # a named programme: "BBC Radio 4's Today programme", "BBC One's Breakfast with Frost"
            via = _relay_name(obj, medium=True)
            if via is not None:
                return via
        if obj.lemma_.lower() in MEDIA_NOUNS and depth < 2:
            # "an interview with CNN", "CNN's State of the Union interview", "a Fox News interview";
            # a debate is a via only through an outlet ("a CNN debate", not "a GOP debate")
            for child in obj.children:
                if child.dep_ in ("poss", "compound", "nmod"):
                    via = _relay_name(child, medium=False)
                    if via is not None:
                        return via
            for child in obj.children:
                if child.dep_ == "prep" and child.lower_ in _RELAY_PREPS:
                    # "an interview with CNN" names a medium; "a speech at the State University
                    # of New York" a venue, a via only when it is an outlet
                    via = _through_prep(child, medium=child.lower_ not in ("at", "in"), depth=depth + 1)
                    if via is not None:
                        return via
            continue
        via = _relay_name(obj, medium=medium)
        if via is not None:
            return via
    return None


def relays_document(participle: Token) -> bool:
    """Whether a participle on a document names who carried it, not who wrote it: "a memo
    seen by Reuters", "documents released by WikiLeaks" (an outlet: the via), where "figures
    released by the Labor Department" name their author."""
    if participle.lemma_.lower() not in _RELAY_PARTICIPLES:
        return False
    for agent in (c for c in participle.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "to")):
        if any(_relay_name(obj, medium=False) is not None for obj in agent.children if obj.dep_ == "pobj"):
            return True
    return False


def _document_relay(document: Token) -> tuple[str, Range] | None:
    """ "A YouGov poll in the Daily Telegraph", "a memo seen by Reuters", "emails released by
    WikiLeaks": the outlet that carried the document (its author is no via)."""
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "for"):
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                via = _relay_name(obj, medium=False)
                if via is not None:
                    return via
        if child.dep_ == "acl" and child.lemma_.lower() in _RELAY_PARTICIPLES | _PRINTED_IN:
            # "seen by Reuters", "leaked to the Guardian", "serialised in the Sunday Telegraph"
            preps = ("by", "to", "in") if child.lemma_.lower() in _PRINTED_IN else ("by", "to")
            for agent in (c for c in child.children if c.dep_ in ("agent", "prep") and c.lower_ in preps):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    via = _relay_name(obj, medium=False)
                    if via is not None:
                        return via
    return None


def _relay_name(head: Token, *, medium: bool) -> tuple[str, Range] | None:
    """The via a noun phrase names, or None when it names none.

    medium: the phrase sits where only a medium can ("Speaking on [NTV television]"), so any
        proper name in it is one; elsewhere it must be a known outlet or a named host.
    """
    tokens = _phrase(head)
    if not tokens:
        return None
    text = _text(tokens)
    lower = text.lower()
    doc = head.doc
    for ent in entities_in(doc, tokens[0].i, tokens[-1].i + 1):
        name = ent.text.removesuffix("'s").removesuffix("’s").strip()
        if name.lower().removeprefix("the ") in OUTLETS or name.lower() in OUTLETS or (
                ent.label_ == "ORG" and name.split()[-1].lower() in OUTLET_WORDS):
            if head.lemma_.lower() in _PROGRAMMES or ent.start <= head.i < ent.end or (
                    tokens[0].i >= ent.start and not _runs_on(ent, head)):
                return _named(tokens)
            return _named([t for t in ent if not t.is_punct])  # "an email to the AP" -> AP
    # outlets are names: "at the time" is not Time magazine
    if tokens[0].text[:1].isupper() and (lower in OUTLETS or lower.removeprefix("the ") in OUTLETS) or any(
            tokens[0].text[:1].isupper() and _text(tokens[:n]).lower() in OUTLETS for n in range(1, min(4, len(tokens)))):
        return _named(tokens)  # … or a phrase an outlet opens: "BBC Northern Ireland"
    if all(t.pos_ == "PROPN" for t in tokens) and tokens[-1].lower_ in OUTLET_WORDS:
        return _named(tokens)  # a name the NER missed: "the Daily Telegraph", "the Kyiv Post"
    left = head.left_edge.i
    title = [t for t in doc[left : head.i + 1] if t.text not in _QUOTES]
    if medium and left > 0 and doc[left - 1].text in _QUOTES and title and title[0].text[:1].isupper() and all(
            t.text[:1].isupper() or t.lower_ in ("the", "of", "and") for t in title):
        return _span_name(title[0], title[-1])  # a title in quotation marks: "appearing on ''This Week''"
    if medium and head.lemma_.lower() in _PROGRAMMES and (edition := _dated_edition(tokens)):
        return _named(edition)
    # a proper name, not a date ("told reporters on Friday") nor a demonym ("German TV")
    proper = [t for t in tokens if (t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i > tokens[0].i and not t.is_punct))
              and t.ent_type_ not in _NOT_MEDIA and t.lower_ not in _GENERIC_HEADS]
    if not proper:
        return None
    if any(t.lower_ in _HOST_TITLES for t in tokens):
        people = [t for t in tokens if t.ent_type_ == "PERSON"]
        if people:
            return _span_name(people[0], people[-1])
    if head.ent_type_ == "PERSON":
        return None  # "in conversations with Mr Bush": the one talked with, no medium
    # in the medium position the phrase itself must be a name ("on Hot 97", "on NTV television"),
    # not a common noun with a name inside ("in response to Russia's demand")
    named_head = head.pos_ in ("PROPN", "NUM") or head.lower_ in _GENERIC_HEADS or head.lemma_.lower() in _PROGRAMMES
    if (medium and named_head) or tokens[-1].lower_ in _GENERIC_HEADS:
        return _named(tokens)
    return None


def _dated_edition(tokens: list[Token]) -> list[Token] | None:
    """The programme of a dated edition: "Wednesday's Today programme" -> Today programme.
    The day's possessive dates the broadcast; the capitalised words after it name the
    programme even where the NER reads them as a date ("Today"). None for any other phrase."""
    possessive = next((i for i, t in enumerate(tokens) if t.text in ("'s", "’s")), None)
    if not possessive or not all(t.ent_type_ in ("DATE", "TIME") for t in tokens[:possessive]):
        return None
    title = tokens[possessive + 1 :]
    if len(title) < 2 or not title[0].text[:1].isupper() or not title[-1].text.islower() or not all(
            t.text[:1].isupper() or t.lower_ in ("with", "of", "and", "the") for t in title[:-1]):
        return None
    return title


def _runs_on(ent, head: Token) -> bool:
    """Whether a phrase an outlet opens goes on into other words the parser glued to it:
    "told BBC News Labour MPs would not get a free vote" (the reported clause's subject), where
    "the BBC News website", "BBC Radio 4's Today programme" and "a CNN reporter" are the
    outlet's own."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma in MEDIA_NOUNS or lemma in _GENERIC_HEADS or lemma in _HOST_TITLES:
        return False
    return not any(t.text in ("'s", "’s") for t in head.doc[ent.start : head.i])


def _phrase(head: Token) -> list[Token]:
    """The noun phrase of a via: its left modifiers and head, then a trailing name or
    programme title before any comma ("BBC One's Breakfast with Frost")."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i
    for token in doc[head.i + 1 : head.right_edge.i + 1]:
        if token.text in (",", "(", ";") or token.dep_ in ("relcl", "acl", "nsubj", "nsubjpass", "expl"):
            break  # nor into the reported clause: "told BBC One's Breakfast with Frost programme he aspired …"
        if token.text == "at" and _hour_title(token):
            continue  # a programme named for its hour: "BBC Radio 4's World at One", "News at Ten"
        if token.ent_type_ == "DATE" or token.text in ("on", "in", "at", "about", "that"):
            break  # a title keeps its capitalised "At": "BBC Radio 4's World At One"
        end = token.i
    if end + 2 < len(doc) and doc[end + 1].text == "at" and _hour_title(doc[end + 1]):
        end += 2  # the parser hung the hour on the verb: "told BBC Radio 4's World [at One]"
    tokens = [t for t in doc[start : end + 1] if not t.is_space and t.text not in ('"', "“", "”", "''", "``", "‘", "’")]
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct):
        tokens = tokens[1:]
    return tokens


_HOURS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())


def _hour_title(at: Token) -> bool:
    """ "at" between a capitalised word and a capitalised hour ("World at One", "News at Ten"):
    inside a programme's title, not a place or time of the saying ("at Westminster", "at 10am")."""
    doc = at.doc
    return 0 < at.i < len(doc) - 1 and doc[at.i - 1].text[:1].isupper() and doc[at.i + 1].text in {
        h.capitalize() for h in _HOURS}


def _named(tokens: list[Token]) -> tuple[str, Range]:
    """The via's name: the phrase without a generic head ("the Kommersant newspaper" ->
    Kommersant), a possessive kept when it names the programme's outlet."""
    if len(tokens) > 1 and tokens[-1].text.islower() and tokens[-1].lower_ in _GENERIC_HEADS and any(
            t.pos_ == "PROPN" for t in tokens[:-1]):
        tokens = tokens[:-1]
        while len(tokens) > 1 and tokens[-1].pos_ == "ADJ" and tokens[-1].text.islower():
            tokens = tokens[:-1]  # "Portsmouth's official website" -> Portsmouth
    # a country's outlet: "Greece's Alter Television station" -> Alter Television
    possessive = next((i for i, t in enumerate(tokens) if t.text in ("'s", "’s")), None)
    if possessive is not None and possessive < len(tokens) - 1 and all(
            t.ent_type_ in ("GPE", "NORP", "LOC") for t in tokens[:possessive]):
        tokens = tokens[possessive + 1 :]
    if len(tokens) > 1 and tokens[-1].lower_ in _PROGRAMMES and tokens[-1].text.islower() and (
            _text(tokens[:-1]).lower() in OUTLETS):
        tokens = tokens[:-1]  # "the CBS programme" -> CBS (but "BBC Radio 4's Today programme" stays)
    while len(tokens) > 1 and tokens[0].text.islower() and tokens[0].pos_ == "ADJ":
        tokens = tokens[1:]  # "its main Steam site" -> Steam
    if len(tokens) > 1 and tokens[-1].text == "news" and _text(tokens[:-1]).lower() in OUTLETS:
        tokens = tokens[:-1]  # "Reuters news agency" -> Reuters, but "Fox News", "BBC News" stay
    if tokens[-1].text in ("'s", "’s"):
        tokens = tokens[:-1]
    # a descriptive lead before a name: "US magazine Entertainment Weekly" -> Entertainment Weekly
    for i, token in enumerate(tokens[:-1]):
        rest = [t for t in tokens[i + 1 :] if t.lower_ not in _DETERMINERS]
        if token.lower_ in _GENERIC_HEADS and rest and all(t.text[:1].isupper() for t in rest):
            tokens = rest  # "British newspaper the Independent" -> Independent
            break
    return _span_name(tokens[0], tokens[-1])


def _span_name(first: Token, last: Token) -> tuple[str, Range]:
    start, end = first.idx, last.idx + len(last.text)
    return _text(list(first.doc[first.i : last.i + 1])), (start, end)


def _text(tokens: list[Token]) -> str:
    """The words as written, without quotation marks ("ABC's ''This Week''" -> ABC's This Week)."""
    return "".join(t.text_with_ws for t in tokens if t.text not in _QUOTES).strip().strip("'\"“”‘’ ,")
