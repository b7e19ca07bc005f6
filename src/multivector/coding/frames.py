"""Frames: where each kind of trigger keeps its actor, recipient and place.

A frame function takes the trigger (verb or event noun), the clause head (the verb
itself, or the light verb that governs the noun) and the argument resolver, and
returns the argument roles.  Event type, tense and dates are decided elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from multivector.actors import resolve_all
from multivector.coding.arguments import Argument, ArgumentResolver
from multivector.coding.lexicon import Trigger
from multivector.coding.syntax import (
    agent_of,
    clause_subjects,
    conjuncts,
    direct_objects,
    governors,
    headline_subject,
    infinitive_of_noun,
    is_national,
    prep_objects,
)
from multivector.records import Actor, Place

LOCATIVE_PREPS = ("in", "at", "near", "outside", "throughout", "across")
# Participles that describe the subject's own stance when used without a by-phrase.
STATIVE_PASSIVES = frozenset({"commit", "oppose", "prepare", "determine", "engage", "involve",
                              "dedicate", "devote", "resolve", "poise", "set"})
DESTINATION_PREPS = ("to", "in", "into", "at")
# Subjects that travel without being visitors: machines and armed units.
VEHICLES = frozenset({"helicopter", "aircraft", "plane", "jet", "fighter", "drone", "ship",
                      "vessel", "boat", "warship", "submarine", "tank", "missile", "rocket",
                      "balloon", "troop", "soldier", "force", "unit", "convoy", "column"})


@dataclass
class Roles:
    actors: list[Argument] = field(default_factory=list)
    recipients: list[Argument] = field(default_factory=list)
    location: Place | None = None
    # Set when the recipients are places visited: one event per country, located only
    # when a single place in that country was named.
    places_by_country: dict[str, list[Place]] = field(default_factory=dict)
    pairwise: bool = False  # actors are one group meeting among themselves
    no_event: bool = False  # the frame read the words as no event ("flew back home")


def find_roles(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    frame = FRAMES[trigger.frame]  # the lexicon admits only these names (a test keeps them equal)
    roles = frame(trigger, token, clause, res)
    if roles.location is None:
        roles.location = find_location(token, clause, res,
                                       meeting=trigger.event_type == "CONSULT")
    if roles.location is None and token.pos_ in ("NOUN", "PROPN"):
        # "signed a treaty in Tashkent during Tokayev's visit to Uzbekistan"
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            roles.location = find_location(verb, verb, res)
    return roles


MEETING_NOUNS = frozenset({"summit", "meeting", "talk", "visit", "trip", "session",
                           "conference", "forum", "exercise", "drill"})

# Nouns whose owner asks someone else to act
ASKING_NOUNS = frozenset({"invitation", "call", "request", "demand", "appeal", "order", "plea",
                          "permission", "ultimatum"})


def _subject_args(clause: Token, res: ArgumentResolver) -> tuple[list[Argument], bool]:
    misparsed = headline_subject(clause)
    if misparsed is not None:
        # "Tokayev to attend SCO summit": the mistaken root spans the whole headline;
        # only the words up to it name the subject
        span = clause.doc[misparsed.sent.start:misparsed.i + 1]
        return [Argument(actor=a, start=span.start, end=span.end)
                for a in resolve_all(span.text, res.published)], False
    heads, passive = clause_subjects(clause)
    args = [a for h in heads for a in res.resolve(h)]
    if not heads and clause.pos_ == "VERB" and clause.dep_ in ("ROOT", "conj"):
        args = res.resolve_run_before(clause)
    if not args and infinitive_of_noun(clause):
        # "the decision of the EU to open an office", "Russia's offer to mediate": the
        # noun's owner does the act; not the owner of an invitation or a request
        # ("accepted Scholz's invitation to visit Berlin": Scholz is the host)
        noun = clause.head
        if noun.lemma_.lower() not in ASKING_NOUNS:
            args = _owners(noun, res) + _resolve_all(prep_objects(noun, ("of", "by")), res)
    if not args and clause.dep_ == "acl" and clause.head.head is not clause.head:
        # "issued a declaration demanding that ...": whoever issued it demands
        args = [a for h in clause_subjects(clause.head.head)[0] for a in res.resolve(h)]
    return args, passive


def _resolve_all(tokens: list[Token], res: ArgumentResolver) -> list[Argument]:
    return [a for t in tokens for a in res.resolve(t)]


def _owners(noun: Token, res: ArgumentResolver) -> list[Argument]:
    """Who a possessive names ("Russia's offer", "his meeting with Xi")."""
    return _resolve_all([c for c in noun.children if c.dep_ == "poss"], res)


def _noun_modifier_actors(token: Token, res: ArgumentResolver) -> list[Argument]:
    """Actors named inside an event noun's own phrase ("the CSTO military exercise")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    args: list[Argument] = []
    for child in token.children:
        if child.dep_ in ("nmod", "compound", "amod", "poss") and child.i < token.i:
            args.extend(res.resolve(child))
    return args


