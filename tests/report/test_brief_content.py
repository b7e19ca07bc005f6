"""Briefing content: lead paragraph, citations, tables, coverage (report/brief.py)."""

from __future__ import annotations

import re

from brief_fixtures import EVENTS, WINDOW, indicator_pairs, lookup

from multivector.report import compose_brief, render_brief


def markdown(**kwargs):
    options = dict(date_from=WINDOW[0], date_to=WINDOW[1], documents_lookup=lookup)
    options.update(kwargs)
    return compose_brief("KAZ", EVENTS, indicator_pairs(), **options)


def sources_of(text):
    block = text.split("## Sources", 1)[1]
    return {int(m.group(1)): m.group(2) for m in re.finditer(r"^(\d+)\. (.*)$", block, re.M)}


def test_lead_states_each_visit_with_visitor_date_and_citation_in_order():
    text = markdown().text
    lead = text.split("\n\n")[2]
    assert lead.startswith("Between 1 August and 31 December 2022, visitors from "
                           "China, Russia and the European Union came to Kazakhstan:")
    came = lead.split(":", 1)[1].split(". ", 1)[0]
    visits = re.findall(r"([A-Z][\w\- ]+?), ([^()]+?) \(([^)]*)\) \[(\d+)\]", came)
    names = [v[0].strip() for v in visits]
    assert names[:3] == ["Xi Jinping", "Vladimir Putin", "Charles Michel"]
    assert "14 September, Astana" in visits[0][2] and "12\u201314 October" in visits[1][2]
    assert visits[2][1] == "President of the European Council"
    assert "visits went to Russia (Kassym-Jomart Tokayev, head of state, 28 November, Moscow) [4]" in lead
    sources = sources_of(text)
    for name, _, _, number in visits:
        assert name.split()[-1] in sources[int(number)]  # the cited sentence names the visitor


def test_every_citation_resolves_to_a_source_entry_and_every_entry_is_cited():
    text = markdown().text
    body, _ = text.split("## Sources", 1)
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", body)}
    sources = sources_of(text)
    assert cited == set(sources) == set(range(1, len(sources) + 1))
    assert "Xi in Astana, 14 September 2022, <https://news.example.org/xi>" in sources[1]
    assert "\u201cChinese President Xi Jinping arrived in Kazakhstan" in sources[1]


def test_tables_frictions_figures_and_coverage():
    text = markdown().text
    assert "| 28 November 2022 | CONSULT (visit) | Kassym-Jomart Tokayev, head of state | Russia | Moscow |" in text
    assert "### United States\n\nNo high-level engagement recorded." in text
    assert "| Russia | 3 | 60% | 1 | 1 | 1 | 1 | 5.0 | 3.0 | +2.0 |" in text
    frictions = text.split("## Frictions", 1)[1].split("##", 1)[0]
    assert "ACCUSE" in frictions and "Dmitry Medvedev" in frictions
    figures = text.split("## Trade, investment, aid and loans", 1)[1].split("##", 1)[0]
    assert "| trade | Kazakhstan / China | 31 billion USD | in 2022 |" in figures
    coverage = text.split("## What the data does not cover", 1)[1].split("## Sources")[0]
    assert "No events with the United States in the window." in coverage
    assert "Only" not in coverage  # six documents: not "few"


def test_few_documents_and_no_visits_are_said():
    text = compose_brief("KAZ", EVENTS[4:], [], date_from=WINDOW[0], date_to=WINDOW[1]).text
    assert "no visit to Kazakhstan from China" in text.split("\n\n")[2]
    assert "Only 1 source document in the window (fewer than 5)" in text
    assert "No events with China, the United States and the European Union in the window." in text


def test_markdown_escapes_source_text_and_links_the_chart_files():
    document = markdown(chart_stem="kaz-2022")
    assert "\\<b\\>before it was deleted\\</b\\>" in document.text
    assert "javascript:" not in document.text  # only http(s) source links are shown
    assert sorted(document.charts) == ["kaz-2022-cooperation.svg", "kaz-2022-shares.svg"]
    for name in document.charts:
        assert f"]({name})" in document.text


def test_empty_database_still_renders():
    text = render_brief("KAZ", [], [])
    assert "no dated events" in text and "Sources" in text
