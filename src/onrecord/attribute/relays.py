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

from .deps import SUBJECT_DEPS
from .found import Found, Range
from .initials import initials_of
from .lexicon import AUDIENCE_VERBS, DOCUMENT_NOUNS
from .parse_repairs import quoted_source, quoting_verb
from .relay_phrases import according_before_that, quoted_in, relative_occasion
from .relay_names import HOST_TITLES, MEDIA_NOUNS, PROGRAMMES, QUOTES, op_ed_paper, relay_name, words_of
from .relay_titles import with_title
from .speakers import strip_determiners
from .time_owners import asked_then

# Prepositions that introduce a medium or an audience: "on CNN", "in the Guardian", "to the
# BBC", "with MSNBC", "during an interview", "at a CNN debate", "via Twitter", "for Newsweek".
_RELAY_PREPS = frozenset("in on to with during at via through for".split())
# Verbs of speaking in public whose participle sets the scene: "Speaking on BBC Radio 4, …",
# "Sitting down with MSNBC's 'The Rachel Maddow Show'".
_RELAY_VERBS = frozenset("speak talk write appear say tell comment tweet post interview testify sit quote ask".split())
# Outlets that relay documents: "released by", "obtained by", "seen by", "leaked to", "provided to".
_RELAY_PARTICIPLES = frozenset("release obtain see leak publish report provide send give email".split())
# Participles of a document printed in an outlet: "a book serialised in the Sunday Telegraph".
_PRINTED_IN = frozenset("serialise serialize serialised serialized publish print excerpt".split())
# Events held at a place: "on" after them names the venue, not a medium ("a press conference
# on Capitol Hill"), where "an interview on CNN" names one.
_VENUE_EVENTS = frozenset("conference speech address rally hearing session briefing testimony remarks".split())
# Participles of putting questions or quoting: their agent is the outlet that asked or quoted
# ("Asked by the BBC whether ...", "said one analyst quoted by the Agence France Presse news agency").
_ASKING = frozenset("ask question interview quote".split())
# Participles of an interview or article going out: "an interview aired Sunday on CBS".
_AIRED = frozenset("air broadcast televise publish print run appear".split())
_GIVEN = frozenset(("give", "grant"))
# Nouns that carry a document as the speaker: "a redacted copy of the memo".
_CARRIERS = frozenset("copy draft excerpt version portion".split())


