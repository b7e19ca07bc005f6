"""spaCy component ``mv_events``: PLOVER events (and indicators) from the parse.

For every sentence it finds triggers (verbs from the lexicon, event nouns under light
verbs or possessives), reads their arguments through the frames, applies negation,
refusal and tense, attaches the event's own date and place, and writes plain
``Candidate`` records to ``doc._.mv_events`` (``doc._.mv_indicators`` for figures).
Nothing here leaves spaCy objects behind: ``nlp/convert.py`` turns candidates into
contract records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch

from multivector.coding.arguments import SPEECH_VERBS, Argument, ArgumentResolver
from multivector.coding.carry import DocumentCarry
from multivector.coding.dates import DateMention, find_dates, unknown_date
from multivector.coding.event_dates import dates_by_dyad, date_for, future_sentence, reference_date
from multivector.coding.frames import Roles, find_location, find_roles
from multivector.coding.indicators import IndicatorCandidate, find_indicators
from multivector.coding.lexicon import Trigger, load_lexicon
from multivector.coding.merge import merge_candidates
from multivector.coding.modes import consult_mode, country_level
from multivector.coding.parties import (
    addressee,
    as_of,
    distinct,
    domestic,
    own_trip_called_off,
    participation,
    with_uncoded,
    withheld_permission,
)
from multivector.coding.syntax import (
    auxiliaries,
    denies_charge,
    governors,
    is_future_nominal,
    is_negated,
    prep_objects,
    scheduled,
)
from multivector.coding.triggers import (
    ASPECTUAL,
    DEMAND,
    PLACE_TARGETED,
    PROMISE,
    REQUEST_GOVERNORS,
    TriggerHit,
    find_triggers,
    is_infinitive,
    unreal_event_nouns,
)
from multivector.coding.typing import (
    TriggerGroup,
    generic_cameo,
    main_clause,
    reconcile,
    typed_trigger,
    wants_another_event,
    wants_new_event,
)
from multivector.gazetteer import load_gazetteer
from multivector.nlp.typer import TypeScores, load_typer
from multivector.records import Actor, DateRange, Place

# PLOVER types that need no recipient to be meaningful (a threat may be unaddressed;
# a meeting needs a counterpart, aid needs a receiver).
RECIPIENT_OPTIONAL = frozenset({"AGREE", "REJECT", "ACCUSE", "THREATEN", "PROTEST", "CONCEDE",
                                "MOBILIZE", "REQUEST", "SUPPORT", "ASSAULT", "COERCE", "RETREAT"})
# PLOVER: a conflictual act announced for the future is a threat, not a promise.
MATERIAL_CONFLICT = frozenset({"COERCE", "SANCTION", "ASSAULT", "MOBILIZE", "PROTEST"})
# Violence and repression are events even when the report names only the victims
# ("three civilians were killed in a car bombing").
ACTORLESS_OK = frozenset({"ASSAULT", "COERCE"})
CONDITION_WORDS = frozenset({"unless"})  # "until" is mostly temporal ("carried until 2019")

if not Doc.has_extension("mv_events"):
    Doc.set_extension("mv_events", default=None)
    Doc.set_extension("mv_indicators", default=None)
if not Doc.has_extension("mv_carry"):
    # set on each part of a long document: what the earlier parts found (coding/carry.py)
    Doc.set_extension("mv_carry", default=None)


@dataclass(frozen=True)
class Candidate:
    """One event found in a sentence, before it becomes a contract record."""

    event_type: str
    mode: str | None
    cameo: str | None
    actor: Actor | None  # None only for violence whose perpetrator is not named
    recipient: Actor | None
    date: DateRange | None
    location: Place | None
    sent_start: int  # character offsets of the sentence in the document
    sent_end: int
    trigger: int  # character offset of the trigger word
    confidence: float
    typer_score: float | None = None  # the typer's probability of this type for the sentence
    exact: bool = False  # a type the typer may not overrule (see coding/typing.py)
    undated: bool = False  # a past act its sentence gives no date (see dates_by_dyad)


class Veto(list):
    """What ``code`` returns when the rules decide a report is no event (negated, a
    condition, someone else's forecast, a request, a purpose): an empty list that says so,
    unlike one that is empty only for want of a party the tables know."""


VETO = Veto()


class EventCoder:
    def __init__(self, nlp: Language, name: str = "mv_events", typer: str | None = None,
                 use_typer: bool = True) -> None:
        self.name = name
        self.lexicon = load_lexicon()
        load_gazetteer()  # load at start-up, not on the first document
        # the learned typer (nlp/typer.py); ``typer`` names another model directory
        self.typer = load_typer(typer) if use_typer else None

    def __call__(self, doc: Doc) -> Doc:
        return self._code_doc(doc, self._type_docs([doc])[0])

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """As ``__call__``, with the typer run once over a batch of documents' sentences
        (sorted by length, so fewer and shorter paddings: the typer's time counts)."""
        for batch in minibatch(docs, size=batch_size):
            for doc, typed in zip(batch, self._type_docs(batch)):
                yield self._code_doc(doc, typed)

    def _type_docs(self, docs: list[Doc]) -> list[dict[int, TypeScores]]:
        """The typer's ranked types for every sentence that could report an act (a trigger
        may still find no party, and then the typer's reading is what is left)."""
        if self.typer is None:
            return [{} for _ in docs]
        wanted: list[tuple[int, int, Span]] = []
        for d, doc in enumerate(docs):
            body = max(self._dateline(doc)[1], doc._.mv_body_start or 0)
            wanted += [(d, i, s) for i, s in enumerate(doc.sents)
                       if s.end_char > body and _could_report(s)]
        typed: list[dict[int, TypeScores]] = [{} for _ in docs]
        for (d, i, _), scores in zip(wanted, self.typer.rank([s.text for _, _, s in wanted])):
            typed[d][i] = scores
        return typed

    def _code_doc(self, doc: Doc, typed: dict[int, TypeScores]) -> Doc:
        published: date | None = doc._.mv_published
        # a part of a long document continues what the earlier parts began (coding/carry.py)
        carry: DocumentCarry = doc._.mv_carry or DocumentCarry(reference_date(doc.text, published))
        reference = carry.reference
        res = ArgumentResolver(doc, published)
        if carry.resolver is not None:
            res.continue_from(carry.resolver)
        anchor: DateRange | None = carry.anchor
        dateline, dateline_end = self._dateline(doc)
        if dateline is not None and dateline.code:
            # the place a story is filed from counts towards the country it is about
            res.country_counts[dateline.code] = res.country_counts.get(dateline.code, 0) + 1
        events: list[Candidate] = []
        indicators: list[IndicatorCandidate] = []
        sentences = list(doc.sents)
        sentence_hits = [find_triggers(sent, self.lexicon) for sent in sentences]
        for index, sent in enumerate(sentences):
            # "Orban will travel to Austria on July 10": in a sentence about what will
            # happen, a date without its year is the next one
            ahead = future_sentence(sent, self.lexicon)
            mentions = find_dates(sent.text, reference, anchor=anchor, future=ahead)
            explicit = [m for m in mentions if not m.relative]
            if explicit:
                # "Putin came to Astana on October 12 ...; they spoke by phone early that
                # month": after the sentence's first explicit date, anaphora refer to it
                again = find_dates(sent.text, reference, anchor=explicit[0].range, future=ahead)
                cut = explicit[0].end_char
                mentions = [m for m in mentions if m.start_char < cut] + [
                    m for m in again if m.start_char >= cut]
            if sent.end_char <= max(dateline_end, doc._.mv_body_start or 0):
                continue  # header lines and the dateline: metadata, no events
            hits = sentence_hits[index]
            trigger_words = {t.i for h in hits for t in (h.token, h.clause)}
            own_dateline = dateline if sent.start_char <= dateline_end + 1 else None
            groups = [TriggerGroup(self.code(hit, sent, res, mentions, reference, published,
                                             trigger_words, own_dateline), _depth(hit.token),
                                   retypable=hit.token.pos_ in ("VERB", "AUX"))
                      for hit in hits]
            scores = typed.get(index)
            denial = denied_charge(sent)
            if denial is not None:
                # what the denied charge says happened did not, as far as the speaker goes
                inside = {t.idx for t in denial.subtree}
                groups = [replace(g, candidates=[c for c in g.candidates if c.trigger not in inside])
                          if not isinstance(g.candidates, Veto) else g for g in groups]
            if not any(g.candidates for g in groups) and not any(
                    isinstance(g.candidates, Veto) for g in groups) \
                    and not unreal_event_nouns(sent, self.lexicon):
                # the typer codes what the lexicon has no word for, or what it found no
                # party for; where the rules found a report to be no event (a negation, a
                # condition, a forecast, a denied or called-off visit), there is none
                new_type = wants_new_event(scores)
                clause = main_clause(sent) if new_type else None
                spoken = self._speech_act(sent, scores, [], res, mentions, published) \
                    if new_type in VERBAL_TYPES or denial is not None else []
                if spoken:
                    # "Lula said the United States is encouraging war": the speaker accuses
                    groups = [TriggerGroup(spoken, 0, retypable=False)]
                elif clause is not None:
                    hit = TriggerHit(typed_trigger(clause, new_type), clause, clause)
                    groups = [TriggerGroup(self.code(hit, sent, res, mentions, reference, published,
                                                     trigger_words | {clause.i}, own_dateline), 0)]
                elif new_type and _headline(sent):
                    groups = [TriggerGroup(self._headline_event(sent, scores, res, published), 0)]
            found = reconcile(groups, scores)
            for cand in found:
                if cand.mode == "visit" and cand.actor and cand.recipient and cand.actor.code \
                        and cand.recipient.code:
                    res.note_visit(cand.actor, cand.recipient)
            if found and not any(isinstance(g.candidates, Veto) for g in groups):
                found += self._speech_act(sent, scores, found, res, mentions, published)
                # (not beside an exact reading: "imposed sanctions" is the SANCTION, not
                # also the COERCE some annotators would call it)
                also = None if any(c.exact for c in found) or denial is not None else \
                    wants_another_event(scores, {c.event_type for c in found})
                clause = main_clause(sent) if also else None
                if clause is not None:
                    # the rules found other acts; the typer is sure the sentence reports
                    # this one too: from the main clause, between two coded parties only
                    hit = TriggerHit(typed_trigger(clause, also), clause, clause)
                    found += [c for c in self.code(hit, sent, res, mentions, reference, published,
                                                   trigger_words | {clause.i}, own_dateline)
                              if c.actor is not None and c.actor.code
                              and c.recipient is not None and c.recipient.code]
            events.extend(found)
            indicators.extend(find_indicators(sent, res, mentions))
            res.remember_sentence(sent)
            if mentions:
                anchor = mentions[-1].range
        carry.add(events, indicators)
        carry.resolver, carry.anchor = res, anchor
        if carry.last:
            # document-wide steps, once all parts are read; offsets are the whole text's
            doc._.mv_events = merge_candidates(dates_by_dyad(carry.events, published))
            doc._.mv_indicators = carry.indicators
        else:
            doc._.mv_events, doc._.mv_indicators = [], []
        return doc

    def _speech_act(self, sent: Span, scores: TypeScores | None, found: list[Candidate],
                    res: ArgumentResolver, mentions: list[DateMention],
                    published: date | None) -> list[Candidate]:
        """What a statement does to those it is about ("Lula said the United States is
        encouraging war": an accusation; "the ministry said the charges were made up by
        the Polish leadership": a rejection): the typer's verbal act, from the speaker to
        the first other party of the reported clause, when no rule found that act."""
        verb = _speech_verb(sent)
        if verb is None or _conditional(verb):
            return []
        reported = next(c for c in verb.children if c.dep_ == "ccomp")
        if denies_charge(reported):
            # "the ministry said the accusations were made up by the Polish leadership": to
            # call a charge false is to reject it, whatever the typer reads in the words
            act = "REJECT"
        elif scores is None or scores.best not in VERBAL_TYPES or scores.confidence < SPEECH_CONFIDENCE:
            return []
        else:
            act = scores.best
        if any(c.event_type == act for c in found):
            return []
        speakers = [a for h in _subject_heads(verb) for a in res.resolve(h)]
        codes = {a.actor.code for a in speakers}
        heads = [t for t in reported.subtree if t.dep_ in ("nsubj", "nsubjpass", "agent", "pobj", "dobj")
                 and t.pos_ in ("NOUN", "PROPN")]
        targets = [a for h in heads for a in res.resolve(h) if a.actor.code and a.actor.code not in codes][:1]
        if not speakers or not targets:
            return []
        when = date_for(verb, verb, sent, mentions) or (unknown_date(published) if published else None)
        roles = Roles(actors=speakers, recipients=targets)
        return self._expand(act, None, generic_cameo().get(act), roles, when, sent,
                            verb, 0.7, False, res)

    @staticmethod
    def _headline_event(sent: Span, scores: TypeScores, res: ArgumentResolver,
                        published: date | None) -> list[Candidate]:
        """A headline the parser could not read ("Philippines Warns China of U.S. Defense
        Treaty"): the typer's act, from the first party named to the next."""
        codes: list[Actor] = []
        for span in res.mentions_in(sent.start, sent.end):
            actor = span._.mv_actor
            if actor is not None and actor.code and all(a.code != actor.code for a in codes):
                codes.append(actor)
        if len(codes) < 2 or scores.confidence < HEADLINE_CONFIDENCE:
            return []
        return [Candidate(event_type=scores.best, mode=None, cameo=generic_cameo().get(scores.best),
                          actor=codes[0], recipient=codes[1],
                          date=unknown_date(published) if published else None, location=None,
                          sent_start=sent.start_char, sent_end=sent.end_char,
                          trigger=sent.start_char, confidence=0.6)]

    # --- coding one trigger -------------------------------------------------------
    def code(self, hit: TriggerHit, sent: Span, res: ArgumentResolver,
             mentions: list[DateMention], reference: date, published: date | None,
             trigger_words: set[int], dateline: Place | None) -> list[Candidate]:
        lex = self.lexicon
        trigger, token, clause = hit.trigger, hit.token, hit.clause
        nominal = token is clause and token.pos_ in ("NOUN", "PROPN")
        auxes = [] if nominal else auxiliaries(clause)
        negated = not nominal and (is_negated(clause) or (token is not clause and is_negated(token)))
        if negated:
            # "will not accept more refugees" and "does not recognise the debts" are
            # refusals; "did not attend" is nothing
            standing = (trigger.lemma in STANCE_VERBS and (
                clause.tag_ in ("VBZ", "VBP") or any(a in ("do", "does") for a in auxes))) \
                or withheld_permission(clause)
            if not standing and not any(a in lex.future_auxiliaries or a == "would" for a in auxes):
                return VETO
            roles = with_uncoded(find_roles(trigger, token, clause, res), trigger, clause)
            when = unknown_date(published) if published else None
            return [replace(c, exact=True) for c in self._expand(
                "REJECT", None, "120", roles, when, sent, token, 0.7, True, res,
                typed=trigger.frame == "typed")]
        if not nominal and _conditional(clause):
            return VETO  # "If Biden visits Beijing, ...": a condition, not an event
        if not nominal and trigger.event_type == "REQUEST" and any(
                c.dep_ == "ccomp" and _conditional(c) for c in token.children):
            return VETO  # "asked if Lavrov would come": a question, not a request
        govs = [] if nominal else list(governors(clause))
        if govs and govs[0].lemma_.lower() in FORECAST_VERBS and clause.dep_ == "ccomp" \
                and any(c.dep_ == "nsubj" for c in govs[0].children) \
                and any(c.dep_ == "nsubj" for c in clause.children):
            return VETO  # "Analysts expect Xi to visit Moscow": their forecast, not Xi's plan
        if govs and govs[0].lemma_.lower() in INVITING and trigger.lemma not in INVITING \
                and trigger.event_type != "REJECT":
            return []  # "invited Argentina to join the bloc": the invitation is the event
        if any(g.lemma_.lower() in FAILING for g in govs):
            return VETO  # "Mongolia's failure to arrest Putin", "failed to reach a deal"
        refused = any(g.lemma_.lower() in lex.refusal_governors for g in govs)
        if any(g.lemma_.lower() in REQUEST_GOVERNORS for g in govs) and trigger is not DEMAND:
            return []  # "demanded that Russia withdraw": asked for, not done (the demand may be)
        if refused and any(is_negated(g) for g in govs):
            return VETO
        if trigger is DEMAND:
            return self._code_demand(token, sent, res, mentions, published)
        speculative = any(a in lex.speculative_auxiliaries for a in auxes)
        future = any(a in lex.future_auxiliaries for a in auxes) or any(
            g.lemma_.lower() in lex.intention_governors for g in govs) or (
            scheduled(clause) if not nominal else is_future_nominal(token, lex.future_auxiliaries))
        threat = False
        decided = not nominal and any(g.lemma_.lower() in DECISION_WORDS for g in govs)
        if speculative:
            reported = any(g.lemma_.lower() in SPEECH_VERBS for g in govs) or (
                clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS)
            # "may halt its mediation if ...": a conditional threat of coercion
            threat = trigger.event_type in MATERIAL_CONFLICT | {"SANCTION"} and any(
                t.lower_ in ("if", "unless") for t in clause.subtree)
            if not ("would" in auxes and reported) and not threat:
                return VETO
            future = True
        if not nominal and not refused and trigger.frame != "refuse" \
                and is_infinitive(clause) and not future:
            # "to support economic growth" under a non-intention verb: purpose, not an
            # event; "continued to send", "tried to hack", "decided to allow" are events.
            done_in = trigger.event_type == "SUPPORT" and any(
                g.lemma_.lower() in lex.verbs and lex.verbs[g.lemma_.lower()].event_type == "CONSULT"
                for g in govs)  # "called Morrison to congratulate him": said in the call
            if not done_in and not any(g.lemma_.lower() in lex.light_verbs
                                       or g.lemma_.lower() in ASPECTUAL for g in govs):
                return []
        if trigger is PROMISE and not (future or refused):
            return []  # not an event by this word alone (the typer may know what it is)
        roles = with_uncoded(find_roles(trigger, token, clause, res), trigger, clause)
        if roles.no_event:
            return VETO
        if trigger.lemma == "call" and trigger.frame != "typed" and not nominal and any(
                c.dep_ == "oprd" or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("NOUN", "ADJ"))
                for c in token.children):
            return []  # "called Britain's ambassador a very stupid guy": naming, not phoning
        if trigger.event_type == "ASSAULT" and token.pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.lemma_.lower() in VERBAL_ATTACK for c in token.children):
            # "launched a scathing attack on the spy chiefs": in words
            trigger = Trigger(trigger.lemma, "ACCUSE", "disapprove", "111", trigger.frame,
                              preps=trigger.preps, exact=True)
        if trigger.event_type in ("ASSAULT", "COERCE") and any(
                h.lemma_.lower() in NATURAL_FORCES for h in _subject_heads(clause)):
            return VETO  # "a magnitude-7.1 earthquake struck southwestern Japan"
        if trigger.event_type == "SANCTION" and own_trip_called_off(token, roles, res):
            # "Kishida cancelled a planned visit to Kazakhstan": plans change for many
            # reasons; calling off someone else's visit ("a visit by Overchuk") is a step back
            return VETO
        heads = _subject_heads(clause)
        protesters = heads or [c for c in token.children if c.dep_ == "poss"]
        if trigger.lemma in ("protest",) and protesters and all(
                res.is_state(h) for h in protesters) and all(a.actor.sector != "CVL" for a in roles.actors):
            # a government "protests" with words: PLOVER codes that as ACCUSE
            trigger = Trigger(trigger.lemma, "ACCUSE", "disapprove", "111", trigger.frame,
                              exact=True)
            if not roles.recipients:  # "protested to Albania", "lodged a protest with Albania"
                roles.recipients = [a for t in prep_objects(token, ("to", "with"))
                                    + prep_objects(clause, ("to", "with")) for a in res.resolve(t)]
        if not roles.recipients and roles.location is not None and roles.location.code \
                and trigger.event_type in PLACE_TARGETED:
            # "imposed a curfew in Cizre", "a bombing in Baghdad": the place's country
            roles.recipients = [Argument(actor=Actor(code=roles.location.code, text=roles.location.name))]
        if trigger.lemma == "be":
            # Only a named official "in Astana" is on a visit; troops or firms are not.
            roles.actors = [a for a in roles.actors if a.actor.name and a.actor.role
                            and a.actor.sector in ("GOV", "ELI")]
        when = date_for(token, clause, sent, mentions, trigger_words, trigger.requires)
        if when is not None and published is not None and when.start > published \
                and (nominal or clause.tag_ != "VBD"):
            # a later date makes the act a plan, unless the verb says it was done
            # ("criticised the decision to stop supplies from January 1")
            future = True
        event_type, mode, cameo = trigger.event_type, trigger.mode, trigger.cameo
        if refused:
            event_type, mode, cameo = "REJECT", None, "120"
        elif future and (decided or _at_once(clause)) and event_type in MATERIAL_CONFLICT | {"SANCTION"}:
            pass  # "Gazprom's decision to stop gas supply from January 1": decided, not threatened
        elif future and (threat or event_type in MATERIAL_CONFLICT or any(
                t.lower_ in CONDITION_WORDS for t in clause.subtree)):
            # a conflictual act announced, or any act made conditional ("will withdraw
            # unless ..."): a threat
            event_type, mode, cameo = "THREATEN", None, "130"
            if not roles.recipients:
                # "will impose sanctions if Russia invades": the threat is to the condition's
                # subject
                roles.recipients = [a for c in clause.children if c.dep_ == "advcl"
                                    and _conditional(c) for h in _subject_heads(c)
                                    for a in res.resolve(h)]
        elif future and event_type == "ACCUSE" and trigger.exact:
            pass  # "the charge d'affaires would be summoned": the summons is the protest
        elif future and event_type != "REJECT":
            # (a refusal is an act of its own day, even of something planned for later:
            # "rejected an invitation to a meeting next week" stays REJECT)
            event_type, mode, cameo = "AGREE", None, "030"
        if not roles.recipients and event_type == "REJECT" and clause.dep_ == "conj":
            # "Argentina was invited to join the association, but it declined": what was
            # declined is in the clause it answers
            codes = {a.actor.code for a in roles.actors}
            roles.recipients = [a for t in clause.head.subtree if t.i < clause.i
                                and t.dep_ in ("dobj", "pobj") and t.pos_ in ("NOUN", "PROPN")
                                for a in res.resolve(t) if a.actor.code not in codes][:1]
        if not roles.recipients and event_type in ADDRESSED_TYPES:
            # "'Russia is ready to help,' Putin told his Kazakh counterpart": a promise,
            # demand or threat made to someone is made to that someone
            roles.recipients = addressee(clause, res, roles.actors)
        undated = when is None and not future
        if future or when is None:
            when = unknown_date(published) if published else None
        elif published is not None and when.end.year < published.year:
            # "Nazarbayev visited Beijing in 1996": people hold the offices of the event's
            # date, not of the day the story was published
            middle = when.start + (when.end - when.start) / 2
            roles.actors = [as_of(a, middle) for a in roles.actors]
            roles.recipients = [as_of(a, middle) for a in roles.recipients]
        if trigger.frame == "host" and future:
            # "X will host Y": X promises; the contract codes the promiser as actor.
            roles = Roles(actors=roles.recipients, recipients=roles.actors,
                          location=roles.location)
        if dateline is not None and dateline.code in {
                a.actor.code for a in roles.actors + roles.recipients} and (
                roles.location is None or country_level(roles.location, dateline.code)):
            # "ASTANA - Xi arrived in Kazakhstan": the dateline names the city
            roles.location = dateline
        confidence = 0.9 if token is clause else 0.8
        found = self._expand(event_type, mode, cameo, roles, when, sent, token, confidence,
                             future or refused, res, typed=trigger.frame == "typed")
        if undated:
            found = [replace(c, undated=True) for c in found]
        # the lexicon's own convention, or a type the rules derived (a refusal, a promise,
        # a threat, a state's protest in words, a show of force): not the typer's to change
        return [replace(c, exact=True) if trigger.exact or c.event_type != trigger.event_type
                else c for c in found]

    def _code_demand(self, verb: Token, sent: Span, res: ArgumentResolver,
                     mentions: list[DateMention], published: date | None) -> list[Candidate]:
        speaker = [a for c in verb.head.children if c.dep_ == "nsubj" for a in res.resolve(c)]
        targets = [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in res.resolve(c)]
        when = date_for(verb.head, verb.head, sent, mentions)
        if when is None and published is not None:
            when = unknown_date(published)
        return self._expand("REQUEST", None, "100", Roles(actors=speaker, recipients=targets),
                            when, sent, verb, 0.75, True, res)

    def _expand(self, event_type: str, mode: str | None, cameo: str | None, roles: Roles,
                when: DateRange | None, sent: Span, token: Token, confidence: float,
                keep_roles: bool, res: ArgumentResolver, typed: bool = False) -> list[Candidate]:
        """One candidate per actor pair, with the mode that the place implies.

        ``typed``: an act the typer found on a verb the lexicon does not list; its actor
        may be a phrase no table codes ("the committee") and its recipient may be missing.
        """
        pairs: list[tuple[Argument, Argument | None]] = []
        actors = distinct(roles.actors, keep_uncoded=typed)
        if not actors and event_type in ACTORLESS_OK and roles.recipients:
            if roles.location is None:
                # "A roadside bombing near Samarra killed ...": the place is in the subject
                for head in _subject_heads(token if token.pos_ == "VERB" else token.head):
                    roles.location = roles.location or find_location(head, head, res)
            if roles.location is not None and roles.location.code:
                # PLOVER's "unidentified armed forces" (UAF) of the country where it happened
                actors = [Argument(actor=Actor(code=roles.location.code, sector="UAF"),
                                   from_anaphora=True)]
            else:
                actors = [None]  # type: ignore[list-item]
        if roles.pairwise:
            pairs = [(a, b) for i, a in enumerate(actors) for b in actors[i + 1:]]
            if not pairs and event_type == "COOPERATE" and token.pos_ in ("NOUN", "PROPN") \
                    and all(a is not None for a in actors):
                # an exercise with no named partner
                code = roles.location.code if roles.location is not None else None
                host = Argument(actor=Actor(code=code), from_anaphora=True) if code and all(
                    a.actor.code != code for a in actors) else None
                if participation(token):
                    # "Kazakh troops took part in the Army Games in Russia": held with the
                    # country it takes place in
                    pairs = [(a, host) for a in actors] if host is not None else []
                else:
                    # "Russia is conducting military exercises in Alaska": a show of force
                    # (PLOVER MOBILIZE), aimed at the country where it happens
                    event_type, mode, cameo = "MOBILIZE", None, "150"
                    pairs = [(a, host) for a in actors]
            if not pairs and event_type in RECIPIENT_OPTIONAL:
                pairs = [(a, None) for a in actors]
        else:
            recipients = distinct(roles.recipients)
            # Domestic events (a government and its opposition) are PLOVER events too,
            # but a country does not meet itself.
            pairs = [(a, r) for a in actors for r in recipients
                     if a is None or r.actor.code != a.actor.code or (
                         event_type != "CONSULT" and domestic(a.actor, r.actor))]
            if not pairs and (event_type in RECIPIENT_OPTIONAL or typed):
                pairs = [(a, None) for a in actors]
        found: list[Candidate] = []
        for actor_arg, recipient_arg in pairs:
            actor = actor_arg.actor if actor_arg is not None else None
            recipient = recipient_arg.actor if recipient_arg else None
            location = roles.location
            if recipient is not None and roles.places_by_country.get(recipient.code):
                places = {p.geonameid or p.name: p for p in roles.places_by_country[recipient.code]}
                location = next(iter(places.values())) if len(places) == 1 else None
            if mode == "visit" and location is not None and recipient is not None \
                    and location.code != recipient.code:
                location = None  # a visit happens in the host country
            event_mode = mode
            if event_type == "CONSULT" and not keep_roles and actor is not None:
                event_mode, actor, recipient = consult_mode(mode, actor, recipient, location, sent)
            conf = confidence - (0.15 if actor_arg is None or actor_arg.from_anaphora or (
                recipient_arg is not None and recipient_arg.from_anaphora) else 0.0)
            found.append(Candidate(
                event_type=event_type, mode=event_mode, cameo=cameo, actor=actor,
                recipient=recipient, date=when, location=location,
                sent_start=sent.start_char, sent_end=sent.end_char, trigger=token.idx,
                confidence=round(conf, 2)))
        return found


    @staticmethod
    def _dateline(doc: Doc) -> tuple[Place | None, int]:
        """The dateline's place (set by ``mv_dateline``) and where the story starts."""
        if doc._.mv_dateline is None:
            return None, 0
        place, end = doc._.mv_dateline
        return load_gazetteer().lookup(place.title()), end


