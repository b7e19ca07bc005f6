"""Library entry point for ``multivector brief``: the only report code that reads the store."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from multivector.analysis.api import changes_over, check_codes, open_store
from multivector.errors import InputError
from multivector.report.brief import compose_brief

EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class BriefResult:
    path: Path | None  # where the briefing was written (None: not written)
    text: str  # the Markdown or HTML
    fmt: str  # "md" or "html"
    chart_paths: tuple[Path, ...] = ()
    charts: dict[str, str] = field(default_factory=dict)  # Markdown: file name -> SVG


def format_for(out: str | Path) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in EXTENSIONS:
        raise InputError(f"cannot tell the briefing format from {out}: end the file name in "
                         ".md or .html", code="MV106", path=str(out))
    return EXTENSIONS[suffix]


def _umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_atomically(path: Path, text: str) -> None:
    """Write beside the target and rename, so no half-written file is ever left."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); a briefing is an ordinary file: 0666 - umask.
        os.chmod(temporary, 0o666 & ~_umask())
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def brief(country: str, *, db: str | Path, date_from: date | None = None,
          date_to: date | None = None, partners: Sequence[str] | None = None,
          out: str | Path | None = None) -> BriefResult:
    """Build the briefing for ``country`` from ``db``; write it to ``out`` when given.

    ``out`` ending in .md writes Markdown plus the charts as SVG files beside it
    (``<stem>-shares.svg``, ``<stem>-cooperation.svg``); ``.html`` writes one
    self-contained page.  Without ``out`` nothing is written and the Markdown is
    returned (its chart links then point to files that do not exist).
    """
    country, chosen, blocs = check_codes(country, partners, None)
    fmt = format_for(out) if out is not None else "md"
    target = Path(out) if out is not None else None
    if target is not None and not target.parent.exists():
        raise InputError(f"folder {target.parent} does not exist: create it or choose another "
                         "--out", path=str(target))
    with open_store(db) as store:
        # What changed looks back from the briefing's last day (or the latest event).
        changes = changes_over(store.distinct_events, country, chosen, blocs, date_to)
        events = store.distinct_events(country=country, date_from=date_from, date_to=date_to)
        indicators = store.indicators(country=country, date_from=date_from, date_to=date_to)
        document = compose_brief(country, events, indicators, date_from=date_from,
                                 date_to=date_to, partners=chosen, blocs=blocs,
                                 documents_lookup=store.document, fmt=fmt,
                                 chart_stem=target.stem if target is not None else None,
                                 changes=changes)
    chart_paths: list[Path] = []
    if target is not None:
        for name, svg in document.charts.items():
            chart_path = target.parent / name
            _write_atomically(chart_path, svg)
            chart_paths.append(chart_path)
        _write_atomically(target, document.text)
    return BriefResult(path=target, text=document.text, fmt=fmt,
                       chart_paths=tuple(chart_paths), charts=dict(document.charts))