def relay_of(found: Found) -> tuple[str, Range] | None:
    """The via of a statement, found in its clause. RETURNS (tuple[str, Range] | None)."""
    cue = found.cue
    if cue is None:
        return None
    if quoted_source(cue) is not None:
        # "Reuters quoted sources as saying": the one quoting relays
        verb = quoting_verb(cue)
        quoting = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if quoting is None:
            # "Mr Brown was quoted by the Sunday Times as saying": the passive's agent quotes
            quoting = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                            if g.dep_ == "pobj"), None)
        via = relay_name(quoting, medium=True) if quoting is not None and quoting.ent_type_ != "PERSON" else None
        if via is not None:
            return with_title(cue.doc, via)
    via = quoted_in(cue) or relative_occasion(cue)
    if via is not None and not _of_speaker(found, via[1]):
        return with_title(cue.doc, via)
    heads = [cue] + ([cue.head] if cue.dep_ == "conj" else [])  # "described X … and said Y"
    if found.speaker is not None:
        heads.append(found.speaker)  # "Kenteris, speaking on Greece's Alter Television station, claimed"
    anchors = [h for h in heads if found.speaker is None or h.i != found.speaker.i] + [
        c for h in heads for c in h.children
        if c.dep_ in ("advcl", "conj", "acl") and _is_relay_verb(c)
        or c.dep_ == "relcl" and found.speaker is not None and h.i == found.speaker.i and _is_relay_verb(c) and _progressive(c)]
    for anchor in anchors:
        # "Wednesday at the CNN debate, X said", "said just after midnight on CNN": the medium may hang from the time
        times = [c for c in anchor.children if c.dep_ == "npadvmod"] + [
            o for c in anchor.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        children = list(anchor.children) + [
            g for c in times if c.ent_type_ in ("DATE", "TIME") for g in c.children if g.dep_ == "prep"]
        for child in children:
            if _inside(found.content, child):
                continue
            if _programme_read_as_day(anchor, child):
                via = words_of([child]), (child.idx, child.idx + len(child.text))
            elif child.dep_ in ("dobj", "dative", "iobj") and anchor.lemma_.lower() in AUDIENCE_VERBS:
                # a programme told is a medium: "told GMTV's Sunday programme", 'told "Good Morning America"',
                # "told Good Morning Wales" (BBC politics/039): a title with no article that the NER read
                # as a work or an event, which no one tells (not "told the Hay Festival", an audience)
                left = child.left_edge.i
                titled = (left > 0 and cue.doc[left - 1].text in QUOTES or child.ent_type_ in ("WORK_OF_ART", "EVENT")
                          and cue.doc[left].pos_ == "PROPN") and child.ent_type_ != "PERSON"
                via = relay_name(child, medium=child.lemma_.lower() in PROGRAMMES or titled)
                if via is None and child.lemma_.lower() in HOST_TITLES:
                    # "told the hosts on WEEI": the medium the hosts are on
                    via = next((v for p in child.children if p.dep_ == "prep" and p.lower_ == "on"
                                and (v := _through_prep(p, medium=True)) is not None), None)
            elif child.dep_ == "prep" and child.lower_ in _RELAY_PREPS:
                # "on" a medium, "via" one, "in" a paper one writes in; "said in the Commons"
                # is a place, not a medium
                medium = _is_relay_verb(anchor) and (child.lower_ in ("on", "via") or (
                    child.lower_ == "in" and anchor.lemma_.lower() in ("write", "writing")))
                via = _through_prep(child, medium=medium)
            elif child.dep_ == "agent" and anchor.i != cue.i and anchor.lemma_.lower() in _ASKING:
                # "Asked by the BBC whether …, X said", "an official quoted by Reuters said": the outlet that asked or quoted
                via = _through_prep(child, medium=False)
            else:
                continue
            if via is not None and not _of_speaker(found, via[1]):
                return with_title(cue.doc, via)
    via = _opening_appearance(found) or according_before_that(found) or _medium_of_the_verb_above(found)
    if via is not None:
        return with_title(cue.doc, via)
    speaker = found.speaker
    if speaker is not None and speaker.lemma_.lower() in _CARRIERS:
        # "A redacted copy of the memo seen by Reuters said": the document the copy is of
        speaker = next((o for c in speaker.children if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in DOCUMENT_NOUNS), speaker)
    if speaker is not None and speaker.lemma_.lower() in DOCUMENT_NOUNS:
        return _document_relay(speaker)
    return None


def _opening_appearance(found: Found) -> tuple[str, Range] | None:
    """ "Thursday on Fox News Channel's 'The Kelly File,' Donald Trump said …": a day opening
    the sentence with the programme the speaker was on, wherever the parser hung the day."""
    cue, speaker = found.cue, found.speaker
    day = cue.sent[0] if cue.sent[0].ent_type_ == "DATE" else None
    if day is None or speaker is None or not day.i < speaker.i < cue.i + 1 or _inside(found.content, day):
        return None
    if any(t.dep_ == "relcl" for t in (cue, *cue.ancestors)):
        return None  # "…, which is what FBI Director James Comey described …": a clause of the narration's

    for child in day.children:
        if child.dep_ == "prep" and child.lower_ == "on" and child.i == day.i + 1:
            via = _through_prep(child, medium=True)
            if via is not None and not _inside(found.content, child):
                return via
    return None


def _medium_of_the_verb_above(found: Found) -> tuple[str, Range] | None:
    """ "Fallon responded on Twitter, calling the charge 'pathetic'", "Trump took to Twitter to
    say …": a participle or infinitive of saying with no subject of its own says it on the
    platform or outlet of the verb it hangs from ("on", "via"; "took to"). Only a known outlet
    or named host counts (medium=False): "reacted on Monday, saying" names none."""
    cue = found.cue
    head = cue.head
    if cue.dep_ not in ("advcl", "xcomp") or head.pos_ != "VERB" or head.i == cue.i or any(
            c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    # the platform may hang from the verb's object: "continued his push on Twitter and Instagram, referencing …"
    preps = [*head.children, *(g for c in head.children if c.dep_ == "dobj" for g in c.children)]
    for prep in preps:
        # the outlet itself, not a thing of its ("commented on Facebook's privacy plans, saying")
        if prep.dep_ == "prep" and (prep.lower_ in ("on", "via") or prep.lower_ == "to" and head.lemma_ == "take") and (
                not _inside(found.content, prep)) and not any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in prep.children):
            via = _through_prep(prep, medium=False)
            if via is not None and not _of_speaker(found, via[1]):
                return via
    return None


def _programme_read_as_day(verb: Token, child: Token) -> bool:
    """ "Mr Balls told Today.", "Mr Johnson told Today: '…'": a day word written capitalised
    right after a telling verb, mid-sentence, is a programme's name the parser read as a time."""
    return (verb.lemma_.lower() in AUDIENCE_VERBS and child.i == verb.i + 1 and child.text in ("Today", "Tonight")
            and not child.is_sent_start and child.dep_ in ("npadvmod", "dobj", "dative", "iobj"))


def _progressive(verb: Token) -> bool:
    """ "Mr Blair, who was speaking on GMTV, said", "Mr Brown, who was interviewed by the BBC on
    Sunday, said": the occasion of the saying."""
    return asked_then(verb) or verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)


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
                    return with_title(token.doc, via)
        return None
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        via = _through_prep(token.head, medium=False)
        return with_title(token.doc, via) if via is not None else None
    return None


