"""Place mentions in text and their resolution to country + ISO 3166-2 region."""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from streams.extract.gazetteer import Gazetteer, Place, Region, get_gazetteer
from streams.extract.lexicon import (
    ACTOR_COUNTRY_BEFORE,
    ARMED_GROUP_NAMES,
    AWAY_ACTIVITIES,
    CAMP_WORDS,
    DEMONYMS,
    DIRECTIONAL_WORDS,
    DISTRICT_UNIT_WORDS,
    EXTRA_COUNTRY_NAMES,
    FLIGHT_WORDS,
    GROUP_HOMES,
    LAKE_SHORE_REGIONS,
    MONTHS,
    NOT_PLACES,
    ORGANISATION_WORDS,
    PERSON_CONTEXT_WORDS,
    REGION_UNIT_WORDS,
    WEEKDAYS,
)
from streams.extract.numbers import words_to_int
from streams.extract.prefilter import gated
from streams.extract.textnorm import (
    LOWER_WORDS,
    alternation,
    compass_split,
    fewest_keys,
    fold,
    holds_any,
    lower_matches_alike,
    lowered,
    same_length_ascii,
    single_letters,
    words_back,
)

_CAP = (
    r"(?:[A-Z][\w'’‘-]*"
    # particles (al-, el-, ez-, de, bin...) written as a trie: sre tries fewer branches at each letter
    r"|(?:a(?:l|d|sh?|n|r|t|z)|e(?:l|d|sh?|n|r|t|z)|d(?:el?|u|es|i|a)|l[ae]|bin|ibn|abu|wa)(?=[\s-][A-Z]))"
)
_CITY_NAMED_AFTER = re.compile(r",?\s+[A-Z]")
# A capital, or a particle (al-, el-, ad-, an-, ar-, as-, ash-, at-, az-) spelt out from its first letter:
# tried at every position, the branches reject other characters at once (~20% faster than the same
# alternatives behind a lookahead on [aeA-Z]). Other e- forms (ez-, es-...) are read inside a name
# ("Deir ez-Zor", by _CAP), not at its start: tried at every "e", they cost more than they find.
_FIRST_CAP = r"(?:[A-Z]|a(?:l|d|n|r|s|sh|t|z)-[A-Z]|el-[A-Z])[\w'’‘-]*"
_COUNTRY_CAPITAL = re.compile(
    r"\b(?:the\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+capital|([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+capital"
    r"|the\s+capital\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))\b"
)  # "the Somali capital", "Haiti's capital", "the capital of Somalia"
_COMPASS_WORD = r"(North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central)"
# What a sentence must hold for _PAIRED_COMPASS to match in it: " and " before the second compass word
_AND_COMPASS = tuple(f" and {w}" for w in ("North", "South", "East", "West", "Upper", "Lower", "Central"))
_COMPASS_AFTER_AND = tuple(w.removeprefix(" and ") for w in _AND_COMPASS)
_PAIRED_COMPASS = re.compile(
    rf"\b{_COMPASS_WORD}\s+and\s+{_COMPASS_WORD}\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_NAME_SEQ = re.compile(rf"{_FIRST_CAP}(?:[\s-]+{_CAP}){{0,6}}")
# _NAME_SEQ for text holding none of the particles _FIRST_CAP starts with (most sentences): the same
# matches, as a search that tries only the capitals, not every "a" and "e" of the text
_CAPITAL_NAME_SEQ = re.compile(rf"[A-Z][\w'’‘-]*(?:[\s-]+{_CAP}){{0,6}}")
_FIRST_PARTICLES = ("al-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-", "el-")
_PARTICLES_BEFORE_HYPHEN = tuple(p.removesuffix("-") for p in _FIRST_PARTICLES)
# Region unit words, and the unit words of districts (second-level units) that name no region.
_ANY_UNIT_WORDS = REGION_UNIT_WORDS | DISTRICT_UNIT_WORDS
# What a sentence must hold for a district unit word to be in it, when no region unit word is: the
# district-only words less those that hold another ("local government area", "subcounty").
_DISTRICT_ONLY_UNIT_WORDS = tuple(
    sorted(
        w
        for w in DISTRICT_UNIT_WORDS - REGION_UNIT_WORDS
        if not any(o != w and o in w for o in _ANY_UNIT_WORDS)
    )
)

_ANY_UNIT = alternation(sorted(_ANY_UNIT_WORDS, key=len, reverse=True))
_UNIT_WORD = re.compile(rf"\b(?i:{_ANY_UNIT})\b")
_NAME_BEFORE_UNIT = re.compile(rf"((?:{_CAP}[\s-]+){{0,3}}{_CAP})\s+$")
_NAME_AND_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+[a-z]+\s+$")  # "Tillaberi border " before "region of"
_DIRECTION_WORD = re.compile(r"(?i:north|south|east|west|central|far)")
_UNIT = alternation(sorted(REGION_UNIT_WORDS, key=len, reverse=True))
_REGION_BEFORE = re.compile(
    rf"\b({_UNIT})\s+of\s+({_CAP}(?:[\s-]+{_CAP}){{0,3}})(?:\s+and\s+({_CAP}(?:[\s-]+{_CAP}){{0,3}}))?"
)
_MULTI_BEFORE_UNIT = re.compile(
    rf"({_CAP}(?:[\s-]+{_CAP}){{0,2}})\s+and\s+({_CAP}(?:[\s-]+{_CAP}){{0,2}})\s+(?P<unit>provinces|states|regions|governorates|counties|districts)\b"
)
_DIRECTIONAL = re.compile(
    r"\b(?:" + alternation(sorted(DIRECTIONAL_WORDS, key=lambda w: len(re.escape(w)), reverse=True)) + ")"
    rf"\s+({_CAP}(?:\s+{_CAP})?)(?P<of>\s+of(?:\s+the|)\s+{_CAP}|)"
)
# "Mexico's southwest", "Nigeria's far north-east" (lower case: "Cameroon's Northwest region" is a region)
# (found from its possessive, a class a search skips to in C; the country's name is read back from there)
_POSSESSIVE_COMPASS = re.compile(
    r"['’]s\s+(?:far\s+|restive\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b(?!\s+[A-Z])"
)
_NAME_AT_END = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$")
# "north of X", and 'towards X'; the compass side alone is told apart by _far_reference_point
_COMPASS_SIDE = (
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western)"
    r"\s+(?:of|from)"
)
# ("Ciudad Juarez, across the border from El Paso, Texas": the town over the border is no place of it)
_REFERENCE_POINT = re.compile(
    rf"(?:{_COMPASS_SIDE}|\bacross\s+the\s+border\s+from|\btowards?|\bto)\s*$", re.I
)
_COMPASS_OF = re.compile(rf"{_COMPASS_SIDE}\s*$", re.I)
_COMPASS = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west"
    r"|northern|southern|eastern|western)"
)
# "43 miles (73 kilometers) from X", "30 km north of X", "15 kilometres from the town of X", "some 300 km
# outside the capital, X": X is a reference point, with the distance from it when the text gives one
_DISTANCE_REFERENCE = re.compile(
    r"(?:(?P<number>\d[\d,]*(?:\.\d+)?|[a-z]+)[\s-]*)?(?<![a-z])(?P<unit>km|kms|kilomet(?:re|er)s?|miles?)"
    rf"(?:\s*\([^()]{{0,30}}\))?(?:\s+(?:away|{_COMPASS}))?\s+(?:of|from|outside)"
    r"(?:\s+the\s+(?:[a-z-]+\s+)?(?:capital|city|town|village)(?:\s+of)?,?)?\s*$",
    re.I,
)
_DISTANCE_ENDINGS = ("of", "from", "outside", "capital", "capital,", "city", "city,", "town", "town,",
                     "village", "village,")  # fmt: skip
NEAR_REFERENCE_KM = 40.0  # closer than this, a reference point lies in the incident's region
_PARTY_BEFORE = re.compile(
    rf"\b(?:(?:{'|'.join(ACTOR_COUNTRY_BEFORE)})|from\s+(?:{'|'.join(AWAY_ACTIVITIES)})\s+in)\s+(?:the\s+)?$",
    re.I,
)
# The most words a match of _PARTY_BEFORE holds ("from training in the"): none starts before the word
# that many words before its end (see words_back)
_PARTY_WORDS = (
    max(max(len(w.split()) for w in ACTOR_COUNTRY_BEFORE), 2 + max(len(w.split()) for w in AWAY_ACTIVITIES))
    + 1
)
_PERSON_CONTEXT = re.compile(rf"(?:{'|'.join(re.escape(w) for w in PERSON_CONTEXT_WORDS)})\.?\s*,?\s*$", re.I)


# The __init__ is written out (init=False): mypyc compiles it, while a generated one stays interpreted
# and costs ~25x as much; tests/unit/extract/test_dataclass_inits.py holds it to the fields.
@dataclass(frozen=True, slots=True, init=False)
class Mention:
    """A place-like name in one sentence."""

    # "region" | "region_name" | "place" | "country" | "demonym" | "directional" | "multi_region", or
    # "actor": a country named as a party ("backed by Iran") or the demonym of the side that fires ("Russian
    # strikes"), which says where only when nothing else does
    kind: str
    text: str
    start: int
    country: str | None = None
    regions: tuple[Region, ...] = ()
    places: tuple[Place, ...] = ()
    district: bool = False  # a second-level unit ("Gwoza LGA"), given as the region that holds it

    def __init__(
        self,
        kind: str,
        text: str,
        start: int,
        country: str | None = None,
        regions: tuple[Region, ...] = (),
        places: tuple[Place, ...] = (),
        district: bool = False,
    ) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "regions", regions)
        object.__setattr__(self, "places", places)
        object.__setattr__(self, "district", district)


@dataclass
class PlaceContext:
    """What the whole article says about places: countries by weight, regions named."""

    countries: Counter[str] = field(default_factory=Counter)
    regions: Counter[str] = field(default_factory=Counter)
    named: Counter[str] = field(default_factory=Counter)  # the regions' votes of their own names ("Kachin")
    # of those, the votes of names that are a city's too ("Baghdad": the city, its governorate by the way)
    named_as_city: Counter[str] = field(default_factory=Counter)

    @property
    def primary_country(self) -> str | None:
        # most_common(1)'s answer (the first of the top counts), without its heap: asked per event
        return max(self.countries.items(), key=itemgetter(1))[0] if self.countries else None


