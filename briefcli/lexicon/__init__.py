"""The lexicon: what briefcli knows about briefing language, as plain tables a reader can extend."""
