"""Exit statuses of the briefcli command, in one place."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """What the process tells the shell."""

    OK = 0
    ERROR = 1  # an input could not be read or briefed
    USAGE = 2  # bad options or arguments
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