# The __init__ is written out (init=False): mypyc compiles it, while a generated one stays interpreted
# and costs ~25x as much; tests/unit/extract/test_dataclass_inits.py holds it to the fields.
@dataclass(frozen=True, slots=True, init=False)
class ResolvedPlace:
    """The outcome for one event."""

    country: str | None
    region: str | None
    region_name: str | None
    place: str | None
    specific: bool  # a sub-national place or region was named

    def __init__(
        self,
        country: str | None,
        region: str | None,
        region_name: str | None,
        place: str | None,
        specific: bool,
    ) -> None:
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "region", region)
        object.__setattr__(self, "region_name", region_name)
        object.__setattr__(self, "place", place)
        object.__setattr__(self, "specific", specific)


_REGION_UNIT_KEYS = fewest_keys(sorted(REGION_UNIT_WORDS))  # 'state' for 'state' and 'states'
_PLURAL_UNITS = ("provinces", "states", "regions", "governorates", "counties", "districts")
_UNIT_WORD_LOWER = re.compile(rf"\b(?:{_ANY_UNIT})\b")


def _unit_words(text: str, low: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``_UNIT_WORD.finditer(text, pos)``, matched faster in ``low`` when lower_matches_alike(text)."""
    if lower_matches_alike(text):
        return _UNIT_WORD_LOWER.finditer(low, pos)
    return _UNIT_WORD.finditer(text, pos)


def _first_unit_word(text: str, low: str) -> int:
    """Where ``_unit_words`` finds its first unit word, or -1 when it finds none."""
    m = _UNIT_WORD_LOWER.search(low) if lower_matches_alike(text) else _UNIT_WORD.search(text)
    return -1 if m is None else m.start()


# The ISO 3166-2 subdivision types a unit word names (an oblast is a "region" in ISO's English)
_UNIT_TYPES = {
    "state": "state", "province": "province", "department": "department", "region": "region",
    "oblast": "region", "governorate": "governorate", "county": "county", "district": "district",
}  # fmt: skip


def _unit_fits(region: Region, unit_word: str, gaz: Gazetteer) -> bool:
    wanted = _UNIT_TYPES.get(unit_word)
    return wanted is not None and gaz.subdivision_type(region.code) == wanted


def _ends_in_capitalised_word(head: str) -> bool:
    """False when ``_NAME_BEFORE_UNIT`` cannot match ``head``: its last name must have a capital and be
    followed by white space."""
    stripped = head.rstrip()
    if not stripped or len(stripped) == len(head):
        return False
    last_word = stripped.rsplit(None, 1)[-1]
    return last_word.lower() != last_word


def _holds_after(text: str, lead: str, words: tuple[str, ...]) -> bool:
    """``holds_any(text, tuple(lead + w for w in words))``, read where ``lead`` occurs (a few places): one
    scan of the text, not one per word."""
    at = text.find(lead)
    while at >= 0:
        if text.startswith(words, at + len(lead)):
            return True
        at = text.find(lead, at + 1)
    return False


def _holds_before(text: str, trail: str, words: tuple[str, ...]) -> bool:
    """``holds_any(text, tuple(w + trail for w in words))``, read where ``trail`` occurs (as _holds_after)."""
    at = text.find(trail)
    while at >= 0:
        if text.endswith(words, 0, at):
            return True
        at = text.find(trail, at + 1)
    return False


def _clean(name: str) -> str:
    name = name.strip()
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return name.strip(" -")


def find_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Regions ("Idlib province", "state of Michoacan"), places, countries and directional areas."""
    found = _found_mentions(text, gaz)
    if len(found) > 1 and ("highway" in text or "road" in text):
        found = _without_road_ends(text, found)
    if len(found) > 1 and ", " in text:
        found = _in_the_country_after(text, found)
    return found


def _in_the_country_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """'in Mare, Brazil': a place told with its country after a comma is that country's; of the places of
    its name, those elsewhere go (none left, the name is no place the gazetteer knows there)."""
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            nxt is None
            or m.kind != "place"
            or nxt.kind != "country"
            or nxt.country is None
            or text[m.start + len(m.text) : nxt.start] != ", "
            or all(p.country == nxt.country for p in m.places)
        ):
            out.append(m)
            continue
        places = tuple(p for p in m.places if p.country == nxt.country)
        regions = tuple(r for r in m.regions if r.country == nxt.country)
        if places or regions:
            out.append(Mention(m.kind, m.text, m.start, m.country, regions, places, m.district))
    return out


def _without_road_ends(text: str, mentions: list[Mention]) -> list[Mention]:
    """'a bus on the Mombasa-Lamu highway': the two towns a road joins, in two regions, say where it runs,
    not where on it the incident was (a road between two towns of one region, 'the Kirkuk-Daquq road',
    lies in that region)."""
    ends: set[int] = set()
    for a, b in itertools.pairwise(mentions):
        if (
            text[a.start + len(a.text) : b.start] in ("-", "–")
            and _ROAD_AFTER.match(text, b.start + len(b.text))
            and not {p.region for p in a.places} & {p.region for p in b.places}
        ):
            ends.update((a.start, b.start))
    return [m for m in mentions if m.start not in ends] if ends else mentions


_ROAD_AFTER = re.compile(r"\s+(?:highway|road|motorway|expressway)\b", re.IGNORECASE)


def _found_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    shadow = same_length_ascii(text)
    if shadow is text or shadow == text:
        return _find_mentions(text, gaz)
    # "the province of Şırnak": read as "Sirnak" (the rules look for names by their [A-Z] capitals), each
    # name then given as the text writes it
    return [
        dataclasses.replace(m, text=text[m.start : m.start + len(m.text)])
        if shadow.startswith(m.text, m.start)
        else m
        for m in _find_mentions(shadow, gaz)
    ]


