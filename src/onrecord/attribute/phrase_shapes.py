"""The shapes a speaker phrase can take beyond a plain noun phrase: a hyphenated word the
parser split, a share of a group ("79 percent of Democrats"), a campaign, two people named
as one source, a name in apposition to a role or a body, a document noun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .descriptor_names import name_before_descriptor
from .entity_repairs import from_entity_start
from .lexicon import DOCUMENT_NOUNS, TITLE_WORDS
from .names import drop_possessive, is_first_name, span_text
from .org_kinds import BODY_DESCRIPTOR_NOUNS, BODY_FIRST_ROLES, ORG_DESCRIPTORS, kinds_of_name
from .role_lists import hyphen_joined, hyphen_split_before
from .roles import BODY_NOUNS, is_role_noun
from .speakers import core, entity_of, person_name_tokens

# Evidence that speaks like a document ("research by the EOC found") beyond DOCUMENT_NOUNS.
EVIDENCE_NOUNS = frozenset("research findings statistics results guidance minutes evidence ad ads advert adverts "
                           "advertisement spot commercial video average tally probe table chart ranking rankings "
                           "polling indicator indicators "
                           # a body's processing of data speaks as its findings: "according to
                           # Google's recent parsing of food-focused searches" -> Google
                           "parsing tracking monitoring modelling modeling".split())


_SHARES = frozenset("percent % majority half third quarter most many some number share proportion plurality minority "
                    "two-thirds three-quarters lot lots handful dozens hundreds thousands several few".split())


_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}


def _count(words: list[Token]) -> int | None:
    return next((_COUNTS[t.lower_] for t in words if t.lower_ in _COUNTS), None)


def _glued_left(head: Token) -> list[Token]:
    """A hyphenated word the parser split ("co - chairman") with the noun phrase before it,
    as tokens: the determiner and modifiers of its first part, then the parts."""
    doc = head.doc
    i = head.i
    while hyphen_split_before(doc[i], ("-", "–")):
        i -= 2
    if i == head.i:
        return []
    first = doc[i]
    # (the first part hung on the last as its compound, "the Gloucester fly - half": the
    # phrase's modifiers are the last part's, "the Gloucester"; or the article hung on the last
    # part, "The chart - topper said")
    owner = head if first.head.i == head.i and first.dep_ == "compound" else first
    before = [t for t in core(owner) if t.i < first.i and not t.is_space]
    own = [t for t in core(head) if t.i < first.i and not t.is_space]
    return (own if len(own) > len(before) else before) + list(doc[i : head.i + 1])


def with_glued(tokens: list[Token]) -> list[Token]:
    """Premodifiers widened over a hyphenated word the parser split at their left edge
    ("Tory co-chairman Liam Fox" where the parse hangs "Tory co -" elsewhere)."""
    if not tokens:
        return tokens
    glued = _glued_left(tokens[0])
    return glued[:-1] + tokens if glued else tokens


def role_hung_elsewhere(first: Token) -> list[Token]:
    """The role written right before a name that the parser hung on another word, where the
    sentence opens with it: "Fund manager Florian Hamm - Borussia Dortmund's largest investor -
    said" (the dash made every word before "investor" its modifier). Lower-case nouns and
    adjectives ending in a singular role noun; none where the name has its own modifiers."""
    doc, start = first.doc, first.i
    while start > first.sent.start and doc[start - 1].pos_ in ("NOUN", "ADJ") and doc[start - 1].head.i != first.i \
            and (doc[start - 1].is_lower or start - 1 == first.sent.start and doc[start - 1].is_title):
        start -= 1
    words = list(doc[start : first.i])
    return words if words and start == first.sent.start and words[-1].tag_ == "NN" and is_role_noun(words[-1], strict=True) else []


# Legal filings that speak only as a clause's subject ("the suit claims", "the petition
# says"): elsewhere "suit" is as often clothing.
_FILINGS = frozenset("suit petition writ".split())


# Modifiers that make "figures" people, not numbers: "Republican establishment figures",
# "senior party figures", "opposition figures" (but "official figures", "sales figures").
_PEOPLE_FIGURES = frozenset("""
establishment party opposition senior leading prominent public political key religious community
business media cultural military conservative liberal
""".split())


def _people_figures(token: Token) -> bool:
    return token.lemma_.lower() == "figure" and any(
        c.dep_ in ("amod", "compound") and (c.lower_ in _PEOPLE_FIGURES or c.ent_type_ == "NORP") for c in token.lefts)


def document_word(token: Token) -> str:
    """A noun's word in lower case, whole where the tokenizer split it at a hyphen ("a
    round - up" -> "round-up"), so that a hyphenated document noun is known; a legal or civil
    action that speaks with its adjective ("legal action")."""
    doc = token.doc
    if (action := _legal_action(token)) is not None:
        return action  # "legal action", a document noun
    if hyphen_split_before(token) and doc[token.i - 2].is_alpha:
        return hyphen_joined(token, token.lower_)
    return token.lower_


def document_lemma(token: Token) -> str:
    """A document noun's lemma, whole where the tokenizer split it at a hyphen ("round-up")."""
    word = document_word(token)
    return word if word != token.lower_ else token.lemma_.lower()


