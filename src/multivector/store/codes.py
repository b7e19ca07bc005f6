"""Which actor codes a query may name (unknown ones are a user error, MV107).

The analysis's list of countries and organisations (``analysis.codes.known_codes``),
widened by the codes the database actually holds (an importer may store a code, such
as a CAMEO group, that no table lists).
"""

from __future__ import annotations

from multivector.codes import known_codes
from multivector.errors import InputError


def check_code(code: str | None, option: str, stored: set[str] | frozenset[str] = frozenset()) -> str | None:
    """Upper-case ``code`` and make sure it names a country, an organisation or a stored actor."""
    if code is None:
        return None
    value = code.strip().upper()
    if value in known_codes() or value in stored:
        return value
    raise InputError(f"unknown country code {code!r} for {option}: use an ISO 3166-1 alpha-3 "
                     "code such as KAZ, CHN, RUS or USA, or an organisation such as EU",
                     code="MV107")
