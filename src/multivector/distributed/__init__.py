"""multivector.distributed: extraction on a Dask cluster, results as Parquet partitions.

See docs/scale.md.  Only this package imports dask/distributed (and lazily, so
``import multivector`` does not need them).
"""

from multivector.distributed.ingest import default_parts_dir, distributed_extractor
from multivector.distributed.partitions import Partition, partition_documents
from multivector.distributed.run import (
    ParquetRun, PartitionFailure, extract_partition, extract_to_parquet, read_run,
)

__all__ = ["ParquetRun", "Partition", "PartitionFailure", "default_parts_dir",
           "distributed_extractor", "extract_partition", "extract_to_parquet",
           "partition_documents", "read_run"]
