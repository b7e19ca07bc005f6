"""multivector.report stage."""
