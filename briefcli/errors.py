"""Errors the library raises; the CLI turns each into one line and an exit status."""

from __future__ import annotations

import logging

# Where the library reports what it skipped; the CLI shows these on standard error.
LOG = logging.getLogger("briefcli")


class BriefError(Exception):
    """Base of every error briefcli reports to a user: the message is the whole story."""


class InputError(BriefError):
    """An input could not be read, decoded or briefed (missing, a directory, binary, empty)."""


class OptionError(BriefError):
    """An option value is out of range (a negative count, a ratio above 1)."""


def skipped(stage: str, unit: str) -> None:
    """Report that an unexpected error inside `stage` cost `unit` (one sentence or paragraph)
    its findings, not the whole brief: one line on the log, the traceback attached for
    `--debug`. Call it from an `except Exception` block."""
    LOG.warning("%s: %s skipped after an internal error", stage, unit, exc_info=True)
