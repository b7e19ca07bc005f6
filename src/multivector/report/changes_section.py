"""The briefing's opening section: what changed (analysis/changes.py), cited."""

from __future__ import annotations

from multivector.analysis.changes import ALPHA, Changes, Comparison
from multivector.analysis.unga import POWERS
from multivector.codes import short_name
from multivector.report.citations import Citations
from multivector.report.content import Section
from multivector.report.text import Part, Rich, fmt_day, fmt_range

HEADING = "What changed"
MAX_CITED = 6  # events cited per flag; the rest are counted


def _flag_bullet(flag: Comparison, citations: Citations) -> Rich:
    refs = flag.events if flag.direction == "up" else flag.baseline_refs
    baseline_words = {"4w": "4-week", "52w": "52-week"}[flag.baseline]
    verb = "more" if flag.direction == "up" else "fewer"
    parts: list[Part] = [
        f"{short_name(flag.partner)}: {flag.observed} event{'s' if flag.observed != 1 else ''} "
        f"in the latest {flag.window} ({fmt_range(flag.window_span.start, flag.window_span.end)}),"
        f" {verb} than the {flag.expected:.1f} expected from its {baseline_words} baseline "
        f"({flag.baseline_events} from {fmt_range(flag.baseline_span.start, flag.baseline_span.end)};"
        f" p = {flag.p_adjusted:.3g} after Holm's correction)"]
    if flag.note:
        parts.append(f", {flag.note}")
    cited = [ref for ref in refs if ref.item is not None][:MAX_CITED]
    if cited:
        parts.append(" ")
        parts += [citations.cite_event(ref.item) for ref in cited]  # type: ignore[arg-type]
    if len(refs) > len(cited):
        parts.append(f" and {len(refs) - len(cited)} more")
    parts.append(".")
    return tuple(parts)


def changes_section(changes: Changes, citations: Citations) -> Section:
    """Flags first (each cited to its events), then the UN votes beside the events' tilt."""
    if changes.at is None:
        return Section(HEADING, paragraphs=((f"No dated events of {short_name(changes.country)} "
                                              "to compare.",),))
    paragraphs: list[Rich] = [(
        f"Computed by multivector up to {fmt_day(changes.at)}: each partner's distinct events "
        "in the latest week, month and quarter against its own 4- and 52-week baselines "
        "(rates per week scaled to the window), tested with a two-sided mid-p Poisson test "
        f"and Holm's correction over {changes.tests} comparisons; flagged when p < {ALPHA} "
        "with at least 3 events on the larger side (docs/balance.md).",)]
    bullets = tuple(_flag_bullet(flag, citations) for flag in changes.flags)
    if not bullets:
        paragraphs.append(("No partner's engagement differs from its baselines by more than "
                           "chance would give.",))
    if changes.votes is not None:
        latest = changes.votes.latest
        shares = ", ".join(
            f"{short_name(p)} {latest.agreement[p]:.0%}" for p in POWERS
            if latest.agreement.get(p) is not None)
        paragraphs.append((f"UN General Assembly votes, session {latest.session} "
                           f"({latest.year}): {short_name(changes.country)} voted with {shares} "
                           "(Bailey, Strezhnev & Voeten, Harvard Dataverse, June 2024).",))
    words = changes.divergence()
    if words:
        paragraphs.append((words,))
    return Section(HEADING, paragraphs=tuple(paragraphs), bullets=bullets)
