"""The via's name (``relays`` finds where it sits): a known outlet, an organisation whose name
ends in an outlet word, a proper name in the medium position, a programme title (in
quotation marks, after a dated edition, "World at One"), a named host; without its generic
head ("the Kommersant newspaper" -> Kommersant) or a country's possessive.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Token

from .found import Range
from .lexicon import OUTLET_WORDS, OUTLETS
from .org_kinds import kinds_of_noun
from .possessive_titles import NOT_MEDIA, bare_possessive_title, possessive_mark
from .speakers import entities_in

# The occasion or vehicle of a statement: the outlet hangs from it ("an interview with CNN").
MEDIA_NOUNS = frozenset("""
interview interviews appearance article column op-ed piece letter post tweet show programme
program broadcast podcast segment debate conversation chat call remarks remark comments comment briefing
editorial blog essay slot edition episode phone-in documentary email e-mail message note memo
statement speech address rally conference hearing testimony session
""".split())
# Media nouns that are programmes: a named one is the via as a whole.
PROGRAMMES = frozenset("show programme program slot edition episode podcast segment broadcast documentary".split())
# Quotation marks, dropped from a title in quotation marks ("appearing on ''This Week''").
QUOTES = frozenset(('"', "“", "”", "''", "``", "‘", "’"))
# Roles of someone who relays what others say: a named one is a via ("host Mike Gallagher").
HOST_TITLES = frozenset(
    "host presenter anchor interviewer journalist reporter correspondent columnist moderator".split())
# Generic heads dropped from a via's name when a proper name remains ("the Independent newspaper").
_GENERIC_HEADS = frozenset("newspaper paper magazine station channel television tv website site network agency page account feed video post".split())
# Places (and craft) the NER reads as organisations, where "on" names the venue ("told
# reporters on Capitol Hill", "said on Wall Street", "told reporters on Air Force One").
_PLACE_NAMES = frozenset(("capitol hill", "wall street", "senate floor", "house floor", "air force one", "marine one"))
_DETERMINERS = frozenset("the a an this that these those his her their its our my".split())


def relay_name(head: Token, *, medium: bool) -> tuple[str, Range] | None:
    """The via a noun phrase names, or None when it names none.

    medium: the phrase sits where only a medium can ("Speaking on [NTV television]"), so any
        proper name in it is one; elsewhere it must be a known outlet or a named host.
    """
    tokens = _phrase(head)
    if not tokens:
        return None
    known = outlet_span(head.doc, tokens[0].i, tokens[-1].i)
    if known is not None and (known[0] < tokens[0].i or known[1] > tokens[-1].i + 1):
        # the parser split a known name or read its day as a time: "the [Mail] on Sunday",
        # "the Sunday [Telegraph]", "BBC Radio 5 [Live]"
        return _named(list(head.doc[min(known[0], tokens[0].i) : max(known[1], tokens[-1].i + 1)]))
    text = words_of(tokens)
    lower = text.lower()
    before = head.doc[tokens[0].i - 1].text if tokens[0].i > 0 else ""
    if lower.removeprefix("the ") in _PLACE_NAMES or (lower == "hill" and before == "the"):
        return None  # "on the Hill" is Capitol Hill; "The Hill", capitalised, is the paper
    doc = head.doc
    host = _outlet_host(tokens, head)
    if host is not None:
        return host
    for ent in entities_in(doc, tokens[0].i, tokens[-1].i + 1):
        name = ent.text.removesuffix("'s").removesuffix("’s").strip()
        if name.lower().removeprefix("the ") in OUTLETS or name.lower() in OUTLETS or (
                ent.label_ == "ORG" and name.split()[-1].lower() in OUTLET_WORDS):
            if head.lemma_.lower() in PROGRAMMES or ent.start <= head.i < ent.end or (
                    tokens[0].i >= ent.start and not _runs_on(ent, head)):
                return _named(tokens)
            return _named([t for t in ent if not t.is_punct])  # "an email to the AP" -> AP
    # outlets are names: "at the time" is not Time magazine
    if tokens[0].text[:1].isupper() and (lower in OUTLETS or lower.removeprefix("the ") in OUTLETS) or any(
            tokens[0].text[:1].isupper() and words_of(tokens[:n]).lower() in OUTLETS for n in range(1, min(4, len(tokens)))):
        return _named(tokens)  # … or a phrase an outlet opens: "BBC Northern Ireland"
    if all(t.pos_ == "PROPN" for t in tokens) and (tokens[-1].lower_ in OUTLET_WORDS or _glued_tv(tokens[-1].text)):
        return _named(tokens)  # a name the NER missed: "the Daily Telegraph", "the Kyiv Post", "MUTV"
    if before == "The" and f"the {lower}" in OUTLETS:
        # a paper known only with its article: "told The Hill"
        return _span_name(doc[tokens[0].i - 1], tokens[-1])
    if before == "the" and tokens[0].text[:1].isupper() and f"the {lower}" in OUTLETS:
        return _named(tokens)  # … written with a small "the": "told the Sun"
    named = [t for t in tokens if t.i <= head.i]
    if head.pos_ == "PROPN" and head.lower_ in OUTLET_WORDS and all(t.pos_ == "PROPN" or t.text == "-" for t in named):
        return _named(named)  # "The Star-Ledger of Newark": the paper's name, not its town
    left = head.left_edge.i
    title = [t for t in doc[left : head.i + 1] if t.text not in QUOTES]
    if medium and left > 0 and doc[left - 1].text in QUOTES and title and title[0].text[:1].isupper() and all(
            t.text[:1].isupper() or t.lower_ in ("the", "of", "and") for t in title):
        return _span_name(title[0], title[-1])  # a title in quotation marks: "appearing on ''This Week''"
    if medium and head.lemma_.lower() in PROGRAMMES and (edition := _dated_edition(tokens)):
        return _named(edition)
    if medium and (title := _capitalised_title(tokens)):
        return _named(title)
    # a proper name, not a date ("told reporters on Friday") nor a demonym ("German TV")
    proper = [t for t in tokens if (t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i > tokens[0].i and not t.is_punct))
              and t.ent_type_ not in NOT_MEDIA and t.lower_ not in _GENERIC_HEADS]
    if not proper:
        return None
    if any(t.lower_ in HOST_TITLES for t in tokens):
        people = [t for t in tokens if t.ent_type_ == "PERSON"]
        if people:
            return _span_name(people[0], people[-1])
    if head.ent_type_ == "PERSON":
        # "told radio host Hugh Hewitt": the parser split the host's title off as an object of its own
        title = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        if title is not None and title.lower_ in HOST_TITLES and (title.head.i, title.dep_) == (head.head.i, head.dep_):
            people = [t for t in tokens if t.ent_type_ == "PERSON"]
            return _span_name(people[0], people[-1])
        return None  # "in conversations with Mr Bush": the one talked with, no medium
    # in the medium position the phrase itself must be a name ("on Hot 97", "on NTV television"),
    # not a common noun with a name inside ("in response to Russia's demand")
    named_head = head.pos_ in ("PROPN", "NUM") or head.lower_ in _GENERIC_HEADS or head.lemma_.lower() in PROGRAMMES
    if (medium and named_head) or tokens[-1].lower_ in _GENERIC_HEADS or (named_head and _a_medium_elsewhere(tokens)):
        return _named(tokens)
    return None


def _glued_tv(word: str) -> bool:
    """A channel named in capitals with "TV" glued on: "Ferguson told MUTV" (BBC sport/283), "NDTV"."""
    return len(word) > 3 and word.isupper() and word.endswith("TV")


# Words after a name that make it a broadcaster or a paper: "WEEI radio", "Hot 97 FM".
_MEDIUM_WORDS = frozenset("radio tv television station newspaper magazine channel fm".split())


def _a_medium_elsewhere(tokens: list[Token]) -> bool:
    """ "Schilling told WEEI" after "a show on WEEI radio": a name the article writes elsewhere
    with a medium's word after it is that medium."""
    doc, text = tokens[0].doc, words_of(tokens)
    n = len(tokens)
    # the places the first word recurs, found in the doc's array of word ids, not by a Token per word
    starts = numpy.flatnonzero(doc.to_array(ORTH)[: max(0, len(doc) - n)] == tokens[0].orth).tolist()
    return any(doc[i : i + n].text == text and doc[i + n].lower_ in _MEDIUM_WORDS for i in starts)


