"""The top-level package: every advertised name resolves, and completion lists them."""

from __future__ import annotations

import multivector


def test_every_public_name_resolves_and_is_listed():
    for name in multivector.__all__:
        assert getattr(multivector, name) is not None, name
    assert set(multivector.__all__) <= set(dir(multivector))
    assert "Any" not in dir(multivector)


def test_unknown_name_is_an_attribute_error():
    try:
        multivector.no_such_thing  # noqa: B018
    except AttributeError as err:
        assert "no_such_thing" in str(err)
    else:
        raise AssertionError("no AttributeError")
