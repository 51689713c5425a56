"""A role phrase and the body it names: "director general of the British Chambers of
Commerce" -> director general / British Chambers of Commerce; "the senator's spokeswoman"
-> spokeswoman / the senator; "Senator Bernie Sanders of Vermont" -> Vermont; "the advocacy
group Progress Iowa" -> Progress Iowa. Built on ``roles.split_role``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .called_names import name_called
from .descriptor_names import name_after_descriptor, name_set_off
from .lexicon import APPOINTING, TEMPORAL_WORDS, TITLE_WORDS
from .names import span_text
from .named_territories import PLACE_OFFICES, home_after_from, territory_named, where_someone_is, without_place_possessor
from .org_kinds import ORG_DESCRIPTORS
from .phrase_shapes import through_entity
from .role_tokens import closes_a_name, ranking
from .role_body_clauses import firm_after, working_for
from .field_offices import field_office
from .field_ordinals import compound_after_ordinal, ordinal_in_field
from .role_words import CONSTITUENCY_ROLES, POSTED_ROLES, denied
from .spoken_for import body_owning
from .possessive_bodies import body_its_stands_for
from .hung_appositions import acronym_before_role, role_after_acronym, role_after_one_of, without_body_numerals
from .on_air_roles import on_a_medium
from .portfolio_fields import portfolio_after_for
from .portfolio_possessives import portfolio_possessive
from .word_case import PLURAL_FIELDS
from .roles import PARTY_WORDS, Role, regional_field, clean_words, is_role_noun, place_of, spaced_dash, split_role

_BODY_PREPOSITIONS = frozenset("of at for with from to in".split())


def role_of_phrase(head: Token, core: Sequence[Token]) -> Role:
    """Title and affiliation of a role phrase headed by a role noun: "director general of the
    British Chambers of Commerce", "the senator's spokeswoman", "a Cabinet Office
    spokeswoman". ``core`` is the head with its left modifiers. RETURNS (Role)."""
    trailing = _trailing_title_words(head)
    role = split_role(without_body_numerals(head, core) + trailing)  # (not the 24 of "BBC News 24 political correspondent")
    body = (body_of(head) if head.dep_ != "ROOT" else None) or (body_of(trailing[-1]) if trailing else None)
    if body is not None and (field := field_office(head, body, role)) is not None:
        return field  # "UMWA Director of Government Affairs": the body before, the field the title's
    if body is not None and role.title is not None and not (role.affiliation and home_after_from(body, role.title)):
        # the body is the one named after the role; a place before it is part of the role
        # ("UK economist at RBS Financial Markets"), not when the place is the possessor
        # ("New Jersey's sitting governor")
        words = clean_words(list(core) + trailing)
        after = body[0].i > head.i
        return Role(span_text(words) if after and words and words[0].ent_type_ in ("GPE", "NORP", "LOC")
                    and words[0].lower_ not in PARTY_WORDS else role.title,  # (a party is no place: "Democratic pollster")
                    place_of(span_text(body)))
    of_state = next((p for p in head.rights if p.dep_ == "prep" and p.lower_ == "of"
                     and any(c.dep_ == "pobj" and c.lower_ in ("state", "defence", "defense") and not territory_named(c) for c in p.children)), None)
    if of_state is not None and role.title:
        state = next(c for c in of_state.children if c.dep_ == "pobj")
        # (not a conjunction hung on "state": "secretary of state and 2014 candidate")
        written = span_text([t for t in of_state.subtree if t.i <= state.i])
        if not role.title.endswith(written):  # "of state" already among the trailing title words
            role.title = f"{role.title} {written}"
    if role.affiliation is None:
        body = body_of(head) or (body_of(trailing[-1]) if trailing else None)
        role.affiliation = place_of(span_text(body)) if body is not None else role.title and (
            body_its_stands_for(head) or acronym_before_role(head))
    return role


