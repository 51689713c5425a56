"""A described man or woman who is the person a run of pronouns follows: "He says so himself
... as he recalls the car accident ... as he talks of his immediate thoughts ... 'I was in a
lot of pain,' says the Waterford man" is Jamie Costin, whom the article named once and its
"he"s have followed since. A writer varies a named person's reference this way ("the
Waterford man", "the Swiss woman"); it introduces someone new with a name or an indefinite
"a ... man". Only a modified definite "the ... man/woman", and only where the chain's last
speaker, a person of its gender, spoke in this sentence or the one before with no other
person named since.
"""

from __future__ import annotations

from .deps import sentence_before
from .phrases import Phrase
from .resolved import Resolved

_GENDERED_NOUNS = {"man": "male", "woman": "female"}


def chained_person(resolver, phrase: Phrase, offset: int) -> Resolved | None:
    """The chain's last person for a modified "the ... man/woman" (``phrase``, a description)
    whose pronouns led up to it; None otherwise. RETURNS (Resolved | None)."""
    head = phrase.head
    gender = _GENDERED_NOUNS.get(head.lower_)
    if gender is None or not any(c.lower_ == "the" and c.dep_ == "det" for c in head.children) \
            or not any(c.dep_ in ("compound", "amod") and c.i < head.i for c in head.children):
        return None
    sentence = head.sent
    start = (sentence_before(sentence) or sentence).start_char
    last = max(((o, r) for o, r in resolver.chain if start <= o < offset), default=None, key=lambda pair: pair[0])
    if last is None or last[1].entity is None or last[1].type != "person" or last[1].unnamed:
        return None
    person = last[1].entity
    if person.gender not in (None, gender):
        return None
    others = [e for e in resolver.table.entities if e.type == "person" and e is not person
              and any(start <= m < offset and not resolver._inside_content(m) for m in e.mentions)]
    if others:
        return None
    return resolver._of_entity(person, "role-epithet")  # (a description of the chain's person)
