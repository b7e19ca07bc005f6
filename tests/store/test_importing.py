"""Import: provenance documents, idempotence, atomicity."""

from __future__ import annotations

import pytest
from storefakes import mention

from multivector.errors import InputError
from multivector.store.importing import import_dataset, provenance_text


def _reader(events):  # type: ignore[no-untyped-def]
    def read(kind, path):  # type: ignore[no-untyped-def]
        yield from events
    return read


def _records():  # type: ignore[no-untyped-def]
    with_sentence = mention("icews:story1", "RUS", "KAZ", "2018-06-01", event_type="ACCUSE",
                            mode=None, source_id="e1", span=None)  # type: ignore[arg-type]
    bare = mention("icews:story1", "KAZ", "CHN", "2018-06-01", source_id="e2",
                   span=None).with_changes(sentence=None)  # type: ignore[arg-type]
    return [with_sentence, bare]


def test_import_links_every_event_to_a_document_span_and_keeps_ids(store):
    summary = import_dataset(store, "icews", "x.tab", reader=_reader(_records()))
    assert (summary.rows_read, summary.rows_new, summary.rows_duplicate) == (2, 2, 0)
    doc = store.document("icews:story1")
    assert doc is not None
    for event in store.mentions():
        assert event.source_dataset == "icews" and event.source_id in {"e1", "e2"}
        start, end = event.span
        assert doc.text[start:end] == event.sentence
    assert "KAZ CONSULT/visit CHN, 2018-06-01" in doc.text


def test_importing_twice_adds_nothing(store):
    import_dataset(store, "icews", "x.tab", reader=_reader(_records()))
    before = store.conn.execute("SELECT count(*), (SELECT count(*) FROM documents), "
                                "(SELECT text FROM documents) FROM mentions").fetchone()
    again = import_dataset(store, "icews", "x.tab", reader=_reader(_records()))
    assert (again.rows_new, again.rows_duplicate) == (0, 2)
    after = store.conn.execute("SELECT count(*), (SELECT count(*) FROM documents), "
                               "(SELECT text FROM documents) FROM mentions").fetchone()
    assert before == after


def test_a_malformed_line_leaves_the_database_as_it_was(store):
    def broken(kind, path):  # type: ignore[no-untyped-def]
        yield from _records()
        raise InputError("bad row", code="MV108", path="x.tab", line=3)

    with pytest.raises(InputError):
        import_dataset(store, "icews", "x.tab", reader=broken, batch_size=1)
    assert store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM import_runs").fetchone()[0] == 0


def test_provenance_text_describes_a_record_without_sentence():
    event = mention("h:1", "USA", "KAZ", "1991-12-16", end="1991-12-17", place="Almaty",
                    source_id="452").with_changes(sentence=None)
    assert provenance_text("historian-travels", event) == (
        "historian-travels record 452: USA CONSULT/visit KAZ, 1991-12-16 to 1991-12-17, Almaty")


def test_real_icews_sample_imports_once(store, shared_data):
    pytest.importorskip("multivector.store.importers")
    path = shared_data / "icews-sample" / "events.2018.sample.tab"
    first = store.import_events("icews", path)
    assert first.rows_new > 3000 and first.distinct_events < first.rows_new
    second = store.import_events("icews", path)
    assert second.rows_new == 0 and second.rows_duplicate == first.rows_read
    assert store.conn.execute("SELECT count(*) FROM mentions m LEFT JOIN documents d "
                              "USING (doc_id) WHERE d.doc_id IS NULL").fetchone()[0] == 0
