"""The event coder on the phenomena of news writing (coding/events.py, frames.py)."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.api import extract_text
from multivector.records import Event

pytestmark = pytest.mark.model
PUB = date(2022, 11, 18)


def events(text: str, published: date = PUB) -> list[tuple]:
    return [(e.event_type, e.mode, e.actor.code if e.actor else None,
             e.recipient.code if e.recipient else None)
            for e in extract_text(text, published=published) if isinstance(e, Event)]


def test_one_event_per_country_visited() -> None:
    found = events("US Assistant Secretary of State Donald Lu visited Kazakhstan, "
                   "Turkmenistan and Uzbekistan on November 6-11.")
    assert sorted(found) == [("CONSULT", "visit", "USA", c) for c in ("KAZ", "TKM", "UZB")]


def test_hosting_makes_the_guest_the_actor() -> None:
    assert events("Tokayev welcomed Chinese President Xi Jinping in Astana on Wednesday.",
                  date(2022, 9, 16)) == [("CONSULT", "visit", "CHN", "KAZ")]


def test_passive_reception() -> None:
    assert events("Kazakhstan's foreign minister was received by Pope Francis at the Vatican.",
                  date(2022, 9, 10)) == [("CONSULT", "visit", "KAZ", "VAT")]


def test_meeting_in_the_host_country_is_a_visit_by_the_other_side() -> None:
    found = events("Putin and Tokayev met in Sochi on August 19.", date(2022, 8, 20))
    assert found == [("CONSULT", "visit", "KAZ", "RUS")]


def test_meeting_in_a_third_country() -> None:
    found = events("Xi Jinping and Vladimir Putin met in Samarkand on September 15.",
                   date(2022, 9, 16))
    assert [(t, m) for t, m, *_ in found] == [("CONSULT", "third-party")]


@pytest.mark.parametrize("text", [
    "Tokayev did not attend the Victory Day parade in Moscow.",
    "Kazakhstan has not joined the sanctions against Russia.",
    "Putin may visit Astana.",
])
def test_negation_and_speculation_yield_no_positive_event(text: str) -> None:
    assert not [e for e in events(text) if e[0] in ("CONSULT", "SANCTION")]


@pytest.mark.parametrize("text", [
    "The Kremlin said Putin had no plans to travel to Turkey this month.",
    "Erdogan has no intention of visiting Moscow.",
    "Scholz would be the first Western leader to visit Beijing since the pandemic.",
    "If Biden visits Beijing, tensions may ease.",
    "The foreign ministry asked if Lavrov would come to Astana.",
    "Erdogan postponed his trip to Washington.",
    "The foreign ministry denied reports of a planned visit by Putin.",
    "Analysts expect Xi to visit Moscow in March.",
    "Xi is unlikely to attend the summit.",
])
def test_no_plans_calls_and_conditionals_yield_no_event(text: str) -> None:
    assert events(text, date(2023, 3, 8)) == []


def test_ignoring_calls_is_a_refusal_not_the_called_for_act() -> None:
    # the withdrawal was only called for; ignoring the call is Russia's refusal (PLOVER REJECT)
    assert events("Russia ignored calls to withdraw its troops from Ukraine.", date(2023, 3, 8)) \
        == [("REJECT", None, "RUS", None)]


@pytest.mark.parametrize("text, expected", [
    ("Xi became the first foreign leader to visit Astana after the pandemic.",
     ("CONSULT", "visit", "CHN", "KAZ")),
    ("Modi, the first Indian prime minister to visit Ukraine, arrived in Kyiv on Friday.",
     ("CONSULT", "visit", "IND", "UKR")),
])
def test_the_first_leader_to_visit_is_the_visitor(text: str, expected: tuple) -> None:
    assert events(text, date(2024, 8, 24)) == [expected]


def test_a_passive_governor_leaves_the_controlled_verb_active() -> None:
    # "is expected" is passive; "hold talks with Putin" is Modi's act, Putin its partner
    assert events("Modi is expected to hold talks with President Vladimir Putin on Tuesday.",
                  date(2024, 7, 8)) == [("AGREE", None, "IND", "RUS")]


def test_a_possessed_effort_is_not_an_attack() -> None:
    found = events("The United States imposed sanctions on Iranian companies accused of helping "
                   "Moscow's war effort.", date(2024, 5, 1))
    assert [e[0] for e in found] == ["SANCTION"]


def test_the_bloc_is_the_organisation_named_before() -> None:
    found = events("Troops from the Collective Security Treaty Organization arrived after "
                   "President Kassym-Jomart Tokayev asked the bloc for help.", date(2022, 1, 7))
    assert ("REQUEST", None, "KAZ", "CSTO") in found


@pytest.mark.parametrize("text, expected", [
    ("The Kazakh president left for Bishkek on Thursday to attend the summit.",
     [("CONSULT", "visit", "KAZ", "KGZ")]),
    ("Lavrov departed for Ankara.", [("CONSULT", "visit", "RUS", "TUR")]),
    ("The ambassador left the country.", []),
])
def test_leaving_for_a_place_is_a_trip_there(text: str, expected: list) -> None:
    assert events(text, date(2023, 10, 17)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Blinken arrived in Astana on Monday. During his visit to Tokyo, Tokayev met Prime "
     "Minister Fumio Kishida.", ("CONSULT", "visit", "KAZ", "JPN")),
    ("Blinken arrived in Astana on Monday. Speaking after his meeting with Xi, Macron called "
     "for peace.", ("CONSULT", None, "FRA", "CHN")),
])
def test_a_pronoun_before_its_subject_points_forward(text: str, expected: tuple) -> None:
    assert events(text, date(2023, 10, 17))[-1] == expected


def test_a_possessed_meeting_is_the_possessor_s() -> None:
    assert events("Erdogan's talks with Putin in Sochi were useful.", date(2023, 10, 17)) == [
        ("CONSULT", "visit", "TUR", "RUS")]


def test_since_starts_a_period_and_never_dates_an_event() -> None:
    [event] = [e for e in extract_text(
        "Blinken's visit to Astana, the first by a US secretary of state since 2020, focused "
        "on energy.", published=date(2023, 10, 17)) if isinstance(e, Event)]
    assert (event.event_type, event.date.precision) == ("CONSULT", "unknown")


@pytest.mark.parametrize("text, expected", [
    ("Chinese President Xi Jinping is on a state visit to Kazakhstan.",
     [("CONSULT", "visit", "CHN", "KAZ")]),
    ("Lavrov will be on a working visit to Ankara next week.", [("AGREE", None, "RUS", "TUR")]),
    # a region is no country: no visit to the Philippines' town of Asia
    ("Borrell was on a two-day trip to Central Asia last week.", []),
])
def test_being_on_a_visit(text: str, expected: list) -> None:
    assert events(text, date(2022, 9, 15)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tokayev expressed support for the territorial integrity of Ukraine.",
     [("SUPPORT", None, "KAZ", "UKR")]),
    ("China reaffirmed its support for Kazakhstan.", [("SUPPORT", None, "CHN", "KAZ")]),
    ("The EU voiced solidarity with Armenia.", [("SUPPORT", None, "EU", "ARM")]),
    ("The measure won broad support in parliament.", []),
])
def test_expressed_support(text: str, expected: list) -> None:
    assert events(text, date(2022, 9, 15)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Kazakh government expressed appreciation for China's assistance.",
     [("SUPPORT", None, "KAZ", "CHN")]),
    ("Kyrgyzstan expressed gratitude to Russia for the aid.", [("SUPPORT", None, "KGZ", "RUS")]),
    ("A court in Guyana has issued arrest warrants for two Brazilian men.",
     [("COERCE", "arrest", "GUY", "BRA")]),
])
def test_gratitude_and_warrants(text: str, expected: list) -> None:
    assert events(text, date(2022, 9, 15)) == expected


def test_one_agreement_between_two_sides_is_one_event() -> None:
    assert events("Uzbekistan and Kazakhstan agreed to build a joint industrial zone on their "
                  "border.", date(2023, 9, 20)) == [("AGREE", None, "UZB", "KAZ")]


def test_seats_of_government_are_their_cities() -> None:
    [event] = [e for e in extract_text("Biden hosted Zelensky at the White House on Thursday.",
                                       published=date(2023, 9, 20)) if isinstance(e, Event)]
    assert (event.recipient.code, event.location.name, event.location.code) == (
        "USA", "Washington", "USA")  # not Casablanca, GeoNames' other "White House"


def test_a_subject_he_continues_the_previous_subject() -> None:
    found = events("Xi held talks with President Kassym-Jomart Tokayev, who awarded him a medal. "
                   "He will travel on to Uzbekistan for the Shanghai Cooperation Organisation "
                   "summit, where he is expected to meet Vladimir Putin.", date(2022, 9, 14))
    # "he" is Xi both times: not Tokayev (named last), and never the SCO (no person)
    assert ("AGREE", None, "CHN", "UZB") in found and ("AGREE", None, "CHN", "RUS") in found
    assert not [e for e in found if e[2] in ("KAZ", "SCO") and e[0] == "AGREE"]


def test_the_dateline_city_refines_a_country_level_place() -> None:
    [event] = [e for e in extract_text(
        "ASTANA, Sept 14 (Wire) - Chinese President Xi Jinping arrived in Kazakhstan on "
        "Wednesday.", published=date(2022, 9, 14)) if isinstance(e, Event)]
    assert (event.recipient.code, event.location.name) == ("KAZ", "Astana")


def test_a_cancelled_visit_is_not_also_a_visit() -> None:
    # plans change for many reasons (Kishida called off his Central Asia tour over an
    # earthquake warning): cancelling one's own trip says nothing of the hosts
    assert events("Tokayev cancelled his visit to Paris.", date(2023, 5, 10)) == []
    # calling off talks with someone is a step back from them
    assert [e[0] for e in events("Russia cancelled talks with Japan on a peace treaty.",
                                 date(2023, 5, 10))] == ["SANCTION"]


def test_the_condition_of_a_threat_is_no_event() -> None:
    assert events("The EU will impose sanctions if Russia invades Ukraine.", date(2022, 2, 1)) \
        == [("THREATEN", None, "EU", "RUS")]


@pytest.mark.parametrize("text, expected", [
    ("Tokayev declined an invitation to visit Berlin.", [("REJECT", None, "KAZ", "DEU")]),
    # a refusal is an act of its own day, even of a meeting planned for next week
    ("The Kazakh foreign ministry rejected an invitation to attend a meeting next week.",
     [("REJECT", None, "KAZ", None)]),
])
def test_refusing_an_invitation(text: str, expected: list) -> None:
    assert events(text, date(2023, 5, 10)) == expected


@pytest.mark.parametrize("text, expected", [
    # welcoming a decision or a deal is praise, not hosting
    ("Kazakhstan welcomed the decision of the European Union to open a regional office.",
     [("SUPPORT", None, "KAZ", "EU"), ("AGREE", None, "EU", None)]),
    ("China welcomed the agreement between Armenia and Azerbaijan.",
     [("SUPPORT", None, "CHN", "ARM"), ("SUPPORT", None, "CHN", "AZE")]),
    ("Tokayev welcomed Xi Jinping in Astana.", [("CONSULT", "visit", "CHN", "KAZ")]),
    # the owner of an offer acts; the owner of an invitation is the host
    ("Tokayev accepted Scholz's invitation to visit Berlin.", [("AGREE", None, "KAZ", "DEU")]),
    ("Peru has granted asylum to five Panamanian army officers.", [("AID", None, "PER", "PAN")]),
])
def test_welcomes_offers_and_grants(text: str, expected: list) -> None:
    assert events(text, date(2023, 1, 10)) == expected


def test_the_two_presidents_are_the_visitor_and_the_host() -> None:
    found = events("TASHKENT - Few capitals have been as busy as Tashkent. Russian President "
                   "Vladimir Putin arrived on May 26 for a state visit, his first trip after "
                   "his inauguration apart from China. The two presidents signed agreements on "
                   "gas supplies.", date(2024, 6, 1))
    assert ("SUPPORT", None, "RUS", "UZB") in found
    assert not [e for e in found if "CHN" in e]


def test_a_summit_between_one_and_a_group_pairs_the_one_with_each() -> None:
    found = events("Putin is expected to take part in the first summit between Russia and the "
                   "five Central Asian republics.", date(2022, 10, 11))
    assert sorted(found) == [("AGREE", None, "RUS", c) for c in ("KAZ", "KGZ", "TJK", "TKM", "UZB")]


@pytest.mark.parametrize("text", [
    "At a news conference before flying home, Putin said there was no need for more strikes.",
    "Tokayev flew back on Friday.",
])
def test_going_home_and_expletive_clauses_are_no_visits(text: str) -> None:
    assert not [e for e in events("ASTANA - Putin came to Astana on Wednesday. " + text,
                                  date(2022, 10, 14))[1:] if e[0] == "CONSULT"]


def test_without_a_publication_date_the_text_s_own_dates_anchor_weekdays() -> None:
    found = [e for e in extract_text("Putin visited Astana on Monday. Xi visited Kazakhstan on "
                                     "14 September 2022.") if isinstance(e, Event)]
    assert [(e.actor.code, e.date.start) for e in found] == [
        ("RUS", date(2022, 9, 12)), ("CHN", date(2022, 9, 14))]


@pytest.mark.parametrize("text, expected", [
    ("Russia is conducting military exercises in Alaska.", [("MOBILIZE", None, "RUS", "USA")]),
    ("Kazakh troops took part in the Army Games in Russia in August.",
     [("COOPERATE", None, "KAZ", "RUS")]),
    ("Kazakhstan held military exercises near Almaty.", [("MOBILIZE", None, "KAZ", None)]),
    ("Russia and Belarus held joint exercises in September.", [("COOPERATE", None, "RUS", "BLR")]),
])
def test_exercises_alone_are_shows_of_force_together_cooperation(text: str, expected: list) -> None:
    assert events(text, date(2022, 9, 15)) == expected


def test_a_match_result_is_no_assault() -> None:
    assert events("Manchester City beat Real Madrid 4-0 to reach the final.", date(2023, 5, 18)) == []
    assert events("Russian forces attacked Kharkiv on 6-7 May.", date(2023, 5, 18)) == [
        ("ASSAULT", None, "RUS", "UKR")]


def test_the_object_s_owner_or_target_not_the_actor_s_own_country() -> None:
    found = events("Prime Minister Nikol Pashinyan froze Armenia's participation in the Collective "
                   "Security Treaty Organisation in February and skipped the bloc's summit in "
                   "Minsk in November.", date(2024, 6, 20))
    # (within a sentence, events come in the order of the typer's preference)
    assert sorted(found, key=str) == sorted([("SANCTION", "discontinue", "ARM", "CSTO"),
                                             ("REJECT", None, "ARM", "CSTO")], key=str)


def test_whom_an_agreement_concerns() -> None:
    assert events("In October, France agreed to sell Armenia three radars.", date(2024, 6, 20)) == [
        ("AGREE", None, "FRA", "ARM")]


def test_headlines_without_full_stops() -> None:
    found = events("Putin to visit Kazakhstan next week\n\nXi arrives in Astana on first trip "
                   "abroad since pandemic\n\nRussia warns Kazakhstan over sanctions stance",
                   date(2022, 9, 14))
    assert found == [("AGREE", None, "RUS", "KAZ"), ("CONSULT", "visit", "CHN", "KAZ"),
                     ("THREATEN", None, "RUS", "KAZ")]


# One sentence, one event: (text, publication date, the event)
ONE_EVENT = [
    # a noun of intention makes the visit a promise
    ("Macron announced plans to visit Beijing in April.", date(2023, 3, 8),
     ("AGREE", None, "FRA", "CHN")),
    # one promise, to Germany: not also a recipient-less one from "accepted"
    ("Tokayev accepted an invitation to visit Berlin.", date(2023, 3, 8),
     ("AGREE", None, "KAZ", "DEU")),
    ("Erdogan will become the first NATO leader to visit Tehran.", date(2023, 3, 8),
     ("AGREE", None, "TUR", "IRN")),
    # headlines: a dropped "is" is future; one line without a full stop is one sentence
    ("Tokayev to attend SCO summit", date(2023, 1, 10), ("AGREE", None, "KAZ", "SCO")),
    ("Kazakh president to travel to Beijing", date(2023, 1, 10), ("AGREE", None, "KAZ", "CHN")),
    ("Russia, Kazakhstan agree on gas deal", date(2023, 1, 10), ("AGREE", None, "RUS", "KAZ")),
    # a talk that is the setting of the subject's act is the subject's
    ("In a phone call with Erdogan on Monday, Tokayev discussed energy.", date(2022, 10, 5),
     ("CONSULT", "phone", "KAZ", "TUR")),
    ("Xi sent a congratulatory message to Tokayev.", date(2022, 10, 5),
     ("SUPPORT", None, "CHN", "KAZ")),
    # a promise or threat is to whom it is told
    ('"Russia is ready to help," Putin told his Kazakh counterpart.', date(2022, 6, 20),
     ("AGREE", None, "RUS", "KAZ")),
    ("Putin assured Tokayev that Russia would supply more gas.", date(2022, 6, 20),
     ("AGREE", None, "RUS", "KAZ")),
    ("Blinken warned Lavrov that Washington would impose new sanctions.", date(2022, 6, 20),
     ("THREATEN", None, "USA", "RUS")),
    # an ambassador lives where they are received: a meeting, not a visit
    ("Kazakh Foreign Minister Murat Nurtleu received US Ambassador Daniel Rosenblum in Astana "
     "on Thursday.", date(2023, 3, 10), ("CONSULT", None, "USA", "KAZ")),
    ("The Russian ambassador was summoned to the Kazakh foreign ministry.", date(2023, 3, 10),
     ("ACCUSE", "disapprove", "KAZ", "RUS")),
]


@pytest.mark.parametrize("text, published, expected", ONE_EVENT, ids=[r[0][:40] for r in ONE_EVENT])
def test_one_event(text: str, published: date, expected: tuple) -> None:
    assert events(text, published) == [expected]


def test_during_the_visit_the_two_heads_of_state_signed() -> None:
    found = [e for e in extract_text(
        "At the invitation of President Kassym-Jomart Tokayev, President Xi Jinping paid a state "
        "visit to Kazakhstan from September 14 to 15. During the visit, the two heads of state "
        "held talks and signed a joint statement.", published=date(2022, 9, 16))
        if isinstance(e, Event)]
    assert [(e.event_type, e.actor.code, e.recipient.code, e.date.start, e.date.end)
            for e in found] == [
        ("CONSULT", "CHN", "KAZ", date(2022, 9, 14), date(2022, 9, 15)),
        ("SUPPORT", "CHN", "KAZ", date(2022, 9, 14), date(2022, 9, 15))]


def test_people_hold_the_offices_of_the_event_s_date() -> None:
    found = [e for e in extract_text("Nazarbayev visited Beijing in 1996. Tokayev, then foreign "
                                     "minister, travelled to Moscow in 2002.",
                                     published=date(2022, 11, 20)) if isinstance(e, Event)]
    assert [(e.actor.name, e.actor.sector, e.actor.role) for e in found] == [
        ("Nursultan Nazarbayev", "GOV", "head of state"),
        ("Kassym-Jomart Tokayev", "GOV", "foreign minister")]


@pytest.mark.parametrize("text, expected", [
    ("Tokayev attended the SCO summit in Samarkand on 15 September.",
     [("CONSULT", "multilateral", "KAZ", "SCO"), ("CONSULT", "visit", "KAZ", "UZB")]),
    # at home, a summit is the organisation's and a visit by the guest
    ("Putin attended the CICA summit in Astana on Thursday.",
     [("CONSULT", "multilateral", "RUS", "CICA"), ("CONSULT", "visit", "RUS", "KAZ")]),
    ("Tokayev attended the funeral in Tokyo.", [("CONSULT", "visit", "KAZ", "JPN")]),
])
def test_attending_abroad_is_a_meeting_and_a_trip(text: str, expected: list) -> None:
    assert events(text, date(2022, 10, 14)) == expected


def test_refusal_is_reject_never_the_refused_act() -> None:
    found = events("Kazakhstan declined to recognise the Donetsk and Luhansk republics and "
                   "refrained from supporting Russia's war.")
    assert all(t != "SUPPORT" for t, *_ in found)
    assert any(t == "REJECT" and a == "KAZ" for t, _, a, _ in found)


def test_future_visit_is_agree_not_consult() -> None:
    found = events("Putin will travel to Kazakhstan next week.", date(2022, 10, 11))
    assert found == [("AGREE", None, "RUS", "KAZ")]


def test_future_conflict_is_a_threat() -> None:
    found = events("The European Union said it would impose new sanctions on Russia.")
    assert ("THREATEN", None, "EU", "RUS") in found


def test_reported_demand_is_a_request_by_the_speaker() -> None:
    found = events("Russia said on Tuesday that Sudan must return the helicopter.")
    assert found == [("REQUEST", None, "RUS", "SDN")]


def test_pronoun_takes_the_person_named_before() -> None:
    found = events("Shavkat Mirziyoyev travelled to Beijing in mid-September. Later that "
                   "month he spoke with Vladimir Putin by phone.", date(2024, 10, 1))
    assert ("CONSULT", "phone", "UZB", "RUS") in found


def test_dates_are_the_events_own() -> None:
    [visit] = [e for e in extract_text(
        "ASTANA, Oct 28 — European Council President Charles Michel visited Astana on "
        "Thursday, October 27.", published=date(2022, 10, 28)) if isinstance(e, Event)]
    assert (visit.date.start, visit.date.precision) == (date(2022, 10, 27), "day")
    assert visit.location.geonameid == 1526273
    assert visit.actor.role == "president of the european council"


def test_undated_event_gets_the_publication_date_with_unknown_precision() -> None:
    [threat] = [e for e in extract_text("Russian officials have threatened Astana.",
                                        published=PUB) if isinstance(e, Event)]
    assert (threat.date.start, threat.date.precision, threat.date.text) == (PUB, "unknown", None)


def test_repeated_mentions_in_one_document_are_one_event() -> None:
    found = events("The Kyrgyz leader arrived in Ankara on Monday. He was met at the airport "
                   "by Turkish officials.", date(2022, 10, 19))
    assert found == [("CONSULT", "visit", "KGZ", "TUR")]


def test_violence_without_a_named_perpetrator_keeps_its_victims() -> None:
    # PLOVER's convention: unidentified armed forces (UAF) of the country where it happened
    [event] = [e for e in extract_text("Three Iraqi civilians were killed in a car bombing "
                                       "in Baghdad.", published=PUB) if isinstance(e, Event)]
    assert (event.event_type, event.actor.code, event.actor.sector, event.recipient.code) == (
        "ASSAULT", "IRQ", "UAF", "IRQ")
    assert events("Three US soldiers were killed by a roadside bomb.") == [("ASSAULT", None, None, "USA")]


def test_states_protest_with_words_crowds_in_the_street() -> None:
    assert events("Serbia protested to Albania over the incident.")[0][0] == "ACCUSE"
    assert events("Hundreds of students protested in Tbilisi against the law.")[0][:1] == ("PROTEST",)


def test_quotes_are_coded_for_the_speaker() -> None:
    found = events("\"We will never recognise these republics,\" Tokayev said on Friday.",
                   date(2022, 6, 18))
    assert found and all(a == "KAZ" for _, _, a, _ in found)
    assert found[0][0] in ("REJECT", "SUPPORT") and found[0][0] == "REJECT"


def test_a_list_parsed_as_apposition_still_gives_one_event_per_country() -> None:
    found = events("U.S. President Joe Biden met the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, "
                   "Turkmenistan and Uzbekistan in New York on Tuesday.", date(2023, 9, 20))
    assert sorted(a for _, _, a, _ in found) == ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
    assert {(t, m, r) for t, m, _, r in found} == {("CONSULT", "visit", "USA")}


def test_a_month_name_is_not_an_event_noun() -> None:
    found = events("The EU and Kazakhstan held a summit in Brussels on March 13.", date(2023, 3, 17))
    assert all(t != "PROTEST" for t, *_ in found)
    assert ("CONSULT", "visit", "KAZ", "EU") in found  # Brussels is where the EU receives visitors


def test_reciprocal_accusations_go_both_ways() -> None:
    found = events("Kyrgyzstan and Tajikistan accused each other of starting the fighting.")
    assert sorted((a, r) for _, _, a, r in found) == [("KGZ", "TJK"), ("TJK", "KGZ")]


def test_trade_bans_are_sanctions_and_loans_are_aid() -> None:
    assert events("Kazakhstan banned the export of military goods to Russia.")[0][::2] == ("SANCTION", "KAZ")
    assert ("AID", None, "ADB", "UZB") in events(
        "The Asian Development Bank approved a $100 million loan to Uzbekistan.")
