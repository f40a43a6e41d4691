"""The benchmark corpus: the bundled sample articles, the dev articles, and generated variants.

Variants are deterministic for a seed. Each one takes a base article and:
- moves it to another country: the base's country name, demonym, provinces and towns (those listed in
  ``COUNTRIES``) become the target country's, consistently within the article, so the gazetteer
  resolves other regions and the aggregation sees many keys;
- changes its figures (digits and number words, magnitudes kept roughly), weekdays (a permutation) and
  dates (``published_at`` shifted, years in the text by the same number of years);
- often appends the opening of another base article ("roundup" style), which brings the mean size to
  about 3 KB and mixes two stories;
- gets a fresh id (``<base id>~v<n>``).

Article JSON lines are what ``corpus()`` returns: bytes, ready to produce.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from streams.cli import SAMPLES

ARTICLE_FIELDS = ("id", "url", "source", "published_at", "language", "title", "body")
DEFAULT_SEED = 20240611
ROUNDUP_SHARE = 0.6
"""Share of variants that get a second story appended."""
ROUNDUP_MAX_CHARS = 1600


@dataclass(frozen=True)
class Country:
    name: str
    demonym: str
    provinces: tuple[tuple[str, tuple[str, ...]], ...]
    """First-level regions, each with towns inside it (real places)."""

    @property
    def towns(self) -> tuple[str, ...]:
        return tuple(town for _, towns in self.provinces for town in towns)

    @property
    def province_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.provinces)


COUNTRIES: tuple[Country, ...] = (
    Country("Syria", "Syrian", (
        ("Idlib", ("Saraqeb", "Maarat al-Numan")), ("Aleppo", ("Azaz", "Al-Bab")),
        ("Hama", ("Salamiyah",)), ("Deir ez-Zor", ("Al-Mayadin", "Al-Bukamal")),
    )),
    Country("Nigeria", "Nigerian", (
        ("Borno", ("Maiduguri", "Baga", "Gwoza")), ("Zamfara", ("Gusau", "Anka")),
        ("Kaduna", ("Zaria", "Birnin Gwari")), ("Benue", ("Makurdi",)),
    )),
    Country("Afghanistan", "Afghan", (
        ("Helmand", ("Lashkar Gah", "Sangin")), ("Kandahar", ("Spin Boldak",)),
        ("Nangarhar", ("Jalalabad",)), ("Kunduz", ("Imam Sahib",)),
    )),
    Country("Myanmar", "Burmese", (
        ("Sagaing", ("Monywa", "Kale")), ("Rakhine", ("Sittwe", "Maungdaw")), ("Shan", ("Lashio",)),
    )),
    Country("Mali", "Malian", (
        ("Mopti", ("Bandiagara", "Djenné")), ("Gao", ("Ansongo",)), ("Ségou", ("Niono",)),
    )),
    Country("Niger", "Nigerien", (
        ("Tillabéri", ("Ayorou", "Téra")), ("Tahoua", ("Tillia",)), ("Diffa", ("Bosso",)),
    )),
    Country("Yemen", "Yemeni", (
        ("Saada", ("Razeh",)), ("Taiz", ("Mocha",)), ("Marib", ("Harib",)), ("Hodeidah", ("Zabid",)),
    )),
    Country("Kenya", "Kenyan", (
        ("Mandera", ("Elwak",)), ("Garissa", ("Dadaab",)), ("Lamu", ("Mpeketoni",)),
    )),
    Country("Mexico", "Mexican", (
        ("Michoacán", ("Aguililla", "Apatzingán")), ("Guerrero", ("Chilapa", "Iguala")),
        ("Sinaloa", ("Culiacán",)), ("Zacatecas", ("Fresnillo",)),
    )),
    Country("Sudan", "Sudanese", (
        ("North Darfur", ("El Fasher", "Kutum")), ("South Darfur", ("Nyala",)),
        ("West Darfur", ("El Geneina",)), ("North Kordofan", ("El Obeid",)),
    )),
    Country("Central African Republic", "Central African", (
        ("Ouham-Pendé", ("Bocaranga", "Paoua")), ("Haute-Kotto", ("Bria",)), ("Ouaka", ("Bambari",)),
    )),
    Country("Lebanon", "Lebanese", (
        ("Mount Lebanon", ("Barja", "Aley")), ("Baalbek-Hermel", ("Baalbek",)), ("Nabatieh", ("Marjayoun",)),
    )),
    Country("Somalia", "Somali", (
        ("Lower Shabelle", ("Afgoye", "Marka")), ("Bay", ("Baidoa",)), ("Gedo", ("Bardera",)),
    )),
    Country("Philippines", "Filipino", (
        ("Sulu", ("Jolo", "Patikul")), ("Basilan", ("Lamitan",)), ("Lanao del Sur", ("Marawi",)),
    )),
    Country("Ukraine", "Ukrainian", (
        ("Donetsk", ("Bakhmut", "Kramatorsk")), ("Kharkiv", ("Izium", "Kupiansk")),
        ("Zaporizhzhia", ("Orikhiv",)), ("Kherson", ("Beryslav",)),
    )),
    Country("Democratic Republic of Congo", "Congolese", (
        ("North Kivu", ("Beni", "Goma")), ("Ituri", ("Bunia", "Djugu")), ("South Kivu", ("Uvira",)),
    )),
    Country("Ethiopia", "Ethiopian", (
        ("Tigray", ("Mekelle", "Shire")), ("Amhara", ("Gondar", "Dessie")), ("Oromia", ("Nekemte",)),
    )),
    Country("Iraq", "Iraqi", (
        ("Nineveh", ("Mosul", "Sinjar")), ("Anbar", ("Ramadi", "Fallujah")), ("Diyala", ("Baqubah",)),
    )),
    Country("Burkina Faso", "Burkinabe", (
        ("Centre-Nord", ("Kaya",)), ("Sahel", ("Djibo", "Dori")), ("Est", ("Fada N'Gourma",)),
    )),
    Country("Colombia", "Colombian", (
        ("Cauca", ("Popayán", "Suárez")), ("Norte de Santander", ("Cúcuta", "Tibú")),
        ("Antioquia", ("Medellín",)),
    )),
    Country("Pakistan", "Pakistani", (
        ("Khyber Pakhtunkhwa", ("Peshawar", "Bannu")), ("Balochistan", ("Quetta", "Turbat")),
    )),
    Country("Mozambique", "Mozambican", (("Cabo Delgado", ("Palma", "Mocímboa da Praia")),)),
)  # fmt: skip

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)  # fmt: skip

_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w]|[.,]\d)")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)


def _names_pattern(names: Sequence[str]) -> re.Pattern[str]:
    ordered = sorted(set(names), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])")


_COUNTRY_PATTERNS = {
    c.name: _names_pattern((c.name, c.demonym, *c.province_names, *c.towns)) for c in COUNTRIES
}


def eval_dir() -> Path:
    """Where ``dev.jsonl`` is looked for: ``$CONFLICT_STREAMS_EVAL_DIR`` (or ``$EVAL_DIR``, as the
    Makefile names it) or ``../shared/eval`` next to the checkout."""
    env = os.environ.get("CONFLICT_STREAMS_EVAL_DIR") or os.environ.get("EVAL_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "eval"


def _read_articles(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_bytes().splitlines():
        if line.strip():
            data = orjson.loads(line)
            yield {k: data.get(k) for k in ARTICLE_FIELDS if k in data}


def base_articles(dev: Path | None = None) -> list[dict[str, Any]]:
    """The bundled samples, then the dev articles not already among them (by id); Article fields only."""
    found = list(_read_articles(SAMPLES))
    dev_file = (dev if dev is not None else eval_dir()) / "dev.jsonl"
    if dev_file.is_file():
        seen = {a["id"] for a in found}
        found += [a for a in _read_articles(dev_file) if a["id"] not in seen]
    return found


def home_country(text: str) -> Country | None:
    """The listed country whose names occur most often in ``text`` (``None`` if none does)."""
    best, best_count = None, 0
    for country in COUNTRIES:
        count = len(_COUNTRY_PATTERNS[country.name].findall(text))
        if count > best_count:
            best, best_count = country, count
    return best


def _relocation(home: Country, target: Country, rng: random.Random) -> dict[str, str]:
    """Name in ``home`` -> name in ``target``: country, demonym, and each province and town."""
    mapping = {home.name: target.name, home.demonym: target.demonym}
    provinces = list(target.province_names)
    towns = list(target.towns)
    rng.shuffle(provinces)
    rng.shuffle(towns)
    for i, name in enumerate(home.province_names):
        mapping[name] = provinces[i % len(provinces)]
    for i, name in enumerate(home.towns):
        mapping[name] = towns[i % len(towns)]
    return mapping


def _new_number(text: str, rng: random.Random) -> str:
    value = int(text.replace(",", ""))
    if text.startswith("0") and len(text) > 1:
        return text  # "000" in "30 000", times like "0930": leave alone
    if value == 0:
        return text
    new = max(1, round(value * rng.uniform(0.5, 2.0)))
    if value >= 10:
        new = max(new, 2)
    return f"{new:,}" if "," in text else str(new)


def _keep_case(original: str, new: str) -> str:
    return new.capitalize() if original[:1].isupper() else new


class Rewriter:
    """What one variant changes, applied alike to its title and body: each place of the home country
    to one of the target country, each figure to one new figure (the same original, the same new one
    everywhere in the article), weekdays by a permutation, years by a shift."""

    def __init__(self, rng: random.Random, year_shift: int) -> None:
        self.rng = rng
        self.year_shift = year_shift
        days = list(WEEKDAYS)
        rng.shuffle(days)
        self.weekdays = dict(zip(WEEKDAYS, days, strict=True))
        self.numbers: dict[str, str] = {}
        self.words: dict[str, str] = {}

    def relocation(self, text: str) -> tuple[Country | None, dict[str, str]]:
        """The home country of ``text`` and its names -> a random other country's names."""
        home = home_country(text)
        if home is None:
            return None, {}
        target = self.rng.choice([c for c in COUNTRIES if c is not home])
        return home, _relocation(home, target, self.rng)

    def _number(self, text: str) -> str:
        if _YEAR.fullmatch(text):
            return text
        if text not in self.numbers:
            self.numbers[text] = _new_number(text, self.rng)
        return self.numbers[text]

    def _word(self, word: str) -> str:
        key = word.lower()
        if key not in self.words:
            self.words[key] = self.rng.choice(NUMBER_WORDS)
        return _keep_case(word, self.words[key])

    def rewrite(self, text: str, home: Country | None, places: dict[str, str]) -> str:
        if home is not None:
            text = _COUNTRY_PATTERNS[home.name].sub(lambda m: places.get(m.group(1), m.group(1)), text)
        if self.year_shift:
            text = _YEAR.sub(lambda m: str(int(m.group(1)) + self.year_shift), text)
        text = _NUMBER.sub(lambda m: self._number(m.group(1)), text)
        text = _NUMBER_WORD.sub(lambda m: self._word(m.group(1)), text)
        return _WEEKDAY.sub(lambda m: self.weekdays[m.group(1)], text)