def full_name(doc, name: str, start: int) -> str:
    """An outlet's short name as the article gave it in full before ("the Post" after "The
    Washington Post" -> Washington Post; "Yahoo" after "Yahoo News"): the longest organisation
    named earlier whose name ends with it, is it and "News", or has it as initials ("the AP" after "the
    Associated Press"). RETURNS (str): the full name, or ``name`` when there is none."""
    short = name.lower()
    best = name
    for ent in doc.ents:
        if ent.end_char > start or ent.label_ not in ("ORG", "WORK_OF_ART"):
            continue
        full = " ".join(strip_determiners([t.text for t in ent if t.text not in ("'s", "’s")]))
        # "told Yahoo" after "Yahoo News": the news arm the article named is the outlet; not a
        # broadcaster's initials, a brand of its own ("told the BBC" after "BBC News" stays BBC)
        # (not "Fox News" read inside a longer title, "Fox News Sunday": the article never named Fox News)
        news_arm = full.lower() == short + " news" and not name.isupper() and not (
            ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].i > doc[ent.end].sent.start)
        # "told the AP" after "the Associated Press": initials of the name given in full
        initials = name.isupper() and len(name) > 1 and initials_of(full) == name
        full = full.rstrip(" ([,") if initials else full  # "the Associated Press (AP)": the NER's "(" is no part of it
        if (full.lower().endswith(" " + short) or news_arm or initials) and len(full) > len(best):
            best = full
    return best


def _is_relay_verb(token: Token) -> bool:
    """A verb of speaking in public, also where the tagger read its participle as a noun
    ("Writing in the Financial Times, …")."""
    lemma = token.lemma_.lower()
    return (lemma in _RELAY_VERBS and token.pos_ in ("VERB", "AUX")) or (
        token.lower_.endswith("ing") and lemma.removesuffix("ing") in _RELAY_VERBS | {"writ", "appear", "speak", "talk"})


def _inside(content: Range, token: Token) -> bool:
    return content[0] <= token.idx < content[1]


