"""Finding event triggers in a parsed sentence.

Verbs from the lexicon ("visited", "hand over", "lift a blockade"), event nouns under
light verbs ("held talks", "imposed sanctions", "take part in the exercise") or with a
possessor ("Russia's war"), reported demands ("said Sudan must ..."), and cooperative
verbs that become promises in the future ("will provide").  Each hit names the word
that triggers and the clause whose subject, tense and negation apply.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from spacy.tokens import Span, Token

from multivector.coding.arguments import SPEECH_VERBS
from multivector.coding.lexicon import Lexicon, Trigger
from multivector.coding.syntax import governors, has_to, is_national

@dataclass(frozen=True)
class TriggerHit:
    trigger: Trigger
    token: Token  # the trigger word (verb or event noun)
    clause: Token  # the verb whose subject, tense and negation apply


def find_triggers(sent: Span, lex: Lexicon) -> list[TriggerHit]:
    """Every trigger in a sentence, with the clause that carries its tense and negation."""
    hits: list[TriggerHit] = []
    noun_clauses: set[int] = set()
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            demand = _reported_demand(tok, lex)
            if demand is not None:
                # "Russia said Sudan must return ...", "Straw said they must reach an
                # agreement", "said the US must be ready": a demand, not the act
                hits.append(demand)
                continue
        if tok.lemma_ == "be" and tok.dep_ in ("ROOT", "conj", "ccomp", "advcl") and any(
                c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.children) and not any(
                c.dep_ == "xcomp" for c in tok.children):  # not "In Samarkand he is to pay ..."
            hits.append(TriggerHit(lex.verbs["be"], tok, tok))  # "Scholz was in Astana"
            continue
        if tok.lemma_ == "be" and tok.dep_ not in ("aux", "auxpass"):
            # "Xi is on a state visit to Kazakhstan": the copula is the visit's light verb
            for noun in _light_verb_nouns(tok, lex):
                hits.append(TriggerHit(_noun_trigger(lex, noun), noun, tok))
                noun_clauses.add(noun.i)
        if not _acts_as_verb(tok) or tok.dep_ in ("aux", "auxpass", "amod"):
            continue
        lemma = _verb_lemma(tok, lex)
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        light = lemma in lex.light_verbs and (
            particle is None or f"{lemma} {particle}" not in lex.verbs)
        nouns = _light_verb_nouns(tok, lex) if (
            light or f"{lemma} {particle}" in lex.light_verbs) else []
        if nouns:
            # "launched an investigation", "lodged a protest": the noun says what happened
            for noun in nouns:
                hits.append(TriggerHit(_noun_trigger(lex, noun), noun, tok))
                noun_clauses.add(noun.i)
            continue
        happened = _subject_event_nouns(tok, lex)
        if happened:
            for noun in happened:  # "talks between X and Y took place"
                hits.append(TriggerHit(lex.nouns[noun_key(lex, noun)], noun, tok))
                noun_clauses.add(noun.i)
            continue
        if lemma == "return" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            hits.append(TriggerHit(RETURN_VISIT, tok, tok))  # "He returned in November 2023"
            continue
        trigger = _verb_object_trigger(lex, lemma, particle, tok)
        trigger = trigger or (lex.verbs.get(f"{lemma} {particle}") if particle else None)
        trigger = trigger or lex.verbs.get(lemma)
        if trigger is not None and not _participle_modifier(tok) and _applies(trigger, tok):
            hits.append(TriggerHit(trigger, tok, tok))
            continue
        if lemma in lex.agree_verbs:
            # not an event by itself, but a promise when future or intended
            hits.append(TriggerHit(PROMISE, tok, tok))
    verb_hits = {h.token.i: h.trigger.event_type for h in hits if h.token is h.clause}
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in noun_clauses:
            continue
        if noun_key(lex, tok) is None:
            continue
        trigger = _noun_trigger(lex, tok)
        if noun_lemma(tok) in CARRIER_NOUNS:
            # "helping Moscow's war effort": the possessor owns the effort; no attack
            # is reported here
            continue
        if _under_non_factive(tok, lex) or _only_likely(tok):
            continue  # "cancelled his visit to Paris", "an attack was very likely"
        setting = _setting_of(tok) if trigger.frame == "meet" else None
        if setting is not None and any(c.dep_ == "prep" and c.lower_ == "with"
                                       for c in tok.children) and not any(
                c.dep_ == "poss" for c in tok.children):
            # "In a phone call with Erdogan on Monday, Tokayev discussed energy": the
            # talk is the setting of what the subject did; the subject had it
            hits.append(TriggerHit(trigger, tok, setting))
            continue
        if tok.dep_ == "dobj" and verb_hits.get(tok.head.i) == trigger.event_type:
            # "was scheduled to attend his first summit": one event, the verb's, in its
            # tense ("supporting Russia's war" is two: the war is a fact of its own)
            continue
        if _names_its_parties(tok, trigger):
            # "a meeting between Pezeshkian and Rahmon in September", "the visit of Orban
            # to Moscow", "a trip to Mongolia by Macron": the noun says who met or went
            # where, and is its own clause, dated by its own phrase
            hits.append(TriggerHit(trigger, tok, tok))
            continue
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in tok.head.children):
            continue  # "It was his first foreign trip since 2020": says more of one already told
        if trigger.frame == "sign" and any(c.dep_ == "poss" for c in tok.children):
            continue  # "their mutual defence treaty": an agreement in force, not a signing
        if any(c.dep_ == "poss" for c in tok.children) or (
                trigger.event_type in ("ASSAULT", "CONSULT", "SANCTION", "PROTEST")
                and any(c.dep_ in ("amod", "compound") and is_national(c)
                        for c in tok.children)):
            # A possessed event noun ("Russia's war in Ukraine") states a fact
            # whatever the verb around it says: it is its own clause.
            hits.append(TriggerHit(trigger, tok, tok))
    return _drop_governing_refusals(hits)

# Verbs that say a meeting happened when the event noun is their subject: "Talks between
# X and Y took place in Xi'an", "the meeting was held", "negotiations began".
HAPPEN_VERBS = frozenset({"take", "hold", "begin", "start", "open", "conclude", "end", "resume",
                          "continue", "happen", "occur", "go"})


def _subject_event_nouns(verb: Token, lex: Lexicon) -> list[Token]:
    if verb.lemma_.lower() not in HAPPEN_VERBS:
        return []
    if verb.lemma_.lower() == "take" and not any(
            c.dep_ == "dobj" and c.lemma_.lower() == "place" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
            and noun_key(lex, c) is not None and lex.nouns[noun_key(lex, c)].frame == "meet"
            and any(p.dep_ == "prep" and p.lower_ == "between" for p in c.children)]


def _reported_demand(verb: Token, lex: Lexicon) -> TriggerHit | None:
    """"Russia said Sudan must return the helicopter": a demand of the speaker."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lex.demand_modals for c in verb.children):
        return None
    return TriggerHit(DEMAND, verb, verb)

