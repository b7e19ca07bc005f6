"""multivector.web stage."""
