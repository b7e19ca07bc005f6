"""multivector.store: the DuckDB event store (documents, mentions, distinct events).

Only this package imports duckdb.  See docs/store.md.
"""

from multivector.store.importing import ImportSummary
from multivector.store.ingesting import IngestSummary
from multivector.store.progress import NullProgress, Progress
from multivector.store.store import Store, StoredDocument

__all__ = ["ImportSummary", "IngestSummary", "NullProgress", "Progress", "Store", "StoredDocument"]
