"""Progress as a protocol: library functions report, the CLI draws (or nothing does)."""

from __future__ import annotations

from typing import Any, Protocol


class Progress(Protocol):
    def start(self, total: int | None) -> None: ...

    def advance(self, n: int = 1, **info: Any) -> None: ...

    def finish(self) -> None: ...


class NullProgress:
    """The default: reports go nowhere."""

    def start(self, total: int | None) -> None:
        pass

    def advance(self, n: int = 1, **info: Any) -> None:
        pass

    def finish(self) -> None:
        pass
