"""Build benchmarks/data/quotes/labels_news.json from prefixes (exact text cut from the source).

The news set: every text of ../shared/corpus that labels.json does not label and that is not a
transcript (BBC articles, White House releases, State Department statements, readouts, media
notes and a speech, Australian media releases); texts laid out as turns of two or more labelled
speakers are transcripts, left out and listed in LEFT_OUT. Texts without any quotation get an
empty list: a quote found there counts as an extra.

Run from the repository: .venv/bin/python benchmarks/data/quotes/build_news_labels.py
"""
# ruff: noqa: E501  (label tables read best one text a line)

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))
from benchmarks.split import is_frozen  # noqa: E402

L = {}


def art(path, *entries):
    L[path] = entries


# BBC News articles not in labels.json: none quotes a person; the marks are scare quotes,
# terms and a prize's terms of award.
B = "bbc/article/"
for name in [
    "business/005",
    "business/010",
    "business/011",
    "business/013",
    "business/017",
    "entertainment/005",
    "entertainment/006",
    "entertainment/008",
    "entertainment/019",
    "tech/003",
    "tech/012",
    "tech/014",
    "tech/020",
]:
    art(B + name + ".txt")
art(B + "business/016.txt", ("hard landing", None, "ignore"))
art(B + "entertainment/001.txt", ("unwrapped", None, "ignore"))
art(B + "entertainment/017.txt", ("continued creativity", None, "ignore"))
art(B + "entertainment/020.txt", ("the noble savage", None, "ignore"))
art(
    B + "tech/001.txt",
    ("an island of democracy", None, "ignore"),
    ("invisible", None, "ignore", '"invisible'),
)
art(
    B + "tech/007.txt",
    ("critical", None, "ignore", 'eight "critical'),
    ("critical", None, "ignore", 'considered "critical'),
    ("critical", None, "ignore", 'classed as "critical'),
)

# White House statements, readouts, a joint statement and a fact sheet.
W = "briefings/"
for name in [
    "2023-01-19-readout-from-nsc-spokesperson-adrienne-watson-on-national-security-advisor-jake-sullivans-travel-to-israel-and-the-west-bank.md",
    "2023-01-28-readout-of-vice-president-harriss-call-with-president-herzog-of-israel-2.md",
    "2023-01-28-statement-from-president-joe-biden-on-the-20th-anniversary-of-the-u-s-presidents-emergency-plan-for-aids-relief-pepfar.md",
    "2025-01-26-readout-of-president-donald-j-trumps-call-with-prime-minister-starmer-of-the-united-kingdom.md",
    "2025-02-11-fact-sheet-president-donald-j-trump-works-to-remake-americas-federal-workforce.md",
]:
    art(W + name)
art(
    W
    + "2023-03-10-joint-statement-from-mexico-and-the-united-states-on-the-launch-of-phase-ii-of-the-bicentennial-framework-for-security.md",
    ("El\nRaton", None, "ignore"),
)

# Texts laid out as turns of two or more labelled speakers are transcripts (every turn is its
# speaker's speech; labels.json does not label transcripts' quotes either): left out, listed.
LEFT_OUT = {
    "state/2021-05-25-secretary-antony-j-blinken-meet-and-greet-with-embassy-jerusalem-staff.txt": "transcript layout: turns of MR SHRIER and SECRETARY BLINKEN",
    "state/2022-03-02-secretary-antony-j-blinken-with-costa-rican-foreign-minister-rodolfo.txt": "transcript layout: turns of three foreign ministers",
    "state/2022-07-18-secretary-antony-j-blinken-remarks-to-employees-at-the-office-of-the.txt": "transcript layout: turns of MR BARRETT, DIRECTOR HAINES, SECRETARY BLINKEN (3 quotes and 1 slogan inside)",
    "aus/2017-09-08-remarks-at-the-bilateral-meeting-with-the-prime-minister-of-samoa.txt": "transcript layout: turns of PRIME MINISTER and PRIME MINISTER OF SAMOA (a 'media release' in aus/README.md)",
}

