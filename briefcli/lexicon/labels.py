"""Transcript labels: words that open a line but name no speaker, and roles that run an event."""

from __future__ import annotations

# Upper-case words that open article lines but name no speaker.
NOT_SPEAKER_WORDS = frozenset(
    """
    NOTE EDITOR'S UPDATE UPDATED WASHINGTON FACT SHEET READ MORE WHAT THEY ARE SAYING
    BACKGROUND SUMMARY WHEN WHERE WHO WHY HOW TOPLINE BREAKING ALERT EMBARGOED FOR RELEASE
    IMMEDIATE RELEASE EXCLUSIVE ANALYSIS OPINION PHOTOS VIDEO CONTACT ET PT EDT EST CET CEST
    RELEASE END THE FOR IMMEDIATE BOTTOM LINE KEY TAKEAWAYS MEDIA ADVISORY ADVISORY
    """.split()
)


NOT_MIXED_SPEAKER_WORDS = frozenset(
    """
    note notes update source sources photo photos related read more see also tags tag example
    step answer question summary background location date time topic re subject from to cc
    agenda item action decision outcome warning caution tip fact sheet why what how when where
    """.split()
)


# Label words of people who run the event rather than speak for the government: their
# sentences are quoted at half weight (a moderator calls on reporters, an aide reads out
# logistics). From the White House and State Department transcripts.
PROCEDURAL_LABEL_WORDS = ("MODERATOR", "OPERATOR", "STAFF", "AIDE", "ANNOUNCER", "INTERPRETER")
