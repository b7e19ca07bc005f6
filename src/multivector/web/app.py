"""The FastAPI application: read-only store, security headers, error pages, routes.

One read-only DuckDB connection is opened when the app is built (a missing or
unreadable database fails there, with the store's MV301 message); each request works
on its own cursor of it, so requests in the thread pool do not share a connection.
Because the file is opened read-only nothing can change it while we serve, so the
list of actor codes is read once.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from multivector.errors import InputError, MultivectorError
from multivector.store.backend import display_name
from multivector.store.store import Store
from multivector.web import data

# No inline scripts anywhere; inline styles only where a page embeds the briefing
# (that response sets its own, slightly wider policy).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")
BRIEF_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
VERSION = "0.1.0"


def _package_dir(name: str) -> Path:
    return Path(str(resources.files("multivector.web") / name))


def make_templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_package_dir("templates")),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["svg"] = Markup  # only for SVG our svg module built (it escapes every text)
    return env


class WebState:
    """What every request needs: the store, the templates and the codes it holds."""

    def __init__(self, db: str | Path) -> None:
        self.db = str(db)
        self.store = Store(self.db, read_only=True)
        self.templates = make_templates()
        cursor = self.store.conn.cursor()
        try:
            self.codes = data.known_codes(cursor)
            self.datasets = data.datasets(cursor)
        finally:
            cursor.close()

    def cursor(self) -> Iterator[Any]:
        cursor = self.store.conn.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def render(self, request: Request, template_name: str, status_code: int = 200,
               **context: Any) -> HTMLResponse:
        template = self.templates.get_template(template_name)
        html = template.render(request_path=request.url.path, db=display_name(self.db), **context)
        return HTMLResponse(html, status_code=status_code)


# FastAPI dependencies shared by the page and API routers.
def web(request: Request) -> WebState:
    return request.app.state.web  # type: ignore[no-any-return]


def cursor(request: Request) -> Iterator[Any]:
    """A cursor of its own for one request, closed when the response is sent."""
    yield from web(request).cursor()


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json"


def create_app(db: str | Path) -> FastAPI:
    """The dashboard and JSON API over the database ``db`` (opened read-only)."""
    state = WebState(db)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        state.store.close()

    app = FastAPI(title="multivector", version=VERSION, docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  description="Read-only JSON API over a multivector database: distinct "
                              "events with their sources, the multi-vector balance, documents.")
    app.state.web = state

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response

    def error(request: Request, status: int, code: str, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
        return state.render(request, "error.html", status_code=status, status=status, code=code,
                            message=message, title=f"Error {status}")

    @app.exception_handler(InputError)
    async def input_error(request: Request, err: InputError) -> Response:
        return error(request, 400, err.code, err.render())

    @app.exception_handler(MultivectorError)
    async def other_error(request: Request, err: MultivectorError) -> Response:
        return error(request, 500, err.code, err.render())

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, err: RequestValidationError) -> Response:
        first = err.errors()[0] if err.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error(request, 400, "MV101", f"{where}: {first.get('msg', 'invalid value')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException) -> Response:
        return error(request, err.status_code, "HTTP", str(err.detail))

    from multivector.web.api_routes import router as api_router
    from multivector.web.pages import router as page_router

    app.include_router(api_router)
    app.include_router(page_router)
    app.mount("/static", StaticFiles(directory=_package_dir("static")), name="static")
    return app
