"""Where the read-only reference data lives (../shared beside the repository).

A module of its own (not conftest) so that test modules in any folder can import it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data; skips the test when it is absent (fails under CI=true)."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the shared reference data is missing: {path}")
        pytest.skip(f"shared reference data not available: {path}")
    return path
