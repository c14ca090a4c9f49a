"""Where an input came from, and the problem codes ingest uses.

Every reader gets an `Origin`: the name shown to the user (path, URL or "-"), the stem
that becomes the default document id, the URL a page was fetched from, and the charset an
HTTP header declared.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from armsledger.errors import InputError
from armsledger.types import Problem

# Problem codes (E1xx: input). `Problem.code` carries one of these.
MISSING = "E101"  # no such file, or it cannot be opened
BINARY = "E102"  # not text
EMPTY = "E103"  # no bytes, or no article text
UNDECODABLE = "E104"  # no charset decodes it
MALFORMED = "E105"  # a JSON line, feed or WARC record that does not parse
UNSUPPORTED = "E106"  # a format ingest does not read
FETCH = "E110"  # a URL that timed out, failed or answered an error status

COMPOUND_SUFFIXES = (".warc.gz", ".arc.gz", ".tar.gz")


@dataclass(frozen=True, slots=True)
class Origin:
    name: str  # path, URL or "-": what Problems and Document.source_path name
    stem: str  # the default document id
    url: str | None = None  # the URL it was fetched from
    charset: str | None = None  # the charset an HTTP header declared

    def problem(self, reason: str, code: str, where: str = "") -> Problem:
        return Problem(source=f"{self.name}{where}", reason=reason, code=code)


def path_stem(name: str) -> str:
    """The file name without its extension (`a/b/x.warc.gz` -> `x`)."""
    base = PurePosixPath(name.replace("\\", "/")).name
    lower = base.lower()
    for suffix in COMPOUND_SUFFIXES:
        if lower.endswith(suffix) and len(base) > len(suffix):
            return base[: -len(suffix)]
    stem = PurePosixPath(base).stem
    return stem or base


def url_stem(url: str) -> str:
    """The last path segment without extension, else the host name."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if segments:
        return path_stem(segments[-1])
    return parts.hostname or url


def file_origin(path: str) -> Origin:
    return Origin(name=path, stem=path_stem(path))


def problem_from(error: InputError, origin: Origin, where: str = "") -> Problem:
    return origin.problem(error.message, error.code, where)