def _reciprocal(token: Token, clause: Token) -> bool:
    """"accused each other", "opened fire at each other", "traded accusations with one another"."""
    candidates = direct_objects(token) + prep_objects(token, ("at", "on", "with", "against")) + (
        [] if token is clause else prep_objects(clause, ("at", "on", "with", "against")))
    return any(t.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in t.children)
               for t in candidates)


def _transitive(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    actors, passive = _subject_args(clause, res)
    if not passive and len({a.actor.code for a in actors}) >= 2 and _reciprocal(token, clause):
        return Roles(actors=actors, recipients=list(actors))  # both directions
    if token.pos_ in ("NOUN", "PROPN"):
        # Noun trigger: "imposed sanctions on X", "Russia's invasion of Ukraine".
        poss = [c for c in token.children if c.dep_ == "poss"]
        national = [a for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                    and is_national(c) for a in res.resolve(c)]
        if trigger.event_type == "ASSAULT" and national and not poss:
            # "Kyrgyz forces repelled Tajik attacks": the attacks are Tajik, on the Kyrgyz
            codes = {n.actor.code for n in national}
            verb = token.head if token is clause and token.head.pos_ == "VERB" else clause
            facing = actors if token is not clause else _subject_args(verb, res)[0]
            targets = [a for a in facing if a.actor.code not in codes]
            if targets:
                return Roles(actors=national, recipients=targets)
        if poss and actors and all(p.pos_ == "PRON" for p in poss):
            poss = []  # "announced their own curbs": theirs are the subject's
        if poss or not actors:
            actors = _resolve_all(poss, res) or actors or [
                a for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                for a in res.resolve(c)]
        targets = prep_objects(token, trigger.preps or ("on", "against", "to", "of"))
        recipients = _resolve_all(targets, res)
        if not recipients:  # "appreciation for China's assistance": the assistance's owner
            recipients = [a for t in targets for a in _owners(t, res)]
        if not recipients:
            recipients = _resolve_all(prep_objects(clause, trigger.preps or ("on", "against", "to")), res)
        if not recipients:  # "a suspension of air links with Serbia"
            for pobj in prep_objects(token, ("of",)):
                recipients = _resolve_all(prep_objects(pobj, ("with", "to", "against", "for")), res)
                if recipients:
                    break
        return Roles(actors=actors, recipients=recipients)
    if passive:
        agents = _resolve_all(agent_of(clause), res)
        if not agents and token.lemma_.lower() == "summon":
            # "The Russian ambassador was summoned to the Kazakh foreign ministry"
            agents = _resolve_all(prep_objects(token, ("to",)), res)
        if agents or token.lemma_.lower() not in STATIVE_PASSIVES:
            return Roles(actors=agents, recipients=actors)
        # "Israel is opposed to French mediation", "Vietnam is committed to opening up":
        # a state of the subject, not something done to it
        recipients = [a for t in prep_objects(token, ("to", "in", "on", "against"))
                      for a in _first_actor_in(t, res, exclude=actors)]
        return Roles(actors=actors, recipients=recipients)
    objects = direct_objects(token)
    if any(o.lemma_.lower() == "other" and any(c.lower_ == "each" for c in o.children)
           for o in objects):
        # "Kyrgyzstan and Tajikistan accused each other": both directions
        return Roles(actors=actors, recipients=list(actors))
    codes = {a.actor.code for a in actors}
    # "skipped the bloc's summit in Minsk", "cancelled Putin's visit": the owner of an
    # event the act is about, before any place in the phrase
    recipients = [a for o in objects if o.lemma_.lower() in MEETING_NOUNS
                  for a in _owners(o, res)
                  if a.actor.code not in codes]
    recipients = recipients or _resolve_all(objects, res)
    if recipients and all(r.actor.code in codes for r in recipients):
        # "froze Armenia's participation in the CSTO": the phrase names the actor's own
        # country first; the act concerns the organisation
        beyond = _resolve_all([t for o in objects for t in prep_objects(o, ("in", "with", "to"))], res)
        recipients = [r for r in beyond if r.actor.code not in codes] or recipients
    if not recipients and trigger.preps:
        recipients = _resolve_all(prep_objects(token, trigger.preps), res)
    if not recipients:
        # "cancelled a planned visit to Haiti", "suspended aid to Bosnia", "welcomed
        # Reagan's statement", "welcomed the agreement between Armenia and Azerbaijan"
        for obj in objects:
            recipients = _resolve_all(prep_objects(
                obj, ("to", "for", "with", "on", "against", "of", "between", "by", "in")), res)
            if not recipients:
                # "welcomed Reagan's statement"; not "froze Armenia's participation in
                # the CSTO" (Armenia's own)
                recipients = [a for a in _owners(obj, res) if a.actor.code not in codes]
            if not recipients:
                # "does not recognise any debts claimed by Gazprom": who the object is of
                recipients = [a for c in obj.children if c.dep_ == "acl"
                              for a in _resolve_all(agent_of(c), res) if a.actor.code not in codes]
            if recipients:
                break
    if not recipients and trigger.event_type == "ACCUSE":
        # "condemned the violence against protesters in Tbilisi": those answerable for what
        # happened where it happened
        for obj in objects:
            recipients = _first_actor_in(obj, res, exclude=actors, skip_clauses=True)
            if recipients:
                break
    if not recipients and trigger.preps:
        # "closed its airspace to all flights to and from Mali": an actor further inside
        for target in prep_objects(token, trigger.preps):
            recipients = _first_actor_in(target, res, exclude=actors, skip_clauses=True)
            if recipients:
                break
    if not recipients and not objects:
        # "threatened to deliver blows to the United States", "its demand that Israel
        # ease restrictions": whom the act concerns
        recipients = _actor_in_complement(token, res, actors, ("xcomp", "ccomp", "acl"))
    return Roles(actors=actors, recipients=recipients)


def _visit(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    """X visited P (a country, a city, an organisation); "X's visit to P"; "made a visit to P"."""
    if token.pos_ in ("NOUN", "PROPN"):
        # "Xi's visit", "the visit of Xi Jinping to Riyadh", "a trip to Mongolia by Macron"
        actors = _owners(token, res) or _resolve_all(prep_objects(token, ("by",)), res)
        if not actors and prep_objects(token, ("to",)):
            actors = _resolve_all(prep_objects(token, ("of",)), res)
        if not actors:
            actors, _ = _subject_args(clause, res)
        targets = prep_objects(token, trigger.preps or ("to",)) or prep_objects(clause, ("to",))
        if not targets:  # "his first visit abroad, taking him to Tajikistan"
            targets = [t for c in token.children if c.dep_ in ("acl", "advcl", "relcl")
                       and c.lemma_.lower() in ("take", "bring", "lead") for t in prep_objects(c, ("to",))]
        if not targets:  # "In Samarkand he is to pay a state visit": the visit is where it is paid
            targets = [t for c in [clause, *governors(clause)] for t in prep_objects(c, ("in",))
                       if res.place(t) is not None][:1]
    else:
        actors, passive = _subject_args(clause, res)
        if passive:  # "Astana was visited by Xi"
            return _places_roles(_resolve_all(agent_of(clause), res),
                                 [t for h in clause_subjects(clause)[0] for t in conjuncts(h)], res)
        targets = direct_objects(token) or prep_objects(token, ("to", "in"))
    return _places_roles(actors, targets, res)


def _travel(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    """X travelled/flew/came/arrived to/in P: only with a destination that is a place."""
    actors, _ = _subject_args(clause, res)
    if any(c.lower_ in ("home", "back") and c.dep_ in ("advmod", "npadvmod", "prt")
           for c in token.children):
        return Roles(actors=actors, no_event=True)  # "before flying home", "flew back": a return, no visit
    if any(c.dep_ == "prep" and c.lower_ in ("through", "over", "across", "via") for c in token.children):
        return Roles(actors=actors, no_event=True)  # "flying through Belarusian airspace": no visit
    travellers = [clause.head if h.tag_ in ("WDT", "WP") and clause.dep_ == "relcl" else h
                  for h in clause_subjects(clause)[0]]  # "the helicopters that flew into Poland"
    if any(h.lemma_.lower() in VEHICLES for h in travellers):
        # "helicopters flew into Poland", "drones came into Romanian airspace": an
        # incursion, not a visit (the rest of the story says what it was)
        return Roles(actors=actors, no_event=True)
    targets = prep_objects(token, DESTINATION_PREPS)
    return _places_roles(actors, targets, res, places_only=True)


def _return(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    """"He returned in November 2023": another visit to where the story last had him; with
    "to P", a visit to P; home or back, none."""
    actors, _ = _subject_args(clause, res)
    if any(c.lower_ in ("home", "back") for c in token.children):
        return Roles(actors=actors, no_event=True)
    targets = prep_objects(token, ("to",))
    if targets:
        return _places_roles(actors, targets, res, places_only=True)
    if res.last_visit and any(a.actor.code == res.last_visit[0].code for a in actors):
        return Roles(actors=actors, recipients=[Argument(actor=res.last_visit[1], from_anaphora=True)])
    return Roles(actors=actors, no_event=True)


def _depart(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    """X left/departed for P: a trip to P.  Without "for P" nothing is known of where
    X went ("left Moscow", "left the talks"), so there is no recipient and no event."""
    actors, _ = _subject_args(clause, res)
    targets = prep_objects(token, ("for",))
    if not targets:
        return Roles(actors=actors)
    return _places_roles(actors, targets, res, places_only=True)


def _places_roles(actors: list[Argument], targets: list[Token], res: ArgumentResolver,
                  places_only: bool = False) -> Roles:
    roles = Roles(actors=actors)
    targets = [t for t in targets if t.ent_type_ not in ("DATE", "TIME")]  # "visited in May"
    if not targets and actors:
        # "Michel visited in late October", "he had also come in May": no destination in
        # the sentence, so the country the story is about
        topic = res.topic_country({a.actor.code for a in actors})
        if topic is not None:
            roles.recipients.append(Argument(actor=replace(topic, text=None), from_anaphora=True))
        return roles
    for target in targets:
        place = res.place(target)
        country_named = res.is_country_name(target)
        if place is not None and place.code:
            actor = Actor(code=place.code, sector=None, name=None, text=target.text)
            resolved = res.resolve(target)
            if resolved and resolved[0].actor.code == place.code:
                actor = resolved[0].actor
            roles.recipients.append(Argument(actor=actor, place=None if country_named else place))
            if not country_named:
                roles.places_by_country.setdefault(place.code, []).append(place)
            else:
                roles.places_by_country.setdefault(place.code, [])
        elif not places_only:
            roles.recipients.extend(res.resolve(target))
    return roles


def _host(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    """X hosted/received/welcomed Y: Y is the visitor (actor), X the host (recipient)."""
    subjects, passive = _subject_args(clause, res)
    if passive:  # "Y was received by X"
        return Roles(actors=subjects, recipients=_resolve_all(agent_of(clause), res))
    guests = _resolve_all(direct_objects(token), res)
    if not guests:  # "received a mission of observers from the OSCE"
        for obj in direct_objects(token):
            if obj.lemma_.lower() in DELEGATIONS:
                guests = _first_actor_in(obj, res, exclude=subjects, skip_clauses=True)
            if guests:
                break
    return Roles(actors=guests, recipients=subjects)


def _host_noun(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    """X gave a warm welcome to Y: Y is the visitor."""
    hosts, _ = _subject_args(clause, res)
    guests = _resolve_all(prep_objects(token, ("to",)) or prep_objects(clause, ("to",)), res)
    return Roles(actors=guests, recipients=hosts)


def _meet(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    """X met (with) Y; X and Y met; X held talks with Y; "the two leaders spoke"."""
    if token.pos_ in ("NOUN", "PROPN"):
        sides = [res.resolve(t) for t in prep_objects(token, ("between",))]
        sides = [side for side in sides if side]
        if len(sides) == 2 and any(len(side) > 1 for side in sides):
            # "the summit between Russia and the five Central Asian republics": Russia
            # meets each of them, they do not meet each other here
            return Roles(actors=sides[0], recipients=sides[1])
        between = [a for side in sides for a in side]
        if len(between) >= 2:  # "talks between X and Y", "the meeting between X and Y"
            return Roles(actors=between, pairwise=True)
    subjects, passive = _subject_args(clause, res)
    if token is clause and token.pos_ in ("NOUN", "PROPN"):
        # "Erdogan's talks with Putin", "after his meeting with Xi": the possessor meets
        owners = _owners(token, res)
        if owners:
            subjects, passive = owners, False
    if passive and trigger.frame == "sign" and not agent_of(clause):
        # "during which 18 cooperation agreements were signed": by the sides of the visit
        # the story is telling, else the two parties it named last
        sides = list(res.last_visit) if res.last_visit else res.last_two()
        return Roles(actors=[Argument(actor=a, from_anaphora=True) for a in sides], pairwise=True)
    if passive:  # "He was met at the airport by Turkish officials": hosted
        return Roles(actors=subjects, recipients=_resolve_all(agent_of(clause), res))
    others: list[Argument] = []
    if token.pos_ == "VERB":
        others = _resolve_all(direct_objects(token), res)
    if not others:
        others = _resolve_all(prep_objects(token, trigger.preps or ("with",)), res)
    if not others and token.pos_ == "VERB":
        # "shared evidence with the U.S.": the with-phrase hangs off the object
        for obj in direct_objects(token):
            others = _resolve_all(prep_objects(obj, trigger.preps or ("with",)), res)
            if others:
                break
    if not others and token is not clause:
        others = _resolve_all(prep_objects(clause, trigger.preps or ("with",)), res)
    if not others and trigger.frame == "sign" and token.pos_ in ("NOUN", "PROPN"):
        # "signed a contract to purchase the warplanes from France's Dassault Aviation"
        others = _first_actor_in(token, res, exclude=subjects)
    if not others and token is not clause:
        codes = {s.actor.code for s in subjects}
        others = [a for a in _noun_modifier_actors(token, res) if a.actor.code not in codes]
        if not others:  # "the final declaration of the CSTO summit"
            others = [a for a in res.resolve(token) if a.actor.code not in codes]
    if not others and token.pos_ == "VERB" and token.lemma_.lower() == "agree":
        # "France agreed to sell Armenia three radars": whom the agreed act concerns;
        # not when two sides agreed between themselves ("Japarov and Rahmon agreed to
        # order a ceasefire at a summit in Uzbekistan")
        if len({s.actor.code for s in subjects}) < 2:
            others = _actor_in_complement(token, res, subjects, ("xcomp",))
    if others:
        return Roles(actors=subjects, recipients=others)
    return Roles(actors=subjects, pairwise=True)


def _attend(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    """X attended the Y summit (in P): a visit to P's country, or a multilateral meeting."""
    actors, _ = _subject_args(clause, res)
    objects = direct_objects(token)
    roles = Roles(actors=actors)
    location = find_location(token, clause, res)
    for obj in objects:
        location = location or find_location(obj, obj, res)
        roles.recipients.extend(_noun_modifier_actors(obj, res) or res.resolve(obj))
    roles.location = location
    codes = {a.actor.code for a in actors + roles.recipients}
    if location is not None and location.code and location.code not in codes and actors:
        # attending a summit (or a funeral) abroad is also a trip to the host country:
        # "Putin attended the CICA summit in Astana" is a visit to Kazakhstan as well
        roles.recipients.append(Argument(actor=Actor(code=location.code), from_anaphora=True))
    return roles


def _refuse(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    """X refused/declined (to do) Y: the recipient is whoever Y concerns."""
    actors, _ = _subject_args(clause, res)
    recipients = _resolve_all(direct_objects(token), res)
    if not recipients:
        recipients = _actor_in_complement(token, res, actors, ("xcomp", "prep", "ccomp"))
    return Roles(actors=actors, recipients=recipients)


def _protest(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    """Protesters rallied (in P) against Y: a crowd takes the nationality of P."""
    heads, _ = clause_subjects(clause)
    actors: list[Argument] = []
    location = find_location(token, clause, res)
    for head in heads:
        if location is None:  # "Demonstrators in Baghdad blocked a road"
            location = find_location(head, head, res)
    if not heads and token.pos_ in ("NOUN", "PROPN"):
        # "Palestinian riots against ...": the protesters are in the noun's modifiers;
        # "the Polish side's strong protest": a state's, in words (events.py makes it ACCUSE)
        owners = [c for c in token.children if c.dep_ == "poss" and res.is_state(c)]
        if owners:
            actors.extend(a for o in owners for a in res.resolve(o))
        for arg in ([] if owners else _noun_modifier_actors(token, res)):
            actors.append(Argument(actor=Actor(code=arg.actor.code, sector="CVL", text=arg.actor.text)))
    for head in heads:
        resolved = res.resolve(head)
        if resolved and not res.crowd(head):
            actors.extend(resolved)
            continue
        # Protesters are civilians of the country where they protest (CONTRACT.md):
        # "ethnic Turks" striking in Sweden are Swedish residents; without a place, the
        # crowd's own adjective ("Angry French workers") names them.
        # A nationality named in the phrase ("Palestinian prisoners") stays; an ethnic
        # minority or a crowd without one takes the place ("ethnic Turks" in Sweden).
        named = [a for a in resolved if not a.from_anaphora and not res.ethnic(head)]
        nationality = named[0].actor.code if named else (
            location.code if location and location.code else (
                resolved[0].actor.code if resolved else res.sentence_country(head)))
        if nationality:
            actors.append(Argument(actor=Actor(code=nationality, sector="CVL", text=head.text)))
    recipients: list[Argument] = []
    for pobj in prep_objects(token, trigger.preps or ("against",)) + prep_objects(
            token, ("against", "over", "at")) + ([] if token is clause else prep_objects(
                clause, ("against", "over"))):  # "staged a protest ... against Russia's decision"
        recipients = _first_actor_in(pobj, res, exclude=actors)
        if recipients:
            break
    if not recipients:
        # "staged a protest outside the ministry to protest against Russia's decision"
        for purpose in [c for c in clause.children if c.dep_ in ("advcl", "xcomp")]:
            for pobj in prep_objects(purpose, ("against", "over")):
                recipients = _first_actor_in(pobj, res, exclude=actors)
                if recipients:
                    break
            if recipients:
                break
    if not recipients:
        # "demonstrated outside the Chinese consulate": the target is where they stand
        for pobj in prep_objects(token, ("outside", "at", "near", "before")):
            recipients = [a for a in _first_actor_in(pobj, res, exclude=actors)
                          if not location or a.actor.code != location.code]
            if recipients:
                break
    return Roles(actors=actors, recipients=recipients, location=location)


def _expel(trigger: Trigger, token: Token, clause: Token, res: ArgumentResolver) -> Roles:
    """X expelled / ordered Y's diplomats to leave: the recipient is Y."""
    if trigger.requires and not any(t.lemma_ == trigger.requires for t in token.subtree):
        return Roles()
    actors, _ = _subject_args(clause, res)
    recipients: list[Argument] = []
    for obj in direct_objects(token):
        recipients.extend(res.resolve(obj))
    return Roles(actors=actors, recipients=recipients)


# Groups of visitors whose sender is named inside the phrase ("a mission of observers
# from the OSCE"); "welcomed the visit, which came after Russia's invasion" is not one.
DELEGATIONS = frozenset({"mission", "delegation", "team", "group", "party", "leader",
                         "minister", "president", "official", "envoy", "representative",
                         "observer", "monitor", "inspector", "visitor", "guest"})


def _actor_in_complement(token: Token, res: ArgumentResolver, exclude: list[Argument],
                         deps: tuple[str, ...]) -> list[Argument]:
    """The first actor, other than ``exclude``, in the first complement (of ``deps``) naming one."""
    for child in token.children:
        if child.dep_ in deps:
            found = _first_actor_in(child, res, exclude=exclude)
            if found:
                return found
    return []


def _first_actor_in(token: Token, res: ArgumentResolver, exclude: list[Argument],
                    skip_clauses: bool = False) -> list[Argument]:
    codes = {a.actor.code for a in exclude}
    tokens = token.subtree
    if skip_clauses:  # leave out relative and other clauses hanging off the phrase
        cut = {t.i for c in token.children if c.dep_ in ("relcl", "acl", "advcl")
               for t in c.subtree}
        tokens = [t for t in token.subtree if t.i not in cut]
    for tok in sorted(tokens, key=lambda t: t.i):
        if tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            for arg in res.resolve(tok):
                if arg.actor.code not in codes:
                    return [arg]
    return []


def find_location(token: Token, clause: Token, res: ArgumentResolver, *,
                  meeting: bool = False) -> Place | None:
    """A place named by a locative phrase of the trigger or its clause ("in Sochi").

    The place may hang off the object ("imposed a curfew in Cizre"); for a meeting only
    off an object that is somebody ("met the presidents of ... in New York"), because
    "discussed the situation in Afghanistan" names a topic, not a venue.
    """
    seen: set[int] = set()
    objects = direct_objects(token)
    if meeting:
        objects = [o for o in objects if res.resolve(o)]
    for head in (token, clause, *objects):
        if head.i in seen:
            continue
        seen.add(head.i)
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPS:
                continue
            objects = [c for c in prep.children if c.dep_ == "pobj"] + [
                p for inner in prep.children if inner.dep_ == "prep" and inner.lower_ == "of"
                for p in inner.children if p.dep_ == "pobj"]  # "outside of Basra"
            for pobj in objects:
                place = res.place(pobj)
                if place is not None:
                    return place
                # "on the sidelines of the SCO summit in Samarkand"
                for inner in pobj.subtree:
                    if inner.dep_ == "pobj" and inner is not pobj and inner.head.lower_ in LOCATIVE_PREPS:
                        place = res.place(inner)
                        if place is not None:
                            return place
        # "hosted the leaders of the Organization of Turkic States in Samarkand"
        if head is not token and head is not clause:
            for inner in head.subtree:
                if inner.dep_ == "pobj" and inner.head.lower_ in ("in", "at") and inner.head.dep_ == "prep":
                    place = res.place(inner)
                    if place is not None:
                        return place
        # "deployed troops to its base in Tajikistan": the place inside the destination
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "into", "toward", "towards"):
                for inner in prep.subtree:
                    if inner.dep_ == "pobj" and inner.head.lower_ in ("in", "at") and inner.head is not prep:
                        place = res.place(inner)
                        if place is not None:
                            return place
        # "on the sidelines of ... in Samarkand" hangs off an "on" phrase
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "during", "at"):
                for inner in prep.subtree:
                    if inner.dep_ == "pobj" and inner.head.lower_ in ("in", "at"):
                        place = res.place(inner)
                        if place is not None:
                            return place
    return None


FRAMES = {
    "visit": _visit,
    "travel": _travel,
    "depart": _depart,
    "return": _return,
    "attend": _attend,
    "host": _host,
    "host_noun": _host_noun,
    "meet": _meet,
    "sign": _meet,  # signing has the arguments of a meeting: "X and Y signed", "X signed with Y"
    "transitive": _transitive,
    "typed": _transitive,  # the typer's act on a verb the lexicon does not list
    "refuse": _refuse,
    "protest": _protest,
    "expel": _expel,
    "release": _transitive,
}
