"""multivector.actors stage."""
