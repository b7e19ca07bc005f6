"""ICEWS coded events (``icews``): the 20-column tab-separated Dataverse export.

CAMEO codes become PLOVER types through the crosswalk (``coding/cameo.py``); CAMEO
043 "host a visit" swaps source and target so that the visitor is the actor.  Rows
whose CAMEO code has no PLOVER equivalent (010 "make statement") give no event and
are counted in ``stats.skipped``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from multivector.coding.cameo import cameo_to_plover, lookup, normalise_cameo, swaps_roles
from multivector.records import Actor, DateRange, Event, Place
from multivector.store.importers.codes import (
    country_by_name, icews_sector, organisation_by_name,
)
from multivector.store.importers.common import (
    ImportStats, clean, coordinates, malformed, parse_day, parse_float, text_lines,
)

KIND = "icews"
COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
    "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
    "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
    "Province", "Country", "Latitude", "Longitude",
)


def _actor(name: str | None, sectors: str | None, country: str | None) -> Actor | None:
    if name is None and country is None:
        return None
    code = country_by_name(country) or organisation_by_name(name)
    return Actor(code=code, sector=icews_sector(sectors), name=name, text=name)


def _place(row: dict[str, str | None], lat: float | None, lon: float | None) -> Place | None:
    name = row["City"] or row["District"] or row["Province"] or row["Country"]
    if name is None:
        return None
    lat, lon = coordinates(lat, lon)
    return Place(name=name, code=country_by_name(row["Country"]), lat=lat, lon=lon)


def _sentence(row: dict[str, str | None], cameo: str, place: Place | None) -> str:
    mapping = lookup(cameo)
    what = row["Event Text"] or (mapping.description if mapping else f"CAMEO {cameo}")
    text = f"{row['Source Name'] or 'Unknown actor'}: {what}"
    if row["Target Name"]:
        text += f" -> {row['Target Name']}"
    if place is not None:
        text += f", in {place.name}"
    if row["Publisher"]:
        text += f" (reported by {row['Publisher']})"
    return text + "."


def parse_row(fields: list[str], path: Path | str = "<row>", line: int | None = None,
              ) -> Event | None:
    """One ICEWS data row -> an Event (``None`` when its CAMEO code has no PLOVER type).

    Raises MV108 for a wrong column count, a bad date, CAMEO code or number.
    """
    if len(fields) != len(COLUMNS):
        raise malformed(f"expected {len(COLUMNS)} tab-separated columns, found "
                        f"{len(fields)}", path, line)
    row = {name: clean(value) for name, value in zip(COLUMNS, fields)}
    event_id = row["Event ID"]
    if event_id is None:
        raise malformed("the Event ID column is empty", path, line)
    day = parse_day(row["Event Date"], "Event Date", path, line)
    cameo = normalise_cameo(row["CAMEO Code"] or "") or ""
    if lookup(cameo) is None:
        raise malformed(f"CAMEO Code {row['CAMEO Code']!r} is not a CAMEO event code",
                        path, line)
    intensity = parse_float(row["Intensity"], "Intensity", path, line)
    lat = parse_float(row["Latitude"], "Latitude", path, line)
    lon = parse_float(row["Longitude"], "Longitude", path, line)
    plover = cameo_to_plover(cameo)
    if plover is None:
        return None
    event_type, mode = plover
    actor = _actor(row["Source Name"], row["Source Sectors"], row["Source Country"])
    recipient = _actor(row["Target Name"], row["Target Sectors"], row["Target Country"])
    if swaps_roles(cameo):
        actor, recipient = recipient, actor
    place = _place(row, lat, lon)
    sentence = _sentence(row, cameo, place)
    story = f";story={row['Story ID']}" if row["Story ID"] else ""
    number = f";sentence={row['Sentence Number']}" if row["Sentence Number"] else ""
    return Event(
        doc_id=f"{KIND}:{event_id}", event_type=event_type, mode=mode, cameo=cameo,
        score=intensity, actor=actor, recipient=recipient,
        date=DateRange(start=day, end=day, precision="day"), location=place,
        sentence=sentence, span=(0, len(sentence)), confidence=1.0,
        source_dataset=KIND, source_id=f"{event_id}{story}{number}")


def parse_line(text: str, path: Path | str = "<line>", line: int | None = None) -> Event | None:
    """One tab-separated ICEWS line (no newline) -> ``parse_row``."""
    return parse_row(text.split("\t"), path, line)


def read_icews(path: Path, stats: ImportStats | None = None) -> Iterator[Event]:
    """``icews``: every data row of an ICEWS ``.tab`` file (header line required)."""
    stats = stats if stats is not None else ImportStats()
    lines = text_lines(path)
    first = next(lines, None)
    if first is None:
        raise malformed("the file is empty (expected the ICEWS header line)", path, 1)
    header = tuple(cell.strip() for cell in first[1].split("\t"))
    if header != COLUMNS:
        raise malformed("not an ICEWS events header (expected the 20 columns "
                        f"{', '.join(COLUMNS[:3])}, ...)", path, 1)
    for number, text in lines:
        if not text.strip():
            continue
        stats.read += 1
        event = parse_line(text, path, number)
        if event is None:
            stats.skip("CAMEO code without PLOVER type")
            continue
        stats.emitted += 1
        yield event


__all__ = ["COLUMNS", "KIND", "parse_line", "parse_row", "read_icews"]
