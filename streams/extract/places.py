"""Place mentions in text and their resolution to country + ISO 3166-2 region."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from streams.extract.gazetteer import Gazetteer, Place, Region
from streams.extract.lexicon import (
    CAMP_WORDS,
    DIRECTIONAL_WORDS,
    NOT_PLACES,
    ORGANISATION_WORDS,
    PERSON_CONTEXT_WORDS,
    REGION_UNIT_WORDS,
)
from streams.extract.textnorm import fold, lower_matches_alike

_CAP = (
    r"(?:[A-Z][\w'’‘-]*"
    r"|(?:al|el|ad|as|ash|an|ar|at|az|de|del|la|le|du|des|di|da|bin|ibn|abu|wa)(?=[\s-][A-Z]))"
)
_DOUBLED = re.compile(r"([a-z])\1+")
_FIRST_CAP = r"(?:[A-Z]|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z])[\w'’‘-]*"  # capital first: a faster scan
# Regexes tried at every position scan faster when a lookahead first rejects the characters that
# cannot start a match ("(?=[aeA-Z])": a capital, or a particle's "a" or "e").
_NAME_SEQ = re.compile(rf"(?=[aeA-Z]){_FIRST_CAP}(?:[\s-]+{_CAP}){{0,4}}")
_UNIT_WORD = re.compile(rf"\b(?i:{'|'.join(sorted(REGION_UNIT_WORDS, key=len, reverse=True))})\b")
_NAME_BEFORE_UNIT = re.compile(rf"((?:{_CAP}[\s-]+){{0,3}}{_CAP})\s+$")
_DIRECTION_WORD = re.compile(r"(?i:north|south|east|west|central|far)")
_UNIT = "|".join(sorted(REGION_UNIT_WORDS, key=len, reverse=True))
_REGION_BEFORE = re.compile(
    rf"\b({_UNIT})\s+of\s+({_CAP}(?:[\s-]+{_CAP}){{0,3}})(?:\s+and\s+({_CAP}(?:[\s-]+{_CAP}){{0,3}}))?"
)
_MULTI_BEFORE_UNIT = re.compile(
    rf"({_CAP}(?:[\s-]+{_CAP}){{0,2}})\s+and\s+({_CAP}(?:[\s-]+{_CAP}){{0,2}})\s+(?:provinces|states|regions|governorates|counties)\b"
)
_DIRECTIONAL = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(w) for w in DIRECTIONAL_WORDS), key=len, reverse=True)) + ")"
    rf"\s+({_CAP}(?:\s+{_CAP})?)"
)
_REFERENCE_POINT = re.compile(
    r"(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western)"
    r"\s+(?:of|from)|\btowards?|\bto)\s*$",
    re.I,
)
_PERSON_CONTEXT = re.compile(rf"(?:{'|'.join(re.escape(w) for w in PERSON_CONTEXT_WORDS)})\.?\s*,?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    """A place-like name in one sentence."""

    kind: str  # "region" | "region_name" | "place" | "country" | "demonym" | "directional" | "multi_region"
    text: str
    start: int
    country: str | None = None
    regions: tuple[Region, ...] = ()
    places: tuple[Place, ...] = ()


@dataclass
class PlaceContext:
    """What the whole article says about places: countries by weight, regions named."""

    countries: Counter[str] = field(default_factory=Counter)
    regions: Counter[str] = field(default_factory=Counter)

    @property
    def primary_country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """The outcome for one event."""

    country: str | None
    region: str | None
    region_name: str | None
    place: str | None
    specific: bool  # a sub-national place or region was named


_PLURAL_UNITS = ("provinces", "states", "regions", "governorates", "counties")
_UNIT_WORD_LOWER = re.compile(rf"\b(?:{_UNIT})\b")


def _unit_words(text: str, low: str) -> Iterator[re.Match[str]]:
    """``_UNIT_WORD.finditer(text)``, matched faster in ``low`` when lower_matches_alike(text)."""
    if lower_matches_alike(text):
        return _UNIT_WORD_LOWER.finditer(low)
    return _UNIT_WORD.finditer(text)


def _ends_in_capitalised_word(head: str) -> bool:
    """False when ``_NAME_BEFORE_UNIT`` cannot match ``head``: its last name must have a capital and be
    followed by white space."""
    stripped = head.rstrip()
    if not stripped or len(stripped) == len(head):
        return False
    last_word = stripped.rsplit(None, 1)[-1]
    return last_word.lower() != last_word


def _clean(name: str) -> str:
    name = name.strip()
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return name.strip(" -")


def find_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Regions ("Idlib province", "state of Michoacan"), places, countries and directional areas."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not taken or all(e <= a or s >= b for a, b in taken)

    low = text.lower()
    has_unit = any(u in low for u in REGION_UNIT_WORDS)
    # _MULTI_BEFORE_UNIT needs a plural unit word in lower case (so not the "United States").
    plural = has_unit and any(u in text for u in _PLURAL_UNITS)
    for m in _MULTI_BEFORE_UNIT.finditer(text) if plural else ():
        regions = [gaz.find_regions(_clean(m.group(i))) for i in (1, 2)]
        if all(regions):
            out.append(Mention("multi_region", m.group(0), m.start(), regions[0][0].country,
                               (regions[0][0], regions[1][0])))  # fmt: skip
            taken.append((m.start(), m.end()))
    for m in _REGION_BEFORE.finditer(text) if has_unit else ():
        names = [g for g in (m.group(2), m.group(3)) if g]
        found = [gaz.find_regions(_clean(n)) for n in names]
        if found and all(found) and free(m.start(), m.end()):
            regions = found
            if len(regions) > 1 and m.group(1).lower().endswith("s"):
                out.append(Mention("multi_region", m.group(0), m.start(), regions[0][0].country,
                                   (regions[0][0], regions[1][0])))  # fmt: skip
            else:
                out.append(Mention("region", names[0], m.start(m.group(2) and 2), regions[0][0].country,
                                   tuple(regions[0])))  # fmt: skip
            taken.append((m.start(), m.end()))
    for unit in _unit_words(text, low) if has_unit else ():
        window_start = max(0, unit.start() - 80)
        if not _ends_in_capitalised_word(text[window_start : unit.start()]):
            continue  # as _NAME_BEFORE_UNIT would find, in a fraction of the time
        named_unit = _NAME_BEFORE_UNIT.search(text, window_start, unit.start())
        if named_unit is None:
            continue
        words = _clean(named_unit.group(1)).split()
        for k in range(len(words)):
            name = " ".join(words[k:])
            if name.lower() in NOT_PLACES:
                continue
            named = gaz.find_regions(name)
            if named and free(named_unit.start(), named_unit.end()):
                out.append(Mention("region", name, named_unit.start(), named[0].country, tuple(named)))
                taken.append((named_unit.start(), named_unit.end()))
                break
    for m in _NAME_SEQ.finditer(text):
        hits = _name_hits(m.group(0), gaz)
        if hits and free(m.start(), m.end()):
            _names_in_sequence(text, hits, m.start(), out, taken)
    directional = any(d in low for d in ("north", "south", "east", "west", "central"))
    for m in _DIRECTIONAL.finditer(text) if directional else ():
        cc = gaz.find_country(_clean(m.group(1)))
        if cc:
            out.append(Mention("directional", m.group(0), m.start(), cc))
    out.sort(key=lambda x: x.start)
    return out


def _names_in_sequence(
    text: str, hits: tuple[_NameHit, ...], offset: int, out: list[Mention], taken: list[tuple[int, int]]
) -> None:
    for hit in hits:
        start = offset + hit.offset
        if hit.checked and _not_a_place_here(text, start, hit.length):
            continue
        out.append(Mention(hit.kind, hit.name, start, hit.country, hit.regions, hit.places))
        taken.append((start, start + hit.length))


@dataclass(frozen=True, slots=True)
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


@lru_cache(maxsize=16384)  # the same runs ("Idlib", "Syrian", "The") recur across sentences and articles
def _name_hits(seq: str, gaz: Gazetteer) -> tuple[_NameHit, ...]:
    """The names ``_names_in_sequence`` reads in ``seq``, longest first from left to right.

    Depends on the run alone: a name the sentence rules out is skipped all the same, so the words
    after it are read the same way whether it stands or not.
    """
    hits: list[_NameHit] = []
    words = [(w.group(0), w.start()) for w in _WORD.finditer(seq)]
    keys = [fold(_clean(w)) for w, _ in words]
    consumed_prev = False
    i = 0
    while i < len(words):
        found = False
        if i > 0 and not consumed_prev and keys[i - 1] not in NOT_PLACES:
            # "Attullah Khogyani": a name inside a longer unknown name is a person, not a place.
            i += 1
            continue
        for j in range(min(len(words), i + 4), i, -1):
            key = " ".join(keys[i:j])
            if len(key) < 3 or key in NOT_PLACES:
                continue
            raw = seq[words[i][1] : words[j - 1][1] + len(words[j - 1][0])]
            name = _clean(raw)
            start = words[i][1]
            if name.isupper() and len(name) <= 3 and name not in ("DRC", "CAR", "UAE", "USA"):
                continue
            cc = gaz.countries.get(key)
            if cc:
                kind = "demonym" if key in gaz.demonyms else "country"
                hits.append(_NameHit(start, len(raw), kind, name, cc, (), (), checked=False))
            else:
                regions = gaz.regions.get(_DOUBLED.sub(r"\1", key), [])
                has_place = gaz.has_place_key(key)
                if not has_place and not regions:
                    continue
                places = gaz.find_places(name) if has_place else []
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


_WORD = re.compile(r"\S+")
_SAID_AFTER = re.compile(r"\s+(?:said|told|says)\b")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_DATELINE = re.compile(r"[A-Z][A-Z' -]+,")


def _not_a_place_here(text: str, start: int, length: int) -> bool:
    """A person ("spokesman Ali"), a reference point ("north of X"), an organisation ("X Command"),
    or a dateline."""
    before = text[max(0, start - 40) : start]
    if _after_person_word(before) or _SAID_AFTER.match(text, start + length):
        return True
    if _after_reference_word(before):
        return True
    nxt = _NEXT_WORD.match(text, start + length)
    if nxt and nxt.group(1).lower() in ORGANISATION_WORDS:
        return True
    # A dateline ("KABUL, Afghanistan -") says where the reporter files from.
    return start == 0 and _DATELINE.match(text) is not None


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


_REFERENCE_ENDINGS = ("of", "from", "to", "toward", "towards")  # the last word of a _REFERENCE_POINT


def _after_reference_word(before: str) -> bool:
    """``_REFERENCE_POINT.search(before)``, skipped when the text does not end as it must."""
    if lower_matches_alike(before) and not before.rstrip().lower().endswith(_REFERENCE_ENDINGS):
        return False
    return _REFERENCE_POINT.search(before) is not None


def article_context(mentions: list[Mention], title_mentions: list[Mention]) -> PlaceContext:
    """Countries and regions the article is about, weighted by how often they are named."""
    ctx = PlaceContext()
    for weight, ms in ((1.0, mentions), (2.0, title_mentions)):
        for m in ms:
            if m.kind in ("country", "directional"):
                ctx.countries[m.country or ""] += int(2 * weight)
            elif m.kind == "demonym":
                ctx.countries[m.country or ""] += int(weight)
            elif m.kind in ("region", "multi_region"):
                for r in m.regions[:1] if m.kind == "region" else m.regions:
                    ctx.countries[r.country] += int(2 * weight)
    ctx.countries.pop("", None)
    # Places and bare region names vote for their region once the countries are known.
    for weight, ms in ((1, mentions), (2, title_mentions)):
        for m in ms:
            choice = choose(m, ctx)
            if choice is not None and choice[1]:
                ctx.regions[choice[1]] += weight
                if not ctx.countries:
                    ctx.countries[choice[0]] += 1
    return ctx


def choose(
    m: Mention, ctx: PlaceContext, near_regions: set[str] | None = None
) -> tuple[str, str | None, str] | None:
    """(country, region, name) for a mention, using the article's countries to break ties."""
    if m.kind in ("country", "directional", "demonym"):
        return (m.country or "", None, m.text) if m.country else None
    if m.kind == "multi_region":
        return (m.regions[0].country, None, m.text)
    countries = ctx.countries
    if m.regions:
        ranked = sorted(m.regions, key=lambda r: (-countries.get(r.country, 0), r.code))
        best = ranked[0]
        if countries and best.country not in countries and m.kind in ("region", "region_name"):
            return None
        if (m.kind in ("region", "region_name") or not m.places) and (
            not countries or best.country in countries
        ):
            return (best.country, best.code, best.name)
    if m.places:
        near = near_regions or set()
        candidates = (
            [p for p in m.places if p.country in countries]
            if countries
            else [p for p in m.places if p.population >= 50_000]
        )
        if not candidates:
            return None
        best_place = max(
            candidates,
            key=lambda p: (p.region in near, countries.get(p.country, 0), ctx.regions.get(p.region or "", 0),
                           p.population),
        )  # fmt: skip
        return (best_place.country, best_place.region, m.text)
    return None


