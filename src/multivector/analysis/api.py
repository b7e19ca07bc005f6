"""Library entry point for ``multivector balance``: the only analysis code that reads the store."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from multivector.analysis.balance import Balance, compute_balance
from multivector.analysis.blocs import DEFAULT_BLOCS, DEFAULT_PARTNERS
from multivector.analysis.changes import Changes
from multivector.codes import check_code
from multivector.errors import StoreError
from multivector.records import DistinctEvent


@contextmanager
def open_store(db: str | Path) -> Iterator[Any]:
    """Open the database read-only (it must exist: analysis never creates one)."""
    from multivector.store import Store  # type: ignore[attr-defined]

    if "://" not in str(db) and not Path(db).exists():
        raise StoreError(f"no database at {db}: run `multivector ingest` or `import` first, "
                         "or pass --db", path=str(db))
    store = Store(str(db), read_only=True)
    try:
        yield store
    finally:
        close = getattr(store, "close", None)
        if close is not None:
            close()


def check_codes(country: str, partners: Sequence[str] | None,
                blocs: Mapping[str, Sequence[str]] | None) -> tuple[str, tuple[str, ...], dict[str, tuple[str, ...]]]:
    """Validate and normalise every code the user gave (unknown -> InputError MV107)."""
    country = check_code(country)
    chosen = tuple(check_code(p, what="partner") for p in (partners or DEFAULT_PARTNERS))
    bloc_map = {name: tuple(check_code(c, what="bloc") for c in codes)
                for name, codes in (blocs or DEFAULT_BLOCS).items()}
    return country, chosen, bloc_map


def balance(country: str, *, db: str | Path, partners: Sequence[str] | None = None,
            date_from: date | None = None, date_to: date | None = None, by: str | None = None,
            blocs: Mapping[str, Sequence[str]] | None = None, eu_members_in_eu: bool = False,
            resamples: int = 1000, seed: int = 0) -> Balance:
    """The multi-vector balance of ``country`` over the events stored in ``db``."""
    country, chosen, bloc_map = check_codes(country, partners, blocs)
    with open_store(db) as store:
        events = store.distinct_events(country=country, date_from=date_from, date_to=date_to)
    return compute_balance(events, country, partners=chosen, date_from=date_from,
                           date_to=date_to, by=by, blocs=bloc_map,
                           eu_members_in_eu=eu_members_in_eu, resamples=resamples, seed=seed)


def changes(country: str, *, db: str | Path, partners: Sequence[str] | None = None,
            at: date | None = None) -> Changes:
    """What changed for ``country`` up to ``at`` (default: its latest event date)."""
    country, chosen, bloc_map = check_codes(country, partners, None)
    with open_store(db) as store:
        return changes_over(store.distinct_events, country, chosen, bloc_map, at)


def changes_over(fetch: Callable[..., list[DistinctEvent]], country: str,
                 partners: Sequence[str], blocs: Mapping[str, Sequence[str]],
                 at: date | None) -> Changes:
    """``compute_changes`` over the events ``fetch`` returns (``distinct_events`` filters).

    Reads only what the windows and baselines need: the latest event (for the default
    ``at``), the earliest (to warn when a baseline reaches before the data) and the
    events of the 455 days up to ``at``.
    """
    from datetime import timedelta

    from multivector.analysis.changes import LOOKBACK_DAYS, compute_changes
    from multivector.analysis.unga import sessions

    if at is None:
        latest = fetch(country=country, order="-date", limit=1)
        at = latest[0].event.date.start if latest and latest[0].event.date else None
    first = fetch(country=country, order="date", limit=1)
    events = [] if at is None else fetch(
        country=country, date_from=at - timedelta(days=LOOKBACK_DAYS), date_to=at)
    first_stored = first[0].event.date.start if first and first[0].event.date else None
    return compute_changes(events, country, partners=partners, at=at, blocs=blocs,
                           vote_sessions=sessions(country), first_stored=first_stored)
