"""HTML rendering of a briefing: one self-contained page (inline CSS and SVG, no scripts).

All text from sources goes through ``html.escape``; the only links are the numbered
citations (``#src-n``) and each source's own web address.
"""

from __future__ import annotations

from html import escape

from multivector.report.content import BriefContent, Table
from multivector.report.text import Cite, Rich, fmt_day

STYLE = """
body { font-family: Georgia, serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #222; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; } .lead { font-size: 1.1rem; } .cite { text-decoration: none; }
figure { margin: 1rem 0; } figcaption { font-size: 0.85rem; color: #555; }
ol.sources li { margin-bottom: 0.4rem; } .quote { color: #444; }
"""


def html_rich(parts: Rich) -> str:
    return "".join(
        f'<a class="cite" href="#src-{p.number}">[{p.number}]</a>' if isinstance(p, Cite)
        else escape(p) for p in parts)


def html_table(table: Table) -> str:
    if not table.rows:
        return f"<p>{escape(table.empty)}</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in table.header)
    body = "".join("<tr>" + "".join(f"<td>{html_rich(cell)}</td>" for cell in row) + "</tr>"
                   for row in table.rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(brief: BriefContent) -> str:
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{escape(brief.title)}</title><style>{STYLE}</style></head><body>",
           f"<h1>{escape(brief.title)}</h1>", f"<p>{escape(brief.subtitle)}</p>",
           f'<p class="lead">{html_rich(brief.lead)}</p>']
    for section in brief.sections:
        out.append(f"<h2>{escape(section.heading)}</h2>")
        out += [f"<p>{html_rich(p)}</p>" for p in section.paragraphs]
        for table in section.tables:
            if len(section.tables) > 1:
                out.append(f"<h3>{escape(table.caption)}</h3>")
            out.append(html_table(table))
        for key in section.charts:
            chart = brief.charts[key]
            out.append(f'<figure id="chart-{escape(key)}">{chart.svg}'
                       f"<figcaption>{escape(chart.caption)}</figcaption></figure>")
        if section.bullets:
            out.append("<ul>" + "".join(f"<li>{html_rich(b)}</li>" for b in section.bullets) + "</ul>")
    out.append("<h2>Sources</h2>")
    if brief.sources:
        out.append('<ol class="sources">')
        for entry in brief.sources:
            bits = [escape(entry.label)]
            if entry.published:
                bits.append(escape(fmt_day(entry.published)))
            if entry.safe_url:
                url = escape(entry.safe_url, quote=True)
                bits.append(f'<a href="{url}" rel="noopener noreferrer">{url}</a>')
            quote = (f' &mdash; <span class="quote">&ldquo;{escape(entry.sentence)}&rdquo;</span>'
                     if entry.sentence else "")
            out.append(f'<li id="src-{entry.number}" value="{entry.number}">'
                       + ", ".join(bits) + quote + "</li>")
        out.append("</ol>")
    else:
        out.append("<p>No sources: nothing in the window was cited.</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
