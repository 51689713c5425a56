"""The link stage: one canonical speaker per person or body across articles, unnamed sources
kept in their article, relink idempotent and resumable; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from test_store import make_article, make_statement

from onrecord.link import link_batch, relink, unlinked
from onrecord.schema import Article, Speaker
from onrecord.store import SearchQuery, open_store


def article(text: str, *speakers: tuple, outlet: str = "BBC", published: dt.date = dt.date(2005, 2, 1)) -> Article:
    """An article whose statements are (content, name, type[, title[, affiliation[, mention]]])."""
    statements = []
    for content, name, type_, *rest in speakers:
        title, affiliation, mention = (rest + [None, None, None])[:3]
        statements.append(make_statement(text, content, speaker=name, type_=type_, title=title, affiliation=affiliation, mention=mention, kind="indirect"))
    return make_article(text, statements, outlet=outlet, published=published, url=None)


def store_linked(store, *articles: Article) -> list[Article]:
    linked = link_batch(store, list(articles))
    store.add_articles(linked)
    return linked


def ids(linked: Article) -> list[str | None]:
    return [s.speaker.id for s in linked.statements]


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        yield s


BLAIR = "Prime Minister Tony Blair said the election would be fought on the economy. Labour was confident."
MR_BLAIR = "Tony Blair visited Sedgefield. Mr Blair said schools would get more money, the Labour leader added."
IAN = "Sir Ian Blair, the Metropolitan Police commissioner, spoke. Blair said crime had fallen in London."
CHERIE = "Cherie Blair said the book was written for children. She signed copies in London."


def test_a_surname_joins_the_full_name_the_article_gives(store):
    (first,) = store_linked(store, article(BLAIR, ("the election would be fought on the economy", "Tony Blair", "person", "Prime Minister")))
    (second,) = store_linked(store, article(MR_BLAIR, ("schools would get more money", "Blair", "person", None, None, "Mr Blair")))
    assert ids(first) == ids(second) == ["person-tony-blair"]
    tony = store.speaker("person-tony-blair")
    assert tony.statements == 2 and tony.articles == 2 and set(tony.aliases) == {"Tony Blair", "Blair"}


def test_people_sharing_a_surname_stay_apart(store):
    store_linked(store, article(BLAIR, ("the election would be fought on the economy", "Tony Blair", "person")))
    (ian,) = store_linked(store, article(IAN, ("crime had fallen in London", "Blair", "person")))
    assert ids(ian) != ["person-tony-blair"]  # the text names Ian Blair, not Tony
    store_linked(store, article("Sir Ian Blair, Metropolitan Police commissioner, said officers were ready. More later.",
                                ("officers were ready", "Ian Blair", "person", "commissioner", "Metropolitan Police")))
    (cherie,) = store_linked(store, article(CHERIE, ("the book was written for children", "Cherie Blair", "person")))
    (mrs,) = store_linked(store, article("Mrs Blair said she was delighted. The event raised money.",
                                         ("she was delighted", "Blair", "person", None, None, "Mrs Blair")))
    named = {s.id: s for s in store.speakers(50)}
    assert {"person-tony-blair", "person-ian-blair", "person-cherie-blair"} <= set(named)
    assert ids(cherie) == ["person-cherie-blair"]
    # Mrs Blair is not Tony (gender), and nothing in the article says which other Blair:
    # the mention stays in its article.
    assert ids(mrs)[0].endswith(mrs.id) and named[ids(mrs)[0]].article_id == mrs.id


def test_spelling_variants_are_one_speaker_with_every_alias(store):
    (a,) = store_linked(store, article("Dmitry Peskov said talks were stalled. Moscow agreed.", ("talks were stalled", "Dmitry Peskov", "person", "spokesman", "Kremlin")))
    (b,) = store_linked(store, article("Dmitri Peskov said no date was set. Kyiv disagreed.", ("no date was set", "Dmitri Peskov", "person")))
    (c,) = store_linked(store, article("Volodymyr Zelensky said the line held. Volodymyr Zelenskyy said help came. End.",
                                       ("the line held", "Volodymyr Zelensky", "person"), ("help came", "Volodymyr Zelenskyy", "person")))
    assert ids(a) == ids(b) == ["person-dmitry-peskov"]
    assert ids(c)[0] == ids(c)[1]
    assert set(store.speaker("person-dmitry-peskov").aliases) == {"Dmitry Peskov", "Dmitri Peskov"}
    assert store.search(SearchQuery(speaker="Dmitri Peskov")).hits


def test_descriptions_are_unnamed_sources_of_their_own_article(store):
    t1 = "A spokesman for the British Casino Association said the law was unfair. The company said profits rose."
    t2 = "A spokesman said the software was pirated. Analysts said sales would fall."
    a1, a2 = store_linked(store,
                          article(t1, ("the law was unfair", "spokesman", "person", "spokesman", "British Casino Association"),
                                  ("profits rose", "company", "unknown")),
                          article(t2, ("the software was pirated", "spokesman", "person"), ("sales would fall", "Analysts", "group")))
    unnamed = ids(a1) + ids(a2)
    assert len(set(unnamed)) == 4 and all(i.startswith("unnamed-") for i in unnamed)
    assert all(i.endswith(a.id) for a, pair in ((a1, ids(a1)), (a2, ids(a2))) for i in pair)
    assert store.speakers(50) == []  # no named speaker at all
    listed = {s.label for s in store.speakers(50, unnamed=True)}
    assert "unnamed: spokesman, British Casino Association" in listed and "unnamed: Analysts" in listed
    facets = store.facets(SearchQuery())
    assert facets.unnamed == 4 and facets.speakers == []
    assert store.count(SearchQuery(unnamed=True)) == 4 and store.count(SearchQuery(unnamed=False)) == 0
    (bbc,) = store.outlets()
    assert (bbc.outlet, bbc.statements, bbc.unnamed, bbc.unnamed_share) == ("BBC", 4, 4, 1.0)


def test_a_bodys_page_counts_its_unnamed_sources(store):
    store_linked(store, article("Microsoft said sales rose. A Microsoft spokesman said more was to come.",
                                ("sales rose", "Microsoft", "organization"),
                                ("more was to come", "Microsoft spokesman", "person", "spokesman", "Microsoft")))
    store_linked(store, article("Microsoft said the patch was ready. Windows users waited.", ("the patch was ready", "Microsoft", "organization")))
    detail = store.speaker("organization-microsoft")
    assert detail.statements == 2 and detail.articles == 2
    assert detail.unnamed_statements == 1 and detail.unnamed_sources[0].value == "Microsoft spokesman"


def test_the_type_is_the_majority_of_statements(store):
    store_linked(store,
                 article("Trump said the show was a hit. It ran for years.", ("the show was a hit", "Trump", "organization")),
                 article("Trump said ratings rose. Critics disagreed.", ("ratings rose", "Trump", "person")),
                 article("Trump said he was pleased. The network agreed.", ("he was pleased", "Trump", "person")))
    (trump,) = [s for s in store.speakers(10) if s.name == "Trump"]
    assert (trump.type, trump.statements, trump.articles) == ("person", 3, 3)


def test_ids_are_stable_and_relink_is_idempotent_and_resumable(store):
    batch = [
        article(BLAIR, ("the election would be fought on the economy", "Tony Blair", "person", "Prime Minister", "Labour")),
        article(MR_BLAIR, ("schools would get more money", "Blair", "person", None, None, "Mr Blair")),
        article(CHERIE, ("the book was written for children", "Cherie Blair", "person")),
        article("A spokesman said the talks failed. Officials said so too.", ("the talks failed", "spokesman", "person"), ("so too", "Officials", "group")),
    ]
    for a in batch:  # one at a time, as small ingest batches
        store_linked(store, a)
    first = [s.model_dump() for s in store.speakers(100, unnamed=None)]
    stored = [store.article(a.id) for a in batch]
    assert relink(store).articles == 4
    assert [s.model_dump() for s in store.speakers(100, unnamed=None)] == first
    assert [store.article(a.id) for a in batch] == stored
    # Killed after one batch: the next call continues (not restarts) and ends the same.
    store.begin_relink()
    store.save_links(link_batch(store, [unlinked(a) for a in store.articles_to_link(1)]))
    assert store.relink_running() and store.unlinked_articles() == 3
    summary = relink(store, batch_size=2)
    assert summary.resumed and summary.articles == 3 and not store.relink_running()
    assert [s.model_dump() for s in store.speakers(100, unnamed=None)] == first


def test_relink_retires_ids_with_a_redirect(store):
    # Stored without the link stage: plain ids of name and type, as schema 1 made them.
    store.add_articles([article("Trump said the show was a hit. It ran.", ("the show was a hit", "Trump", "organization")),
                        article("Trump said ratings rose. Fine.", ("ratings rose", "Trump", "person"))])
    assert {s.id for s in store.speakers(10)} == {"organization-trump", "person-trump"}
    assert store.unlinked_articles() == 2
    relink(store)
    (trump,) = store.speakers(10)
    assert trump.statements == 2 and store.unlinked_articles() == 0
    retired = ({"organization-trump", "person-trump"} - {trump.id}).pop()
    assert store.speaker(retired).id == trump.id


def test_ingest_links_and_stored_articles_carry_the_ids(store, kremlin_text):
    from onrecord import extract
    from onrecord.ingest import IngestSummary, store_batch

    extracted = extract(kremlin_text, published="2022-03-21", source="kremlin.txt")
    store_batch(store, [extracted], [], IngestSummary(run_id=store.start_run(["x"])), documents=1)
    back = store.article(extracted.id)
    assert unlinked(back) == extracted
    named = [s for s in back.statements if s.speaker.name]
    assert named and all(s.speaker.id for s in named)
    peskov = [s.speaker.id for s in named if s.speaker.name == "Dmitry Peskov"]
    assert set(peskov) == {"person-dmitry-peskov"}
    hit = store.search(SearchQuery(speaker="person-dmitry-peskov", limit=1)).hits[0]
    assert hit.speaker_id == hit.statement.speaker.id == "person-dmitry-peskov"


def test_an_engine_unnamed_source_is_never_merged(store):
    text = "Kremlin sources said a deal was near. Later, Kremlin sources said it was off."
    a1 = make_article(text, [make_statement(text, "a deal was near", speaker="Kremlin sources", type_="group")])
    a1.statements[0].speaker.unnamed = True
    text2 = "Kremlin sources said the talks went well. Nothing else."
    a2 = make_article(text2, [make_statement(text2, "the talks went well", speaker="Kremlin sources", type_="group")])
    a2.statements[0].speaker.unnamed = True
    l1, l2 = store_linked(store, a1, a2)
    assert ids(l1)[0] != ids(l2)[0] and ids(l1)[0].startswith("unnamed-")
    assert store.article(a1.id).statements[0].speaker == Speaker(**{**a1.statements[0].speaker.model_dump(), "id": ids(l1)[0]})


def test_a_surname_is_not_linked_to_a_namesake_when_the_text_names_another(store):
    store_linked(store, *[article(f"Norman Cook said the album {n} was done. Fatboy Slim fans cheered.",
                                  (f"the album {n} was done", "Norman Cook", "person", None, "Fatboy Slim")) for n in range(3)])
    (politics,) = store_linked(store, article("Former foreign secretary Robin Cook spoke. Cook said the war was wrong. MPs listened.",
                                              ("the war was wrong", "Cook", "person")))
    (music,) = store_linked(store, article("The DJ, known as Fatboy Slim, played. Cook said dance music lives. Fans agreed.",
                                           ("dance music lives", "Cook", "person")))
    assert ids(politics)[0].endswith(politics.id)  # Robin Cook is not Norman Cook
    assert ids(music) == ["person-norman-cook"]  # his alias in the text, no other Cook named