# Adjectives of an attack in words.
VERBAL_ATTACK = frozenset({"scathing", "verbal", "blistering", "stinging", "withering", "bitter",
                           "furious", "rhetorical", "personal", "extraordinary", "sharp", "fierce"})
# Subjects that strike without anyone striking.
NATURAL_FORCES = frozenset({"earthquake", "quake", "storm", "typhoon", "hurricane", "cyclone",
                            "flood", "tsunami", "wildfire", "landslide", "drought", "disaster",
                            "pandemic", "epidemic", "virus", "heatwave", "avalanche", "eruption"})
# Governors under which the act did not happen.
FAILING = frozenset({"fail", "failure"})
# Governors whose complement is offered to someone else, not done or promised.
INVITING = frozenset({"invite"})
# Governors under which an act is decided, not merely intended or threatened.
DECISION_WORDS = frozenset({"decide", "decision", "order"})
# Verbs of a standing position: in the present, their negation is a refusal.
STANCE_VERBS = frozenset({"recognise", "recognize", "accept", "support", "back", "endorse",
                          "approve", "acknowledge"})
FORECAST_VERBS = frozenset({"expect", "predict", "believe", "think", "hope", "anticipate",
                            "forecast", "suspect", "doubt"})
ADDRESSED_TYPES = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT"})