def _roundup(other: dict[str, Any]) -> str:
    """The opening paragraphs of ``other`` (at most ``ROUNDUP_MAX_CHARS``), as a second story."""
    paragraphs = [p for p in re.split(r"\n+", str(other["body"])) if p.strip()]
    kept: list[str] = []
    size = 0
    for p in paragraphs:
        if kept and size + len(p) > ROUNDUP_MAX_CHARS:
            break
        kept.append(p)
        size += len(p)
    return "\n\n".join(kept)


def variant(base: dict[str, Any], n: int, rng: random.Random, other: dict[str, Any] | None) -> dict[str, Any]:
    """The ``n``-th variant of ``base`` (``other``: a second story to append, or ``None``)."""
    published = base.get("published_at")
    year_shift = 0
    new_published: str | None = None
    if isinstance(published, str) and len(published) >= 10:
        old = dt.date.fromisoformat(published[:10])
        new = old + dt.timedelta(days=rng.randint(-900, 900))
        new_published = new.isoformat()
        year_shift = new.year - old.year
    rewriter = Rewriter(rng, year_shift)
    title = str(base.get("title") or "")
    body = str(base["body"])
    home, places = rewriter.relocation(title + "\n" + body)
    out = dict(base)
    out["id"] = f"{base['id']}~v{n}"
    out["title"] = rewriter.rewrite(title, home, places)
    out["body"] = rewriter.rewrite(body, home, places)
    if other is not None:  # a second story, moved to a country of its own
        story = _roundup(other)
        other_home, other_places = rewriter.relocation(story)
        out["body"] += "\n\nIn other news: " + rewriter.rewrite(story, other_home, other_places)
    out["published_at"] = new_published
    if base.get("url"):
        out["url"] = f"{base['url']}#v{n}"
    return out


