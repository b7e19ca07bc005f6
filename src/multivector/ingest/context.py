"""What every reader needs besides its source: the fallback date and where problems go."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from multivector.errors import InputError, MultivectorError


def _ignore(_message: str) -> None:
    return None


@dataclass(frozen=True)
class ReadContext:
    """``published`` fills in missing dates; ``report`` skips or raises a bad record."""

    published: date | None = None
    warn: Callable[[str], None] = _ignore
    on_error: Callable[[MultivectorError], None] | None = None

    def report(self, error: InputError) -> None:
        """A bad record: hand it to ``on_error`` and go on, or stop reading by raising it."""
        if self.on_error is None:
            raise error
        self.on_error(error)

    def warn_missing_dates(self, count: int, name: str, what: str) -> None:
        if count and self.published is None:
            self.warn(f"no publication date for {count} of the {what} in {name}: pass --published "
                      'or give each one a "published" date (YYYY-MM-DD)')