def _find_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not taken or all(e <= a or s >= b for a, b in taken)

    low = lowered(text)
    paired = _holds_after(text, " and ", _COMPASS_AFTER_AND)  # holds_any(text, _AND_COMPASS)
    for m in _PAIRED_COMPASS.finditer(text) if paired else ():
        # "North and South Kivu": two regions of one name, each with its own compass word
        words = m.group(3).split()
        for name in (" ".join(words[:k]) for k in range(len(words), 0, -1)):
            firsts = gaz.find_regions(f"{m.group(1)} {name}")
            pairs = [
                (a, b)
                for a in firsts
                for b in gaz.find_regions(f"{m.group(2)} {name}")
                if a.country == b.country
            ]
            if pairs:
                end = m.start(3) + len(name)
                out.append(
                    Mention("multi_region", text[m.start() : end], m.start(), pairs[0][0].country, pairs[0])
                )
                taken.append((m.start(), end))
                break
    for m in _COUNTRY_CAPITAL.finditer(text) if " capital" in low else ():
        # "the Somali capital": the country's capital city (unless the text names the city it means, as
        # "the Burundian capital, Bujumbura": the capital of the day, or the city called so)
        if _CITY_NAMED_AFTER.match(text, m.end()):
            continue
        cc = gaz.find_country(m.group(1) or m.group(2) or m.group(3))
        capital = gaz.capital(cc) if cc else None
        if capital is not None:
            out.append(Mention("place", capital.name, m.start(), None, (), (capital,)))
            taken.append((m.start(), m.end()))
    has_unit = holds_any(low, _REGION_UNIT_KEYS)
    # _MULTI_BEFORE_UNIT needs a plural unit word in lower case (so not the "United States").
    plural = has_unit and holds_any(text, _PLURAL_UNITS)
    for m in _MULTI_BEFORE_UNIT.finditer(text) if plural else ():
        if not free(m.start(), m.end()):
            continue
        regions = [gaz.find_regions(_clean(m.group(i))) for i in (1, 2)]
        if not any(regions) and m.group("unit") in ("districts", "counties"):
            # "the Masisi and Rutshuru districts": two districts of one region name that region
            first, second = (gaz.find_districts(_clean(m.group(i))) for i in (1, 2))
            shared = tuple(r for r in first if r in second)
            if shared:
                out.append(Mention("region", m.group(0), m.start(), shared[0].country, shared, district=True))
                taken.append((m.start(), m.end()))
            continue
        if all(regions):
            pair = _one_countrys_pair(regions[0], regions[1])
            out.append(Mention("multi_region", m.group(0), m.start(), pair[0].country, pair))
            taken.append((m.start(), m.end()))
    # Where the first unit word is (-1: none; "statement" holds "state" but no unit word): a region's unit
    # word starts every _REGION_BEFORE match, which is a unit word of _unit_words (_ANY_UNIT holds the
    # region unit words; lower case keeps the word boundaries), so none starts before it
    first_unit = _first_unit_word(text, low) if has_unit else -1
    for m in _REGION_BEFORE.finditer(text, first_unit) if first_unit >= 0 else ():
        names = [g for g in (m.group(2), m.group(3)) if g]
        if (
            _ends_in_capitalised_word(text[: m.start()])
            or _NAME_AND_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
        ) and gaz.find_country(_clean(names[0])):
            # "the Tillaberi region of Niger", "the vast Tillaberi border region of Niger": the region's
            # country, not Nigeria's Niger State
            continue
        found = [gaz.find_regions(_clean(n)) for n in names]
        is_district = m.group(1).lower() in DISTRICT_UNIT_WORDS and not all(found)
        if is_district:  # "the district of Masisi"
            found = [gaz.find_districts(_clean(n)) for n in names]
        if found and all(found) and free(m.start(), m.end()):
            regions = found
            if len(regions) > 1 and m.group(1).lower().endswith("s"):
                pair = _one_countrys_pair(regions[0], regions[1])
                out.append(Mention("multi_region", m.group(0), m.start(), pair[0].country, pair))
            else:
                out.append(Mention("region", names[0], m.start(m.group(2) and 2), regions[0][0].country,
                                   tuple(regions[0]), district=is_district))  # fmt: skip
            taken.append((m.start(), m.end()))
    any_unit = has_unit or holds_any(low, _DISTRICT_ONLY_UNIT_WORDS)
    units_from = first_unit if has_unit else 0  # (-1: the text holds no unit word)
    for unit in _unit_words(text, low, units_from) if any_unit and units_from >= 0 else ():
        window_start = max(0, unit.start() - 80)
        if not _ends_in_capitalised_word(text[window_start : unit.start()]):
            continue  # as _NAME_BEFORE_UNIT would find, in a fraction of the time
        # a match holds four words at most (separated by white space or hyphens): none starts before
        # the fourth word before the unit (see words_back)
        earliest = max(window_start, words_back(text, unit.start(), 4))
        named_unit = _NAME_BEFORE_UNIT.search(text, earliest, unit.start())
        if named_unit is None:
            continue
        words = _clean(named_unit.group(1)).split()
        unit_word = " ".join(unit.group(0).lower().split())
        region_unit, district_unit = unit_word in REGION_UNIT_WORDS, unit_word in DISTRICT_UNIT_WORDS
        for k in range(len(words)):
            name = " ".join(words[k:])
            if name.lower() in NOT_PLACES and not (region_unit and name.lower() in _COMPASS_NAMES):
                continue  # ("the West region" of Cameroon is a region's name)
            if k > 0 and name.lower() in _COMPASS_NAMES and not words[k - 1].endswith(("’s", "'s")):
                continue  # "Pochalla North County": the compass word of a longer name, no region "North"
            if (
                text.startswith(" of ", unit.end())
                and gaz.countries.get(fold(name))
                and not _country_after_of(text, unit.end(), gaz)
            ):
                # "the southern Mexico state of Guerrero": the country's state named after it (but "the
                # Somali region of Ethiopia" is the region named so)
                continue
            # "Gwoza local government area", "Rutshuru territory": a second-level unit, read as its region
            districts = gaz.find_districts(name) if district_unit else []
            named = gaz.find_regions(name) if region_unit else []
            if district_unit and not districts and not region_unit:
                # "a Sagaing Township village": a district the gazetteer lacks, named after its region (the
                # region's seat district, as "Ghazni district" of Ghazni province)
                districts = [r for r in gaz.find_regions(name) if fold(r.name) == fold(name)]
            if len(named) > 1:
                # "Plateau State": Nigeria's state, not Benin's department of the same name (the others
                # stay, after: "Northwest province" of a Cameroonian story is its region); "the Kyiv
                # region": the oblast, not the city that is a region of its own
                fits = [r for r in named if _unit_fits(r, unit_word, gaz)]
                named = fits + [r for r in named if r not in fits]
            if k == 0 and len(words) > 1 and gaz.has_place_key(fold(name)) and not named and not districts:
                break  # "Mocimboa da Praia district": the town's name, not the region 'Praia' elsewhere
            is_district = not named and bool(districts)
            named = named or districts
            suffix = named_unit.group(1).endswith(name)
            begin = named_unit.end(1) - len(name) if suffix else named_unit.start()
            if named and free(begin, named_unit.end()):
                # "Cameroon's Northwest region": the words before the region's name stay free for
                # the name pass, which finds the country ("cattle stolen from Yirol East County of Lakes
                # State": the herd's home, its country only)
                before = text[max(0, begin - 60) : begin]
                if _stolen_from(before):
                    out.append(Mention("directional", name, begin, named[0].country))
                else:
                    out.append(
                        Mention("region", name, begin, named[0].country, tuple(named), district=is_district)
                    )
                taken.append((begin, named_unit.end()))
                break
    # (_holds_before: holds_any(text, _FIRST_PARTICLES))
    name_seq = _NAME_SEQ if _holds_before(text, "-", _PARTICLES_BEFORE_HYPHEN) else _CAPITAL_NAME_SEQ
    for m in name_seq.finditer(text):
        if free(m.start(), m.end()):
            hits = _name_hits(m.group(0), gaz)
            if hits:  # most runs name nothing
                _names_in_sequence(text, _not_after_a_title(text, m, hits), m.start(), out, taken)
            continue
        # Part of the sequence is a region already found: read the words before it on their own.
        cut = min(a for a, b in taken if a < m.end() and b > m.start())
        head = text[m.start() : cut].rstrip(" -")
        if cut > m.start() and head and free(m.start(), m.start() + len(head)):
            _names_in_sequence(text, _name_hits(head, gaz), m.start(), out, taken)
    directional = holds_any(low, ("north", "south", "east", "west", "central"))
    for m in _DIRECTIONAL.finditer(text) if directional else ():
        # "northeastern Democratic Republic of the Congo": a country's name with "of" in it; else the
        # words before "of" ("the southern Lebanon of Hezbollah")
        cc = m.group("of") and gaz.find_country(_clean(m.group(1) + m.group("of")))
        if cc:
            out.append(Mention("directional", m.group(0), m.start(), cc))
        elif cc := gaz.find_country(_clean(m.group(1))):
            out.append(Mention("directional", m.group(0)[: m.end(1) - m.start()], m.start(), cc))
    possessive = directional and ("'s " in text or "’s " in text)
    for m in _POSSESSIVE_COMPASS.finditer(text) if possessive else ():
        # "in Mexico's southwest", "Nigeria's northeast": a part of the country, no region of it
        owner = _NAME_AT_END.search(text, max(0, m.start() - 40), m.start())
        cc = gaz.find_country(owner.group(0)) if owner is not None else None
        if owner is not None and cc:
            out.append(Mention("directional", text[owner.start() : m.end()], owner.start(), cc))
    of_region = directional and ("region of" in low or "province of" in low)
    for m in _COMPASS_REGION_OF.finditer(text) if of_region else ():
        # "the western region of Cameroon": the country's region named by that compass word ("West")
        cc = gaz.find_country(_clean(m.group("country")))
        compass = m.group("compass").lower().replace("-", "")
        named = [r for r in gaz.find_regions(_COMPASS_NOUN.get(compass, compass)) if r.country == cc]
        if cc and len(named) == 1 and free(m.start(), m.start("country")):
            out.append(Mention("region", named[0].name, m.start(), cc, tuple(named)))
            taken.append((m.start(), m.start("country")))
    for k, bare in enumerate(out):
        if bare.kind == "region_name" and bare.district and _PREFIXED_NAME.fullmatch(bare.text):
            # "in North Waziristan on Monday", "in Lower Dir": a district named bare, by a name too
            # distinctive (a compass word or upper / lower, and a name) to be a common word or a hamlet
            # abroad, is that district wherever the article is
            countries = {r.country for r in bare.regions}
            if len(countries) == 1:
                out[k] = Mention(
                    "region", bare.text, bare.start, countries.pop(), bare.regions, district=True
                )
    out.sort(key=lambda x: x.start)
    if "," in text:
        _provinces_after_towns(text, out)
        _provinces_of_reference_points(text, out)
    if " of " in text:
        _qualifiers_of_towns(text, out)
    return out


_PREFIXED_NAME = re.compile(r"\b(?:North|South|East|West|Upper|Lower)\s+[A-Z][\w'’-]+")


_SETTLEMENT_OF = re.compile(r"\s+(?:city|town|village|port|district)\s+of\s+", re.IGNORECASE)


def _one_countrys_pair(first: list[Region], second: list[Region]) -> tuple[Region, Region]:
    """Two regions named together, from one country when both names are found in one: "the two Anglophone
    regions of Northwest and Southwest" are Cameroon's, not Botswana's North-West and Burkina Faso's
    Sud-Ouest."""
    for a in first:
        for b in second:
            if a.country == b.country:
                return a, b
    return first[0], second[0]


def _qualifiers_of_towns(text: str, mentions: list[Mention]) -> None:
    """'the southern Gaza city of Rafah': the name before 'city of' says where the town is (the country),
    it is not the place itself (nor 'Gaza City')."""
    for k in range(len(mentions) - 1):
        qualifier, town = mentions[k], mentions[k + 1]
        if qualifier.kind != "place" or town.kind != "place" or not qualifier.places:
            continue
        if not _SETTLEMENT_OF.fullmatch(text, qualifier.start + len(qualifier.text), town.start):
            continue
        countries = {p.country for p in town.places}
        cc = next((p.country for p in qualifier.places if p.country in countries), None)
        if cc is not None:
            mentions[k] = Mention("directional", qualifier.text, qualifier.start, cc)


_TOWN_COMMA = re.compile(r"(?:\s+(?:town|city|village|municipality|barangay))?\s*,\s*")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)[A-Z]")


def _provinces_after_towns(text: str, mentions: list[Mention]) -> None:
    """'in Cawayan town, Masbate, on Friday': a province named after a town and a comma is the town's
    province, read as a region named (which wins over a namesake of the town in another region), unless
    the names are a list ('in Aleppo, Idlib and Hama'), or the first a big city of its own."""
    for k in range(len(mentions) - 1):
        town, after = mentions[k], mentions[k + 1]
        if town.kind != "place" or after.kind not in ("place", "region_name") or not after.regions:
            continue
        if not _named_after_a_comma(text, town, after):
            continue
        countries = {p.country for p in town.places}
        regions = tuple(r for r in after.regions if r.country in countries)
        codes = {r.code for r in regions}
        if not regions or (
            not any(p.region in codes for p in town.places)
            and max(p.population for p in town.places) >= DOMINANT_POPULATION
        ):
            continue
        mentions[k + 1] = Mention("region", after.text, after.start, regions[0].country, regions)


def _provinces_of_reference_points(text: str, mentions: list[Mention]) -> None:
    """'in Nuevo Laredo, across the border from Laredo, Texas': the province named after a reference point
    and a comma is the reference point's, no place of the incident (dropped from ``mentions``: the
    reference point already names its country)."""
    for k in range(len(mentions) - 2, -1, -1):
        ref, after = mentions[k], mentions[k + 1]
        if ref.kind != "directional" or not ref.country or not after.regions:
            continue
        if not _named_after_a_comma(text, ref, after):
            continue
        if any(r.country == ref.country for r in after.regions) and _far_reference_point(text, ref.start):
            del mentions[k + 1]


def _named_after_a_comma(text: str, first: Mention, second: Mention) -> bool:
    """'Cawayan town, Masbate', 'Laredo, Texas': the second name right after the first and a comma, and no
    list going on after it ('Aleppo, Idlib and Hama')."""
    return (
        _TOWN_COMMA.fullmatch(text, first.start + len(first.text), second.start) is not None
        and _LIST_GOES_ON.match(text, second.start + len(second.text)) is None
    )


def _population(p: Place) -> int:
    return p.population


# A rank or title before a person's name: "Maj. Mai Aik Kyaw", "Major Hamza Israr", "Gov. Vyacheslav Gladkov"
_TITLE = re.compile(
    r"\b(?:Maj|Major|Gen|General|Col|Colonel|Capt|Captain|Lt|Lieutenant|Sgt|Sergeant|Brig|Brigadier|Cpl|Corporal"
    r"|Sepoy|Constable|Insp|Inspector|Dr|Mr|Mrs|Ms|Gov|Governor|President|Minister|Senator|Sen|Sheikh|Imam"
    r"|Pastor|Rev)\b\.?"
)
_TITLE_BEFORE = re.compile(r"\b(?:Maj|Gen|Col|Capt|Lt|Sgt|Brig|Cpl|Insp|Dr|Mr|Mrs|Ms|Gov|Sen|Rev)\.\s+$")


def _not_after_a_title(text: str, run: re.Match[str], hits: tuple[_NameHit, ...]) -> tuple[_NameHit, ...]:
    """The names of a run of capitalised words less those after a rank or title, which name a person
    ("Major Hamza Israr": no town Hamza; but "General Santos", a city, starts at the word)."""
    if _TITLE_BEFORE.search(text, max(0, run.start() - 8), run.start()) is not None:
        return ()  # "Maj. Mai Aik Kyaw": the run after the abbreviation
    title = _TITLE.search(run.group(0))
    if title is None:
        return hits
    # (nor the title itself, "Col." or "Belgorod Gov."; but a longer name from it, "General Santos City")
    size = len(title.group(0).rstrip("."))
    return tuple(
        h for h in hits if h.offset < title.start() or (h.offset == title.start() and h.length > size)
    )


