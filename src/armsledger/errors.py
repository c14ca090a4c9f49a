"""One exception tree. Every user-facing error has a code and a hint.

The CLI prints ``Error [E012]: <what, which file>. Hint: <what to do>`` and exits
non-zero; the web API returns the same code in its JSON error envelope.

Codes: E1xx input, E2xx extraction and reference data, E3xx ledger/database,
E4xx web/API, E5xx batch/Spark, E9xx configuration and missing extras.
"""

from __future__ import annotations

from types import ModuleType


class ArmsledgerError(Exception):
    code = "E000"
    hint = ""

    def __init__(self, message: str, *, hint: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        text = f"Error [{self.code}]: {self.message}"
        if self.hint:
            text += f". Hint: {self.hint}"
        return text

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "hint": self.hint}


class InputError(ArmsledgerError):
    """An input file, record or URL could not be read."""

    code = "E100"
    hint = "check the path and the file's format"


class ExtractionError(ArmsledgerError):
    code = "E200"


class DataError(ArmsledgerError):
    """A packaged or user-supplied reference data file is malformed."""

    code = "E210"
    hint = "fix the named line of the data file"


class LedgerError(ArmsledgerError):
    code = "E300"
    hint = "check --db or ARMSLEDGER_DB"


class NotFound(LedgerError):
    code = "E304"
    hint = "list what exists with `armsledger deals`"


class WebError(ArmsledgerError):
    code = "E400"


class BatchError(ArmsledgerError):
    code = "E500"


class ConfigError(ArmsledgerError):
    code = "E900"


class MissingExtra(ConfigError):
    """An optional dependency is not installed."""

    code = "E901"

    def __init__(self, module: str, extra: str):
        super().__init__(
            f"this needs the optional package '{module}'",
            hint=f"pip install 'armsledger[{extra}]'",
        )


def require(module: str, extra: str) -> ModuleType:
    """Import an optional dependency or raise MissingExtra naming the extra to install."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(module, extra) from exc
