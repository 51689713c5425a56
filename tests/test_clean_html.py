"""Cleaning: HTML pages to their main text and metadata; plain text kept exactly; other
languages and empty pages skipped with the reason."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.clean import CleanDocument, clean_document
from onrecord.clean.boilerplate import boilerplate_ranges, is_caption
from onrecord.clean.bylines import is_byline, is_sign_off
from onrecord.clean.error_pages import error_page
from onrecord.clean.html import clean_html, cut_ranges, main_text, text_and_metadata
from onrecord.clean.metadata import page_metadata
from onrecord.read import read_documents
from onrecord.schema import Failure, RawDocument

VOX = "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56"
PARAGRAPHS = [
    "The mayor said on Monday that the bridge would reopen next month after repairs.",
    "\u201cWe are confident the work will be finished on time,\u201d said Jane Doe, the city engineer.",
    "Read more: Ten bridges that were never finished",
    "Critics said the budget had doubled since the plan was first announced two years ago.",
    "The council will vote on the final costs at its meeting next week, officials said.",
]


def page(paragraphs: list[str], head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>Bridge to reopen | Gazette</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a><a href='/news'>News</a></nav><article><h1>Bridge to reopen</h1>{body}"
            f"</article><footer>Contact us</footer></body></html>")


def one(source: str) -> RawDocument:
    (raw,) = read_documents([source])
    assert isinstance(raw, RawDocument)
    return raw


def test_real_page_main_text_and_metadata(shared):
    raw = one(str(shared / "data" / "aeb" / "html" / f"{VOX}.html.gz"))
    document = clean_document(raw)
    assert isinstance(document, CleanDocument)
    gold = json.loads((shared / "data" / "aeb" / "ground-truth.json").read_text())[VOX]["articleBody"]
    assert document.text.startswith(gold[:200])
    assert "\n\n" in document.text and "\n\n\n" not in document.text
    assert document.title == "The law that\u2019s helping fuel Delhi\u2019s deadly air pollution"
    assert document.outlet == "Vox"
    assert document.published == dt.date(2019, 11, 8)
    assert document.url == "https://www.vox.com/science-and-health/2019/11/8/20948348/delhi-india-air-pollution-quality-cause"
    assert document.language == "en"


def test_warc_url_wins_over_the_canonical_link(shared):
    pages = [i for i in read_documents([str(shared / "data" / "warc" / "aeb_news_50.warc.gz")])
             if isinstance(i, RawDocument)]
    document = clean_document(pages[0])
    assert document.url == pages[0].url and document.source.endswith("#record=3")
    assert document.outlet and document.title and document.published


def test_one_parse_gives_what_the_text_and_metadata_calls_give(shared):
    # clean_html parses a page once (trafilatura's extraction with metadata); it must see
    # what the separate text and metadata calls see, canonical URL and "python" text included
    pages = [i for i in read_documents([str(shared / "data" / "warc" / "aeb_news_50.warc.gz")]) if isinstance(i, RawDocument)][:12]
    pages.append(one(str(shared / "data" / "aeb" / "html" / f"{VOX}.html.gz")))
    pages.append(RawDocument(source="p.html", html=page(PARAGRAPHS)))
    pages.append(RawDocument(source="empty.html", html="<html><head><title>Nothing here</title></head><body><nav>Home</nav></body></html>"))
    for raw in pages:
        found = page_metadata(raw.html, url=raw.url)
        assert text_and_metadata(raw.html, url=raw.url) == (main_text(raw.html, url=raw.url or found.url), found), raw.source
    assert text_and_metadata(pages[-1].html)[1].title == "Nothing here"


def test_page_metadata_is_what_trafilaturas_whole_metadata_call_gives(shared):
    # page_metadata runs only the steps of trafilatura's extract_metadata for the fields an
    # Article keeps (no author, categories, licence): each field must come out the same,
    # spaces and entities trimmed as trafilatura trims them
    from trafilatura import extract_metadata

    from onrecord.clean.metadata import DATE_OPTIONS, metadata_of

    pages = [i for i in read_documents([str(shared / "data" / "warc" / "aeb_news_50.warc.gz")]) if isinstance(i, RawDocument)]
    pages.append(one(str(shared / "data" / "aeb" / "html" / f"{VOX}.html.gz")))
    head = '<meta property="og:title" content=" Bridge to reopen&nbsp;after repairs "><meta property="og:site_name" content="@gazette">'
    pages.append(RawDocument(source="p.html", html=page(PARAGRAPHS, head=head), url="https://gazette.example/a"))
    for raw in pages:
        whole = metadata_of(extract_metadata(raw.html, default_url=raw.url, date_config=dict(DATE_OPTIONS)), url=raw.url)
        # the author is read from meta tags and JSON-LD only (for bylines), not from the page's
        # text as extract_metadata also does
        assert replace(page_metadata(raw.html, url=raw.url), author=None) == replace(whole, author=None), raw.source
    assert whole.title == "Bridge to reopen after repairs" and whole.outlet == "Gazette"


def test_junk_lines_are_cut_from_html_text_and_the_rest_kept():
    raw = RawDocument(source="p.html", html=page(PARAGRAPHS), url="https://www.gazette.example/news/bridge")
    document = clean_html(raw)
    assert "Read more" not in document.text
    for paragraph in PARAGRAPHS[:2] + PARAGRAPHS[3:]:
        assert paragraph in document.text
    assert "Home" not in document.text and "Contact us" not in document.text
    assert document.outlet == "gazette.example" and document.url == raw.url


def test_fields_the_raw_document_carries_win():
    raw = RawDocument(source="x.jsonl:3", html=page(PARAGRAPHS), url="https://a.example/1", title="Given title",
                      published=dt.date(2020, 1, 2), outlet="Given outlet")
    document = clean_html(raw)
    assert (document.title, document.published, document.outlet) == ("Given title", dt.date(2020, 1, 2),
                                                                     "Given outlet")


def test_canonical_link_and_site_name_from_the_page():
    head = ('<link rel="canonical" href="https://news.example.org/2021/05/04/bridge">'
            '<meta property="og:site_name" content="The Example Gazette">'
            '<meta property="article:published_time" content="2021-05-04T08:00:00Z">')
    document = clean_html(RawDocument(source="p.html", html=page(PARAGRAPHS, head)))
    assert document.url == "https://news.example.org/2021/05/04/bridge"
    assert document.outlet == "The Example Gazette"
    assert document.published == dt.date(2021, 5, 4)


def test_extra_junk_is_marked_not_cut():
    raw = RawDocument(source="p.html", html=page(PARAGRAPHS))
    line = PARAGRAPHS[4].lower()
    document = clean_html(raw, extra_junk=[line])
    assert PARAGRAPHS[4] in document.text
    assert any(document.text[s:e] == PARAGRAPHS[4] for s, e in document.junk)


def test_page_without_article_text_is_a_skip():
    raw = RawDocument(source="crawl.warc#record=9", html="<html><body><nav><a href='/'>Home</a></nav></body></html>")
    skipped = clean_document(raw)
    assert isinstance(skipped, Failure) and skipped.skipped and skipped.stage == "clean"
    assert skipped.reason == "crawl.warc#record=9: no article text found in the page"


@pytest.mark.parametrize("name", ["arabic_article", "chinese_article", "japanese_article"])
def test_non_english_page_is_skipped_with_its_language(shared, name):
    raw = one(str(shared / "data" / "news-html" / "current" / "tests" / "data" / "html" / f"{name}.html"))
    skipped = clean_document(raw)
    assert isinstance(skipped, Failure) and skipped.skipped and skipped.stage == "language"
    code = {"arabic_article": "ar", "chinese_article": "zh", "japanese_article": "ja"}[name]
    assert f"language '{code}'" in skipped.reason
    kept = clean_document(raw, languages=None)
    assert isinstance(kept, CleanDocument) and kept.language == code


def test_plain_text_is_never_cut(shared):
    text = (shared / "seed" / "kremlin-2022-03-21.txt").read_text(encoding="utf-8")
    document = clean_document(RawDocument(source="seed.txt", text=text))
    assert document.text == text
    assert document.title == "Kremlin: 'No significant progress' in setting Putin, Zelensky meeting"
    junk = [document.text[s:e].strip() for s, e in document.junk]
    assert "• Oops!" in junk and "Please try again later." in junk


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_property_plain_text_survives_cleaning_unchanged(text):
    document = clean_document(RawDocument(source="t.txt", text=text), languages=None)
    if not text.strip():
        # nothing to keep: an empty document is skipped with its reason
        assert isinstance(document, Failure) and document.skipped and document.stage == "clean"
        return
    assert document.text == text
    assert all(0 <= s <= e <= len(text) for s, e in document.junk)


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30),
                max_size=8))
def test_property_cutting_lines_keeps_the_other_lines_in_order(lines):
    text = "\n\n".join(lines)
    ranges = boilerplate_ranges(text)
    cut = cut_ranges(text, ranges)
    kept = [line.strip() for line in lines if line.strip()]
    remaining = [p for p in cut.split("\n\n") if p]
    assert all(p in kept for p in remaining)
    assert [line for line in kept if line in remaining] == remaining


def test_table_rows_lose_their_pipes():
    html = ("<html><body><article><table><tr><td>The minister said the plan would cost more than expected, "
            "and that the work would begin in the spring after a long delay.</td></tr>"
            "<tr><td>Pos</td><td>Player</td></tr></table></article></body></html>")
    text = main_text(html)
    assert "|" not in text.split("\n\n")[0] and text.startswith("The minister said")


def legacy_page(shared, name: str) -> RawDocument:
    return one(str(shared / "data" / "news-html" / "legacy_2014" / "tests" / "data" / "html" / f"{name}.html"))


def test_a_story_that_precise_extraction_misses_comes_from_balanced_extraction(shared):
    # favor_precision kept the comment-policy box of pe.com instead of the story, and nothing
    # at all of The Root's Sharpton interview
    story = clean_document(legacy_page(shared, "pe.com1"))
    assert "Comments are encouraged" not in story.text
    assert "Neither the gunman, nor a man believed to have accompanied him, have been identified" in story.text
    interview = clean_document(legacy_page(shared, "theroot.com1"))
    assert isinstance(interview, CleanDocument)
    assert "\u201cThis was not a revolutionary march, and I don\u2019t apologize for that,\u201d said Sharpton" in interview.text


def test_a_short_text_stays_when_balanced_extraction_adds_no_prose(shared):
    # balanced mode finds five times the words on a slideshow page, all menus and links
    slideshow = clean_document(legacy_page(shared, "elle.com1"))
    assert not isinstance(slideshow, CleanDocument) or "Return to Slideshow" not in slideshow.text
    blog = clean_document(legacy_page(shared, "pixelmonkey.org2"))  # the footer adds under 5x the words
    assert "This entry was posted" not in blog.text


def test_a_title_escaped_twice_is_unescaped(shared):
    # ok.co.uk's og:title is "Sean Penn &amp;amp;#039;proposes to Charlize Theron&amp;amp;#039;"
    assert clean_document(legacy_page(shared, "ok.co.uk1")).title == "Sean Penn 'proposes to Charlize Theron'"


def current_page(shared, name: str) -> RawDocument:
    return one(str(shared / "data" / "news-html" / "current" / "tests" / "data" / "html" / f"{name}.html"))


def test_the_sites_name_before_or_after_the_headline_is_no_part_of_the_title(shared):
    assert clean_document(current_page(shared, "article_with_br")).title == (
        "'The American friends': New court files expose Sheldon Adelson's security team involved in US spy "
        "operation against Julian Assange")  # "... -- Sott.net"
    # og:title "LinkNaija | Nigeria's popular news platform: Nollywood Actress, ..."
    assert clean_document(current_page(shared, "article_with_divs")).title == (
        "Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos")
    assert clean_document(legacy_page(shared, "telegraph.co.uk1")).title == "AirAsia plane found in Java Sea: latest"
    # a last part that does not name the outlet (Global News) is the title's own
    assert clean_document(legacy_page(shared, "globalnews.ca1")).title.endswith("| Watch News Videos Online")


@pytest.mark.parametrize(("title", "outlet", "expected"), [
    ("Trump wins Indiana | CNN Politics", "CNN", "Trump wins Indiana"),
    # a reviewer's cases: a last part that opens with the outlet's name but runs on is the headline's
    ("Biden approval slips - Reuters/Ipsos poll", "Reuters", "Biden approval slips - Reuters/Ipsos poll"),
    ("Pope Francis - Time Person of the Year", "TIME", "Pope Francis - Time Person of the Year"),
])
def test_only_the_outlets_name_and_a_section_are_cut_from_a_title(title, outlet, expected):
    from onrecord.clean.metadata import site_free_title

    assert site_free_title(title, outlet) == expected


def test_a_photo_caption_ending_with_its_credit_is_cut(shared):
    live = clean_document(legacy_page(shared, "livescience.com1")).text
    assert "Credit: WhiteHaven/Shutterstock.com" not in live
    assert live.startswith("Magic mushrooms may give users trippy experiences by creating a hyperconnected brain.")
    telegraph = clean_document(legacy_page(shared, "telegraph.co.uk1")).text
    assert "recovery operation (AFP/Getty)" not in telegraph and "(EPA)" not in telegraph
    assert "Chip Somodevilla/Getty Images" not in clean_document(legacy_page(shared, "theroot.com1")).text
    # a story's sentence with an agency's tag after it, and a plain-text line, are no captions
    assert not is_caption("The search resumed at dawn on Friday. (AP)")
    plain = clean_document(RawDocument(source="a.txt", text="Rescuers search the sea off Borneo (AP)\n\nMore text."))
    assert plain.text.startswith("Rescuers search the sea off Borneo (AP)") and not plain.junk


def test_a_paragraph_wrapped_in_the_pages_source_stays_one_paragraph(shared):
    # the source of article_with_divs wraps its sentences ("... stunning in new \nmake-up photos.")
    divs = clean_document(current_page(shared, "article_with_divs")).text
    assert ("Photos which were released online and are making the rounds on social media, show Nigerian actress, "
            "Kate Henshaw, looking absolutely stunning in new make-up photos.") in divs.split("\n\n")
    telegraph = clean_document(legacy_page(shared, "telegraph.co.uk1")).text
    assert ("When the devastating images of Flight QZ8501's wreckage flashed up on television screens on Tuesday, "
            "few were left with any illusions about what had happened to the 162 people on board.") in telegraph.split("\n\n")
    # a post's signature and the next post's lower-case text are two blocks (mashable.com2)
    mashable = clean_document(legacy_page(shared, "mashable.com2")).text.split("\n\n")
    assert "— Justyna Miszkiewicz (@bioanth_pal) December 22, 2014" in mashable


@pytest.mark.parametrize("name, heading", [("fool.com2", "Forbidden"), ("details.com1", "Page Not Found")])
def test_an_error_page_is_a_skip_with_its_heading(shared, name, heading):
    # fool.com2 ("HTTP Error 403. The request URL is forbidden.") and details.com1 ("404 Errors - Use your
    # browser's back button ...") were stored as articles under their site's name
    skipped = clean_document(legacy_page(shared, name))
    assert isinstance(skipped, Failure) and skipped.skipped and skipped.stage == "clean"
    assert f"an error or blocked page ('{heading}'), not an article" in skipped.reason


def test_error_headings_need_a_short_text_and_a_whole_heading():
    assert error_page("Just a moment...", "Checking if the site connection is secure") == "Just a moment"
    assert error_page("News", "HTTP Error 403. The request URL is forbidden.") == "HTTP Error 403. The request URL is forbidden"
    assert error_page("404 - WIRED", "Sorry, we could not find that.") == "404"
    # a headline about an error, a short news brief opening on a number, a long article under an error title
    assert error_page("Access denied to journalists, says union", "The union said on Monday ...") is None
    assert error_page("500 jobs lost at car plant", "The plant will close in March, the company said.") is None
    assert error_page("Page Not Found", "word " * 200) is None


# ~90 words of a real story: a statement, a reply, the date
_SHORT_STORY = ("The Speaker told MPs on Tuesday that the reporter would not be readmitted until the inquiry "
                "reported. \"Parliament must be able to protect its own proceedings,\" he said. The reporter's "
                "editor said the decision was an attack on press freedom and that the paper would appeal. "
                "The minister said the government had no part in the decision and would respect the "
                "committee's findings when they were published next month, adding that the rules on "
                "access for journalists were a matter for the House and its officers alone.")


@pytest.mark.parametrize("title", [
    "Access Denied - the story of a reporter barred from parliament",
    "We value your privacy, says minister after data leak",
    "Attention required: drivers warned over new rules",
    "Before you continue, read what the Speaker said",
])
def test_a_short_story_under_a_headline_that_opens_like_an_error_page_is_kept(title):
    # a reviewer's cases: each ~90-word story was skipped (the " - " taken for a site name's
    # separator, or a heading's tail matching anything after it)
    assert error_page(title, _SHORT_STORY, "The Daily Record") is None
    assert error_page(None, title + "\n\n" + _SHORT_STORY) is None


def test_a_site_name_after_an_error_heading_is_cut_by_its_length_or_the_outlet():
    assert error_page("Attention Required! | Cloudflare", "Please enable cookies.") == "Attention Required!"
    assert error_page("Before you continue to YouTube", "We use cookies and data to deliver services.") \
        == "Before you continue to YouTube"
    assert error_page("Page Not Found - The Daily Record of the Valley", "Try the search box.",
                      "The Daily Record of the Valley") == "Page Not Found"
    # five words after the dash are a headline's words, not a site's name
    assert error_page("Page Not Found - The Daily Record of the Valley", "Try the search box.") is None


_CLOUDFLARE = """<!DOCTYPE html><html lang="en-US"><head><title>Attention Required! | Cloudflare</title>
<meta charset="UTF-8"></head><body><div id="cf-wrapper"><div id="cf-error-details" class="cf-error-details-wrapper">
<div class="cf-wrapper cf-header cf-error-overview"><h1 data-translate="block_headline">Sorry, you have been blocked</h1>
<h2 class="cf-subheadline"><span data-translate="unable_to_access">You are unable to access</span> example.com</h2></div>
<div class="cf-section cf-wrapper"><div class="cf-columns two"><div class="cf-column">
<h2 data-translate="blocked_why_headline">Why have I been blocked?</h2>
<p data-translate="blocked_why_detail">This website is using a security service to protect itself from online attacks.
The action you just performed triggered the security solution. There are several actions that could trigger this block
including submitting a certain word or phrase, a SQL command or malformed data.</p></div><div class="cf-column">
<h2 data-translate="blocked_resolve_headline">What can I do to resolve this?</h2>
<p data-translate="blocked_resolve_detail">You can email the site owner to let them know you were blocked. Please include
what you were doing when this page came up and the Cloudflare Ray ID found at the bottom of this page.</p></div></div></div>
<div class="cf-error-footer cf-wrapper"><p>Cloudflare Ray ID: <strong>7a1b2c3d4e5f6a7b</strong> &bull;
Your IP: 203.0.113.7 &bull; Performance &amp; security by Cloudflare</p></div></div></div></body></html>"""


def test_cloudflares_block_page_is_a_skip():
    # trafilatura takes the h1 for the title: "Sorry, you have been blocked", over "You are unable to access ..."
    skipped = clean_document(RawDocument(source="blocked.html", html=_CLOUDFLARE, url="https://example.com/news/1"))
    assert isinstance(skipped, Failure) and skipped.skipped and skipped.stage == "clean", skipped
    assert error_page(None, "You are unable to access example.com\n\nWhy have I been blocked?") \
        == "You are unable to access example.com"


def test_a_writers_bio_and_contact_lines_are_cut_and_the_story_kept(shared):
    # foxbusiness.com1: the bio gave "She also answers questions in live chat" as Gail Gardner's statement
    document = clean_document(legacy_page(shared, "foxbusiness.com1"))
    assert "Gail Gardner is the Small Business Marketing Strategist" not in document.text
    assert "People want to know there is a real person they can contact behind the site." in document.text
    # Bloomberg's contact lines; the story's last quotation stays
    bloomberg = clean_document(legacy_page(shared, "bloomberg.com1"))
    assert "To contact the reporter on this story" not in bloomberg.text
    assert "Everyone is a little bit afraid." in bloomberg.text


def test_a_writers_sign_off_on_the_last_line_is_cut(shared):
    # oregonlive.com2 ends "-- Bryan Denson", cleveland.com1 "-- By Michael Russell Follow @tdmrussell"
    oregon = clean_document(legacy_page(shared, "oregonlive.com2"))
    assert "Bryan Denson" not in oregon.text
    assert oregon.text.endswith("according to a 2003 article in the Yamhill Valley News-Register.")
    cleveland = clean_document(legacy_page(shared, "cleveland.com1"))
    assert "tdmrussell" not in cleveland.text and cleveland.text.endswith("you are what you search.")
    assert is_sign_off("-- Compiled by Vickie Kavanagh")
    # an embedded post's signature (mlive.com2) and an epigraph's attribution are no sign-off
    assert not is_sign_off("— Lil Wayne WEEZY F (@LilTunechi) December 29, 2014")
    assert not is_sign_off("— Mike Pompeo")
    assert not is_sign_off("-- more to come")


def test_a_story_paragraph_about_a_person_is_no_bio():
    assert is_byline("Malcolm Harris is an editor at The New Inquiry and a writer based in Brooklyn.")
    assert is_byline("Matt Friedman may be reached at mfriedman@example.com. Follow him on Twitter @MattFriedmanSL.")
    assert is_byline("Brad Shorr is Director of B2B Marketing for Straight North.", frozenset({"brad shorr"}))
    # a person the story is about: no writer's trade, not the page's writer
    assert not is_byline("John Smith is the director of the institute, which said the figures were wrong.")
    assert not is_byline("Those with information are asked to contact the Ann Arbor Police Department tip line.")


def test_a_date_read_from_an_image_path_is_no_publication_date(shared):
    # usnews.com2 states no date; htmldate's extensive search read "jpg/2010/" in its video
    # thumbnails' addresses as 2010-01-01 (the story is of December 2014); bhg.com2's only
    # year was a promo image's "Images/2013/05/". bhg.com1's date, also a year in its image
    # paths, comes from the page itself and stays.
    assert page_metadata(legacy_page(shared, "usnews.com2").html).published is None
    assert page_metadata(legacy_page(shared, "bhg.com2").html).published is None
    assert page_metadata(legacy_page(shared, "bhg.com1").html).published == dt.date(2012, 6, 19)


def test_a_fast_extraction_that_fails_the_check_gives_way_to_the_full_one(shared):
    # trafilatura's fast mode finds no story in The Root's Sharpton interview (too short for
    # the check); the full extraction has its paragraphs. A text of one unsplit block fails the
    # check too, however long, while the same words in news-sized paragraphs pass it.
    from onrecord.clean.html import _fast_text_holds

    interview = clean_document(legacy_page(shared, "theroot.com1"))
    assert not interview.text.startswith("Home Culture")
    assert interview.text.count("\n\n") > 5
    block = " ".join(["Sharpton said the movement would go on."] * 120)
    assert not _fast_text_holds(block) and _fast_text_holds("\n\n".join([block[:200]] * 40))


def test_a_fast_extraction_too_short_to_be_the_story_gives_way_to_the_full_one(shared):
    # fast mode keeps 64 words of pe.com's page (the comment-policy box); the story is in the full text
    from onrecord.clean.html import FAST_MIN_WORDS, _fast_text_holds

    story = clean_document(legacy_page(shared, "pe.com1"))
    assert "Neither the gunman, nor a man believed to have accompanied him, have been identified" in story.text
    assert not _fast_text_holds("Comments are encouraged.\n\n" * 10)
    assert _fast_text_holds("\n\n".join(["One two three four five six seven eight nine ten."] * (FAST_MIN_WORDS // 10)))


def test_a_story_the_fast_extraction_finds_is_what_the_full_one_finds(shared):
    # a 400-word BBC story (a development-slice article) as a page: the fast text holds,
    # and it is the text the full extraction gives
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html, normalize_unicode

    from onrecord.clean import html as clean_module

    paths = sorted((shared / "data" / "bbc").glob("*/*.txt"))
    texts = (paths[i].read_text(encoding="utf-8") for i in range(2, len(paths), 23))
    title, _, body = next(t for t in texts if len(t.split()) > 400).partition("\n")
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    tree = load_html(f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>")
    text = clean_module._tree_text(tree, url=None)
    assert clean_module._fast_text_holds(text)
    options = {k: v for k, v in clean_module.EXTRACT_OPTIONS.items() if k not in ("output_format", "with_metadata")}
    full = bare_extraction(tree, output_format="python", with_metadata=False, **options)
    assert text == clean_module._paragraphs(normalize_unicode(full.text))


def _undated(value, name):
    """An Extractor's setting without the day it was built ("max_date" of its date settings):
    the reused one may have been built before midnight and the keyword call's after."""
    return {k: v for k, v in value.items() if k != "max_date"} if name == "date_params" and isinstance(value, dict) else value


