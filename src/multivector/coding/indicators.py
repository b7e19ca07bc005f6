"""Economic indicators: trade, investment, aid and loan figures in a sentence.

"Bilateral trade reached $24.5 billion in 2021" gives trade, the two countries,
24500000000 USD, the year 2021.  The amount and currency come from the text, the
indicator from the nearest economic keyword, the partners from the actor mentions of
the sentence, and the period from the sentence's date expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span

from multivector.coding.dates import DateMention
from multivector.records import DateRange

SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}
CURRENCY_SYMBOLS = {"us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
                    "£": "GBP", "gbp": "GBP", "cny": "CNY", "rub": "RUB", "kzt": "KZT",
                    "¥": "CNY"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "us dollars": "USD", "euro": "EUR",
                  "euros": "EUR", "pound": "GBP", "pounds": "GBP", "yuan": "CNY",
                  "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
                  "rubles": "RUB", "tenge": "KZT", "yen": "JPY"}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"trillion|billion|million|thousand|bn|tn|mln|mn|b|m|k"
_WORDS = "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True))
MONEY = re.compile(
    rf"(?P<sym>US\$|\$|€|£|¥|USD|EUR|GBP|CNY|RUB|KZT)\s?(?P<num>{_NUM})\s?(?P<scale>{_SCALE})?\b"
    rf"|(?P<num2>{_NUM})\s?(?P<scale2>{_SCALE})?\s(?P<word>{_WORDS})\b",
    re.IGNORECASE)
# keyword lemma -> indicator; the keyword nearest to the amount names the figure
KEYWORDS = {
    "trade": "trade", "turnover": "trade", "export": "trade", "import": "trade",
    "invest": "investment", "investment": "investment", "investor": "investment",
    "aid": "aid", "assistance": "aid", "grant": "aid", "donate": "aid",
    "humanitarian": "aid", "loan": "loan", "credit": "loan", "lend": "loan", "borrow": "loan",
    # "signed agreements worth $22 billion": the value of the deals signed
    "agreement": "deals", "deal": "deals", "contract": "deals", "memorandum": "deals",
}
# Verbs that say money was promised without saying what for: aid unless a nearer noun
# ("loans", "investment") names it.
GENERIC_KEYWORDS = {"pledge": "aid", "promise": "aid", "offer": "aid", "allocate": "aid",
                    "provide": "aid", "give": "aid", "disburse": "aid", "send": "aid"}
PAIR_WORDS = frozenset({"bilateral", "mutual"})


@dataclass(frozen=True)
class IndicatorCandidate:
    indicator: str
    actors: tuple[str, ...]
    value: float
    unit: str
    period: DateRange | None
    sent_start: int
    sent_end: int


def parse_amount(match: re.Match[str]) -> tuple[float, str] | None:
    number = match.group("num") or match.group("num2")
    scale = (match.group("scale") or match.group("scale2") or "").lower()
    symbol = match.group("sym")
    unit = CURRENCY_SYMBOLS.get(symbol.lower()) if symbol else CURRENCY_WORDS.get(
        (match.group("word") or "").lower())
    if number is None or unit is None:
        return None
    if scale in ("b", "m", "k") and not symbol:
        return None  # "5 m dollars" is too ambiguous to read without a currency sign
    value = float(number.replace(",", "")) * SCALES.get(scale, 1.0)
    return round(value, 2), unit


def find_indicators(sent: Span, res, mentions: list[DateMention]  # type: ignore[no-untyped-def]
                    ) -> list[IndicatorCandidate]:
    found: list[IndicatorCandidate] = []
    text = sent.text
    for match in MONEY.finditer(text):
        amount = parse_amount(match)
        if amount is None:
            continue
        indicator = _nearest_keyword(sent, match.start())
        if indicator is None:
            continue
        actors = _actors(sent, res)
        if not actors:
            continue
        period = _period(mentions, match.end(), res.published)
        value, unit = amount
        found.append(IndicatorCandidate(indicator=indicator, actors=actors, value=value, unit=unit,
                                        period=period, sent_start=sent.start_char,
                                        sent_end=sent.end_char))
    return found


def _nearest_keyword(sent: Span, offset: int) -> str | None:
    best: tuple[int, str] | None = None
    for tok in sent:
        lemma = tok.lemma_.lower()
        name = KEYWORDS.get(lemma) or KEYWORDS.get(tok.lower_)
        if name is None:
            continue
        distance = abs((tok.idx - sent.start_char) - offset)
        if best is None or distance < best[0]:
            best = (distance, name)
    if best is None:
        for tok in sent:
            if tok.lemma_.lower() in GENERIC_KEYWORDS:
                return GENERIC_KEYWORDS[tok.lemma_.lower()]
    return best[1] if best else None


def _actors(sent: Span, res) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    codes: list[str] = []
    for span in res.mentions_in(sent.start, sent.end):
        actor = span._.mv_actor
        if actor is not None and actor.code and actor.code not in codes:
            codes.append(actor.code)
    if len(codes) < 2 and any(t.lower_ in PAIR_WORDS or (
            t.lower_ in ("sides", "leaders", "presidents") and t.i > sent.start
            and t.nbor(-1).lower_ == "two") for t in sent):
        for actor in reversed(res.recent):
            if actor.code and actor.code not in codes:
                codes.append(actor.code)
            if len(codes) == 2:
                break
    return tuple(codes)


def _period(mentions: list[DateMention], offset: int, published: date | None) -> DateRange | None:
    if not mentions:
        return None
    nearest = min(mentions, key=lambda m: abs(m.start_char - offset)).range
    if published is not None and (nearest.text or "").lower().startswith("since ") \
            and nearest.start <= published:
        # "have invested $160 billion since 2005": a running total up to publication
        return replace(nearest, end=max(nearest.end, published))
    return nearest
