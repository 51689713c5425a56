"""A role with a "to" phrase written before a name (issue 11): "Special envoy to Syria Kofi
Annan said", "Chief secretary to the Treasury Paul Boateng said". The parser makes the
role the subject and buries the name in the object of "to"; the name speaks, the role
is their title and the body after "to" their affiliation. Also a bare role set off before
the name by commas, which the parser read as a clause ("Responding to the speech, shadow
chief secretary to the Treasury, George Osborne, said": "shadow" taken for a verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from .names import is_honorific, span_text
from .role_words import POSTED_ROLES
from .roles import Role, is_role_noun, place_of, split_role
from .speakers import core as core_of
from .speakers import entity_of

# Entity types that make the words after "to" a body the role serves.
_BODY_TYPES = frozenset(("ORG", "GPE", "NORP", "LOC", "FAC"))
# Roles whose "to X" is where they are posted, not whom they speak for ("envoy to Syria" is
# not Syria's): the same words as role_phrases' posted roles, so both paths agree.


def name_after_recipient(role: Token) -> Token | None:
    """The head of the person's name that ends ``role``'s "to" phrase, where a body stands
    between "to" and the name ("envoy to Syria Kofi Annan") or a lower-case role with "the"
    ("adviser to the president Karl Rove"). Not "adviser to President Bush" or "aide to
    Tony Blair": there the person after "to" is the one served. RETURNS (Token | None)."""
    if role.pos_ != "NOUN" or not is_role_noun(role):
        return None
    prep = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if prep is None or prep.right_edge.i != role.right_edge.i:
        return None
    doc, end = role.doc, prep.right_edge.i
    if doc[end].ent_type_ != "PERSON" or doc[end].pos_ != "PROPN":
        return None
    start = end
    while start > prep.i + 1 and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_iob_ != "B":
        start -= 1
    if doc[start].ent_iob_ != "B" or start <= prep.i + 1 or end - start > 3:
        return None
    between = doc[prep.i + 1 : start]
    last = between[-1]
    body = last.ent_type_ in _BODY_TYPES and not is_honorific(last) and not is_role_noun(last)
    served = last.text.islower() and is_role_noun(last) and between[0].lower_ == "the" and len(between) == 2
    if not (body or served):
        return None
    heads = [t for t in doc[start : end + 1] if not start <= t.head.i <= end]
    return heads[0] if len(heads) == 1 else None


def recipient_role(name_head: Token) -> Role | None:
    """Title and affiliation of a name that ``name_after_recipient`` found: the role's own
    words, and the body between "to" and the name (none for "the president": a person
    served is no body). RETURNS (Role | None)."""
    holder = name_head
    while holder.dep_ in ("pobj", "appos", "prep") and holder.head.i != holder.i:
        holder = holder.head
        if holder.pos_ == "NOUN" and holder.dep_ != "pobj":
            break
    named = name_after_recipient(holder) if holder.i != name_head.i else None
    if named is None or named.i != name_head.i:
        return _bare_role_before_commas(name_head)
    prep = next(c for c in holder.children if c.dep_ == "prep" and c.lower_ == "to")
    title = split_role(list(core_of(holder))).title
    start = name_head.left_edge.i
    while name_head.doc[start].ent_type_ != "PERSON" or name_head.doc[start].ent_iob_ != "B":
        start += 1
    between = [t for t in name_head.doc[prep.i + 1 : start] if t.lower_ != "the"]
    body = between[-1].ent_type_ in _BODY_TYPES and holder.lemma_.lower() not in POSTED_ROLES if between else False
    return Role(title, place_of(span_text(between)) if body else None)


def _bare_role_before_commas(name_head: Token) -> Role | None:
    """ "..., shadow chief secretary to the Treasury, George Osborne, said": a name between
    commas after a chunk, itself opened by a comma or the sentence, of lower-case words ending
    in a role noun (no article: "the spokesman, John Smith," is ``role_phrases``'), and
    optionally "to/of" and a body the NER names. RETURNS (Role | None)."""
    doc, ent = name_head.doc, entity_of(name_head)
    if ent is None or ent.label_ != "PERSON":
        return None
    sent = name_head.sent  # (``Token.sent`` walks the sentence: read past the cheap checks only)
    if ent.start < sent.start + 2 or ent.end >= sent.end:
        return None
    # without commas only "ROLE to BODY NAME" ("But shadow chief secretary to the Treasury George Osborne said")
    commas = doc[ent.start - 1].text == "," and doc[ent.end].text == ","
    end = ent.start - 1 if commas else ent.start
    opening = end - 1
    while opening > sent.start and doc[opening - 1].text != "," and end - opening < 8:
        opening -= 1
    if opening > sent.start and doc[opening - 1].text != ",":
        return None
    opening += opening == sent.start and doc[opening].pos_ == "CCONJ"  # "But shadow ..."
    chunk = list(doc[opening : end])
    prep = next((i for i, t in enumerate(chunk) if t.lower_ in ("to", "of")), len(chunk))
    words, body = chunk[:prep], [t for t in chunk[prep + 1 :] if t.lower_ != "the"]
    if not 1 <= len(words) <= 4 or not is_role_noun(words[-1], strict=True) or words[-1].tag_ != "NN" \
            or any(not t.is_alpha or t.ent_type_ or t.tag_ in ("DT", "PRP$") or (t.i > sent.start and not t.is_lower) for t in words):
        return None
    if not commas and (prep == len(chunk) or chunk[prep].lower_ != "to"):
        return None
    if prep < len(chunk) and not (body and all(t.ent_type_ in _BODY_TYPES and not t.is_lower for t in body)):
        return None
    title = split_role(words).title
    if prep < len(chunk) and chunk[prep].lower_ == "to" and words[-1].lemma_.lower() in POSTED_ROLES:
        body = []  # "ambassador to France, Mahamat Ali,": posted there, not France's
    misread = [t for t in words if t.tag_.startswith("VB")]
    if title and misread and span_text(words).endswith(title) and len(misread) == len(words) - len(title.split()):
        title = span_text(words)  # "shadow" the tagger took for a verb stays in the title
    return Role(title, place_of(span_text(body)) if body else None)
