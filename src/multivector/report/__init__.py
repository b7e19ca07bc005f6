"""multivector.report: analyst briefings with citations (docs/brief.md)."""

from multivector.report.api import BriefResult, brief
from multivector.report.brief import BriefDocument, compose_brief, render_brief

__all__ = ["BriefDocument", "BriefResult", "brief", "compose_brief", "render_brief"]
