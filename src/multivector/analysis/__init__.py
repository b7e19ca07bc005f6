"""multivector.analysis stage."""