def _light_verb_nouns(verb: Token, lex: Lexicon) -> list[Token]:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = _verb_lemma(verb, lex)
    key = f"{lemma} {particle}" if particle else lemma
    allowed = lex.light_verbs.get(key, lex.light_verbs.get(lemma))
    nouns: list[Token] = []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "remained on alert", "went on strike": the event noun after "on"
    objects += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "on"
                for p in prep.children if p.dep_ == "pobj" and noun_key(lex, p) is not None]
    for obj in objects:
        if obj.lemma_.lower() == "part" and allowed and "part" in allowed:
            # "take part in X": the event is X
            for prep in list(obj.children) + list(verb.children):
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    nouns.extend(p for p in prep.children if p.dep_ == "pobj" and (
                        p.lemma_.lower() in lex.nouns or noun_key(lex, p) is not None))
            continue
        for noun in [obj, *[c for c in obj.children if c.dep_ == "conj"]]:
            lemma = noun_key(lex, noun)
            if lemma == "law" and not any(c.lower_ == "martial" for c in noun.children):
                continue  # only "martial law" is an event
            if lemma is not None and (allowed is None or lemma in allowed):
                nouns.append(noun)
    return nouns

def _acts_as_verb(tok: Token) -> bool:
    """A verb, or a participle the tagger took for an adjective because the writer put it
    in quotes ("Armenia has 'frozen' its participation"): it has an auxiliary and an object."""
    if tok.pos_ == "VERB":
        return True
    return tok.pos_ == "ADJ" and any(c.dep_ == "aux" for c in tok.children) and any(
        c.dep_ == "dobj" for c in tok.children)