def is_document_noun(token: Token) -> bool:
    """Whether a noun names a document or evidence that can speak ("report", "poll", "ad")."""
    lower = document_word(token)
    return token.pos_ == "NOUN" and not _people_figures(token) and (token.lemma_.lower() in DOCUMENT_NOUNS or lower in DOCUMENT_NOUNS or lower in EVIDENCE_NOUNS
                                     or lower in _FILINGS and token.dep_ in ("nsubj", "nsubjpass"))


def _legal_action(token: Token) -> str | None:
    """ "legal action" or "civil action" for an action so called that is its clause's subject, a
    filing that speaks as "the suit claims" does: "Ms Clarkson's legal action, filed in Los
    Angeles Superior Court, also accuses Mr Spector of negligence and battery, alleging he ..."
    (BBC entertainment/149); elsewhere "action" is a deed ("took action"). Else None."""
    if token.lemma_.lower() != "action" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return next((f"{c.lower_} action" for c in token.children if c.dep_ == "amod" and c.lower_ in ("legal", "civil")), None)


# Document nouns that a later "the <noun>" may take up for one another: "A separate survey by
# GMIPoll found ... The poll of 20,000 people found".
# (by lemma too: "Figures from the Commerce Department ... the numbers suggested")
_STUDY_NOUNS = frozenset("survey poll study research report findings finding analysis results result figures figure "
                         "statistics statistic data number numbers estimate estimates".split())


_AD_NOUNS = frozenset("ad ads advert advertisement commercial spot video".split())
# Compiled lists that a later "the list" takes up: "a round-up of ultimate gizmos compiled by
# Stuff Magazine ... the Top Ten Essentials list" (bbc tech/341).
_LIST_NOUNS = frozenset("list round-up roundup ranking rankings chart table".split())


def document_family(lemma: str) -> str:
    """The key under which a document noun is taken up again ("poll" and "survey" share one,
    "ad" and "spot")."""
    return "study" if lemma in _STUDY_NOUNS else "ad" if lemma in _AD_NOUNS else "list" if lemma in _LIST_NOUNS else lemma


def _share_of(head: Token) -> Token | None:
    """The group a share is of: "79 percent of Democrats" -> Democrats."""
    if head.lower_ not in _SHARES and head.lemma_.lower() not in _SHARES:
        return None
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            return objects[0] if objects else None
    return None


def campaign_name(head: Token) -> str | None:
    """ "the Clinton campaign", "Cruz's camp", "Fiorina's team" -> "Clinton campaign", "Cruz
    camp", "Fiorina team" (a person's team, not a club's: the owner is a person's name)."""
    if head.lemma_.lower() not in ("campaign", "camp", "team") or head.pos_ != "NOUN" or head.tag_ == "NNS":
        return None
    owners = [c for c in head.lefts if c.dep_ in ("compound", "poss", "nmod")
              and (c.pos_ == "PROPN" or c.dep_ == "poss" and c.text[:1].isupper() and c.pos_ != "PRON")]  # "Sanders' campaign"
    if not owners:
        return None
    owner = owners[-1]
    if head.lemma_.lower() == "team" and owner.ent_type_ != "PERSON" and not any(
            (ent.label_ == "PERSON" or listed_with_people(ent)) and ent[-1].text == owner.text for ent in head.doc.ents):
        return None  # "Chelsea's team": a club's side, not a person's
    return f"{drop_possessive(span_text([owner]))} {head.text}"


