"""The shape of a date rule: a regular expression plus a function that resolves its match."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from multivector.coding.dates_calendar import Span
from multivector.records import DateRange, Precision


@dataclass(frozen=True)
class Context:
    """What a rule may resolve against besides its own words."""

    published: date
    anchor: DateRange | None
    future: bool


Resolution = tuple[Span, Precision]
Resolver = Callable[[re.Match[str], Context], Resolution | None]


@dataclass(frozen=True)
class Rule:
    """``pattern`` finds the expression, ``resolve`` turns it into a span (or None: no date).

    ``relative`` says whether the result depends on the publication date or the anchor
    beyond inferring a missing year (weekdays, "two weeks ago", "that month").
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    relative: bool
    # An anaphoric phrase with nothing to refer to ("the next year" without an anchor)
    # still claims its words, so that "next year" inside it is not read against the
    # publication date instead.
    blocks: bool = False


def rule(name: str, pattern: str, resolve: Resolver, *, relative: bool = False,
         blocks: bool = False) -> Rule:
    return Rule(name, re.compile(pattern), resolve, relative, blocks)