def _names_its_parties(noun: Token, trigger: Trigger) -> bool:
    """Does a meeting or visit noun name its own parties ("between X and Y", "of X to
    Y", "by X")?"""
    preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}

    def named(prep: str) -> bool:
        return prep in preps and any(p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.ent_type_)
                                     for p in preps[prep].children)

    if trigger.frame == "meet" and trigger.event_type == "CONSULT":
        return named("between")
    if trigger.frame == "visit":
        return (named("of") or named("by")) and "to" in preps
    if trigger.frame == "sign" and noun.lemma_.lower() == "signing":
        # "the signing of the Ankara Declaration between the two nations on 11 December"
        # (not "a peace treaty between the two nations": a treaty is a thing, not an act)
        inner = [c for p in preps.get("of", noun).children if p.dep_ == "pobj"
                 for c in p.children if c.dep_ == "prep"] if "of" in preps else []
        return "between" in preps or any(c.lower_ == "between" for c in inner)
    return False


def _setting_of(noun: Token) -> Token | None:
    """The verb whose "in/during/at/after ..." phrase the noun heads, if any."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during", "at", "after") \
            or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _under_non_factive(noun: Token, lex: Lexicon) -> bool:
    """Is the event noun the object (or inside the object) of a verb that says it did
    not happen, or a negated verb ("did not make his visit")?"""
    current = noun
    for _ in range(4):
        if current.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "conj", "compound"):
            return False
        if current.dep_ == "prep" and current.lower_ not in ("of", "about", "on", "for"):
            return False  # "discussed energy in a phone call": the call is the setting
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return (current.lemma_.lower() in lex.non_factive_governors
                    or any(c.dep_ == "neg" for c in current.children))
    return False


LIKELIHOOD = frozenset({"likely", "unlikely", "possible", "probable", "imminent", "expected",
                        "feared", "inevitable", "conceivable"})


def _only_likely(noun: Token) -> bool:
    """"A fresh attack was very likely", "talks are possible": said to be likely, not done."""
    head = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in LIKELIHOOD for c in head.children)


def unreal_event_nouns(sent: Span, lex: Lexicon) -> list[Token]:
    """Event nouns the sentence says did not (or not yet) happen ("denied reports of a
    planned visit", "postponed the talks")."""
    return [t for t in sent if t.pos_ == "NOUN" and noun_key(lex, t) is not None
            and (_under_non_factive(t, lex) or _only_likely(t))]


def _drop_governing_refusals(hits: list[TriggerHit]) -> list[TriggerHit]:
    """A refusal verb whose complement is itself a trigger is coded through it."""
    governed = {g.i for h in hits for g in governors(h.clause)}
    return [h for h in hits if not (h.trigger.frame == "refuse" and h.token.i in governed)]


# Pseudo-triggers: a promise (a cooperative verb in the future) and a reported demand.
PROMISE = Trigger("promise", "AGREE", None, "030", "transitive", preps=("to", "with"))
DEMAND = Trigger("demand", "REQUEST", None, "100", "transitive")
RETURN_VISIT = Trigger("return", "CONSULT", "visit", "042", "return")
LABOUR_STRIKE = Trigger("strike", "PROTEST", "strike", "143", "protest", preps=("against", "over"))
# Types whose target may be only a place ("a curfew in Cizre"): its country is the recipient.
PLACE_TARGETED = frozenset({"COERCE", "CONCEDE", "ASSAULT", "MOBILIZE", "RETREAT", "SANCTION",
                            "AID", "PROTEST"})
# Verbs whose complement is what is asked for, not what happened.
REQUEST_GOVERNORS = frozenset({"demand", "urge", "ask", "request", "call", "press", "appeal",
                               "want", "insist", "plead", "seek", "pressure", "push"})
# Verbs under which an infinitive is still a real act ("continued to send arms").
ASPECTUAL = frozenset({"continue", "begin", "start", "resume", "keep", "decide", "try",
                       "attempt", "manage", "move", "proceed", "go", "vote", "choose",
                       # the means or the cause of an act done: "used water cannons to
                       # shoot at the boats", "prompting officials to warn China"
                       "use", "prompt", "force", "compel", "spur", "cause"})


def _verb_object_trigger(lex: Lexicon, lemma: str, particle: str | None,
                         verb: Token) -> Trigger | None:
    """"lift a blockade" (RETREAT) is not "lift a curfew" (CONCEDE): verb + object keys."""
    base = f"{lemma} {particle}" if particle else lemma
    for obj in verb.children:
        if obj.dep_ in ("dobj", "nsubjpass"):
            for noun in [obj, *[c for c in obj.children if c.dep_ in ("compound", "conj")]]:
                found = lex.verbs.get(f"{base} {noun.lemma_.lower()}")
                if found is not None:
                    return found
    return None


# Participles the tagger may take for adjectives (in quotes, mostly), with their verbs.
IRREGULAR_PARTICIPLES = {"frozen": "freeze", "broken": "break", "withdrawn": "withdraw",
                         "shot": "shoot", "struck": "strike", "sent": "send", "held": "hold",
                         "seized": "seize", "suspended": "suspend", "banned": "ban",
                         "expelled": "expel", "recalled": "recall", "cut": "cut",
                         "closed": "close", "blocked": "block", "severed": "sever"}


def _verb_lemma(tok: Token, lex: Lexicon) -> str:
    """The model's lemma, mended where it is known to slip ("staged" -> "stag")."""
    lemma = tok.lemma_.lower()
    if lemma in lex.verbs or lemma in lex.light_verbs or lemma in lex.agree_verbs:
        return lemma
    if tok.pos_ == "ADJ" and tok.lower_ in IRREGULAR_PARTICIPLES:  # "has 'frozen'"
        return IRREGULAR_PARTICIPLES[tok.lower_]
    lower = tok.lower_
    for suffix, keep in (("ed", 1), ("ed", 2), ("es", 1), ("s", 1)):
        if tok.tag_ in ("VBD", "VBN", "VBZ") and lower.endswith(suffix):
            guess = lower[:-keep] if keep == 1 else lower[:-2]
            if guess in lex.verbs or guess in lex.light_verbs:
                return guess
    return lemma


def noun_lemma(noun: Token) -> str:
    """The noun's lemma, also for a capitalised word the tagger took for a name
    ("Talks between ..." at the start of a sentence is tagged PROPN, lemma "Talks")."""
    lemma = noun.lemma_.lower()
    if noun.tag_ == "NNPS" and lemma.endswith("s"):
        return lemma[:-1]
    return lemma


# Nouns that only carry the event named in front of them: "a mediation mission", "a
# mediation effort", "a peace initiative".
CARRIER_NOUNS = frozenset({"mission", "effort", "bid", "process", "initiative", "attempt",
                           "campaign", "operation", "programme", "program"})


def noun_key(lex: Lexicon, noun: Token) -> str | None:
    """The lexicon key of an event noun: "war games" before "games", "state of emergency"
    before "state", "mediation" for "a mediation mission", else the lemma."""
    opening = noun.pos_ == "PROPN" and noun.i == noun.sent.start and not noun.ent_type_
    if noun.ent_type_ in ("DATE", "TIME") or (noun.pos_ == "PROPN" and noun.tag_ != "NNPS"
                                              and not opening):
        return None  # "on March 13" is a date, not a march
    lemma = noun_lemma(noun)
    if opening and lemma not in lex.nouns and lemma.endswith("s") and lemma[:-1] in lex.nouns:
        lemma = lemma[:-1]  # "Talks between X and Y ..." opening a sentence after a headline
    if lemma in CARRIER_NOUNS:
        for child in noun.children:
            if child.dep_ == "compound" and child.lemma_.lower() in lex.nouns:
                return child.lemma_.lower()
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                key = f"{lemma} of {pobj.lemma_.lower()}"
                if pobj.dep_ == "pobj" and key in lex.nouns:
                    return key
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and f"{child.lower_} {lemma}" in lex.nouns:
            return f"{child.lower_} {lemma}"
    return lemma if lemma in lex.nouns else None


def _noun_trigger(lex: Lexicon, noun: Token) -> Trigger:
    if noun.lemma_.lower() == "strike" and _labour_strike(noun):
        return LABOUR_STRIKE
    return lex.nouns[noun_key(lex, noun) or noun.lemma_.lower()]


# A match score right after the beaten side: "beat Real Madrid 4-0", "defeated them 2–1"
_SCORE = re.compile(r"\s*\d{1,2}\s?[-–]\s?\d{1,2}\b")


def _match_result(verb: Token) -> bool:
    doc = verb.doc
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.right_edge.i + 1 < len(doc):
            after = doc.text[obj.right_edge.idx + len(obj.right_edge.text):][:12]
            if _SCORE.match(after):
                return True
    return False


def _applies(trigger: Trigger, verb: Token) -> bool:
    """Object and co-occurrence conditions of a trigger ("recall" an ambassador)."""
    if trigger.requires and not any(t.lemma_ == trigger.requires for t in verb.subtree):
        return False
    if trigger.event_type == "ASSAULT" and _match_result(verb):
        return False  # "Manchester City beat Real Madrid 4-0": a match, not an assault
    if trigger.frame == "depart" and not any(c.dep_ == "prep" and c.lower_ == "for"
                                             for c in verb.children):
        return False  # "left for Bishkek" is a trip; "ordered to leave the country" is not
    if trigger.objects is not None:
        objects = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                   for t in [c, *[x for x in c.children if x.dep_ == "conj"]]]
        if not any(o.lemma_.lower() in trigger.objects for o in objects):
            return False
    return True


def is_infinitive(verb: Token) -> bool:
    """"to support growth": an infinitive states a purpose or a plan, not a fact.

    A gerund after a preposition ("after meeting Scholz") is a fact.
    """
    return verb.dep_ in ("xcomp", "advcl", "pcomp") and has_to(verb)


def _participle_modifier(verb: Token) -> bool:
    """"the exercise planned on its territory": a participle describing a noun, no event.

    A sentence whose root is a noun ("Hundreds of students protested ...") is a parse
    that went wrong; there the participle is the real verb.
    """
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ != "ROOT"


def _labour_strike(noun: Token) -> bool:
    """"a general strike", "a hunger strike", "workers went on strike"."""
    words = {c.lemma_.lower() for c in noun.children}
    return bool(words & {"general", "hunger", "labour", "labor", "national", "nationwide",
                         "open-ended", "indefinite", "day", "week", "-hour", "24-hour"}) or \
        noun.head.lemma_ in ("go", "call", "stage", "organize", "organise", "begin", "start",
                             "continue", "hold", "end")
