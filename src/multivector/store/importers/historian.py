"""US Office of the Historian datasets: trips abroad by US presidents and secretaries
of state (``historian-travels``) and visits of foreign leaders to the US
(``historian-visits``).  Every record is a PLOVER CONSULT/visit: the visitor is the
actor, the host the recipient (CONTRACT.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from multivector.coding.cameo import plover_score
from multivector.records import Actor, DateRange, Event, Place
from multivector.store.importers.codes import historian_slugs
from multivector.store.importers.common import (
    ImportStats, clean, malformed, parse_day, require_dir,
)
from multivector.store.importers.xmlrecords import XmlRecord, iter_xml_files, read_records

TRAVELS = "historian-travels"
VISITS = "historian-visits"
_VISIT_SCORE = plover_score("CONSULT", "visit")

# Traveller role -> (title used in the provenance sentence, CONTRACT role)
TRAVELLER_ROLES: dict[str, tuple[str, str]] = {
    "president": ("President", "head of state"),
    "secretary": ("Secretary of State", "foreign minister"),
}

# Visitor titles (as the visits data writes them) -> CONTRACT role; longest first.
VISITOR_TITLES: tuple[tuple[str, str | None], ...] = (
    ("Crown Prince", None), ("Prime Minister", "head of government"),
    ("Foreign Minister", "foreign minister"), ("Governor General", None),
    ("General Secretary", None), ("Secretary General", None),
    ("Grand Duchess", "head of state"), ("Grand Duke", "head of state"),
    ("President", "head of state"), ("Chancellor", "head of government"),
    ("Premier", "head of government"), ("Taoiseach", "head of government"),
    ("King", "head of state"), ("Queen", "head of state"), ("Emperor", "head of state"),
    ("Empress", "head of state"), ("Shah", "head of state"), ("Emir", "head of state"),
    ("Amir", "head of state"), ("Sultan", "head of state"), ("Pope", "head of state"),
)

# Places where foreign leaders met US presidents outside Washington: when a visit's
# description does not mention Washington, the first of these it names is taken as
# the place of the visit (WHY: Camp David, New York at the UN General Assembly and
# the presidents' private homes are where most such meetings happened).
WASHINGTON = Place(name="Washington, D.C.", code="USA", lat=38.8951, lon=-77.0364)
US_VENUES: tuple[Place, ...] = (
    Place("Camp David", "USA", 39.6483, -77.4650), Place("New York", "USA", 40.7128, -74.0060),
    Place("Crawford", "USA", 31.5338, -97.4436), Place("Kennebunkport", "USA", 43.3615, -70.4767),
    Place("Sunnylands", "USA", 33.7706, -116.4200), Place("Mar-a-Lago", "USA", 26.6771, -80.0370),
    Place("Palm Beach", "USA", 26.7056, -80.0364), Place("Honolulu", "USA", 21.3069, -157.8583),
    Place("Williamsburg", "USA", 37.2707, -76.7075), Place("Chicago", "USA", 41.8781, -87.6298),
    Place("Los Angeles", "USA", 34.0522, -118.2437),
    Place("San Francisco", "USA", 37.7749, -122.4194), Place("Houston", "USA", 29.7604, -95.3698),
)
UNITED_STATES = Actor(code="USA", sector="GOV", name="United States", text="United States")


def _folders(path: Path, subfolders: tuple[str, ...]) -> list[Path]:
    """The XML files of a dataset folder, its known subfolders, or a single file."""
    if path.is_file():
        return [path]
    require_dir(path)
    present = [path / sub for sub in subfolders if (path / sub).is_dir()]
    files: list[Path] = []
    for folder in present or [path]:
        files.extend(iter_xml_files(folder))
    if not files:
        raise malformed(f"no XML files under {path}", path, None)
    return files


def _required(record: XmlRecord, name: str, path: Path) -> str:
    value = clean(record.text(name))
    if value is None:
        raise malformed(f"<{record.tag}> has no <{name}>", path, record.line_of(name))
    return value


def _dates(record: XmlRecord, path: Path) -> DateRange:
    start = parse_day(record.text("start-date"), "start-date", path, record.line_of("start-date"))
    end_text = clean(record.text("end-date"))
    end = start if end_text is None else parse_day(end_text, "end-date", path,
                                                   record.line_of("end-date"))
    if end < start:
        raise malformed(f"end-date {end} is before start-date {start}", path,
                        record.line_of("end-date"))
    return DateRange(start=start, end=end, precision="day")


def _slug(record: XmlRecord, name: str, path: Path) -> tuple[str, str]:
    found = record.fields.get(name)
    if found is None or not found.attrs.get("id"):
        raise malformed(f"<{record.tag}> has no <{name} id=...>", path, record.line_of(name))
    return found.attrs["id"], clean(found.text) or found.attrs["id"]


def _duplicate_key(record: XmlRecord, who: str, slug: str) -> tuple[str | None, ...]:
    return (who, clean(record.text("role")), record.text("start-date"),
            record.text("end-date"), slug, (clean(record.text("locale")) or "").lower(),
            (clean(record.text("remarks")) or "").lower())


def read_travels(path: Path, stats: ImportStats | None = None) -> Iterator[Event]:
    """``historian-travels``: one CONSULT/visit event per trip (US visitor abroad).

    Exact duplicates (same traveller, role, dates, country, locale and remarks under
    another id) are recognised: the first is kept, the later ones are dropped and
    listed in ``stats.duplicates`` as ``(dropped id, kept id)``.
    """
    stats = stats if stats is not None else ImportStats()
    slugs = historian_slugs()
    seen: dict[tuple[str | None, ...], str] = {}
    for file in _folders(path, ("president-travels", "secretary-travels")):
        for record in read_records(file, "trip"):
            stats.read += 1
            trip_id = _required(record, "id", file)
            role_key = clean(record.text("role")) or record.attrs.get("role", "")
            if role_key not in TRAVELLER_ROLES:
                raise malformed(f"trip {trip_id}: unknown role {role_key!r} (expected "
                                "president or secretary)", file, record.line_of("role"))
            name = _required(record, "name", file)
            dates = _dates(record, file)
            slug, country = _slug(record, "country", file)
            key = _duplicate_key(record, record.attrs.get("who", name), slug)
            if key in seen:
                stats.duplicates.append((trip_id, seen[key]))
                continue
            seen[key] = trip_id
            code = slugs.get(slug)
            if code is None:
                stats.notes[f"unknown slug {slug}"] += 1  # kept, with an unknown recipient code
            title, role = TRAVELLER_ROLES[role_key]
            locale = clean(record.text("locale"))
            remarks = clean(record.text("remarks"))
            where = f"{locale}, {country}" if locale else country
            sentence = f"{title} {name} visited {where}" + (f": {remarks}" if remarks else ".")
            stats.emitted += 1
            yield Event(
                doc_id=f"{TRAVELS}:{trip_id}", event_type="CONSULT", mode="visit", cameo="042",
                score=_VISIT_SCORE,
                actor=Actor(code="USA", sector="GOV", name=name, role=role,
                            text=f"{title} {name}"),
                recipient=Actor(code=code, sector=None, name=country, text=country),
                date=dates, location=Place(name=locale or country, code=code),
                sentence=sentence, span=(0, len(sentence)), confidence=1.0,
                source_dataset=TRAVELS, source_id=trip_id)


def visitor_role(visitor: str) -> tuple[str | None, str]:
    """``"Prime Minister Narendra Modi"`` -> ``("head of government", "Narendra Modi")``."""
    for title, role in VISITOR_TITLES:
        if visitor == title or visitor.startswith(title + " "):
            return role, visitor[len(title):].strip() or visitor
    return None, visitor


def visit_place(description: str | None) -> Place:
    """Washington unless the description names another venue and not Washington."""
    if not description or "Washington" in description:
        return WASHINGTON
    found = [(description.find(p.name), p) for p in US_VENUES if p.name in description]
    return min(found, key=lambda pair: pair[0])[1] if found else WASHINGTON


def read_visits(path: Path, stats: ImportStats | None = None) -> Iterator[Event]:
    """``historian-visits``: one CONSULT/visit event per foreign leader's visit."""
    stats = stats if stats is not None else ImportStats()
    slugs = historian_slugs()
    for file in _folders(path, ("data",)):
        for record in read_records(file, "visit"):
            stats.read += 1
            visit_id = _required(record, "id", file)
            visitor = _required(record, "visitor", file)
            dates = _dates(record, file)
            slug, country = _slug(record, "from", file)
            code = slugs.get(slug)
            if code is None:
                stats.notes[f"unknown slug {slug}"] += 1  # kept, with an unknown visitor code
            description = clean(record.text("description"))
            role, name = visitor_role(visitor)
            sentence = (f"{visitor} ({country}) visited the United States"
                        + (f": {description}" if description else "."))
            stats.emitted += 1
            yield Event(
                doc_id=f"{VISITS}:{visit_id}", event_type="CONSULT", mode="visit", cameo="042",
                score=_VISIT_SCORE,
                actor=Actor(code=code, sector="GOV", name=name, role=role, text=visitor),
                recipient=UNITED_STATES, date=dates, location=visit_place(description),
                sentence=sentence, span=(0, len(sentence)), confidence=1.0,
                source_dataset=VISITS, source_id=visit_id)


__all__ = ["TRAVELLER_ROLES", "TRAVELS", "US_VENUES", "VISITOR_TITLES", "VISITS",
           "WASHINGTON", "read_travels", "read_visits", "visit_place", "visitor_role"]
