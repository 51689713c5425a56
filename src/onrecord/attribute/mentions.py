"""Collect the article's entity table from a parsed Doc: every named person, organisation
and place, with the titles and affiliations its mentions give (premodifiers "Tory leader
Michael Howard", appositions "X, the Y" and "the Y, X", possessive roles "the senator's
spokeswoman, Jane Roe", copulas "X is the Y of Z"), honorifics (gender, implied role),
what kind of body an organisation is ("Yukos, the Russian oil giant"), and who is a clause
subject (salience). Headline, speakers and non-speakers alike.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from .body_descriptors import note_descriptors
from .body_first_appositions import role_hung_on_body
from .body_roles import a_body_s_role, a_person_s_trade, body_by_form, body_descriptor, firm_of, firm_s_possessive, lead_bodies
from .entities import STRONG, ArticleEntity, EntityTable
from .lexicon import DOCUMENT_NOUNS, FEMALE_WORDS, MALE_WORDS, NATIONALITY_NOUNS, OUTLETS, TITLE_WORDS
from .kin_names import generations, kin_introduced
from .lead_roles import lead_roles
from .named_then_described import described_after_name
from .name_finding import (entity_forms, glued_person, honoured_names, indices, name_tokens, surname_genders,
                           described_bodies, based_bodies, unlabelled_names, unlabelled_outlets)
from .name_folds import fold_single_words
from .peer_names import peer_before_full_name
from .surname_completion import complete_surnames
from .surname_recurrences import add_surname_recurrences
from .acronyms import fold_acronyms
from .deps import NOUN_SUBJECT_DEPS
from .names import IMPLIED_ROLES, gender_of_honorific, gender_of_name, honorific_word, is_first_name, is_honorific, span_text
from .org_kinds import ORG_DESCRIPTORS, kinds_of_name, kinds_of_noun
from .parse_repairs import name_in_role_object
from .phrase_shapes import EVIDENCE_NOUNS, with_glued
from .products import mark_products, mark_self_references
from .quotes import find_quotes, text_of
from .role_recipients import recipient_role
from .bodies_after_names import body_after_name, body_over_place
from .role_phrases import appositions, predicated_roles, role_of_phrase
from .title_parts import with_coordinated_role
from .roles import BODY_NOUNS, Role, another_name_between, is_role_noun, spaced_dash, split_role
from .speakers import core as core_of
from .subject_shapes import described_by_subject_relative, small_clause_subject

_LABEL_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}


def collect(doc: Doc, *, lead_sentences: int | None = None) -> EntityTable:
    """The entity table of a parsed Doc; ``lead_sentences`` as ``lead_roles`` reads them.
    RETURNS (EntityTable)."""
    table = EntityTable()
    text = text_of(doc)
    table.headline_end = max(0, text.find("\n"))
    table.surname_genders, table.kin_names, table.generations = surname_genders(doc), kin_introduced(doc), generations(doc)
    quotes = [(q.start, q.end) for q in find_quotes(text)]
    # a body's name never runs over a spaced dash: "Wood - Ireland can win" is a headline's
    # two parts (a person's name is cut at it, ``speakers.person_name_tokens``)
    # doc.ents builds a new tuple of Spans on every read: read once for all the passes here
    ents = doc.ents
    named = [ent for ent in ents if ent.label_ in _LABEL_TYPES
             and not (ent.label_ != "PERSON" and any(spaced_dash(t) for t in ent[1:]))]
    # full names first, so that a surname anywhere joins the full name
    # (not a person's name that fills a quotation alone: a term the article quotes)
    forms = [(tokens, label) for tokens, label in entity_forms(named)
             if not (label == "PERSON" and len(tokens) > 1 and _quoted_term(tokens, text, quotes))]
    forms += [(tokens, "PERSON") for tokens in map(glued_person, named) if tokens]
    forms += [(tokens, "PERSON") for tokens in honoured_names(doc, ents)]
    forms += [(tokens, "PERSON") for tokens in unlabelled_names(doc, ents)]
    forms += [(tokens, "ORG") for tokens in unlabelled_outlets(doc) + described_bodies(doc, ents)
              + based_bodies(doc, ents)]
    # a party the NER calls a nationality ("by the Liberal Democrats"): "the party" takes it up
    forms += [(name_tokens(ent, "ORG"), "ORG") for ent in ents
              if ent.label_ == "NORP" and ent[-1].tag_ == "NNPS" and "party" in kinds_of_name(ent.text)]
    forms = [(_headline_name(tokens, forms, table.headline_end) if label == "PERSON" else tokens, label)
             for tokens, label in forms]
    forms.sort(key=lambda fl: (fl[1] != "PERSON", -len(fl[0])))
    for tokens, label in forms:
        if tokens and (label not in ("GPE", "LOC") or _may_be_a_person(table, tokens)):
            _note(table, doc, tokens, label, quotes)
    fold_single_words(table)
    complete_surnames(doc, table)
    add_surname_recurrences(doc, table, quotes)  # ("Minar, ranked 158th, was forced": the NER missed it)
    fold_acronyms(table)
    mark_products(doc, table, ents)
    mark_self_references(doc, table)
    table.subjects.sort(key=lambda pair: pair[0])
    table.find_documents = lambda: _documents(doc, table)  # on demand: few articles need it
    lead_roles(doc, table, lead := LEAD_SENTENCES if lead_sentences is None else lead_sentences)
    lead_bodies(doc, table, lead)
    described_after_name(doc, table)
    table.drop_headline_roles()
    return table


def _quoted_term(tokens: list[Token], text: str, quotes: list[tuple[int, int]]) -> bool:
    """Whether capitalised words fill a quotation on their own: a term the article quotes
    (''Wilayat Twitter,''), no person's name whose surname the bare word elsewhere would be."""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return any(s <= start and end <= e and not text[s:start].strip(_MARKS) and not text[end:e].strip(_MARKS)
               for s, e in quotes)


