"""When a coded event happened: the date expression that belongs to it, dates carried
between mentions of the same two parties, and what makes a sentence one about the future.

Used by ``coding/events.py``; the date expressions themselves are ``coding/dates.py``'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from multivector.coding.arguments import SPEECH_VERBS
from multivector.coding.dates import DateMention, find_dates
from multivector.coding.syntax import scheduled
from multivector.records import DateRange

if TYPE_CHECKING:  # pragma: no cover
    from multivector.coding.events import Candidate


def date_for(token: Token, clause: Token, sent: Span, mentions: list[DateMention],
              trigger_words: frozenset[int] | set[int] = frozenset(),
              part_of: str | None = None) -> DateRange | None:
    """The date expression that belongs to this event's own clause, else to a clause
    that governs it, else the nearest one that is not an embedded clause's own.

    "since 2020" starts a period ("the first visit since 2020"): it never dates an event.
    """
    mentions = [m for m in mentions if not m.text.lower().startswith("since")]
    if not mentions:
        return None
    doc = sent.doc
    # "his first trip abroad since the beginning of the pandemic in 2020": a date
    # inside a since-phrase starts a period too
    mentions = [m for m in mentions if not _in_since_phrase(
        doc.char_span(sent.start_char + m.start_char, sent.start_char + m.end_char,
                      alignment_mode="expand"), token)]
    if not mentions:
        return None
    own, above, foreign = [], [], []
    for mention in mentions:
        span = doc.char_span(sent.start_char + mention.start_char,
                             sent.start_char + mention.end_char, alignment_mode="expand")
        governor = _governing_verb(span.root) if span is not None else None
        if governor in (token, clause):
            own.append(mention)
        elif governor is not None and governor.is_ancestor(clause):
            above.append(mention)  # "Last August, the BRICS decided to invite ..."
        elif governor is not None and _embedded(governor, token, clause, part_of):
            # "rejected an invitation to attend a meeting next week", "criticised the
            # decision to stop supplies starting January 1": the date belongs to the
            # embedded clause, not to the rejection or the criticism
            foreign.append(mention)
    position = token.idx - sent.start_char
    pool = own or above or [m for m in mentions if m not in foreign]
    if not pool:
        return None
    best = min(pool, key=lambda m: min(abs(m.start_char - position), abs(m.end_char - position)))
    return best.range


_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")


def latest_explicit_date(text: str) -> date | None:
    """Without a publication date, the latest date the text writes out with its year
    ("on 14 September 2022") stands in for it: "on Monday" then means a Monday of the
    story's time, not of the day the file happens to be read."""
    found = [m.range.end for m in find_dates(text[:20_000], date.today())
             if not m.relative and _YEAR.search(m.text)]
    return max(found) if found else None


def reference_date(text: str, published: date | None) -> date:
    """What relative dates ("on Monday", "last month") resolve against."""
    return published or latest_explicit_date(text) or date.today()


# Participles that only set the time of the clause they hang on.
TIME_SETTING = frozenset({"begin", "start", "continue", "end", "last", "run"})


# How far back an undated act may take another act's date (dates_by_dyad).
RECENT_PAST = timedelta(days=45)


def dates_by_dyad(events: list[Candidate], published: date | None) -> list[Candidate]:
    """A past act whose sentence gives no date takes the date the story gives another act
    of the same two parties in the weeks before publication ("The declaration was signed on
    11 December ... The declaration, signed during a meeting between Erdogan, Abiy and
    Mohamud": the meeting was on the 11th, not on the day of publication)."""
    if published is None:
        return events
    dated: dict[frozenset, list[Candidate]] = {}  # by pair: linear in a long document
    for c in events:
        if c.actor and c.recipient and c.date is not None \
                and c.date.precision not in ("unknown", "year") and not c.undated \
                and published - RECENT_PAST <= c.date.end <= published:
            dated.setdefault(frozenset((c.actor.code, c.recipient.code)), []).append(c)
    out = []
    for cand in events:
        if cand.undated and cand.actor and cand.recipient:
            same = dated.get(frozenset((cand.actor.code, cand.recipient.code)), [])
            if same:
                before = [d for d in same if d.sent_start <= cand.sent_start]
                source = before[-1] if before else same[0]
                cand = replace(cand, date=source.date, undated=False)
        out.append(cand)
    return out


def future_sentence(sent: Span, lex) -> bool:
    """Is the sentence's main clause about the future ("will travel", "is to visit")?"""
    root = sent.root
    return any(c.dep_ == "aux" and c.lower_ in lex.future_auxiliaries for c in root.children) \
        or scheduled(root)


def _in_since_phrase(span: Span | None, token: Token) -> bool:
    """A date inside a since-phrase, unless the event is inside it too ("the first deal
    since the governments agreed in July": "in July" dates the agreement)."""
    return span is not None and any(
        a.lower_ == "since" and a.pos_ in ("ADP", "SCONJ") and not a.is_ancestor(token)
        and a.head.i != token.i for a in span.root.ancestors)


def _embedded(governor: Token, token: Token, clause: Token, part_of: str | None) -> bool:
    """Is ``governor`` inside a clause below ``clause`` (a verb of its own on the way up),
    other than the word the trigger itself requires ("ordered them to leave") and other
    than a clause that describes the event noun itself ("his first visit, taking him to
    Tajikistan in September 2021")?"""
    if governor.i == clause.i or not clause.is_ancestor(governor):
        return False
    if governor.lemma_.lower() in SPEECH_VERBS or governor.lemma_.lower() in TIME_SETTING:
        # "Armenia has frozen ..., Pashinyan told France 24 on Thursday"; "Beginning on
        # Thursday and continuing into Friday, Azerbaijani forces mounted an offensive"
        return False
    current = governor
    while current.i != clause.i:
        if current.i == token.i:
            return False
        if current.pos_ in ("VERB", "AUX") and current.lemma_.lower() != part_of \
                and not (current.dep_ == "xcomp" and current.head.i == clause.i):
            # (a complement the clause controls shares its time: "ordered them to leave
            # on Wednesday", "decided to withdraw next year")
            return True
        current = current.head
    return False


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token (a date's own clause); an event noun counts too."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") or ancestor.lemma_.lower() in ("visit", "trip", "talk", "meeting"):
            return ancestor
    return None


__all__ = ["date_for", "dates_by_dyad", "future_sentence", "latest_explicit_date"]