def _trailing_title_words(head: Token) -> list[Token]:
    """Title words written after the role's head: "director general", "chairman and chief
    executive", "professor of child health" (a body-less "of" phrase is part of the role; not
    the preposition "under": "director under President Bill Clinton")."""
    doc = head.doc
    out: list[Token] = []
    i = head.i + 1
    while i < len(doc):
        token = doc[i]
        if token.lower_ in TITLE_WORDS and token.text[:1].islower() and token.head.i in (head.i, i - 1) and token.dep_ != "prep" \
                or i == head.i + 1 and ranking(token):  # "world number one"
            out.append(token)
            i += 1
        elif token.dep_ == "cc" and token.head.i == head.i and i + 1 < len(doc):
            conj = next((c for c in head.children if c.dep_ == "conj" and c.i > i and is_role_noun(c, strict=True)), None)
            if conj is None or any(t.text[:1].isupper() or t.dep_ == "det" or t.like_num for t in doc[i + 1 : conj.i + 1]):
                break  # "senator and Republican presidential candidate": a second role with a body of its own;
                # "a Labour peer and a human rights lawyer", "secretary of state and 2014 candidate":
                # a second role phrase, with its own article or date
            out.extend(doc[i : conj.i + 1])
            i = conj.i + 1
        elif token.dep_ == "prep" and (token.lower_ == "of" and _bodiless(token)
                                       or token.lower_ == "for" and token.head.i == head.i and _field_for(head, token)
                                       or portfolio_after_for(head, token)):  # "secretary for the family": portfolio_fields
            last = max(t.i for t in _field_words(token))
            out.extend(doc[i : last + 1])
            i = last + 1
        else:
            break
    return out


def _field_for(head: Token, prep: Token) -> bool:
    """ "coordinator for counterterrorism", "adviser for homeland security": one singular
    lower-case field after "for" is part of the role; not a spokesman's ("spokesman for
    police": whom he speaks for), nor a plural ("adviser for families": whom she serves)."""
    words = _field_words(prep)[1:]
    # a plural field is a portfolio too: "adviser for strategic communications"
    field = words[-1].tag_ == "NN" or words[-1].lower_ in PLURAL_FIELDS
    return _bodiless(prep, 1 + regional_field(words)) and field and not head.lower_.startswith("spokes") \
        and words[-1].lower_ not in ("police", "president", "office", "re-election", "reelection")


def _field_words(prep: Token) -> list[Token]:
    """The words of an "of/for" phrase after a role without the phrases hung on its object:
    "of anti-virus research [for F-Secure]" (the body the field is researched for comes after)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    hung = {t.i for o in objects[:1] for c in o.rights if c.dep_ == "prep" for t in c.subtree}
    return [t for t in prep.subtree if t.i not in hung]


def _bodiless(prep: Token, first: int = 1) -> bool:
    """ "of child health": lower-case words only (from the ``first`` word of the phrase), no
    article, no name, no organisation."""
    words = [t for t in _field_words(prep)[first:] if not (t.text == "-" and not t.whitespace_)]  # ("anti-virus research")
    return bool(words) and all(t.text[:1].islower() and t.pos_ in ("NOUN", "ADJ") and (not t.ent_type_ or ordinal_in_field(t)) for t in words) \
        and not any(t.lemma_.lower() in _ORG_NOUNS and not compound_after_ordinal(t) for t in words)  # (not "third party services")


# Nouns that make an "of/for" phrase a body, not part of a role ("spokesman for the firm").
_ORG_NOUNS = frozenset("company firm group bank party government council agency union club team association".split())
# Common nouns that name a body ("spokesman for the firm", "head of the tribunal"); any other
# common noun after a role is no body ("chief economist for the region at Societe Generale").
_ORG_NOUNS_ALL = ORG_DESCRIPTORS | _ORG_NOUNS | frozenset(
    "tribunal committee board panel ministry department office court commission parliament assembly senate house delegation caucus".split())


def _named_before(noun: Token) -> bool:
    """ "St Bernard software": a common noun after a body's name the NER found."""
    return any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in noun.children)


