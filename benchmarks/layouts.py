"""Label layouts: the same transcripts printed another way should keep their speakers.

No labels are needed. The development transcripts of ../shared/corpus/aus/ and state/ (the
frozen third left out: `benchmarks.split`) are briefed as printed, then with their speaker
labels rewritten into the layouts other publishers use, and briefed again:

- colon-alone: the label alone on its line, the speech below (`PRIME MINISTER:` / text);
- bold-alone:  the same in bold (`**PRIME MINISTER:**`);
- period:      closed by a full stop (`PRIME MINISTER. text`, `MR PRICE. text`);
- title-case:  in mixed case (`Prime Minister: text`, `Mr Price: text`, small words and
  letters after a name as a reader would write them: `Minister for Defence, … MP`);
- tab:         closed by a tab (`PRIME MINISTER<tab>text`);
- outlets:     each reporter's turn labelled by an outlet, in turn (`SKY NEWS: Prime Minister, …`);
- named:       each reporter's turn labelled by a reporter's name, in turn (`Anna Lee: …`).
- bold-inline: bold before the speech on its line (`**PRIME MINISTER:** text`);
- bracketed:   in square brackets (`[PRIME MINISTER] text`);
- dashed:      closed by a dash (`PRIME MINISTER – text`);
- heading:     a Markdown heading in mixed case over the speech (`### Prime Minister`);
- spaced-colon: French typography, a space before the colon (`PRIME MINISTER : text`);
- bare-alone:  the label alone on its line with no colon (`PRIME MINISTER` / text);
- bold-bare:   the same in bold (`**Prime Minister**` / text), in mixed case;
- two-space:   closed by two spaces (`PRIME MINISTER  text`);
- translated:  the reporters' labels in the publisher's own language, one language per
  document in turn (`PREGUNTA:`, `JOURNALISTE :`, `FRAGE:`, `WARTAWAN:`, `JORNALISTA:` …);
- timestamped: a podcast's or a recording's time before the label (`[00:12:31] PRIME
  MINISTER: text`);
- captions:    a captioner's mark of a new speaker (`>> PRIME MINISTER: text`);
- time-after:  a transcription service's time after the label, in mixed case (`Prime
  Minister (12:31): text`).

A document keeps its speakers when at least 95% of its sentences (matched by their text)
keep them: an official's sentence the same speaker, a reporter's still marked a question.
The figure is the number of documents that keep them, per layout; with `--details`, which
sentences moved.

Run: .venv/bin/python -m benchmarks.layouts [--details] [--layout NAME]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

import briefcli
from benchmarks.split import is_frozen
from briefcli.people.labels import readable_label

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SETS = ("aus", "state")

# An upper-case label with its colon at the start of a line ("PRIME MINISTER:", "Q:").
# The speech may start on the next line (`PRIME MINISTER:` alone): each layout puts it
# where that layout does.
_LABEL = re.compile(r"^(?P<l>(?:[A-Z][A-Z.'’\- ]{0,40}[A-Z.]|Q)):[ \t]*(?:\n[ \t]*(?=\S))?", re.M)
# A document keeps its speakers when this share of its sentences keeps theirs.
_KEPT = 0.95


def _title_case(label: str) -> str:
    """A label as a publisher printing mixed case would ("MINISTER FOR DEFENCE, THE HON.
    MARISE PAYNE MP" -> "Minister for Defence, the Hon. Marise Payne MP")."""
    return label if label == "Q" else readable_label(label)


# Outlets that name a reporter's turn instead of a role ("SKY NEWS: Prime Minister, …"),
# one after another.
_OUTLETS = ("SKY NEWS", "REUTERS", "THE AGE", "ABC RADIO", "NINE NEWS", "BLOOMBERG", "AFP")
_REPORTER = re.compile(r"^(?:JOURNALIST|QUESTION|Q|REPORTER):[ \t]*", re.M)


def _outlets(text: str) -> str:
    turns = iter(range(1_000_000))
    return _REPORTER.sub(lambda m: _OUTLETS[next(turns) % len(_OUTLETS)] + ": ", text)


# Reporters named, one after another, as some publishers print them ("Anna Lee: …").
_REPORTERS = ("Anna Lee", "Tom Park", "Priya Shah", "Mark Kelly", "Sofia Ruiz", "Liam Walsh")


def _named(text: str) -> str:
    turns = iter(range(1_000_000))
    return _REPORTER.sub(lambda m: _REPORTERS[next(turns) % len(_REPORTERS)] + ": ", text)


# Reporters' labels as publishers abroad print them, with their typography (a French
# transcript puts a space before the colon).
_TRANSLATED = (
    "PREGUNTA:", "JOURNALISTE :", "FRAGE:", "WARTAWAN:", "JORNALISTA:", "DOMANDA:",
    "PERIODISTA:", "VRAAG:", "SORU:", "TANONG:",
)


def _translated(text: str) -> str:
    label = _TRANSLATED[sum(map(ord, text[:200])) % len(_TRANSLATED)]
    return _REPORTER.sub(label + " ", text)


LAYOUTS: dict[str, Callable[[str], str]] = {
    "colon-alone": lambda t: _LABEL.sub(lambda m: m["l"] + ":\n", t),
    "bold-alone": lambda t: _LABEL.sub(lambda m: "**" + m["l"] + ":**\n", t),
    "period": lambda t: _LABEL.sub(lambda m: m["l"].rstrip(".") + ". ", t),
    "title-case": lambda t: _LABEL.sub(lambda m: _title_case(m["l"]) + ": ", t),
    "tab": lambda t: _LABEL.sub(lambda m: m["l"] + "\t", t),
    "outlets": _outlets,
    "named": _named,
    "bold-inline": lambda t: _LABEL.sub(lambda m: "**" + m["l"] + ":** ", t),
    "bracketed": lambda t: _LABEL.sub(lambda m: "[" + m["l"] + "] ", t),
    "dashed": lambda t: _LABEL.sub(lambda m: m["l"] + " – ", t),
    "heading": lambda t: _LABEL.sub(lambda m: "### " + _title_case(m["l"]) + "\n\n", t),
    "spaced-colon": lambda t: _LABEL.sub(lambda m: m["l"] + " : ", t),
    "bare-alone": lambda t: _LABEL.sub(lambda m: m["l"].rstrip(".") + "\n", t),
    "bold-bare": lambda t: _LABEL.sub(lambda m: "**" + _title_case(m["l"]).rstrip(".") + "**\n", t),
    "two-space": lambda t: _LABEL.sub(lambda m: m["l"].rstrip(".") + "  ", t),
    "translated": _translated,
    "timestamped": lambda t: _timed(t, lambda label, clock: f"[{clock}] {label}: "),
    "captions": lambda t: _LABEL.sub(lambda m: ">> " + m["l"] + ": ", t),
    "time-after": lambda t: _timed(
        t, lambda label, clock: f"{_title_case(label)} ({clock.removeprefix('00:')}): "
    ),
}


def _timed(text: str, layout: Callable[[str, str], str]) -> str:
    """Each label with a clock time that runs on through the document (`00:00:04`, …)."""
    seconds = iter(range(4, 10**6, 37))

    def label(m: re.Match[str]) -> str:
        s = next(seconds)
        return layout(m["l"], f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}")

    return _LABEL.sub(label, text)


def _speakers(text: str) -> tuple[str, dict[str, tuple[str | None, bool]]]:
    brief = briefcli.brief(text)
    return brief.kind, {s.text: (s.speaker, s.question) for s in brief.sentences}


def _kept(before: tuple[str | None, bool], after: tuple[str | None, bool] | None) -> bool:
    """Whether a sentence kept its speaker: an official's the same name, a reporter's still
    a question (whatever their label makes them: "Journalist", "Sky News")."""
    if after is None:
        return False
    return after[1] if before[1] else after == before


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.layouts", description=__doc__)
    parser.add_argument("--details", action="store_true", help="the sentences that moved")
    parser.add_argument("--layout", choices=sorted(LAYOUTS), help="one layout only")
    options = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"benchmarks.layouts: no corpus at {CORPUS}")
        return 1
    layouts = [options.layout] if options.layout else list(LAYOUTS)
    kept = dict.fromkeys(layouts, 0)
    documents = 0
    for name in SETS:
        for path in sorted((CORPUS / name).glob("*.txt")):
            if is_frozen(path.name):
                continue
            text = path.read_text(encoding="utf-8")
            if not _LABEL.search(text):
                continue
            kind, original = _speakers(text)
            if kind != "transcript" or not original:
                continue
            documents += 1
            for layout in layouts:
                _, again = _speakers(LAYOUTS[layout](text))
                moved = [
                    (s, v, again.get(s)) for s, v in original.items() if not _kept(v, again.get(s))
                ]
                if len(moved) <= (1 - _KEPT) * len(original):
                    kept[layout] += 1
                elif options.details:
                    where = f"{name}/{path.name} ({layout})"
                    print(f"## {where}: {len(moved)} of {len(original)} moved")
                    for sentence, before, after in moved[:5]:
                        print(f"  {before} -> {after}: {sentence[:70]!r}")
    print(f"\nlabel layouts: {documents} development transcripts of {' and '.join(SETS)}")
    print(f"{'layout':<14}{'speakers kept':>16}")
    for layout in layouts:
        print(f"{layout:<14}{kept[layout]:>10} of {documents}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