def outlet_span(doc, first: int, last: int) -> tuple[int, int] | None:
    """The widest known outlet name of two words or more, written capitalised, that takes in
    any of the tokens ``first`` … ``last``: "Mail on Sunday", "Sunday Telegraph", "BBC Radio 5
    Live". RETURNS (tuple[int, int] | None): its token range, end exclusive."""
    best = None
    for start in range(max(0, first - 3), last + 1):
        if not doc[start].text[:1].isupper() or doc[start].lower_ == "the":
            continue  # "The New York Times" is the New York Times
        for end in range(min(len(doc), start + 6), max(start + 1, first), -1):
            if doc[start:end].text.lower() in OUTLETS and doc[end - 1].text[:1].isupper():
                if best is None or end - start > best[1] - best[0]:
                    best = (start, end)
                break
    return best


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


def _capitalised_title(tokens: list[Token]) -> list[Token] | None:
    """A programme named by capitalised words before its programme noun, mid-sentence: "told
    the Today programme" (the NER reads "Today" as a date, but only a name is capitalised
    there). None for any other phrase ("GMTV's Sunday programme" has an outlet of its own)."""
    head = tokens[-1]
    if len(tokens) < 2 or head.lemma_.lower() not in PROGRAMMES or not head.text.islower():
        return None
    words = tokens[:-1]
    if words[0].is_sent_start or not all(t.text[:1].isupper() and t.text not in ("'s", "’s") for t in words):
        return None
    return tokens


