"""Reconciling the trigger lexicon's event types with the learned typer's.

The dependency rules are exact about *who* did something to *whom*, *when* and *where*,
and about what makes a report no event at all (negation, conditions, forecasts). The
words that say *what* was done are endless; a lexicon lists some of them, and a word can
mean different acts ("the court freed the journalist" is a concession, "the army freed
the hostages" a rescue). The typer (``nlp/typer.py``) has read a sentence as a whole.

For one sentence, with the typer's ranked types:

- a rule event whose type the typer ranks first comes first among the sentence's events;
- where the typer is confident of another type and gives the rules' one almost no
  chance, the main rule event takes the typer's type (its parties, dates and places
  stay the rules');
- where the rules found nothing, a confident typer makes the sentence's main clause the
  trigger and the rules then read its parties, negation, tense and date as for any verb.

The thresholds were chosen by cross-validation on the labelled sentences (bench/crossval.py)
and checked on the real-news development files; docs/typer.md gives the figures.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from multivector.coding.arguments import SPEECH_VERBS
from multivector.coding.cameo import crosswalk
from multivector.coding.lexicon import Trigger
from multivector.nlp.typer import TypeScores

if TYPE_CHECKING:  # pragma: no cover
    from multivector.coding.events import Candidate


@dataclass(frozen=True)
class Thresholds:
    retype: float = 0.80  # the typer's confidence needed to overrule the lexicon
    doubt: float = 0.05  # ... when it gives the lexicon's type at most this probability
    new: float = 0.60  # the typer's confidence needed to code a sentence the lexicon missed
    also: float = 0.80  # ... to add its act to the other acts the rules found in a sentence


DEFAULT = Thresholds()
NO_EVENT = "NONE"  # the typer's label for a sentence that reports no act
# Types whose lexicon triggers are exact about the kind of act: a visit, a phone call
# and a summit are what they are, whatever else the sentence is about.
EXACT_MODES = frozenset({"visit", "phone", "multilateral"})


@lru_cache(maxsize=1)
def generic_cameo() -> dict[str, str]:
    """The most general CAMEO code of each PLOVER type (``ACCUSE`` -> ``110``)."""
    best: dict[str, str] = {}
    for code, mapping in crosswalk().items():
        if mapping.event_type is None or mapping.swap_roles:
            continue
        current = best.get(mapping.event_type)
        if current is None or (len(code), code) < (len(current), current):
            best[mapping.event_type] = code
    return best


@dataclass(frozen=True)
class TriggerGroup:
    """The candidates one trigger word gave, and how high the word sits in the parse."""

    candidates: list[Candidate]
    depth: int  # 0: the sentence's root
    # a verb: its meaning depends on the sentence (an event noun names its act, and the
    # typer's view of the whole sentence says nothing of a meeting in a side phrase)
    retypable: bool = True


def reconcile(groups: list[TriggerGroup], scores: TypeScores | None,
              thresholds: Thresholds = DEFAULT) -> list[Candidate]:
    """The sentence's events, retyped where the typer overrules and ranked by it."""
    found = [c for g in groups for c in g.candidates]
    if scores is None or not found:
        return found
    main = min((g for g in groups if g.candidates), key=lambda g: g.depth)
    if scores.best != NO_EVENT and scores.best not in {c.event_type for c in found} \
            and _overrules(main, scores, thresholds):
        retyped = [_retype(c, scores.best) for c in main.candidates]
        found = [c for g in groups if g is not main for c in g.candidates] + retyped
    return [replace(c, typer_score=scores.probability(c.event_type)) for c in found]


def _overrules(group: TriggerGroup, scores: TypeScores, thresholds: Thresholds) -> bool:
    if not group.retypable or scores.confidence < thresholds.retype:
        return False
    if any(c.exact or c.mode in EXACT_MODES for c in group.candidates):
        return False
    return all(scores.probability(c.event_type) <= thresholds.doubt for c in group.candidates)


def _retype(candidate: Candidate, event_type: str) -> Candidate:
    return replace(candidate, event_type=event_type, mode=None,
                   cameo=generic_cameo().get(event_type), confidence=round(candidate.confidence - 0.1, 2))


def wants_another_event(scores: TypeScores | None, found: set[str],
                        thresholds: Thresholds = DEFAULT) -> str | None:
    """The typer's act, when it is sure of one the rules' events in the sentence lack."""
    if scores is None or scores.best == NO_EVENT or scores.best in found \
            or scores.confidence < thresholds.also:
        return None
    return scores.best


def wants_new_event(scores: TypeScores | None, thresholds: Thresholds = DEFAULT) -> str | None:
    """The type to code a sentence the lexicon missed, if the typer is confident of one."""
    if scores is None or scores.best == NO_EVENT or scores.confidence < thresholds.new:
        return None
    return scores.best




# Prepositions whose object can be the target of an act the lexicon does not list
# ("sent doctors to the hospital", "went on strike against the mine owners").
TARGET_PREPS = ("to", "against", "on", "with", "into", "from", "at", "for")


def typed_trigger(clause: Token, event_type: str) -> Trigger:
    """The clause's verb as a trigger of the typer's type, read as a transitive verb."""
    return Trigger(lemma=clause.lemma_.lower(), event_type=event_type, mode=None,
                   cameo=generic_cameo().get(event_type), frame="typed", preps=TARGET_PREPS)


def main_clause(sent: Span) -> Token | None:
    """The verb of what the sentence reports: the highest verb of the parse, and below
    "said", "announced", ... the reported clause ("a spokesman said the government had
    released 100 prisoners")."""
    verbs = [t for t in sent if t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass", "amod")]
    if not verbs:
        return None
    verb = min(verbs, key=lambda t: (sum(1 for _ in t.ancestors), t.i))
    for _ in range(3):
        reported = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if verb.lemma_.lower() not in SPEECH_VERBS or not reported:
            break
        verb = reported[0]
    return verb if verb.pos_ == "VERB" else None


__all__ = ["DEFAULT", "Thresholds", "TriggerGroup", "generic_cameo", "main_clause", "reconcile",
           "typed_trigger", "wants_another_event", "wants_new_event"]
