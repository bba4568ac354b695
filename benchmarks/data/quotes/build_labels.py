"""Build benchmarks/data/quotes/labels.json from prefixes (exact text cut from the source).

Run from the repository: .venv/bin/python benchmarks/data/quotes/build_labels.py
"""
# ruff: noqa: E501  (label tables read best one text a line)

import json
import sys
from pathlib import Path

CORPUS = str(Path(__file__).resolve().parents[4] / "shared" / "corpus") + "/"
L = {}


def art(path, *entries):
    L[path] = entries


J = "the judges"
art(
    "briefings/2023-10-12-nato-defense-ministers-deal-with-range-of-alliance-issues.txt",
    *[
        (p, "Jens Stoltenberg")
        for p in [
            "The allies strongly",
            "Israel has the right",
            "In response to recent",
            "These are prudent",
            "This is the only way",
            "Terrorism remains",
            "He will ensure",
            "We are now taking",
            "Russia's war on",
            "Next week, NATO",
            "Our exercise will",
            "It sends a clear",
            "If this is proven",
            "I'm glad that",
            "I now expect",
        ]
    ],
)
art(
    "briefings/2025-03-07-cabinet-wins-trump-administration-unleashing-golden-age.md",
    ("Hamas-supporting", None, "ignore"),
    ("If\n        Fox", "Bill Melugin"),
    ("NFIB greatly", "National Federation of Independent Business"),
    ("their obligation", None, "ignore"),
)
art(
    "briefings/2025-10-20-gas-prices-hit-four-year-low-under-trump.md",
    ("Currently, 35", "GasBuddy"),
    ("Barring any", "GasBuddy"),
)
B = "bbc/article/"
art(
    B + "business/002.txt",
    ("I think the chairman", "Robert Sinche"),
    ("He's taking a longer", "Robert Sinche"),
    ("time is ripe", "a major Chinese newspaper", "fragment"),
)
art(
    B + "business/004.txt",
    ("respectable", "Rod Eddington", "fragment"),
    ("For the year to March", "Martin Broughton"),
    ("pretty modest", "Nick Van den Brul", "fragment"),
    ("It is quite good", "Nick Van den Brul"),
    ("Our focus remains", "Rod Eddington"),
    ("For example, we have", "Rod Eddington"),
)
art(
    B + "business/007.txt",
    ("It suggests that", "Rick Egelton"),
    ("We are not getting", "Rick Egelton"),
    ("The economy is producing", "Ken Mayland"),
    ("That means there", "Ken Mayland"),
)
art(
    B + "business/008.txt",
    ("the terms of engagement", "Palaniappan Chidambaram", "fragment"),
    ("A flexible exchange", "Palaniappan Chidambaram"),
    ("Some countries have tried", "Palaniappan Chidambaram"),
)
art(
    B + "business/012.txt",
    ("The (January", "Sri Mulyani Indrawati"),
    ("We are still considering", "Sri Mulyani Indrawati"),
    ("The big question", "Rachel Harvey"),
)
art(
    B + "business/014.txt",
    ("Managers have torn", "Jeremy Dear"),
    ("They have shown", "Barry Fitzpatrick"),
    ("Journalists are the lifeblood", "Murdoch MacLennan"),
    ("However, action to improve", "Murdoch MacLennan"),
)
art(
    B + "business/015.txt",
    ("bad piece of legislation", ["International Air Transport Association", "IATA"], "fragment"),
    ("extraordinary circumstances", None, "ignore"),
    ("extraordinary circumstances", None, "ignore"),
    ("It's a preposterous", "Michael Cawley"),
    ("grey areas", "Marja Quillinan-Meiland", "fragment"),
    ("these are not as big", "Marja Quillinan-Meiland"),
    ("We reckon it's going", "Andy Clarke"),
    ("That's basically a transfer", "Andy Clarke"),
    ("The boom in air travel", "Jacques Barrot"),
    ("This is a concrete example", "Jacques Barrot"),
)
art(
    B + "business/019.txt",
    ("We need at least", "Dayanidhi Maran"),
    ("It is a positive development", "Kobita Desai"),
    ("The FDI relaxation", "Sanjay Mehta"),
)
art(
    B + "business/020.txt",
    ("Customers are getting used", "Cara Diemont"),
    ("Once a call centre", "Cara Diemont"),
    ("alarming development", "Dimension Data", "fragment"),
    ("agents not equipped", None, "ignore"),
    ("scary", "Cara Diemont", "fragment"),
    ("no big differences", "Cara Diemont", "fragment"),
    ("You can make call centres", "Cara Diemont"),
)
art(
    B + "entertainment/002.txt",
    ("Christian Andersen's fairy", "Jean-Michel Jarre"),
    ("For all of us, at any age", "Jean-Michel Jarre"),
    ("the international icon", None, "ignore"),
    ("Bloom recognizes", ["Frederik", "Prince Frederik", "Crown Prince Frederik"]),
)
art(
    B + "entertainment/004.txt",
    ("the Richard & Judy effect", None, "ignore"),
    ("There's no doubt", "Richard Madeley"),
    ("It was very hard", "Amanda Ross"),
    ("We were spoiled", "Amanda Ross"),
)
art(
    B + "entertainment/007.txt",
    ("What could have been", J),
    ("an impressive and readable", J, "fragment"),
)
art(
    B + "entertainment/009.txt",
    ("great thriller", "Tom Wright", "fragment"),
    ("lousy history", "Tom Wright", "fragment", '"lousy history'),
    ("Conspiracy theories are", "Tom Wright"),
    ("Dan Brown is the best", "Tom Wright"),
    ("The evidence for Jesus", "Tom Wright"),
    ("We have literally", "Tom Wright"),
    ("Historical research shows", "Tom Wright"),
)
art(
    B + "entertainment/010.txt",
    ("expunge all", "Ugandan Media Council", "fragment"),
    ("The play promotes", "Ugandan Media Council"),
    ("The play is obscene", "Kefa Ssempgani"),
    ("There is obviously", "Eve Ensler"),
    ("It's not a slang", "Eve Ensler"),
    ("I'm extremely outraged", "Sarah Mukasa"),
    ("I'm amazed that", "Sarah Mukasa"),
)
N = "Liam Neeson"
art(
    B + "entertainment/012.txt",
    ("very dilapidated", N, "fragment"),
    ("healthy, wealthy", N, "fragment"),
    ("The Lyric is too", N),
    ("It gave me a start", N),
    ("Mary O'Malley, the founder", N),
    ("In those days", N),
    ("Belfast was not", N),
    ("There was serious trouble", N),
    ("very dynamic", N, "fragment"),
    ("What an orator", N),
    ("He was from that old", N),
    ("But it was so dramatic", N),
    ("I found him", N),
    ("I'd love to get", N),
)
art(
    B + "entertainment/013.txt",
    ("What could have been", J),
    ("It is great to see", "Suzie Doore"),
    ("Fresh out of university", "Suzie Doore"),
    ("an impressive and readable", J, "fragment"),
)
art(
    B + "entertainment/014.txt",
    ("the UK's biggest", None, "ignore"),
    ("never looked stronger", "Julia Eccleshare", "fragment"),
    ("This award counts", "Julia Eccleshare"),
    ("This year's young judges", "Julia Eccleshare"),
)
art(
    B + "entertainment/015.txt",
    ("It is profoundly", "Claire Armistead"),
    ("What we found so", "Claire Armistead"),
    ("While the subject matter", "Claire Armistead"),
    ("extraordinarily thought", "Richard Eyre", "fragment"),
)
H = "Arthur Hailey"
art(
    B + "entertainment/016.txt",
    ("I fell to", H),
    ("I visualised", H),
    ("Could I fly", H),
    ("I was a rusty", H),
    ("from real life", None, "ignore"),
    ("I have never been able", H),
    ("I am too self-critical", H),
    ("I am never satisfied", H),
    ("He had a wonderful life", ["Sheila", "Sheila Hailey"]),
)
NN = "Nicholas Negroponte"
art(
    B + "tech/004.txt",
    ("very important to the", NN, "fragment", " very important"),
    ("We have to get the display", NN),
    ("The second trick", NN),
    ("We put in 25", NN),
    ("Nokia make 200", NN),
    ("In China they spend", NN),
    ("That's for five or six", NN),
)
FS = "Frank Stone"
art(
    B + "tech/005.txt",
    ("21st Century model", "BT", "fragment"),
    ("We are hoping to", FS),
    ("centres of excellence", None, "ignore"),
    ("The river was integral", ["the artists", "Langlands & Bell"]),
    ("We hope that by", ["the artists", "Langlands & Bell"]),
    ("fantastically rich", FS, "fragment"),
    ("This is not just about", FS),
    ("It is about how can", FS),
    ("What we are trying", FS),
    ("We are creating a future", FS),
)
CS = "Carlos Saldarriaga"
art(
    B + "tech/006.txt",
    *[
        (p, CS)
        for p in [
            "The plan includes",
            "Water is the main",
            "It is a precious",
            "Throughout the last",
            "We have had an excellent",
            "But we have also had",
            "This is a pilot project",
            "It was already dark",
            "The logical answer",
        ]
    ],
)


