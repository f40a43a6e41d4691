"""Word lists the aggregation judges with: which words do not identify a place or an actor, and which
attributions are the best sources for a displacement stock. Data, kept apart from the rules that use it."""

from __future__ import annotations

import re
from typing import Final

_WORD: Final = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*")


def words(text: str) -> list[str]:
    """Case-folded words; inner dots, apostrophes and hyphens stay ("u.n", "al-shabaab")."""
    return _WORD.findall(text.casefold())


# Words that appear in place names but say nothing about *which* place ("Zamzam camp" ~ "Zamzam").
PLACE_STOPWORDS: Final[frozenset[str]] = frozenset(
    {
        "a", "al", "an", "and", "area", "areas", "at", "camp", "camps", "city", "district", "el", "in",
        "near", "of", "outskirts", "province", "region", "state", "the", "town", "village", "villages",
        "governorate", "county", "municipality", "base", "prison", "market", "north", "south", "east",
        "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    }
)  # fmt: skip

# Generic words in actor names: "Syrian forces" and "Syrian army" are the same side.
ACTOR_STOPWORDS: Final[frozenset[str]] = frozenset(
    {
        "a", "an", "and", "armed", "army", "force", "forces", "gunmen", "government", "group", "groups",
        "men", "militants", "military", "of", "regime", "security", "soldiers", "the", "troops",
        "fighters", "militia", "militias", "unknown", "unidentified", "suspected",
    }
)  # fmt: skip

# Attributions that make a displacement stock "best-sourced": the UN system, humanitarian agencies,
# and the displacement monitors. Matched as whole words (or word sequences) in ``claimed_by``.
AGENCY_WORDS: Final[frozenset[str]] = frozenset(
    {
        "un", "u.n", "united nations", "ocha", "unhcr", "iom", "unicef", "wfp", "idmc", "icrc",
        "red cross", "red crescent", "msf", "doctors without borders", "world health organization",
        "humanitarian", "agency", "acaps", "acled", "reliefweb",
    }
)  # fmt: skip
