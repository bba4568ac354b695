"""Markdown from web archives: YAML header, links, images, inline HTML, emphasis, escapes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import briefcli
from briefcli.inputs.markdown import FrontMatter, split_front_matter, to_text

INPUTS = Path(__file__).parent / "data" / "inputs"

ARCHIVED = """---
date: '2023-01-19'
published_time: 2023-01-19 13:22:30-05:00
source_url: https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2023/01/19/readout/
tags: statements-releases
title: "Readout of the National Security Advisor\\u2019s Travel to Israel"
---

<figure class="wp-block-image"><img src="https://example.gov/photo.jpg" alt="The advisor"/>
<figcaption>The advisor arrives in Jerusalem. (Photo: White House)</figcaption></figure>

![](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==)

The [National Security Advisor](https://www.whitehouse.gov/nsc/) met [Prime Minister
Netanyahu](https://en.wikipedia.org/wiki/Benjamin_Netanyahu_(politician)) in Jerusalem.
He **stressed the U.S. commitment
to Israel's security** and *the need
for calm*.

<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" />
They also discussed Ukraine &amp; Iran, see <https://www.whitehouse.gov/briefing-room/>.

\\###
"""


def test_front_matter_gives_title_date_and_url() -> None:
    front, body = split_front_matter(ARCHIVED)
    assert front == FrontMatter(
        title="Readout of the National Security Advisor’s Travel to Israel",
        date="2023-01-19",
        source_url=(
            "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/"
            "2023/01/19/readout/"
        ),
    )
    assert body.lstrip().startswith("<figure")


def test_links_are_reduced_to_their_text_and_inline_html_dropped() -> None:
    _, body = split_front_matter(ARCHIVED)
    text = to_text(body)
    assert "The National Security Advisor met Prime Minister\nNetanyahu in Jerusalem." in text
    assert "base64" not in text and "iVBOR" not in text and "R0lGOD" not in text
    assert "<" not in text.replace("<https", "") and "figcaption" not in text
    assert "The advisor arrives" not in text  # a photo caption inside <figure>
    assert "Ukraine & Iran, see https://www.whitehouse.gov/briefing-room/." in text


def test_emphasis_spanning_lines_is_reduced() -> None:
    _, body = split_front_matter(ARCHIVED)
    text = to_text(body)
    assert "He stressed the U.S. commitment\nto Israel's security and the need\nfor calm." in text
    assert "*" not in text


def test_emphasis_never_spans_a_blank_line() -> None:
    assert to_text("**Not bold\n\nacross paragraphs**") == "**Not bold\n\nacross paragraphs**"
    assert to_text("a snake_case_name and 2*3*4") == "a snake_case_name and 2*3*4"


def test_a_wholly_bold_line_becomes_a_heading() -> None:
    assert to_text("**Here are the wins:**\nText.") == "### Here are the wins:\nText."


def test_escapes_and_entities_are_undone() -> None:
    assert to_text(r"\### 1\. \<b\> \[note\] AT&amp;T&#8217;s") == "### 1. <b> [note] AT&T’s"


def test_reference_links_and_definitions() -> None:
    text = to_text("See [the fact sheet][1] today.\n\n[1]: https://example.gov/fact-sheet\n")
    assert text.strip() == "See the fact sheet today."


def test_an_unclosed_figure_or_comment_loses_only_its_tag() -> None:
    assert to_text("<figure>The minister spoke.") == "The minister spoke."
    assert to_text("Before <!-- note --> after <!-- open") == "Before  after  open"


def test_yaml_that_is_not_a_header_is_ignored() -> None:
    front, _ = split_front_matter("---\ntitle: [a, b]\ndate: {x: 1}\n---\nText.")
    assert front == FrontMatter(title=None, date=None, source_url=None)
    front, body = split_front_matter("---\n: : bad yaml ][\n---\nText.")
    assert front == FrontMatter() and body == "Text."


def test_a_yaml_alias_bomb_is_harmless() -> None:
    bomb = "---\n" + "a: &a ['x','x','x','x','x','x','x','x','x']\n"
    for i in range(1, 10):
        bomb += f"{chr(97 + i)}: &{chr(97 + i)} [*{chr(96 + i)}" + f",*{chr(96 + i)}" * 8 + "]\n"
    bomb += "title: *j\n---\nText."
    start = time.monotonic()
    front, body = split_front_matter(bomb)
    assert front is not None and front.title is None and body == "Text."
    assert time.monotonic() - start < 5


@pytest.mark.parametrize(
    "hostile",
    ["[" * 200_000, "![" * 100_000, "**a " * 50_000, "<figure>" * 25_000, "<!--" * 50_000,
     "[a](" * 50_000, "_a " * 70_000, "<a " * 70_000],
)
def test_reduction_is_linear_on_hostile_markdown(hostile: str) -> None:
    start = time.monotonic()
    to_text(hostile)
    assert time.monotonic() - start < 5  # each took minutes with backtracking patterns


def test_an_archived_readout_briefs_with_its_header() -> None:
    brief = briefcli.brief_file(str(INPUTS / "readout-harris-herzog-2023-01-28.md"))
    assert brief.title == "Readout of Vice President Harris’s Call with President Herzog of Israel"
    assert brief.date == "2023-01-28"
    assert not any("###" in s.text or "\\" in s.text for s in brief.sentences)


def test_bold_speaker_labels_of_a_transcript_stay_labels() -> None:
    text = to_text(
        "**MS. PSAKI:** Good afternoon.\n\n**Q** Is the trip on?\n\n"
        "**MS. PSAKI:** It is.\n\n**THE PRESIDENT:**\n\nThank you all."
    )
    assert text == (
        "MS. PSAKI: Good afternoon.\n\nQ Is the trip on?\n\n"
        "MS. PSAKI: It is.\n\nTHE PRESIDENT:\n\nThank you all."
    )
    brief = briefcli.brief(
        "**MS. PSAKI:** Good afternoon, everyone.\n\n**Q** Is the trip to Ohio still on?\n\n"
        "**MS. PSAKI:** It is, and the President leaves on Tuesday.\n",
        source="gaggle.md",
    )
    assert brief.kind == "transcript"
    assert [s.question for s in brief.sentences] == [False, True, False]


def test_bold_run_ins_of_a_fact_sheet_are_headings() -> None:
    text = to_text(
        "**REFORMING THE WORKFORCE:** Today, the President signed an order.\n\n"
        "**MAKING GOVERNMENT ACCOUNTABLE:** Agencies will report monthly."
    )
    assert text.split("\n\n") == [
        "### REFORMING THE WORKFORCE",
        "Today, the President signed an order.",
        "### MAKING GOVERNMENT ACCOUNTABLE",
        "Agencies will report monthly.",
    ]
