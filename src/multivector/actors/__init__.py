"""multivector.actors: who is acting -- countries, organisations, companies, people, titles.

Public API: ``resolve_text`` / ``resolve_all`` turn a noun phrase into ``Actor`` records;
``load_actor_tables`` gives the shipped tables for the event coder's phrase matcher.
"""

from multivector.actors.resolve import resolve_all, resolve_text
from multivector.actors.tables import (
    PHRASE_KINDS,
    ActorTables,
    Company,
    Country,
    Officeholder,
    Organisation,
    Title,
    load_actor_tables,
)

__all__ = ["PHRASE_KINDS", "ActorTables", "Company", "Country", "Officeholder", "Organisation",
           "Title", "load_actor_tables", "resolve_all", "resolve_text"]
