"""The web's errors: one JSON envelope ``{"error": {"code", "message", "hint"}}`` for every 4xx/5xx.

Library errors keep their own codes (a missing deal is the ledger's E304); the HTTP status is
chosen from the error's class. Request validation failures become E422 in the same envelope.
"""

from __future__ import annotations

from armsledger.errors import ArmsledgerError, InputError, LedgerError, NotFound, WebError


class BadRequest(WebError):
    code = "E400"
    hint = "check the request's parameters against /api/openapi.json"


class Unauthorized(WebError):
    code = "E401"
    hint = "send the access token as 'Authorization: Bearer TOKEN'"


class Forbidden(WebError):
    code = "E403"
    hint = "start the server with --token (or ARMSLEDGER_TOKEN) and send that token"


class PageNotFound(WebError):
    code = "E404"
    hint = "see /api/openapi.json for the routes"


class InvalidInput(WebError):
    code = "E422"
    hint = "fix the named field; see /api/openapi.json for the expected shape"


class TooLarge(WebError):
    code = "E413"
    hint = "send fewer or shorter documents per request"


def http_status(exc: ArmsledgerError) -> int:
    """The HTTP status for an armsledger error."""
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, WebError) and exc.code[1:].isdigit() and exc.code.startswith("E4"):
        return int(exc.code[1:])
    if isinstance(exc, InputError):
        return 400
    if isinstance(exc, LedgerError):
        return 503
    return 500


def envelope(exc: ArmsledgerError) -> dict[str, dict[str, str]]:
    return {"error": exc.to_json()}
