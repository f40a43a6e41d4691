"""The message contract: what ingesters send, what consumers receive.

Input models ignore unknown fields (ingesters add their own); output models forbid them and carry
``schema_version``. ``schemas/`` is generated from these classes (``python -m streams schemas``) and a
test fails when the two drift apart. Pure: no Kafka, no Faust.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION: Literal["1.1"] = "1.1"
SchemaVersion = Literal["1.0", "1.1"]
"""1.1 added ``Event.displaced_families``; 1.0 messages are still read."""

EventType = Literal[
    "armed_clash",
    "shelling_artillery",
    "airstrike_drone",
    "bombing_explosion",
    "attack_on_civilians",
    "massacre",
    "displacement",
    "other_violence",
]
Qualifier = Literal["exact", "at_least", "more_than", "approx", "up_to", "range"]
DisplacedKind = Literal["incident", "cumulative"]
DisplacedUnit = Literal["people", "families", "households"]

CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2")]
RegionCode = Annotated[
    str, Field(pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$", description="ISO 3166-2 first-level subdivision")
]
Count = Annotated[int, Field(ge=0)]


def _to_date(value: object) -> object:
    """Accept ``YYYY-MM-DD`` and full ISO timestamps; keep the calendar date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str) and len(value) > 10 and value[10] in "T ":
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            return value
    return value


class Article(BaseModel):
    """A raw news article, as published by ingesters to the ``articles`` topic."""

    model_config = ConfigDict(extra="ignore", frozen=True, title="Article")

    id: Annotated[str, Field(min_length=1, max_length=512, description="Ingester's stable article id")]
    url: str | None = Field(default=None, description="Canonical URL")
    source: str | None = Field(default=None, description="Outlet or feed name")
    published_at: dt.date | None = Field(
        default=None, description="Publication date (YYYY-MM-DD or ISO timestamp); anchors relative dates"
    )
    language: str = Field(default="en", description="ISO 639-1 language code")
    title: str = Field(default="", description="Headline")
    body: str = Field(description="Article text; must not be empty")

    @field_validator("published_at", mode="before")
    @classmethod
    def _published_at(cls, value: object) -> object:
        return _to_date(value)

    @field_validator("body")
    @classmethod
    def _body_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("body is empty")
        return value


class Event(BaseModel):
    """One conflict incident (or cumulative figure) extracted from one article."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="Event")

    schema_version: SchemaVersion = SCHEMA_VERSION
    event_id: str = Field(description="Stable id: the same article processed twice gives the same ids")
    article_id: str
    source: str | None = None
    url: str | None = None
    published_at: dt.date | None = None
    event_type: EventType
    country: CountryCode | None = Field(default=None, description="ISO 3166-1 alpha-2; null if unknown")
    region: RegionCode | None = Field(
        default=None, description="ISO 3166-2 first-level region; null if unknown or spanning several"
    )
    region_name: str | None = None
    place: str | None = Field(default=None, description="Most specific place named")
    date: dt.date | None = Field(default=None, description="Incident date; null when unknowable")
    killed: Count | None = None
    killed_qualifier: Qualifier | None = None
    wounded: Count | None = None
    wounded_qualifier: Qualifier | None = None
    displaced: Count | None = Field(default=None, description="People displaced (never families)")
    displaced_qualifier: Qualifier | None = None
    displaced_kind: DisplacedKind | None = None
    displaced_unit: DisplacedUnit | None = Field(
        default=None, description="What the text counted: people, or families / households"
    )
    displaced_families: Count | None = Field(
        default=None,
        description="Families or households displaced, when the text counts those: never converted to people",
    )
    victims: str | None = Field(default=None, description="Whose dead/wounded, where stated")
    claimed_by: str | None = Field(default=None, description="Who gives the figures")
    verified: bool = Field(default=True, description="False for one-sided or explicitly unverifiable claims")
    previously_reported: bool = Field(
        default=False, description="Background: an earlier incident; excluded from new totals"
    )
    actors: list[str] = Field(default_factory=list)
    evidence: str = Field(description="The sentence(s) the figures come from")
    evidence_start: Count = Field(default=0, description="Character offset of the evidence in the body")
    evidence_end: Count = Field(default=0, description="End character offset of the evidence in the body")
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    extractor_version: str

    @property
    def place_key(self) -> str:
        """Where this event is tallied: the ISO 3166-2 region, else the country, else ``"ZZ"``."""
        return self.region or self.country or "ZZ"


class DeadLetter(BaseModel):
    """An input that could not be processed, with why and where it came from."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="DeadLetter")

    schema_version: SchemaVersion = SCHEMA_VERSION
    error_class: str = Field(description="InvalidJSON, InvalidArticle, InvalidEncoding, TooLarge, ...")
    reason: str = Field(description="Readable explanation of what is wrong and how to fix it")
    source_topic: str
    source_partition: int
    source_offset: int
    article_id: str | None = Field(default=None, description="When the id could be read")
    original_b64: str = Field(description="The original message value, base64")
    dead_lettered_at: dt.datetime


class Measures(BaseModel):
    """Totals of one region over one window."""

    model_config = ConfigDict(extra="forbid", title="Measures")

    killed: Count = 0
    killed_unverified: Count = 0
    wounded: Count = 0
    displaced_incident: Count = 0
    displaced_cumulative: Count = 0
    incidents: Count = 0
    articles: Count = 0


WindowName = Literal["all", "1d", "7d", "30d"]


class RegionTotals(BaseModel):
    """Per-window totals of one region, as published to the ``totals`` topic."""

    model_config = ConfigDict(extra="forbid", title="RegionTotals")

    schema_version: SchemaVersion = SCHEMA_VERSION
    region: str = Field(description="ISO 3166-2 code, or ISO 3166-1 alpha-2 for country-level figures")
    as_of: dt.date | None = Field(default=None, description="End of the rolling windows")
    windows: dict[WindowName, Measures]


TOTALS_THROUGH_OFFSET_HEADER: Final = "through_offset"
"""Kafka header of a ``totals`` message: the events-topic offset (in the region's partition) of the
latest event of the region the totals include. Absent on totals re-sent after a table recovery."""