def _names_in_sequence(
    text: str, hits: tuple[_NameHit, ...], offset: int, out: list[Mention], taken: list[tuple[int, int]]
) -> None:
    for hit in hits:
        start = offset + hit.offset
        if (
            hit.checked
            and ("illages" in text or "ommunities" in text)
            and _VILLAGE_LIST.search(text, max(0, start - 160), start) is not None
        ):
            continue  # "The villages attacked are Mucojo-sede, ..., Naunde, and Manica": a village's name
        if hit.checked and _not_a_place_here(text, start, hit.length):
            if hit.places and (
                _far_reference_point(text, start)
                or _taken_to(text[max(0, start - 40) : start])
                or _HOSPITAL_AFTER.match(text, start + hit.length)
            ):
                # "in a village 30 kilometres south of Maiduguri": not the place, but its country (a
                # region's, when the name is one: "near the border with Chechnya" is no Ukrainian hamlet's)
                region_countries = {r.country for r in hit.regions}
                if len(region_countries) == 1:
                    country = next(iter(region_countries))
                else:  # (a town of that very name before a city that lists it as an old name: "Yei")
                    key = fold(hit.name)
                    own = [p for p in hit.places if fold(p.name) == key]
                    if not own and len({p.country for p in hit.places}) > 1:
                        # ("taken to its Nasir hospital": no place of that very name, only places that list it
                        # as another name in several countries; none of them says the country)
                        continue
                    country = max(own or hit.places, key=_population).country
                out.append(Mention("directional", hit.name, start, country))
                taken.append((start, start + hit.length))
            continue
        kind = hit.kind
        if kind == "country" and text.endswith("Lake ", max(0, start - 5), start):
            # "Lake Chad": a lake, not the country; its shores are regions of the countries around it, and
            # the story's country says which
            shores = tuple(get_gazetteer().region_by_code[c] for c in LAKE_SHORE_REGIONS.get(hit.name, ()))
            if shores:
                out.append(Mention("region", f"Lake {hit.name}", start - 5, None, shores))
                taken.append((start - 5, start + hit.length))
            continue
        if (
            kind == "country"
            and (
                _country_as_party(text, start)
                or _CLAIMANT_AFTER.match(text, start + hit.length)
                # "the Democratic Forces for the Liberation of Rwanda": a group's name
                or text.endswith(_ORGANISATION_OF, max(0, start - 24), start)
            )
        ) or (kind == "demonym" and _ARMS_AFTER.match(text, start + hit.length)):
            kind = "actor"  # "backed by Iran", "Russian strikes": who fights, not where
        hit_places = hit.places
        if len(hit_places) > 1 and text.endswith(("city of ", "City of "), max(0, start - 8), start):
            # "the northern city of Monterrey": no hamlet of 541 souls of that name (a place whose population
            # the gazetteer does not know stays)
            hit_places = tuple(p for p in hit_places if not 0 < p.population < CITY_LEAST_POPULATION)
        out.append(Mention(kind, hit.name, start, hit.country, hit.regions, hit_places, hit.district))
        taken.append((start, start + hit.length))


# The __init__ is written out (init=False): mypyc compiles it, while a generated one stays interpreted
# and costs ~25x as much; tests/unit/extract/test_dataclass_inits.py holds it to the fields.
@dataclass(frozen=True, slots=True, init=False)
class _NameHit:
    """A known name inside a run of capitalised words, before the sentence around it is read."""

    offset: int  # into the run
    length: int  # of the name as written
    kind: str
    name: str
    country: str | None
    regions: tuple[Region, ...]
    places: tuple[Place, ...]
    checked: bool  # a place or region name, which the words around it can still rule out
    district: bool = False  # a district's name of two or more words ("Kajo Keji")

    def __init__(
        self,
        offset: int,
        length: int,
        kind: str,
        name: str,
        country: str | None,
        regions: tuple[Region, ...],
        places: tuple[Place, ...],
        checked: bool,
        district: bool = False,
    ) -> None:
        object.__setattr__(self, "offset", offset)
        object.__setattr__(self, "length", length)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "regions", regions)
        object.__setattr__(self, "places", places)
        object.__setattr__(self, "checked", checked)
        object.__setattr__(self, "district", district)


_ARTICLE_KEYS = ("al ", "el ", "ad ", "an ", "ar ", "as ", "ash ", "at ", "az ")  # folded "al-", "el-", ...
# Countries known by an acronym ("CAR", "DRC", "UK"), which only names them in capitals
_ACRONYM_COUNTRIES = frozenset(fold(n) for n in EXTRA_COUNTRY_NAMES if n.replace(".", "").isupper())
# "Hamas militants": an armed group's name names the group, not a namesake village
_ARMED_GROUPS = frozenset(fold(name) for name in ARMED_GROUP_NAMES)
# Words that open a sentence with a capital and name nothing, which the person-name rule of _name_hits
# must not read as a first name: "Across Ukraine" hid the country
_OPENING_WORDS = frozenset(
    ["across", "throughout", "inside", "outside", "near", "around", "elsewhere", "meanwhile", "along",
     "within", "beyond", "towards", "toward", "into", "over", "under", "despite", "amid", "among",
     "later", "earlier", "separately", "overnight", "yesterday", "today", "last"]
)  # fmt: skip


@lru_cache(maxsize=16384)  # the same runs ("Idlib", "Syrian", "The") recur across sentences and articles
def _name_hits(seq: str, gaz: Gazetteer) -> tuple[_NameHit, ...]:
    """The names ``_names_in_sequence`` reads in ``seq``, longest first from left to right.

    Depends on the run alone: a name the sentence rules out is skipped all the same, so the words
    after it are read the same way whether it stands or not.
    """
    hits: list[_NameHit] = []
    words = _split_compounds([(w.group(0), w.start()) for w in _WORD.finditer(seq)], gaz)
    keys = [fold(_clean(w)) for w, _ in words]
    possessives = [w.endswith(("'s", "’s")) for w, _ in words]
    # "Aung San Suu Kyi": in a run of three or more names with an unknown one, single known words are
    # parts of a person's name, not places
    person_run = len(keys) >= 3 and any(_unknown_name_word(k, gaz) for k in keys)
    consumed_prev = False
    i = 0
    while i < len(words):
        found = False
        if (
            i > 0
            and not consumed_prev
            and keys[i - 1] not in NOT_PLACES
            and keys[i - 1] not in _OPENING_WORDS
        ):
            # "Attullah Khogyani": a name inside a longer unknown name is a person, not a place.
            i += 1
            continue
        for j in range(min(len(words), i + 4), i, -1):
            key = " ".join(keys[i:j])
            if any(possessives[i : j - 1]):
                # "Cox's Bazar", "Martha's Vineyard": a possessive inside a name (a name that only has one
                # at its end, "Kabul's Dasht-e-Barchi", is no name of a place and falls to the shorter)
                key = " ".join([*(fold(w) for w, _ in words[i : j - 1]), keys[j - 1]])
            if len(key) < 3 or key in NOT_PLACES or key in _ARMED_GROUPS or key in _OPENING_WORDS:
                continue
            raw = seq[words[i][1] : words[j - 1][1] + len(words[j - 1][0])]
            name = _clean(raw)
            start = words[i][1]
            # "Kabul's Dasht-e-Barchi": a possessive ends the name; the unknown name after it is another
            possessive = words[j - 1][0].endswith(("'s", "’s"))
            if (
                j < len(words)
                and not possessive
                and _unknown_name_word(keys[j], gaz)
                and not gaz.countries.get(key)
            ):
                continue  # "Oleh Synehubov": a known name before an unknown one is a person's name
            if (
                person_run
                and j - i == 1
                and not possessive
                and not gaz.countries.get(key)
                and _owner_country(words, keys, i, gaz) is None
            ):
                continue
            if name.isupper() and len(name) <= 3 and name not in ("DRC", "CAR", "UAE", "USA"):
                continue
            if key in _ACRONYM_COUNTRIES and not name.isupper():
                continue  # "Car bomb kills 12": a word, not the CAR (Central African Republic)
            # "Palestinians", but not "the Philippines" (a country's own name)
            plural_demonym = key.endswith("s") and key[:-1] in gaz.demonyms and key not in gaz.countries
            cc = gaz.countries.get(key) or (gaz.countries.get(key[:-1]) if plural_demonym else None)
            if cc:
                kind = "demonym" if key in gaz.demonyms or plural_demonym else "country"
                hits.append(_NameHit(start, len(raw), kind, name, cc, (), (), checked=False))
            else:
                regions = gaz.regions.get(compass_split(single_letters(key)), [])
                if key in REGION_UNIT_WORDS:
                    regions = []  # "County" alone names no region
                has_place = gaz.has_place_key(key)
                lookup = name
                if not has_place and not regions and key.startswith(_ARTICLE_KEYS) and " " in key:
                    # "Al-Nuseirat": the Arabic article before a name GeoNames spells without it
                    bare = key.split(" ", 1)[1]
                    if len(bare) >= 4 and gaz.has_place_key(bare):
                        has_place, lookup = True, bare
                if not has_place and not regions:
                    if gaz.has_district_key(key) and (j - i >= 2 or _owner_country(words, keys, i, gaz)):
                        # "Kajo Keji": a district's name of several words, not its words' hamlets abroad;
                        # "Pakistan's Kurram": one word, owned by the country
                        owner = _owner_country(words, keys, i, gaz)
                        districts = tuple(r for r in gaz.find_districts(name) if owner in (None, r.country))
                        if not districts:
                            continue
                        hits.append(_NameHit(start, len(raw), "region_name", name, None, districts, (),
                                             checked=True, district=True))  # fmt: skip
                        i, found = j, True
                        break
                    continue
                places = gaz.find_places(lookup) if has_place else []
                if places and not regions:
                    regions = gaz.regions_spelt_like(name, places[0].country)
                kind = "place" if places else "region_name"
                hits.append(
                    _NameHit(start, len(raw), kind, name, None, tuple(regions), tuple(places), checked=True)
                )
            i = j
            found = True
            break
        consumed_prev = found
        if not found:
            i += 1
    return tuple(hits)


def _owner_country(words: list[tuple[str, int]], keys: list[str], i: int, gaz: Gazetteer) -> str | None:
    """The country whose possessive stands right before word ``i`` ("Burkina Faso's Seno")."""
    if i == 0 or not words[i - 1][0].endswith(("'s", "’s")):
        return None
    for k in range(1, min(i, 3) + 1):
        cc = gaz.countries.get(" ".join(keys[i - k : i]))
        if cc:
            return cc
    return None


