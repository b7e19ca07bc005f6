"""Resolve a noun phrase to an actor: "Russian President Vladimir Putin" -> RUS/GOV.

Pure functions over the shipped tables, no spaCy.  How it works (docs/actors.md):

1. The phrase is tokenised and folded; the longest table phrase starting at each token
   is matched (countries, demonyms, capitals, organisations, companies, people, titles).
2. Matches are split into conjuncts at "and", "&" and commas, so "Russian and Kazakh
   troops" gives two actors; a bare demonym or a conjunct next to a plural title
   ("the foreign ministers of Kazakhstan and Kyrgyzstan") borrows that title.
3. Each conjunct becomes one Actor: a known person decides code and role (by date);
   otherwise an organisation, company or country gives the code and the head title
   (the last one) the sector and role; capital metonyms ("the Kremlin") mean GOV.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date

from multivector.actors.normalize import SEPARATORS, Token, tokenize
from multivector.actors.tables import ActorTables, Entry, Officeholder, load_actor_tables, role_rank
from multivector.gazetteer import load_gazetteer
from multivector.records import Actor

# A country named after one of these is where something happens or whom it concerns,
# not who acts: "the US ambassador to Kazakhstan" is American.
_SECONDARY_PREPOSITIONS = frozenset({"to", "in", "at", "into", "against", "toward", "towards",
                                     "with", "on", "over", "near", "across", "inside"})
_ANCHOR_ORDER = {"person": 0, "org": 1, "company": 2, "country": 3, "capital": 4, "adjective": 5}
_FORMER_ROLES = frozenset({"former head of state", "former head of government",
                           "former foreign minister", "former official"})


@dataclass(frozen=True)
class Match:
    start: int  # token indexes, end exclusive
    end: int
    entry: Entry
    secondary: bool = False  # follows a preposition like "to" / "in"


@dataclass
class Conjunct:
    """One coordinated member of a phrase: its token indexes and the matches inside."""

    indexes: list[int] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    separator: str = ""  # the token that opened this conjunct ("", "and", ",")

    @property
    def titles(self) -> list[Match]:
        return [m for m in self.matches if m.entry.kind == "title"]

    @property
    def anchors(self) -> list[Match]:
        return [m for m in self.matches if m.entry.kind != "title"]

    def anchor(self) -> Match | None:
        anchors = self.anchors
        if not anchors:
            return None
        primary = [m for m in anchors if not m.secondary] or anchors
        return min(primary, key=lambda m: (_ANCHOR_ORDER[m.entry.kind], m.start))


def _allowed(entry: Entry, tokens: list[Token]) -> bool:
    if entry.constraint == "exact":
        return all(t.surface.replace(".", "") == t.surface.replace(".", "").upper() for t in tokens)
    if entry.constraint == "capital":
        return not tokens[0].is_lower
    return True


_ENTRY_ORDER = {"org": 0, "company": 1, "country": 2, "adjective": 3, "capital": 4, "person": 5,
                "title": 6}


def _best_entry(entries: tuple[Entry, ...], tokens: list[Token]) -> Entry | None:
    allowed = [e for e in entries if _allowed(e, tokens)]
    return min(allowed, key=lambda e: _ENTRY_ORDER[e.kind]) if allowed else None


def match_tokens(tokens: list[Token], tables: ActorTables) -> list[Match]:
    """Greedy longest matches of table phrases, left to right."""
    matches: list[Match] = []
    i = 0
    while i < len(tokens):
        found = None
        for length in range(min(tables.max_phrase_len, len(tokens) - i), 0, -1):
            window = tokens[i:i + length]
            entries = tables.index.get(tuple(t.key for t in window))
            entry = _best_entry(entries, window) if entries else None
            if entry is not None and entry.kind == "person" and _inside_other_name(tokens, i, i + length, tables):
                entry = None  # "Michel Suleiman" is not Charles Michel, "Kerry Kennedy" not John Kerry
            if entry is not None:
                before = i - 1 if i > 0 and tokens[i - 1].key != "the" else i - 2
                secondary = before >= 0 and tokens[before].key in _SECONDARY_PREPOSITIONS
                found = Match(i, i + length, entry, secondary)
                break
        if found is None:
            i += 1
        else:
            matches.append(found)
            i = found.end
    return matches


_FUNCTION_WORDS = frozenset(
    "the a an and or but of in on at to for with by from as this that these those his her its "
    "their our my your after before when while if then since during under over new former "
    "acting late".split())


def _name_word(token: Token, tables: ActorTables) -> bool:
    """A capitalised word that is not in any table (so plausibly part of a personal name)."""
    if token.is_lower or not token.surface[:1].isupper() or not token.surface[:1].isalpha():
        return False
    return token.key not in _FUNCTION_WORDS and (token.key,) not in tables.index


def _inside_other_name(tokens: list[Token], start: int, end: int, tables: ActorTables) -> bool:
    """Is this surname match part of a longer personal name the tables do not know?"""
    before = tokens[start - 1] if start > 0 else None
    after = tokens[end] if end < len(tokens) else None
    adjacent = lambda a, b: a.end == b.start or a.end + 1 == b.start  # noqa: E731
    if after is not None and adjacent(tokens[end - 1], after) and _name_word(after, tables):
        return True
    # a full name ("Josep Borrell") may follow an organisation's title words; a bare
    # surname after an unknown first name ("John Putin") is someone else
    return end - start == 1 and before is not None and adjacent(before, tokens[start]) \
        and _name_word(before, tables)


# Words that may sit inside one noun phrase before its head: "the leaders of", "a team of".
_PHRASE_GLUE = frozenset({"the", "a", "an", "of", "for", "on", "'s", "its", "their", "his", "her"})
CHUNK = "~"  # the separator of a unit that a verb or preposition (not a conjunction) opened


def _conjuncts(tokens: list[Token], matches: list[Match]) -> list[Conjunct]:
    """Split at conjunctions and commas, and where an unmatched lower-case word (a verb,
    a preposition) follows a phrase that already names someone: whole sentences then
    give one unit per noun phrase."""
    by_start = {m.start: m for m in matches}
    parts = [Conjunct()]
    i = 0
    while i < len(tokens):
        match = by_start.get(i)
        if match is not None:
            parts[-1].matches.append(match)
            parts[-1].indexes.extend(range(match.start, match.end))
            i = match.end
            continue
        token = tokens[i]
        if token.key in SEPARATORS:
            parts.append(Conjunct(separator=token.key))
        elif token.is_lower and token.key not in _PHRASE_GLUE and _names_someone(parts[-1]):
            parts.append(Conjunct(indexes=[i], separator=CHUNK))
        else:
            parts[-1].indexes.append(i)
        i += 1
    return _absorb_places([p for p in parts if p.indexes])


def _names_someone(part: Conjunct) -> bool:
    """A demonym alone ("Italian energy company ...") still waits for its head noun."""
    return any(m.entry.kind != "adjective" or m.entry.plural for m in part.anchors)


def _absorb_places(parts: list[Conjunct]) -> list[Conjunct]:
    """ "trade unions in Denmark": a title-only unit takes the country that follows it."""
    merged: list[Conjunct] = []
    for part in parts:
        previous = merged[-1] if merged else None
        if (previous is not None and part.separator == CHUNK and previous.titles
                and not previous.anchors and part.anchors and not part.titles):
            previous.indexes.extend(part.indexes)
            previous.matches.extend(part.matches)
            continue
        # "Paris railway police": a place, a modifier or two, then the head noun.
        if (previous is not None and part.separator == CHUNK and previous.anchors
                and not previous.titles and part.titles and not part.anchors
                and part.matches[0].start - part.indexes[0] <= 2):
            previous.indexes.extend(part.indexes)
            previous.matches.extend(part.matches)
            continue
        merged.append(part)
    return merged


def _person_codes(match: Match, tables: ActorTables) -> set[str]:
    return {r.code for r in tables.terms_of(match.entry.name or "")}


def _merge_appositions(parts: list[Conjunct], tables: ActorTables) -> list[Conjunct]:
    """ "Kazakhstan's foreign minister, Mukhtar Tileuberdi" is one actor, not two."""
    merged: list[Conjunct] = []
    for part in parts:
        previous = merged[-1] if merged else None
        anchor = part.anchor()
        if (previous is not None and part.separator == "," and not part.titles
                and anchor is not None and anchor.entry.kind == "person"
                and len(part.anchors) == 1 and previous.titles
                and not any(m.entry.kind == "person" for m in previous.matches)):
            prev_anchor = previous.anchor()
            if prev_anchor is None or prev_anchor.entry.code in _person_codes(anchor, tables):
                previous.indexes.extend(part.indexes)
                previous.matches.extend(part.matches)
                continue
        merged.append(part)
    return merged


def _share_titles(parts: list[Conjunct]) -> None:
    """Give a title-less country conjunct the title of a neighbour that shares it.

    "Russian and Kazakh troops": a bare demonym takes the next conjunct's title.
    "the foreign ministers of Kazakhstan and Kyrgyzstan": a plural title is shared.
    """
    for index, part in enumerate(parts):
        anchor = part.anchor()
        if part.titles or anchor is None or anchor.entry.kind not in ("country", "adjective", "capital"):
            continue
        bare_adjective = anchor.entry.kind == "adjective" and not anchor.entry.plural
        following = parts[index + 1] if index + 1 < len(parts) and \
            parts[index + 1].separator not in ("", CHUNK) else None
        preceding = parts[index - 1] if index > 0 and part.separator not in ("", CHUNK) else None
        for neighbour in (following, preceding):
            titles = neighbour.titles if neighbour is not None else []
            if titles and (titles[-1].entry.plural or (bare_adjective and neighbour is following)):
                part.matches.append(titles[-1])
                break


def _trailing_name(part: Conjunct, tokens: list[Token], text: str) -> str | None:
    """Capitalised words after the last title: "Minister Juan Carlos Jobet" -> the name."""
    titles = part.titles
    if not titles:
        return None
    last_title_end = max(m.end for m in titles)
    covered = {i for m in part.matches for i in range(m.start, m.end)}
    words: list[Token] = []
    for index in part.indexes:
        if index < last_title_end or index in covered:
            if words:
                break
            continue
        token = tokens[index]
        if token.is_capitalised:
            words.append(token)
        elif words:
            break
    return text[words[0].start:words[-1].end] if words else None


def _former(part: Conjunct) -> bool:
    return any(m.entry.role in _FORMER_ROLES for m in part.titles)


def _head_title(part: Conjunct) -> Match | None:
    titles = [m for m in part.titles if m.entry.role not in _FORMER_ROLES]
    return titles[-1] if titles else None


def _former_role(rows: tuple[Officeholder, ...], when: date | None) -> str:
    past = [r for r in rows if when is None or r.start <= when]
    best = min(past or rows, key=lambda r: role_rank(r.role))
    return f"former {best.role}"


def _person_actor(match: Match, part: Conjunct, when: date | None, tables: ActorTables,
                  text: str) -> Actor:
    name = match.entry.name or ""
    rows = tables.terms_of(name)
    title = _head_title(part)
    if when is None:
        row = tables.person(name, None)
        if row is None:
            return Actor(code=match.entry.code, name=name, text=text)
        if title is not None and any(r.role == title.entry.role for r in rows):
            row = max((r for r in rows if r.role == title.entry.role), key=lambda r: r.start)
        if _former(part):
            return Actor(code=row.code, sector="ELI", name=name, role=_former_role(rows, None), text=text)
        return Actor(code=row.code, sector=row.sector, name=name, role=row.role, text=text)
    row = tables.person(name, when)
    if row is None:
        return Actor(code=match.entry.code, name=name, text=text)
    if row.holds_on(when) and not _former(part):
        return Actor(code=row.code, sector=row.sector, name=name, role=row.role, text=text)
    if row.end is not None and row.end < when:
        return Actor(code=row.code, sector="ELI", name=name, role=_former_role(rows, when), text=text)
    # Not yet in the office we know of: the title in the phrase is all we have.
    sector = title.entry.sector if title else None
    role = title.entry.role if title else None
    return Actor(code=row.code, sector=sector, name=name, role=role, text=text)


def _build(part: Conjunct, tokens: list[Token], when: date | None, tables: ActorTables,
           text: str) -> Actor | None:
    anchor = part.anchor()
    surface = text[tokens[part.indexes[0]].start:tokens[part.indexes[-1]].end]
    if anchor is not None and anchor.entry.kind == "person":
        # "Assad" in 2015 is Bashar, in 1990 Hafez: among everyone the words can name,
        # the officeholder of the document's date
        words = " ".join(t.surface for t in tokens[anchor.start:anchor.end])
        best = tables.person(words, when) if when is not None else None
        if best is not None and best.name != anchor.entry.name:
            anchor = Match(anchor.start, anchor.end, replace(anchor.entry, name=best.name,
                                                            code=best.code), anchor.secondary)
        return _person_actor(anchor, part, when, tables, surface)
    title = _head_title(part)
    former = _former(part)
    code = anchor.entry.code if anchor else None
    sector: str | None = None
    role: str | None = None
    name: str | None = None
    if anchor is not None:
        if anchor.entry.kind in ("org", "company"):
            name = anchor.entry.name
        sector, role = anchor.entry.sector, anchor.entry.role
    if title is not None:
        sector, role = title.entry.sector, title.entry.role
        if anchor is not None and anchor.entry.kind == "org" and anchor.entry.role and \
                title.start < anchor.start:
            sector, role = anchor.entry.sector, anchor.entry.role
        if anchor is not None and anchor.entry.kind == "company" and sector == "GOV":
            sector, role = "BUS", "business"
        name = _trailing_name(part, tokens, text) or (name if anchor and anchor.entry.kind != "org" else None)
    if former:
        sector = "ELI"
        former_title = next(m for m in part.titles if m.entry.role in _FORMER_ROLES)
        role = former_title.entry.role
        if title is not None and former_title.entry.role == "former official" and title.entry.role in (
                "head of state", "head of government", "foreign minister"):
            role = f"former {title.entry.role}"
    elif title is not None and code and name is None and when is not None and role:
        holder = tables.officeholder(code, role, when)
        if holder is not None:
            name = holder.name
    if code is None and sector is None:
        return None
    if name is None and code is not None:
        name = tables.country_name(code)  # the contract names a country actor by the country
    return Actor(code=code, sector=sector, name=name, role=role, text=surface)


def resolve_all(text: str, when: date | None = None) -> list[Actor]:
    """Every actor in a (possibly compound) noun phrase, in order of mention."""
    return list(_resolve_phrase(text, when))


# The event coder asks about the same phrase many times in one document (each frame,
# each argument check); the answer depends only on the text and the date.
@functools.lru_cache(maxsize=8192)
def _resolve_phrase(text: str, when: date | None) -> tuple[Actor, ...]:
    tables = load_actor_tables()
    tokens = tokenize(text)
    if not tokens:
        return ()
    matches = match_tokens(tokens, tables)
    parts = _merge_appositions(_conjuncts(tokens, matches), tables)
    _share_titles(parts)
    actors = []
    for part in parts:
        actor = _build(part, tokens, when, tables, text)
        if actor is not None:
            actors.append(actor)
    if not actors or (len(actors) == 1 and actors[0].code is None):
        grouped = _group_actors(text, actors[0] if actors else None, tables)
        located = None if grouped else (_based_actor(text, actors[0] if actors else None)
                                        or _place_actor(text))
        if grouped:
            actors = grouped
        elif located is not None:
            actors = [located]
    owner = _possessor_country(text, when)
    if owner is not None and len(actors) == 1 and actors[0].code not in (None, owner.code) \
            and actors[0].code in tables.countries:
        # "Chile's Defense Department": the possessor's, not the U.S. department the bare
        # name would mean
        only = actors[0]
        actors = [Actor(code=owner.code, sector=only.sector, name=owner.name, role=only.role,
                        text=only.text)]
    return tuple(actors)


_BASED = re.compile(r"\b([A-Z][\w'’ .-]*?)-(?:based|headquartered)\b")
_POSSESSOR = re.compile(r"^(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+\S")


def _based_actor(text: str, titled: Actor | None) -> Actor | None:
    """"a Somalia-based paramilitary group": the place's country."""
    match = _BASED.search(text)
    if match is None:
        return None
    place = resolve_all(match.group(1)) or []
    code = next((a.code for a in place if a.code and len(a.code) == 3), None)
    if code is None:
        return None
    return Actor(code=code, sector=titled.sector if titled else None,
                 name=load_actor_tables().country_name(code),
                 role=titled.role if titled else None, text=text)


