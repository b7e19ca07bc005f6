"""Cooperation/conflict weight of an event.

``event.score`` is used as coded (PLOVER's per-type score for extracted events, the
Goldstein value for CAMEO-based imports).  When an event carries no score we fall back
to PLOVER's score for its type.  The values follow the PLOVER manual's table, with one
deliberate exception: the shared ontology lists ACCUSE as +3.0, which contradicts its
quad class (verbal conflict); we use -3.0 so that accusations count as conflict.
"""

from __future__ import annotations

from multivector.records import Event

PLOVER_TYPE_SCORES: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5,
    "COOPERATE": 9.5, "AID": 10.0, "RETREAT": 6.5, "REQUEST": 0.0,
    "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5, "PROTEST": -5.0,
    "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}


def event_score(event: Event) -> float:
    """The event's score, or PLOVER's score for its type when it has none."""
    if event.score is not None:
        return float(event.score)
    return PLOVER_TYPE_SCORES.get(event.event_type, 0.0)