def body_of(head: Token) -> list[Token] | None:
    """The body a role or description belongs to, as tokens: the object of "of/at/for/with/
    from/to" after it ("spokesman for the firm"), or its possessor ("the senator's
    spokeswoman"). RETURNS (list[Token] | None)."""
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ != "PRON" and not portfolio_possessive(child.doc, child.i + 1):
            return clean_words(list(child.subtree))  # (not "the Children's Commissioner": a portfolio)
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and (_bodiless(prep) or firm_after(head, prep)):
            continue
        if prep.dep_ == "prep" and (prep.lower_ == "to" and head.lemma_.lower() in POSTED_ROLES
                                    or prep.lower_ == "for" and head.lower_ in CONSTITUENCY_ROLES):
            continue  # "MP for Sittingbourne and Sheppey": the seat represented, no body
        if prep.dep_ == "prep" and (prep.lower_ in _BODY_PREPOSITIONS or on_a_medium(head, prep)):  # on_air_roles
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ not in TEMPORAL_WORDS and c.ent_type_ not in ("DATE", "TIME")]
            if objects and where_someone_is(prep, objects[0]) and (prep.lower_ == "in" or head.lemma_.lower() not in PLACE_OFFICES):
                continue
            if objects and (territory := territory_named(objects[0])):
                return territory  # "a senator from the state of Vermont"
            if objects and (objects[0].lower_ in ("state", "defence", "defense") or is_role_noun(objects[0], strict=True)
                            and not any(c.dep_ in ("det", "poss", "compound") for c in objects[0].children)):
                continue  # "Secretary of State", "Commander in Chief": part of the title, the body comes after
            if objects and not (objects[0].pos_ == "PROPN" or objects[0].ent_type_ or _named_before(objects[0])) and (
                    prep.lower_ == "in" or objects[0].pos_ == "NOUN" and objects[0].lemma_.lower() not in _ORG_NOUNS_ALL):
                owner = body_owning(head, objects[0])
                if owner:  # "director of the Conference Board's consumer research centre",
                    return owner  # "a candidate for the GOP's presidential nomination", "a spokesman for her lawyers"
                continue  # "the only candidate in the race", "economist for the region at X": not a body
            if objects:
                obj = objects[0]
                named = name_called(obj) or name_of_described_body(obj)
                if named:  # "the advocacy group Progress Iowa", "a group called Citizens for Trump"
                    return named
                # not a relative clause, nor where the body is ("Bank of America in New York")
                cut = {t.i for c in obj.children if c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ in ("in", "on", "near")
                       or c.dep_ in ("conj", "cc") and _second_role(obj) for t in c.subtree}  # ("for Mr. Trump and current CNN analyst")
                tokens = [t for t in obj.subtree if t.i not in cut]
                end = tokens[-1].i + 1
                if end + 1 < len(obj.doc) and closes_a_name(obj.doc[end]) and obj.doc[end + 1].is_punct:
                    # "manager of Sheffield Wednesday, said", the weekday parsed apart (not "a
                    # spokesman for Exxon Wednesday said": the day he said it)
                    tokens.append(obj.doc[end])
                tokens = clean_words(_contiguous_around(obj, tokens))
                if obj.pos_ == "PROPN" or obj.ent_type_ == "ORG":
                    # "the manufacturers' organisation EEF": the body's name, not its description
                    # (a lower-case word the tagger took for a name is none: "research firm Gartner")
                    named = [i for i, t in enumerate(tokens) if t.pos_ == "PROPN" and not t.is_lower or t.ent_type_ in ("ORG", "GPE")]
                    if named and tokens[named[0]].i <= obj.i:
                        first = named[0] - 1 if named[0] and tokens[named[0] - 1].ent_type_ == "ORDINAL" else named[0]
                        tokens = tokens[first:]  # an ordinal opening the name stays: "20th Century Fox"
                    tokens = without_place_possessor(name_after_descriptor(tokens, obj))  # "Yukos main shareholders' group Menatep"
                if len(tokens) > 2 and tokens[0].lower_ == "board" and tokens[1].lower_ == "of":
                    tokens = clean_words(tokens[2:])  # "chairman of the board of Freedom Partners"
                if tokens:
                    return through_entity(tokens)  # "director of the Committee to Protect Bloggers"
    return working_for(head)


def _second_role(obj: Token) -> bool:
    """Whether a role noun is conjoined to the body after a role: "the former campaign manager
    for Mr. Trump and current CNN analyst" (a second role of the person, not part of the body)."""
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.text.islower() and is_role_noun(c, strict=True) for c in obj.children)