_MARKS = "'\"“”‘’`,.;:!? \n"


def _headline_name(tokens: list[Token], forms: list[tuple[list[Token], str]], headline_end: int) -> list[Token]:
    """A headline's name cut to the name the article's body writes: in title case the NER runs
    a name on into the capitalised verb after it ("Bernie Sanders Suffered A Big Blow")."""
    if not tokens or tokens[0].idx >= headline_end or len(tokens) < 3:
        return tokens
    words = [t.text for t in tokens]
    body = {len(other) for other, label in forms if label == "PERSON" and other and other[0].idx > headline_end
            and 1 < len(other) < len(tokens) and [t.text for t in other] == words[: len(other)]}
    return tokens[: max(body)] if body else tokens


def _may_be_a_person(table: EntityTable, tokens: list[Token]) -> bool:
    """Places are not in the table (a place speaks as written), unless the NER took a
    person's surname for one ("Mr Mubanga" as a place)."""
    return len(tokens) == 1 and any(e.key[-1:] == (tokens[0].lower_,) for e in table.people())


def _documents(doc: Doc, table: EntityTable) -> None:
    """Documents with a named author anywhere in the article ("a report by the IMF"), so
    that "the report said" further on is the author's."""
    from .phrase_shapes import document_family, document_lemma, is_document_noun
    from .phrases import describe

    for i in indices(doc, LOWER, _DOCUMENT_FORMS):
        token = doc[i]
        if is_document_noun(token) or token.pos_ == "PROPN":  # (also "A Morning Consult Poll")
            phrase = describe(token)
            if phrase.kind == "document" and (phrase.author is not None or phrase.author_name):
                table.documents.append((token.idx, document_family(document_lemma(token)),
                                        phrase.author.i if phrase.author is not None else -1, phrase.author_name))


# Word forms of the document nouns (plural included): where _documents looks.
# (a hyphenated noun by its last part, which the tokenizer splits off: "round - up")
_DOCUMENT_FORMS = tuple(sorted({f for w in DOCUMENT_NOUNS | EVIDENCE_NOUNS for f in (w, w + "s", w.rsplit("-")[-1])}))

# How many sentences open an article: where a news lead names a role before the name.
LEAD_SENTENCES = 4