def _split_compounds(words: list[tuple[str, int]], gaz: Gazetteer) -> list[tuple[str, int]]:
    """'Kirkuk-Daquq road': two places joined by a hyphen, read one by one when the whole is no name
    (but not 'Port-au-Prince', nor 'al-Balah')."""
    out: list[tuple[str, int]] = []
    for word, start in words:
        parts = word.split("-")
        if (
            len(parts) > 1
            and all(p[:1].isupper() for p in parts)
            and not gaz.has_place_key(fold(_clean(word)))
        ):
            pos = start
            for p in parts:
                out.append((p, pos))
                pos += len(p) + 1
        else:
            out.append((word, start))
    return out


def _unknown_name_word(key: str, gaz: Gazetteer) -> bool:
    """A capitalised word that is no place, region, country, unit or known non-place word."""
    return (
        len(key) > 3  # not an acronym such as "DHQ"
        and key not in NOT_PLACES
        and key not in REGION_UNIT_WORDS
        and not gaz.has_place_key(key)
        and key not in gaz.regions
        and key not in gaz.countries
        and key not in ORGANISATION_WORDS
    )


_WORD = re.compile(r"\S+")


def _taken_to(before: str) -> bool:
    """``_TAKEN_TO.search(before)``, skipped unless ``before`` ends as the regex must ('in ', 'to ')."""
    return (
        before[-1:].isspace()
        and before.rstrip().endswith(("in", "to"))
        # a match holds four words at most ("taken to hospitals in"): searched from the fourth word
        # before the end, it finds the same without trying every earlier position (see words_back)
        and _TAKEN_TO.search(before, words_back(before, len(before), 4)) is not None
    )


_HOSPITAL_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:central|main|general|teaching|city|regional)\s+)?hospital\b", re.I
)
_WATER_WORDS = ("Sea", "Gulf", "Ocean", "Strait", "Straits", "Bay", "Channel")
_UNIT_AFTER = re.compile(r"\s+(?:state|governorate|province|region|county|district)\b", re.IGNORECASE)
# Where the dead and wounded were taken, not where they fell: "Nasser Hospital in Khan Younis", "rushed to
# Peshawar"
_TAKEN_TO = re.compile(
    r"\b(?:[Hh]ospitals?|[Mm]orgue|[Cc]linic|[Mm]edical\s+[Cc]ent(?:er|re))\s+in\s+$"
    r"|\b(?:taken|brought|rushed|evacuated|transferred|transported|airlifted)\s+to\s+(?:hospitals?\s+in\s+)?$"
)
_COMPASS_REGION_OF = re.compile(
    r"\b(?P<compass>northern|southern|eastern|western|north-?western|north-?eastern|south-?western|"
    r"south-?eastern|central)\s+(?:region|province)\s+of\s+(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_COMPASS_NOUN = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
                 "northwestern": "northwest", "northeastern": "northeast", "southwestern": "southwest",
                 "southeastern": "southeast", "central": "centre"}  # fmt: skip
_COMPASS_NAMES = frozenset(
    ["north", "south", "east", "west", "centre", "center", "central", "northwest", "northeast", "southwest",
     "southeast", "far north", "extreme north"]
)  # fmt: skip
_DEMONYM_KEYS = frozenset(fold(name) for name in DEMONYMS)
# Arms a demonym before them names the side that fires ("Russian strikes", "Israeli jets", "Ukrainian
# drones"): they strike the other side's ground, so the demonym says nothing of where
_ARMS_AFTER = re.compile(
    r"\s+(?:air\s*strikes?|strikes?|drones?|missiles?|shelling|shells|rockets?|bombardment|jets|warplanes|"
    r"aircraft|bombers|artillery\s+fire|attacks?|raids?|bombings?|offensive|invasion)\b",
    re.IGNORECASE,
)
_SAID_AFTER = re.compile(r"\s+(?:said|told|says|claimed|claims|announced|accused|denied|reported)\b")
# "Russia's defence ministry claimed": the country whose forces speak, not where the fighting was
_CLAIMANT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:defen[cs]e|foreign)\s+(?:ministry|minister)|ministry\s+of\s+defen[cs]e|military|army"
    r"|armed\s+forces|air\s+force|navy|general\s+staff"
    # "France's counter-terrorism force", "Kenya's peacekeeping troops": a country's troops abroad
    r"|(?<=s\s)(?:[a-z-]+\s+){0,2}(?:force|forces|troops|contingent|peacekeepers))\b",
    re.I,
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_DATELINE = re.compile(r"[A-Z][A-Z' -]+,")


# Capitalised words that may follow a one-word place name and leave it whole: a day or month ("in Kabul
# Tuesday"), a unit ("Jos City", "Imphal West district"), a source ("Kano Police said")
_NAME_MAY_GO_ON = frozenset(
    [*WEEKDAYS, *MONTHS, "city", "town", "district", "province", "state", "region", "governorate", "oblast",
     "county", "area", "valley", "camp", "police", "officials", "residents", "west", "east", "north", "south",
     "central", "northwest", "northeast", "southwest", "southeast"]
)  # fmt: skip
_CAPITALISED_WORD = re.compile(r"\b[A-Z]")
_ANY_WORD = re.compile(r"\b[A-Za-z]")


def _title_case(text: str) -> bool:
    """'Gunmen Kill Five In Kabul Market': a headline's capitals say nothing of where names end."""
    return len(_CAPITALISED_WORD.findall(text)) * 2 > len(_ANY_WORD.findall(text))


_SPOKE_IN = re.compile(
    r"\b(?:told|briefed|briefing|addressing|informed)\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+"
    r"conference|a\s+press\s+briefing|lawmakers|parliament)\s+in\s+$"
    r"|\b(?:at|during)\s+a\s+(?:news|press)\s+(?:conference|briefing)\s+in\s+$",
    re.I,
)


# The villages a list names: "The villages attacked are Mucojo-sede, Pangane, ..., and Manica", "The
# communities affected include Gudan-Baushi, ..., and Wari" (not the province, nor the city, of that name)
_VILLAGE_LIST = re.compile(
    r"\b(?:villages|communities)\s+(?:\w+\s+)?(?:are|were|include|included|including|:)\s+"
    r"(?:[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)*\s*,\s*(?:and\s+)?)+$"
)
# "46 cattle stolen from Yirol East County": where the herd was raided, not where the clash over it was
_STOLEN_FROM = re.compile(
    r"\b(?:cattle|cows|livestock|goats|camels|animals|herds?)\s+(?:\w+\s+){0,2}?"
    r"(?:stolen|raided|looted|rustled|taken)\s+from\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){0,3}(?:(?:County|District|Province|State|Region)\s+of\s+(?:the\s+)?)?$"
)


_SPOKE_WORDS = ("told", "brief", "addressing", "informed", "conference")


def _stolen_from(before: str) -> bool:
    """``_STOLEN_FROM.search(before)``, read only when 'from' and a word of raiding are there."""
    return " from " in before and holds_any(before, _RAIDED_WORDS) and _STOLEN_FROM.search(before) is not None


_RAIDED_WORDS = ("stolen", "raided", "looted", "rustled", "taken")


def _not_a_place_here(text: str, start: int, length: int) -> bool:
    """A person ("spokesman Ali"), a reference point ("north of X", "73 kilometres from X"; a town a
    short distance away still gives the region), an organisation ("X Command"), or a dateline."""
    before = text[max(0, start - 40) : start]
    if _after_person_word(before):
        return True
    given = _GIVEN_NAME_AT_END.search(before)
    if given is not None and _after_person_word(before[: given.start()]):
        return True  # "information minister Abraham Kelang": a surname after the given name
    # "Ali said" is a person; "police in Zamfara said", "police in the city of Jos told", places
    if _SAID_AFTER.match(text, start + length) and not (
        before.endswith((" in ", " at ")) or _SETTLEMENT_WORD.search(before)
    ):
        return True
    if before.endswith(("ccording to ", "ccording to the ")):
        return True  # "According to Stepanakert, ...": a government or source named by its seat
    if (
        _far_reference_point(text, start)
        or _taken_to(before)
        or _HOSPITAL_AFTER.match(text, start + length)
        or (
            before.endswith(" in ")
            and holds_any(before, _SPOKE_WORDS)
            and _SPOKE_IN.search(before) is not None
        )
        or (_stolen_from(before))
    ):
        # ("Misurata central hospital received three bodies": where the dead were taken; "a spokesman told
        # reporters in Mogadishu": where the figure was given)
        return True
    if text[start : start + length].endswith(_WATER_WORDS) and not _UNIT_AFTER.match(text, start + length):
        return True  # "a ship in the Red Sea", "the Gulf of Aden": a sea, not Sudan's Red Sea state
    if before.endswith(("Gulf of ", "Sea of ", "Bay of ", "Strait of ", "Straits of ", "Lake ")):
        return True  # ("Aden" in "the Gulf of Aden", "Victoria" in "Lake Victoria")
    nxt = _NEXT_WORD.match(text, start + length)
    if nxt and nxt.group(1).lower() in ORGANISATION_WORDS:
        return True
    if (
        nxt
        and nxt.group(1)[0].isupper()
        and " " not in text[start : start + length]
        and nxt.group(1).lower() not in _NAME_MAY_GO_ON
        and not text.endswith(("’s", "'s"), start, start + length)
        and not _title_case(text)
    ):
        # "an NGO based in Eil Waq": the first word of a longer name the gazetteer does not hold ("Eil", a
        # town elsewhere), not that town
        return True
    # A dateline ("KABUL, Afghanistan -") says where the reporter files from.
    return start == 0 and _DATELINE.match(text) is not None


_ORGANISATION_OF = tuple(
    f"{noun} of{the} "
    for noun in ("Liberation", "Emancipation", "Independence", "Salvation", "Defence", "Defense")
    for the in ("", " the")
)
_SETTLEMENT_WORD = re.compile(r"(?:\bthe\s+)?\b(?:capital|city\s+of|town\s+of)\s+$")


_PROVINCE_BESIDE = re.compile(
    r"\b(?:a|an|another|the)\s+(?:neighbou?ring\s+)?(?:province|region|state|governorate|oblast|prefecture)\s+"
    rf"(?:just\s+|directly\s+|immediately\s+)?{_COMPASS}\s+of\s+(?:the\s+capital,?\s+)?$",
    re.I,
)


_OF_NAME = re.compile(r" of (?:the )?(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")


def _country_after_of(text: str, pos: int, gaz: Gazetteer) -> bool:
    """' of Ethiopia', ' of the Democratic Republic of Congo': a country named after 'of'."""
    m = _OF_NAME.match(text, pos)
    if m is None:
        return False
    words = m.group("name").split()
    return any(gaz.countries.get(fold(" ".join(words[:k]))) for k in range(len(words), 0, -1))


