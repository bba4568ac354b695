"""Quotation marks: the pairs newsrooms use, read as plain double quotes before quotes are found."""

from __future__ import annotations

# Two-character marks that stand for one double mark. Wire copy typed on old systems (and
# one large North American newsroom's house style) writes ''…'' with two apostrophes;
# some sites double single curly marks ‘’…’’; TeX-like copy opens with ``.
# Each maps to the mark it stands for: '"' when its direction is read from context.
DOUBLED_MARKS = {
    "''": '"',
    "``": "“",
    "‘‘": "“",
    "‘’": "“",
    "’’": "”",
    ",,": "„",
}

# Marks that open or close by where they stand: ” as an opener ("”We are ready,” she
# said": Scandinavian and some Canadian copy), “ as a closer after German „…“.
LOW_OPENERS = frozenset("„‚")

# Guillemets: « » in French order, » « in German and Scandinavian order (the first of a
# pair opens it, whichever it is).
GUILLEMETS = ("«", "»")

# Single marks: British style ‘…’ (and '…' typed straight) when a paragraph's quotes are
# not inside double marks. An apostrophe is never one: inside a word (it’s), before a
# year or a number (’90s), a plural possessive (the nurses’ union) when a later mark closes.
SINGLE_OPENERS = frozenset("‘'")
SINGLE_CLOSERS = frozenset("’'")

# What may stand right before an opening mark.
BEFORE_OPENER = frozenset(" \t\n([{—–-/:*\u00a0")

# Dialogue dashes: Irish, French and some magazine copy set speech off with a dash that
# opens the paragraph and no closing mark ("— You don't stop watching, he says. Not ever.").
# Read as “…” when an attribution follows a comma in the paragraph; the words after the
# attribution's sentence go on with the same speech.
DIALOGUE_DASHES = frozenset("—–―")
