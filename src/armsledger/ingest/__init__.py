"""Read every input format into `Document` records.

`read(inputs)` takes file paths, folders, URLs and "-" (standard input) and yields a
`Document` for each article and a `Problem` for each input, record or line that could
not be read; it never raises for bad input, and it streams (memory stays flat).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from armsledger.settings import Settings
from armsledger.types import Document, Problem


def read(inputs: Iterable[str], *, settings: Settings | None = None) -> Iterator[Document | Problem]:
    raise NotImplementedError  # being built: issue 2
