"""multivector.store stage."""
