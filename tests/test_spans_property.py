"""Every span the engine emits indexes the article text: ``text[start:end] == span.text``,
over generated news-like text and over real articles (where statements must be found, so
the check is never vacuous)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord import extract
from onrecord.schema import Article

NAMES = ["Dmitry Peskov", "Peskov", "he", "she", "The Kremlin", "Ukrainian officials", "Naftali Bennett", "a spokesman"]
CUES = ["said", "told reporters", "added", "has said", "emphasized", "warned", "claimed"]
CLAUSES = [
    "talks have stalled", "no significant progress has been made", "the bridge will reopen on Monday",
    "prices rose last week", "there can be no question of any surrender",
]
MARKS = [('"', '"'), ("“", "”"), ("''", "''"), ('"', ""), ("", '"')]
JUNK = ["Oops! Something went wrong.", "Advertisement", "  • ", "Story continues below", "Please try again later."]

sentence = st.one_of(
    st.builds(lambda n, c, x: f"{n} {c} that {x}.", st.sampled_from(NAMES), st.sampled_from(CUES), st.sampled_from(CLAUSES)),
    st.builds(lambda m, x, n, c: f"{m[0]}{x.capitalize()},{m[1]} {n} {c}.", st.sampled_from(MARKS), st.sampled_from(CLAUSES), st.sampled_from(NAMES), st.sampled_from(CUES)),
    st.builds(lambda n, c, m, x: f"{n} {c}: {m[0]}{x}.{m[1]}", st.sampled_from(NAMES), st.sampled_from(CUES), st.sampled_from(MARKS), st.sampled_from(CLAUSES)),
    st.builds(lambda n, x: f"According to {n}, {x}.", st.sampled_from(NAMES), st.sampled_from(CLAUSES)),
    st.sampled_from(JUNK),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
article_text = st.lists(paragraph, min_size=0, max_size=5).flatmap(
    lambda ps: st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n"]).map(lambda sep: sep.join(ps))
)


def assert_spans_index(article: Article) -> None:
    text = article.text
    for s in article.statements:
        spans = [s.content, s.cue, s.speaker.mention, s.via.span if s.via else None, s.when.span if s.when else None]
        for span in filter(None, spans):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert 0.0 <= s.confidence <= 1.0
        assert s.speaker.name is None or s.speaker.name.lower() not in {"he", "she", "it", "they", "who"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_spans_index_generated_text(text):
    assert_spans_index(extract(text, published="2022-03-21"))


def test_spans_index_real_articles(shared, kremlin_text):
    kremlin = extract(kremlin_text, published="2022-03-21")
    assert_spans_index(kremlin)
    # the seed gold has 16 statements in this article
    assert len(kremlin.statements) >= 12
    paths = sorted((shared / "data" / "bbc" / "politics").glob("*.txt"))[:40]
    counts = []
    for path in paths:
        article = extract(path.read_text(encoding="utf-8", errors="replace"))
        assert_spans_index(article)
        counts.append(len(article.statements))
    # BBC politics reports what politicians say: every one of these articles quotes someone
    # (525 statements in all at the time of writing)
    assert len(paths) == 40 and min(counts) >= 1 and sum(counts) >= 400, counts