def name_of_described_body(noun: Token) -> list[Token] | None:
    """The name a body's descriptor introduces ("the advocacy group Progress Iowa"), as tokens."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ORG_DESCRIPTORS:
        return None
    for child in noun.children:
        if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN" and child.i > noun.i:
            entity = next((e for e in noun.doc.ents if e.start <= child.i < e.end and e.label_ == "ORG" and e.start > noun.i), None)
            if entity is not None:
                return list(entity)  # "group Fathers 4 Justice": the whole name, its number and plural too
            return [c for c in child.subtree if c.dep_ in ("compound", "flat") or c.i == child.i]
    # "director of anti-constitution group Vote No": the parser hung the name elsewhere, but
    # the capitalised words right after the descriptor still name the body (a weekday does not:
    # "said a spokesman for the company Tuesday")
    doc, end = noun.doc, noun.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].ent_type_ not in ("PERSON", "DATE", "TIME"):
        end += 1
    if end > noun.i + 1 and (end == len(doc) or doc[end].is_punct):
        return list(doc[noun.i + 1 : end])
    return name_set_off(noun)  # "Germany's central bank, the Bundesbank,"


def territorial(name_head: Token, prep: Token) -> bool:
    """ "Lord Smith of Birkenhead", "Baroness Kennedy of The Shaws": a peer's territorial
    designation is part of the name, not a body the peer belongs to."""
    doc = name_head.doc
    start = name_head.left_edge.i
    return prep.lower_ == "of" and prep.head.i == name_head.i and (
        any(doc[k].lower_ in _PEERAGES for k in range(max(start - 1, 0), name_head.i)))


def predicated_roles(head: Token) -> list[Token]:
    """Role nouns a clause gives the person a name heads: the attribute of a copula ("X is
    the chief executive", "X, who is the chief executive,") and the role an appointment
    makes them ("Tony Blair appointed Denis MacShane as Europe minister", "X was appointed
    as chairman"), so that "the minister said" later is that person. RETURNS (list[Token])."""
    out = []
    if head.dep_ == "nsubj" and head.head.lemma_ == "be" and not denied(head.head):
        # (not a role denied, "Trump is not a billionaire", nor a judgement, "Trump is such a con artist")
        out += [c for c in head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and not any(w.lower_ == "such" for w in c.children)]
    # "Peter Nielson, who is UKIP Scotland chairman, said": the copula of a relative clause
    out += [c for r in head.children if r.dep_ == "relcl" and r.lemma_ == "be" and r.i > head.i
            and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in r.children) for c in r.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    verb = head.head
    if head.dep_ in ("dobj", "nsubjpass") and verb.lemma_ in APPOINTING:
        out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.tag_ == "NN" and is_role_noun(o, strict=True)]
    if head.dep_ == "nsubj":  # "As Virginia's governor, Kaine declared": the role the sentence opens with
        out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" and p.i == p.sent.start for o in p.children
                if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.tag_ == "NN" and is_role_noun(o, strict=True)]
    return out


def appositions(name_head: Token) -> list[Token]:
    """The nouns in apposition to a name, a peer's among them when the parser hung them on
    the territorial designation ("Lord Smith of Birkenhead, a former minister")."""
    out = [role_after_acronym(c) or role_after_one_of(c) or c for c in name_head.children if c.dep_ == "appos"]
    for prep in name_head.rights:
        if prep.dep_ == "prep" and territorial(name_head, prep):
            out += [c for o in prep.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "appos"]
    return out or _role_between_commas(name_head)


def _role_between_commas(name_head: Token) -> list[Token]:
    """ "According to the spokesman, John Smith, the plan will fail": a definite role noun
    right before a name set off by commas, which the parser did not read as its apposition."""
    doc = name_head.doc
    start = name_head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start < 2 or name_head.i + 1 >= len(doc) or doc[start - 1].text != "," or doc[name_head.i + 1].text != ",":
        return []
    role = doc[start - 2]
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in role.children)
    return [role] if role.pos_ == "NOUN" and role.tag_ == "NN" and definite and is_role_noun(role, strict=True) \
        and role.head.i != name_head.i and not any(c.dep_ == "appos" for c in role.children) else []


_PEERAGES = frozenset("lord baroness baron viscount viscountess earl countess marquess".split())


def _contiguous_around(head: Token, tokens: list[Token]) -> list[Token]:
    """The contiguous block of ``tokens`` that holds ``head`` (a cut relative clause ends it)."""
    indices = {t.i for t in tokens}
    left = right = head.i
    while left - 1 in indices:
        left -= 1
    while right + 1 in indices and not head.doc[right + 1].text in (",", "—", "–") and not spaced_dash(head.doc[right + 1]):
        right += 1  # an aside after a dash describes the body, it is no part of its name
    return [t for t in head.doc[left : right + 1]]
