"""Connecting to a Dask cluster, or starting a local one, with the model loaded once.

Workers are processes with one thread each: spaCy holds the GIL, so threads would not
run extraction in parallel.  A worker plugin loads the language model when a worker
starts (and again when a killed worker is replaced), so no partition pays for it.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import dask
from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from multivector.errors import ModelError


# Only clusters multivector starts itself are tuned; docs/scale.md tells operators of
# remote clusters how to do the same.
# - Monitoring wakes each worker's event loop, which then takes the GIL from the thread
#   running spaCy; polling less often leaves a little more CPU to extraction.
# - Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536.  Setting that variable
#   at all turns off glibc's adaptive mmap threshold, so every array over 128 KiB that
#   the parser allocates is mmap'd and unmapped again, page faults included: a worker
#   then spent ~25% more CPU per document than a plain process (bench/scale.py).  None
#   removes the variable; workers hold one model and trim nothing worth trimming.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.tick.interval": "1s",
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


class PreloadModel(WorkerPlugin):
    """Dask worker plugin: load multivector's pipeline once per worker process."""

    name = "multivector-preload-model"
    idempotent = True

    def setup(self, worker: Any) -> None:
        from multivector.nlp.pipeline import load_pipeline

        load_pipeline()

    def teardown(self, worker: Any) -> None:
        pass


def check_model() -> None:
    """Fail before starting a cluster when the model is missing here (MV201)."""
    from multivector.nlp.pipeline import MODEL_PACKAGE

    if importlib.util.find_spec(MODEL_PACKAGE) is None:
        raise ModelError(f"the English model {MODEL_PACKAGE!r} is not installed: run "
                         "'make install'", code="MV201")


@contextmanager
def dask_client(address: str | None = None, *, workers: int = 2) -> Iterator[Any]:
    """A Dask client on the cluster at ``address``, or on a new local cluster of ``workers``.

    A local cluster is closed on exit; a remote one is only disconnected from.
    """
    check_model()
    cluster = None
    try:
        if address:
            client = Client(address, timeout="30s")
        else:
            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        raise ModelError(f"cannot reach the Dask cluster at {address or 'localhost'}: {err}; "
                         "check the scheduler address (tcp://HOST:8786)", code="MV203") from None
    try:
        client.register_plugin(PreloadModel())
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def worker_count(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))
