"""Outlet reliability ratings (Admiralty A-F): the packaged `data/outlets.tsv` or the user's file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from armsledger.errors import DataError

GRADES = "ABCDEF"
DEFAULT_GRADE = "F"


def norm(name: str) -> str:
    """Outlet names and domains compare lower-cased, without "www.", "the" or punctuation."""
    name = name.strip().lower()
    name = re.sub(r"^https?://", "", name)
    name = re.sub(r"^www\.", "", name)
    name = re.sub(r"^the\s+", "", name)
    return re.sub(r"[^\w.]+", "", name)


@dataclass(frozen=True, slots=True)
class Outlets:
    grades: dict[str, str]  # canonical outlet name -> grade
    names: dict[str, str]  # normalised name, alias or domain -> canonical name

    def canonical(self, name: str | None) -> str | None:
        if not name:
            return None
        key = norm(name)
        if key in self.names:
            return self.names[key]
        if key.endswith("news") and key[:-4] in self.names:
            return self.names[key[:-4]]
        return None

    def of_url(self, url: str | None) -> str | None:
        if not url:
            return None
        host = norm(urlsplit(url).hostname or "")
        while host:
            if host in self.names:
                return self.names[host]
            host = host.partition(".")[2] if host.count(".") > 1 else ""
        return None

    def grade(self, outlet: str | None) -> str:
        return self.grades.get(outlet, DEFAULT_GRADE) if outlet else DEFAULT_GRADE


def parse(text: str, origin: str) -> Outlets:
    grades: dict[str, str] = {}
    names: dict[str, str] = {}
    header_seen = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if not header_seen:
            header_seen = True
            if cells[:2] == ["outlet", "grade"]:
                continue
        if len(cells) < 2 or cells[1].strip().upper() not in GRADES:
            raise DataError(f"{origin}:{n}: expected 'outlet<TAB>grade<TAB>aliases' with a grade A-F")
        outlet, grade = cells[0].strip(), cells[1].strip().upper()
        grades[outlet] = grade
        for alias in [outlet, *(cells[2].split("|") if len(cells) > 2 else [])]:
            if alias.strip():
                names[norm(alias)] = outlet
    return Outlets(grades=grades, names=names)


@cache
def _packaged() -> Outlets:
    ref = resources.files("armsledger") / "data" / "outlets.tsv"
    return parse(ref.read_text(encoding="utf-8"), "data/outlets.tsv")


def load_outlets(path: Path | None = None) -> Outlets:
    """The user's ratings file when given, else the packaged defaults (cached)."""
    if path is None:
        return _packaged()
    try:
        return parse(Path(path).read_text(encoding="utf-8"), str(path))
    except OSError as exc:
        raise DataError(f"cannot read outlets file {path}: {exc.strerror}",
                        hint="fix ARMSLEDGER_OUTLETS or settings.outlets_file") from exc
