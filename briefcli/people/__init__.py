"""People: who is who in one briefing (names, titles, speakers of turns, actors of action items)."""

from briefcli.people.actors import Actors, Voice
from briefcli.people.names import NameMention, find_names, names_remembered
from briefcli.people.person import Person
from briefcli.people.speaker import People

__all__ = [
    "Actors",
    "NameMention",
    "People",
    "Person",
    "Voice",
    "find_names",
    "names_remembered",
]
