"""The case that started the project, as one analysis paragraph (written for the tests).

Everything the brief lists must come out of a single piece of analytical prose: bare
"visited"/"came" with the country only implied, "the two leaders", "early that month"
inside the same sentence, "the country", a year-long trade figure.
"""

from __future__ import annotations

from datetime import date

import pytest

from multivector.api import extract_text
from multivector.records import Event, Indicator

pytestmark = pytest.mark.model

ANALYSIS = """Kazakhstan's multi-vector diplomacy was on full display this autumn. First, Chinese leader Xi Jinping visited Kazakhstan on September 14, his first trip abroad since the pandemic. Vladimir Putin came to Astana on October 12 for the CICA summit; the two leaders had already met in Sochi in August and spoke by phone early that month.

European Council President Charles Michel visited in late October, and the EU's foreign policy chief Josep Borrell came on November 16-17. US Assistant Secretary of State Donald Lu toured Kazakhstan, Turkmenistan and Uzbekistan on November 6-11; he had also come in May.

Russia remains Kazakhstan's main partner: bilateral trade reached $24.5 billion in 2021, and Kazakh troops regularly take part in Russia's Army Games. Yet after Kazakhstan declined to back the invasion of Ukraine, Russian politicians threatened the country. Kazakhs have also protested against Chinese influence. European investors are present too: Eni has worked in Kazakhstan since 1992, and France and Kazakhstan signed an economic roadmap in 2021.
"""

EXPECTED = [
    ("CONSULT", "visit", "CHN", "KAZ", "2022-09-14", "2022-09-14"),
    ("CONSULT", "visit", "RUS", "KAZ", "2022-10-12", "2022-10-12"),
    ("CONSULT", "visit", "KAZ", "RUS", "2022-08-01", "2022-08-31"),
    ("CONSULT", "phone", "RUS", "KAZ", "2022-10-01", "2022-10-10"),
    ("CONSULT", "visit", "EU", "KAZ", "2022-10-20", "2022-10-31"),
    ("CONSULT", "visit", "EU", "KAZ", "2022-11-16", "2022-11-17"),
    ("CONSULT", "visit", "USA", "KAZ", "2022-11-06", "2022-11-11"),
    ("CONSULT", "visit", "USA", "TKM", "2022-11-06", "2022-11-11"),
    ("CONSULT", "visit", "USA", "UZB", "2022-11-06", "2022-11-11"),
    ("CONSULT", "visit", "USA", "KAZ", "2022-05-01", "2022-05-31"),
    ("THREATEN", None, "RUS", "KAZ", None, None),
    ("SUPPORT", None, "FRA", "KAZ", "2021-01-01", "2021-12-31"),
]


@pytest.fixture(scope="module")
def records():
    return extract_text(ANALYSIS, published=date(2022, 11, 25))


def _key(event: Event) -> tuple:
    return (event.event_type, event.mode, event.actor.code if event.actor else None,
            event.recipient.code if event.recipient else None,
            str(event.date.start), str(event.date.end))


@pytest.mark.parametrize("want", EXPECTED, ids=[f"{w[0]}-{w[2]}-{w[3]}-{w[4]}" for w in EXPECTED])
def test_each_fact_is_coded_and_dated(records, want) -> None:
    found = [_key(e) for e in records if isinstance(e, Event)]
    if want[4] is None:
        assert any(f[:4] == want[:4] for f in found), found
    else:
        assert want in found, found


def test_no_support_for_the_invasion_and_the_trade_figure(records) -> None:
    events = [e for e in records if isinstance(e, Event)]
    assert not any(e.event_type == "SUPPORT" and e.actor.code == "KAZ" and e.recipient
                   and e.recipient.code == "RUS" for e in events)
    [trade] = [r for r in records if isinstance(r, Indicator)]
    assert (trade.indicator, sorted(trade.actors), trade.value, trade.unit, trade.period.start.year) == (
        "trade", ["KAZ", "RUS"], 24_500_000_000, "USD", 2021)
