"""Charts as self-contained SVG (no scripts, fonts or images from elsewhere).

Two charts: each partner's share of engagement by month (stacked bars, months
without data drawn as gaps) and cooperation against conflict per partner.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from multivector.analysis.balance import PartnerFigures, PeriodBalance
from multivector.codes import short_name
from multivector.report.text import MONTHS

PALETTE = ("#c0392b", "#2c3e50", "#2980b9", "#f1c40f", "#27ae60", "#8e44ad", "#d35400", "#16a085")
COOPERATION_COLOUR = "#2e8b57"
CONFLICT_COLOUR = "#b22222"
FONT = 'font-family="sans-serif"'


def colour_for(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _attr(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{_attr(title)}">'
            f"<title>{escape(title)}</title>"
            f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>'
            + "".join(body) + "</svg>")


def _legend(items: Sequence[tuple[str, str]], x: int, y: int) -> list[str]:
    out: list[str] = []
    for i, (label, colour) in enumerate(items):
        top = y + 18 * i
        out.append(f'<rect x="{x}" y="{top}" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{x + 18}" y="{top + 10}" font-size="12" {FONT}>{escape(label)}</text>')
    return out


def shares_chart(periods: Sequence[PeriodBalance], partners: Sequence[str], title: str) -> str:
    """Stacked bars: each partner's share of engagement per period; gaps say 'no data'."""
    left, top, plot_h, bar_w, gap = 48, 34, 220, 28, 10
    n = max(1, len(periods))
    plot_w = n * (bar_w + gap) + gap
    width = left + plot_w + 200
    height = top + plot_h + 70
    body = [f'<text x="{left}" y="20" font-size="14" font-weight="bold" {FONT}>{escape(title)}</text>']
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):  # y axis in percent
        y = top + plot_h - tick * plot_h
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#dddddd"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="10" text-anchor="end" '
                    f'{FONT}>{int(tick * 100)}%</text>')
    for i, period in enumerate(periods):
        x = left + gap + i * (bar_w + gap)
        label = f"{MONTHS[period.start.month - 1][:3]} {period.start.year % 100:02d}"
        body.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 14}" font-size="10" '
                    f'text-anchor="middle" {FONT}>{escape(label)}</text>')
        shares = {row.code: row.share for row in period.partners}
        if period.empty or not any(shares.values()):
            # A gap, not a zero: outline only, and say so.
            body.append(f'<rect x="{x}" y="{top}" width="{bar_w}" height="{plot_h}" fill="none" '
                        f'stroke="#bbbbbb" stroke-dasharray="3,3"/>')
            body.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h / 2:.1f}" font-size="9" '
                        f'text-anchor="middle" fill="#888888" {FONT}>no data</text>')
            continue
        y = top + plot_h
        for j, code in enumerate(partners):
            share = shares.get(code) or 0.0
            if share <= 0:
                continue
            h = share * plot_h
            y -= h
            body.append(f'<rect x="{x}" y="{y:.1f}" width="{bar_w}" height="{h:.1f}" '
                        f'fill="{colour_for(j)}"><title>{escape(short_name(code))} '
                        f'{share:.0%} ({escape(label)})</title></rect>')
    body += _legend([(short_name(c), colour_for(j)) for j, c in enumerate(partners)],
                    left + plot_w + 20, top)
    return _svg(width, height, title, body)


def cooperation_chart(rows: Sequence[PartnerFigures], title: str) -> str:
    """Paired horizontal bars per partner: cooperation (green) and conflict (red) scores."""
    left, top, bar_h, group_h, plot_w = 150, 34, 14, 44, 360
    largest = max([1.0] + [max(r.cooperation, r.conflict) for r in rows])
    height = top + group_h * max(1, len(rows)) + 50
    width = left + plot_w + 90
    body = [f'<text x="10" y="20" font-size="14" font-weight="bold" {FONT}>{escape(title)}</text>']
    for i, row in enumerate(rows):
        y = top + i * group_h
        body.append(f'<text x="{left - 8}" y="{y + bar_h + 4}" font-size="12" text-anchor="end" '
                    f'{FONT}>{escape(short_name(row.code))}</text>')
        for k, (value, colour) in enumerate(((row.cooperation, COOPERATION_COLOUR),
                                             (row.conflict, CONFLICT_COLOUR))):
            w = value / largest * plot_w
            by = y + k * (bar_h + 2)
            body.append(f'<rect x="{left}" y="{by}" width="{w:.1f}" height="{bar_h}" fill="{colour}"/>')
            body.append(f'<text x="{left + w + 4:.1f}" y="{by + bar_h - 3}" font-size="10" '
                        f'{FONT}>{value:.1f}</text>')
    body.append(f'<line x1="{left}" y1="{top - 4}" x2="{left}" y2="{top + group_h * max(1, len(rows))}" '
                'stroke="#444444"/>')
    body += _legend([("cooperation (sum of positive scores)", COOPERATION_COLOUR),
                     ("conflict (sum of |negative scores|)", CONFLICT_COLOUR)],
                    left, top + group_h * max(1, len(rows)) + 6)
    return _svg(width, height, title, body)