def articles(
    count: int, *, seed: int = DEFAULT_SEED, bases: Sequence[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """``count`` articles: the bases first (each once), then generated variants, cycling over them."""
    pool = list(bases) if bases is not None else base_articles()
    if not pool:
        raise ValueError("no base articles")
    rng = random.Random(seed)
    out = [dict(a) for a in pool[:count]]
    n = 0
    while len(out) < count:
        base = pool[n % len(pool)]
        other = rng.choice(pool) if rng.random() < ROUNDUP_SHARE else None
        if other is base:
            other = None
        n += 1
        out.append(variant(base, n, rng, other))
    return out


def corpus(count: int, *, seed: int = DEFAULT_SEED, id_prefix: str = "") -> list[bytes]:
    """``count`` article JSON lines (see ``articles``), ids optionally prefixed (one run's namespace)."""
    lines = []
    for article in articles(count, seed=seed):
        if id_prefix:
            article["id"] = id_prefix + article["id"]
        lines.append(orjson.dumps(article))
    return lines


def stats(lines: Sequence[bytes]) -> dict[str, float]:
    """Size and variety figures of a corpus (for the report and the tests)."""
    sizes = [len(line) for line in lines]
    return {
        "articles": len(lines),
        "mean_bytes": sum(sizes) / len(sizes) if sizes else 0.0,
        "unique_ids": len({orjson.loads(line)["id"] for line in lines}),
    }
