"""The event-trigger lexicon: which words start which PLOVER events.

Loaded once from ``data/event_lexicon.yaml``; a typed, read-only view of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from multivector.errors import ModelError
from multivector.records import EVENT_TYPES

FRAMES = frozenset({"visit", "travel", "depart", "attend", "host", "host_noun", "meet", "sign", "transitive",
                    "refuse", "protest", "expel", "release", "typed", "return"})


@dataclass(frozen=True)
class Trigger:
    """How one lemma becomes an event."""

    lemma: str
    event_type: str
    mode: str | None
    cameo: str | None
    frame: str
    preps: tuple[str, ...] = ()
    requires: str | None = None  # a lemma that must appear in the clause ("order ... to leave")
    objects: frozenset[str] | None = None  # the direct object must be one of these lemmas
    # The type is the contract's convention whatever a sentence's other words suggest
    # ("imposed sanctions" is SANCTION): the learned typer never overrules it.
    exact: bool = False


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    light_verbs: dict[str, frozenset[str] | None]
    refusal_governors: frozenset[str]
    intention_governors: frozenset[str]
    future_auxiliaries: frozenset[str]
    speculative_auxiliaries: frozenset[str]
    agree_verbs: frozenset[str] = frozenset()
    demand_modals: frozenset[str] = frozenset()
    non_factive_governors: frozenset[str] = frozenset()


def _trigger(lemma: str, spec: dict[str, Any], where: str) -> Trigger:
    event_type = spec.get("type")
    frame = spec.get("frame", "transitive")
    if event_type not in EVENT_TYPES:
        raise ModelError(f"event_lexicon.yaml: {where} {lemma!r} has unknown type {event_type!r}",
                         code="MV202")
    if frame not in FRAMES:
        raise ModelError(f"event_lexicon.yaml: {where} {lemma!r} has unknown frame {frame!r}",
                         code="MV202")
    preps = spec.get("preps") or ()
    if not all(isinstance(p, str) for p in preps):
        # YAML 1.1 reads a bare `on` as true: such a preposition must be quoted
        raise ModelError(f"event_lexicon.yaml: {where} {lemma!r} has a non-text preposition in "
                         f"{preps!r}; quote it (\"on\")", code="MV202")
    return Trigger(lemma=lemma, event_type=event_type, mode=spec.get("mode"),
                   cameo=spec.get("cameo"), frame=frame,
                   preps=tuple(preps), requires=spec.get("requires"),
                   objects=frozenset(spec["objects"]) if spec.get("objects") else None,
                   exact=bool(spec.get("exact", False)))


def parse_lexicon(data: dict[str, Any]) -> Lexicon:
    verbs = {lemma: _trigger(lemma, spec, "verb") for lemma, spec in data["verbs"].items()}
    nouns = {lemma: _trigger(lemma, spec, "noun") for lemma, spec in data["nouns"].items()}
    light = {verb: (frozenset(nouns_) if nouns_ else None)
             for verb, nouns_ in data.get("light_verbs", {}).items()}
    return Lexicon(
        verbs=verbs, nouns=nouns, light_verbs=light,
        refusal_governors=frozenset(data.get("refusal_governors", ())),
        intention_governors=frozenset(data.get("intention_governors", ())),
        future_auxiliaries=frozenset(data.get("future_auxiliaries", ())),
        speculative_auxiliaries=frozenset(data.get("speculative_auxiliaries", ())),
        agree_verbs=frozenset(data.get("agree_verbs", ())),
        demand_modals=frozenset(data.get("demand_modals", ())),
        non_factive_governors=frozenset(data.get("non_factive_governors", ())),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = (resources.files("multivector.data") / "event_lexicon.yaml").read_text("utf-8")
    return parse_lexicon(yaml.safe_load(text))
