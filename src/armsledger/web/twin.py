"""One handler, two representations: every page is also a JSON document.

A page handler returns a `Page` (a title and a data record with ``to_json()``). `Pages.mount`
registers it twice: ``GET /api/<path>`` always answers JSON (and is in the OpenAPI document),
``GET /<path>`` renders the named template, or the same JSON when asked with ``?format=json``
or ``Accept: application/json``. The data goes through the same handler either way, so the
dashboard and the API cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment


@dataclass(frozen=True, slots=True)
class Page:
    """What a page handler returns: the data (JSON twin) and how the HTML page is titled."""

    title: str
    data: Any
    extra: Mapping[str, Any] = field(default_factory=dict)  # template-only context


def to_jsonable(value: Any) -> Any:
    """Records to JSON: ``to_json()`` where a record has it, dataclass fields otherwise."""
    if hasattr(value, "to_json") and callable(value.to_json):
        return to_jsonable(value.to_json())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def wants_json(request: Request) -> bool:
    if request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


@dataclass(frozen=True, slots=True)
class _Route:
    path: str
    template: str
    handler: Callable[..., Page]
    summary: str


class Pages:
    """A registry of page handlers, mounted onto an app as HTML pages and their JSON twins."""

    def __init__(self) -> None:
        self.routes: list[_Route] = []

    def page(self, path: str, template: str) -> Callable[[Callable[..., Page]],
                                                         Callable[..., Page]]:
        def register(fn: Callable[..., Page]) -> Callable[..., Page]:
            summary = (fn.__doc__ or fn.__name__).strip().splitlines()[0]
            self.routes.append(_Route(path, template, fn, summary))
            return fn

        return register

    def mount(self, app: FastAPI, env: Environment) -> None:
        for route in self.routes:
            api_path = "/api" if route.path == "/" else "/api" + route.path
            app.add_api_route(api_path, _json_endpoint(route.handler), methods=["GET"],
                              summary=route.summary, name=f"api:{route.handler.__name__}",
                              tags=["read"])
            app.add_api_route(route.path, _html_endpoint(route, env), methods=["GET"],
                              include_in_schema=False, name=route.handler.__name__,
                              response_class=HTMLResponse)


def _typed_signature(fn: Callable[..., Any]) -> inspect.Signature:
    """The handler's signature with string annotations resolved in the handler's own module."""
    hints = typing.get_type_hints(fn, include_extras=True)
    sig = inspect.signature(fn)
    params = [p.replace(annotation=hints.get(p.name, p.annotation),
                        kind=inspect.Parameter.KEYWORD_ONLY) for p in sig.parameters.values()]
    return sig.replace(parameters=params, return_annotation=inspect.Signature.empty)


def _json_endpoint(fn: Callable[..., Page]) -> Callable[..., JSONResponse]:
    def endpoint(**kwargs: Any) -> JSONResponse:
        return JSONResponse(to_jsonable(fn(**kwargs).data))

    endpoint.__signature__ = _typed_signature(fn)  # type: ignore[attr-defined]
    endpoint.__name__ = fn.__name__
    endpoint.__doc__ = fn.__doc__
    return endpoint


def _html_endpoint(route: _Route, env: Environment) -> Callable[..., Any]:
    sig = _typed_signature(route.handler)
    request_param = inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY,
                                      annotation=Request)
    uses_request = "request" in sig.parameters

    def endpoint(**kwargs: Any) -> Any:
        request: Request = kwargs["request"] if uses_request else kwargs.pop("request")
        page = route.handler(**kwargs)
        if wants_json(request):
            return JSONResponse(to_jsonable(page.data))
        html = env.get_template(route.template).render(
            page=page, data=page.data, request=request, **page.extra)
        return HTMLResponse(html)

    params = list(sig.parameters.values()) + ([] if uses_request else [request_param])
    endpoint.__name__ = route.handler.__name__
    endpoint.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
    return endpoint