def _conditional(clause: Token) -> bool:
    """Is the clause (or the clause it is conjoined to) the condition of an if/unless?"""
    current = clause
    for _ in range(3):
        # "if" also opens indirect questions ("asked if Xi would come"): no event either
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
               for c in current.children):
            return True
        if current.dep_ not in ("conj", "xcomp") or current.head is current:
            return False
        current = current.head  # "if Mr Putin would stop attacking": the controlling verb's "if"
    return False


def _subject_heads(clause: Token) -> list[Token]:
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]


def _at_once(clause: Token) -> bool:
    """"Poland will immediately dispatch troops": decided and under way, not a threat."""
    return any(c.dep_ == "advmod" and c.lower_ in ("immediately", "instantly", "forthwith")
               for c in clause.children)


# Acts done by saying something, and the typer's confidence needed to code a statement
# as one of them when no rule did.
def _speech_verb(sent: Span) -> Token | None:
    """The sentence's verb of saying with a reported clause ("said the US is ...")."""
    return next((t for t in sent if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"
                 and not is_negated(t) and any(c.dep_ == "ccomp" for c in t.children)), None)


def denied_charge(sent: Span) -> Token | None:
    """The reported clause, when the sentence reports someone calling a charge false."""
    verb = _speech_verb(sent)
    if verb is None:
        return None
    reported = next(c for c in verb.children if c.dep_ == "ccomp")
    return reported if denies_charge(reported) else None


VERBAL_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"})
SPEECH_CONFIDENCE = 0.6
# The typer's confidence needed to read a headline without a verb as an act.
HEADLINE_CONFIDENCE = 0.8


def _headline(sent: Span) -> bool:
    """A short line without closing punctuation: a headline or a caption."""
    text = sent.text.strip()
    return 3 <= len(sent) <= 25 and not text.endswith((".", "!", "?", '"', "\u201d"))


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _could_report(sent: Span) -> bool:
    """A sentence with a verb and a named or titled party: worth asking the typer."""
    return len(sent) >= 4 and any(t.pos_ in ("VERB", "AUX") for t in sent) and any(
        t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "FAC", "LOC") or (
            t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL",
                                                      "MONEY", "PERCENT", "QUANTITY"))
        for t in sent)


@Language.factory("mv_events", requires=["doc.sents", "token.dep", "token.lemma"],
                  assigns=["doc._.mv_events", "doc._.mv_indicators"],
                  default_config={"typer": None, "use_typer": True})
def make_event_coder(nlp: Language, name: str, typer: str | None, use_typer: bool) -> EventCoder:
    return EventCoder(nlp, name, typer, use_typer)


__all__ = ["Candidate", "EventCoder"]
