"""Kinds of organisation, for nominal anaphora: "the bank" is a body whose name or
description says bank, "the network" a broadcaster, "the company" a business.

A kind comes from the organisation's name ("Bank of Japan", "Cairn Energy plc", "BBC") or
from a noun the article describes it with ("Yukos, the Russian oil giant"). An anaphor
("the firm") resolves only to an organisation of a compatible kind (``compatible``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

# Anaphor and descriptor nouns (lemmas) -> the kinds they name.
_NOUN_KINDS: dict[str, frozenset[str]] = {}


def _kinds(nouns: str, *kinds: str) -> None:
    for noun in nouns.split():
        _NOUN_KINDS[noun] = _NOUN_KINDS.get(noun, frozenset()) | frozenset(kinds)


_kinds("company firm business giant maker retailer carrier airline operator chain insurer "
       "manufacturer producer supplier brewer publisher conglomerate multinational corporation "
       "group label studio developer provider distributor exporter importer miner explorer "
       "bidder rival supermarket grocer utility carmaker automaker drugmaker chipmaker "
       "outfit venture startup start-up concern division subsidiary unit arm bookmaker", "business")
_kinds("bank lender", "bank", "business")
_kinds("network broadcaster channel station corporation", "broadcaster")
_kinds("newspaper paper magazine tabloid daily", "outlet")
_kinds("agency regulator watchdog authority body department ministry office service commission "
       "board council inspectorate bureau administration", "agency")
_kinds("group organisation organization association union charity coalition alliance "
       "federation society institute lobby body trust foundation", "association")
_kinds("party", "party")
_kinds("campaign camp", "campaign")
# a sports club: "the German club", "the side" is a club or a team only, never a competition
# or the federation that runs one (stop 47: "the club said" is no Champions League)
_kinds("club team side", "team")
_kinds("court tribunal panel", "court")
_kinds("exchange bourse", "exchange", "business")  # "the pan-European bourse said": a market's operator
# a legislature's committee: "the panel", "the committee" after "the House Select Committee
# on Benghazi" (a panel may also be a court's)
_kinds("committee subcommittee panel", "committee")
_kinds("university school college", "school")

ORG_DESCRIPTORS: frozenset[str] = frozenset(_NOUN_KINDS)

# Descriptors the role lexicon also lists that a news writer uses for a body first: "the
# regulator said" after "Ofcom" is Ofcom (a person would be "the regulator's chairman").
BODY_FIRST_ROLES: frozenset[str] = frozenset("regulator watchdog".split())

# Words in an organisation's name that say its kind.
_NAME_KINDS: list[tuple[re.Pattern[str], frozenset[str]]] = [
    (re.compile(p, re.I), frozenset(k.split())) for p, k in [
        (r"\b(bank|banc|bancorp|banque|lloyds|barclays|hsbc|natwest|citigroup|goldman|morgan stanley)\b", "bank business"),
        (r"\b(inc|corp|corporation|plc|ltd|llc|co|company|group|holdings|industries|airways|airlines|air lines|motors|energy|oil|"
         r"petroleum|pharma\w*|technologies|systems|software|telecom\w*|communications|entertainment|records|music|"
         r"studios|pictures|foods|stores|brewery|breweries|steel|mining|resources|capital|partners|securities|"
         r"insurance|finance|financial|investments|enterprises|international|electronics|computers?|games|networks)\b",
         "business"),
        (r"\b(bbc|itv|channel \d+|channel four|tv|television|radio|broadcasting|network|cnn|nbc|abc|cbs|fox|sky|hbo|mtv|"
         r"msnbc|npr|pbs|c-span|al jazeera)\b", "broadcaster business"),
        (r"\b(times|post|journal|herald|gazette|telegraph|guardian|tribune|chronicle|observer|magazine|daily|news)\b",
         "outlet business"),
        (r"\b(agency|commission|authority|office|department|ministry|service|bureau|administration|board|council|"
         r"committee|regulator|inspectorate|fbi|cia|fda|epa|sec|ofcom|ofwat|ofgem|ofsted|treasury|pentagon|"
         r"parliament|congress|senate|house|government|police|army|navy|nhs)\b", "agency"),
        (r"\b(association|union|federation|society|institute|institution|foundation|trust|campaign|alliance|coalition|"
         r"confederation|chamber|league|organisation|organization|group|network|forum|lobby|charity|centre|center|"
         r"workers|employees|teachers|nurses|pac|committee)\b", "association"),
        (r"\b(campaign|camp)\b", "campaign"),
        (r"\b(party|labour|conservatives?|tor(y|ies)|lib dems?|liberal democrats?|democrats?|republicans?|gop|ukip|snp)\b",
         "party"),
        (r"\b(fc|united|city|rovers|athletic|wanderers|rangers|celtic|county|albion|hotspur|rfc|club)\b", "team"),
        # a game's governing bodies are federations, no club ("the club" is never Uefa)
        (r"\b(rfu|fa|uefa|fifa|iaaf|ioc|icc)\b", "association"),
        (r"\b(court|tribunal)\b", "court"),
        (r"\b(exchange|bourse|b[oö]rse|euronext|nasdaq|nyse|lse)\b", "exchange business"),
        (r"\b(committee|subcommittee)\b", "committee"),
        (r"\b(university|college|school)\b", "school"),
    ]
]


def opening_descriptor(token: Token) -> bool:
    """ "Bookmaker William Hill has ...", "Consultancy Strategy Analytics said", "Research firm
    IDC said": a noun run for what kind of body follows, capitalised only because it opens
    the sentence, that the NER or the parser took into the name after it."""
    doc = token.doc
    for back in range(3):  # the token may be the second or third of the run
        start = token.i - back
        if start < 0:
            return False
        if _opens(doc, start):
            return back < _opening_run(doc, start)
        if not doc[start].text[:1].islower() and back < 2:
            return False
    return False


def _opens(doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_quote or "\n" in doc[i - 1].text_with_ws


# Descriptor nouns that open a sentence before a body's name ("Watchdog Ofcom said") and
# rarely start a name themselves (not "Union Pacific", "Channel 4", "Network Rail", "Giant Eagle").
_OPENING_NOUNS = frozenset("""consultancy watchdog regulator broadcaster charity retailer carmaker automaker
drugmaker chipmaker bookmaker airline insurer lender supermarket firm company newspaper tabloid magazine
conglomerate multinational utility agency think-tank thinktank""".split())
OPENING_NOUNS = _OPENING_NOUNS  # the name other modules import
# ... and the descriptor nouns a capitalised qualifier may come before ("Lobby group", "Research firm").
_SECOND_NOUNS = _OPENING_NOUNS | frozenset("group body organisation organization union campaign".split())
BODY_DESCRIPTOR_NOUNS = _SECOND_NOUNS  # the name other modules import


def _opening_run(doc, start: int) -> int:
    """How many tokens from ``start`` (a sentence's first) describe the body whose
    capitalised name follows them: 0 where they are no such descriptor."""
    first = doc[start]
    if not first.is_title:
        return 0
    end = start + 1
    word = first.lower_
    if end + 1 < len(doc) and doc[end].text == "-" and not first.whitespace_ and not doc[end].whitespace_:
        word, end = f"{word}-{doc[end + 1].lower_}", end + 2  # "Think-tank", split by the tokenizer
    agentive = word in _NOUN_KINDS and word.endswith(("er", "or")) and "business" in _NOUN_KINDS[word]
    if not (word in _OPENING_NOUNS or agentive):
        nouns = end < len(doc) and doc[end].lower_ in _SECOND_NOUNS and doc[end].text[:1].islower()
        if not nouns or first.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return 0
        word, end = doc[end].lower_, end + 1  # "Lobby group Transport 2000", "Research firm IDC"
    if end >= len(doc) or not (doc[end].is_title or doc[end].is_upper and doc[end].is_alpha):
        return 0
    if doc[end].lower_ in _NOUN_KINDS and (end + 1 >= len(doc) or not doc[end + 1].text[:1].isupper()
                                            and not doc[end + 1].text[:1].isdigit()):
        return 0  # "Charity Commission", "Consultancy Group": the descriptor is the name's
    if _long_formal_name(doc, end):
        return 0  # "Airline Pilots Association", "Magazine Publishers of America": the descriptor is the name's
    return end - start


def _long_formal_name(doc, start: int) -> bool:
    """Whether the capitalised run from ``start`` goes on as a formal body's name of which
    the word before it is the first: a body-kind word after the first ("Pilots
    Association", "Workers Union"), a plural inside the run, or "of" and a name after it."""
    end = start
    while end < len(doc) and (doc[end].is_title or doc[end].is_upper and doc[end].is_alpha):
        end += 1
    run = doc[start:end]
    if any(t.lower_ in _NOUN_KINDS for t in run[1:]):
        return True
    if any(t.lower_.endswith("s") and not t.lower_.endswith("ss") and len(t) > 3 for t in run[:-1]):
        return True
    return end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title


# Words of a competition's name: a competition is no club, whatever else its name says
# ("the club said" is never the Champions League, the FA Cup or the Premiership). Not a
# kind of body: a name with them gets no vote as an organisation.
_COMPETITION = re.compile(r"\b(league|cup|championships?|premiership|tournament|trophy|olympics|games|series|nations)\b", re.I)


def competition_name(name: str) -> bool:
    """Whether ``name`` names a sports competition ("Champions League"). RETURNS (bool)."""
    return bool(_COMPETITION.search(name))


def kinds_of_noun(noun: str) -> frozenset[str]:
    """Kinds a descriptor or anaphor noun names ("giant" -> business). RETURNS (frozenset)."""
    return _NOUN_KINDS.get(noun.lower(), frozenset())


def kinds_of_name(name: str) -> set[str]:
    """Kinds an organisation's name says ("Bank of Japan" -> bank, business). RETURNS (set)."""
    return set(_kinds_of_name(name))


@lru_cache(maxsize=4096)
def _kinds_of_name(name: str) -> frozenset[str]:
    found: set[str] = set()
    for pattern, kinds in _NAME_KINDS:
        if pattern.search(name):
            found |= kinds
    if found & {"association", "party", "agency", "campaign"} and "bank" not in found:
        found.discard("business")  # "Communications Workers of America" is a union, not a firm
    return frozenset(found)


# Anaphors that accept any organisation whose kind is unknown: a body the article names
# with no descriptor is most often a business in these words.
_OPEN_ANAPHORS = frozenset("company firm group business giant organisation organization body".split())
OPEN_ANAPHORS = _OPEN_ANAPHORS  # the name other modules import


def compatible(anaphor: str, kinds: set[str]) -> bool:
    """Whether an organisation of ``kinds`` can be "the <anaphor>". RETURNS (bool)."""
    wanted = kinds_of_noun(anaphor)
    if not wanted or "product" in kinds:
        return False  # a product ("RipGuard") is never "the firm" that makes it
    if not kinds:
        return anaphor in _OPEN_ANAPHORS
    if anaphor in ("group", "body", "organisation", "organization"):
        return True  # any body may be "the group"
    return bool(wanted & kinds)
