"""GDELT event exports (``gdelt1``, ``gdelt2``): tab-separated, no header.

GDELT 1.0 daily files have 58 columns (57 in the historical back-files, which lack
SOURCEURL); GDELT 2.0 has 61 (ADM2 codes for the three geographies).  Actor country
codes are CAMEO country codes (ISO3 for nearly all countries; a few old ones such as
ROM are fixed); the geography columns use FIPS 10-4 country codes, mapped to ISO3.
Column layout: the GDELT 1.0 and 2.0 event codebooks (see docs/importers.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from multivector.coding.cameo import cameo_to_plover, lookup, normalise_cameo, swaps_roles
from multivector.records import Actor, DateRange, Event, Place
from multivector.store.importers.codes import (
    CAMEO_GROUPS, canonical_code, country_by_fips, plover_sector,
)
from multivector.store.importers.common import (
    ImportStats, clean, coordinates, malformed, parse_day, parse_float, text_lines,
)

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                 "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_EVENT_FIELDS = ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                 "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
_GEO1 = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
_GEO2 = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
         "FeatureID")


def _columns(geo: tuple[str, ...], url: bool) -> tuple[str, ...]:
    head = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    actors = tuple(f"Actor{n}{f}" for n in (1, 2) for f in _ACTOR_FIELDS)
    geos = tuple(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in geo)
    return head + actors + _EVENT_FIELDS + geos + ("DATEADDED",) + (("SOURCEURL",) if url else ())


GDELT1_COLUMNS = _columns(_GEO1, url=True)  # 58
GDELT1_HISTORICAL_COLUMNS = _columns(_GEO1, url=False)  # 57
GDELT2_COLUMNS = _columns(_GEO2, url=True)  # 61
LAYOUTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "gdelt1": (GDELT1_COLUMNS, GDELT1_HISTORICAL_COLUMNS),
    "gdelt2": (GDELT2_COLUMNS,),
}


def _actor(row: dict[str, str | None], n: int) -> Actor | None:
    code = row[f"Actor{n}Code"]
    name = row[f"Actor{n}Name"]
    if code is None and name is None:
        return None
    country = canonical_code(row[f"Actor{n}CountryCode"])
    group = row[f"Actor{n}KnownGroupCode"]
    org = CAMEO_GROUPS.get(group.upper(), group.upper()) if group else None
    return Actor(code=country or org or canonical_code(code[:3] if code else None),
                 sector=plover_sector(row[f"Actor{n}Type1Code"]), name=name, text=name)


def _place(row: dict[str, str | None], path: Path | str, line: int | None) -> Place | None:
    name = row["ActionGeo_FullName"]
    if name is None:
        return None
    lat = parse_float(row["ActionGeo_Lat"], "ActionGeo_Lat", path, line)
    lon = parse_float(row["ActionGeo_Long"], "ActionGeo_Long", path, line)
    lat, lon = coordinates(lat, lon)
    return Place(name=name, code=country_by_fips(row["ActionGeo_CountryCode"]), lat=lat, lon=lon)


def _sentence(row: dict[str, str | None], cameo: str, place: Place | None) -> str:
    mapping = lookup(cameo)
    what = mapping.description if mapping else f"CAMEO {cameo}"
    text = f"{row['Actor1Name'] or 'Unknown actor'}: {what} (CAMEO {cameo})"
    if row["Actor2Name"]:
        text += f" -> {row['Actor2Name']}"
    if place is not None:
        text += f", in {place.name}"
    if row.get("SOURCEURL"):
        text += f" (source: {row['SOURCEURL']})"
    return text + "."


def parse_row(fields: list[str], kind: str = "gdelt1", path: Path | str = "<row>",
              line: int | None = None) -> Event | None:
    """One GDELT row -> an Event (``None`` when its CAMEO code has no PLOVER type)."""
    layouts = LAYOUTS[kind]
    columns = next((c for c in layouts if len(c) == len(fields)), None)
    if columns is None:
        expected = " or ".join(str(len(c)) for c in layouts)
        raise malformed(f"expected {expected} tab-separated columns for {kind}, found "
                        f"{len(fields)}", path, line)
    row = {name: clean(value) for name, value in zip(columns, fields)}
    event_id = row["GLOBALEVENTID"]
    if event_id is None or not event_id.isdigit():
        raise malformed(f"GLOBALEVENTID {event_id!r} is not a number", path, line)
    day = parse_day(row["SQLDATE"], "SQLDATE", path, line)
    cameo = normalise_cameo(row["EventCode"] or "") or ""
    if lookup(cameo) is None:
        raise malformed(f"EventCode {row['EventCode']!r} is not a CAMEO event code", path, line)
    goldstein = parse_float(row["GoldsteinScale"], "GoldsteinScale", path, line)
    place = _place(row, path, line)
    plover = cameo_to_plover(cameo)
    if plover is None:
        return None
    actor, recipient = _actor(row, 1), _actor(row, 2)
    if swaps_roles(cameo):
        actor, recipient = recipient, actor
    sentence = _sentence(row, cameo, place)
    return Event(
        doc_id=f"{kind}:{event_id}", event_type=plover[0], mode=plover[1], cameo=cameo,
        score=goldstein, actor=actor, recipient=recipient,
        date=DateRange(start=day, end=day, precision="day"), location=place,
        sentence=sentence, span=(0, len(sentence)), confidence=1.0,
        source_dataset=kind, source_id=event_id)


def parse_line(text: str, kind: str = "gdelt1", path: Path | str = "<line>",
               line: int | None = None) -> Event | None:
    return parse_row(text.split("\t"), kind, path, line)


def _read(kind: str, path: Path, stats: ImportStats | None) -> Iterator[Event]:
    stats = stats if stats is not None else ImportStats()
    for number, text in text_lines(path):
        if not text.strip():
            continue
        stats.read += 1
        event = parse_line(text, kind, path, number)
        if event is None:
            stats.skip("CAMEO code without PLOVER type")
            continue
        stats.emitted += 1
        yield event


def read_gdelt1(path: Path, stats: ImportStats | None = None) -> Iterator[Event]:
    """``gdelt1``: a GDELT 1.0 event export (57 or 58 columns)."""
    return _read("gdelt1", path, stats)


def read_gdelt2(path: Path, stats: ImportStats | None = None) -> Iterator[Event]:
    """``gdelt2``: a GDELT 2.0 event export (61 columns)."""
    return _read("gdelt2", path, stats)


__all__ = ["GDELT1_COLUMNS", "GDELT1_HISTORICAL_COLUMNS", "GDELT2_COLUMNS", "LAYOUTS",
           "parse_line", "parse_row", "read_gdelt1", "read_gdelt2"]