_PROVINCE_WORDS = ("province", "region", "state", "governorate", "oblast", "prefecture")


def _far_reference_point(text: str, start: int) -> bool:
    """'north of X', '73 kilometres from X': X is a reference point farther than NEAR_REFERENCE_KM."""
    before = text[max(0, start - 80) : start]
    if " of " in before and holds_any(before, _PROVINCE_WORDS) and _PROVINCE_BESIDE.search(before):
        return True  # "in a province just south of the capital, Kabul": another province than Kabul's
    if before.endswith(("capital ", "city of ", "town of ")):
        before = _SETTLEMENT_WORD.sub("", before)  # "450 kilometres north of (the) capital Asuncion"
    distance = _reference_distance(before)
    if distance is None:
        # 'a home west of Khan Younis' with no distance told lies by it, in its region; 'towards X' is not X
        before = before[-40:]
        # (a match of _COMPASS_OF holds two words, "north of": searched from the second word before the end)
        return (
            _after_reference_word(before)
            and _COMPASS_OF.search(before, words_back(before, len(before), 2)) is None
        )
    return distance > NEAR_REFERENCE_KM


def _country_as_party(text: str, start: int) -> bool:
    """'along with Russia', 'backed by Iran', 'troops from Uganda', 'returned from training in Eritrea': the
    country takes part or was elsewhere; it is not where the incident happened. 'from' keeps its place
    in a sentence of people fleeing ('refugees from Sudan')."""
    m = _PARTY_BEFORE.search(text, max(0, start - 40, words_back(text, start, _PARTY_WORDS)), start)
    if m is None:
        return False
    if not m.group(0).lower().startswith("from"):
        return True
    if _ATTACKERS_FROM.search(text, max(0, m.start() - 40), m.start() + 1):
        return (
            True  # "Armed group crossing from DRC 'shot and burned' villagers": where the attackers came from
        )
    return not any(w in FLIGHT_WORDS for w in LOWER_WORDS.findall(text.lower()))


# Attackers, then the verb of their coming, right before "from X"
_ATTACKERS_FROM = re.compile(
    r"\b(?:armed\s+(?:group|men)|gunmen|militants|rebels|insurgents|fighters|attackers|assailants|jihadists)"
    r"\s+(?:\w+\s+){0,2}?(?:crossing|crossed|coming|came|infiltrating|infiltrated)\s+f$",
    re.IGNORECASE,
)


def _reference_distance(before: str) -> float | None:
    """How far (km) the place named next lies from the incident, when ``before`` ends in a distance
    ("about 43 miles (73 kilometers) from "): None without one, infinity when no figure says how far."""
    low = before.lower()
    if not low.rstrip().endswith(_DISTANCE_ENDINGS) or (
        "km" not in low and "kilomet" not in low and "mile" not in low
    ):
        return None
    m = _DISTANCE_REFERENCE.search(before)
    if m is None:
        return None
    number = m.group("number") or ""
    value = float(number.replace(",", "")) if number[:1].isdigit() else words_to_int(number)
    if value is None:
        return math.inf
    return value * (1.609 if m.group("unit").lower().startswith("mile") else 1.0)


def _after_person_word(before: str) -> bool:
    """``_PERSON_CONTEXT.search(before)``, read from the end of the text without the regex.

    The regex is tried at every one of the 40 positions; the text can only match at its end.
    """
    if not lower_matches_alike(before):  # "ſaid": the regex's to read
        return _PERSON_CONTEXT.search(before) is not None
    tail = before.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    if tail.endswith("."):
        tail = tail[:-1]
    return tail.lower().endswith(PERSON_CONTEXT_WORDS)


_GIVEN_NAME_AT_END = re.compile(r"\b[A-Z][a-z'’-]+\s+$")
_REFERENCE_ENDINGS = ("of", "from", "to", "toward", "towards")  # the last word of a _REFERENCE_POINT


def _after_reference_word(before: str) -> bool:
    """``_REFERENCE_POINT.search(before)``, skipped when the text does not end as it must."""
    if lower_matches_alike(before) and not before.rstrip().lower().endswith(_REFERENCE_ENDINGS):
        return False
    # a match holds four words at most ("across the border from"): searched from the fourth word before the
    # end, it finds the same without trying every earlier position (see words_back)
    return _REFERENCE_POINT.search(before, words_back(before, len(before), 4)) is not None


def article_context(
    mentions: list[Mention], title_mentions: list[Mention], dateline: list[Mention] | None = None
) -> PlaceContext:
    """Countries and regions the article is about, weighted by how often they are named.

    Country names count most; a demonym ("Russian shelling") counts little, as it often names the
    attacker rather than the place; a region or town votes for its country only when its name is
    not shared with another country ("Kharkiv"), or one country's place dwarfs the others ("Gaza").
    """
    ctx = PlaceContext()
    demonyms: Counter[str] = Counter()
    # "Russian strikes": the side that fires says where only if nothing else does
    firing: Counter[str] = Counter()
    place_votes: dict[str, tuple[str, int]] = {}
    region_votes: list[tuple[str, int, str]] = []
    # ("the Mayo district" of a story that names Sudan votes for no Irish county, Connaught's Mayo: a
    # district's name, or a name of a region's part, is read within the countries the story names, if any)
    countries_told = any(m.kind == "country" for ms in (mentions, title_mentions) for m in ms)
    for weight, ms in ((1, mentions), (2, title_mentions)):
        for m in ms:
            if m.kind in ("country", "directional"):
                ctx.countries[m.country or ""] += 2 * weight
            elif m.kind == "actor" and fold(m.text) in _DEMONYM_KEYS:
                firing[m.country or ""] += weight
            elif m.kind in ("demonym", "actor"):
                demonyms[m.country or ""] += weight
            elif m.kind == "multi_region":
                for r in m.regions:
                    ctx.countries[r.country] += 2 * weight
            elif m.kind == "region":
                cc = unambiguous_country(m)
                if cc is not None and not (
                    countries_told and (m.district or all(fold(r.name) != fold(m.text) for r in m.regions))
                ):
                    region_votes.append((cc, 2 * weight, m.text))
            elif m.district:
                continue  # a district's bare name is found only within the countries the article names
            else:
                cc = unambiguous_country(m)
                if cc is not None:  # a town's name votes once, however often it recurs ("Fano ... Fano")
                    key = fold(m.text)
                    place_votes[key] = (cc, max(weight, place_votes.get(key, (cc, 0))[1]))
    named = set(ctx.countries) | set(demonyms) | set(firing)
    countries_named = bool(ctx.countries)
    for cc, votes, name in region_votes:
        # "In the Karak district" of a Pakistani story is no vote for Jordan's Karak governorate; a
        # demonym alone names a party more than a place ("Ukrainian drones hit the Moscow region").
        # A region no country named shares its name with votes still: "fighting in Rakhine state forced
        # 20,000 to flee into Bangladesh" is a story of Myanmar.
        if not countries_named or cc in named or not _namesake_in(name, named):
            ctx.countries[cc] += votes
    for cc, votes in place_votes.values():
        ctx.countries[cc] += votes
    for cc, votes in demonyms.items():
        # "Israeli jets, Israeli troops, the Israeli army": one party, named often
        ctx.countries[cc] += min(votes, DEMONYM_VOTES)
    for m in dateline or ():
        # where the reporter files from: a hint of the country when the story names none itself
        cc = m.country if m.kind in ("country", "demonym", "actor", "directional") else unambiguous_country(m)
        if cc is not None:
            ctx.countries[cc] += 1
    ctx.countries.pop("", None)
    if not ctx.countries:
        for cc, votes in firing.items():
            ctx.countries[cc] += min(votes, DEMONYM_VOTES)
        ctx.countries.pop("", None)
    # Places and bare region names vote for their region once the countries are known; districts last,
    # once the regions named by their own names are known (choose() reads them).
    for weight, ms in ((1, mentions), (2, title_mentions)):
        for m in sorted(ms, key=lambda m: m.district):
            choice = choose(m, ctx)
            if choice is not None and choice[1]:
                ctx.regions[choice[1]] += weight
                if not m.district and any(r.code == choice[1] for r in m.regions):
                    ctx.named[choice[1]] += weight
                    if any(p.population >= CITY_OVER_REGION for p in m.places):
                        ctx.named_as_city[choice[1]] += weight
                if not ctx.countries:
                    ctx.countries[choice[0]] += 1
    return ctx


def _namesake_in(name: str, countries: set[str]) -> bool:
    """True when a district or town of one of ``countries`` bears ``name``."""
    gaz = get_gazetteer()
    return any(r.country in countries for r in gaz.find_districts(name)) or any(
        p.country in countries for p in gaz.find_places(name)
    )


_GROUP_NAME = re.compile(r"\b(" + "|".join(re.escape(name) for name in GROUP_HOMES) + r")s?\b", re.IGNORECASE)


def group_home(text: str) -> str | None:
    """The one country where the armed groups a text names fight ('Boko Haram' -> NG), if they agree."""
    homes = {GROUP_HOMES[m.group(1).lower()] for m in _GROUP_NAME.finditer(text)}
    return next(iter(homes)) if len(homes) == 1 else None


def article_region(ctx: PlaceContext, country: str | None) -> str | None:
    """The region a whole story is about: the only region of ``country`` it places anything in, named
    by its own name several times ("ethnic Kachin rebels", "the Kachin conflict", a title on Kachin)."""
    if country is None:
        return None
    codes = [code for code in ctx.regions if code.startswith(country + "-")]
    if len(codes) == 1 and ctx.named[codes[0]] >= ARTICLE_REGION_VOTES:
        return codes[0]
    return None


ARTICLE_REGION_VOTES = 3  # a region named in the title counts two
VOTING_POPULATION = 10_000
DEMONYM_VOTES = 2
TRANSLITERATED_CITY = 200_000  # loose matches outside the regions the article names
TRANSLITERATED_TOWN = 20_000  # loose matches in an article naming no region
DOMINANT_POPULATION = 100_000
DOMINANCE_RATIO = 5


def primary_named(m: Mention) -> list[Place]:
    """The places of the mention's name, unless the towns whose own name it is and the towns that
    merely list it as another name lie in different countries: "Islamabad" is also an old name of
    Chittagong, "Odessa" the English name of Odesa and the name of a Texan town -- then it is no
    evidence of a country at all (empty)."""
    key = fold(m.text)
    own = [p for p in m.places if fold(p.name) == key]
    other = [p for p in m.places if fold(p.name) != key]
    if own and other and {p.country for p in own} != {p.country for p in other}:
        return [] if max(p.population for p in other) > max(p.population for p in own) else own
    return list(m.places)


