"""The FastAPI application: `create_app(settings)` wires pages, API, errors and access rules."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from armsledger import __version__
from armsledger.errors import ArmsledgerError
from armsledger.settings import Settings
from armsledger.web import templating
from armsledger.web.problems import (
    BadRequest,
    Forbidden,
    InvalidInput,
    PageNotFound,
    Unauthorized,
    envelope,
    http_status,
)
from armsledger.web.security import SECURITY_HEADERS, TOKEN_COOKIE, Access, token_from
from armsledger.web.twin import wants_json

log = logging.getLogger(__name__)
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def create_app(settings: Settings | None = None, *, access: Access | None = None,
               ledger: Any = None, extract: Any = None) -> FastAPI:
    """The dashboard and JSON API over the ledger at ``settings.db``.

    `access` holds the host and token rules (loopback, no token: read-only); `ledger` lets
    tests and callers pass an open ledger instead of opening ``settings.db``; `extract`
    (Document -> list[Claim]) replaces the default extractor for ``POST /api/ingest``.
    """
    settings = settings or Settings.from_env()
    access = access or Access(token=settings.token)
    app = FastAPI(
        title="armsledger",
        version=__version__,
        description="Who is arming whom, according to whom, and who denies it. Every HTML page "
                    "has a JSON twin under /api.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.access = access
    app.state.ledger = ledger
    app.state.extract = extract
    env = templating.environment()

    _install_access(app, access)
    _install_errors(app, env)
    from armsledger.web import routes  # registers the pages on routes.pages

    routes.pages.mount(app, env)
    app.include_router(routes.api)
    app.mount("/static", StaticFiles(packages=[("armsledger.web", "static")]), name="static")
    return app


def _install_access(app: FastAPI, access: Access) -> None:
    @app.middleware("http")
    async def guard(request: Request,
                    call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await _checked(request, call_next, access)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def _drop_empty_params(request: Request) -> None:
    """A filter form submits its blank fields as ``since=``: blank means "any", not invalid."""
    items = request.query_params.multi_items()
    if any(v == "" for _, v in items):
        kept = urlencode([(k, v) for k, v in items if v != ""])
        request.scope["query_string"] = kept.encode("latin-1")


async def _checked(request: Request, call_next: Callable[[Request], Awaitable[Response]],
                   access: Access) -> Response:
    _drop_empty_params(request)
    given = token_from(dict(request.headers), dict(request.cookies))
    query_token = request.query_params.get("token")
    if query_token and request.method == "GET":
        if not access.token_ok(query_token):
            return _error_response(request, Unauthorized("the token in the address is wrong"))
        rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
        target = request.url.path + ("?" + urlencode(rest) if rest else "")
        redirect = RedirectResponse(target, status_code=303)
        redirect.set_cookie(TOKEN_COOKIE, query_token, httponly=True, samesite="strict")
        return redirect
    if request.method not in READ_METHODS:
        if not access.can_write:
            return _error_response(request, Forbidden(
                f"this server is read-only: {request.method} {request.url.path} is refused"))
        if not access.token_ok(given):
            return _error_response(request, Unauthorized(
                f"{request.method} {request.url.path} needs the access token"))
    elif access.needs_token_to_read() and not access.token_ok(given):
        return _error_response(request, Unauthorized(
            "this server is reachable beyond this machine, so every request needs the token",
            hint="send 'Authorization: Bearer TOKEN', or open any page once with ?token=TOKEN"))
    return await call_next(request)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api") or wants_json(request)


def _error_response(request: Request, exc: ArmsledgerError) -> Response:
    status = http_status(exc)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if _is_api(request):
        return JSONResponse(envelope(exc), status_code=status, headers=headers)
    html = templating.environment().get_template("error.html").render(
        error=exc, status=status, request=request)
    return HTMLResponse(html, status_code=status, headers=headers)


def _install_errors(app: FastAPI, env: Any) -> None:
    @app.exception_handler(ArmsledgerError)
    async def library_error(request: Request, exc: ArmsledgerError) -> Response:
        if http_status(exc) >= 500:
            log.error("%s on %s", exc, request.url.path)
        return _error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return _error_response(request, InvalidInput(_describe(exc)))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return _error_response(request, PageNotFound(f"no page at {request.url.path}"))
        error = BadRequest(str(exc.detail), code=f"E{exc.status_code}") \
            if 400 <= exc.status_code < 500 else BadRequest(str(exc.detail), code="E400")
        return _error_response(request, error)


def _describe(exc: RequestValidationError) -> str:
    """One line naming each invalid field: 'query.sort: Input should be ...'."""
    parts = []
    for problem in exc.errors()[:5]:
        where = ".".join(str(p) for p in problem.get("loc", ()))
        parts.append(f"{where}: {problem.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)
