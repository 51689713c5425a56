"""Findings that are no one's statement, whatever their cue (issue 12): the act that keeps
each out of the default record (docs/schema.md, "Acts"; docs/engine.md, "Acts").

On samples of BBC output read by an editor, these were the statements judged wrong:

1. hearsay and predictions in an agentless passive: "X is said to be ...", "X is expected
   to ...", "it was announced that ...", "he was told he would ..." — no one is the
   speaker: a belief (the writer's report of what is held true);
2. numbers and evidence as speakers: "40% said ...", "more than two-thirds of those
   questioned said ...", "research suggests ...", "studies have shown ..." — a
   description of data, a belief; a study, survey or poll that names who made it ("a
   YouGov poll for the Daily Telegraph found", "research by the London Institute of
   Education") stays its maker's writing;
3. actions read as statements: "filed a lawsuit against ...", "published a book ...",
   "launched a campaign ...", "reported the allegations to the authorities", and their
   passives ("the song was written by ...", "results will be published by ..."): the
   content is a thing done or made, not words — a stance (an act that commits, as "signed
   a deal");
4. refusals and non-commitments with no words for content: "declined to comment on the
   reports" (an intention, as "refused to"), "failed to disclose how ..." (nothing said), "would not comment on the reports", "has not
   ruled out a rival format", "will not say which" (a stance); a negated cue with a clause
   ("did not deny that ...") still reports what was said;
   What someone denies saying ("denied accusing Germany of ...") is not theirs either;
5. narration with a verb that says nothing: "This offers ...", "which confirmed his
   status", "Islamic banks offer services" (a giving verb with goods for its object, unlike
   "offered an apology"): a belief, or a stance for a learned cue; a passive whose agent is
   a thing ("can be explained by an increase in ..."); a question's "who" as the speaker
   ("who is to say that ...?"); the writer's own voice ("Let us say then that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..schema import StatementAct as Act
from .addressee_clauses import request_on_addressee
from .adjective_participles import participle_as_adjective
from .announced_things import thing_announced
from .cue_tokens import SUBJECT_DEPS, holds_views
from .effect_cues import helps_bring_about, participle_read_as_verb
from .topic_nouns import question_put_to_subject, topic_dealt_with
from .device_pronouns import device_speaks
from .deeds_of_law import a_charge_brought, a_charge_laid, a_law_speaks, a_question_put, an_order_issued, inside_a_question_put
from .content_edges import cut_edges
from .relative_leads import cut_relative_lead
from .abstract_speakers import INFERRING_VERBS, a_thing_shows, abstract_speaker
from .exhibits import fraud_message, quoted_saying, whom_regarded
from .deeds import (AUDIENCE_OBJECT_VERBS, READING_VERBS, a_fact_infers, a_plea, a_thing, a_work, action, an_audience, an_utterance_reads,
                    idiom, thing_as_agent, wished_for,
                    made_thing, names_someone, play_or_gift, purchased, summoned, tells_a_story)
from .found import Found
from .frames import in_a_title, is_question
from .lexicon import SPEECH_VERBS
from .misread_names import name_read_as_noun
from .narration_shapes import calls_met, no_words_said
from .passives import WITNESSED, agentless_passive
from .readers import in_readers_comment, writers_aside
from .suppositions import supposed
from .predicted_speech import predicted
from .told_of import bare_topic, cut_after, hearer_told_of, reported_on, thanked_for
from .wordless_objects import adds_to_a_thing, aim_proposed, aim_stated, side_declared, side_spoken_for, thing_echoes
from .voice import a_condition, bare_pronoun_content, dummy_it_infinitive, fronted_wh_word, in_question
from .unsaid import bare_participle, in_markup, lead_in_topic, noun_content, open_question, unable, unsaid
from .evidence_speakers import bare_reports, counts_people, maker_named, unauthored_evidence  # (acts.py, component.py import two from here)

# Verbs whose object is whose words are taken up, not words: "echoing Condoleezza Rice".
_SOURCE_VERBS = frozenset("echo quote cite paraphrase".split())
# Verbs whose noun object is a thing remembered or shown, not words: "Some will recall the
# news footage of angry farmers", "he portrayed an undercover cop" (an actor's role); but a
# past "recalled an incident" or "recalled Ali's generosity" tells a story in words.
_SHOWING_VERBS = frozenset("portray depict".split())
# Hearsay nouns that speak for no one: "rumours have suggested U2 may headline".
_HEARSAY_NOUNS = frozenset("rumour rumor speculation gossip".split())
# Claims that circulate with no one making them, when the writer sets a scene "amid" them.
# (stop 47: "warning" too: "There have been a number of warnings that the UK housing market may be
# heading for a downturn", bbc business/153, names no one who warned)
_CIRCULATING_NOUNS = _HEARSAY_NOUNS | frozenset("allegation claim accusation suggestion report warning".split())
# Verbs whose object "calls" are telephone calls: "make free calls to other users".
_CALLING_VERBS = frozenset("make place receive take answer route".split())
# Verbs that refuse what follows: "declined to comment on ...".
_REFUSALS = frozenset("decline refuse".split())
# Nouns for the text being read, when "this" points at it: "this article", "this story".
_THIS_TEXT = frozenset("article story piece column".split())
# Nouns of a decision or plan, told of bare: "told counterparts of its decision" is a topic.
# Pronouns that point at a thing of the narration: "This offers ...", "which confirmed ...".
_POINTING = frozenset("this that these those which".split())


def _spoken(lemma: str, written_verbs: frozenset[str]) -> bool:
    # (two look-ups, not a union of the two sets built on every call)
    return lemma in SPEECH_VERBS or lemma in written_verbs


def non_statement(found: Found, lemma: str, written_verbs: frozenset[str]) -> tuple[Act, str] | None:
    """The act of a finding that is no one's statement (see the module docstring) and the
    reason, for the statement's explanation ("passive with no agent", "a number speaks",
    ...), or None when it may be one. ``lemma`` is the cue's (repaired) lemma;
    ``written_verbs`` the verbs of writing, which may speak for a thing.
    RETURNS (tuple[str, str] | None)."""
    cue, speaker = found.cue, found.speaker
    if cue is not None and (in_readers_comment(cue.doc, cue.idx) or in_readers_comment(cue.doc, found.content[0])):
        # "... my doctor told me it is a killer. Jane Miller, London"; a heading's cue
        # ("Your comments: ...") does not make the comment under it a statement
        return "belief", "a reader's comment"
    if speaker is not None and _the_article_itself(speaker):
        return "belief", "the writer's own voice"  # "As this article says, ...": the text speaks of itself
    if cue is not None and not cue.is_punct and writers_aside(found):
        return "belief", "the writer's own voice"  # "Good luck to the man, I say."
    if cue is not None and in_markup(cue):
        return "belief", "markup, not words"  # '<tweet id="67215" author="RandPaul">'
    if cue is None or cue.is_punct:
        return None
    cut_edges(found)  # "saying [only] that", "[Also, said Mr Flynn,]", ", [the Sunday Times reports]", ...
    cut_relative_lead(found)  # "the deficit, [which he said] would be 4.5% of GDP": the relative word is no content
    if quoted_saying(found):
        return "belief", "a quoted claim about the speaker"  # "Blair 'said he would stand down'"
    if request_on_addressee(found):
        return "stance", "a request describing its addressee"  # "the trouble-shooter they asked to ..."
    if fraud_message(found):
        return "belief", "a fraud's message, no one's words"  # "The virus' subject line says ..."
    if calls_met(found):
        return "belief", "hearsay, no speaker"  # "Fears ... have sparked calls for a limit"
    if no_words_said(found, lemma):
        return "stance", "an action, not words"  # "allow customers to order SIM cards", "before ordering prints"
    if in_a_title(cue):
        return "belief", "a title, not words"  # "singles include ..., You Said No, and ...", "North East Says No"
    if participle_as_adjective(found):
        return "belief", "a participle describing its noun, no words"  # "the convention's pledged delegates"
    if cue.pos_ in ("VERB", "AUX") and agentless_passive(cue):
        return "belief", "passive with no agent"
    if speaker is not None and counts_people(speaker):
        return "belief", "a number speaks"
    if speaker is not None and unauthored_evidence(speaker):
        return "belief", "evidence with no maker"
    if speaker is not None and abstract_speaker(speaker):
        return "belief", "a mood, not words"  # "The funereal air ... suggested": the writer's inference
    if speaker is not None and a_thing_shows(speaker, lemma):
        return "belief", "evidence with no maker"  # "A close look at the numbers suggests ...": the writer's reading
    if speaker is not None and device_speaks(speaker):
        return "belief", "a device, not a speaker"  # "... what it [the phone] said about its owner"
    if a_law_speaks(speaker, lemma):
        return "belief", "a rule, not words"  # "The act states that ...", "the directive demands that ..."
    if speaker is not None and (speaker.lemma_.lower() in _HEARSAY_NOUNS and not maker_named(speaker)
                                or bare_reports(speaker)):
        return "belief", "hearsay, no speaker"  # "rumours have suggested U2 may headline", "according to reports"
    if found.rule == "according-to":
        return None
    if question_put_to_subject(cue) or topic_dealt_with(cue):
        return "belief", "a topic, no words"  # "facing questions about ...", "refused to discuss reports that ..."
    if cue.pos_ == "NOUN" and speaker is None and cue.lemma_.lower() in _CIRCULATING_NOUNS and (
            cue.dep_ == "pobj" and cue.head.lower_ == "amid" or cue.tag_ == "NNS" and (cue.dep_ in SUBJECT_DEPS
                                                                                    or cue.dep_ == "pobj")):
        # "amid allegations that the firms are too close to Israel", "Reports that it will be released
        # ... have yet to be confirmed", "called in response to claims that a man had been assaulted"
        return "belief", "hearsay, no speaker"
    if cue.pos_ == "NOUN" and speaker is None and noun_content(found):
        return "belief", "a topic, no speaker"  # "dominated by debates about spending cuts"
    if lead_in_topic(cue) and (noun_content(found) or open_question(found)):
        return "belief", "a topic, no words"  # "Pointing to national insurance, he added: ...", "Explaining why ..."
    if is_question(cue) and noun_content(found) or a_question_put(cue) or inside_a_question_put(cue):
        return "belief", "a question put to someone"  # "Asked about the plan, he said ...", "Asked whether ...": no one's words
    if a_charge_laid(cue, lemma):
        return "belief", "passive with no agent"  # "Bernie Ebbers is on trial, accused of overseeing an $11bn fraud"
    if speaker is None and lemma not in WITNESSED and (bare_participle(cue) or participle_read_as_verb(found)):
        return "belief", "passive with no agent"  # "The plan, criticised as 'a stealth tax', ...", "Recently announced changes include ..."
    if helps_bring_about(cue):
        return "belief", "an effect, not words"  # "Membership of the WTO helps guarantee a country's goods ..."
    if _reduced_relative(cue) and (noun_content(found) or _infinitive_content(found)):
        return "belief", "passive with no agent"  # "teenagers questioned for a survey": they were asked
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() == "fail":
        return "stance", "failed to say"  # "charges that it failed to disclose how ...": nothing was said
    if cue.tag_ == "VBG" and cue.dep_ in ("xcomp", "ccomp", "dobj") and cue.head.lemma_.lower() == "deny":
        # "he denied accusing Germany of ...": what he denies saying is not his statement
        return "stance", "denied saying"
    if cue.dep_ in ("ccomp", "xcomp") and cue.head.lower_ == "let" and cue.head.dep_ == "ROOT":
        return "belief", "the writer's own voice"  # "Let us say then that ..."
    if dummy_it_infinitive(cue):
        return "belief", "the writer's own voice"  # "Would it be too much to ask for ...?"
    set_phrase = idiom(cue, lemma)
    if set_phrase is not None:
        return set_phrase
    if fronted_wh_word(cue):
        return "belief", "a set phrase, no words"  # "an individual is who they say they are"
    if bare_pronoun_content(found):
        return "belief", "a set phrase, no words"  # "Having said that, Mark is looking ..."
    if speaker is not None and speaker.tag_ == "WP" and speaker.dep_ != "relcl" and in_question(speaker):
        return "belief", "a question, not a speaker"  # "who is to say that ...?"
    if speaker is not None and speaker.lower_ in ("much", "many") and any(c.lower_ == "how" for c in speaker.children):
        return "belief", "a question, not a speaker"  # "assess how much might be going on and suggest what ..."
    if (speaker is not None and cue.dep_ in ("acl", "relcl") and speaker.i == cue.head.i and speaker.pos_ == "NOUN"
            and any(c.tag_ == "TO" for c in cue.children) and not holds_views(speaker)):
        return "belief", "narration"  # "the appropriate place to announce election day": a place says nothing
    if thing_as_agent(cue) or an_utterance_reads(speaker, lemma) or (
            lemma in READING_VERBS and speaker is not None and a_thing(speaker) and _noun_root(found)):
        # "the discrepancy can be explained by an increase in ...", "the warning does highlight the risks"
        return "belief", "narration"
    if wished_for(cue):
        return "belief", "a wish, no words"  # "We need a full report on what went wrong"
    if found.rule.startswith("learned") and _spoken(lemma, written_verbs) and speaker is not None \
            and a_thing(speaker) and not name_read_as_noun(speaker):  # "Trump predicts": a name, no thing
        return "stance", "narration"  # "Websites started getting reports ...", "the gadget explosion signalled ..."
    if made_thing(found, lemma):
        return "stance", "an action, not words"
    if (announced := thing_announced(found, lemma)) is not None:
        # "Nintendo announced a media adapter" (a stance, as "unveiled"); "England will announce their
        # squad"; "announced proposals" (a plan, named only)
        if announced == "a made thing":
            return "stance", "an action, not words"
        return ("belief" if announced == "not said yet" else "intention"), announced
    if side_declared(found, lemma) or side_spoken_for(found, lemma):
        return "stance", "a side taken, no words"  # "reaffirmed its faith in Anil": backing, as "backed Anil"
    if aim_proposed(found, lemma):
        return "intention", "a proposal, no words"  # "recommended 15 ways to protect punters"
    if aim_stated(found, lemma):
        return "intention", "an aim, no words"  # "had stated their intentions ... when they finished runners-up"
    if thing_echoes(found, lemma):
        return "belief", "narration"  # "The trend echoes the uptake of mobiles in many developing economies"
    if adds_to_a_thing(found, lemma):
        return "belief", "narration"  # "The latest triumph adds to the three Grammys ... won earlier"
    if _spoken(lemma, written_verbs) and a_condition(cue):
        return "belief", "a condition, not a statement"
    if _spoken(lemma, written_verbs) and supposed(cue, speaker):
        return "belief", "a supposition, not a statement"  # "Critics might argue ...", "Should he say ..."
    if _spoken(lemma, written_verbs) and predicted(found) and not noun_content(found):  # ("will recall the footage": a memory)
        return "belief", "not said yet"  # "The campaigners will say ...", "are likely to complain ..."
    if lemma == "tell" and tells_a_story(cue) and speaker is not None and a_work(speaker):
        return "belief", "narration"  # "Sideways tells the story of two men who ...": a work described
    if found.rule == "denial" and _refused(cue):
        return "intention", "refusal with no words"  # "refused to deny claims that he had clashed with ..."
    if _refused(cue) and open_question(found):
        return "intention", "refusal with no words"  # "The Justice Department refused to say if it would appeal"
    if open_question(found) and not _negated(cue) and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall")
                                                            for c in cue.children):
        return "belief", "not said yet"  # "Next week's chart will reveal who will have the festive chart-topper"
    if cue.pos_ == "NOUN" and lemma == "call" and cue.head.lemma_.lower() in _CALLING_VERBS:
        return "belief", "narration"  # "allows people to make free PC-based calls to other Skype users"
    if lemma == "refer" and _no_verb(found):
        return "belief", "a topic, no words"  # 'His "resignation" was referred to by both leaders'
    if play_or_gift(cue, lemma) or summoned(found, lemma) or a_plea(cue, lemma):
        return "stance", "an action, not words"  # "pleaded guilty to disorderly conduct"
    if a_fact_infers(cue, lemma):
        return "belief", "narration"
    if purchased(found, lemma):
        return "stance", "a purchase, not words"
    if an_order_issued(found, lemma):
        return "stance", "an order, not its words"  # "China has ordered a halt to ...", "ordered a thorough investigation"
    if a_charge_brought(found, lemma):
        return "stance", "a legal action, not words"  # "Angela Corey charged Zimmerman with second-degree murder"
    if (of := hearer_told_of(found) if lemma == "tell" else None) is not None and not noun_content(found):
        cut_after(found, of)  # "told [MPs of] his plans to cut taxes": an infinitive makes no clause of it
    if lemma == "thank" and found.rule == "learned-dobj":
        thanked_for(found)  # "thanked [fans for] supporting the band": the ones thanked are no words
    if whom_regarded(found, lemma):
        return "stance", "whom, not what was said"  # "congratulated [the Iraqi people] on their courage"
    if noun_content(found):
        if of is not None and bare_topic(of) or reported_on(found, lemma):
            return "belief", "a topic, no words"  # "bosses told counterparts at UFJ of its decision"
        if of is not None:
            cut_after(found, of)  # "Witnesses told [police of] hearing gunshots": their account
        if lemma in AUDIENCE_OBJECT_VERBS and an_audience(found):
            return "stance", "an audience, not words"  # "Sanders addressed a Wednesday night rally"
        if lemma in _SOURCE_VERBS and _names_a_person(found):
            return "stance", "a person, not words"  # "Echoing the US Secretary of State Condoleezza Rice"
        if lemma == "remember" or (lemma == "recall" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children)):
            return "belief", "a memory, not words"  # "Some will recall the news footage of ..."
        if lemma in _SHOWING_VERBS:
            return "belief", "narration"  # "he portrayed an undercover cop": a role played
        if lemma == "call" and names_someone(found) and any(c.lower_ in ("into", "up") for c in cue.children):
            return "stance", "an action, not words"  # "call inexperienced prop Andrew Sheridan into his front row"
        if lemma == "chant":
            return "stance", "an action, not words"  # "fans were chanting for the head of chairman Keith Haslam"
        if lemma == "deny" and names_someone(found):
            return "stance", "an action, not words"  # "James denied Damien Duff": a save, not a denial
        if _refused(cue):
            return "intention", "refusal with no words"
        if _negated(cue) or unable(cue):
            return "stance", "negated, no words"
        if action(cue, lemma):
            return "stance", "an action, not words"
    if (speaker is not None and speaker.lower_ in _POINTING and speaker.tag_ in ("DT", "WDT")
            and (not _spoken(lemma, written_verbs) or speaker.tag_ == "WDT" and noun_content(found)
                 or speaker.tag_ == "DT" and lemma in INFERRING_VERBS)):
        # "... which confirmed his global superstar status": a relative "which"/"that" is a
        # thing or an event; with a noun for content it narrates (the report "which said
        # that ..." still writes)
        return ("stance" if found.rule.startswith("learned") else "belief"), "narration"
    return unsaid(found, lemma)


def _infinitive_content(found: Found) -> bool:
    """ "sweeteners reported [to have been discussed by ...]": a content opening with "to"."""
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    return span is not None and len(span) > 1 and span[0].tag_ == "TO"


def _reduced_relative(cue: Token) -> bool:
    """A participle right after its noun, with no subject or agent of its own: "teenagers
    [questioned for a survey] have shown" (not "Murphy, the head of ..., Tweeted", nor a
    main verb the parser hung on its subject, "A Quinnipiac poll found that ...", which
    ``_noun_content`` leaves out by its clause)."""
    if cue.tag_ in ("VBN", "VBD") and cue.dep_ == "csubj" and cue.head.i > cue.i and cue.i > 0 and \
            cue.doc[cue.i - 1].dep_ == "nsubj" and cue.doc[cue.i - 1].head.i == cue.i:
        # the same, parsed as a clause that is the subject of the main verb: "[Teenagers
        # questioned for a survey] have shown"
        return not any(c.dep_ in ("agent", "auxpass", "aux") for c in cue.children)
    if cue.tag_ not in ("VBN", "VBD") or cue.dep_ != "acl" or cue.head.i > cue.i or cue.head.dep_ == "ROOT":
        return False
    return not any(c.dep_ in ("agent", "auxpass", "aux") or c.dep_ in SUBJECT_DEPS for c in cue.children) and not any(
        t.is_punct for t in cue.doc[cue.head.i : cue.i]) and cue.lemma_.lower() not in WITNESSED


def _names_a_person(found: Found) -> bool:
    """Whether a noun content is only a person ("echoing [Condoleezza Rice]", "quoted
    [Mr Blair]"): who is echoed or quoted, not what was said."""
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.ent_type_ == "PERSON"


def _no_verb(found: Found) -> bool:
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _refused(cue: Token) -> bool:
    """ "declined to comment on", "refused to confirm"."""
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _REFUSALS


def _negated(cue: Token) -> bool:
    """ "would not comment on", "has not ruled out", "will not say"."""
    return any(c.dep_ == "neg" for c in cue.children) or (
        cue.dep_ == "xcomp" and any(c.dep_ == "neg" for c in cue.head.children))


def _noun_root(found: Found) -> bool:
    """ "highlighted [the kind of trends to come]": a content whose root is a noun."""
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.pos_ == "NOUN" and not span.text.startswith(("\"", "“"))


def _the_article_itself(speaker: Token) -> bool:
    # "this article says": the very text the reader reads, never a source of its own
    # ("this piece of legislation says" is the bill, not the article)
    return (speaker.lemma_.lower() in _THIS_TEXT and any(c.dep_ == "det" and c.lower_ == "this" for c in speaker.children)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in speaker.children))
