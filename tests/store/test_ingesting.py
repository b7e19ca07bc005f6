"""Ingest: idempotence, replacement of changed documents, interruption and resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from storefakes import FakeExtractor, document, mention, visit_records

from multivector.errors import MultivectorError
from multivector.records import Document
from multivector.store import Store

SRC = Path(__file__).resolve().parents[2] / "src"


def _docs(n: int) -> list[Document]:
    return [document(f"d{i}") for i in range(n)]


def _extractor(n: int, **kw) -> FakeExtractor:  # type: ignore[no-untyped-def]
    return FakeExtractor({f"d{i}": visit_records(f"d{i}") for i in range(n)}, **kw)


def test_reingesting_unchanged_documents_does_nothing(store):
    first = store.ingest(_docs(4), extractor=_extractor(4))
    assert (first.docs_new, first.events, first.indicators, first.distinct_events) == (4, 4, 4, 1)
    again = _extractor(4)
    second = store.ingest(_docs(4), extractor=again)
    assert again.seen == []  # unchanged documents never reach the extractor
    assert (second.docs_unchanged, second.docs_new, second.events) == (4, 0, 0)
    assert store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 4
    runs = store.conn.execute("SELECT status, docs_new, docs_unchanged FROM ingest_runs "
                              "ORDER BY run_id").fetchall()
    assert runs == [("done", 4, 0), ("done", 0, 4)]


def test_a_changed_document_replaces_its_own_records(store):
    store.ingest(_docs(2), extractor=_extractor(2))
    changed = document("d0", text="A new text about a phone call.")
    call = mention("d0", "CHN", "KAZ", "2022-10-01", mode="phone")
    summary = store.ingest([changed], extractor=FakeExtractor({"d0": [call]}))
    assert (summary.docs_replaced, summary.docs_new) == (1, 0)
    assert store.document("d0").text == "A new text about a phone call."
    modes = sorted(e.mode for e in store.mentions())
    assert modes == ["phone", "visit"]  # d0's visit is gone, d1's stays
    assert len(store.indicators()) == 1
    assert store.count_events() == 2


def test_the_same_document_twice_in_one_run_is_stored_once(store):
    summary = store.ingest([document("d0"), document("d0")], extractor=_extractor(1))
    assert (summary.docs_new, summary.docs_unchanged) == (1, 1)
    assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_an_extractor_crash_keeps_whole_batches_and_a_rerun_completes(store):
    with pytest.raises(RuntimeError):
        store.ingest(_docs(7), extractor=_extractor(7, fail_after=5), batch_size=2)
    # batches of two: d0..d3 committed, d4 was pending and is not half-written
    assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
    assert store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 4
    assert store.conn.execute("SELECT status FROM ingest_runs").fetchone()[0] == "failed"
    resumed = _extractor(7)
    summary = store.ingest(_docs(7), extractor=resumed, batch_size=2)
    assert resumed.seen == ["d4", "d5", "d6"]
    assert (summary.docs_new, summary.docs_unchanged) == (3, 4)
    assert store.conn.execute("SELECT count(*), count(DISTINCT event_id) FROM mentions"
                              ).fetchone() == (7, 7)
    assert store.count_events() == 1


def test_ctrl_c_rolls_back_the_batch_being_written(store, monkeypatch):
    calls = {"n": 0}
    original = Store.write_documents

    def interrupted(self, items):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        result = original(self, items)
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return result

    monkeypatch.setattr(Store, "write_documents", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.ingest(_docs(6), extractor=_extractor(6), batch_size=2)
    assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 2
    assert store.conn.execute("SELECT status FROM ingest_runs").fetchone()[0] == "interrupted"


def test_bad_records_are_reported_and_skipped_when_on_error_is_given(store):
    wrong = FakeExtractor({"d0": [mention("other", "CHN", "KAZ", "2022-09-14")],
                           "d1": visit_records("d1")})
    errors: list[MultivectorError] = []
    summary = store.ingest(_docs(2), extractor=wrong, on_error=errors.append)
    assert (summary.docs_failed, summary.docs_new) == (1, 1)
    assert errors[0].code == "MV401"
    with pytest.raises(MultivectorError):
        store.ingest([document("d9")], extractor=FakeExtractor(
            {"d9": [mention("other", "CHN", "KAZ", "2022-09-14")]}))


def test_progress_is_told_about_every_document(store):
    class Recorder:
        def __init__(self) -> None:
            self.calls: list[tuple] = []

        def start(self, total):  # type: ignore[no-untyped-def]
            self.calls.append(("start", total))

        def advance(self, n=1, **info):  # type: ignore[no-untyped-def]
            self.calls.append(("advance", n, info.get("events")))

        def finish(self):  # type: ignore[no-untyped-def]
            self.calls.append(("finish",))

    recorder = Recorder()
    store.ingest(_docs(3), extractor=_extractor(3), batch_size=2, progress=recorder)
    assert recorder.calls[0] == ("start", None) and recorder.calls[-1] == ("finish",)
    assert sum(c[1] for c in recorder.calls if c[0] == "advance") == 3
    assert recorder.calls[-2][2] == 3


_CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from storefakes import FakeExtractor, document, visit_records
    from multivector.store import Store

    class Tell:
        def start(self, total): pass
        def advance(self, n=1, **info):
            print("batch", flush=True)
        def finish(self): pass

    class Slow(FakeExtractor):
        def __call__(self, documents):
            for item in super().__call__(documents):
                time.sleep(0.05)
                yield item

    docs = [document(f"d{{i}}") for i in range(40)]
    extractor = Slow({{f"d{{i}}": visit_records(f"d{{i}}") for i in range(40)}})
    with Store(sys.argv[1]) as store:
        store.ingest(docs, extractor=extractor, batch_size=3, progress=Tell())
""")


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_kill_9_mid_ingest_leaves_whole_batches_and_a_rerun_completes(tmp_path):
    db = tmp_path / "killed.duckdb"
    script = tmp_path / "child.py"
    script.write_text(_CHILD.format(tests=str(Path(__file__).parent)))
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    child = subprocess.Popen([sys.executable, str(script), str(db)], stdout=subprocess.PIPE,
                             text=True, env=env)
    try:
        for _ in range(2):
            assert child.stdout.readline().strip() == "batch"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    with Store(db) as store:
        docs, mentions = store.conn.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions)").fetchone()
        assert 6 <= docs < 40 and docs % 3 == 0 and mentions == docs
        summary = store.ingest([document(f"d{i}") for i in range(40)],
                               extractor=_extractor(40))
        assert summary.docs_unchanged == docs and summary.docs_new == 40 - docs
        assert store.conn.execute("SELECT count(*), count(DISTINCT event_id) FROM mentions"
                                  ).fetchone() == (40, 40)
        assert store.conn.execute("SELECT count(*) FROM mentions WHERE cluster_id IS NULL"
                                  ).fetchone()[0] == 0


@pytest.mark.model
def test_real_extractor_ingest_is_idempotent(store):
    pytest.importorskip("multivector.nlp.extract")
    from datetime import date

    text = "Chinese President Xi Jinping visited Kazakhstan on September 14, 2022."
    doc = Document(doc_id="xi", text=text, published=date(2022, 9, 15))
    try:
        first = store.ingest([doc], workers=1)
    except ImportError as err:  # extraction still being assembled
        pytest.skip(f"extraction not importable: {err}")
    assert first.docs_new == 1 and first.events >= 1
    second = store.ingest([doc], workers=1)
    assert second.docs_unchanged == 1 and second.events == 0
