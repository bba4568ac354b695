"""briefcli: press briefings to briefs (summary, sections, key quotes, action items)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from briefcli.errors import BriefError, InputError, OptionError
from briefcli.model import Action, Brief, Quote, Section, Sentence, SummarySentence
from briefcli.pipeline import brief, brief_bytes, brief_file

try:
    __version__ = version("briefcli")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

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
