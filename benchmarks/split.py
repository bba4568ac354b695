"""The frozen test split: which labelled documents are held back from tuning, decided once by name.

Every labelled set built from `../shared/corpus/` (and `benchmarks/data/`) puts a document in the
frozen test split when `is_frozen(name)` says so: a third of the documents, chosen by a stable hash
of the file name (not by content, not by looking), so the choice never moves when labels or rules
change. Benchmarks print the development figure and the frozen figure side by side; rules are
tuned on development documents only, and per-document details are printed for those alone.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath

DEV = "dev"
TEST = "test"


def is_frozen(name: str) -> bool:
    """True for the documents of the frozen test split: a third of all names, by a stable hash."""
    stem = PurePath(name).name
    digest = hashlib.sha1(f"test:{stem}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % 3 == 0


def split_of(name: str) -> str:
    """`"test"` for a frozen document, `"dev"` for the rest."""
    return TEST if is_frozen(name) else DEV
