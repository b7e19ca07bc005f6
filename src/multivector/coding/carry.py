"""What one part of a long document hands the next.

A document longer than one parse (``nlp/parts.py`` cuts it at paragraph boundaries) is
coded part by part.  The discourse does not stop at a cut: "He arrived in Astana on
Monday" in part two still means the president named in part one, a date anaphor still
refers to the last date, and the same visit told in both parts is still one event.  So
the event coder reads and updates one ``DocumentCarry`` across the parts, and the
document-wide steps (dating undated acts by their dyad, merging repeated mentions) run
once, over all parts, after the last.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from multivector.coding.arguments import ArgumentResolver
    from multivector.coding.events import Candidate
    from multivector.coding.indicators import IndicatorCandidate
    from multivector.records import DateRange


@dataclass
class DocumentCarry:
    reference: date  # what relative dates resolve against, from the whole text
    offset: int = 0  # where the part being coded starts in the whole text (characters)
    last: bool = True  # is it the document's last part?
    resolver: ArgumentResolver | None = None  # the previous part's: who was mentioned
    anchor: DateRange | None = None  # the last date mentioned
    events: list[Candidate] = field(default_factory=list)  # offsets in the whole text
    indicators: list[IndicatorCandidate] = field(default_factory=list)

    def add(self, events: list[Candidate], indicators: list[IndicatorCandidate]) -> None:
        """Keep a part's findings, their offsets moved from the part to the whole text."""
        shift = self.offset
        self.events += [replace(c, sent_start=c.sent_start + shift, sent_end=c.sent_end + shift,
                                trigger=c.trigger + shift) for c in events]
        self.indicators += [replace(i, sent_start=i.sent_start + shift, sent_end=i.sent_end + shift)
                            for i in indicators]