def _possessor_country(text: str, when: date | None) -> Actor | None:
    match = _POSSESSOR.match(text.strip())
    if match is None:
        return None
    found = resolve_all(match.group(1), when)
    if len(found) == 1 and found[0].code and found[0].code in load_actor_tables().countries \
            and found[0].name == load_actor_tables().country_name(found[0].code):
        return found[0]
    return None


# "the five Central Asian presidents", "the Baltic states": one actor per member
GROUP_NOUNS = frozenset({"presidents", "leaders", "states", "countries", "nations", "republics",
                         "governments", "ministers", "heads"})


@functools.lru_cache(maxsize=1)
def _country_groups() -> dict[str, tuple[str, ...]]:
    from multivector.data_tables import read_table

    return {row["adjective"].lower(): tuple(row["codes"].split("|"))
            for _, row in read_table("country_groups.csv")}


def _group_actors(text: str, titled: Actor | None, tables: ActorTables) -> list[Actor]:
    lower = " ".join(text.lower().split())
    words = lower.split()
    if not words or words[-1] not in GROUP_NOUNS:
        return []
    for adjective, codes in _country_groups().items():
        if f"{adjective} " in f"{lower} ":
            return [Actor(code=code, sector=titled.sector if titled else None,
                          name=tables.country_name(code), role=titled.role if titled else None,
                          text=text) for code in codes]
    return []


