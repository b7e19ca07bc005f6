"""Small helpers shared by the ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from multivector.errors import InputError, MultivectorError
from multivector.ingest import read_documents
from multivector.records import Document

FIXTURES = Path(__file__).parent / "fixtures"


def read_all(*paths: str | Path, **options) -> list[Document]:
    return list(read_documents([str(p) for p in paths], **options))


def read_collecting(*paths: str | Path, **options) -> tuple[list[Document], list[MultivectorError]]:
    errors: list[MultivectorError] = []
    documents = list(read_documents([str(p) for p in paths], on_error=errors.append, **options))
    return documents, errors


def raises_input_error(code: str, *paths: str | Path, **options) -> InputError:
    with pytest.raises(InputError) as info:
        read_all(*paths, **options)
    assert info.value.code == code, info.value.render()
    return info.value
