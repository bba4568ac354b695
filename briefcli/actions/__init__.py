"""Action items: who will (or must, or is expected to) do what, and when."""

from briefcli.actions.items import clauses_remembered, find_actions

__all__ = ["clauses_remembered", "find_actions"]
