"""Action items: who will (or must, or is expected to) do what, and when."""

from briefcli.actions.items import find_actions

__all__ = ["find_actions"]
