"""What a briefing says, built from records: a renderer-neutral content model.

Every sentence that states a fact from a source carries a ``Cite``.  Figures computed
by multivector (shares, HHI, tilt) are labelled as computed and point to docs/balance.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from multivector.analysis.balance import Balance, Engagement
from multivector.codes import display_name, short_name
from multivector.records import (
    FRICTION_TYPES, Actor, DistinctEvent, Indicator, SourceRef, actor_is_high_level,
    involves_high_level,
)
from multivector.report.citations import Citations, SourceEntry
from multivector.report.text import (
    Rich, fmt_amount, fmt_day, fmt_number, fmt_range, fmt_share, fmt_signed, join_names,
)

FEW_DOCUMENTS = 5


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[Rich, ...], ...]
    empty: str = "None recorded."


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[Rich, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[str, ...] = ()  # keys into BriefContent.charts
    bullets: tuple[Rich, ...] = ()


@dataclass(frozen=True)
class Chart:
    key: str
    caption: str
    svg: str


@dataclass(frozen=True)
class BriefContent:
    title: str
    subtitle: str
    lead: Rich
    sections: tuple[Section, ...]
    charts: dict[str, Chart] = field(default_factory=dict)
    sources: tuple[SourceEntry, ...] = ()


def _when(item: DistinctEvent, *, year: bool) -> str:
    when = item.event.date
    return fmt_range(when.start, when.end, year=year) if when else "undated"


def _who(actor: Actor | None, fallback: str) -> str:
    if actor is None:
        return fallback
    name = actor.name or actor.text or (short_name(actor.code) if actor.code else fallback)
    return f"{name}, {role_label(actor.role)}" if actor.role else name


def role_label(role: str) -> str:
    """Roles are stored lower case; the EU offices read better with capitals."""
    return _ROLE_LABELS.get(role, role)


_ROLE_LABELS = {
    "president of the european council": "President of the European Council",
    "president of the european commission": "President of the European Commission",
    "high representative": "EU High Representative",
}


def _place(item: DistinctEvent, country: str) -> str | None:
    location = item.event.location
    if location is None or location.name in (display_name(country), short_name(country)):
        return None
    return location.name


def _start(item: DistinctEvent) -> date:
    return item.event.date.start if item.event.date else date.min


def partner_visits(engagements: Sequence[Engagement], *, incoming: bool) -> list[Engagement]:
    """Every visit by a partner to COUNTRY (or the reverse), at any level, in date order."""
    found = [e for e in engagements
             if e.partner is not None and e.item.event.event_type == "CONSULT"
             and e.item.event.mode == "visit" and e.partner_is_actor == incoming]
    return sorted(found, key=lambda e: (_start(e.item), e.item.cluster_id))


def high_level_visits(engagements: Sequence[Engagement], *, incoming: bool) -> list[Engagement]:
    """Visits with a high-level visitor, in (or out of) COUNTRY, in date order."""
    return [e for e in partner_visits(engagements, incoming=incoming)
            if actor_is_high_level(e.item.event.actor)]


def _level_note(visits: Sequence[Engagement]) -> str:
    high = sum(actor_is_high_level(e.item.event.actor)
               for e in visits)
    if high == len(visits):
        return "All were at the highest level (heads of state or government, foreign " \
               "ministers, the EU's top officials). " if len(visits) > 1 else ""
    return (f"{high} of these {len(visits)} visits were at the highest level (heads of state "
            "or government, foreign ministers, the EU's top officials). ")


def lead_paragraph(balance: Balance, citations: Citations, *, year_in_dates: bool) -> Rich:
    """Who came and who went, each visit with its visitor, dates and a citation."""
    country = balance.country
    window = ""
    if balance.date_from and balance.date_to:
        same_year = balance.date_from.year == balance.date_to.year
        window = (f"Between {fmt_day(balance.date_from, year=not same_year)} and "
                  f"{fmt_day(balance.date_to)}, ")
    parts: list[str | object] = []
    incoming = partner_visits(balance.engagements, incoming=True)
    outgoing = partner_visits(balance.engagements, incoming=False)
    if incoming:
        origins = list(dict.fromkeys(display_name(e.partner) for e in incoming if e.partner))
        opening = (f"{window}visitors from {join_names(origins)} came to "
                   f"{display_name(country)}: ")
        parts.append(opening[0].upper() + opening[1:])
        for i, eng in enumerate(incoming):
            event = eng.item.event
            detail = _when(eng.item, year=year_in_dates)
            place = _place(eng.item, country)
            if place:
                detail += f", {place}"
            parts.append(f"{_who(event.actor, short_name(eng.counterpart))} ({detail}) ")
            parts.append(citations.cite_event(eng.item))
            parts.append(", " if i < len(incoming) - 1 else ". ")
        parts.append(_level_note(incoming))
    else:
        opening = f"{window}no visit to {display_name(country)} from {join_names([display_name(p) for p in (r.code for r in balance.partners)])} is recorded. "
        parts.append(opening[0].upper() + opening[1:])
    if outgoing:
        parts.append(f"From {display_name(country)}, visits went to ")
        for i, eng in enumerate(outgoing):
            event = eng.item.event
            detail = _when(eng.item, year=year_in_dates)
            place = _place(eng.item, eng.counterpart)
            if place:
                detail += f", {place}"
            parts.append(f"{display_name(eng.counterpart)} ({_who(event.actor, short_name(country))}, {detail}) ")
            parts.append(citations.cite_event(eng.item))
            parts.append(", " if i < len(outgoing) - 1 else ".")
    return tuple(p for p in parts if p != "")  # type: ignore[misc]


def timeline_tables(balance: Balance, citations: Citations) -> tuple[Table, ...]:
    """Per partner: every engagement where either side was high-level, in date order."""
    tables: list[Table] = []
    for row in balance.partners:
        items = sorted(
            (e for e in balance.engagements if e.partner == row.code
             and involves_high_level(e.item.event)),
            key=lambda e: (_start(e.item), e.item.cluster_id))
        rows = []
        for eng in items:
            event = eng.item.event
            kind = event.event_type + (f" ({event.mode})" if event.mode else "")
            rows.append(((_when(eng.item, year=True),), (kind,),
                         (_who(event.actor, "?"),), (_who(event.recipient, "?"),),
                         (event.location.name if event.location else "",),
                         (citations.cite_event(eng.item),)))
        tables.append(Table(caption=short_name(row.code),
                            header=("Date", "Event", "Actor", "Recipient", "Place", "Source"),
                            rows=tuple(rows), empty="No high-level engagement recorded."))
    return tuple(tables)


def balance_section_text(balance: Balance) -> tuple[Rich, ...]:
    c, t = balance.concentration, balance.tilt
    total = balance.events
    paragraphs: list[Rich] = [(
        f"Computed by multivector from {total} distinct engagement events with the listed "
        "partners (definitions in docs/balance.md). "
        f"Concentration: HHI {fmt_number(c.hhi)}, effective number of partners "
        f"{fmt_number(c.effective_partners)}, evenness {fmt_number(c.evenness)}. "
        f"West-East tilt {fmt_signed(t.value)} (west {t.west}, east {t.east} events).",)]
    change = balance.change
    if change is not None:
        pieces = []
        for code, est in change.share.items():
            if est.delta is None or est.low is None:
                continue
            verdict = "a shift" if est.shift else "within noise"
            pieces.append(f"{short_name(code)} {fmt_signed(est.delta)} "
                          f"(95% interval {fmt_signed(est.low)} to {fmt_signed(est.high)}, {verdict})")
        if not pieces:
            paragraphs.append((f"The first and last months with data ({change.first_period[:7]}, "
                               f"{change.last_period[:7]}) hold too few events for a bootstrap "
                               "interval of the change in shares.",))
        else:
            paragraphs.append((f"Change in share from {change.first_period[:7]} to "
                               f"{change.last_period[:7]} (bootstrap, {change.resamples} resamples, "
                               f"seed {change.seed}): " + "; ".join(pieces) + ".",))
    return tuple(paragraphs)


def balance_table(balance: Balance) -> Table:
    rows = tuple(
        ((short_name(r.code),), (str(r.events),), (fmt_share(r.share),), (str(r.visits_in),),
         (str(r.visits_out),), (str(r.high_level_visits_in),), (str(r.high_level_visits_out),),
         (f"{r.cooperation:.1f}",), (f"{r.conflict:.1f}",), (f"{r.net:+.1f}",))
        for r in balance.partners)
    return Table(caption="Balance by partner",
                 header=("Partner", "Events", "Share", "Visits in", "Visits out",
                         "High-level in", "High-level out", "Cooperation", "Conflict", "Net"),
                 rows=rows)


def frictions(events: Sequence[DistinctEvent], country: str, date_from: date | None,
              date_to: date | None) -> list[DistinctEvent]:
    """Conflictual events (FRICTION_TYPES) with COUNTRY on either side, in the window."""
    found = []
    for item in events:
        event = item.event
        if event.event_type not in FRICTION_TYPES or event.date is None:
            continue
        codes = {event.actor.code if event.actor else None,
                 event.recipient.code if event.recipient else None}
        if country not in codes:
            continue
        if (date_from and event.date.end < date_from) or (date_to and event.date.start > date_to):
            continue
        found.append(item)
    return sorted(found, key=lambda i: (_start(i), i.cluster_id))


def frictions_table(items: Sequence[DistinctEvent], citations: Citations) -> Table:
    rows = []
    for item in items:
        event = item.event
        kind = event.event_type + (f" ({event.mode})" if event.mode else "")
        rows.append(((_when(item, year=True),), (kind,), (_who(event.actor, "?"),),
                     (_who(event.recipient, "?"),), (citations.cite_event(item),)))
    return Table(caption="Frictions", header=("Date", "Event", "Actor", "Recipient", "Source"),
                 rows=tuple(rows), empty="No threats, accusations, rejections, protests, "
                 "sanctions, coercion, assaults or mobilisations recorded.")


def indicator_rows(indicators: Sequence[tuple[Indicator, SourceRef]], country: str,
                   date_from: date | None, date_to: date | None) -> list[tuple[Indicator, SourceRef]]:
    """Figures naming COUNTRY whose period overlaps the window (undated figures kept)."""
    kept = []
    for indicator, source in indicators:
        if country not in indicator.actors:
            continue
        period = indicator.period
        if period is not None and ((date_from and period.end < date_from)
                                   or (date_to and period.start > date_to)):
            continue
        kept.append((indicator, source))
    return sorted(kept, key=lambda pair: (pair[0].indicator, pair[0].period.start if pair[0].period else date.min))


def indicators_table(pairs: Sequence[tuple[Indicator, SourceRef]], citations: Citations) -> Table:
    rows = []
    for indicator, source in pairs:
        period = indicator.period
        when = (period.text or fmt_range(period.start, period.end)) if period else "unknown"
        rows.append(((indicator.indicator,), (" / ".join(short_name(a) for a in indicator.actors),),
                     (fmt_amount(indicator.value, indicator.unit),), (when,),
                     (citations.cite(source),)))
    return Table(caption="Trade, investment, aid and loans",
                 header=("Figure", "Between", "Value", "Period", "Source"), rows=tuple(rows),
                 empty="No trade, investment, aid or loan figures found in the window.")


def coverage_notes(balance: Balance, documents: set[str], undated_precision: int) -> tuple[Rich, ...]:
    notes: list[Rich] = []
    silent = [r.code for r in balance.partners if r.events == 0]
    if silent:
        notes.append((f"No events with {join_names([display_name(c) for c in silent])} in the window.",))
    if len(documents) < FEW_DOCUMENTS:
        notes.append((f"Only {len(documents)} source document{'s' if len(documents) != 1 else ''} "
                      f"in the window (fewer than {FEW_DOCUMENTS}): the figures rest on few reports.",))
    if undated_precision:
        notes.append((f"{undated_precision} engagement event{'s are' if undated_precision != 1 else ' is'} "
                      "dated only to the month, season or year.",))
    notes.append(("Counts are of distinct real-world events found in the stored documents and "
                  "datasets; events the sources did not report are not covered.",))
    return tuple(notes)


def year_needed(date_from: date | None, date_to: date | None) -> bool:
    return not (date_from and date_to and date_from.year == date_to.year)


def source_documents(balance: Balance, friction_items: Sequence[DistinctEvent],
                     figures: Sequence[tuple[Indicator, SourceRef]]) -> set[str]:
    docs = {s.doc_id for e in balance.engagements for s in e.item.sources}
    docs |= {s.doc_id for item in friction_items for s in item.sources}
    docs |= {source.doc_id for _, source in figures}
    return docs


def title_for(balance: Balance) -> tuple[str, str]:
    name = short_name(balance.country)
    if balance.date_from and balance.date_to:
        window = fmt_range(balance.date_from, balance.date_to)
    else:
        window = "no dated events"
    partners = join_names([short_name(r.code) for r in balance.partners])
    return f"{name}: multi-vector briefing, {window}", f"Partners: {partners}."


__all__ = ["FRICTION_TYPES", "BriefContent", "Chart", "Section", "Table", "fmt_day"]
