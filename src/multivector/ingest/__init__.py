"""multivector.ingest stage."""