def _outlet_host(tokens: list[Token], head: Token) -> tuple[str, Range] | None:
    """The named host an outlet's role noun brings in: "told NPR correspondent Steve Inskeep" ->
    Steve Inskeep, as "host Mike Gallagher" is (docs/annotation.md, "via"); "Fox News’ Sean
    Hannity", with no role between, stays whole. RETURNS None where the phrase is no such one."""
    if head.ent_type_ != "PERSON":
        return None
    doc, start = head.doc, head.i
    while start - 1 > tokens[0].i and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    title = doc[start - 1]
    if start - 1 <= tokens[0].i or title.lower_ not in HOST_TITLES or title.ent_type_:
        return None
    return _span_name(doc[start], head)


def _runs_on(ent, head: Token) -> bool:
    """Whether a phrase an outlet opens goes on into other words the parser glued to it:
    "told BBC News Labour MPs would not get a free vote" (the reported clause's subject), where
    "the BBC News website", "BBC Radio 4's Today programme" and "a CNN reporter" are the
    outlet's own."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma in MEDIA_NOUNS or lemma in _GENERIC_HEADS or lemma in HOST_TITLES:
        return False
    return not any(t.text in ("'s", "’s") for t in head.doc[ent.start : head.i])


_CLAUSE_DEPS = frozenset(("relcl", "acl", "nsubj", "nsubjpass", "expl"))


def _opens_clause(token: Token, head: Token) -> bool:
    """Whether a word after the via's head belongs to a clause hung on it: the clause's verb or
    subject, or a word of the subject ("told the Agence France Presse news agency [the] deal
    would close": the article is the subject's)."""
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ in _CLAUSE_DEPS:
            return True
        token = token.head
    return False


def _phrase(head: Token) -> list[Token]:
    """The noun phrase of a via: its left modifiers and head, then a trailing name or
    programme title before any comma ("BBC One's Breakfast with Frost")."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i
    for token in doc[head.i + 1 : head.right_edge.i + 1]:
        if token.text in (",", "(", ";") or _opens_clause(token, head):
            break  # nor into the reported clause: "told BBC One's Breakfast with Frost programme he aspired …"
        if token.text == "at" and _hour_title(token):
            continue  # a programme named for its hour: "BBC Radio 4's World at One", "News at Ten"
        if token.ent_type_ == "DATE" or token.text in ("on", "in", "at", "about", "that"):
            break  # a title keeps its capitalised "At": "BBC Radio 4's World At One"
        if token.text == "of" and token.i + 1 < len(doc) and not doc[token.i + 1].text[:1].isupper() and not (
                doc[token.i + 1].lower_ == "the" and doc[token.i + 1 : token.i + 3][-1].text[:1].isupper()
                and doc[token.i + 1 : token.i + 3][-1].ent_iob_ == "I"):
            break  # what was told of: "told The Associated Press of the prospects for peace" ("Voice of
            # America" and "CNN's State of the Union", one name to the NER, stay)
        end = token.i
    if end + 2 < len(doc) and doc[end + 1].text == "at" and _hour_title(doc[end + 1]):
        end += 2  # the parser hung the hour on the verb: "told BBC Radio 4's World [at One]"
    if end + 2 < len(doc) and doc[end].text[:1].isupper() and doc[end + 1].text == "With" and doc[end + 2].pos_ == "PROPN":
        end += 2  # a title's capitalised "With" the parser hung on the verb: "told BBC1's Breakfast [With Frost]"
    end = bare_possessive_title(doc, end)
    tokens = [t for t in doc[start : end + 1] if not t.is_space and t.text not in ('"', "“", "”", "''", "``", "‘", "’")]
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct):
        tokens = tokens[1:]
    # "the China-published Economic Observer", "the Beijing-based Economic Observer": a hyphened
    # modifier before the name says where the outlet is, not what it is called
    modifier = next((t for t in tokens[2:3] if t.dep_ == "amod" and t.text.islower() and doc[t.i - 1].text == "-"
                     and t.left_edge.i == tokens[0].i), None)
    return tokens[3:] if modifier is not None and len(tokens) > 3 else tokens


def op_ed_paper(op_ed: Token) -> tuple[str, Range] | None:
    """The paper an op-ed ran in, named before it: "in a Baltimore Sun op-ed" -> Baltimore Sun
    (an op-ed is a paper's page, so an organisation's name before it is the paper's, known or
    not; the NER often takes "op-ed" into the name; a lone untagged word, "a Trump op-ed", names
    its writer). ``op_ed`` is the noun's last token ("ed" of "op - ed")."""
    doc = op_ed.doc
    first = op_ed.i - (2 if op_ed.lower_ == "ed" else 0)
    paper = [t for t in doc[op_ed.left_edge.i : first] if t.lower_ not in _DETERMINERS]
    if not paper or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", "ORG") for t in paper) or (
            len(paper) < 2 and paper[0].ent_type_ != "ORG") or kinds_of_noun(paper[-1].lemma_.lower()):
        return None  # "a Heritage Foundation op-ed": a body's name says what it is, and no paper
    return _named(paper)


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
    # "The Post and Courier newspaper of Charleston" -> Post and Courier: where the paper is, after its head
    cut = next((i for i, t in enumerate(tokens[1:-1], 1) if t.lower_ in _GENERIC_HEADS and t.text.islower()
                and tokens[i + 1].lower_ == "of"), None)
    if cut is not None and any(t.pos_ == "PROPN" for t in tokens[:cut]):
        tokens = tokens[: cut + 1]
    if len(tokens) > 1 and tokens[-1].text.islower() and tokens[-1].lower_ in _GENERIC_HEADS and any(
            t.pos_ == "PROPN" for t in tokens[:-1]):
        tokens = tokens[:-1]
        while len(tokens) > 1 and tokens[-1].pos_ == "ADJ" and tokens[-1].text.islower():
            tokens = tokens[:-1]  # "Portsmouth's official website" -> Portsmouth
    # a country's outlet: "Greece's Alter Television station" -> Alter Television; a day's
    # edition: "Monday's Breitbart News Daily" -> Breitbart News Daily (the day is the when)
    possessive = next((i for i, t in enumerate(tokens) if t.text in ("'s", "’s")), None)
    if possessive is not None and possessive < len(tokens) - 1 and all(
            t.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "TIME") for t in tokens[:possessive]):
        tokens = tokens[possessive + 1 :]
    if len(tokens) > 1 and tokens[-1].lower_ in PROGRAMMES and tokens[-1].text.islower() and (
            words_of(tokens[:-1]).lower() in OUTLETS):
        tokens = tokens[:-1]  # "the CBS programme" -> CBS (but "BBC Radio 4's Today programme" stays)
    while len(tokens) > 1 and tokens[0].text.islower() and tokens[0].pos_ == "ADJ":
        tokens = tokens[1:]  # "its main Steam site" -> Steam
    if len(tokens) > 1 and tokens[-1].text == "news" and words_of(tokens[:-1]).lower() in OUTLETS:
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
    return words_of(list(first.doc[first.i : last.i + 1])), (start, end)


def words_of(tokens: list[Token]) -> str:
    """The words as written, without quotation marks ("ABC's ''This Week''" -> ABC's This Week)."""
    # an apostrophe glued to a word in "s" inside the name, with no opening mark before it, is
    # a possessive, not a quotation mark: "Fox News’ Sean Hannity" keeps it and its space
    # a dropped mark keeps its space: NBC's "Today" show -> NBC's Today show
    return "".join(t.text_with_ws if t.text not in QUOTES or (0 < i < len(tokens) - 1 and possessive_mark(t))
                   else t.whitespace_ for i, t in enumerate(tokens)).strip().strip("'\"“”‘’ ,")


def in_quoted_title(first: int, end: int, doc) -> bool:
    """Whether doc[first:end] closes a title in quotation marks after capitalised words of
    it: "Sunday" in 'said on "Fox News Sunday"' is the programme's name, no time."""
    if end >= len(doc) or doc[end].text not in QUOTES:
        return False
    i = first - 1
    while i >= 0 and doc[i].text[:1].isupper() and doc[i].text not in QUOTES:
        i -= 1
    return 0 <= i < first - 1 and doc[i].text in QUOTES
