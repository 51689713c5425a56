"""Word case: whether a capitalised word is a name or only a common word that opens its
sentence ("Rock star Bob Geldof", "Documentary maker Michael Cockerell"), and whether a
word opening a sentence is written capitalised elsewhere in the article ("Spurs boss
Martin Jol ... his side beat Spurs": Spurs is a body). roles reads a title's words with it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .role_tokens import opens_a_name
from .role_words import PARTY_WORDS, firm_read_as_adjective


def looks_lower(token: Token) -> bool:
    """Whether a word is lower case as the writer meant it: written so, or capitalised only
    because it opens the sentence ("Documentary maker Michael Cockerell", "Former Tory
    chancellor Ken Clarke") while the tagger reads it as a common word."""
    if token.text[:1].islower():
        return True
    if token.lower_ in PARTY_WORDS:
        return False  # "Conservative radio host", "Liberal Democrat chairman": a party, capitalised as such
    if opens_its_sentence(token) and token.lower_ in _FIELDS and not named_elsewhere(token) and not _team_nickname(token) and (
            not token.ent_type_ or token.ent_iob_ == "B" and not _entity_goes_on(token)):
        # "Rock star Bob Geldof": a field of work the tagger took for a name, no body (nor
        # where the NER made the word alone a body: "Theatre impresario Sir Cameron Mackintosh")
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if opens_its_sentence(token) and following is not None and following.text[:1].islower() and firm_read_as_adjective(token):
        return False  # "Investec chief economist": a firm the tagger read as an adjective
    return opens_its_sentence(token) and token.tag_ in ("NN", "NNS", "JJ", "VBN", "VBG") and not token.ent_type_ and not token.is_upper \
        and not named_elsewhere(token) and not _team_nickname(token) and not opens_a_name(token)


def _team_nickname(token: Token) -> bool:
    """A capitalised plural opening the sentence before a team's role noun ("Spurs boss
    Martin Jol", "Gunners manager"): a club's nickname, the body. Plural fields of work
    ("Sales manager", "Sports minister") stay part of the title."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.tag_ == "NNS" and token.text[:1].isupper() and token.lower_ not in PLURAL_FIELDS \
        and following is not None and following.lower_ in _TEAM_ROLES


_TEAM_ROLES = frozenset("""boss manager coach captain skipper striker keeper goalkeeper midfielder defender
winger forward full-back fullback chief chairman owner""".split())  # ("Referees chief Keith Hackett": the referees' body)
PLURAL_FIELDS = frozenset("""sales operations communications sports arts schools resources customs arms drugs
markets affairs systems services events communities relations works games news stores accounts finances
savings products claims tickets transfers""".split())


def _entity_goes_on(token: Token) -> bool:
    """Whether the NER's entity at ``token`` runs on to the next word."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"


# Fields of work and kinds of music or sport that open an occupation ("Rock star", "Jazz
# pianist", "Tennis ace"); capitalised at a sentence's start they are still no body.
_FIELDS = frozenset("""rock pop jazz folk soul punk rap blues opera film movie music fashion tennis golf
football soccer rugby cricket boxing snooker athletics tv television theatre stage screen comedy
chart reality""".split())


def named_elsewhere(token: Token) -> bool:
    """Whether the article writes this word capitalised inside a sentence and never in
    lower case: then it is a name even where it opens a sentence and the tagger reads a
    common word ("Spurs boss Martin Jol said ... his side beat Spurs": Spurs is a body)."""
    doc = token.doc
    cases = doc.user_data.get("onrecord.word_cases")
    if cases is None:
        capitalised, lower = set(), set()
        for t in doc:
            if t.text[:1].islower():
                lower.add(t.lower_)
            elif t.text[:1].isupper() and not opens_its_sentence(t):
                capitalised.add(t.lower_)
        cases = doc.user_data["onrecord.word_cases"] = (frozenset(capitalised), frozenset(lower))
    capitalised, lower = cases
    return token.lower_ in capitalised and token.lower_ not in lower


def opens_its_sentence(token: Token) -> bool:
    """Whether a word opens its sentence (its capital says nothing then)."""
    doc = token.doc
    return token.is_sent_start or token.i == 0 or doc[token.i - 1].is_quote or "\n" in doc[token.i - 1].text_with_ws