def unambiguous_country(m: Mention) -> str | None:
    """The one country a region or place name can be in, or None when the name is shared."""
    countries = {r.country for r in m.regions} | {p.country for p in m.places}
    if len(countries) == 1:
        pop = m.places[0].population if m.places else 0
        if not m.regions and (
            0 < pop < VOTING_POPULATION or (pop == 0 and len(m.text) < 6 and not _district_of_its_town(m))
        ):
            # a hamlet's name is as likely a common word ("Base") as the place; GeoNames knows no
            # population for some towns ("Parachinar"), whose longer names are rarely words, nor for some
            # that head a district of their name ("Mangu")
            return None
        return next(iter(countries))
    places = primary_named(m)
    region_countries = {r.country for r in m.regions}
    big = bool(places) and places[0].population >= DOMINANT_POPULATION
    if big and len(region_countries) == 1 and places[0].country in region_countries:
        return places[0].country  # "Odesa": the region and the largest town of that name agree
    largest = max(m.places, key=_population) if m.places and len(region_countries) == 1 else None
    if largest is not None and largest.country in region_countries:
        second = max((p.population for p in m.places if p.country != largest.country), default=0)
        if largest.population >= VOTING_POPULATION and largest.population >= DOMINANCE_RATIO * second:
            return largest.country  # "Jenin": the governorate and its town, and a Polish village
    if places and (not m.regions or m.kind == "place"):
        first = places[0]
        second = max((p.population for p in places if p.country != first.country), default=0)
        if first.population >= DOMINANT_POPULATION and first.population >= DOMINANCE_RATIO * max(second, 1):
            return first.country
    return None


def _district_of_its_town(m: Mention) -> bool:
    """'Mangu': a town of a district of its name in its own region is no common word."""
    regions = {p.region for p in m.places}
    return any(r.code in regions for r in get_gazetteer().find_districts(m.text))


_DATELINE_LINE = re.compile(
    r"(?P<line>\(?[A-Z][\w'’.-]*(?:/[A-Z][\w'’.-]*)?(?:[ \t]+(?:[A-Z][\w'’.-]*|de|da|du|al|el))*\)?"
    r"(?:[ \t]*\[[^\[\]\n]{1,40}\])?"  # an agency's country in brackets: "Manila [Philippines]"
    r"(?:,[ \t]*[\w.'’ -]{1,40}?){0,2}(?:[ \t]*\([^()\n]{1,40}\))?)"
    r"(?:[ \t]*(?:—|–|--?|:)(?:[ \t]+|[ \t]*$)|(?<=\))[ \t]+)"  # the text goes on, or on the next line
)


_AGENCY_DATELINE = re.compile(
    r"(?:AFP|AP|Reuters|REUTERS|Xinhua|IANS|PTI|ANI|UNI|dpa|EFE|Anadolu)[ \t]*,[ \t]*[A-Z][A-Z'’. -]+"
    r"(?:,[ \t]*[\w.'’ -]{1,30})?[ \t]*$"
)


# A month as a dateline or a page stamp shortens it ("Sept" is "Sep" and the letters after it)
_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_MONTH_DAY_DATELINE = re.compile(
    r"[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+)?,[ \t]+"
    rf"(?:{_MONTH_ABBREVIATIONS})[a-z]*\.?"
    r"[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?[ \t]+(?=[A-Z])"
)


def dateline_end(body: str, title: str | None = None) -> int:
    """Where a dateline ("BEIRUT, Lebanon (AFP) —", "CAIRO:", "Maputo —", "Manila [Philippines],
    November 4 (ANI/Xinhua):", "ISLAMABAD/PESHAWAR-", or "MEXICO CITY -" alone on the first line) ends, or 0.

    A dateline says where the reporter files from, not where the incident took place.
    """
    pos = 0
    for line in body.split("\n"):
        if (
            line.strip()
            and (not title or fold(line) != fold(title))
            and not _DATE_LINE.fullmatch(line)
            and not _STAMP_LINE.fullmatch(line)
            and not _TIME_DATE_LINE.fullmatch(line)
        ):
            # (a line that is only the date, "Monday June 29, 2015", or the page's stamp, "AFP Published
            # July 10, 2025", comes before the dateline)
            lead = len(line) - len(line.lstrip())
            m = _DATELINE_LINE.match(line, lead)
            if m is None or len(m.group("line")) > 60:
                # "AFP, KANO, Nigeria", a line of its own; "Juba, Jan 17 At least 16 people ..."
                other = _AGENCY_DATELINE.match(line, lead) or _MONTH_DAY_DATELINE.match(line, lead)
                return pos + other.end() if other is not None else 0
            return pos + m.end()
        pos += len(line) + 1
    return 0


_DATE_LINE = re.compile(
    rf"\s*(?:(?:{'|'.join(d.capitalize() for d in WEEKDAYS)}),?\s+)?(?:\d{{1,2}}\s+)?"
    rf"(?:{'|'.join(m.capitalize() for m in MONTHS)})(?:\s+\d{{1,2}})?,?\s+\d{{4}}\s*"
)
# A time and a date on a line of their own: "01:10 PM | 17 Oct, 2020", "17 Oct 2020 - 13:10"
_TIME = r"\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
_TIME_DATE_LINE = re.compile(
    rf"\s*(?:{_TIME}[ \t]*[|,–-]?[ \t]*)?(?:\d{{1,2}}[ \t]+)?(?:{_MONTH_ABBREVIATIONS})[a-z]*\.?,?"
    rf"[ \t]+(?:\d{{1,2}},?[ \t]+)?\d{{4}}(?:[ \t]*[|,–-]?[ \t]*{_TIME})?\s*"
)
# A page's publication stamp on a line of its own: "AFP Published July 10, 2025", "Updated: 12 March 2024"
_STAMP_LINE = re.compile(
    r"\s*(?:[A-Z][\w.]*[ \t]+){0,3}(?:Published|Updated|Posted|Last[ \t]updated)(?:[ \t]+on)?:?[ \t]+"
    r"[^\n]{0,40}\b\d{4}\b[^\n]{0,20}"
)
CITY_LEAST_POPULATION = 5_000  # a place called a city holds at least this many, if the gazetteer knows
CITY_OVER_REGION = 50_000  # with no country to go by, a region's name is its region's unless a city's


def choose(
    m: Mention, ctx: PlaceContext, near_regions: set[str] | None = None
) -> tuple[str, str | None, str] | None:
    """(country, region, name) for a mention, using the article's countries to break ties."""
    if m.kind in ("country", "directional", "demonym", "actor"):
        return (m.country or "", None, m.text) if m.country else None
    if m.kind == "multi_region":
        return (m.regions[0].country, None, m.text)
    countries = ctx.countries
    if m.district and ((m.kind == "region_name" and not countries) or _namesake_district(m, ctx)):
        return None
    if m.regions:
        ranked = sorted(
            m.regions, key=lambda r: -countries.get(r.country, 0)
        )  # (stable: the unit's fit first)
        best = ranked[0]
        if countries and best.country not in countries and m.kind in ("region", "region_name"):
            return None
        if (m.kind in ("region", "region_name") or not m.places) and (
            not countries or best.country in countries
        ):
            return (best.country, best.code, best.name)
        if not countries and all(p.population < CITY_OVER_REGION for p in m.places):
            return (best.country, best.code, best.name)  # "in Borno": the state, not Italy's village Borno
    if m.places:
        near = near_regions or set()
        top = max(countries.values(), default=0)
        candidates = (
            [p for p in m.places if 2 * countries.get(p.country, 0) >= top]
            if countries
            else [p for p in m.places if p.population >= 50_000]
        )
        weight = countries.get(best.country, 0) if m.regions else 0
        if weight and 2 * weight >= top and all(countries.get(p.country, 0) < weight for p in candidates):
            # "Kachin" in a story of Myanmar: the region, not a Ukrainian hamlet also called so
            return (best.country, best.code, best.name)
        if not candidates:
            return None
        key = fold(m.text)
        best_place = max(
            candidates,
            key=lambda p: (
                p.region in near,
                countries.get(p.country, 0),
                ctx.regions.get(p.region or "", 0),
                fold(p.name) == key,
                p.population,
            ),
        )  # fmt: skip  ("Pokrovsk": the town of that name before Engels, once called so)
        if best_place.population < VOTING_POPULATION and best_place.region not in ctx.named and ctx.named:
            # "Nyaung Kone village" in a story of "Pale Township, Sagaing Region": a hamlet spelt otherwise
            # ("Nyaung Gon") that the gazetteer knows only in another region is a namesake at best; the one
            # region the story names is the place's (so is "Pauktaw township" in a story of Rakhine State,
            # spelt as the gazetteer's hamlet of Magway)
            # (not a region named only by its city's name: "Tal Afar" in a story filed from Baghdad is
            # Nineveh's, a town the gazetteer gives no population)
            own = [
                code
                for code in ctx.named
                if code.startswith(best_place.country + "-") and ctx.named[code] > ctx.named_as_city[code]
            ]
            if len(own) == 1:
                return (best_place.country, own[0], m.text)
        named = [r.code for r in m.regions if r.country == best_place.country]
        if best_place.region not in named and len(named) == 1:
            # "Khan Younis": GeoNames files the town under the whole Gaza Strip; the governorate of the
            # same name is the first-level region
            return (best_place.country, named[0], m.text)
        return (best_place.country, best_place.region, m.text)
    return None


def _namesake_district(m: Mention, ctx: PlaceContext) -> bool:
    """'Adamawa's Gwoza district' when the gazetteer's Gwoza lies in Borno: GeoNames lacks some
    districts, so a district whose region the article never names, while it names another region of
    that country by its own name, is likely a namesake of one the gazetteer does not hold."""
    if _PREFIXED_NAME.fullmatch(m.text):
        return False  # "North Waziristan": too distinctive a name to be a namesake the gazetteer lacks
    for region in m.regions:
        prefix = region.country + "-"
        if region.code not in ctx.named and any(code.startswith(prefix) for code in ctx.named):
            return True
    return False


_IN_NAME = re.compile(r"\b(?:in|at|near)\s+([A-Z][a-z]{5,})\b(?!\s+[A-Z])")
# _IN_NAME for each of its words alone, its "\b" written as a look-behind after the word ("in(?<!\win)":
# the character before "in" is no word character). A pattern that starts with a literal lets a search
# skip to the literal's occurrences in C, where "\b(?:in|at|near)" tries a match at every position (~7x
# the instructions). No two matches overlap (a lower-case word, then a capitalised one): together, in
# order, they are _IN_NAME's.
_IN_NAME_WORDS = tuple(
    re.compile(rf"{word}(?<!\w{word})\s+([A-Z][a-z]{{5,}})\b(?!\s+[A-Z])") for word in ("in", "at", "near")
)


