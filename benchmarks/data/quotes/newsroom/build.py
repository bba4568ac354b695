"""Build the newsroom set: plain articles (*.txt) and labels.json from the marked-up sources.

Each article was written with its labels inline (src/*.txt): every quoted span is wrapped as
⟦speaker|words⟧ inside its quotation marks, so a label is the exact text of the article and
cannot drift from it. Speaker forms: a full name; several right forms separated by ' / ';
a leading '~' marks a fragment (a quoted phrase inside reported speech), '!' an ignored span
(scare quotes, titles of works, nicknames, terms: nobody's speech), '+' the second part of a
quote split by its attribution (joined to the entry before it, as one labelled quote).

Run from the repository: .venv/bin/python benchmarks/data/quotes/newsroom/build.py [DIR]
(DIR: another set laid out the same way, e.g. benchmarks/data/quotes/hard; default: newsroom)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦([^|⟦⟧]*)\|([^⟦⟧]*)⟧")


def build_one(source: str) -> tuple[str, list[dict[str, object]]]:
    """The plain article and its labels from one marked-up source."""
    quotes: list[dict[str, object]] = []
    plain: list[str] = []
    last = 0
    for m in MARK.finditer(source):
        plain.append(source[last : m.start()])
        last = m.end()
        tag, words = m.group(1).strip(), m.group(2)
        plain.append(words)
        text = " ".join(words.split()).strip(" ,")
        if tag.startswith("+"):
            if not quotes:
                sys.exit(f"continuation with nothing before it: {words[:40]!r}")
            quotes[-1]["text"] = f"{quotes[-1]['text']} {text}"
            continue
        entry: dict[str, object] = {"text": text}
        if tag.startswith("!"):
            entry["speaker"] = None
            entry["ignore"] = True
        else:
            fragment = tag.startswith("~")
            names = [n.strip() for n in tag.lstrip("~").split(" / ") if n.strip()]
            if not names:
                sys.exit(f"no speaker for {words[:40]!r}")
            entry["speaker"] = names if len(names) > 1 else names[0]
            if fragment:
                entry["fragment"] = True
        quotes.append(entry)
    plain.append(source[last:])
    out = "".join(plain)
    if "⟦" in out or "⟧" in out:
        sys.exit("unbalanced label marks")
    return out, quotes


def main() -> None:
    root = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    texts = []
    for path in sorted((root / "src").glob("*.txt")):
        plain, quotes = build_one(path.read_text(encoding="utf-8"))
        (root / path.name).write_text(plain, encoding="utf-8")
        texts.append({"source": path.name, "words": len(plain.split()), "quotes": quotes})
    about = (
        "INVENTED news articles (people, places and events made up), written in the house "
        "styles of several newsrooms and labelled inline as they were written (src/, built by "
        "build.py). One entry per quoted span; 'fragment' a quoted phrase inside reported "
        "speech; 'ignore' nobody's speech; 'speaker' the full name (a list when several forms "
        "are right)."
    )
    (root / "labels.json").write_text(
        json.dumps({"about": about, "invented": True, "texts": texts}, indent=1, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    scored = [q for t in texts for q in t["quotes"] if not q.get("ignore")]
    print(
        f"{len(texts)} articles, {sum(t['words'] for t in texts)} words, "
        f"{len(scored)} scored quotes "
        f"({sum(1 for q in scored if q.get('fragment'))} fragments), "
        f"{sum(len(t['quotes']) for t in texts) - len(scored)} ignored"
    )


if __name__ == "__main__":
    main()
