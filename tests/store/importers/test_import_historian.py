"""historian-travels and historian-visits on the real Office of the Historian files."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from sharedpaths import shared_path

from multivector.store.importers.codes import historian_slugs, is_country
from multivector.store.importers.historian import WASHINGTON, visit_place, visitor_role


def test_travels_counts_and_duplicates(travels):
    events, stats = travels
    assert stats.read == 4271
    # the README's four duplicate trips are two pairs: the later id of each pair is dropped
    assert sorted(stats.duplicates) == [("4019", "3992"), ("4020", "3993")]
    assert stats.emitted == len(events) == 4271 - len(stats.duplicates)
    roles = Counter(e.actor.role for e in events)
    assert roles == {"head of state": 832, "foreign minister": 3439 - 2}
    assert len({e.doc_id for e in events}) == len(events)


def test_duplicate_pairs_really_are_the_same_trip(travels):
    events, stats = travels
    by_id = {e.source_id: e for e in events}
    for dropped, kept in stats.duplicates:
        assert dropped not in by_id and kept in by_id
        assert by_id[kept].actor.name == "Antony John Blinken"


def test_travel_records_are_us_visits_abroad(travels):
    events, _ = travels
    for event in events:
        assert (event.event_type, event.mode) == ("CONSULT", "visit")
        assert event.actor.code == "USA" and event.actor.sector == "GOV"
        assert event.recipient.code is not None and event.recipient.code != "USA"
        assert event.date.precision == "day" and event.date.start <= event.date.end
        assert event.span == (0, len(event.sentence)) and event.confidence == 1.0
        assert event.doc_id == f"historian-travels:{event.source_id}"
        assert event.location.code == event.recipient.code


def test_the_ten_us_trips_to_kazakhstan(travels):
    events, _ = travels
    trips = sorted((e.date.start.isoformat(), e.actor.name.split()[-1], e.location.name)
                   for e in events if e.recipient.code == "KAZ")
    assert [(day, who) for day, who, _ in trips] == [
        ("1991-12-17", "Baker"), ("1993-10-23", "Christopher"), ("2000-04-15", "Albright"),
        ("2001-12-08", "Powell"), ("2005-10-12", "Rice"), ("2008-10-05", "Rice"),
        ("2010-11-30", "Clinton"), ("2015-11-02", "Kerry"), ("2020-02-01", "Pompeo"),
        ("2023-02-27", "Blinken")]
    blinken = next(e for e in events if e.recipient.code == "KAZ" and "Blinken" in e.actor.name)
    assert blinken.actor.role == "foreign minister"
    assert blinken.sentence.startswith("Secretary of State Antony John Blinken visited Astana")


def test_every_slug_in_the_data_maps_to_a_code():
    slugs = historian_slugs()
    found: set[str] = set()
    for folder, tag in (("historian-travels", "country"), ("historian-visits", "from")):
        for file in shared_path(folder).rglob("*.xml"):
            root = ET.parse(file).getroot()
            found |= {el.get("id") for el in root.iter(tag) if el.get("id")}
    assert len(found) > 200
    missing = sorted(found - slugs.keys())
    assert missing == []
    assert all(is_country(slugs[s]) for s in found)
    assert slugs["russia"] == "RUS" and slugs["korea-south"] == "KOR"


def test_visits_counts_and_direction(visits):
    events, stats = visits
    assert stats.read == stats.emitted == len(events) == 3264
    assert all(e.recipient.code == "USA" and e.actor.code not in (None, "USA") for e in events)
    assert all(e.location.code == "USA" for e in events)
    assert sum(e.actor.code == "KAZ" for e in events) == 12
    nazarbayev = [e for e in events if e.actor.code == "KAZ" and "Nazarbayev" in e.actor.name]
    assert nazarbayev and all(e.actor.role == "head of state" for e in nazarbayev)


def test_visitor_roles():
    assert visitor_role("Prime Minister Narendra Modi") == ("head of government", "Narendra Modi")
    assert visitor_role("King Abdullah II") == ("head of state", "Abdullah II")
    assert visitor_role("Crown Prince Mohammed") == (None, "Mohammed")
    assert visitor_role("Kingsley Amis") == (None, "Kingsley Amis")


def test_visit_place():
    assert visit_place(None) == WASHINGTON
    assert visit_place("Met with the President at Camp David.").name == "Camp David"
    assert visit_place("Official visit to Washington; stopped in New York.") == WASHINGTON
    assert visit_place("Addressed the UN General Assembly in New York; then Chicago.").name == "New York"
