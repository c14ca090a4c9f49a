"""Entry point: registers every command module on the shared app and maps errors to one line."""

from __future__ import annotations

import sys

from armsledger.cli import batch, docs, extract, ledger, web  # noqa: F401  (each module registers its commands)
from armsledger.cli.app import app, err
from armsledger.errors import ArmsledgerError


def main() -> None:
    try:
        app()
    except ArmsledgerError as exc:
        err.print(str(exc), markup=False, highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("Interrupted.")
        sys.exit(130)


if __name__ == "__main__":
    main()
