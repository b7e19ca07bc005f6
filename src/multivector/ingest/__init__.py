"""Reading documents: plain text, HTML, JSONL, CSV and RSS/Atom into ``Document`` records.

The first stage of the pipeline (``ingest -> nlp -> ...``).  See docs/input.md for the
formats, metadata fields, date rules and error codes.
"""

from multivector.ingest.dates import parse_published
from multivector.ingest.reader import read_documents
from multivector.ingest.sniff import EXTENSION_FORMATS, FORMATS

__all__ = ["EXTENSION_FORMATS", "FORMATS", "parse_published", "read_documents"]