def listed_with_people(ent: Span) -> bool:
    """A body's entity that is a person's name in a list of people ("Ben Carson, Carly
    Fiorina or Mike Huckabee", where the NER calls the middle one a body): a first name the
    corpora know and a capitalised word, coordinated with a person's entity."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not is_first_name(ent[0].text) \
            or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent) or kinds_of_name(ent.text) \
            or any(t.lower_ in BODY_DESCRIPTOR_NOUNS for t in ent):
        return False
    root = ent.root
    linked = list(root.conjuncts)
    return any(t.ent_type_ == "PERSON" for t in linked)


def _conjoined_names(token: Token) -> str | None:
    """Two people named as one source: the span from the first name to the last."""
    conj = [c for c in token.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    if not conj:
        listed = _listed_names(token)
        return ", ".join(listed[:-1]) + " and " + listed[-1] if listed else None
    # the NER may leave the first name untagged ("Ms Jamieson and First Minister Jack McConnell")
    first = min((t for t in token.subtree if t.ent_type_ == "PERSON" and t.i <= token.i), key=lambda t: t.i,
                default=token)
    last = max((t for t in conj[-1].subtree if t.ent_type_ == "PERSON"), key=lambda t: t.i)
    between = token.doc[first.i : last.i + 1]
    # "Lee Epstein, a law professor at ..., and Kevin Quinn", "Maine Sen. Susan Collins and
    # Texas Rep. Louis Gohmert", "Sens. Johnny Isakson of Georgia and John Boozman": the
    # names, not what is said of them
    names = [span_text(person_name_tokens(ent)) for ent in map(entity_of, [token] + conj) if ent is not None]
    if len(names) < 2 or len(names) <= len(conj) and not any(t.dep_ == "appos" or t.text == "(" for t in between):
        return span_text(list(between))
    return " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]


def _listed_names(token: Token) -> list[str] | None:
    """ "Ben Carson, Carly Fiorina and Mike Huckabee said": three or more names in a list
    the parser chained through an apposition or conjunctions, and the NER labelled in part
    (a name it took for a body's still counts), as one compound source."""
    items, current = [token], token
    while True:
        nxt = [c for c in current.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and c.text[:1].isupper()]
        if not nxt:
            break
        current = nxt[0]
        items.append(current)
    if len(items) < 3 or any(t.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "DATE") for t in items):
        return None
    # "Carson, Fiorina and Huckabee have all ...": surnames alone, which the NER tags
    # unevenly; one the article gives a person's full name to counts as that person's (a
    # first name and a surname the NER took for a body's: "Carly Fiorina" ORG)
    full: dict[str, set[str]] = {}
    for ent in token.doc.ents:
        if len(ent) > 1 and (ent.label_ == "PERSON" or ent.label_ == "ORG" and len(ent) == 2 and is_first_name(ent[0].text)):
            full.setdefault(ent[-1].text, set()).add(span_text(person_name_tokens(ent)))
    if sum(t.ent_type_ == "PERSON" or t.text in full for t in items) < 2:
        return None
    doc = token.doc
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in items[-2].children) or any(
            t.text in "();" or t.pos_ not in ("PROPN", "PUNCT", "CCONJ") for t in doc[token.i : items[-1].i + 1]):
        return None  # only names, commas and the last "and"
    names = [span_text([c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t]) for t in items]
    return [next(iter(full[n])) if len(full.get(n, ())) == 1 else n for n in names]


def _bracketed(token: Token) -> bool:
    left = token.left_edge
    return left.i > 0 and (left.text == "(" or token.doc[left.i - 1].text == "(")


def _named_body(head: Token) -> list[Token]:
    """The name in apposition to an organisation's descriptor ("the law firm Baker McKenzie")."""
    if head.pos_ != "NOUN" or is_role_noun(head) and not (head.lemma_.lower() in BODY_FIRST_ROLES and any(
            c.dep_ == "appos" and c.ent_type_ == "ORG" for c in head.rights)):
        return []  # (but "industry watchdog, Ofcom": the body a body-first role names)
    if head.lemma_.lower() not in ORG_DESCRIPTORS:
        # "UK research consultancy Analysys said": a descriptor no kind lists, but the NER's
        # body in apposition speaks (no unnamed "research consultancy" of the UK)
        # (a noun only a body is called takes a name the NER missed: "the consultancy Strategy Analytics")
        named = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == head.i + 1 and (
            c.ent_type_ == "ORG" or not c.ent_type_ and c.is_title and head.lemma_.lower() in BODY_NOUNS)), None)
        if named is None or not head.text.islower() or is_document_noun(head) or head.tag_ != "NN":
            return []
        return [c for c in named.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [named]
    for child in head.rights:
        # ("The firm, Paion, said": the tagger takes an unknown name for a common noun)
        if child.dep_ == "appos" and (child.pos_ == "PROPN" or child.pos_ == "NOUN" and child.text[:1].isupper()
                                      and not is_role_noun(child)):
            return through_entity([c for c in child.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [child])
    if head.lemma_.lower() in OUTLET_NOUNS or _news_service(head):
        # "the Liverpool Echo newspaper has said": the title before the descriptor
        # ("Reuters news agency reported": the agency's name, never an unnamed "news agency")
        doc, names = head.doc, []
        i = head.i - 1
        while i > 0 and doc[i].dep_ == "compound" and doc[i].pos_ == "NOUN" and doc[i].text.islower() and doc[i].head.i == head.i:
            i -= 1  # "Variety trade magazine": the kind of outlet between its title and the descriptor
        while i >= 0 and doc[i].dep_ == "compound" and doc[i].pos_ == "PROPN" and i < doc[i].head.i <= head.i:
            names.insert(0, doc[i])
            i -= 1
        if names and not any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in names):
            return from_entity_start(names)  # "The Register-Guard newspaper": not "Guard"
    return name_before_descriptor(head)  # "says the Nationwide building society"


def through_entity(tokens: list[Token]) -> list[Token]:
    """A body's name run on to the end of the NER's organisation where the parse cut it at a
    preposition or a verb inside it: "the Committee to Protect Bloggers" ("Protect" parsed
    as a clause of its own), not just "Committee"."""
    if not tokens or tokens[-1].ent_type_ != "ORG":
        return tokens
    doc, end = tokens[-1].doc, tokens[-1].i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return tokens + list(doc[tokens[-1].i + 1 : end])


# Descriptors that follow an outlet's title, which the NER often misses: "the Liverpool Echo
# newspaper", "Mobile PC magazine".
OUTLET_NOUNS = frozenset("newspaper magazine tabloid".split())


def _news_service(head: Token) -> bool:
    """ "news agency", "wire service": a descriptor only an outlet is called (a bare "agency"
    may be a government's, and keeps its own reading)."""
    return head.lower_ in ("agency", "service") and any(
        c.dep_ == "compound" and c.lower_ in ("news", "wire") for c in head.lefts)


def appositive_name(token: Token) -> list[Token]:
    """A name in apposition to a role that the NER missed ("The Shadow Secretary ..., Theresa
    May,"): capitalised proper nouns, no organisation or place. RETURNS (list[Token])."""
    head = token.head
    if token.dep_ != "appos" or token.pos_ != "PROPN" or not (is_role_noun(head) or head.lower_ in TITLE_WORDS):
        return []
    if is_role_noun(token):
        return []
    names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()] + [token]
    if token.ent_type_ in ("ORG", "GPE", "LOC", "NORP", "FAC") and not (token.ent_type_ == "ORG" and is_first_name(names[0].text)):
        return []  # (but "Holyrood leader, Nicola Sturgeon," that the NER took for a body is a person)
    return names if len(names) >= 2 and all(t.text[:1].isupper() for t in names) else []


