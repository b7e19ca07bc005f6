"""Compose an analyst briefing from records: pure functions, no database.

``compose_brief`` returns the text plus the charts; for Markdown the charts are
separate SVG files referenced by relative links (``{chart_stem}-shares.svg``), for
HTML they are inlined so the single file opens offline.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from multivector.analysis.balance import compute_balance
from multivector.analysis.blocs import DEFAULT_BLOCS, DEFAULT_PARTNERS
from multivector.analysis.changes import Changes
from multivector.records import DistinctEvent, Indicator, SourceRef
from multivector.report import content as c
from multivector.report.changes_section import changes_section
from multivector.report.charts import cooperation_chart, shares_chart
from multivector.report.citations import Citations, DocumentLookup
from multivector.report.render_html import render_html
from multivector.report.render_md import render_markdown

FORMATS = ("md", "html")


@dataclass(frozen=True)
class BriefDocument:
    text: str
    fmt: str
    charts: dict[str, str] = field(default_factory=dict)  # file name -> SVG (Markdown)


def build_content(country: str, events: Sequence[DistinctEvent],
                  indicators: Sequence[tuple[Indicator, SourceRef]], *,
                  date_from: date | None = None, date_to: date | None = None,
                  partners: Sequence[str] = DEFAULT_PARTNERS,
                  blocs: Mapping[str, Sequence[str]] = DEFAULT_BLOCS,
                  documents_lookup: DocumentLookup | None = None,
                  changes: Changes | None = None) -> c.BriefContent:
    balance = compute_balance(events, country, partners=partners, date_from=date_from,
                              date_to=date_to, by="month", blocs=blocs)
    citations = Citations(documents_lookup)
    lead = c.lead_paragraph(balance, citations,
                            year_in_dates=c.year_needed(balance.date_from, balance.date_to))
    # What changed is the first section (after the lead, whose sources keep numbers 1..n).
    opening = (changes_section(changes, citations),) if changes is not None else ()
    timeline = c.timeline_tables(balance, citations)
    friction_items = c.frictions(events, balance.country, date_from, date_to)
    frictions = c.frictions_table(friction_items, citations)
    figures = c.indicator_rows(indicators, balance.country, date_from, date_to)
    figures_table = c.indicators_table(figures, citations)
    charts = {
        "shares": c.Chart("shares", "Share of engagement events by partner and month",
                          shares_chart(balance.periods, [r.code for r in balance.partners],
                                       "Share of engagement events by month")),
        "cooperation": c.Chart("cooperation", "Cooperation and conflict scores by partner",
                               cooperation_chart(balance.partners,
                                                 "Cooperation and conflict by partner")),
    }
    imprecise = sum(1 for e in balance.engagements
                    if e.item.event.date and e.item.event.date.precision != "day")
    documents = c.source_documents(balance, friction_items, figures)
    title, subtitle = c.title_for(balance)
    sections = opening + (
        c.Section("High-level engagements", tables=timeline),
        c.Section("Balance", paragraphs=c.balance_section_text(balance),
                  tables=(c.balance_table(balance),), charts=("shares", "cooperation")),
        c.Section("Frictions", tables=(frictions,)),
        c.Section("Trade, investment, aid and loans", tables=(figures_table,)),
        c.Section("What the data does not cover",
                  bullets=c.coverage_notes(balance, documents, imprecise)),
    )
    return c.BriefContent(title=title, subtitle=subtitle, lead=lead, sections=sections,
                          charts=charts, sources=tuple(citations.entries))


def compose_brief(country: str, events: Sequence[DistinctEvent],
                  indicators: Sequence[tuple[Indicator, SourceRef]], *,
                  date_from: date | None = None, date_to: date | None = None,
                  partners: Sequence[str] = DEFAULT_PARTNERS,
                  blocs: Mapping[str, Sequence[str]] = DEFAULT_BLOCS,
                  documents_lookup: DocumentLookup | None = None, fmt: str = "md",
                  chart_stem: str | None = None, changes: Changes | None = None) -> BriefDocument:
    """The briefing as Markdown (plus SVG chart files) or as one self-contained HTML page."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown brief format {fmt!r}")
    brief = build_content(country, events, indicators, date_from=date_from, date_to=date_to,
                          partners=partners, blocs=blocs, documents_lookup=documents_lookup,
                          changes=changes)
    if fmt == "html":
        return BriefDocument(text=render_html(brief), fmt="html")
    stem = chart_stem or f"brief-{country}"
    files = {key: f"{stem}-{key}.svg" for key in brief.charts}
    return BriefDocument(text=render_markdown(brief, files), fmt="md",
                         charts={files[key]: chart.svg for key, chart in brief.charts.items()})


def render_brief(country: str, events: Sequence[DistinctEvent],
                 indicators: Sequence[tuple[Indicator, SourceRef]], *,
                 date_from: date | None = None, date_to: date | None = None,
                 partners: Sequence[str] = DEFAULT_PARTNERS,
                 documents_lookup: DocumentLookup | None = None, fmt: str = "md") -> str:
    """The briefing text only (Markdown charts are linked as ``brief-COUNTRY-*.svg``)."""
    return compose_brief(country, events, indicators, date_from=date_from, date_to=date_to,
                         partners=partners, documents_lookup=documents_lookup, fmt=fmt).text
