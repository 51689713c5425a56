"""What a cue token gives: whether it is a cue, its extent as PolNeAR marks it, its
clausal complements and the head of its speaker."""

from __future__ import annotations

from spacy.tokens import Token

from .letter_writers import writer_of_letter
from .deps import CONTENT_DEPS, SUBJECT_DEPS
from .found import Range
from .inverted_cues import speaker_after_inverted_cue, speaker_read_into_clause
from .hung_clauses import clause_hung_higher, clause_on_audience, clauses_on, names_audience
from .lexicon import SPEECH_VERBS
from .modifier_cues import speaker_before_modifier
from .post_nominals import person_before_post_nominal
from .apposed_bodies import body_apposed_to_role
from .parse_repairs import (
    clause_hung_above_noun,
    clause_under_modifier,
    sentence_joined_after_object,
    conjunct_of_main_clause,
    joined_before,
    misread_dropped,
    misread_speaker,
    name_in_role_object,
    noun_read_as_object,
    question_dropped,
    question_read_as_condition,
    quoted_source,
    subject_split_off,
    that_clause_hung_lower,
    title_read_as_clause,
)
from .conjoined_roles import conjoined_role
from .hidden_subjects import (appositive_host, copular_subject, hidden_subject, name_before_parenthesis,
                              subject_after_dash, subject_the_climb_misses)
from .speaker_repairs import (
    age_read_as_modifier,
    author_of_titled_work,
    before_parenthesis,
    conjunct_read_as_dep,
    described_after_quote,
    inverted_aside_subject,
    name_after_quote,
    name_after_titled_role,
    name_before_dashed_role,
    name_before_verb_read_as_noun,
    name_in_opening_participle,
    name_read_as_modifier,
    named_phrase_after,
    person_before_body,
    speaker_read_as_clause,
    subject_of_inner_participle,
    subject_on_auxiliary,
)
from .verb_shapes import (  # noqa: F401 (re-exported: other modules import them from cue_tokens)
    LEAVING_VERBS,
    a_share_of_people,
    feeling_state,
    agent_of,
    after_a_thing_that_cannot_speak,
    holds_views,
    is_cue_verb,
    is_passive_participle,
    object_controller,
    participle_of_outer_speaker,
    reported_speaker,
    someones_people,
)

# Dependencies through which a cue without a subject of its own takes its head's subject:
# "..., adding that", "rejecting reports ... before saying", "has said ... but emphasized".
_CLIMB_DEPS = ("advcl", "xcomp", "acomp", "conj", "pcomp", "prep", "acl", "dobj", "pobj", "appos", "npadvmod")
_CUE_LEFT_DEPS = ("aux", "auxpass", "neg", "advmod")


# Phrasal verbs of a retort, speech only with their particle: '"…," Bennett [shot back]
# with a laugh', '"…," Romney [fired back]'; without it the quote went to the last speaker.
_RETORTS = frozenset((("shoot", "back"), ("fire", "back"), ("hit", "back"), ("snap", "back"), ("chime", "in"),
                      ("cut", "in"), ("pipe", "up")))


def is_speech(token: Token | None) -> bool:
    if token is None:
        return False
    lemma = token.lemma_.lower()
    return lemma in SPEECH_VERBS or _retort(token, lemma)


def _retort(token: Token, lemma: str) -> bool:
    """A retort phrase, unless its sentence opens right after a closed quotation, which is
    someone else's: 'calling him "a failed candidate." Romney fired back in March, ...'."""
    if not any((lemma, c.lower_) in _RETORTS and c.dep_ in ("prt", "advmod") and c.i == token.i + 1
               for c in token.children):
        return False
    start = token.sent.start
    before = [t for t in token.doc[max(0, start - 2) : start] if not t.is_space]
    return not (before and before[-1].is_quote)


def cue_range(cue: Token) -> Range:
    """The cue as PolNeAR marks it: auxiliaries and adverbs before the verb, particles after
    ("has also called for")."""
    start = cue
    for child in sorted(cue.lefts, key=lambda t: -t.i):
        if child.dep_ in _CUE_LEFT_DEPS and child.i == start.i - 1 and child.pos_ != "PROPN":
            start = child  # (a name read as an adverb is the speaker: "Keeper Dean Kiely said")
    end = cue
    for child in cue.rights:  # (a retort's "back" read as an adverb is its particle: "shot back")
        if (child.dep_ == "prt" or (cue.lemma_.lower(), child.lower_) in _RETORTS) and child.i == end.i + 1:
            end = child
    return start.idx, end.idx + len(end.text)


