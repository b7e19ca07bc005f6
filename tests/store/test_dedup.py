"""Deduplication rules on hand-built mentions."""

from __future__ import annotations

from storefakes import document, mention

from multivector.store import Store, StoredDocument
from multivector.store.rows import group_key


def _store_mentions(store: Store, events) -> None:  # type: ignore[no-untyped-def]
    by_doc: dict[str, list] = {}
    for event in events:
        by_doc.setdefault(event.doc_id, []).append(event)
    with store.transaction():
        store.write_documents([StoredDocument(document(d), evs) for d, evs in by_doc.items()])


def test_same_visit_from_three_documents_is_one_event_with_three_sources(store):
    _store_mentions(store, [
        mention("a", "CHN", "KAZ", "2022-09-14", place="Astana", place_code="KAZ"),
        mention("b", "CHN", "KAZ", "2022-09-14", place=None, role="head of state", confidence=0.6),
        mention("c", "CHN", "KAZ", "2022-09-01", end="2022-09-30", precision="month",
                confidence=0.95),
    ])
    found = store.distinct_events()
    assert len(found) == 1
    assert {s.doc_id for s in found[0].sources} == {"a", "b", "c"}
    event = found[0].event
    assert event.date.precision == "day" and event.date.start.isoformat() == "2022-09-14"
    assert event.location is not None and event.location.name == "Astana"
    assert event.actor.role == "head of state"
    assert event.confidence == 0.95  # the most confident mention is the base
    assert store.conn.execute("SELECT count(DISTINCT cluster_id), count(*) FROM mentions "
                              "WHERE cluster_id IS NOT NULL").fetchone() == (1, 3)


def test_phone_call_and_visit_on_the_same_day_stay_apart(store):
    _store_mentions(store, [mention("a", "CHN", "KAZ", "2022-09-14", mode="visit"),
                            mention("b", "CHN", "KAZ", "2022-09-14", mode="phone")])
    assert store.count_events() == 2


def test_unknown_mode_joins_a_visit(store):
    _store_mentions(store, [mention("a", "CHN", "KAZ", "2022-09-14", mode="visit"),
                            mention("b", "CHN", "KAZ", "2022-09-14", mode=None)])
    assert store.count_events() == 1


def test_different_months_stay_apart_and_a_month_holds_its_day(store):
    _store_mentions(store, [
        mention("a", "RUS", "KAZ", "2022-09-01", end="2022-09-30", precision="month"),
        mention("b", "RUS", "KAZ", "2022-10-01", end="2022-10-31", precision="month"),
        mention("c", "RUS", "KAZ", "2022-10-12"),
    ])
    found = store.distinct_events()
    assert [(e.event.date.start.month, len(e.sources)) for e in found] == [(9, 1), (10, 2)]


def test_unordered_dyads_merge_but_ordered_types_do_not(store):
    _store_mentions(store, [
        mention("a", "KAZ", "CHN", "2022-09-14", event_type="AGREE", mode=None),
        mention("b", "CHN", "KAZ", "2022-09-14", event_type="AGREE", mode=None),
        mention("c", "KAZ", "CHN", "2022-09-14", event_type="ACCUSE", mode=None),
        mention("d", "CHN", "KAZ", "2022-09-14", event_type="ACCUSE", mode=None),
    ])
    assert store.count_events(event_type="AGREE") == 1
    assert store.count_events(event_type="ACCUSE") == 2


def test_adjacent_days_merge_but_a_week_does_not_chain(store):
    _store_mentions(store, [mention(f"d{i}", "USA", "KAZ", f"2022-03-0{i}") for i in range(1, 8)])
    # complete linkage: each cluster spans at most three consecutive days
    found = store.distinct_events()
    assert 2 <= len(found) <= 4
    assert sum(len(e.sources) for e in found) == 7


def test_locations_in_different_countries_stay_apart(store):
    _store_mentions(store, [
        mention("a", "KAZ", "CHN", "2022-09-14", place="Astana", place_code="KAZ"),
        mention("b", "KAZ", "CHN", "2022-09-14", place="Samarkand", place_code="UZB"),
        mention("c", "KAZ", "CHN", "2022-09-14", place="Almaty", place_code="KAZ"),
    ])
    assert sorted(len(e.sources) for e in store.distinct_events()) == [1, 2]


def test_mentions_with_an_unknown_side_or_date_stay_alone(store):
    _store_mentions(store, [mention("a", "CHN", None, "2022-09-14"),
                            mention("b", "CHN", None, "2022-09-14"),
                            mention("c", "CHN", "KAZ", None), mention("d", "CHN", "KAZ", None)])
    assert store.count_events() == 4


def test_group_key_orders_only_the_directed_types():
    assert group_key(mention("a", "KAZ", "CHN", "2022-01-01")) == "CONSULT:CHN~KAZ"
    assert group_key(mention("a", "KAZ", "CHN", "2022-01-01", event_type="THREATEN")) == "THREATEN:KAZ>CHN"


def test_five_articles_and_two_datasets_are_seven_sources(store):
    news = [mention(f"n{i}", "CHN", "KAZ", "2022-09-14") for i in range(5)]
    data = [mention(f"ds{i}", "KAZ", "CHN", "2022-09-13", end="2022-09-14", dataset=f"set{i}",
                    source_id=str(i)) for i in range(2)]
    _store_mentions(store, news + data)
    found = store.distinct_events()
    assert len(found) == 1 and len(found[0].sources) == 7
    assert {s.dataset for s in found[0].sources} == {"news", "set0", "set1"}
    assert store.count_events(dataset="set1") == 1


def test_full_recluster_gives_the_same_clusters(store):
    _store_mentions(store, [mention("a", "CHN", "KAZ", "2022-09-14"),
                            mention("b", "CHN", "KAZ", "2022-09-15"),
                            mention("c", "CHN", "KAZ", "2022-11-15")])
    before = sorted(store.conn.execute("SELECT event_id, cluster_id FROM mentions").fetchall())
    assert store.recluster() == 2
    after = sorted(store.conn.execute("SELECT event_id, cluster_id FROM mentions").fetchall())
    assert before == after