def expletive_it(it: Token) -> bool:
    """ "It is doubtful (that) ...", "it's fair to say", "It is important to remember": a
    subject "it" of "be" with an adjective that judges a clause, which the "it" stands for
    (not "It was keen to show", where "it" is the body that was keen)."""
    verb = it.head
    if it.dep_ == "expl":
        return True
    if it.dep_ != "nsubj" or verb.lemma_ != "be" and verb.lower_ not in ("'s", "’s"):
        return False
    judged = [c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in _JUDGING]
    return any(any(g.dep_ in ("ccomp", "xcomp") for g in c.children) for c in judged) or bool(judged) and any(
        c.dep_ in ("ccomp", "xcomp") for c in verb.children)


# Adjectives that judge a clause an "it" stands in for ("It is clear that ...").
_JUDGING = frozenset("""clear unclear doubtful important fair likely unlikely possible impossible true
false obvious evident apparent necessary hard easy difficult certain uncertain probable improbable
essential vital crucial safe surprising unsurprising interesting striking worth notable noteworthy
fitting ironic telling odd strange curious remarkable conceivable inconceivable plain""".split())


def body_noun(head: Token) -> bool:
    """A noun only a body is called ("consultancy", "think-tank" split by the tokenizer)."""
    word = hyphen_joined(head, head.lemma_.lower())
    return head.pos_ == "NOUN" and word in BODY_NOUNS


def hyphened_head(head: Token) -> Token:
    """The last part of a hyphenated noun the parser split and headed at its first part
    ("his ex-girlfriend" parsed with "ex" as the head): the person is the girlfriend."""
    doc = head.doc
    while head.pos_ == "NOUN" and head.i + 2 < len(doc) and doc[head.i + 1].text in ("-", "–") \
            and not head.whitespace_ and not doc[head.i + 1].whitespace_ and doc[head.i + 2].pos_ == "NOUN" \
            and doc[head.i + 2].text.islower() and doc[head.i + 2].head.i in (head.i, doc[head.i + 2].i, head.head.i):
        head = doc[head.i + 2]
    return head


def body_read_as_noun(head: Token) -> str | None:
    """The body's full name where a capitalised common noun alone, inside a sentence, is the
    first word of an organisation the article names in full: "..., Stuff predicts" after
    "compiled by Stuff Magazine" (bbc tech/341; stuff is a noun, so the tagger reads one).
    RETURNS (str | None)."""
    if head.pos_ != "NOUN" or not head.is_title or head.is_sent_start or head.ent_type_ \
            or any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children):
        return None
    return next((span_text(list(ent)) for ent in head.doc.ents if ent.label_ == "ORG" and len(ent) > 1
                 and ent[0].text == head.text and ent[-1].is_title), None)
