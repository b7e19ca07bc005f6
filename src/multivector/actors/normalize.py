"""Text folding and tokenising shared by the actor tables and the resolver.

Table aliases and input text go through the *same* functions, so a phrase matches
whatever its spelling in diacritics, apostrophes, case or a trailing possessive.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters NFKD does not decompose into ASCII but news writes both ways.
_SPECIAL = {
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d",
    "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'", "′": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
}

# An abbreviation with dots (U.S., U.K., D.C.) keeps its dots: "us" is a pronoun,
# "u.s." is a country.  Any other word may carry inner apostrophes, hyphens or a '+'.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:['\-]\w+)*\+?|[,;&/]")
_POSSESSIVE = re.compile(r"'s$|'$", re.IGNORECASE)

SEPARATORS: frozenset[str] = frozenset({"and", "&", ",", ";", "/"})


@dataclass(frozen=True)
class Token:
    """One word of the input: where it is, how it was written, and its folded key."""

    start: int
    end: int
    surface: str
    key: str

    @property
    def is_lower(self) -> bool:
        return self.surface == self.surface.lower()

    @property
    def is_capitalised(self) -> bool:
        return self.surface[:1].isupper()


def fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index it came from."""
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


def tokenize(text: str) -> list[Token]:
    """Words of ``text`` with offsets into the original string (possessives removed)."""
    folded, origin = _fold_with_offsets(text)
    tokens: list[Token] = []
    for match in _TOKEN.finditer(folded):
        word = match.group(0)
        stripped = _POSSESSIVE.sub("", word) if len(word) > 2 else word
        if not stripped:
            continue
        start = origin[match.start()]
        end = origin[match.start() + len(stripped) - 1] + 1
        tokens.append(Token(start=start, end=end, surface=stripped, key=stripped.lower()))
    return tokens


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lookup key of a table phrase: its folded, lower-case tokens."""
    return tuple(token.key for token in tokenize(phrase))


def is_acronym(phrase: str) -> bool:
    """Short all-capital words (US, UK, EU, PRI, CPC) must match with their case."""
    letters = phrase.replace("+", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 6 and " " not in phrase


def plural_forms(phrase: str) -> list[str]:
    """Plural spellings of a title or demonym: soldier -> soldiers, secretary -> secretaries."""
    head, _, last = phrase.rpartition(" ")
    prefix = f"{head} " if head else ""
    lower = last.lower()
    if not last or lower.endswith(("s", "sh", "ch", "ese", "x", "z")) or not last.isalpha():
        return []
    if lower.endswith("man"):
        return [f"{prefix}{last[:-3]}men"]
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "o", "u"):
        return [f"{prefix}{last[:-1]}ies"]
    return [f"{prefix}{last}s"]


__all__ = ["SEPARATORS", "Token", "fold_char", "is_acronym", "phrase_key", "plural_forms",
           "tokenize"]
