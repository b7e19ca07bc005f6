"""The CLI's choice lists agree with the library they drive."""

from __future__ import annotations

from multivector import cli
from multivector.store.api import DATASET_KINDS


def test_import_kinds_are_the_store_importers():
    # The CLI keeps its own list so that `multivector --help` does not load the store.
    assert tuple(cli.DATASET_KINDS) == DATASET_KINDS