def _in_names(text: str) -> list[re.Match[str]]:
    """``list(_IN_NAME.finditer(text))``."""
    found = [m for pattern in _IN_NAME_WORDS for m in pattern.finditer(text)]
    if len(found) > 1:
        found.sort(key=_match_start)
    return found


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def misspelt_regions(
    text: str, mentions: list[Mention], gaz: Gazetteer, country: str | None
) -> list[Mention]:
    """'in Kandarhar' -> Kandahar: an unknown name after 'in' close to a region of the article's country."""
    known = {m.start for m in mentions}
    out = []
    for m in _in_names(text):
        if m.start(1) in known or m.group(1).lower() in NOT_PLACES:
            continue
        if gaz.find_places(m.group(1)) or gaz.find_country(m.group(1)):
            continue
        region = gaz.fuzzy_region(m.group(1), country)
        if region is not None:
            out.append(Mention("region_name", m.group(1), m.start(1), region.country, (region,)))
    return out


_LOCATIVE_WORDS = ["in", "at", "near", "on", "hit", "struck", "targeted", "of", "outside", "around", "from"]
_LOCATIVE_NAME = re.compile(
    rf"\b(?:{alternation(_LOCATIVE_WORDS)})\s+(?:the\s+)?"
    rf"((?:[ae](?:l|d|n|r|s|sh|t|z)-)?[A-Z][\w'’‘-]+(?:[\s-]+{_CAP}){{0,3}})"
)


def transliterated_places(
    text: str, mentions: list[Mention], gaz: Gazetteer, country: str | None, regions: set[str] | None = None
) -> list[Mention]:
    """'in Deir al-Balah' -> Dayr al Balah: an unknown name in a place's position, spelt differently
    from the gazetteer, matched within the article's country only. A town matched so loosely must lie
    in a region the article names ('Bulongo' in North Kivu is not 'Bulungu' in Kwilu), or be a city.
    Or 'fighting in Masisi': the bare name of a district (second-level unit) of that country, which the
    gazetteer holds under one region of it."""
    if country is None:
        return []
    spans = [(m.start, m.start + len(m.text)) for m in mentions]
    out = []
    for m in _LOCATIVE_NAME.finditer(text):
        name = _clean(m.group(1))
        start, end = m.start(1), m.start(1) + len(name)
        if any(a < end and start < b for a, b in spans) or len(name) < 5 or fold(name) in NOT_PLACES:
            continue
        if gaz.has_place_key(fold(name)) or gaz.find_regions(name) or gaz.find_country(name):
            continue
        if _not_a_place_here(text, start, len(name)):
            continue
        # "fighting in Masisi": a second-level unit of the article's country, which names one region there
        districts = [r for r in gaz.find_districts(name) if r.country == country]
        if districts:
            out.append(Mention("region_name", name, start, country, tuple(districts), district=True))
            continue
        found, places = gaz.transliterated(name, country)
        places = [
            p
            for p in places
            if p.region in (regions or ())
            or p.population >= (TRANSLITERATED_CITY if regions else TRANSLITERATED_TOWN)
        ]
        if found:
            out.append(Mention("region_name", name, start, country, tuple(found)))
        elif places:
            out.append(Mention("place", name, start, None, (), tuple(places)))
    return out


def districts_named_again(text: str, mentions: list[Mention], districts: dict[str, Mention]) -> list[Mention]:
    """'the district of Swat' ... 'Around 2.4 million have fled Swat': a district the article named with
    its unit word is the same district where its bare name comes back and no other mention took the
    words (a town of that name in the district's own region: "Puncak regency" of Papua, then "Puncak's Gome
    area", is not the Puncak of Java, which the bare name is dropped as, from ``mentions``). Bare names of
    districts are not read otherwise: too many are common words or hamlets abroad."""
    out = []
    for name, first in districts.items():
        codes = {r.code for r in first.regions}
        for start in _whole_words(text, name):
            end = start + len(name)
            clash = [m for m in mentions if m.start < end and start < m.start + len(m.text)]
            if (
                len(clash) == 1
                and clash[0].kind == "place"
                and clash[0].start == start
                and clash[0].text == name
                and not any(p.region in codes for p in clash[0].places)
            ):
                mentions.remove(clash[0])
                clash = []
            if not clash:
                out.append(Mention("region_name", name, start, first.country, first.regions, district=True))
    return out


def _whole_words(text: str, name: str) -> Iterator[int]:
    """Where ``name`` stands in ``text`` as whole words."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not text[start - 1].isalnum()) and not text[end : end + 1].isalnum():
            yield start
        start = text.find(name, end)


# "Bayda, a village outside the city of Banias", "Kafr Nabl, a town near Maarat al-Numan": a place the
# gazetteer does not hold (or holds only abroad), placed by the article next to one it does
_PLACED_NEAR = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:village|town|hamlet|settlement|locality|suburb)\s+(?:just\s+)?"
    r"(?:outside|near|close\s+to|next\s+to|on\s+the\s+outskirts\s+of|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
    r"\s+(?:the\s+(?:city|town)\s+of\s+)?"
)


def villages_placed_near(texts: list[str], mentions: list[list[Mention]], ctx: PlaceContext) -> None:
    """'the violence in Bayda, a village outside the city of Banias' ... 'heavy fighting in Bayda left six
    troops dead': a name the gazetteer cannot place in the story's countries is, wherever the story names it
    again, in the region of the town the story placed it next to (added to ``mentions``, in place)."""
    gaz = get_gazetteer()
    placed: dict[str, Region] = {}
    for text, ms in zip(texts, mentions, strict=True):
        if "," not in text:
            continue
        for m in _PLACED_NEAR.finditer(text):
            name = m.group("name")
            anchor = next((a for a in ms if a.start == m.end()), None)
            if anchor is None or anchor.kind not in ("place", "region", "region_name"):
                continue
            own = [a for a in ms if a.start < m.end("name") and m.start("name") < a.start + len(a.text)]
            if any(choose(a, ctx) is not None for a in own):
                continue  # the gazetteer places the name itself
            choice = choose(anchor, ctx)
            region = gaz.region_by_code.get(choice[1]) if choice is not None and choice[1] else None
            if region is not None:
                placed.setdefault(name, region)
    for name, region in placed.items():
        for text, ms in zip(texts, mentions, strict=True):
            for start in _whole_words(text, name):
                end = start + len(name)
                clash = [a for a in ms if a.start < end and start < a.start + len(a.text)]
                if all(choose(a, ctx) is None for a in clash):
                    ms[:] = [a for a in ms if a not in clash]
                    ms.append(Mention("region_name", name, start, None, (region,)))
                    ms.sort(key=lambda a: a.start)


def resolve_place(mentions: list[Mention], ctx: PlaceContext) -> ResolvedPlace | None:
    """The most specific place among one event's mentions.

    A region named directly wins over a town in another region (towns' names are ambiguous);
    two different regions named together give the country only.
    """
    regions_named = {r.code for m in mentions if m.kind == "region" for r in m.regions[:1]}
    multi = [m for m in mentions if m.kind == "multi_region"]
    explicit: list[tuple[str, str | None, str]] = []
    towns: list[tuple[str, str | None, str]] = []
    countries: list[str] = []
    district_names: dict[str | None, str] = {}  # "Masisi territory": the place, within its region
    for m in mentions:
        choice = choose(m, ctx, regions_named)
        if choice is None:
            continue
        if m.kind in ("region", "region_name"):
            explicit.append(choice)
            if m.district:
                district_names.setdefault(choice[1], m.text)
        elif m.kind == "place":
            towns.append(choice)
        elif m.kind in ("country", "directional", "multi_region"):
            countries.append(choice[0])
    if multi and not explicit and not towns:
        cc = multi[0].regions[0].country
        return ResolvedPlace(cc, None, multi[0].text, None, True)
    explicit_codes = {c[1] for c in explicit}
    if len({c[0] for c in explicit}) > 1:
        # "near the Basra district ... in the Middle Shabelle region", in a story of Somalia: the region of
        # the story's country (the other a namesake abroad)
        own = [c for c in explicit if c[0] == ctx.primary_country]
        if own and len({c[1] for c in own}) == 1:
            explicit, explicit_codes = own, {own[0][1]}
    if len(explicit_codes) > 1 and not towns:
        cc = explicit[0][0]
        return ResolvedPlace(cc, None, " and ".join(c[2] for c in explicit), None, True)
    if multi and (explicit or towns):
        # "Donetsk, Kharkiv and Kherson regions": the list's last two read together, the first on its own
        cc = multi[0].regions[0].country
        codes = {c[1] for c in (*explicit, *towns) if c[0] == cc} | {r.code for r in multi[0].regions}
        if len(codes) > len(multi[0].regions):
            return ResolvedPlace(cc, None, multi[0].text, None, True)
    if explicit:
        cc, code, name = explicit[0]
        town = next((t for t in towns if t[1] == code), None)
        return ResolvedPlace(cc, code, name, town[2] if town else district_names.get(code), True)
    if towns:
        in_primary = [t for t in towns if t[0] == ctx.primary_country] or towns
        cc, code, name = in_primary[0]
        return ResolvedPlace(cc, code, None, name, True)
    if countries:
        primary = ctx.primary_country
        cc = primary if primary in countries else countries[0]
        return ResolvedPlace(cc, None, None, None, False)
    return None


def has_camp(text: str) -> bool:
    """Camps named: a camp's population counts in the camp's region."""
    low = text.lower()
    if not any(w in low for w in CAMP_WORDS):  # not a word of the text if not even a part of it
        return False
    return any(w in CAMP_WORDS for w in LOWER_WORDS.findall(low))


# The regexes run on most sentences near a figure: behind prefilter's Gated, which runs their ASCII twin on
# ASCII text (the same matches, without a call to the Unicode database for every character tried).
_LOCATIVE_NAME = gated(_LOCATIVE_NAME)
_UNIT_WORD_LOWER = gated(_UNIT_WORD_LOWER)
_REGION_BEFORE = gated(_REGION_BEFORE)
_DIRECTIONAL = gated(_DIRECTIONAL)
_PARTY_BEFORE = gated(_PARTY_BEFORE)
_NAME_BEFORE_UNIT = gated(_NAME_BEFORE_UNIT)  # no words to gate on: its ASCII twin only
_CAPITAL_NAME_SEQ = gated(_CAPITAL_NAME_SEQ)  # (the same)
_NAME_SEQ = gated(_NAME_SEQ)  # (the same)
_COUNTRY_CAPITAL = gated(_COUNTRY_CAPITAL)
_MULTI_BEFORE_UNIT = gated(_MULTI_BEFORE_UNIT)
