"""The small steps over a parse that the rules share since stop 47 (each was written again in
several modules): ``deps.sentence_before``, ``deps.token_at``/``name_head_at``,
``role_lists.hyphen_joined``, and the pronoun's antecedents built once
(``antecedent_lists``), which must give what a fresh build gives."""

from __future__ import annotations

from onrecord.attribute.deps import name_head_at, sentence_before, token_at
from onrecord.attribute.role_lists import hyphen_joined, hyphen_split_before

# BBC sport/335 (a dev slice), shortened: a quotation of two sentences before its tag
_BORTOLAMI = (
    "And Bortolami feels the Edinburgh contest could end up being a bruising battle of the packs. "
    "\"It will not be a pretty game. Both teams are desperate,\" said the lock forward."
)


def test_the_sentence_before_steps_past_those_the_rule_reads_through(nlp):
    doc = nlp(_BORTOLAMI)
    sentences = list(doc.sents)
    last = sentences[-1]
    assert sentence_before(sentences[0]) is None
    assert sentence_before(last).start == sentences[-2].start
    quoted = {s.start for s in sentences if s.text.startswith("\"It will")}
    # a rule that reads through the quotation's own sentences reaches the narration
    through = sentence_before(last, lambda s: s.start in quoted or s.text.startswith("Both"))
    assert through is not None and through.text.startswith("And Bortolami")


def test_the_token_at_an_offset_and_the_last_word_of_the_name_there(nlp):
    doc = nlp("Sir Alex Ferguson's side lost the game on Saturday.")
    assert token_at(doc, 0).text == "Sir"
    assert name_head_at(doc, 0).text == "Ferguson"
    assert token_at(doc, len(doc.text) + 5) is None


def test_a_word_split_at_a_glued_hyphen_is_joined_again(nlp):
    doc = nlp("The think-tank Demos said the plan was a round-up of old ideas - and a poor one.")
    tank = next(t for t in doc if t.lower_ == "tank")
    assert hyphen_split_before(tank) and hyphen_joined(tank, "tank") == "think-tank"
    spaced = next(t for t in doc if t.lower_ == "and")  # after a spaced dash: no join
    assert not hyphen_split_before(spaced) and hyphen_joined(spaced, "and") == "and"


def test_a_pronoun_s_antecedents_built_once_are_those_built_afresh(nlp):
    # the passive's subject and the agent who spoke, in the order a fresh build gives them
    text = ("\"We are friends,\" George Bush said on Monday. Tony Blair was praised by Bush in Washington. "
            "He told reporters the talks had gone well.")
    doc = nlp(text)
    resolver = doc._.coref
    offset = text.index("He told")
    fresh = [(how, r.name) for how, r in resolver._antecedents(offset)]
    resolver.antecedent_memo = {}
    try:
        built = [(how, r.name) for how, r in resolver._antecedents(offset)]
        kept = [(how, r.name) for how, r in resolver._antecedents(offset)]
    finally:
        resolver.antecedent_memo = None
    assert len(fresh) >= 2 and built == fresh and kept == fresh
