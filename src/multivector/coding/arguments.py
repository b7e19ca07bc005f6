"""Turning argument tokens into actors and places, with the document's memory.

``ArgumentResolver`` is made once per document.  It resolves the noun phrase under an
argument head through the actor tables, falls back on the actor mentions marked by
``mv_actors``, and remembers who was named so that "he", "the two leaders" and
"his Kazakh counterpart" find their antecedents.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from multivector.actors import resolve_all
from multivector.actors.ruler import SPAN_KEY
from multivector.actors.tables import load_actor_tables
from multivector.gazetteer import load_gazetteer
from multivector.coding.syntax import phrase_span
from multivector.records import Actor, Place

PERSONAL_PRONOUNS = frozenset({"he", "him", "she", "her", "his"})
# "Iraq said it would ...", "the rebels said they will ...": an organisation or country
COLLECTIVE_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
FIRST_PERSON = frozenset({"we", "i", "us", "me", "our"})
GROUP_HEADS = frozenset({"leader", "president", "side", "country", "minister", "nation",
                         "government", "party", "state", "counterpart", "head"})
# Heads of phrases that name a person ("Judge Alejandro Rivera", "the interior minister").
PERSON_HEADS = frozenset({"official", "president", "minister", "leader", "judge", "general", "head",
                          "king", "emir", "chief", "spokesman", "spokeswoman", "spokesperson",
                          "ambassador", "envoy", "commander", "premier", "chancellor",
                          "secretary", "governor", "mayor", "prince", "sheikh", "monarch",
                          "dictator", "ruler", "diplomat", "negotiator", "aide", "adviser",
                          "government", "authority", "administration", "army", "police",
                          "force", "troop", "court", "parliament", "cabinet", "ministry",
                          "rebel", "guerrilla", "militant", "soldier", "officer", "opposition",
                          "party", "regime", "junta", "militia", "insurgent", "lawmaker",
                          "senator", "deputy", "member", "activist", "group", "movement"})
SPEECH_VERBS = frozenset({"say", "tell", "state", "declare", "announce", "add", "write", "stress",
                          "reiterate", "conclude", "insist", "claim", "argue", "emphasise",
                          "emphasize", "repeat", "confirm", "assert", "maintain", "note",
                          "assure", "warn", "inform", "promise"})
# Heads that, with a national adjective, name a state speaking ("the Polish side").
STATE_HEADS = frozenset({"side", "government", "authorities", "authority", "leadership",
                         "ministry", "administration", "presidency", "cabinet"})
# Heads that count the people they are of ("a number of officials").
QUANTITY_HEADS = frozenset({"number", "dozen", "dozens", "hundreds", "thousands", "group",
                            "handful", "couple", "majority", "few", "several", "score"})
# Who a visit's sides are called once it has been told.
VISIT_ROLES = frozenset({"counterpart", "host", "guest", "hosts", "guests", "visitor", "visitors"})
# Nouns that name a generic group of people who take the nationality of where they are.
CROWD_HEADS = frozenset({"protester", "protestor", "demonstrator", "activist", "resident",
                         "people", "crowd", "hundred", "thousand", "dozen", "worker", "student",
                         "youth", "supporter", "farmer", "teacher", "villager", "refugee",
                         "prisoner", "miner", "driver", "trader", "union", "employee"})


@dataclass
class Argument:
    """A resolved argument: who, and (for places) where."""

    actor: Actor
    place: Place | None = None
    from_anaphora: bool = False
    start: int = 0  # token offsets of the phrase in the Doc
    end: int = 0


@dataclass
class ArgumentResolver:
    doc: Doc
    published: date | None
    recent: list[Actor] = field(default_factory=list)
    recent_people: list[Actor] = field(default_factory=list)
    recent_countries: list[Actor] = field(default_factory=list)
    recent_organisations: list[Actor] = field(default_factory=list)
    # the person who was the subject of the previous sentence's main clause, if any
    last_subject_person: Actor | None = None
    country_counts: dict[str, int] = field(default_factory=dict)
    last_visit: tuple[Actor, Actor] | None = None
    _mentions: list[Span] = field(default_factory=list, repr=False)
    _mention_starts: list[int] | None = field(default=None, repr=False)

    def continue_from(self, earlier: ArgumentResolver) -> None:
        """Take over what an earlier part of the same document mentioned (a long document
        is coded in parts: coding/carry.py); only records, never the other part's tokens."""
        self.recent, self.recent_people = list(earlier.recent), list(earlier.recent_people)
        self.recent_countries = list(earlier.recent_countries)
        self.recent_organisations = list(earlier.recent_organisations)
        self.last_subject_person = earlier.last_subject_person
        self.country_counts = dict(earlier.country_counts)
        self.last_visit = earlier.last_visit

    # --- mentions -----------------------------------------------------------------
    def mentions_in(self, start: int, end: int) -> list[Span]:
        """Actor mentions within tokens [start, end), in text order: found by bisection in
        an index built once, not by a scan of the whole document (long documents)."""
        if self._mention_starts is None:
            self._mentions = sorted(self.doc.spans.get(SPAN_KEY, []), key=lambda s: (s.start, s.end))
            self._mention_starts = [s.start for s in self._mentions]
        first = bisect_left(self._mention_starts, start)
        last = bisect_left(self._mention_starts, end)
        return [s for s in self._mentions[first:last] if s.end <= end]

    def remember(self, actor: Actor, *, person: bool = False) -> None:
        if actor.code is None:
            return
        self.recent = [a for a in self.recent if not _same(a, actor)] + [actor]
        if person:
            self.recent_people = [a for a in self.recent_people if not _same(a, actor)] + [actor]

    def remember_sentence(self, sent: Span) -> None:
        """Every actor named in the sentence becomes a candidate antecedent, in order.

        Only people ("Mirziyoyev", "the Kyrgyz leader") can be "he" or "she"; any actor
        can be one of "the two sides".
        """
        for span in self.mentions_in(sent.start, sent.end):
            actor = span._.mv_actor
            if actor is not None:
                self.remember(actor, person=_names_person(span) and bool(actor.name))
                if span._.mv_kind in ("country", "capital") and actor.code:
                    self.recent_countries = [a for a in self.recent_countries
                                             if a.code != actor.code] + [actor]
                if actor.code in load_actor_tables().organisation_codes:
                    self.recent_organisations = [a for a in self.recent_organisations
                                                 if a.code != actor.code] + [actor]
                if span._.mv_kind in ("country", "capital", "adjective") and actor.code:
                    self.country_counts[actor.code] = self.country_counts.get(actor.code, 0) + 1
        self.last_subject_person = self._root_subject_person(sent)
        for tok in sent:
            if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                for arg in self.resolve(tok):
                    if arg.actor.role and not arg.from_anaphora:
                        self.remember(arg.actor, person=True)

    # --- resolution -------------------------------------------------------------
    def resolve(self, head: Token) -> list[Argument]:
        """Actors named by the phrase under ``head`` (several for "X and Y" compounds)."""
        lower = head.lower_
        if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
            # "Blinken, who visited Astana": the relative pronoun is the noun it follows
            return self.resolve(head.head.head)
        if head.pos_ == "PRON" or head.tag_ in ("PRP", "PRP$"):
            return self._pronoun(head)
        if head.lemma_.lower() in QUANTITY_HEADS:
            # "an unidentified number of officials in Thailand", "dozens of Georgians"
            counted = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
            if counted:
                found = self.resolve(counted[0])
                if found:
                    return found
        span = phrase_span(head)
        if _is_country_anaphor(span):
            # "the country", "the host country": a country that is the subject of a clause
            # before it ("after Kazakhstan declined to back the invasion of Ukraine,
            # politicians threatened the country"), else the country named last
            subjects = [m._.mv_actor for m in self.mentions_in(head.sent.start, head.i)
                        if m._.mv_kind in ("country", "capital") and m._.mv_actor is not None
                        and m.root.dep_ in ("nsubj", "nsubjpass")]
            earlier = subjects or self._earlier_in_sentence(head, ("country", "capital"))
            actor = earlier[-1] if earlier else (self.recent_countries[-1] if self.recent_countries else None)
            topic = self.topic_country(set()) if not earlier else None
            if topic is not None and (_descriptive(span) or any(
                    a.code == topic.code for a in self.recent_countries[-3:])):
                # "Michel visited the Central Asian nation"; after "Lu toured Kazakhstan,
                # Turkmenistan and Uzbekistan", "Lu had visited the country in May": the
                # country the story is about, when it is among those just named
                actor = topic
            if actor is None:
                return []
            return [Argument(actor=replace(actor, text=span.text), from_anaphora=True,
                             start=span.start, end=span.end)]
        if _is_organisation_anaphor(span):
            # "asked the bloc for help", "the alliance said": the organisation named last,
            # earlier in this sentence first
            organisations = load_actor_tables().organisation_codes
            earlier = [a for a in self._earlier_in_sentence(head, ("org", "ner"))
                       if a.code in organisations] or self.recent_organisations
            if not earlier:
                return []
            return [Argument(actor=replace(earlier[-1], text=span.text), from_anaphora=True,
                             start=span.start, end=span.end)]
        if _is_pair_phrase(span.doc[span.start:head.i + 1]) or (lower == "both" and len(span) == 1):
            # the two sides named just before, in this sentence if it names two ("Putin
            # came to Astana ...; the two leaders had met in Sochi"), else earlier
            people = any(t.lemma_.lower() in PERSON_HEADS for t in span)
            kinds = ("person", "ner", "country", "capital", "adjective") if people else (
                "person", "ner", "country", "capital", "adjective", "org", "company")
            named = [m._.mv_actor for m in self.mentions_in(head.sent.start, head.i)
                     if m._.mv_actor is not None and m._.mv_actor.code and m._.mv_kind in kinds]
            here = list(dict.fromkeys(a.code for a in named))
            if len(here) >= 2:
                pair = [next(a for a in named if a.code == code) for code in here[-2:]]
            else:
                pair = self._last_distinct(2, people=people)
                person_codes = {a.code for a in self.recent_people}
                if people and len(person_codes) == 1:
                    # "Putin arrived on May 26 ... The two presidents signed": one leader
                    # named, the other is the host, the country the story is about
                    topic = self.topic_country(person_codes)
                    if topic is not None:
                        pair = [self.recent_people[-1], topic]
            if len(pair) == 2:
                return [Argument(actor=replace(a, text=span.text), from_anaphora=True,
                                 start=span.start, end=span.end) for a in pair]
        actors = resolve_all(span.text, self.published)
        if any(t.lower_ == "ethnic" for t in span):
            # "ethnic Albanians in south Serbia": a minority acts as residents of where it lives
            home = self._residence(head)
            if home is not None:
                actors = [Actor(code=home, sector="CVL", text=span.text)]
        if not actors:
            # "Kenzo Oshima, the United Nations relief coordinator": the apposition says who
            for appos in head.children:
                if appos.dep_ == "appos":
                    actors = [a for a in resolve_all(phrase_span(appos).text, self.published) if a.code]
                    if actors:
                        break
        if not actors and any(t.lower_.endswith("-led") for t in span):
            # "Vietnamese-led forces" act for the country that leads them
            for tok in span:
                if tok.lower_.endswith("-led"):
                    actors = resolve_all(tok.text[:-4], self.published)
                    break
        if not actors:
            actors = [s._.mv_actor for s in self.mentions_in(span.start, span.end)
                      if s._.mv_actor is not None]
            actors = actors[:1] if not _coordinated(span) else actors
        if not actors and head.pos_ == "PROPN" and len(span) <= 2:
            # "Donald Lu toured ...; Lu previously visited": a person named in full
            # before, now by surname
            actors = self._by_surname(head.text)
        if not actors and lower in VISIT_ROLES:
            # "the host", "the guests", "his counterpart": the sides of the visit the story
            # last told
            actor = self._visit_side(head)
            if actor is None:
                return []
            return [Argument(actor=replace(actor, text=span.text), from_anaphora=True,
                             start=span.start, end=span.end)]
        args = [Argument(actor=replace(a, text=span.text), start=span.start, end=span.end)
                for a in actors if a is not None and a.code]
        if not args:
            # "President Omar El Bashir", "Judge Alejandro Rivera": a titled person the
            # tables do not know acts for the country the sentence is about.
            titled = [a for a in actors if a is not None and not a.code and (a.role or a.name)] \
                if head.pos_ == "PROPN" or head.lemma_.lower() in PERSON_HEADS else []
            single = False
            if not titled and not actors and head.ent_type_ == "PERSON":
                # a person no table knows ("Lt. Gen. Prosper Avril"): only when the
                # sentence names a single country is that country a fair guess
                titled, single = [Actor(code=None, name=span.text)], True
            # "Security forces in Guinea": the phrase's own place first, then the sentence's
            country = (self._residence(head) or self.sentence_country(head, single=single)) \
                if titled else None
            if country is not None:
                args = [Argument(actor=replace(titled[0], code=country, text=span.text),
                                 from_anaphora=True, start=span.start, end=span.end)]
        return args

    def note_visit(self, guest: Actor, host: Actor) -> None:
        """The visit just coded: who "the host" and "the guest" are from here on."""
        self.last_visit = (guest, host)

    def _visit_side(self, head: Token) -> Actor | None:
        if self.last_visit is None:
            return None
        guest, host = self.last_visit
        lemma = head.lemma_.lower()
        if lemma in ("host", "hosts"):
            return host
        if lemma in ("guest", "guests", "visitor", "visitors"):
            return guest
        owners = [a for c in head.children if c.dep_ == "poss" for a in self.resolve(c)]
        if owners and owners[0].actor.code == guest.code:
            return host  # "Putin ... held talks with his counterpart": the host's leader
        if owners and owners[0].actor.code == host.code:
            return guest
        return None

    def _by_surname(self, surname: str) -> list[Actor]:
        for actor in reversed(self.recent_people):
            for full in (actor.text, actor.name):
                words = (full or "").replace("-", " ").split()
                if len(words) >= 2 and words[-1] == surname:
                    return [actor]
        return []

    def _residence(self, head: Token) -> str | None:
        """The country the phrase places its head in: "security forces in Guinea",
        "Kyrgyzstan-based Keremet Bank", "a Dubai-based trader"."""
        for tok in head.subtree:
            if tok.lower_ in ("based", "headquartered", "registered") and tok.i < head.i:
                for place in tok.children:
                    if place.dep_ in ("npadvmod", "compound", "nmod") and place.i < tok.i:
                        for actor in resolve_all(phrase_span(place).text, self.published):
                            if actor.code and len(actor.code) == 3:
                                return actor.code
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for pobj in prep.children:
                    for actor in resolve_all(phrase_span(pobj).text, self.published):
                        if actor.code and len(actor.code) == 3:
                            return actor.code
        return None

    def sentence_country(self, head: Token, *, single: bool = False) -> str | None:
        """The country the sentence is about: the only one it names, or for a named
        person ("President Omar El Bashir") the first one (unless ``single``)."""
        sent = head.sent
        codes = list(dict.fromkeys(
            span._.mv_actor.code for span in self.mentions_in(sent.start, sent.end)
            if span._.mv_kind in ("country", "adjective", "capital") and span._.mv_actor is not None))
        if len(codes) == 1 or (codes and head.pos_ == "PROPN" and not single):
            return codes[0]
        if codes:
            return None
        for tok in sent:
            if tok.ent_type_ in ("GPE", "LOC") and tok.pos_ == "PROPN":
                place = load_gazetteer().lookup(tok.text)
                if place is not None and place.code:
                    return place.code
        return None

    def resolve_run_before(self, verb: Token) -> list[Argument]:
        """Actors in the names run just before a verb the parser left without subject.

        Long preposed phrases ("On 7 November, on the sidelines of ..., von der Leyen
        and Smailov signed ...") sometimes swallow the subject into a conjunct list.
        """
        start = verb.i
        for tok in reversed(self.doc[verb.sent.start:verb.i]):
            if tok.pos_ in ("PROPN", "NOUN", "ADJ", "CCONJ", "PART") or tok.text in ("-", "'s"):
                start = tok.i
                continue
            break
        if start == verb.i:
            return []
        span = self.doc[start:verb.i]
        return [Argument(actor=replace(a, text=span.text), start=span.start, end=span.end)
                for a in resolve_all(span.text, self.published) if a.code]

    def topic_country(self, exclude: set[str | None]) -> Actor | None:
        """The country the document is about so far: the one named most often."""
        ranked = sorted(((n, code) for code, n in self.country_counts.items() if code not in exclude),
                        reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None  # no clear topic
        code = ranked[0][1]
        return next((a for a in reversed(self.recent_countries) if a.code == code),
                    Actor(code=code))

    def is_state(self, head: Token) -> bool:
        """Does the phrase name a state, government or organisation (not people)?"""
        span = phrase_span(head)
        kinds = {s._.mv_kind for s in self.mentions_in(span.start, span.end)}
        if kinds & {"country", "capital", "org"} and not self.crowd(head):
            return head.lemma_.lower() not in CROWD_HEADS
        if "adjective" in kinds and head.lemma_.lower() in STATE_HEADS:
            return True  # "the Polish side", "the Chinese leadership": a government speaking
        return any(a.actor.sector == "GOV" for a in self.resolve(head))

    def crowd(self, head: Token) -> bool:
        """Is this a generic crowd ("hundreds of protesters") rather than a named actor?"""
        span = phrase_span(head)
        return any(t.lemma_.lower() in CROWD_HEADS or t.lower_ == "ethnic" for t in span)

    @staticmethod
    def ethnic(head: Token) -> bool:
        """"ethnic Albanians": a minority, who act as residents of where they live."""
        return any(t.lower_ == "ethnic" for t in phrase_span(head))

    def place(self, head: Token) -> Place | None:
        """The place the phrase under ``head`` names, if any ("Astana", "the Kazakh capital")."""
        span = phrase_span(head)
        gazetteer = load_gazetteer()
        text = span.text
        if head.lemma_.lower() == "capital":
            for actor in resolve_all(text, self.published):
                capital = gazetteer.capital(actor.code) if actor.code else None
                if capital is not None:
                    return capital
            return None
        if not any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC") for t in span):
            return None  # "the airport", "the area": common nouns are no gazetteer names
        place = gazetteer.lookup(text)
        if place is None:
            stripped = " ".join(t.text for t in span if t.lemma_.lower() not in (
                "region", "province", "oblast", "city", "the", "district"))
            if stripped and stripped != text:
                place = gazetteer.lookup(stripped)
        if place is None and (head.ent_type_ in ("GPE", "LOC", "FAC") or head.pos_ == "PROPN"):
            place = gazetteer.lookup(head.text)  # "mostly Christian eastern Beirut" -> Beirut
        if place is None:  # "the capital city of Algiers", "the town of Samarra"
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                            place = gazetteer.lookup(phrase_span(pobj).text) or gazetteer.lookup(pobj.text)
        return place

    def is_country_name(self, head: Token) -> bool:
        span = phrase_span(head)
        return any(s._.mv_kind == "country" and s.start <= head.i < s.end
                   for s in self.mentions_in(span.start, span.end))

    # --- anaphora ---------------------------------------------------------------
    def _pronoun(self, head: Token) -> list[Argument]:
        lower = head.lower_
        if lower in FIRST_PERSON:
            speaker = self._speaker(head)
            return [speaker] if speaker else []
        if lower in PERSONAL_PRONOUNS:
            person = self._person_antecedent(head)
            return [_standing_in(person, head)] if person is not None else []
        if lower in COLLECTIVE_PRONOUNS:
            speaker = self._speaker(head)
            if speaker is not None:
                return [speaker]
            # "it" stands for a state or an organisation named by its own name ("Moscow
            # recognised them before it invaded"); "they" also for a group ("Kazakh officials")
            kinds = ("country", "capital", "org") if lower in ("it", "its") else (
                "country", "capital", "org", "adjective", "company")
            subjects = self._clause_subject_actors(head)
            topic = self._main_subject(head, kinds)
            if topic is not None and topic not in subjects:
                # "Kyrgyzstan cancelled the CSTO exercise ... after its border war": the
                # sentence's subject is the usual antecedent of "it" and "its"
                return [_standing_in(topic, head)]
            groups = [s._.mv_actor for s in self.mentions_in(head.sent.start, head.i)
                      if s._.mv_kind in kinds and s._.mv_actor is not None
                      and s._.mv_actor not in subjects]
            if not groups and head.sent.start > 0:
                previous = self.doc[head.sent.start - 1].sent
                groups = [s._.mv_actor for s in self.mentions_in(previous.start, previous.end)
                          if s._.mv_kind in kinds and s._.mv_actor is not None]
                groups = groups[:1]  # across a sentence boundary: the topic, named first
            if groups:
                return [_standing_in(groups[-1], head)]
        return []

    def _person_antecedent(self, head: Token) -> Actor | None:
        """Whom "he", "she", "his" or "her" stands for."""
        earlier = [a for a in self._people_in(head.sent.start, head.i)
                   if a not in self._clause_subject_actors(head)]
        if earlier:
            return earlier[-1]
        # "During his visit to Tokyo, Tokayev met Kishida": a pronoun in a phrase put
        # before the subject it belongs to points forward, to that subject
        ahead = self._fronted_subject(head)
        if ahead is not None:
            return ahead
        if head.lower_ in ("he", "she") and head.dep_ in ("nsubj", "nsubjpass") \
                and head.head.dep_ == "ROOT" and self.last_subject_person is not None:
            # "Xi held talks with Tokayev, who awarded him a medal. He will travel on to
            # Uzbekistan": a sentence's subject "he" continues the previous subject
            return self.last_subject_person
        # "He will travel on to Uzbekistan, where he is expected to meet Putin": a later
        # pronoun of the sentence repeats its subject "he"
        leading = [c for c in head.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")
                   and c.lower_ in ("he", "she") and c.i < head.i]
        if leading:
            return self._person_antecedent(leading[0])
        return self.recent_people[-1] if self.recent_people else None

    def _people_in(self, start: int, end: int) -> list[Actor]:
        """The people named between token offsets ``start`` and ``end``, in order."""
        return [m._.mv_actor for m in self.mentions_in(start, end)
                if _names_person(m) and m._.mv_actor is not None and m._.mv_actor.name]

    def _root_subject_person(self, sent: Span) -> Actor | None:
        """The person named as the subject of the sentence's main verb, if any."""
        for child in sent.root.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.pos_ == "PRON":
                    # "He met X. He then flew to Y": the chain goes on
                    return self.last_subject_person if child.lower_ in ("he", "she") else None
                span = phrase_span(child)
                people = self._people_in(span.start, span.end)
                return people[0] if people else None
        return None

    def _fronted_subject(self, head: Token) -> Actor | None:
        """The person subject of the verb whose fronted modifier holds ``head``.

        The modifier is a prepositional phrase or an adverbial clause that comes before
        the verb's subject ("During his visit ..., Tokayev met", "After meeting his
        counterpart, Lavrov said"); the subject must name a person.
        """
        current = head
        for _ in range(8):
            parent = current.head
            if parent is current:
                return None
            if current.dep_ in ("prep", "advcl", "npadvmod") and parent.pos_ in ("VERB", "AUX"):
                subjects = [c for c in parent.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not subjects:  # "Speaking after his meeting with Xi, Macron ...": go on up
                    current = parent
                    continue
                if len(subjects) != 1 or subjects[0].i < current.right_edge.i:
                    return None
                span = phrase_span(subjects[0])
                people = self._people_in(span.start, span.end)
                return people[0] if people else None
            current = parent
        return None

    def _main_subject(self, head: Token, kinds: tuple[str, ...]) -> Actor | None:
        """The state or organisation that is the subject of the sentence, before ``head``."""
        root = head.sent.root
        for child in root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < head.i:
                span = phrase_span(child)
                found = [m._.mv_actor for m in self.mentions_in(span.start, span.end)
                         if m._.mv_kind in kinds and m._.mv_actor is not None]
                if len(found) == 1 and len(span) <= 4:
                    return found[0]
        return None

    def _earlier_in_sentence(self, head: Token, kinds: tuple[str, ...]) -> list[Actor]:
        """Actors of the given kinds named earlier in the same sentence, in order."""
        sent = head.sent
        return [s._.mv_actor for s in self.mentions_in(sent.start, head.i)
                if s._.mv_kind in kinds and s._.mv_actor is not None and s._.mv_actor.name]

    def _clause_subject_actors(self, head: Token) -> list[Actor]:
        # "Mirziyoyev received him": "him" is not the subject of its own clause
        if head.dep_ in ("nsubj", "nsubjpass"):
            return []
        subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        found: list[Actor] = []
        for subject in subjects:
            span = phrase_span(subject)
            found.extend(s._.mv_actor for s in self.mentions_in(span.start, span.end)
                         if s._.mv_actor is not None)
        return found

    def _speaker(self, head: Token) -> Argument | None:
        """Whoever says the clause the pronoun stands in ("Iraq said it would ...").

        "We" and "I" in a quote belong to the speaker wherever the attribution stands
        ("'We will not recognise them,' Tokayev said"); "it" and "they" only to a speaker
        named before them.
        """
        first_person = head.lower_ in FIRST_PERSON
        for tok in head.sent:
            if tok.lemma_.lower() in SPEECH_VERBS and (first_person or tok.i < head.i):
                for child in tok.children:
                    if child.dep_ == "nsubj" and child.lower_ not in FIRST_PERSON \
                            and child.lower_ not in COLLECTIVE_PRONOUNS:
                        args = self.resolve(child)
                        if args:
                            return _standing_in(args[0].actor, head)
        return None

    def last_two(self) -> list[Actor]:
        """The last two parties of distinct countries the story named."""
        return self._last_distinct(2)

    def _last_distinct(self, n: int, *, people: bool = False) -> list[Actor]:
        """The last ``n`` actors of distinct countries ("the two presidents": people)."""
        found: list[Actor] = []
        for actor in reversed(self.recent_people if people and len(
                {a.code for a in self.recent_people}) >= n else self.recent):
            if all(a.code != actor.code for a in found):
                found.append(actor)
            if len(found) == n:
                break
        return list(reversed(found))


def _same(a: Actor, b: Actor) -> bool:
    return a.code == b.code and (a.name or "") == (b.name or "")


def _is_pair_phrase(span: Span) -> bool:
    words = [t.lower_ for t in span]
    return ("two" in words or "both" in words) and any(
        t.lemma_.lower() in GROUP_HEADS for t in span) and len(span) <= 4


COUNTRY_NOUNS = frozenset({"country", "nation", "republic", "kingdom", "emirate", "state"})


def _is_country_anaphor(span: Span) -> bool:
    """"the country", "the host country", "the Central Asian nation", "the Gulf state"."""
    words = [t.lower_ for t in span]
    if len(words) < 2 or len(words) > 5 or words[0] != "the" or words[-1] not in COUNTRY_NOUNS:
        return False
    if words[-1] == "state" and len(words) == 2:
        return False  # "the state": a government in general
    return all(t.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "PUNCT", "VERB") for t in span) \
        and not any(t.lower_ in ("islamic", "member", "nation-state") for t in span)


def _descriptive(span: Span) -> bool:
    """A country described, not pointed at ("the Central Asian nation", not "the country")."""
    return len(span) > 2 and not any(t.lower_ in ("host", "same", "other", "neighbouring",
                                                  "neighboring", "neighbour", "neighbor")
                                     for t in span)


def _standing_in(actor: Actor, head: Token) -> Argument:
    """The argument a pronoun (``head``) gives: its antecedent, with the pronoun's text."""
    return Argument(actor=replace(actor, text=head.text), from_anaphora=True,
                    start=head.i, end=head.i + 1)


def _names_person(span: Span) -> bool:
    """A mention of a person (from the office-holder table or the model's PERSON entities):
    only these can be "he" or "she" ("the SCO summit, where he ..." is not the SCO)."""
    return span._.mv_kind == "person" or span.label_ == "ner|PERSON"


ORGANISATION_ANAPHORS = frozenset({"association", "bloc", "alliance", "organisation", "organization",
                                   "grouping"})


def _is_organisation_anaphor(span: Span) -> bool:
    """"the bloc", "the military alliance", "the regional organisation"."""
    words = [t.lower_ for t in span]
    return (len(words) <= 4 and words[0] == "the" and words[-1] in ORGANISATION_ANAPHORS
            and all(t.pos_ in ("DET", "ADJ", "NOUN") and t.ent_type_ == "" for t in span))


def _coordinated(span: Span) -> bool:
    return any(t.dep_ == "cc" for t in span)