# State Department: statements, readouts, media notes, and a speech under one label.
S = "state/"
for name in [
    "2021-05-21-inaugural-u-s-lebanon-defense-resourcing-conference",
    "2021-06-07-u-s-engagement-with-the-un-population-fund-unfpa",
    "2021-06-11-secretary-blinkens-call-with-politburo-member-yang",
    "2021-06-16-the-united-states-welcomes-the-organization-of-american-states",
    "2021-07-01-under-secretary-of-state-for-political-affairs-victoria-nuland-travel",
    "2021-07-14-honoring-the-legacies-of-natalya-estemirova-and-paul-klebnikov",
    "2022-02-10-forbes-names-u-s-department-of-state-as-one-of-americas-best",
    "2022-03-03-joint-statement-of-the-syria-special-envoy-meeting",
    "2022-03-29-united-states-announces-additional-humanitarian-assistance-at-the",
    "2022-03-31-on-transgender-day-of-visibility",
    "2022-04-12-joint-statement-of-the-united-states-of-america-and-sweden-on",
    "2022-04-14-u-s-department-of-states-equity-action-plan",
    "2022-04-21-opening-of-u-s-czech-republic-defense-cooperation-agreement",
    "2022-08-01-panama-greece-and-republic-of-korea-to-host-eighth-ninth-and-tenth",
]:
    art(S + name + ".txt")
BLINKEN = ["Antony J. Blinken", "Antony Blinken", "Tony Blinken"]
# An epigraph: the quote, then "– Secretary Antony J. Blinken, May 28, 2021" on its own line.
art(
    S + "2021-07-27-the-united-states-and-india-deepening-our-strategic-partnership.txt",
    ("The United States and India are", BLINKEN),
)
art(
    S + "2022-03-25-united-states-and-allies-impose-additional-sanctions-on-the-burmese.txt",
    ("Christmas Eve massacre", None, "ignore"),
    ("Blocking Property", None, "ignore"),
)
MOTHER = ["mother", "a mother who recently escaped from the city"]
MEDVEDEV = "Dmitry Medvedev"
art(
    S + "2022-05-19-secretary-antony-j-blinken-at-the-unsc-meeting-on-food-insecurity-and.txt",
    ("all sides", ["a few members", "members"], "fragment"),
    (
        "I just sobbed",
        MOTHER,
        "full",
        "I just sobbed, screaming into a pillow when no one could see.",
    ),
    ("quiet weapon", MEDVEDEV, "fragment"),
    ("Quiet but ominous", MEDVEDEV, "fragment"),
)
# Australian Prime Minister's media releases (the 15 of aus/README.md).
A = "aus/"
for name in [
    "2009-05-27-pacific-partnership-for-development-with-vanuatu",
    "2009-08-09-alannah-mactiernans-candidacy-for-canning-preselection",
    "2009-09-14-australian-government-welcomes-gorgon-joint-ventures-history-making",
    "2009-12-07-prime-minister-minister-for-infrastructure-capital-city-strategic",
    "2013-03-15-chinas-new-president-and-premier",
    "2013-03-25-changes-to-the-ministry",
    "2014-09-08-lifting-apprenticeship-completion-rates-with-better-support-for",
    "2015-02-25-government-to-strengthen-australias-foreign-investment-framework",
    "2015-04-22-joint-statement-with-his-excellency-professor-ahmet-davutoglu-prime",
    "2016-09-26-road-projects-delivering-jobs-growth-to-western-sydney",
    "2018-07-12-secretary-to-the-treasury",
]:
    art(A + name + ".txt")
art(
    A + "2009-09-03-launch-of-afl-players-association-just-think-campaign-joint-press.txt",
    ("Just Think", None, "ignore", "Association 'Just Think"),
    ("Just Think", None, "ignore", "launch of ‘Just Think"),
    ("Just Think", None, "ignore", "the “Just Think"),
)
art(
    A + "2010-05-02-prime-minister-treasurer-stronger-fairer-simpler-a-tax-plan-for-our.txt",
    ("two-speed economy", None, "ignore"),
)
art(
    A + "2015-10-20-changes-to-question-time-to-focus-on-local-issues.txt",
    ("Constituency Question Time", None, "ignore", "‘Constituency"),
    ("Representing their community", "Malcolm Turnbull"),
    ("Local issues are the bread", "Christopher Pyne"),
)