def complements(cue: Token) -> list[Token]:
    """Clausal complements of a cue verb or noun."""
    comps = [c for c in cue.children if c.dep_ in CONTENT_DEPS and not joined_before(c, cue)]
    if cue.pos_ == "NOUN":
        # a "relcl" with "that" as its mark is a content clause misread: in a relative clause
        # "that" is the subject or object ("the warning that he issued")
        comps += [c for c in cue.children if c.dep_ in ("acl", "appos", "relcl")
                  and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
        comps += clause_hung_above_noun(cue)
    else:
        # "said that ..." mislabelled as an adverbial clause still has its "that"
        comps += [c for c in cue.children if c.dep_ in ("advcl", "dep") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
        if cue.lemma_.lower() == "tell":
            # "told BBC Radio 4's Today programme the plan was sound", parsed as if the
            # programme were what was told: the clause on it is
            comps = [next(iter(clauses_on(c)), c) if c.i > cue.i and names_audience(c) else c for c in comps]
        if not comps and cue.lemma_.lower() == "tell":
            comps += clause_on_audience(cue)
        if not comps and cue.lemma_.lower() in SPEECH_VERBS:
            comps += that_clause_hung_lower(cue) or clause_hung_higher(cue)
        if not comps:
            comps += question_read_as_condition(cue)
        if (joined := sentence_joined_after_object(cue)) is not None:  # "announced a concert ... and T in the Park will be held"
            comps = [c for c in comps if not (c.dep_ == "ccomp" and c.left_edge.i > joined.i)]
        if not comps and (clause := clause_under_modifier(cue)) is not None:
            comps.append(clause)  # "He implied [immigrants were ...]", read as "implied immigrants"
        # (before misread_dropped, which drops a clause before the cue when one follows it)
        comps = [c for c in comps if not speaker_read_into_clause(cue, c)]
        comps = title_read_as_clause(cue, question_dropped(cue, misread_dropped(cue, comps)))
        comps = [c for c in comps if not speaker_read_as_clause(cue, c)]
    return comps


def subject_of(cue: Token) -> Token | None:
    """The speaker head of a cue: its own subject, or that of the clause it hangs from; for
    a passive, only its agent ("was accused by X of …"); for a speech verb under a hearsay
    passive, the passive's subject ("X is reported to have said", ``reported_speaker``)."""
    if (named := subject_the_climb_misses(cue) or writer_of_letter(cue)) is not None:
        return named  # (or "will write to customers ... asking if ...": the writer asks)
    if is_passive_participle(cue):
        # "Mourinho was concerned that ..." with the subject hung on "was": he holds it
        held = subject_on_auxiliary(cue) if feeling_state(cue) else None
        return held if held is not None and held.lower_ != "it" else agent_of(cue)
    reported = reported_speaker(cue)
    if reported is not None:
        return reported
    inverted = inverted_aside_subject(cue)
    if inverted is not None:
        return inverted
    dashed = subject_after_dash(cue)
    if dashed is not None:
        return dashed
    token = conjunct_of_main_clause(cue) or cue
    if participle_of_outer_speaker(cue):
        # "Hodgson believes a winter break carries advantages, explaining: …": the
        # participle goes with the believer, not with the reported clause's subject
        token = cue.head.head
    elif after_a_thing_that_cannot_speak(cue):
        token = cue.head.head.head  # "Trump said the deadlock has kept us safe before claiming that ..."
    for _ in range(8):
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        on_auxiliary = subject_on_auxiliary(token) if not subjects else None
        subjects = [on_auxiliary] if on_auxiliary is not None else subjects
        if subjects:
            # two subjects happen when a quote's list ends next to the verb: the nearer one speaks
            subject = min(subjects, key=lambda c: abs(c.i - token.i))
            if subject.pos_ == "NOUN" and not holds_views(subject):
                # but a person named after the cue before a thing: "... that have educational elements said Mr Owen"
                subject = next((c for c in subjects if c.i > token.i and c.ent_type_ == "PERSON"), subject)
            subject = person_before_body(subject) or person_before_post_nominal(subject) or body_apposed_to_role(subject) or subject
            if subject.dep_ == "nsubjpass" and token.i != cue.i and cue.tag_ == "VBG" and subject.lower_ != "it":
                # "Downing Street would not be drawn on the claim, saying ...": the one drawn says it;
                # but "The bill was backed by some hi-tech firms, saying ...": the firms do
                agent = agent_of(token)
                if agent is not None:
                    return agent
                if subject.pos_ != "NOUN" or holds_views(subject):
                    return subject  # (a common noun for a thing, "The bill", says nothing)
            if (subject.dep_ == "nsubjpass" and token.i == cue.head.i and cue.dep_ == "conj" and cue.tag_ == "VBD"
                    and (any(c.dep_ in ("dobj", "dative") and c.i > cue.i for c in cue.children)
                         or subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she", "they"))):
                # "He was arrested and told police that ...": he tells them; "Mr. Trump was
                # forced into damage control and said that ...": a person needs no object
                return subject
            if subject.dep_ == "nsubjpass":
                agents = [c for c in token.children if c.dep_ == "agent"]
                for agent in agents:
                    objects = [c for c in agent.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0]
                if subject.lower_ != "it" and feeling_state(token):
                    return subject  # "Mourinho was concerned that ...": he holds the concern
                if subject.lower_ == "it" or token.lemma_ not in ("quote", "cite"):
                    return None
            if subject.tag_ == "EX":  # "there"
                return None
            return subject
        agents = [c for c in token.children if c.dep_ == "agent"]
        for agent in agents:
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
        controller = object_controller(token) if token.i == cue.i else None
        if controller is not None:
            return controller
        if token.dep_ == "relcl":
            return copular_subject(token.head) or token.head
        if (token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ == "PROPN"
                and token.head.ent_type_ in ("PERSON", "ORG") and token.doc[token.i - 1].text == ","):
            return token.head  # "Donald Trump, who is vying ..., tweeted on Friday to say": the main verb read as a participle
        if (token.i == cue.i and cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.i < cue.i and not cue.ent_type_
                and (holds_views(cue.head) or a_share_of_people(cue.head) or someones_people(cue.head))):
            # "shares jumped, with analysts saying sales of $600m were possible"
            return copular_subject(cue.head) or appositive_host(cue.head) or cue.head
        if token.i == cue.i and cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.lemma_.lower() in LEAVING_VERBS:
            objects = [c for c in cue.head.children if c.dep_ == "dobj" and c.right_edge.i == cue.i - 1]
            if objects:
                return objects[0]  # "have left 62 percent of voters saying race relations are worse"
        if (token.dep_ == "conj" and token.lemma_.lower() in SPEECH_VERBS and token.head.dep_ == "ccomp"
                and token.head.head.lemma_.lower() in SPEECH_VERBS):
            token = token.head.head  # "X said A and said B": the parser hung "said B" inside A
            continue
        if token.dep_ in _CLIMB_DEPS and token.head.i != token.i or conjunct_read_as_dep(token) is not None:
            token = token.head
            continue
        if token.pos_ == "NOUN" and token.dep_ == "ROOT":
            return name_before_verb_read_as_noun(token)
        if token.pos_ == "NOUN":
            # "the ministry's statement saying ...": the noun's owner speaks
            owners = [c for c in token.children if c.dep_ == "poss"]
            if owners:
                return owners[0]
        return None
    return None


def speaker_of(cue: Token) -> Token | None:
    """The cue's subject (``subject_of``), else the noun phrase the parser left next to it:
    en_core_web_sm sometimes hangs "former president Bill Clinton" off an earlier name as an
    apposition, leaving "said" with no subject; a name right after the cue ('"…," said Robin
    Maynard, half joking'); for a participle the parser hung inside the quotation it
    introduces, the subject of the clause before it ("Clinton was ready to riff, telling the
    crowd, “Some people …”")."""
    source = quoted_source(cue)
    if source is not None:
        return source  # "Reuters quoted sources as saying": the sources speak, Reuters relays
    noun_read = noun_read_as_object(cue)
    if noun_read is not None:
        return noun_read
    subject = subject_of(cue)
    if subject is not None and _across_a_quotation_mark(subject, cue):
        subject = None
    if subject is not None:
        read_as_modifier = speaker_before_modifier(subject)  # "The 31-year-old admitted interest ... was immense, adding"
        subject = read_as_modifier[1] if read_as_modifier else subject
        subject = name_in_opening_participle(subject, cue) or name_in_role_object(subject) \
            or name_before_dashed_role(subject, cue) or author_of_titled_work(subject) \
            or name_after_titled_role(subject) or name_before_parenthesis(subject, cue) or subject
    if subject is None:
        subject = (subject_of_inner_participle(cue) or misread_speaker(cue) or subject_split_off(cue)
                   or name_read_as_modifier(cue) or age_read_as_modifier(cue) or hidden_subject(cue))
    if subject is None and cue.tag_ == "VBG":
        return _clause_subject_before(cue)
    if subject is None and cue.pos_ in ("VERB", "AUX"):
        named = name_after_quote(cue) or named_phrase_after(cue) or described_after_quote(cue)
        if named is not None:
            return named
    if subject is not None or cue.pos_ not in ("VERB", "AUX") or cue.dep_ not in ("ROOT", "ccomp", "conj", "parataxis"):
        return subject
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return None  # "managers from Mitsubishi were charged with …": the charged did not speak
    # "About 4 in 10 say ...": the parser took the share for a number modifying the verb
    shares = [c for c in cue.lefts if c.dep_ == "nummod" and c.like_num]
    if shares:
        return shares[0]
    inverted = speaker_after_inverted_cue(cue)  # "..., says the party": not the clause's object
    if inverted is not None:
        return inverted
    doc = cue.doc
    i = cue.i - 1
    while i >= cue.sent.start and (doc[i].tag_ in ("RB", "MD", ",") or doc[i].dep_ in ("aux", "auxpass", "neg")):
        i -= 1
    i = before_parenthesis(doc, i, cue.sent.start)  # "Sen. Lindsey Graham (R-SC) called out"

    if i >= cue.sent.start and doc[i].pos_ in ("PROPN", "NOUN") and doc[i].dep_ in ("appos", "conj", "pobj", "dobj", "npadvmod", "compound"):
        token = doc[i]
        # "Murphy, the head of Right to Rise USA, tweeted": climb from "USA" to "Murphy"
        while (token.ent_type_ != "PERSON" and (token.dep_ in ("pobj", "prep", "appos", "compound") or conjoined_role(token))
               and token.head.i < cue.i and token.head.i != token.i
               and not (token.dep_ == "pobj" and token.head.head.i == cue.i)):  # ("Among voters, 67 percent, say")
            token = token.head
        if token.dep_ == "pobj" and token.head.head.i == cue.i and token.i < doc[i].i and doc[i].pos_ == "PROPN":
            token = doc[i]  # "On top of the deal with Tanzania Mr Brown said": a fronted phrase with no comma holds no speaker
        if token.pos_ in ("PROPN", "NOUN", "PRON") and not any(_inside_quote_mark(t) for t in (token,)):
            return token
    i = cue.i + 1  # inverted: '"...," read one.'
    if i < cue.sent.end and doc[i].pos_ in ("PROPN", "NOUN", "PRON", "NUM") and (
            doc[i].dep_ in ("dobj", "attr", "npadvmod", "dep") or doc[i].dep_ == "ROOT" and cue.head.i == i):
        return doc[i]  # (a headline's "Nat Insurance to rise, say Tories": the parser made "Tories" the root)
    return None


def _across_a_quotation_mark(subject: Token, cue: Token) -> bool:
    """Whether a subject found by climbing the parse is inside a quotation its cue is not
    in: the climb went into the quotation the cue introduces."""
    spans = _quotation_spans(cue.doc)
    inside = [(s, e) for s, e in spans if s <= subject.idx < e]
    return bool(inside) and not any(s <= cue.idx < e for s, e in inside)


_QUOTE_SPANS_KEY = "onrecord.speaker_quote_spans"


def _quotation_spans(doc) -> list[tuple[int, int]]:
    spans = doc.user_data.get(_QUOTE_SPANS_KEY)
    if spans is None:
        from .quotes import find_quotes, text_of

        spans = doc.user_data[_QUOTE_SPANS_KEY] = [(q.start, q.end) for q in find_quotes(text_of(doc))]
    return spans


def _clause_subject_before(cue: Token) -> Token | None:
    """The subject of the nearest clause before a participle, in its sentence and outside
    any quotation ("Clinton seemed ready to riff on it, telling the crowd, …")."""
    doc = cue.doc
    spans = _quotation_spans(doc)
    if any(s <= cue.idx < e for s, e in spans):
        return None
    for i in range(cue.i - 1, cue.sent.start - 1, -1):
        token = doc[i]
        if any(s <= token.idx < e for s, e in spans):
            return None
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i < cue.i and (holds_views(token) or _bare_name(token)) \
                and token.head.dep_ != "relcl" and not any(c.dep_ == "auxpass" for c in token.head.children):
            return token
    return None


def _bare_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper()  # "Weaver" the tagger left out


def _inside_quote_mark(token: Token) -> bool:
    return token.text in ('"', "“", "”", "''", "``")