# Added after the rules were first built (a second look at the other BBC articles).
art(B + "business/001.txt", ("Our financial performance", "Richard Parsons"))
art(
    B + "business/003.txt",
    ("The pledged assets", "Jamie Firestone"),
    ("If they default", "Tim Osborne"),
)
art(
    B + "business/006.txt",
    ("I maintain the view", "Heizo Takenaka"),
    ("It's painting a picture", "Paul Sheard"),
)
art(
    B + "business/009.txt",
    ("targeted supplementary", None, "ignore"),
    ("Local purchase of cereals", "Henri Josserand"),
)
art(
    B + "business/018.txt",
    ("The upgrade is positive", "Bhanu Baweja"),
    ("Money has moved out", "Bhanu Baweja"),
)
art(
    B + "entertainment/003.txt", ("very early stages", ["spokeswoman", "a spokeswoman"], "fragment")
)
art(
    B + "entertainment/011.txt",
    ("There are still some big", "Sue Bradburn"),
    ("They would have known", "Sue Bradburn"),
)
art(
    B + "entertainment/018.txt",
    ("This collection reflects", "Tobias Meyer"),
    ("Outstanding later examples", "Tobias Meyer"),
)
art(
    B + "tech/002.txt",
    ("safer environment", ["Xinhua News Agency", "official Xinhua News Agency"], "fragment"),
)
art(
    B + "tech/008.txt",
    ("Merry Christmas", None, "ignore"),
    ("Happy Holidays", None, "ignore"),
    ("We have seen these hoaxes", "Mikko Hypponen"),
)
MAG = ["magazine", "Mobile PC", "US magazine Mobile PC"]
art(
    B + "tech/009.txt",
    ("self-contained apparatus", MAG, "fragment"),
    ("In general we included", MAG),
    ("In the end, we tried", MAG),
    ("Who can forget", MAG),
)
CD = "Cory Doctorow"
art(
    B + "tech/010.txt",
    ("adds useful links", "Google", "fragment"),
    ("bad idea, and", "Dan Gillmor", "fragment"),
    ("The user can choose", "Google"),
    ("In addition, the user", "Google"),
    ("click through", None, "ignore"),
    ("Of course Google", CD),
    ("But as an end user", CD),
    ("tricked into", CD, "fragment"),
)
art(
    B + "tech/011.txt",
    ("It's now as easy", "Ben Coppin"),
    ("Missing a television", "Ben Coppin"),
    ("Two clicks and", "Ben Coppin"),
    ("time-shifting", None, "ignore"),
)
FD, PB = "Fiona Deans", "Pete Buckingham"
art(
    B + "tech/013.txt",
    ("People will see the picture", FD),
    ("The picture will look", FD),
    ("Access to specialised", PB),
    ("Although a genuine variety", PB),
    ("It can cost up to", [FD, PB]),
    ("In the digital world", [FD, PB]),
    ("Distributors can then", [FD, PB]),
    ("Some films need word", FD),
    ("A cinema will often", FD),
    ("With digital prints", FD),
)
art(
    B + "tech/015.txt",
    ("preventative step", ["Microsoft", "company"], "fragment", '"preventative step'),
    ("In almost all instances", "Microsoft"),
    ("This is a preventative step", "Robbie Bach"),
    ("We regret the inconvenience", "Robbie Bach"),
)
CH = "Curt Hopkins"
art(
    B + "tech/016.txt",
    ("Free Mojtaba and Arash Day", None, "ignore"),
    ("Free Mojtaba and Arash Day", None, "ignore"),
    ("cyber-dissidents", None, "ignore"),
    *[
        (p, CH)
        for p in [
            "I hope this day",
            "If you have a blog",
            "That would mean",
            "That alone will",
            "If you don't have one",
            "Blogging is in this",
            "People think of it",
            "Some think of themselves",
            "But they do not have",
            "This is a big messy",
            "It is just such a new way",
        ]
    ],
    ("is part of the whole messy", CH, "fragment"),
    *[
        (p, CH)
        for p in [
            "If you haven't already",
            "Everyone does this",
            "That is the essential",
            "What I call",
            "You don't even have",
        ]
    ],
)
JG = "James Goodman"
art(
    B + "tech/017.txt",
    ("It's quite common", JG),
    (
        "We've heard",
        JG,
        "full",
        "We've heard the environmental argument for handing a phone back, but there's a strong social argument too.",
    ),
    (
        "It's an interesting country",
        JG,
        "full",
        "It's an interesting country because it has a really crap fixed line network, and there's a real desire for people to get mobile phones.",
    ),
    ("The affordability of", JG),
    ("Normally a mobile phone", "Georgeta Minciu"),
    ("I am a single parent", "Georgeta Minciu"),
    ("This is the only way I can", "Georgeta Minciu"),
    ("If its more than", JG),
)
art(
    B + "tech/018.txt",
    ("In the future, all forms", "Ken Kutaragi"),
    ("Current PC architecture", "Ken Kutaragi"),
)
art(
    B + "tech/019.txt",
    *[
        (p, "Mario Paniccia")
        for p in [
            "We've overcome",
            "We're trying to take",
            "It creates a cloud",
            "It's a technical validation",
        ]
    ],
)


