"""Errors the library raises; the CLI turns each into one line and an exit status."""

from __future__ import annotations


class BriefError(Exception):
    """Base of every error briefcli reports to a user: the message is the whole story."""


class InputError(BriefError):
    """An input could not be read, decoded or briefed (missing, a directory, binary, empty)."""


class OptionError(BriefError):
    """An option value is out of range (a negative count, a ratio above 1)."""
