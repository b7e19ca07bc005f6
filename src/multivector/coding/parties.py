"""Who an event's parties are, beyond what the frames read: addressees of what is said,
offices held at the event's date, parties the tables do not code, and the pairs that are
no interstate event (a country with itself).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from multivector.actors import resolve_text
from multivector.coding.arguments import CROWD_HEADS, PERSON_HEADS, SPEECH_VERBS, Argument, ArgumentResolver
from multivector.coding.frames import Roles
from multivector.coding.lexicon import Trigger
from multivector.coding.syntax import agent_of, clause_subjects, phrase_span
from multivector.records import Actor


ADDRESS_VERBS = frozenset({"tell", "assure", "warn", "promise", "inform", "remind", "urge"})


def addressee(clause: Token, res: ArgumentResolver, actors: list) -> list:
    """Whom the speech verb governing ``clause`` addresses ("told his counterpart")."""
    current = clause
    for _ in range(4):
        if current.dep_ not in ("ccomp", "xcomp", "acomp", "conj") or current.head is current:
            return []
        current = current.head
        if current.lemma_.lower() in ADDRESS_VERBS:
            codes = {a.actor.code for a in actors}
            return [a for c in current.children if c.dep_ in ("dobj", "dative")
                    for a in res.resolve(c) if a.actor.code not in codes]
    return []


PARTICIPATION_VERBS = frozenset({"take", "participate", "join", "attend", "send"})


def participation(noun: Token) -> bool:
    """Is the event noun something the subject takes part in ("took part in the Army
    Games", "joined the drills"), rather than holds on its own?"""
    verb = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    return verb.lemma_.lower() in PARTICIPATION_VERBS


def as_of(argument: Argument, day: date) -> Argument:
    """The argument's person with the office they held on ``day`` (same country only)."""
    actor = argument.actor
    if not actor.name or not actor.text or actor.role is None:
        return argument
    then = resolve_text(actor.text, day)
    if then is None or then.code != actor.code or then.name != actor.name:
        return argument
    return replace(argument, actor=replace(actor, sector=then.sector, role=then.role))


TRIP_NOUNS = frozenset({"visit", "trip", "tour"})


def own_trip_called_off(token: Token, roles: Roles, res: ArgumentResolver) -> bool:
    trips = [o for o in token.children if o.dep_ == "dobj" and o.lemma_.lower() in TRIP_NOUNS]
    if not trips:
        return False
    own = {a.actor.code for a in roles.actors}
    visitors = [a for t in trips for c in t.children if c.dep_ == "poss" or (
        c.dep_ == "prep" and c.lower_ in ("by", "of")) for a in res.resolve(
        c if c.dep_ == "poss" else next((p for p in c.children if p.dep_ == "pobj"), c))]
    if any(v.actor.code not in own for v in visitors):
        roles.recipients = [v for v in visitors if v.actor.code not in own]
        return False
    return True


PERMISSION_WORDS = frozenset({"permission", "approval", "consent", "access", "visa", "clearance",
                              "authorization", "authorisation", "licence", "license", "asylum"})


def withheld_permission(clause: Token) -> bool:
    """"did not give permission for the rally", "has not granted visas": a refusal, whatever
    the tense (unlike "did not attend", which is nothing)."""
    return clause.lemma_.lower() in ("give", "grant", "issue", "allow", "permit") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PERMISSION_WORDS for c in clause.children) \
        or clause.lemma_.lower() in ("allow", "permit", "authorize", "authorise", "approve")


def domestic(actor: Actor, recipient: Actor) -> bool:
    """Two parts of one country, each known for what it is (a government and its
    opposition, a court and a minister): an event inside it. "The US Treasury sanctioned
    OFAC"-like pairs, where a sector is unknown, are misreadings, not domestic events."""
    if actor.code is None:
        return actor.text != recipient.text
    return bool(actor.sector and recipient.sector and actor.sector != recipient.sector)


def with_uncoded(roles: Roles, trigger: Trigger, clause: Token) -> Roles:
    """For the typer's acts: the subject phrase as an uncoded actor when no table codes it
    ("Teachers from Denver Public Schools went on strike")."""
    if trigger.frame != "typed" or any(a.actor.code for a in roles.actors):
        return roles
    heads, passive = clause_subjects(clause)
    if passive:
        heads = agent_of(clause)
    if heads and all(h.pos_ == "PRON" for h in heads) and clause.dep_ == "ccomp" \
            and clause.head.lemma_.lower() in SPEECH_VERBS:
        # "The ELN said it will release Odin Sanchez": "it" is who said so
        heads = clause_subjects(clause.head)[0]
    uncoded = [Argument(actor=Actor(code=None, text=phrase_span(h).text), from_anaphora=True)
               for h in heads if agentive(h)]
    return replace(roles, actors=uncoded) if uncoded else roles


# Heads of phrases that name someone who can act, beyond people and their offices:
# bodies and groups ("the committee", "Immigration and Customs Enforcement").
BODY_HEADS = frozenset({"committee", "council", "tribunal", "agency", "office", "department",
                        "organisation", "organization", "association", "union", "company",
                        "firm", "bank", "commission", "board", "service", "bureau", "coalition",
                        "alliance", "front", "league", "faction", "cartel", "gang", "network",
                        "delegation", "team", "mission", "unit", "brigade", "battalion",
                        "country", "nation", "state", "ally", "partner", "power", "neighbour",
                        "fighter", "jihadist", "gunman", "separatist", "critic", "prosecutor",
                        "tribunal", "regulator", "authority", "assembly", "congress", "senate",
                        "legislature", "organization", "party", "body"})


def agentive(head: Token) -> bool:
    """Can the phrase under ``head`` be someone who acts (not "the visit", "this initiative")?"""
    if head.pos_ == "PROPN":
        return head.ent_type_ in ("ORG", "PERSON", "NORP", "GPE", "")
    if head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    return lemma in PERSON_HEADS or lemma in CROWD_HEADS or lemma in BODY_HEADS


def distinct(args: list[Argument], keep_uncoded: bool = False) -> list[Argument]:
    seen: set[str | None] = set()
    kept: list[Argument] = []
    for arg in args:
        if arg is None:
            continue
        key = arg.actor.code if arg.actor.code is not None or not keep_uncoded else arg.actor.text
        if key is None or key in seen:
            continue
        seen.add(key)
        kept.append(arg)
    return kept


__all__ = ["addressee", "agentive", "as_of", "distinct", "domestic", "own_trip_called_off", "participation", "with_uncoded", "withheld_permission"]
