"""Saved HTML pages: main text without menus or share buttons, turns kept, title and date."""

from __future__ import annotations

import re
import time
from pathlib import Path

import lxml.html
import pytest

import briefcli
from briefcli.errors import InputError
from briefcli.inputs.html import clean_title, extract, looks_like_html

PAGE_PATH = Path(__file__).parent / "data" / "inputs" / "whitehouse-briefing-2020-04-01-cut.html"
PAGE = PAGE_PATH.read_text(encoding="utf-8")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


@pytest.fixture(scope="module")
def page_brief() -> briefcli.Brief:
    return briefcli.brief_file(str(PAGE_PATH))


def _furniture() -> set[str]:
    """Every text in the page's menus, header, footer, sidebars and share buttons."""
    root = lxml.html.fromstring(PAGE)
    found = set()
    for element in root.xpath("//nav|//header|//footer|//aside|//*[contains(@class,'share')]"):
        for piece in element.itertext():
            if _norm(piece):
                found.add(_norm(piece))
    return found


def test_title_date_and_kind_come_from_the_page(page_brief: briefcli.Brief) -> None:
    assert page_brief.title == (
        "Remarks by President Trump, Vice President Pence, and Members of the Coronavirus "
        "Task Force in Press Briefing"
    )
    assert page_brief.date == "2020-04-01"
    assert page_brief.kind == "transcript"


def test_the_whole_transcript_comes_through(page_brief: briefcli.Brief) -> None:
    root = lxml.html.fromstring(PAGE)
    content = root.xpath("//div[contains(@class,'page-content__content')]/p")
    spoken = [p.text_content() for p in content]
    # Speech only: labels, the room, the time and END are structure, not sentences.
    spoken = [re.sub(r"^\s*(?:[A-Z.' ]+:|Q)\s+", "", p).strip() for p in spoken]
    spoken = [p for p in spoken if len(p.split()) > 3 and p[-1] in ".?!—"]
    joined = " " + _norm(" ".join(s.text for s in page_brief.sentences)) + " "
    missing = [p for p in spoken if " " + _norm(p) + " " not in joined]
    assert len(spoken) >= 20
    assert missing == []


def test_no_menu_or_share_text(page_brief: briefcli.Brief) -> None:
    furniture = _furniture()
    assert {"share this page on facebook", "copy url to your clipboard", "all news"} <= furniture
    for sentence in page_brief.sentences:
        text = _norm(sentence.text)
        assert text not in furniture, sentence.text
        for item in furniture:
            if len(item.split()) >= 3:
                assert item not in text, (item, sentence.text)


def test_speaker_turns_survive_one_paragraph_each(page_brief: briefcli.Brief) -> None:
    speakers = {s.speaker for s in page_brief.sentences}
    assert len(speakers) >= 3  # the President, Dr. Fauci, reporters
    asked = "Can I ask a question of Mr. Wolf?"
    question = next(s for s in page_brief.sentences if s.text == asked)
    assert question.question
    answer = page_brief.sentences[question.id + 1]
    assert answer.text == "Go ahead." and not answer.question
    assert answer.paragraph != question.paragraph
    fauci = [s for s in page_brief.sentences if s.text.startswith("Yeah, I think if we get")]
    assert fauci and fauci[0].speaker not in (question.speaker, answer.speaker)


def test_turns_split_by_line_breaks_in_one_paragraph() -> None:
    page = (
        "<html><body><article><p>MS. PSAKI: Good afternoon, everyone.<br>"
        "Q Will the President travel to Ohio next week?<br>"
        "MS. PSAKI: He will travel to Ohio on Tuesday to meet with workers.</p>"
        "</article></body></html>"
    )
    text = extract(page, "gaggle.html").text
    assert text.split("\n\n") == [
        "MS. PSAKI: Good afternoon, everyone.",
        "Q Will the President travel to Ohio next week?",
        "MS. PSAKI: He will travel to Ohio on Tuesday to meet with workers.",
    ]
    brief = briefcli.brief(page, source="gaggle.html")
    assert brief.kind == "transcript"
    assert [s.question for s in brief.sentences] == [False, True, False]


def test_bold_speaker_labels_stay_labels() -> None:
    """Pages that set labels in bold (`<strong>MS. JEAN-PIERRE:</strong>`): trafilatura keeps
    the bold, and it must not turn each label into a heading."""
    page = (
        "<html><body><article>"
        "<p><strong>MS. JEAN-PIERRE:</strong> Good afternoon, everyone.</p>"
        "<p><strong>Q</strong> Will the President travel to Ohio next week?</p>"
        "<p><strong>MS. JEAN-PIERRE:</strong> He will travel to Ohio on Tuesday.</p>"
        "</article></body></html>"
    )
    assert extract(page, "gaggle.html").text.split("\n\n") == [
        "MS. JEAN-PIERRE: Good afternoon, everyone.",
        "Q Will the President travel to Ohio next week?",
        "MS. JEAN-PIERRE: He will travel to Ohio on Tuesday.",
    ]
    brief = briefcli.brief(page, source="gaggle.html")
    assert brief.kind == "transcript"
    assert [s.question for s in brief.sentences] == [False, True, False]


def test_headings_stay_headings() -> None:
    page = (
        "<html><head><title>Ministers Meet in Brussels - Defense.gov</title></head><body>"
        "<article><h1>Ministers Meet in Brussels</h1>"
        "<p>Defense ministers met in Brussels on Thursday to discuss support for Ukraine.</p>"
        "<h2>Kosovo</h2><p>The ministers also discussed the situation in Kosovo at length.</p>"
        "</article></body></html>"
    )
    page_text = extract(page, "article.html")
    assert "## Kosovo" in page_text.text.split("\n\n")
    assert page_text.title == "Ministers Meet in Brussels"


@pytest.mark.parametrize(
    "title, site, expected",
    [
        ("Remarks by the President | The White House", "The White House",
         "Remarks by the President"),
        ("NATO Ministers Meet - U.S. Department of Defense", None, "NATO Ministers Meet"),
        ("Readout: A Call with Prime Minister Starmer", "The White House",
         "Readout: A Call with Prime Minister Starmer"),
        ("U.S. - Mexico Security Talks | whitehouse.gov", None, "U.S. - Mexico Security Talks"),
        ("  Spaced   Title  ", None, "Spaced Title"),
        (None, "Site", None),
    ],
)
def test_clean_title(title: str | None, site: str | None, expected: str | None) -> None:
    assert clean_title(title, site) == expected


def test_a_page_without_text_is_one_line_error() -> None:
    page = "<html><head><script>" + "var x = 1;\n" * 5000 + "</script></head><body></body></html>"
    with pytest.raises(InputError) as caught:
        briefcli.brief(page, source="script.html")
    assert str(caught.value) == "script.html: no main text found in the HTML page"


def test_deeply_nested_page_ends_quickly() -> None:
    page = "<html><body>" + "<div>" * 50_000 + "The minister spoke. " * 5 + "</div>" * 50_000
    start = time.monotonic()
    try:
        briefcli.brief(page, source="nested.html")
    except InputError as e:
        assert str(e).startswith("nested.html: ")
    assert time.monotonic() - start < 20  # a hang guard, not a speed test


def test_html_is_recognised_by_content_without_a_suffix() -> None:
    assert looks_like_html(PAGE)
    assert looks_like_html("<!DOCTYPE html><p>Hi</p>")
    assert not looks_like_html("The minister said <b> is a tag.")
    brief = briefcli.brief(PAGE, source="-")
    assert brief.title is not None and brief.title.startswith("Remarks by President Trump")
