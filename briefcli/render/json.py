"""JSON rendering: the document of DESIGN.md, exactly `Brief.to_dict()`."""

from __future__ import annotations

import json
from typing import Any

from briefcli.model import Brief
from briefcli.render.view import Part, View

# The keys every partial document keeps, so a consumer knows what it is looking at.
_HEADER_KEYS = ("schema_version", "source", "title", "kind", "date")


def document(brief: Brief, view: View, *, limit_quotes: int | None = None) -> dict[str, Any]:
    """The JSON document for `view`: the whole brief, or its header and one part.

    `limit_quotes` keeps only the quotes a reader view would show (when --max-quotes
    was given explicitly); by default every quote is listed.
    """
    data = brief.to_dict()
    if limit_quotes is not None:
        from briefcli.render.view import shown_quotes

        data["quotes"] = [q.to_dict() for q in shown_quotes(brief, limit_quotes)]
    if view.part is Part.BRIEF:
        return data
    part = {Part.QUOTES: "quotes", Part.ACTIONS: "actions", Part.SECTIONS: "sections"}[view.part]
    return {key: data[key] for key in _HEADER_KEYS} | {part: data[part]}


def dumps(data: Any, *, indent: int | None = 2) -> str:
    """Deterministic JSON text: same input, same bytes."""
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


def render(brief: Brief, view: View) -> str:
    return dumps(document(brief, view))


def render_line(brief: Brief, view: View) -> str:
    """One JSON object on one line (the jsonl format)."""
    return dumps(document(brief, view), indent=None)