def _note(table: EntityTable, doc: Doc, tokens: list[Token], label: str, quotes: list[tuple[int, int]]) -> None:
    name = span_text(tokens)
    if not name or not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens):
        return
    offset = tokens[0].idx
    head = _head(tokens)
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    honorific = honorific_word(before) if before is not None and is_honorific(before) else None
    is_person = label == "PERSON" or honorific is not None
    # "former President Clinton" among two Clintons: the one who holds the role (split once for both uses)
    first = split_role(premodifiers := with_glued([t for t in core_of(head) if t.i < tokens[0].i])) if is_person and len(tokens) == 1 else None
    title = first.title if first is not None else None
    # ("Lord Roberts of Conwy denied ... one man, Sion Aubrey Roberts": two men)
    peer = is_person and peer_before_full_name(doc, table, name, offset, honorific)
    entity = table.add(name, offset, person=is_person, gender=gender_of_honorific(honorific) if honorific else None,
                       roles=set(title.lower().split()) if title else None, alone=peer)
    entity.peer = entity.peer or peer
    vote = _LABEL_TYPES.get(label, "person")
    if vote != "person" and entity.type == "person" and entity.name != name:
        vote = "person"  # a surname the NER misread ("Mubanga" as a place) counts for the person
    entity.votes[vote] += 2 if label == "PERSON" and len(tokens) > 1 else 1
    if name.lower() in OUTLETS:
        entity.votes["organization"] += STRONG
    if firm_s_possessive(doc, tokens) and not (len(tokens) == 1 and len(entity.key) > 1 and entity.type == "person"):
        # (not "her views resemble Sen. Warren's" after "Elizabeth Warren": her views, left out)
        entity.firm, entity.personal = True, False  # "Dr Reddy's has built its reputation": a firm's name
        # the honorific and the "'s" are the firm's name's ("Foster's said": Foster's)
        entity.name = span_text(doc[before.i if honorific is not None else tokens[0].i : tokens[-1].i + 2])
    if honorific is not None and not entity.firm:
        entity.personal = True
        entity.votes["person"] += STRONG
        if gender_of_honorific(honorific) and not entity.gender_sure:
            entity.gender, entity.gender_sure = gender_of_honorific(honorific), True
        if honorific in IMPLIED_ROLES:
            entity.roles.add(IMPLIED_ROLES[honorific])
    if label != "PERSON" or len(tokens) > 1:
        kinds = kinds_of_name(name)
        if kinds:
            entity.kinds |= kinds
            entity.votes["organization"] += STRONG
    if label == "PERSON" and honorific is None and body_by_form(head, tokens):
        entity.votes["organization"] += STRONG  # "BAA said", "Nottingham Forest have confirmed"
    # "His wife Sharon, who ..., agreed": a name apposed to a subject noun is the subject
    subject = head.dep_ in NOUN_SUBJECT_DEPS or head.dep_ == "appos" and head.head.dep_ in NOUN_SUBJECT_DEPS and head.head.pos_ == "NOUN" \
        or described_by_subject_relative(head)  # "The programme heard from Lord Roberts, who was ..."
    if subject and not _modifier_read_as_subject(head) and not small_clause_subject(head) and not any(s <= head.idx < e for s, e in quotes):
        entity.subjects += 1
        table.subjects.append((head.idx, entity))
    if not any(s <= offset < e for s, e in quotes):
        # a role given inside a quotation is the speaker's word ("As Secretary I ..."), not the article's
        _roles_and_descriptors(entity, head, tokens, (premodifiers, first) if first is not None else None)
    _acronym(entity, doc, tokens)


def _modifier_read_as_subject(head: Token) -> bool:
    """ "also the Anfield crowd": a name between a noun's determiner and the noun, which the
    parser made the noun's subject, modifies it; it is no clause subject."""
    noun = head.head
    return noun.pos_ == "NOUN" and noun.i > head.i and any(
        c.dep_ == "det" and c.i < head.i for c in (*noun.children, *head.children))


def _head(tokens: list[Token]) -> Token:
    ids = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in ids or token.head.i == token.i:
            return token
    return tokens[-1]