_IN_NAME = re.compile(r"\b(?:in|at|near)\s+([A-Z][a-z]{5,})\b(?!\s+[A-Z])")


def misspelt_regions(
    text: str, mentions: list[Mention], gaz: Gazetteer, country: str | None
) -> list[Mention]:
    """'in Kandarhar' -> Kandahar: an unknown name after 'in' close to a region of the article's country."""
    known = {m.start for m in mentions}
    out = []
    for m in _IN_NAME.finditer(text):
        if m.start(1) in known or m.group(1).lower() in NOT_PLACES:
            continue
        if gaz.find_places(m.group(1)) or gaz.find_country(m.group(1)):
            continue
        region = gaz.fuzzy_region(m.group(1), country)
        if region is not None:
            out.append(Mention("region_name", m.group(1), m.start(1), region.country, (region,)))
    return out


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
    for m in mentions:
        choice = choose(m, ctx, regions_named)
        if choice is None:
            continue
        if m.kind in ("region", "region_name"):
            explicit.append(choice)
        elif m.kind == "place":
            towns.append(choice)
        elif m.kind in ("country", "directional", "multi_region"):
            countries.append(choice[0])
    if multi and not explicit and not towns:
        cc = multi[0].regions[0].country
        return ResolvedPlace(cc, None, multi[0].text, None, True)
    explicit_codes = {c[1] for c in explicit}
    if len(explicit_codes) > 1 and not towns:
        cc = explicit[0][0]
        return ResolvedPlace(cc, None, " and ".join(c[2] for c in explicit), None, True)
    if explicit:
        cc, code, name = explicit[0]
        town = next((t for t in towns if t[1] == code), None)
        return ResolvedPlace(cc, code, name, town[2] if town else None, True)
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
    return any(w in CAMP_WORDS for w in re.findall(r"[a-z]+", low))
