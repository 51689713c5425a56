"""The learned-cue model: the shipped weights load, and the training code learns."""

from __future__ import annotations

from collections import Counter

from conftest import load_script
from onrecord.attribute import learned


def _training():
    return load_script("training/candidate_model.py")


def test_shipped_model_matches_the_features_of_this_code():
    # a model trained on other features is ignored, which would silently drop every learned cue
    model = learned.load_model()
    assert model is not None, "retrain with training/candidate_model.py: FEATURES_VERSION changed"
    assert 0.0 < model.threshold < 1.0
    assert "endorse" in model.lemmas
    assert model.probability(["bias", "lemma=endorse", "rel=dobj"]) > model.probability(["bias", "lemma=eat", "rel=dobj"])


def test_training_learns_a_separating_feature_and_counts_a_cue_once():
    training = _training()
    # (features, label, article, gold id, lemma, cue)
    examples = [
        (["bias", "lemma=back"], 1, 0, 0, "back", (0, 1)),
        (["bias", "lemma=back"], 1, 1, 1, "back", (1, 1)),
        (["bias", "lemma=back"], 1, 2, 2, "back", (2, 1)),
        (["bias", "lemma=eat"], 0, 0, None, "eat", (0, 2)),
        (["bias", "lemma=eat"], 0, 1, None, "eat", (1, 2)),
        (["bias", "lemma=eat"], 0, 2, None, "eat", (2, 2)),
    ]
    vocabulary = training._vocabulary(examples, 1)
    weights = training.fit(examples, vocabulary, l2=0.1, epochs=200)
    probabilities = training.predict(examples, vocabulary, weights)
    assert min(probabilities[:3]) > 0.8 > 0.2 > max(probabilities[3:])
    totals = Counter(gold=4, rules_tp=1, rules_predicted=1)
    threshold, f1, found = training.choose_threshold(examples, probabilities, totals)
    assert found == 3 and threshold == min(probabilities[:3])
    assert abs(f1 - 2 * 4 / (4 + 4)) < 1e-9  # 1 + 3 found of 4 gold, 1 + 3 predicted
    # two candidates of one cue: only the likelier one is a prediction
    twice = examples[:1] + [(["bias", "lemma=back"], 0, 0, None, "back", (0, 1))]
    _, _, found_twice = training.choose_threshold(twice, probabilities[:2], Counter(gold=2, rules_tp=0, rules_predicted=0))
    assert found_twice == 1


def _relations(text: str, cue: str) -> set[str]:
    from onrecord.attribute import load_pipeline
    from onrecord.attribute.component import CANDIDATES_KEY

    doc = load_pipeline(propose_all=True)(text)
    return {f.removeprefix("rel=") for c in doc.user_data[CANDIDATES_KEY] if c.found.cue.text == cue
            for f in c.features if f.startswith("rel=")}


def test_only_a_raising_verb_or_a_passive_reports_its_subject():
    # "Cruz seems to lead": what is reported includes Cruz; "Trump proposed barring Muslims":
    # Trump holds the proposal, which is the infinitive alone
    assert "subject:nsubj|xcomp" in _relations("Ted Cruz seems to lead the field in Iowa.", "seems")
    proposed = _relations("Donald Trump proposed barring all foreign Muslims from entering.", "proposed")
    assert "xcomp" in proposed and not any(r.startswith("subject:") for r in proposed)
    assert "subject:nsubjpass|xcomp" in _relations("Ted Cruz is expected to win the Iowa caucuses.", "expected")


def test_training_labels_only_the_closest_candidate_of_a_cue():
    training = _training()
    gold = [(0, 10), (20, 40)]
    assert training._jaccard([(20, 40)], [(20, 40)]) == 1.0
    assert training._jaccard([(0, 40)], gold) == 30 / 40
    assert training._jaccard([(50, 60)], gold) == 0.0
    # cue 5 finds gold 1 twice (the closer one is positive) and gold 2 once; cue 7 finds nothing
    found = [((1, 5), 0.4), ((1, 5), 0.9), ((2, 5), 0.3), None, ((1, 7), 0.2)]
    assert training.closest_only(found) == [False, True, True, False, True]


def test_rules_a_firm_flouts_are_not_the_firms_words():
    # BBC dev tech/382 (judged "wrong"): the learned cue "rules on" made the firms that flout them speak
    from onrecord import extract

    text = ("Firms that flout rules on how ringtones and other mobile extras are sold could be cut off from all UK "
            "phone networks.")
    assert not [s for s in extract(text, "2005-03-01").statements if "ringtones" in s.content.text]


def test_a_promise_broken_is_still_the_breakers_own():
    # BBC dev entertainment/252: the one who breaks a promise made it; the rule for rules kept leaves it
    from onrecord.attribute.learned import _rule_kept
    from onrecord.attribute import load_pipeline

    doc = load_pipeline()("He broke a promise to take care of her. Firms that flout rules on pricing were fined.")
    assert not _rule_kept(next(t for t in doc if t.text == "promise"))
    assert _rule_kept(next(t for t in doc if t.text == "rules"))


def test_an_award_shares_no_photos_and_sharing_photos_is_no_statement():
    # news-html article_with_divs: a line break inside "won the ¶ Africa Movie Academy Award"
    # made the award the subject of "has taken to her Instagram page to share some photos"
    from onrecord import extract

    text = ("Veteran Nollywood actress, Kate Henshaw, who in 2008, won the\n\nAfrica Movie Academy Award for Best "
            "Actress in a Leading Role, has taken to her Instagram page to share some stunning photos of herself.")
    assert not [s for s in extract(text).statements if "photos" in s.content.text]


