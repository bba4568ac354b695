"""Golden briefs of the samples; `python -m tests.golden` writes them anew."""

from __future__ import annotations

import json
from pathlib import Path

import briefcli
from briefcli.render import markdown
from briefcli.render.json import document, dumps
from briefcli.render.view import View

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "data" / "golden"


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html"))


def rendered(sample: Path) -> tuple[str, str]:
    """The JSON and Markdown of a sample's brief, as the CLI prints them (source relative)."""
    brief = briefcli.brief_file(str(sample.relative_to(ROOT)) if _inside(sample) else str(sample))
    return dumps(document(brief, View())), markdown.render(brief, View())


def _inside(path: Path) -> bool:
    try:
        path.relative_to(ROOT)
    except ValueError:
        return False
    return True


def golden_paths(sample: Path) -> tuple[Path, Path]:
    return GOLDEN / f"{sample.stem}.json", GOLDEN / f"{sample.stem}.md"


def main() -> None:
    import os

    os.chdir(ROOT)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for sample in samples():
        as_json, as_markdown = rendered(sample)
        json_path, md_path = golden_paths(sample)
        json.loads(as_json)
        json_path.write_text(as_json, encoding="utf-8")
        md_path.write_text(as_markdown, encoding="utf-8")
        print(f"wrote {json_path.name} and {md_path.name}")


if __name__ == "__main__":
    main()
