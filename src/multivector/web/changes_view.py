"""The country page's "What changed" block and ``/api/changes/{country}``.

Both run ``analysis.changes`` over the request's cursor; each flag links to the events
page filtered to the partner and the days behind it (the window for a rise, the
baseline for a drop).
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Any
from urllib.parse import urlencode

from multivector.analysis.api import changes_over
from multivector.analysis.blocs import DEFAULT_BLOCS
from multivector.analysis.changes import Changes, Comparison
from multivector.store import queries


def changes_for(cur: Any, country: str, partners: tuple[str, ...], at: date | None) -> Changes:
    return changes_over(functools.partial(queries.distinct_events, cur), country, partners,
                        DEFAULT_BLOCS, at)


def events_link(country: str, flag: Comparison) -> str:
    """The events page showing the distinct events behind ``flag``."""
    span = flag.window_span if flag.direction == "up" else flag.baseline_span
    return "/events?" + urlencode({"country": country, "partner": flag.partner,
                                   "from": span.start.isoformat(), "to": span.end.isoformat()})


def block(changes: Changes) -> dict[str, Any]:
    """What the template shows: flags with their links, the votes and the divergence."""
    return {
        "at": changes.at.isoformat() if changes.at else None,
        "tests": changes.tests,
        "flags": [{"words": flag.words(), "direction": flag.direction,
                   "p": flag.p_adjusted, "note": flag.note,
                   "link": events_link(changes.country, flag),
                   "events": [{"id": ref.cluster_id, "start": ref.start.isoformat(),
                               "type": ref.event_type, "sentence": ref.sentence or ""}
                              for ref in (flag.events if flag.direction == "up"
                                          else flag.baseline_refs)]}
                  for flag in changes.flags],
        "votes": changes.votes.to_dict() if changes.votes else None,
        "divergence": changes.divergence(),
        "notes": list(changes.notes),
    }
