"""Which events count as high-level: the test shared by the dashboard and the briefing."""

from __future__ import annotations

import pytest

from multivector.records import Actor, Event, actor_is_high_level, involves_high_level


def _event(actor_role: str | None, recipient_role: str | None) -> Event:
    return Event(doc_id="d", event_type="CONSULT", date=None, sentence=None, span=None,
                 actor=Actor(code="USA", role=actor_role),
                 recipient=None if recipient_role == "absent" else Actor(code="KAZ", role=recipient_role))


@pytest.mark.parametrize(("actor_role", "recipient_role", "expected"), [
    ("Head of State", None, True),           # roles compare case-insensitively
    (None, "foreign minister", True),        # the host counts as much as the visitor
    ("assistant secretary of state", "absent", False),
    ("deputy foreign minister", "ambassador", False),
    (None, None, False),
])
def test_either_side_makes_an_event_high_level(actor_role, recipient_role, expected):
    assert involves_high_level(_event(actor_role, recipient_role)) is expected


def test_no_actor_is_not_high_level():
    assert actor_is_high_level(None) is False
