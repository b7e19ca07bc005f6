"""multivector.web: the dashboard and JSON API behind ``multivector serve`` (docs/web.md).

``create_app(db)`` builds the FastAPI application over a database opened read-only;
``serve(db, host, port)`` runs it with uvicorn (127.0.0.1 by default: nothing is
exposed to the network unless asked).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def create_app(db: str | Path) -> Any:
    """The FastAPI app over ``db``; raises StoreError MV301 when it cannot be opened."""
    from multivector.web.app import create_app as build

    return build(db)


def serve(db: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
          announce: Callable[[str], None] | None = None) -> None:
    """Serve the dashboard for ``db`` until interrupted (blocks).

    ``announce`` receives the address once the database is open (the CLI prints it).
    """
    import uvicorn

    app = create_app(db)
    if announce is not None:
        announce(f"http://{host}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="info")


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "create_app", "serve"]
