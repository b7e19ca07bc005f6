"""PLOVER CONSULT modes: who travelled decides a visit, a third country a third-party
meeting, a phone or a video link a call."""

from __future__ import annotations

from spacy.tokens import Span

from multivector.actors.tables import load_actor_tables
from multivector.gazetteer import load_gazetteer
from multivector.records import Actor, Place


# Where an organisation receives its visitors: a meeting with the EU in Brussels is a visit
# to the EU, not a meeting in a third country.
ORGANISATION_SEATS = {"EU": frozenset({"Brussels", "Strasbourg", "Luxembourg"}),
                      "NATO": frozenset({"Brussels"}), "OSCE": frozenset({"Vienna"}),
                      "SCO": frozenset({"Beijing"}), "CSTO": frozenset({"Moscow"}),
                      "EAEU": frozenset({"Moscow"}), "CICA": frozenset({"Astana"}),
                      "AU": frozenset({"Addis Ababa"}), "ASEAN": frozenset({"Jakarta"})}


PHONE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "videolink",
                         "call", "conversation"})


def country_level(place: Place, code: str | None) -> bool:
    """Is ``place`` the country ``code`` itself ("in Kazakhstan"), not a place in it?"""
    return place.code == code and place == load_gazetteer().country_place(code or "")


def consult_mode(mode: str | None, actor: Actor, recipient: Actor | None,
                  location: Place | None, sent: Span) -> tuple[str | None, Actor, Actor | None]:
    """PLOVER CONSULT modes: who travelled decides visit; a third country, third-party."""
    mode, actor, recipient = _travel_mode(mode, actor, recipient, location, sent)
    if mode == "visit" and actor.role == "ambassador":
        # an ambassador lives where they are received: a meeting, not a visit
        mode = None
    return mode, actor, recipient


def _travel_mode(mode: str | None, actor: Actor, recipient: Actor | None,
                 location: Place | None, sent: Span) -> tuple[str | None, Actor, Actor | None]:
    """The mode the place implies, and who travelled (the actor)."""
    if mode in ("phone",) or recipient is None:
        return mode, actor, recipient
    words = {t.lower_ for t in sent}
    if mode is None and (words & PHONE_WORDS) and not (location and location.code):
        return "phone", actor, recipient
    if mode == "multilateral" and recipient.code in load_actor_tables().organisation_codes:
        # "Tokayev attended the SCO summit in Samarkand (or the CICA summit in Astana)":
        # a meeting of an organisation, wherever it is held
        return mode, actor, recipient
    if location is None or location.code is None:
        return mode, actor, recipient
    if location.code not in (actor.code, recipient.code):
        if location.name in ORGANISATION_SEATS.get(recipient.code, ()):
            return "visit", actor, recipient
        if location.name in ORGANISATION_SEATS.get(actor.code, ()):
            return "visit", recipient, actor
    if location.code == recipient.code:
        return "visit", actor, recipient
    if location.code == actor.code:
        return "visit", recipient, actor
    if mode == "visit":
        return mode, actor, recipient
    return "third-party", actor, recipient


__all__ = ["consult_mode", "country_level"]
