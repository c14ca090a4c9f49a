"""armsledger: who is arming whom, according to whom, and who denies it.

    >>> import armsledger
    >>> claims = armsledger.extract("Russia has delivered four Mi-35M helicopters to Pakistan.")
    >>> [(c.supplier, c.recipient, c.system, str(c.status)) for c in claims]
    [('RUS', 'PAK', 'Mi-35M', 'delivery')]
"""

# `extract` is both a module and its main function: import the function eagerly so the
# package attribute is the function. extract.py loads spaCy lazily, so this stays cheap.
from armsledger.extract import extract, extract_document
from armsledger.ingest import read
from armsledger.types import Category, Claim, Document, Problem, Status

__all__ = [
    "Category",
    "Claim",
    "Document",
    "Problem",
    "Status",
    "extract",
    "extract_document",
    "read",
]
__version__ = "0.1.0"
