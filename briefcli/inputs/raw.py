"""An input as read: its bytes, its name, and the size past which it is no briefing."""

from __future__ import annotations

from dataclasses import dataclass

# Briefings are text; anything this large is not one (a week of transcripts is ~5 MB).
MAX_INPUT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class RawInput:
    """An input's bytes and what it was called; `media_type` when the source said (HTTP)."""

    name: str
    data: bytes
    media_type: str | None = None
