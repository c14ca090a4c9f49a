"""Who may talk to the server and what it sends back with every answer.

Rules: the server listens on loopback unless told otherwise and refuses a non-loopback address
without an access token. Without a token it is read-only. With a token, writes (POST) need it;
on a non-loopback address every request needs it. The token is read from an
``Authorization: Bearer`` header, an ``X-Armsledger-Token`` header or the ``armsledger_token``
cookie (set when a browser opens any page with ``?token=...``).
"""

from __future__ import annotations

import hmac
import ipaddress
from dataclasses import dataclass

from armsledger.errors import ConfigError

TOKEN_COOKIE = "armsledger_token"
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
# Dossiers saved from the server are self-contained: inline styles, no scripts at all.
DOSSIER_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


@dataclass(frozen=True, slots=True)
class Access:
    """The server's access rules, fixed at start-up."""

    host: str = "127.0.0.1"
    token: str | None = None
    writes: bool = True  # with a token; --read-only turns writes off even then

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    @property
    def can_write(self) -> bool:
        return self.token is not None and self.writes

    def token_ok(self, given: str | None) -> bool:
        if self.token is None or not given:
            return False
        return hmac.compare_digest(given.encode(), self.token.encode())

    def needs_token_to_read(self) -> bool:
        return not self.loopback


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine without an access token."""
    if not is_loopback(host) and not token:
        raise ConfigError(
            f"refusing to listen on {host} without an access token",
            hint="pass --token SECRET or set ARMSLEDGER_TOKEN, or listen on 127.0.0.1",
        )
    if token is not None and len(token) < 12:
        raise ConfigError("the access token is shorter than 12 characters",
                          hint="use a long random token, e.g. `python -c 'import secrets; "
                               "print(secrets.token_urlsafe())'`")


def token_from(headers: dict[str, str], cookies: dict[str, str]) -> str | None:
    """The token a request carries, from its headers or cookie."""
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return headers.get("x-armsledger-token") or cookies.get(TOKEN_COOKIE)
