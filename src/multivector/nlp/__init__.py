"""multivector.nlp stage."""
