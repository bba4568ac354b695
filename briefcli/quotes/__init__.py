"""Quotes: direct speech found in the briefing, attributed to its speaker, the key ones scored."""

from briefcli.quotes.find import by_speaker, find_quotes

__all__ = ["by_speaker", "find_quotes"]