def cut(text, prefix, at=None):
    i = text.find(at or prefix)
    if i < 0:
        sys.exit(f"not found: {prefix!r}")
    if at:
        i = text.find(prefix.strip(), i)
    j = i
    while j < len(text):
        c = text[j]
        if c in '"”':
            break
        if text.startswith("\n\n", j) or (c == "\n" and text[j + 1 : j + 2] in '"“*'):
            break
        j += 1
    q = " ".join(text[i:j].split()).strip(" ,*")
    return q


out = []
for path, entries in L.items():
    text = open(CORPUS + path, encoding="utf-8").read()
    quotes = []
    for e in entries:
        prefix, speaker, *flags = e
        at = flags[1] if len(flags) > 1 else None
        if flags and flags[0] == "full":
            # A quote split by its attribution: its two parts joined, as labelled.
            assert prefix in text and str(at)[-20:-1] in " ".join(text.split())
            q = {"text": str(at), "speaker": speaker}
        else:
            q = {"text": cut(text, prefix, at), "speaker": speaker}
        if flags and flags[0] == "fragment":
            q["fragment"] = True
        if flags and flags[0] == "ignore":
            q["ignore"] = True
        quotes.append(q)
    out.append({"source": path, "quotes": quotes})
LABELS = {
    "briefings/2022-02-11-press-briefing-by-press-secretary-jen-psaki-and-national-security-advisor-jake-sullivan-february-11-2022.md": {
        "MS. PSAKI": "Jen Psaki",
        "MR. SULLIVAN": "Jake Sullivan",
        "Q": "Reporter",
    },
    "briefings/2022-03-07-press-briefing-by-press-secretary-jen-psaki-march-7th-2022.md": {
        "MS. PSAKI": "Jen Psaki",
        "Q": "Reporter",
    },
    "briefings/2022-03-10-remarks-by-vice-president-harris-and-president-andrzej-duda-of-poland-in-joint-press-conference.md": {
        "VICE PRESIDENT HARRIS": "Kamala Harris",
        "PRESIDENT DUDA": "Andrzej Duda",
    },
    "briefings/2022-05-13-press-briefing-by-press-secretary-jen-psaki-may-13-2022.md": {
        "MS. PSAKI": "Jen Psaki",
        "MAYOR LUCAS": "Quinton Lucas",
        "CHIEF WHITE": "James White",
        "MR. WHITE": "James White",
        "MS. JEAN-PIERRE": "Ms. Jean-Pierre",
    },
    "briefings/2024-06-13-background-press-call-on-the-g7.md": {
        "SENIOR ADMINISTRATION OFFICIAL": "Senior Administration Official",
        "MODERATOR": "Moderator",
    },
    "briefings/2024-09-06-press-gaggle-by-press-secretary-karine-jean-pierre-and-acting-labor-secretary-julie-su-en-route-detroit-mi.md": {
        "MS. JEAN-PIERRE": "Karine Jean-Pierre",
        "ACTING SECRETARY SU": "Julie Su",
    },
}
json.dump(
    {
        "about": "Direct quotes labelled by hand (built by build_labels.py from prefixes: each text is cut from its source) in texts of ../shared/corpus: one entry per quoted span (a span split mid-sentence by its attribution is one); 'fragment' marks a quoted phrase inside a sentence; 'ignore' marks quoted words that are not clearly anyone's speech (neither counted right nor wrong); 'speaker' is the full name as the text gives it (a list when several forms are right). 'transcript_labels' gives, for transcripts, the display name each turn label must get.",
        "texts": out,
        "transcript_labels": LABELS,
    },
    open(Path(__file__).with_name("labels.json"), "w", encoding="utf-8"),
    indent=1,
    ensure_ascii=False,
)
print(sum(len(t["quotes"]) for t in out), "quotes in", len(out), "texts")