def _roles_and_descriptors(entity: ArticleEntity, head: Token, tokens: list[Token], split: tuple | None = None) -> None:
    """Titles and affiliations from premodifiers, appositions, possessive roles and copulas;
    kinds of body from descriptors ("Yukos, the Russian oil giant"). ``split``: the premodifiers and their Role, if split."""
    offset, first = tokens[0].idx, split[1] if split else None
    premodifiers = split[0] if split else with_glued([t for t in core_of(head) if t.i < tokens[0].i])
    role_holder = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    named = name_in_role_object(role_holder) if role_holder is not None and is_role_noun(role_holder) else None
    if named is not None and named.i == head.i:
        # "Bath director of rugby Jack Rowell": the role the parser made the name the object of
        premodifiers = [t for t in head.doc[role_holder.left_edge.i : tokens[0].i] if not t.is_space]
    if head.dep_ == "pobj" and head.head.head.tag_ == "VBG" and premodifiers \
            and all(t.ent_type_ in ("GPE", "LOC") for t in premodifiers):
        premodifiers = []  # "speaking in Thailand Hingis admitted": where she spoke, not her body
    recipient = recipient_role(head)  # "Special envoy to Syria Kofi Annan": the role whose "to" holds the name
    premodifiers = [] if recipient else with_coordinated_role(head, premodifiers)  # "Singer and DJ Jamie Cullum"
    same = first is not None and [t.i for t in premodifiers] == [t.i for t in split[0]]  # (the same words: the same Role)
    role = recipient or (first if same else split_role(premodifiers))
    body = bool(premodifiers) and (body_descriptor(premodifiers[-1], tokens) or firm_of(premodifiers[-1], head)
                                   or a_body_s_role(entity, head, premodifiers[-1]))  # "Main sponsor BP"
    if body:
        # "flag carrier Air India", "Telecoms equipment supplier Ericsson": what kind of body
        # it is, not a person's title
        entity.kinds |= kinds_of_noun(premodifiers[-1].lemma_.lower())
        # a noun only a body is called outweighs the NER's reading of a surname on each mention
        entity.votes["organization"] += 2 * STRONG if premodifiers[-1].lemma_.lower() in BODY_NOUNS else STRONG
        # ... and a name no honorific or first name makes a person's is the body's on every
        # mention ("Russian oil firm Yukos", which the NER reads as a person a dozen times)
        entity.firm |= premodifiers[-1].lemma_.lower() in BODY_NOUNS and not entity.personal \
            and not is_first_name(tokens[0].text)
        role = Role()
    if entity.type == "person":
        role.affiliation = body_over_place(role, head, premodifiers)
    _take(entity, role, offset, premodifiers)
    phrases = _role_phrases(head)
    note_descriptors(entity, head, premodifiers, phrases)  # "research consultancy Analysys": body_descriptors
    for phrase in phrases:
        if _bracketed(phrase) or phrase.tag_ == "NNS" and entity.type == "person" \
                or body and any(c.dep_ == "poss" and c.lower_ == "its" for c in phrase.children):
            # a party label ("(D-Mass.)"); a plural ("Trump, the two million members") is no
            # one's role; "media giant Vivendi Universal, its boss": the body's person, not the body
            continue
        if phrase.i < tokens[0].i and phrase.right_edge.i >= tokens[-1].i and firm_of(phrase, head):
            entity.votes["organization"] += STRONG  # "market analysts Nielsen/NetRatings", parsed as an apposition
            continue
        if a_body_s_role(entity, head, phrase):
            continue  # "BP, a big investor": the firm's role, no person's
        if is_role_noun(phrase, strict=True) or (phrase.pos_ == "PROPN" and phrase.lower_ in TITLE_WORDS) \
                or a_person_s_trade(entity, phrase):
            core = with_glued(core_of(phrase))  # "executive vice-president" parsed in pieces
            role = role_of_phrase(phrase, core)
            if role.title and not role.affiliation and phrase.dep_ == "appos" and phrase.head.i == head.i:
                # "Paul Boateng, Chief Secretary to the Treasury,": the role's body hung on the name
                role.affiliation = body_after_name(head)
            _take(entity, role, offset, core)
        elif (hung := role_hung_on_body(phrase)) is not None:  # "X, chief of technology giant Hewlett Packard"
            _take(entity, hung, offset, [phrase])
        elif phrase.pos_ == "NOUN" and phrase.lower_ in FEMALE_WORDS | MALE_WORDS and (entity.gender is None or (
                gender_of_name(entity.name) == entity.gender)):  # "The woman, Robin Mantooth": over a first name's
            # "His wife Sharon": a kin noun is no title, but it gives the gender, and a person
            entity.gender, entity.gender_sure = "female" if phrase.lower_ in FEMALE_WORDS else "male", True
            entity.votes["person"] += 0 if entity.firm else STRONG  # ("His father, Azmat Begg": the NER's ORG)
        elif phrase.lower_ in NATIONALITY_NOUNS and entity.type == "person":
            # "Andy Murray, the Scot who won": no title, but what "the Scot said" later names
            entity.roles.add(phrase.lower_)
        elif phrase.pos_ == "NOUN" and phrase.lemma_.lower() in ORG_DESCRIPTORS:
            entity.kinds |= kinds_of_noun(phrase.lemma_.lower())
            entity.votes["organization"] += STRONG
    if entity.type != "person" and not entity.personal:
        # "software firm Opera", "TV Guide magazine": the descriptor before the name, or
        # the one the name premodifies, says the body's kind (not its type: "developer"
        # and "producer" are people's trades too)
        nouns = [t for t in premodifiers if t.pos_ == "NOUN"][-1:]
        if head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i == tokens[-1].i + 1:
            nouns.append(head.head)
        for noun in nouns:
            entity.kinds |= kinds_of_noun(noun.lemma_.lower())