OPEN_CLOSE = {"“": "”", '"': '"', "‘": "’'", "'": "'’", "”": "”", "«": "»"}


def cut(text, prefix, at=None):
    """The quoted span that starts with `prefix` (after `at` when given), up to its closing mark."""
    i = text.find(at) if at else text.find(prefix)
    if i < 0:
        sys.exit(f"not found: {at or prefix!r}")
    if at:
        i = text.find(prefix, i)
    opener = text[i - 1]
    if opener not in OPEN_CLOSE:
        sys.exit(f"no quotation mark before {prefix!r}: {opener!r}")
    closers = OPEN_CLOSE[opener]
    j = i
    while j < len(text):
        c = text[j]
        if c in closers and not (c in "’'" and text[j + 1 : j + 2].isalpha()):
            break
        if text.startswith("\n\n", j):
            break
        j += 1
    return " ".join(text[i:j].split()).strip(" ,")


def group_of(path):
    return {"bbc": "bbc", "briefings": "whitehouse", "state": "state", "aus": "aus"}[
        path.split("/")[0]
    ]


old = json.loads((Path(__file__).with_name("labels.json")).read_text(encoding="utf-8"))
labelled = {t["source"] for t in old["texts"]} | set(old["transcript_labels"])
out = []
for path, entries in L.items():
    assert path not in labelled, path
    text = (CORPUS / path).read_text(encoding="utf-8")
    quotes = []
    for e in entries:
        prefix, speaker, *flags = e
        flag = flags[0] if flags else None
        if flag == "full":
            # A quote split by its attribution: its parts joined, as labelled.
            whole = str(flags[1])
            assert prefix in text and whole[-20:-1] in " ".join(text.split()), whole
            q = {"text": whole, "speaker": speaker}
        else:
            q = {
                "text": cut(text, prefix, flags[1] if len(flags) > 1 else None),
                "speaker": speaker,
            }
        if flag == "fragment":
            q["fragment"] = True
        if flag == "ignore":
            q["ignore"] = True
        quotes.append(q)
    out.append(
        {
            "source": path,
            "group": group_of(path),
            "split": "test" if is_frozen(path) else "dev",
            "quotes": quotes,
        }
    )
json.dump(
    {
        "about": "The news set: direct quotes labelled by hand (built by build_news_labels.py from prefixes: each text is cut from its source) in every text of ../shared/corpus that labels.json leaves out and that is not a transcript: BBC articles, White House statements/readouts/fact sheet, State Department statements/readouts/media notes and a speech, Australian media releases ('left_out' lists the texts laid out as turns of two or more labelled speakers: transcripts, not labelled). Same conventions as labels.json: one entry per quoted span; 'fragment' marks a quoted phrase inside a sentence; 'ignore' marks quoted words that are nobody's clear speech; 'speaker' is the full name as the text gives it (a list when several forms are right). Texts with no quotation have an empty list. 'split' is 'test' for the frozen split (benchmarks.split.is_frozen), else 'dev'; 'group' is the source (bbc, whitehouse, state, aus).",
        "texts": out,
        "left_out": LEFT_OUT,
    },
    open(Path(__file__).with_name("labels_news.json"), "w", encoding="utf-8"),
    indent=1,
    ensure_ascii=False,
)
for split in ("dev", "test"):
    ts = [t for t in out if t["split"] == split]
    qs = [q for t in ts for q in t["quotes"]]
    scored = [q for q in qs if not q.get("ignore")]
    print(
        f"{split}: {len(ts)} texts, {len(qs)} quoted spans, {len(scored)} scored "
        f"({sum(1 for q in scored if q.get('fragment'))} fragments), "
        f"{len(qs) - len(scored)} ignored"
    )
