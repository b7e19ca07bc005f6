"""Place names to places: the GeoNames gazetteer with our aliases.

A foundation of the stages, not one of them: ``nlp`` (datelines), ``actors`` (a city
named alone acts for its country) and ``coding`` (where an event happened) all use it,
so it sits below them all and imports none of them.
"""

from multivector.gazetteer.lookup import Gazetteer, load_gazetteer

__all__ = ["Gazetteer", "load_gazetteer"]
