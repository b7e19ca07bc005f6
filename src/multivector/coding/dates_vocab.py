"""Words and regular-expression pieces shared by the date patterns.

Month and weekday names are matched case-sensitively (capitalised, as English prints
them) so that the verbs "may" and "march" never become months.  Function words around
them ("in", "early", "the end of") are case-insensitive because they may start a sentence.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Full names, then abbreviations (longest first so "Sept" wins over "Sep").  An
# abbreviation may carry a full stop; "\b" stops "Mar" matching inside "Marshal".
_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH = rf"(?:(?:{_FULL})\b|(?:{_ABBR})\b\.?)"
# Where a month stands without a day or year, only full names count ("in Jan" is rare
# and "Jan" is also a first name).
MONTH_FULL = rf"(?:{_FULL})\b"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
WEEKDAY_PREFIX = rf"(?:{WEEKDAY},?\s+(?:the\s+)?)?"

# A day of the month, optionally ordinal.  Not glued to other digits, decimals or money.
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
# Years 1800-2199; never part of a longer number ("2,000", "20221", "1.2021").
YEAR = r"(?<![0-9.,])(?:1[89][0-9]{2}|2[01][0-9]{2})(?![0-9]|[.,][0-9])"
DASH = r"\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\s*"
NUMBER = r"(?:[0-9]{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"

# Prepositions that belong to the expression ("on September 14", "in May").  Words that
# change the meaning ("before", "after", "by", "until") are deliberately left out: the
# date itself is still found, but they are not part of its text.
PREP = r"(?:(?i:on|in|at|during|throughout|since|from|of)\s+)?"
# Where a bare month or year is accepted at all (see docs/dates.md).
CONTEXT = r"(?i:in|during|throughout|since|from|of)\s+"
# A number directly followed by a counted noun is not a year ("sent in 2000 troops").
NOT_COUNT = (
    r"(?!\s+(?:troops|soldiers|people|tons|tonnes|barrels|km|kilometres|kilometers|metres|"
    r"meters|miles|units|vehicles|tanks|refugees|workers|men|women|children|dollars|"
    r"euros|pounds|cases|deaths|votes|delegates|diplomats|jobs|times)\b)"
)

def number_value(word: str) -> int | None:
    word = word.strip().lower()
    if word.isascii() and word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def month_value(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def day_value(word: str) -> int:
    return int(re.sub(r"[^0-9]", "", word))
