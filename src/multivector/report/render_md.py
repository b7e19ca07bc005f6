"""Markdown rendering of a briefing: tables, citations as [n], charts as linked SVG files."""

from __future__ import annotations

import re
from collections.abc import Mapping

from multivector.report.content import BriefContent, Table
from multivector.report.text import Cite, Rich, fmt_day


def md_text(text: str) -> str:
    """Keep source text from turning into Markdown markup or breaking a table row."""
    out = re.sub(r"\s+", " ", text)
    for char in ("\\", "|", "*", "_", "`", "[", "]", "<", ">"):
        out = out.replace(char, "\\" + char)
    return out


def md_rich(parts: Rich) -> str:
    return "".join(f"[{p.number}]" if isinstance(p, Cite) else md_text(p) for p in parts)


def md_table(table: Table) -> list[str]:
    if not table.rows:
        return [table.empty, ""]
    lines = ["| " + " | ".join(md_text(h) for h in table.header) + " |",
             "|" + "---|" * len(table.header)]
    lines += ["| " + " | ".join(md_rich(cell) for cell in row) + " |" for row in table.rows]
    return lines + [""]


def render_markdown(brief: BriefContent, chart_files: Mapping[str, str]) -> str:
    lines = [f"# {md_text(brief.title)}", "", md_text(brief.subtitle), "", md_rich(brief.lead).strip(), ""]
    for section in brief.sections:
        lines += [f"## {md_text(section.heading)}", ""]
        for paragraph in section.paragraphs:
            lines += [md_rich(paragraph), ""]
        for table in section.tables:
            if len(section.tables) > 1:
                lines += [f"### {md_text(table.caption)}", ""]
            lines += md_table(table)
        for key in section.charts:
            chart = brief.charts[key]
            lines += [f"![{md_text(chart.caption)}]({chart_files[key]})", ""]
        lines += [f"- {md_rich(bullet)}" for bullet in section.bullets]
        if section.bullets:
            lines.append("")
    lines += ["## Sources", ""]
    for entry in brief.sources:
        bits = [md_text(entry.label)]
        if entry.published:
            bits.append(fmt_day(entry.published))
        if entry.safe_url:
            bits.append(f"<{entry.safe_url}>")
        quote = f" \u2014 \u201c{md_text(entry.sentence)}\u201d" if entry.sentence else ""
        lines.append(f"{entry.number}. " + ", ".join(bits) + quote)
    if not brief.sources:
        lines.append("No sources: nothing in the window was cited.")
    return "\n".join(lines).rstrip() + "\n"
