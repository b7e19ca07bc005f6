"""Find and resolve date expressions in a sentence (pure Python, no spaCy).

``find_dates(text, published)`` returns every date expression in ``text`` as a
``DateMention``: its character offsets, its words and the inclusive day range it denotes.
The rules live in ``dates_absolute`` (calendar dates written out) and ``dates_relative``
(dates against the publication date or an anchor); docs/dates.md lists them all.

Where expressions overlap the longest one wins ("on Tuesday, March 21" is March 21, not
Tuesday).  The function never raises: a rule that fails on odd input (a date outside the
calendar, say) is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from multivector.coding.dates_absolute import ABSOLUTE_RULES
from multivector.coding.dates_relative import RELATIVE_RULES
from multivector.coding.dates_rules import Context, Rule
from multivector.errors import RecordError
from multivector.records import DateRange

RULES: tuple[Rule, ...] = ABSOLUTE_RULES + RELATIVE_RULES


@dataclass(frozen=True)
class DateMention:
    """One date expression: ``text == sentence[start_char:end_char] == range.text``."""

    start_char: int
    end_char: int
    text: str
    range: DateRange
    relative: bool


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    mention: DateMention | None  # None: an unresolvable anaphor that only claims its words


def find_dates(text: str, published: date, *, anchor: DateRange | None = None,
               future: bool = False) -> list[DateMention]:
    """Every date expression in ``text``, sorted by position, non-overlapping.

    ``published`` resolves relative expressions and missing years; ``anchor`` (the latest
    explicit date range earlier in the document) resolves anaphora such as "the next day";
    ``future`` makes yearless dates and weekdays resolve forward from publication.
    """
    if not isinstance(text, str) or not text:
        return []
    if isinstance(published, datetime):  # a datetime would not compare with plain dates
        published = published.date()
    ctx = Context(published=published, anchor=anchor, future=future)
    candidates = [c for r in RULES for c in _candidates(r, text, ctx)]
    return [c.mention for c in _longest_first(candidates) if c.mention is not None]


def unknown_date(published: date) -> DateRange:
    """The contract's date for an event with no date expression: the publication day."""
    return DateRange(start=published, end=published, precision="unknown", text=None)


def _candidates(rule: Rule, text: str, ctx: Context) -> list[_Candidate]:
    found = []
    for match in rule.pattern.finditer(text):
        start, end = match.span()
        if end <= start:
            continue
        try:
            resolved = rule.resolve(match, ctx)
        except (ValueError, OverflowError, KeyError, RecordError):
            # Near year 1 or 9999 date arithmetic overflows; such a candidate is no date.
            resolved = None
        if resolved is None:
            if rule.blocks:
                found.append(_Candidate(start, end, None))
            continue
        (first, last), precision = resolved
        if last < first:
            continue
        words = text[start:end]
        date_range = DateRange(start=first, end=last, precision=precision, text=words)
        found.append(_Candidate(start, end, DateMention(start, end, words, date_range,
                                                         rule.relative)))
    return found


def _longest_first(candidates: list[_Candidate]) -> list[_Candidate]:
    """Greedy choice of non-overlapping candidates, longest first, then leftmost.

    Among equally long candidates at the same place a resolved one beats a blocker.
    """
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start,
                                                c.mention is None))
    taken: list[_Candidate] = []
    for cand in ordered:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


__all__ = ["DateMention", "find_dates", "unknown_date"]
