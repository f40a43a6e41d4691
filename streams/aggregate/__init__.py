"""Events -> incidents -> per-region totals. Pure: no Kafka, no Faust, no I/O.

The reducer (:func:`apply`, :func:`merge`) keeps one :class:`RegionState` per place key; the Faust
table stores it (``RegionState.to_json`` / ``from_json``) and the offline :func:`tally` runs the same
reducer over a file. Semantics are documented in :mod:`streams.aggregate.reducer`.
"""

from streams.aggregate.identity import compatible_types, same_incident
from streams.aggregate.reducer import (
    GRACE_DAYS,
    RETENTION_DAYS,
    apply,
    apply_in_place,
    merge,
    prune,
    prune_in_place,
    retention_horizon,
)
from streams.aggregate.state import Archive, Figure, Incident, RegionState, Report
from streams.aggregate.tally import build_states, tally
from streams.aggregate.views import IncidentView, StockView, incidents_view, stocks_view
from streams.aggregate.windows import WINDOWS, in_window, measures, region_totals

__all__ = [
    "GRACE_DAYS",
    "RETENTION_DAYS",
    "WINDOWS",
    "Archive",
    "Figure",
    "Incident",
    "IncidentView",
    "RegionState",
    "Report",
    "StockView",
    "apply",
    "apply_in_place",
    "build_states",
    "compatible_types",
    "in_window",
    "incidents_view",
    "measures",
    "merge",
    "prune",
    "prune_in_place",
    "region_totals",
    "retention_horizon",
    "same_incident",
    "stocks_view",
    "tally",
]
