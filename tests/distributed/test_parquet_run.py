"""extract_to_parquet in this process with injected tasks: retries, failures, resume.

The tasks here are fakes (no language model), so failure paths are cheap to provoke.
"""

from __future__ import annotations

import json

import pytest

from multivector.distributed import distributed_extractor, extract_to_parquet, read_run
from multivector.errors import ModelError
from multivector.records import Actor, Document, Event
from multivector.store import Store


def _docs(n: int) -> list[Document]:
    return [Document(doc_id=f"d{i}", text=f"Document number {i} about Kazakhstan.")
            for i in range(n)]


def fake_task(documents: list[Document]) -> list[list[Event]]:
    return [[Event(doc_id=d.doc_id, event_type="CONSULT", actor=Actor("CHN"),
                   recipient=Actor("KAZ"), date=None, sentence=d.text, span=(0, len(d.text)))]
            for d in documents]


class Flaky:
    """Fails the first ``failures`` calls on partitions holding ``doc_id``."""

    def __init__(self, doc_id: str, failures: int) -> None:
        self.doc_id, self.failures, self.calls = doc_id, failures, 0

    def __call__(self, documents: list[Document]) -> list[list[Event]]:
        if any(d.doc_id == self.doc_id for d in documents):
            self.calls += 1
            if self.calls <= self.failures:
                raise RuntimeError("injected failure")
        return fake_task(documents)


def _manifest(root) -> list[dict]:
    return [json.loads(line) for line in (root / "_manifest.jsonl").read_text().splitlines()]


def test_all_documents_come_back_in_order(tmp_path):
    docs = _docs(7)
    run = extract_to_parquet(docs, tmp_path, task=fake_task, max_chars=80)
    assert run.ok and run.extracted == len(run.partitions) > 2 and run.documents == 7
    back = list(read_run(run))
    assert [d for d, _ in back] == docs
    assert [rs for _, rs in back] == fake_task(docs)


def test_failed_partition_is_retried_and_reported(tmp_path):
    retried = []
    run = extract_to_parquet(_docs(5), tmp_path, task=Flaky("d3", failures=1), max_chars=80,
                             on_retry=lambda name, attempt, err: retried.append((name, attempt)))
    assert run.ok and run.retries == 1 and len(retried) == 1
    assert [e["status"] for e in _manifest(tmp_path)].count("retry") == 1
    assert len(list(read_run(run))) == 5


def test_partition_failing_every_retry_is_listed_not_dropped(tmp_path):
    run = extract_to_parquet(_docs(5), tmp_path, task=Flaky("d3", failures=99), max_chars=80,
                             retries=2)
    assert not run.ok and len(run.failed) == 1
    failure = run.failed[0]
    assert failure.attempts == 3 and "injected failure" in failure.error
    assert any(e["status"] == "failed" and e["partition"] == failure.partition
               for e in _manifest(tmp_path))
    assert run.extracted == len(run.partitions) - 1


def test_rerun_extracts_only_what_is_missing(tmp_path):
    docs = _docs(6)
    first = extract_to_parquet(docs, tmp_path, task=Flaky("d4", failures=99), max_chars=80,
                               retries=0)
    counting = Flaky("none", failures=0)
    calls = []

    def task(documents):
        calls.append([d.doc_id for d in documents])
        return counting(documents)

    second = extract_to_parquet(docs, tmp_path, task=task, max_chars=80)
    assert second.ok and second.skipped == len(first.partitions) - 1 and second.extracted == 1
    assert any("d4" in ids for ids in calls) and len(calls) == 1
    assert len(list(read_run(second))) == 6


def test_ingest_stores_nothing_when_a_partition_fails(tmp_path):
    extractor = distributed_extractor(tmp_path / "parts", task=Flaky("d2", failures=99),
                                      max_chars=80, retries=1)
    with Store(":memory:") as store:
        with pytest.raises(ModelError) as caught:
            store.ingest(_docs(4), extractor=extractor, one_transaction=True)
        assert caught.value.code == "MV204" and "rerun" in caught.value.message
        assert store.conn.execute("SELECT count(*) FROM documents").fetchall()[0][0] == 0
        good = distributed_extractor(tmp_path / "parts", task=fake_task, max_chars=80)
        summary = store.ingest(_docs(4), extractor=good, one_transaction=True)
    assert summary.docs_new == 4 and summary.events == 4


def test_one_transaction_ingest_rolls_back_everything(tmp_path):
    def breaks_late(documents):
        for i, doc in enumerate(documents):
            if i == 40:
                raise KeyboardInterrupt
            yield doc, fake_task([doc])[0]

    with Store(":memory:") as store:
        with pytest.raises(KeyboardInterrupt):
            store.ingest(_docs(50), extractor=breaks_late, batch_size=8, one_transaction=True)
        assert store.conn.execute("SELECT count(*) FROM documents").fetchall()[0][0] == 0
        with pytest.raises(KeyboardInterrupt):
            store.ingest(_docs(50), extractor=breaks_late, batch_size=8)
        assert store.conn.execute("SELECT count(*) FROM documents").fetchall()[0][0] == 40
