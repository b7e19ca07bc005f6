"""multivector.coding stage."""
