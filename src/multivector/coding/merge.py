"""Merging repeated mentions of one event inside a document.

News repeats itself: "The Kyrgyz leader arrived in Ankara on Monday. He was met at
the airport by Turkish officials."  Both sentences code the same visit.  Candidates
with the same type, the same dyad (unordered where PLOVER's types are symmetric),
compatible modes and compatible dates are one event; the most informative mention
represents it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from multivector.records import UNORDERED_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from multivector.coding.events import Candidate

RECENT = timedelta(days=60)
PRECISION_RANK = {"day": 0, "season": 1, "month": 2, "year": 3, "unknown": 4}


def dyad_key(event_type: str, mode: str | None, actor: str | None, recipient: str | None) -> tuple:
    if event_type in UNORDERED_TYPES and not (event_type == "CONSULT" and mode == "visit"):
        return (event_type, frozenset((actor, recipient)))
    return (event_type, actor, recipient)


def _rank(candidate: Candidate) -> tuple:
    precision = candidate.date.precision if candidate.date else "unknown"
    return (PRECISION_RANK.get(precision, 5), candidate.location is None,
            -(candidate.actor is not None and candidate.actor.role is not None),
            -candidate.confidence, candidate.sent_start)


def _compatible(a: Candidate, b: Candidate) -> bool:
    if a.mode is not None and b.mode is not None and a.mode != b.mode:
        return False
    if a.date is None or b.date is None:
        return True
    if "unknown" in (a.date.precision, b.date.precision):
        # An undated mention carries the publication date; it can only be an event the
        # story dates to the recent past ("He was met at the airport" after "arrived on
        # Monday"), not one years ago.
        undated, dated = (a, b) if a.date.precision == "unknown" else (b, a)
        if dated.date.precision == "unknown":
            return True
        return undated.date.start - RECENT <= dated.date.end <= undated.date.start
    return a.date.overlaps(b.date)


def _loose_key(c: Candidate) -> tuple:
    # visits and other CONSULTs of the same pair may describe one meeting
    return dyad_key(c.event_type, None, c.actor.code if c.actor else None,
                    c.recipient.code if c.recipient else None)


def merge_candidates(candidates: list[Candidate]) -> list[Candidate]:
    candidates = _drop_unattributed_repeats(candidates)
    groups: list[list[Candidate]] = []
    # groups by their loose key: a long document's candidates are compared only with the
    # few of their own dyad and type, not with every group found so far
    by_key: dict[tuple, list[list[Candidate]]] = {}
    for cand in candidates:
        same_key = by_key.setdefault(_loose_key(cand), [])
        for group in same_key:
            if all(_compatible(cand, other) for other in group):
                group.append(cand)
                break
        else:
            groups.append([cand])
            same_key.append(groups[-1])
    merged: list[Candidate] = []
    for group in groups:
        best = min(group, key=_rank)
        if best.location is None:
            located = next((c.location for c in group if c.location is not None), None)
            if located is not None:
                best = replace(best, location=located)
        if best.mode is None:
            mode = next((c.mode for c in group if c.mode is not None), None)
            if mode is not None:
                visit = next(c for c in group if c.mode == mode)
                best = replace(best, mode=mode, actor=visit.actor, recipient=visit.recipient)
        merged.append(best)
    # within a sentence, the act the typer finds likeliest first
    return sorted(_drop_partial(merged),
                  key=lambda c: (c.sent_start, -(c.typer_score or 0.0), c.trigger))


def _drop_unattributed_repeats(candidates: list[Candidate]) -> list[Candidate]:
    """Violence reported once with its perpetrator and again by its victims only ("Azerbaijani
    forces attacked Armenian positions ... As a result of the attacks, one Armenian soldier
    was killed"): one event, the attributed one."""
    attributed = {(c.event_type, c.recipient.code) for c in candidates
                  if c.actor is not None and c.actor.code and c.recipient is not None}
    return [c for c in candidates if c.actor is not None or c.recipient is None
            or (c.event_type, c.recipient.code) not in attributed]


def _drop_partial(candidates: list[Candidate]) -> list[Candidate]:
    """Without a recipient, an event repeats one of the same sentence, type and actor that
    has one ("accepted an invitation to visit Berlin": one promise, to Germany); for
    PLOVER's unordered types the actor may be on either side ("Uzbekistan and Kazakhstan
    agreed to build ...": one agreement)."""
    complete: set[tuple] = set()
    for c in candidates:
        if c.actor is not None and c.recipient is not None:
            complete.add((c.sent_start, c.event_type, c.actor.code))
            if c.event_type in UNORDERED_TYPES:
                complete.add((c.sent_start, c.event_type, c.recipient.code))
    return [c for c in candidates if c.recipient is not None or c.actor is None
            or (c.sent_start, c.event_type, c.actor.code) not in complete]
