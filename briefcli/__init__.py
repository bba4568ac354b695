"""briefcli: press briefings to briefs (summary, sections, key quotes, action items)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from briefcli.errors import BriefError, InputError, OptionError
from briefcli.model import Action, Brief, Quote, Section, Sentence, SummarySentence

if TYPE_CHECKING:
    from briefcli.pipeline import brief, brief_bytes, brief_file

try:
    __version__ = version("briefcli")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

_PIPELINE = frozenset({"brief", "brief_bytes", "brief_file"})


def __getattr__(name: str) -> Any:
    # The pipeline imports every stage (their patterns compile at import): load it when a
    # brief is asked for, so `briefcli --help`, `--version` and usage errors start fast.
    if name in _PIPELINE:
        from briefcli import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'briefcli' has no attribute {name!r}")


__all__ = [
    "Action",
    "Brief",
    "BriefError",
    "InputError",
    "OptionError",
    "Quote",
    "Section",
    "Sentence",
    "SummarySentence",
    "__version__",
    "brief",
    "brief_bytes",
    "brief_file",
]