def _bracketed(token: Token) -> bool:
    left = token.left_edge
    return left.i > 0 and (left.text == "(" or token.doc[left.i - 1].text == "(")


def _role_phrases(head: Token) -> list[Token]:
    """Nouns in apposition with the name either way ("X, the Y" / "the Y, X"), and the roles
    the sentence gives it (``role_phrases.predicated_roles``)."""
    out = appositions(head)
    if head.dep_ == "appos" and not another_name_between(head.head, head):  # (not "the prop Tom Brown and [Andy Smith]")
        out.append(head.head)
    if head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.i > head.head.i:
        # "the oil firm Cairn Energy" as en_core_web_sm sometimes parses it (not "UK oil firm")
        out.append(head.head) if head.head.lemma_.lower() in ORG_DESCRIPTORS else None
    return out + predicated_roles(head)


def _take(entity: ArticleEntity, role: Role, offset: int, words: list[Token]) -> None:
    if role.title is None and role.affiliation is None:
        return
    if role.title is not None:
        entity.personal = True
        entity.votes["person"] += STRONG
        entity.roles.update(w.lower() for w in role.title.split())
        # "Lord Chancellor Lord Falconer": the honorific is part of the office ("the Lord
        # Chancellor" is he, not the Chancellor of the Exchequer), though not of the title
        entity.roles.update(w.lower_ for w in words if w.lower_ == "lord" and w.i + 1 < len(w.doc)
                            and is_role_noun(w.doc[w.i + 1]))
        lowered = {w.lower_ for w in words}
        if entity.gender is None:
            entity.gender = "female" if lowered & FEMALE_WORDS else "male" if lowered & MALE_WORDS else None
    entity.note(offset=offset, title=role.title, affiliation=role.affiliation)


def _acronym(entity: ArticleEntity, doc: Doc, tokens: list[Token]) -> None:
    """ "Equal Opportunities Commission (EOC)": the bracketed acronym is an alias."""
    end = tokens[-1].i
    if end + 3 < len(doc) + 1 and end + 2 < len(doc) and doc[end + 1].text == "(" and doc[end + 2].is_upper:
        closing = doc[end + 3] if end + 3 < len(doc) else None
        if closing is None or closing.text == ")":
            entity.note(offset=entity.mentions[0], alias=doc[end + 2].text)
