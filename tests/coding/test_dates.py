"""Table-driven tests for multivector.coding.dates: one row per phenomenon, own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.dates import DateMention, find_dates, unknown_date
from multivector.records import DateRange

D = date
PUB = D(2022, 11, 18)  # a Friday


def only(text: str, published: date = PUB, **kwargs) -> DateMention:
    found = find_dates(text, published, **kwargs)
    assert len(found) == 1, f"expected one mention in {text!r}, got {found!r}"
    return found[0]


# (sentence, published, expected words, start, end, precision)
EXACT = [
    ("First, Chinese leader Xi Jinping visited Kazakhstan on September 14.", PUB,
     "on September 14", D(2022, 9, 14), D(2022, 9, 14), "day"),
    ("Tokayev received the delegation on 14 September.", PUB,
     "on 14 September", D(2022, 9, 14), D(2022, 9, 14), "day"),
    ("The memorandum was signed Sept. 14 in Astana.", PUB,
     "Sept. 14", D(2022, 9, 14), D(2022, 9, 14), "day"),
    ("Beijing announced the loan on Sep 14, 2022, after talks.", PUB,
     "on Sep 14, 2022", D(2022, 9, 14), D(2022, 9, 14), "day"),
    ("Putin and Tokayev spoke by phone on 14 September 2022.", PUB,
     "on 14 September 2022", D(2022, 9, 14), D(2022, 9, 14), "day"),
    ("The ministers met again on September 14th.", PUB,
     "on September 14th", D(2022, 9, 14), D(2022, 9, 14), "day"),
    ("The statement is dated 2022-09-14.", PUB,
     "2022-09-14", D(2022, 9, 14), D(2022, 9, 14), "day"),
    ("The forum opened on Tuesday, March 21, with a speech by Xi.", D(2023, 3, 25),
     "on Tuesday, March 21", D(2023, 3, 21), D(2023, 3, 21), "day"),
    ("Xi arrived in Moscow on March 21, 2023.", PUB,
     "on March 21, 2023", D(2023, 3, 21), D(2023, 3, 21), "day"),
    ("Blinken flew to Astana on 1st of March.", D(2023, 3, 5),
     "on 1st of March", D(2023, 3, 1), D(2023, 3, 1), "day"),
    ("The victory parade on May 9 drew foreign guests.", D(2023, 5, 20),
     "on May 9", D(2023, 5, 9), D(2023, 5, 9), "day"),
    ("EU envoys arrived Oct. 3 and left a day early.", PUB,
     "Oct. 3", D(2022, 10, 3), D(2022, 10, 3), "day"),
]

RANGES = [
    ("The COP27 summit ran November 6-11 in Sharm el-Sheikh.", PUB,
     "November 6-11", D(2022, 11, 6), D(2022, 11, 11), "day"),
    ("Delegates met 6-11 November in Egypt.", PUB,
     "6-11 November", D(2022, 11, 6), D(2022, 11, 11), "day"),
    ("The G20 leaders gathered in Bali on 15\u201316 November.", PUB,
     "on 15\u201316 November", D(2022, 11, 15), D(2022, 11, 16), "day"),
    ("Exercises were held 16-17 November near the border.", PUB,
     "16-17 November", D(2022, 11, 16), D(2022, 11, 17), "day"),
    ("Talks continued November 6 to 11 behind closed doors.", PUB,
     "November 6 to 11", D(2022, 11, 6), D(2022, 11, 11), "day"),
    ("The fair ran from 5 to 7 June in Almaty.", PUB,
     "from 5 to 7 June", D(2022, 6, 5), D(2022, 6, 7), "day"),
    ("Drills took place between 5 and 7 June.", PUB,
     "between 5 and 7 June", D(2022, 6, 5), D(2022, 6, 7), "day"),
    ("The visit lasted Nov. 30-Dec. 2 and ended in Tashkent.", D(2022, 12, 10),
     "Nov. 30-Dec. 2", D(2022, 11, 30), D(2022, 12, 2), "day"),
    ("A trade mission toured the region 30 November - 2 December 2022.", D(2023, 1, 5),
     "30 November - 2 December 2022", D(2022, 11, 30), D(2022, 12, 2), "day"),
    ("Macron hosted Tokayev on 6 and 7 November.", PUB,
     "on 6 and 7 November", D(2022, 11, 6), D(2022, 11, 7), "day"),
    ("Markets closed from December 30 to January 2.", D(2023, 1, 10),
     "from December 30 to January 2", D(2022, 12, 30), D(2023, 1, 2), "day"),
    ("Consultations ran 28 December-3 January.", D(2023, 1, 20),
     "28 December-3 January", D(2022, 12, 28), D(2023, 1, 3), "day"),
    ("The mission stayed Dec. 30, 2022 - Jan. 2, 2023.", D(2023, 1, 20),
     "Dec. 30, 2022 - Jan. 2, 2023", D(2022, 12, 30), D(2023, 1, 2), "day"),
    ("Wheat exports rose between May and July 2022.", PUB,
     "between May and July 2022", D(2022, 5, 1), D(2022, 7, 31), "month"),
    ("Trade doubled from 2019 to 2021.", PUB,
     "from 2019 to 2021", D(2019, 1, 1), D(2021, 12, 31), "year"),
    ("Lending fell in 2019-21.", PUB,
     "in 2019-21", D(2019, 1, 1), D(2021, 12, 31), "year"),
]

MONTHS = [
    ("Tokayev visited Beijing in May.", PUB, "in May", D(2022, 5, 1), D(2022, 5, 31), "month"),
    ("Tokayev visited Beijing in May 2022.", D(2023, 2, 1),
     "in May 2022", D(2022, 5, 1), D(2022, 5, 31), "month"),
    ("Xi is due in Astana in early August.", PUB,
     "in early August", D(2022, 8, 1), D(2022, 8, 10), "season"),
    ("The ministers met in mid-September.", PUB,
     "in mid-September", D(2022, 9, 10), D(2022, 9, 20), "season"),
    ("The ministers met mid September in Samarkand.", PUB,
     "mid September", D(2022, 9, 10), D(2022, 9, 20), "season"),
    ("A summit was held in the middle of September.", PUB,
     "in the middle of September", D(2022, 9, 10), D(2022, 9, 20), "season"),
    ("Russia recalled its envoy in late October.", PUB,
     "in late October", D(2022, 10, 20), D(2022, 10, 31), "season"),
    ("Russia recalled its envoy at the end of October.", PUB,
     "at the end of October", D(2022, 10, 20), D(2022, 10, 31), "season"),
    ("The pipeline deal was signed at the start of March.", PUB,
     "at the start of March", D(2022, 3, 1), D(2022, 3, 10), "season"),
    ("The pipeline deal was signed at the beginning of March 2021.", PUB,
     "at the beginning of March 2021", D(2021, 3, 1), D(2021, 3, 10), "season"),
    ("Late February brought new sanctions.", D(2024, 3, 10),
     "Late February", D(2024, 2, 20), D(2024, 2, 29), "season"),
    ("September's summit in Samarkand was the first since the pandemic.", PUB,
     "September", D(2022, 9, 1), D(2022, 9, 30), "month"),
    ("The border reopened last May.", PUB, "last May", D(2022, 5, 1), D(2022, 5, 31), "month"),
]

YEARS = [
    ("Bilateral trade reached $24.5 billion in 2021.", PUB,
     "in 2021", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("Trade with China grew last year.", PUB,
     "last year", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("Two summits are planned this year.", PUB,
     "this year", D(2022, 1, 1), D(2022, 12, 31), "year"),
    ("The treaty will be ratified next year.", PUB,
     "next year", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("Kazakhstan has been a member since 1992.", PUB,
     "since 1992", D(1992, 1, 1), D(1992, 12, 31), "year"),
    ("Investment dropped in early 2021.", PUB,
     "in early 2021", D(2021, 1, 1), D(2021, 4, 30), "season"),
    ("A new railway opened in mid-2020.", PUB,
     "in mid-2020", D(2020, 5, 1), D(2020, 8, 31), "season"),
    ("Exports peaked in the first quarter of 2023.", D(2023, 6, 1),
     "in the first quarter of 2023", D(2023, 1, 1), D(2023, 3, 31), "season"),
    ("Growth slowed in Q3 2022.", PUB, "in Q3 2022", D(2022, 7, 1), D(2022, 9, 30), "season"),
    ("2021's harvest was the largest on record.", PUB,
     "2021", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("Gas flows stopped in the winter of 2022.", D(2023, 5, 1),
     "in the winter of 2022", D(2022, 12, 1), D(2023, 2, 28), "season"),
    ("Talks stalled last summer.", PUB, "last summer", D(2022, 6, 1), D(2022, 8, 31), "season"),
    ("Prices rose early this year.", PUB,
     "early this year", D(2022, 1, 1), D(2022, 4, 30), "season"),
]

WEEKDAYS = [
    ("Lavrov arrived in Astana on Tuesday.", PUB, "on Tuesday", D(2022, 11, 15),
     D(2022, 11, 15), "day"),
    ("Tuesday saw the first round of talks.", PUB, "Tuesday", D(2022, 11, 15),
     D(2022, 11, 15), "day"),
    ("The ministers spoke last Friday.", PUB, "last Friday", D(2022, 11, 11), D(2022, 11, 11),
     "day"),
    ("The envoy landed on Wednesday evening.", PUB, "on Wednesday evening", D(2022, 11, 16),
     D(2022, 11, 16), "day"),
    # published on a Friday: "on Friday" is the publication day itself
    ("The two presidents met on Friday.", PUB, "on Friday", PUB, PUB, "day"),
]

PUBLICATION_RELATIVE = [
    ("The ministry protested yesterday.", PUB, "yesterday", D(2022, 11, 17), D(2022, 11, 17),
     "day"),
    ("The two sides sign the deal today.", PUB, "today", PUB, PUB, "day"),
    ("Two weeks ago, Tokayev hosted Putin.", PUB, "Two weeks ago", D(2022, 10, 31),
     D(2022, 11, 7), "season"),
    ("The embassy was evacuated three days ago.", PUB, "three days ago", D(2022, 11, 15),
     D(2022, 11, 15), "day"),
    ("Border guards clashed last week.", PUB, "last week", D(2022, 11, 7), D(2022, 11, 13),
     "season"),
    ("Beijing sent aid last month.", PUB, "last month", D(2022, 10, 1), D(2022, 10, 31),
     "month"),
    ("Moscow summoned the ambassador earlier this month.", PUB, "earlier this month",
     D(2022, 11, 1), D(2022, 11, 17), "season"),
    ("Exports have fallen this month.", PUB, "this month", D(2022, 11, 1), D(2022, 11, 30),
     "month"),
    ("The loan is due next month.", PUB, "next month", D(2022, 12, 1), D(2022, 12, 31),
     "month"),
    ("A year ago, the blockade began.", PUB, "A year ago", D(2021, 10, 19), D(2021, 12, 18),
     "month"),
    ("Five years ago the corridor opened.", PUB, "Five years ago", D(2017, 1, 1),
     D(2017, 12, 31), "year"),
    ("The dispute flared a few days ago.", PUB, "a few days ago", D(2022, 11, 12),
     D(2022, 11, 16), "season"),
    ("Delegates left last night.", PUB, "last night", D(2022, 11, 17), D(2022, 11, 17), "day"),
    ("China invested $25 billion over the past 15 years.", PUB, "over the past 15 years",
     D(2007, 1, 1), PUB, "year"),
    ("Trade doubled in the last six months.", PUB, "in the last six months", D(2022, 5, 1),
     PUB, "month"),
    ("Ties deepened during the past decade.", PUB, "during the past decade", D(2012, 1, 1),
     PUB, "year"),
    ("Three visits took place in the past two weeks.", PUB, "in the past two weeks",
     D(2022, 11, 4), PUB, "day"),
    ("Exports fell in the first half of the year.", PUB, "in the first half of the year",
     D(2022, 1, 1), D(2022, 6, 30), "season"),
]

ALL_ROWS = EXACT + RANGES + MONTHS + YEARS + WEEKDAYS + PUBLICATION_RELATIVE


@pytest.mark.parametrize(("sentence", "published", "words", "start", "end", "precision"),
                         ALL_ROWS, ids=[row[0][:40] for row in ALL_ROWS])
def test_resolves_expression(sentence, published, words, start, end, precision):
    mention = only(sentence, published)
    assert mention.text == words
    assert sentence[mention.start_char:mention.end_char] == words
    assert (mention.range.start, mention.range.end, mention.range.precision) == (
        start, end, precision)
    assert mention.range.text == words


ANCHOR = DateRange(D(2024, 9, 10), D(2024, 9, 20), "season", "mid-September")
DAY_ANCHOR = DateRange(D(2024, 9, 14), D(2024, 9, 14), "day", "on September 14")
LATER_PUB = D(2024, 11, 1)

ANAPHORA = [
    ("During the visit, the two sides signed a joint statement.", ANCHOR, "During the visit",
     ANCHOR.start, ANCHOR.end, ANCHOR.precision),
    ("Protests began later that month.", ANCHOR, "later that month", D(2024, 9, 11),
     D(2024, 9, 30), "season"),
    ("A second round followed that month.", ANCHOR, "that month", D(2024, 9, 1),
     D(2024, 9, 30), "month"),
    ("Early that month, envoys had met.", ANCHOR, "Early that month", D(2024, 9, 1),
     D(2024, 9, 10), "season"),
    ("The next day, the ministers met again.", DAY_ANCHOR, "The next day", D(2024, 9, 15),
     D(2024, 9, 15), "day"),
    ("On the following day Lavrov replied.", DAY_ANCHOR, "the following day", D(2024, 9, 15),
     D(2024, 9, 15), "day"),
    ("A day later, Beijing protested.", DAY_ANCHOR, "A day later", D(2024, 9, 15),
     D(2024, 9, 15), "day"),
    ("The day before, aides had prepared the text.", DAY_ANCHOR, "The day before",
     D(2024, 9, 13), D(2024, 9, 13), "day"),
    ("A day earlier, the ministry warned.", DAY_ANCHOR, "A day earlier", D(2024, 9, 13),
     D(2024, 9, 13), "day"),
    ("Two days later the talks collapsed.", DAY_ANCHOR, "Two days later", D(2024, 9, 16),
     D(2024, 9, 16), "day"),
    ("The same day, Washington responded.", DAY_ANCHOR, "The same day", D(2024, 9, 14),
     D(2024, 9, 14), "day"),
    ("A month later, sanctions followed.", DAY_ANCHOR, "A month later", D(2024, 10, 7),
     D(2024, 10, 21), "season"),
    ("Weeks later, the deal was signed.", DAY_ANCHOR, "Weeks later", D(2024, 9, 21),
     D(2024, 10, 12), "season"),
    ("The following month, trade resumed.", DAY_ANCHOR, "The following month", D(2024, 10, 1),
     D(2024, 10, 31), "month"),
    ("Later that year the pipeline opened.", DAY_ANCHOR, "Later that year", D(2024, 9, 15),
     D(2024, 12, 31), "year"),
]


@pytest.mark.parametrize(("sentence", "anchor", "words", "start", "end", "precision"),
                         ANAPHORA, ids=[row[0][:40] for row in ANAPHORA])
def test_resolves_anaphora_against_anchor(sentence, anchor, words, start, end, precision):
    mention = only(sentence, LATER_PUB, anchor=anchor)
    assert mention.text == words
    assert mention.relative
    assert (mention.range.start, mention.range.end, mention.range.precision) == (
        start, end, precision)


@pytest.mark.parametrize("sentence", [row[0] for row in ANAPHORA])
def test_anaphora_without_anchor_gives_nothing(sentence):
    assert find_dates(sentence, LATER_PUB) == []


def test_next_year_inside_anaphor_is_not_publication_relative():
    assert find_dates("The next year, Astana joined the bank.", PUB) == []
    assert find_dates("The following week, talks resumed.", PUB) == []


FUTURE = [
    ("Tokayev will visit Paris on Tuesday.", PUB, "on Tuesday", D(2022, 11, 22)),
    ("The council will meet on Friday.", PUB, "on Friday", PUB),  # publication day counts
    ("Xi will attend the summit in September.", PUB, "in September", D(2023, 9, 1)),
    ("Xi will attend the summit in November.", PUB, "in November", D(2022, 11, 1)),
    ("The forum will be held on 14 January.", PUB, "on 14 January", D(2023, 1, 14)),
    ("Delegations will gather next Friday.", PUB, "next Friday", D(2022, 11, 25)),
    ("A decision is expected in two weeks.", PUB, "in two weeks", D(2022, 11, 29)),
    ("Ministers meet again tomorrow.", PUB, "tomorrow", D(2022, 11, 19)),
]


@pytest.mark.parametrize(("sentence", "published", "words", "start"), FUTURE,
                         ids=[row[0][:40] for row in FUTURE])
def test_future_tense_resolves_forward(sentence, published, words, start):
    mention = only(sentence, published, future=True)
    assert mention.text == words
    assert mention.range.start == start


@pytest.mark.parametrize("sentence", [
    "Trade reached $24.5 billion with 45 diplomats expelled.",
    "Russia massed 2,000 troops near the border.",
    "NATO invoked Article 5 for the first time.",
    "The G20 statement mentioned COVID-19 twice.",
    "The delegation stayed in Room 2021 of the hotel.",
    "Russia may respond with countermeasures.",
    "Protesters plan to march on the parliament.",
    "Moscow sent in 2000 troops overnight.",
    "Theresa May's government protested.",
    "The 2021 roadmap lists 40 projects.",
    "Relations have improved recently.",
    "Jan Kubis briefed the council.",
    "Russia May Respond, the headline said.",
    "Growth of 3.2021 percent was reported.",
    "The phone number is 2022-09-141.",
])
def test_ignores_numbers_and_words_that_are_not_dates(sentence):
    assert find_dates(sentence, PUB) == []


def test_year_inference_takes_latest_year_not_after_publication():
    assert only("The envoy visited on December 20.", D(2023, 1, 5)).range.start == D(2022, 12, 20)
    assert only("The envoy visited on January 3.", D(2023, 1, 5)).range.start == D(2023, 1, 3)
    assert only("The envoy visited in November.", PUB).range.start == D(2022, 11, 1)


def test_explicit_year_wins_over_inference():
    assert only("They met on 20 December 2023.", D(2023, 1, 5)).range.start == D(2023, 12, 20)


def test_february_29_without_year_picks_a_leap_year():
    assert only("They met on February 29.", D(2023, 5, 1)).range.start == D(2020, 2, 29)
    assert only("They met on February 29.", D(2024, 3, 1)).range.start == D(2024, 2, 29)


def test_impossible_days_are_not_dates():
    assert find_dates("They met on 31 April.", PUB) == []
    assert find_dates("Signed 2021-02-30 in Minsk.", PUB) == []
    # The day is impossible; the month and year still stand.
    mention = only("They met on 29 February 2023.", PUB)
    assert (mention.text, mention.range.precision) == ("February 2023", "month")


def test_month_ends():
    assert only("Tensions rose in late February.", D(2023, 3, 1)).range.end == D(2023, 2, 28)
    assert only("Tensions rose in late February.", D(2024, 3, 1)).range.end == D(2024, 2, 29)
    assert only("Tensions rose in late April.", D(2024, 5, 1)).range.end == D(2024, 4, 30)


def test_last_month_in_january_crosses_the_year():
    mention = only("Beijing sent aid last month.", D(2023, 1, 10))
    assert (mention.range.start, mention.range.end) == (D(2022, 12, 1), D(2022, 12, 31))


def test_last_year_on_new_years_day():
    assert only("Trade grew last year.", D(2023, 1, 1)).range.start == D(2022, 1, 1)


def test_weekday_on_publication_day_is_that_day_and_last_is_a_week_before():
    monday = D(2023, 3, 20)
    assert only("Talks were held on Monday.", monday).range.start == monday
    assert only("Talks were held last Monday.", monday).range.start == D(2023, 3, 13)


def test_weekday_with_date_takes_the_date():
    mention = only("The forum opened on Tuesday, March 21, 2023.", PUB)
    assert mention.range.start == D(2023, 3, 21)
    assert not mention.relative


def test_several_mentions_in_order():
    text = "After talks on 14 September, Xi flew on to Samarkand, and in October Putin came."
    found = find_dates(text, PUB)
    assert [m.text for m in found] == ["on 14 September", "in October"]
    assert found[0].end_char <= found[1].start_char


def test_two_separate_days_are_not_a_span():
    found = find_dates("They met on 30 November and 2 December.", D(2022, 12, 10))
    assert [m.text for m in found] == ["on 30 November", "2 December"]


def test_explicit_dates_are_not_relative_and_relative_ones_are():
    assert not only("They met on 14 September.").relative
    assert only("They met yesterday.").relative


def test_unknown_date_is_the_publication_day():
    assert unknown_date(PUB) == DateRange(PUB, PUB, "unknown", None)


def test_mention_serialises_as_contract_date():
    mention = only("First, Chinese leader Xi Jinping visited Kazakhstan on September 14.")
    assert mention.range.to_dict() == {"start": "2022-09-14", "end": "2022-09-14",
                                       "precision": "day", "text": "on September 14"}


def test_calendar_edges_do_not_raise():
    assert find_dates("It happened last year and next month.", D(1, 1, 1)) is not None
    assert find_dates("It will happen next year, in December.", D(9999, 12, 31),
                      future=True) is not None
    assert find_dates("", PUB) == []


# Further documented expressions (docs/dates.md), published PUB (Friday 2022-11-18).
DOCUMENTED = [
    ("A reply is expected within three days.", None, "within three days", D(2022, 11, 21),
     D(2022, 11, 21)),
    ("Troops withdrew in the first week of June.", None, "in the first week of June",
     D(2022, 6, 1), D(2022, 6, 7)),
    ("Talks resumed towards the end of October.", None, "towards the end of October",
     D(2022, 10, 20), D(2022, 10, 31)),
    ("Imports fell at the end of last year.", None, "at the end of last year", D(2021, 9, 1),
     D(2021, 12, 31)),
    ("The summit opens this weekend.", None, "this weekend", D(2022, 11, 19), D(2022, 11, 20)),
    ("A new round is planned for next spring.", None, "next spring", D(2023, 3, 1),
     D(2023, 5, 31)),
    ("Wheat sales fell in 2021-22.", None, "in 2021-22", D(2021, 1, 1), D(2022, 12, 31)),
    ("Tokayev returned a week later.", DAY_ANCHOR, "a week later", D(2024, 9, 18),
     D(2024, 9, 24)),
    ("Both envoys were in Beijing that week.", DAY_ANCHOR, "that week", D(2024, 9, 9),
     D(2024, 9, 15)),
    ("Aides had arrived the previous day.", DAY_ANCHOR, "the previous day", D(2024, 9, 13),
     D(2024, 9, 13)),
    ("Three days earlier, Moscow had warned.", DAY_ANCHOR, "Three days earlier",
     D(2024, 9, 11), D(2024, 9, 11)),
]


@pytest.mark.parametrize(("sentence", "anchor", "words", "start", "end"), DOCUMENTED,
                         ids=[row[0][:40] for row in DOCUMENTED])
def test_documented_expressions(sentence, anchor, words, start, end):
    mention = only(sentence, PUB, anchor=anchor)
    assert (mention.text, mention.range.start, mention.range.end) == (words, start, end)


def test_day_after_an_event_is_not_anaphora():
    assert find_dates("Talks resumed the day after the vote.", PUB, anchor=DAY_ANCHOR) == []


def test_fuzzy_anchor_moves_as_a_whole():
    mention = only("The next day, the ministers met again.", LATER_PUB, anchor=ANCHOR)
    assert (mention.range.start, mention.range.end, mention.range.precision) == (
        D(2024, 9, 11), D(2024, 9, 21), "season")


def test_a_datetime_publication_date_is_accepted():
    from datetime import datetime

    assert only("They met yesterday.", datetime(2022, 11, 18, 23, 59)).range.start == D(
        2022, 11, 17)


@pytest.mark.parametrize("sentence, words, start, end, precision", [
    ("They met over the weekend.", "over the weekend", D(2022, 11, 12), D(2022, 11, 13), "season"),
    ("Talks collapsed late last month.", "late last month", D(2022, 10, 20), D(2022, 10, 31), "season"),
    ("Talks began early this month.", "early this month", D(2022, 11, 1), D(2022, 11, 10), "season"),
    ("The envoy arrived on the 14th.", "on the 14th", D(2022, 11, 14), D(2022, 11, 14), "day"),
    ("The envoy arrived on the 25th.", "on the 25th", D(2022, 10, 25), D(2022, 10, 25), "day"),
])
def test_more_relative_expressions(sentence, words, start, end, precision) -> None:
    mention = only(sentence, D(2022, 11, 18))
    assert (mention.text, mention.range.start, mention.range.end, mention.range.precision) == (
        words, start, end, precision)


def test_ordinals_of_centuries_are_not_days() -> None:
    assert find_dates("the 21st century began", D(2022, 11, 18)) == []


def test_month_of_a_relative_year() -> None:
    mention = only("Tokayev's trip to Paris in November of last year.", D(2023, 11, 2))
    assert (mention.text, mention.range.start, mention.range.end, mention.range.precision) == (
        "in November of last year", D(2022, 11, 1), D(2022, 11, 30), "month")