def test_a_body_named_for_a_place_or_a_league_still_speaks():
    # a reviewer's sentences: "Street" and "League" head names the NER gives a body's kind
    from onrecord import extract

    for text, speaker in [
        ("Downing Street confirmed the visit on Tuesday, saying the prime minister would travel to Paris.",
         "Downing Street"),
        ("The Premier League confirmed the fine on Monday, adding that the club had 14 days to appeal.",
         "Premier League"),
    ]:
        assert any(s.cue.text == "confirmed" and s.speaker.name == speaker
                   for s in extract(text).statements if s.cue is not None)


def test_a_thing_never_speaks_and_a_person_told_is_no_content():
    from onrecord.attribute import load_pipeline
    from onrecord.attribute.found import Found
    from onrecord.attribute.learned_filters import unspoken

    doc = load_pipeline()("The award announced a new rule. Morales subsequently emailed a report and photographs "
                          "of the meeting. The judge was telling his lawyer Chris Kise.")
    token = {t.text: t for t in doc}
    oscar = Found((15, 30), token["announced"], (11, 20), token["award"], rule="learned-dobj", confidence=0.5)
    assert unspoken(oscar)
    assert not unspoken(Found((15, 30), token["announced"], (11, 20), token["Morales"], rule="learned-dobj", confidence=0.5))
    report = token["report"]
    emailed = Found((report.left_edge.idx, token["meeting"].idx), token["emailed"], (0, 1), token["Morales"],
                    rule="learned-dobj", confidence=0.5)
    assert unspoken(emailed)
    told = Found((token["his"].idx, token["Kise"].idx + 4), token["telling"], (0, 1), token["judge"], rule="learned-dobj", confidence=0.5)
    assert unspoken(told)


def test_a_passive_s_object_after_its_agent_is_no_content():
    # BBC politics (development slice, judged wrong): the parser hung the agent's apposition
    # ("a joint effort by ...") on "published" as its object
    from onrecord import extract

    text = ("The report is published by the Efficiency in Government Unit - a joint effort by right of centre think "
            "tanks the Economic Research Council and the Centre for Policy Studies.")
    assert not [s for s in extract(text).statements if s.cue is not None and "published" in s.cue.text]
    # an active report of the same kind is still found by the learned pass
    kept = extract("The Efficiency in Government Unit has published a report on quangos.").statements
    assert [s.content.text for s in kept if s.cue is not None and "published" in s.cue.text] == ["a report on quangos"]


def test_with_analysts_saying_runs_the_content_on_to_its_verb():
    # BBC dev business/302 and 279: the parse makes "analysts" the subject of "were", so the
    # learned cue's content stopped at the object "sales of $600m (£309m)"
    from onrecord import extract

    text = ("Phytopharm shares jumped 10.7% on the news, with analysts saying sales of $600m (£309m) a year were "
            "possible.")
    contents = [s.content.text for s in extract(text).statements if s.cue and s.cue.text == "saying"]
    assert contents == ["sales of $600m (£309m) a year were possible"]


def test_a_share_of_voters_still_speaks_for_the_learned_pass():
    # PolNeAR train huff-post 2016-03-21: "54.6 percent of the electorate voted in favor of
    # joining Schengen" is the voters' stance; a number is no thing that cannot speak
    from onrecord.attribute import load_pipeline
    from onrecord.attribute.found import Found
    from onrecord.attribute.learned_filters import unspoken

    doc = load_pipeline()("Ultimately 54.6 percent of the electorate voted in favor of joining Schengen. "
                          "Galvin was reminding Hillary Clinton's campaign about state election laws.")
    token = {t.text: t for t in doc}
    assert token["percent"].ent_type_ == "PERCENT"
    voted = Found((token["joining"].idx, token["Schengen"].idx + 8), token["voted"], (0, 1), token["percent"],
                  rule="learned-prep", confidence=0.5)
    assert not unspoken(voted)
    reminded = Found((token["Hillary"].idx, token["laws"].idx + 4), token["reminding"], (0, 1), token["Galvin"],
                     rule="learned-dobj", confidence=0.5)
    assert not unspoken(reminded)


def test_figures_showing_a_drop_keep_their_own_verb_out_of_the_content():
    # BBC dev business/170: no "with" before the subject, so "suggested" is the figures' verb
    from onrecord.attribute import load_pipeline
    from onrecord.attribute.found import Found
    from onrecord.attribute.learned_filters import widen_absolute

    doc = load_pipeline()("Figures showing a big drop in sales suggested the slowdown was over.")
    token = {t.text: t for t in doc}
    content = (token["a"].idx, token["sales"].idx + 5)
    found = Found(content, token["showing"], (0, 1), None, rule="learned-dobj", confidence=0.5)
    widen_absolute(found)
    assert token["showing"].dep_ == "acl" and found.content == content


def test_a_saying_framed_by_an_adjective_is_the_verbs_speech():
    # PolNeAR train huff-post 2016-06-17 (gold cue "was quick to point out"): the learned
    # cue "quick" took "to point out that ..." as a stance and left the saying nested in it,
    # where the act model put it out of the default record
    from onrecord import extract

    text = ("Sexton was quick to point out that not all Trump supporters espoused such views, and he doesn’t "
            "broad-stroke all of the candidate’s followers as hateful bigots, racists and misogynists.")
    statements = extract(text).statements
    assert not [s for s in statements if s.cue and s.cue.text == "quick"]
    said = [s for s in statements if s.act == "speech" and s.content.text.startswith("that not all Trump")]
    assert [s.speaker.mention.text for s in said] == ["Sexton"]
    # an adjective with an infinitive that says nothing keeps its own finding
    assert [s.cue.text for s in extract("Sanders was eager to win the state.").statements] == ["eager"]