def _through_prep(prep: Token, *, medium: bool, depth: int = 0) -> tuple[str, Range] | None:
    if medium and (title := _quoted_title(prep)) is not None:
        return title
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if obj.lemma_.lower() in DOCUMENT_NOUNS:
            via = _document_relay(obj)  # "said in emails released by WikiLeaks"
            if via is not None:
                return via
        if obj.lemma_.lower() in PROGRAMMES:
            # "Sunday's broadcast of NBC's 'Meet the Press'", "an edition of CNN's …": the programme it is of
            for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
                via = _through_prep(of, medium=True, depth=depth + 1) if depth < 2 else None
                if via is not None:
                    return via
            # a named programme: "BBC Radio 4's Today programme", "BBC One's Breakfast with Frost"
            via = relay_name(obj, medium=True)
            if via is not None:
                return via
        if _noun(obj) == "op-ed" and (paper := op_ed_paper(obj)) is not None:
            return paper  # "in a Baltimore Sun op-ed"
        if _noun(obj) in MEDIA_NOUNS and depth < 2:
            # "an interview with CNN", "CNN's State of the Union interview", "a Fox News interview";
            # a debate is a via only through an outlet ("a CNN debate", not "a GOP debate")
            for child in obj.children:
                if child.dep_ in ("poss", "compound", "nmod"):
                    via = relay_name(child, medium=False)
                    if via is not None:
                        return via
            # "an interview aired Sunday on CBS": the outlet that broadcast or printed it
            # "an interview he gave to Fox News": the outlet it was given to
            preps = [g for c in obj.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _AIRED | _GIVEN
                     for g in c.children if g.dep_ in ("prep", "agent", "dative") and g.lower_ in (
                         ("to",) if c.lemma_.lower() in _GIVEN else ("on", "in", "by"))]
            for prep_ in preps:
                via = _through_prep(prep_, medium=False, depth=depth + 1)
                if via is not None:
                    return via
            for child in obj.children:
                if child.dep_ == "prep" and child.lower_ in _RELAY_PREPS:
                    # "an interview with CNN" names a medium; "a speech at the State University
                    # of New York" a venue and "a speech to the CBI" an audience, a via only
                    # when it is an outlet ("a letter to the Times")
                    medium = child.lower_ not in ("at", "in", "to") and not (
                        child.lower_ == "on" and _noun(obj) in _VENUE_EVENTS)
                    via = _through_prep(child, medium=medium, depth=depth + 1)
                    if via is not None:
                        return via
            continue
        via = relay_name(obj, medium=medium)
        if via is not None:
            return via
    # "said on CBS' Face the Nation": the parser read the title after the bare possessive as a
    # verb with the outlet its subject; a known outlet only, after "on" (a medium for any cue)
    for verb in (c for c in prep.children if c.dep_ == "pcomp" and prep.lower_ == "on"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is not None and (via := relay_name(subject, medium=False)) is not None:
            return via
    return None


def _noun(token: Token) -> str:
    """A noun's lemma, with "op-ed" whole where the tokenizer split it ("an op - ed")."""
    doc = token.doc
    if token.lower_ == "ed" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "op":
        return "op-ed"
    return token.lemma_.lower()


def _quoted_title(prep: Token) -> tuple[str, Range] | None:
    """ "he said on 'Meet the Press.'": a programme's title in quotation marks right after "on",
    which the parser read as a clause ("Meet" a verb), also after its outlet's or its day's
    possessive ("on CBS's 'Face the Nation'" keeps the outlet; "on Sunday's 'Meet the Press'"
    is the programme, its day a time). RETURNS (tuple[str, Range] | None)."""
    doc = prep.doc
    quote = prep.i + 1
    while quote < min(len(doc), prep.i + 5) and doc[quote].text not in QUOTES:
        quote += 1
    owner = list(doc[prep.i + 1 : quote])
    if owner and not (len(owner) >= 2 and owner[-1].dep_ == "case" and owner[-1].lower_ in ("'s", "’s")
                      and all(t.pos_ == "PROPN" for t in owner[:-1])):
        return None
    if quote + 1 >= len(doc) or doc[quote].text not in QUOTES:
        return None
    first = doc[quote + 1]
    ent = next((e for e in doc.ents if e.start == first.i and e.label_ == "WORK_OF_ART"), None)
    # the parser may hang the title on the verb as its clause ('said on Sunday's "Meet the Press" that …')
    if ent is None or not (first.head.i == prep.i and first.dep_ == "pcomp" or
                           first.head.i == prep.head.i and first.dep_ == "ccomp"):
        return None
    words = [t for t in ent if not t.is_punct]
    if owner and owner[0].ent_type_ not in ("DATE", "TIME"):
        return words_of(owner + words), (owner[0].idx, words[-1].idx + len(words[-1].text))
    return words_of(words), (words[0].idx, words[-1].idx + len(words[-1].text))


def relays_document(participle: Token) -> bool:
    """Whether a participle on a document names who carried it, not who wrote it: "a memo
    seen by Reuters", "documents released by WikiLeaks" (an outlet: the via), where "figures
    released by the Labor Department" name their author."""
    if participle.lemma_.lower() not in _RELAY_PARTICIPLES:
        return False
    agents = (c for c in participle.children if c.dep_ in ("agent", "prep", "dative") and c.lower_ in ("by", "to"))
    for agent in agents:
        if any(relay_name(obj, medium=False) is not None for obj in agent.children if obj.dep_ == "pobj"):
            return True
    return False


def _document_relay(document: Token) -> tuple[str, Range] | None:
    """ "A YouGov poll in the Daily Telegraph", "a memo seen by Reuters", "emails released by
    WikiLeaks": the outlet that carried the document (its author is no via)."""
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "for"):
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                via = relay_name(obj, medium=False)
                if via is not None:
                    return via
        if child.dep_ == "acl" and child.lemma_.lower() in _RELAY_PARTICIPLES | _PRINTED_IN:
            # "seen by Reuters", "leaked to the Guardian", "serialised in the Sunday Telegraph"
            preps = ("by", "to", "in") if child.lemma_.lower() in _PRINTED_IN else ("by", "to")
            for agent in (c for c in child.children if c.dep_ in ("agent", "prep", "dative") and c.lower_ in preps):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    via = relay_name(obj, medium=False)
                    if via is not None:
                        return via
    return None