# A city or region named as a group's home: "Shanghai police", "Kharkiv residents"
PLACE_GROUP_SECTORS = {"police": "COP", "authorities": "GOV", "government": "GOV",
                       "officials": "GOV", "administration": "GOV", "mayor": "GOV",
                       "residents": "CVL", "people": "CVL", "court": "JUD",
                       "rebels": "REB", "militants": "REB", "governor": "GOV",
                       "assembly": "LEG", "parliament": "LEG", "council": "GOV"}
# Words between a place and its group that say which level or body: "Kano State government"
PLACE_QUALIFIERS = frozenset({"state", "provincial", "province", "regional", "region",
                              "city", "municipal", "high", "district", "county"})


def _place_actor(text: str) -> Actor | None:
    """A phrase that names only a well-known place ("Mariupol", "Shanghai police") acts
    for the place's country: shelling "hit Kharkiv" targets Ukraine."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    sector = None
    if len(words) > 1 and words[-1].lower() in PLACE_GROUP_SECTORS:
        sector = PLACE_GROUP_SECTORS[words[-1].lower()]
        words = words[:-1]
    while len(words) > 1 and words[-1].lower() in PLACE_QUALIFIERS:
        words = words[:-1]  # "Kano State government", "Madras High Court"
    if not words or not words[0][:1].isupper() or len(words) > 4:
        return None
    place = load_gazetteer().notable_place(" ".join(words))
    if place is None or place.code is None:
        return None
    return Actor(code=place.code, sector=sector, name=load_actor_tables().country_name(place.code),
                 text=text)


def resolve_text(text: str, when: date | None = None) -> Actor | None:
    """The first actor ``text`` names, with ``text`` as its text; None when unknown."""
    actors = resolve_all(text, when)
    if not actors:
        return None
    first = actors[0]
    return Actor(code=first.code, sector=first.sector, name=first.name, role=first.role, text=text)


__all__ = ["Match", "match_tokens", "resolve_all", "resolve_text"]