def test_the_reused_extractor_is_what_bare_extraction_builds_for_each_page(monkeypatch, shared):
    # _tree_text hands bare_extraction a copy of one Extractor per mode with the page's URL
    # set, rather than letting it build one per call: that copy must be the very settings
    # the keyword call builds, and one page's URL must not stay in the next page's copy
    import trafilatura.core
    import trafilatura.settings
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    from onrecord.clean import html as html_module

    built = []

    class Recorded(trafilatura.core.Extractor):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            built.append(self)

    monkeypatch.setattr(trafilatura.core, "Extractor", Recorded)
    options = {k: v for k, v in html_module.EXTRACT_OPTIONS.items() if k not in ("output_format", "with_metadata")}
    pages = [i for i in read_documents([str(shared / "data" / "warc" / "aeb_news_50.warc.gz")]) if isinstance(i, RawDocument)][:3]
    for url in ("https://www.bbc.co.uk/news/business-1", None, "https://example.com/caf\u00e9"):
        for changed in ({"fast": True}, {}, {"favor_precision": False}):
            built.clear()
            bare_extraction("<html><body><p>x</p></body></html>", url=url, output_format="python", with_metadata=False, **(options | changed))
            fields = lambda extractor: {name: _undated(getattr(extractor, name), name) for name in trafilatura.settings.Extractor.__slots__}  # noqa: E731
            assert fields(html_module._extractor(url, **changed)) == fields(built[0]), (url, changed)
    monkeypatch.undo()  # bare_extraction takes only a trafilatura Extractor as its options
    for raw in pages:  # the same text as the keyword call's, page after page
        tree = load_html(raw.html)
        keyword = bare_extraction(load_html(raw.html), url=raw.url, output_format="python", with_metadata=False, fast=True, **options)
        reused = bare_extraction(tree, options=html_module._extractor(raw.url, fast=True))
        assert reused.text == keyword.text and reused.text, raw.source
