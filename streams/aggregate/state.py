"""The per-region aggregation state a Faust table holds, keyed by the region code (a ``str``).

In memory: the region's live incidents (each the set of reports that describe it) in linked groups
(see :mod:`streams.aggregate.identity`), its cumulative
displacement reports ("stocks"), its background reports, and an archive that all-time totals keep of
incidents pruned for age. Derived indexes (the event ids seen, incidents by day, the latest day) are
rebuilt on load and never stored.

JSON (``to_json`` / ``from_json``, orjson; ``to_dict`` / ``from_dict`` for a codec that wants a dict)::

    {"schema": 1, "place_key": "SY-ID",
     "incidents": {"<incident id = smallest event id>": [Report, ...]},   # reports sorted by event id
     "linked": [["<incident id>", ...], ...],  # incidents of one linked group (see identity), if > 1
     "stocks": [Report, ...], "background": [Report, ...],
     "archive": {"before": "YYYY-MM-DD" | null, "killed": 0, "killed_unverified": 0, "wounded": 0,
                 "displaced_incident": 0, "incidents": 0, "article_ids": [...], "event_ids": [...],
                 "stock": Report | null}}

where a Report is the flat object of :class:`Report`'s fields (dates as ``YYYY-MM-DD``). The output is
canonical: two states holding the same reports serialise to the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final

import orjson

from streams.models import Event

SCHEMA: Final = 1
_DATE_FIELDS: Final = ("published_at", "date")


@dataclass(frozen=True, slots=True)
class Report:
    """What the aggregation keeps of one event: identity, figures and provenance."""

    event_id: str
    article_id: str
    event_type: str
    source: str | None = None
    url: str | None = None
    published_at: dt.date | None = None
    date: dt.date | None = None
    place: str | None = None
    actors: tuple[str, ...] = ()
    killed: int | None = None
    killed_qualifier: str | None = None
    wounded: int | None = None
    wounded_qualifier: str | None = None
    displaced: int | None = None
    displaced_qualifier: str | None = None
    displaced_kind: str | None = None
    displaced_unit: str | None = None
    claimed_by: str | None = None
    verified: bool = True
    previously_reported: bool = False
    evidence: str = ""

    @classmethod
    def from_event(cls, e: Event) -> Report:
        return cls(
            event_id=e.event_id,
            article_id=e.article_id,
            event_type=e.event_type,
            source=e.source,
            url=e.url,
            published_at=e.published_at,
            date=e.date,
            place=e.place,
            actors=tuple(e.actors),
            killed=e.killed,
            killed_qualifier=e.killed_qualifier,
            wounded=e.wounded,
            wounded_qualifier=e.wounded_qualifier,
            displaced=e.displaced,
            displaced_qualifier=e.displaced_qualifier,
            displaced_kind=e.displaced_kind,
            displaced_unit=e.displaced_unit,
            claimed_by=e.claimed_by,
            verified=e.verified,
            previously_reported=e.previously_reported,
            evidence=e.evidence,
        )

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Report:
        values = dict(d)
        for name in _DATE_FIELDS:
            if values.get(name) is not None:
                values[name] = dt.date.fromisoformat(values[name])
        values["actors"] = tuple(values.get("actors") or ())
        return cls(**values)

    @property
    def day(self) -> dt.date | None:
        """The day the report is about: the incident date, else the publication date."""
        return self.date if self.date is not None else self.published_at

    @property
    def revision_day(self) -> dt.date:
        """When the figure was given, to order revisions: publication date, else incident date."""
        return self.published_at or self.date or dt.date.min

    @property
    def is_stock(self) -> bool:
        """A cumulative displacement figure (a stock over a period, not an incident's flow)."""
        return self.displaced_kind == "cumulative" and self.displaced is not None

    @property
    def is_incident_report(self) -> bool:
        """A new (not background) report of an incident: anything but a bare displacement stock."""
        if self.previously_reported:
            return False
        return not self.is_stock or self.killed is not None or self.wounded is not None


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of an incident and the report it was taken from."""

    value: int
    qualifier: str | None
    event_id: str
    article_id: str


def incident_day(reports: Sequence[Report]) -> dt.date | None:
    """An incident's day: the earliest stated incident date (a multi-day incident is dated by its first
    day), else the earliest publication date, else unknown."""
    dates = [r.date for r in reports if r.date is not None]
    if dates:
        return min(dates)
    published = [r.published_at for r in reports if r.published_at is not None]
    return min(published) if published else None


def _best(reports: Iterable[Report], value: str, *, verified: bool | None) -> Figure | None:
    """The figure of the latest report (by publication day) giving ``value``; the highest on a tie;
    then the larger (article_id, event_id), so that the choice never depends on arrival order.
    ``verified=None`` takes both kinds, preferring verified reports."""
    best_key: tuple[Any, ...] | None = None
    best: Figure | None = None
    for r in reports:
        v: int | None = getattr(r, value)
        if v is None or (verified is not None and r.verified is not verified):
            continue
        if value == "displaced" and r.displaced_kind == "cumulative":
            continue
        key = (r.verified, r.revision_day, v, r.article_id, r.event_id)
        if best_key is None or key > best_key:
            best_key = key
            best = Figure(v, getattr(r, value + "_qualifier"), r.event_id, r.article_id)
    return best


@dataclass(frozen=True, slots=True)
class Incident:
    """One incident: all the reports that describe it, and the figures derived from them.

    Figures are the best report per measure (see :func:`_best`), never a sum of reports.
    Build with :meth:`of`; the derived fields are not serialised.
    """

    reports: tuple[Report, ...]
    id: str
    day: dt.date | None
    killed: Figure | None
    killed_unverified: Figure | None
    wounded: Figure | None
    wounded_unverified: Figure | None
    displaced: Figure | None
    article_ids: frozenset[str]

    @classmethod
    def of(cls, reports: Iterable[Report]) -> Incident:
        rs = tuple(sorted(reports, key=lambda r: r.event_id))
        if not rs:
            raise ValueError("an incident needs at least one report")
        return cls(
            reports=rs,
            id=rs[0].event_id,
            day=incident_day(rs),
            killed=_best(rs, "killed", verified=True),
            killed_unverified=_best(rs, "killed", verified=False),
            wounded=_best(rs, "wounded", verified=True),
            wounded_unverified=_best(rs, "wounded", verified=False),
            displaced=_best(rs, "displaced", verified=None),
            article_ids=frozenset(r.article_id for r in rs),
        )


@dataclass(frozen=True, slots=True)
class Archive:
    """What all-time totals keep of pruned incidents, stocks and background reports."""

    before: dt.date | None = None
    killed: int = 0
    killed_unverified: int = 0
    wounded: int = 0
    displaced_incident: int = 0
    incidents: int = 0
    article_ids: frozenset[str] = frozenset()
    event_ids: frozenset[str] = frozenset()
    stock: Report | None = None

    COUNTERS: ClassVar[tuple[str, ...]] = (
        "killed",
        "killed_unverified",
        "wounded",
        "displaced_incident",
        "incidents",
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "before": self.before,
            **{name: getattr(self, name) for name in self.COUNTERS},
            "article_ids": sorted(self.article_ids),
            "event_ids": sorted(self.event_ids),
            "stock": self.stock,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Archive:
        return cls(
            before=dt.date.fromisoformat(d["before"]) if d.get("before") else None,
            **{name: int(d.get(name, 0)) for name in cls.COUNTERS},
            article_ids=frozenset(d.get("article_ids", ())),
            event_ids=frozenset(d.get("event_ids", ())),
            stock=Report.from_dict(d["stock"]) if d.get("stock") else None,
        )


@dataclass(slots=True, eq=False)
class RegionState:
    """The aggregation state of one place key (ISO 3166-2 region, or country for country-level events).

    Mutated only through :mod:`streams.aggregate.reducer`. Equality is equality of the canonical JSON.
    """

    place_key: str
    incidents: dict[str, Incident] = field(default_factory=dict)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Linked groups (connected components of ``same_incident``): group id -> its incident ids."""
    stocks: dict[str, Report] = field(default_factory=dict)
    background: dict[str, Report] = field(default_factory=dict)
    archive: Archive = field(default_factory=Archive)
    # Derived indexes, rebuilt by from_dict and copy; not serialised.
    live_ids: set[str] = field(default_factory=set, repr=False)
    days: dict[dt.date | None, dict[str, list[Report]]] = field(default_factory=dict, repr=False)
    """Day -> group id -> the group's reports of that day (what a new report is compared with)."""
    latest: dt.date | None = field(default=None, repr=False)

    def has_seen(self, event_id: str) -> bool:
        return event_id in self.live_ids or event_id in self.archive.event_ids

    def copy(self) -> RegionState:
        """A copy sharing the immutable parts (incidents, reports, archive); O(live size)."""
        return RegionState(
            place_key=self.place_key,
            incidents=dict(self.incidents),
            groups=dict(self.groups),
            stocks=dict(self.stocks),
            background=dict(self.background),
            archive=self.archive,
            live_ids=set(self.live_ids),
            days={day: dict(by_group) for day, by_group in self.days.items()},
            latest=self.latest,
        )

    # -- index maintenance -------------------------------------------------------------------------

    def note(self, r: Report) -> None:
        """Record a report as seen and move the region's clock."""
        self.live_ids.add(r.event_id)
        if r.revision_day != dt.date.min and (self.latest is None or r.revision_day > self.latest):
            self.latest = r.revision_day

    def put_group(self, incidents: Iterable[Incident]) -> str:
        """Add a linked group of incidents; return its id (the smallest incident id)."""
        ids = tuple(sorted(i.id for i in incidents))
        gid = ids[0]
        self.groups[gid] = ids
        for incident in incidents:
            self.incidents[incident.id] = incident
            for r in incident.reports:
                self.days.setdefault(r.day, {}).setdefault(gid, []).append(r)
                self.note(r)
        return gid

    def pop_group(self, gid: str) -> list[Incident]:
        incidents = [self.incidents.pop(iid) for iid in self.groups.pop(gid)]
        for incident in incidents:
            for r in incident.reports:
                by_group = self.days.get(r.day)
                if by_group is not None:
                    by_group.pop(gid, None)
                    if not by_group:
                        del self.days[r.day]
        return incidents

    def forget(self, event_ids: Iterable[str]) -> None:
        self.live_ids.difference_update(event_ids)

    # -- serialisation -----------------------------------------------------------------------------

    def _shape(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "place_key": self.place_key,
            "incidents": {key: list(self.incidents[key].reports) for key in sorted(self.incidents)},
            "linked": [list(ids) for _, ids in sorted(self.groups.items()) if len(ids) > 1],
            "stocks": [self.stocks[key] for key in sorted(self.stocks)],
            "background": [self.background[key] for key in sorted(self.background)],
            "archive": self.archive.to_dict(),
        }

    def to_json(self) -> bytes:
        return orjson.dumps(self._shape())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (what ``to_json`` writes)."""
        result: dict[str, Any] = orjson.loads(self.to_json())
        return result

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> RegionState:
        if d.get("schema") != SCHEMA:
            raise ValueError(f"RegionState schema {d.get('schema')!r} is not {SCHEMA}; rebuild the table")
        state = cls(place_key=d["place_key"], archive=Archive.from_dict(d.get("archive") or {}))
        incidents = {
            key: Incident.of(Report.from_dict(r) for r in reports)
            for key, reports in (d.get("incidents") or {}).items()
        }
        for ids in d.get("linked") or ():
            state.put_group([incidents.pop(iid) for iid in ids])
        for incident in incidents.values():
            state.put_group([incident])
        for name in ("stocks", "background"):
            target: dict[str, Report] = getattr(state, name)
            for raw in d.get(name) or ():
                r = Report.from_dict(raw)
                target[r.event_id] = r
                state.note(r)
        return state

    @classmethod
    def from_json(cls, data: bytes | str) -> RegionState:
        return cls.from_dict(orjson.loads(data))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RegionState):
            return NotImplemented
        return self.to_json() == other.to_json()

    __hash__ = None  # type: ignore[assignment]
