"""How the typer's types meet the rules' (coding/typing.py), on hand-made candidates."""

from __future__ import annotations

from datetime import date

from multivector.coding.events import Candidate
from multivector.coding.typing import Thresholds, TriggerGroup, generic_cameo, reconcile, wants_new_event
from multivector.nlp.typer import TypeScores
from multivector.records import Actor, DateRange


def cand(event_type: str, *, mode: str | None = None, exact: bool = False, trigger: int = 0) -> Candidate:
    return Candidate(event_type=event_type, mode=mode, cameo=None, actor=Actor(code="RUS"),
                     recipient=Actor(code="UKR"), date=DateRange(date(2024, 1, 1), date(2024, 1, 1), "day"),
                     location=None, sent_start=0, sent_end=10, trigger=trigger, confidence=0.9,
                     exact=exact)


def scores(*ranked: tuple[str, float]) -> TypeScores:
    return TypeScores(tuple(ranked))


def test_a_confident_typer_retypes_the_main_verb() -> None:
    found = reconcile([TriggerGroup([cand("SUPPORT")], depth=0)],
                      scores(("ACCUSE", 0.9), ("SUPPORT", 0.01)))
    assert [c.event_type for c in found] == ["ACCUSE"] and found[0].cameo == generic_cameo()["ACCUSE"]


def test_exact_types_visits_and_nouns_are_never_retyped() -> None:
    sure = scores(("COERCE", 0.95), ("SANCTION", 0.01))
    assert reconcile([TriggerGroup([cand("SANCTION", exact=True)], 0)], sure)[0].event_type == "SANCTION"
    assert reconcile([TriggerGroup([cand("SANCTION")], 0, retypable=False)], sure)[0].event_type == "SANCTION"
    assert reconcile([TriggerGroup([cand("CONSULT", mode="visit")], 0)],
                     scores(("AGREE", 0.95), ("CONSULT", 0.0)))[0].event_type == "CONSULT"


def test_an_unsure_typer_or_a_plausible_rule_type_keeps_the_rule() -> None:
    assert reconcile([TriggerGroup([cand("SUPPORT")], 0)],
                     scores(("ACCUSE", 0.7), ("SUPPORT", 0.2)))[0].event_type == "SUPPORT"
    assert reconcile([TriggerGroup([cand("SUPPORT")], 0)],
                     scores(("ACCUSE", 0.85), ("SUPPORT", 0.1)))[0].event_type == "SUPPORT"


def test_only_the_highest_trigger_is_retyped_and_each_candidate_gets_its_probability() -> None:
    groups = [TriggerGroup([cand("AID", trigger=5)], depth=2), TriggerGroup([cand("SUPPORT", trigger=1)], depth=0)]
    found = reconcile(groups, scores(("ACCUSE", 0.9), ("AID", 0.04), ("SUPPORT", 0.01)))
    assert sorted(c.event_type for c in found) == ["ACCUSE", "AID"]
    assert {c.event_type: c.typer_score for c in found} == {"ACCUSE": 0.9, "AID": 0.04}


def test_no_event_and_no_typer_change_nothing() -> None:
    rules = [TriggerGroup([cand("AGREE")], 0)]
    assert reconcile(rules, None)[0].event_type == "AGREE"
    assert reconcile(rules, scores(("NONE", 0.99), ("AGREE", 0.0)))[0].event_type == "AGREE"


def test_a_new_event_needs_a_confident_act() -> None:
    assert wants_new_event(scores(("REJECT", 0.7))) == "REJECT"
    assert wants_new_event(scores(("REJECT", 0.5))) is None
    assert wants_new_event(scores(("NONE", 0.9))) is None
    assert wants_new_event(scores(("REJECT", 0.5)), Thresholds(new=0.4)) == "REJECT"
    assert wants_new_event(None) is None


def test_another_act_only_when_the_typer_is_sure_and_the_rules_lack_it() -> None:
    from multivector.coding.typing import wants_another_event

    assert wants_another_event(scores(("ACCUSE", 0.85)), {"CONSULT"}) == "ACCUSE"
    assert wants_another_event(scores(("ACCUSE", 0.85)), {"ACCUSE"}) is None
    assert wants_another_event(scores(("ACCUSE", 0.6)), {"CONSULT"}) is None
    assert wants_another_event(scores(("NONE", 0.95)), {"CONSULT"}) is None
