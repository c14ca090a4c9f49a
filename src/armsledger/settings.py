"""One Settings object: packaged defaults -> environment -> CLI options."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "sqlite:///armsledger.db"
    outlets_file: Path | None = None  # user's outlet ratings; packaged defaults otherwise
    token: str | None = None  # web access token
    jobs: int = 1
    user_agent: str = "armsledger/0.1 (+https://github.com/armsledger/armsledger)"
    http_timeout: float = 15.0

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        s = cls()
        env = os.environ
        if env.get("ARMSLEDGER_DB"):
            s = replace(s, db=normalise_db_url(env["ARMSLEDGER_DB"]))
        if env.get("ARMSLEDGER_OUTLETS"):
            s = replace(s, outlets_file=Path(env["ARMSLEDGER_OUTLETS"]))
        if env.get("ARMSLEDGER_TOKEN"):
            s = replace(s, token=env["ARMSLEDGER_TOKEN"])
        given = {k: v for k, v in overrides.items() if v is not None}
        if "db" in given:
            given["db"] = normalise_db_url(str(given["db"]))
        return replace(s, **given)  # type: ignore[arg-type]


def normalise_db_url(value: str) -> str:
    """Accept a SQLAlchemy URL, a postgresql:// URL or a plain SQLite file path."""
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    return f"sqlite:///{value}"
