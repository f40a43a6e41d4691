"""What the regions API answers, computed from region states: no Faust, no HTTP.

The list is the ``tally`` shape (``{"regions": {code: {window: measures}}}``) ordered by the killed
figure of the chosen window, plus ``now``, ``window`` and a daily series per region for the charts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from streams.aggregate import RegionState, incidents_view, stocks_view
from streams.aggregate.tally import latest_day
from streams.aggregate.windows import WINDOWS, all_measures
from streams.models import WindowName

SERIES_DAYS = 30


def parse_window(value: str | None) -> WindowName:
    window = value or "all"
    if window not in WINDOWS:
        raise ValueError(f"unknown window {window!r}: use one of {', '.join(WINDOWS)}")
    return window


def parse_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"now must be a date YYYY-MM-DD, got {value!r}") from None


def daily_series(state: RegionState, now: dt.date | None, days: int = SERIES_DAYS) -> list[dict[str, Any]]:
    """Killed (verified), killed unverified, wounded and displaced per incident day, over ``days``."""
    if now is None:
        return []
    start = now - dt.timedelta(days=days - 1)
    rows = {start + dt.timedelta(days=i): [0, 0, 0, 0] for i in range(days)}
    for incident in state.incidents.values():
        row = rows.get(incident.day) if incident.day else None
        if row is None:
            continue
        for i, figure in enumerate(
            (incident.killed, incident.killed_unverified, incident.wounded, incident.displaced)
        ):
            row[i] += figure.value if figure else 0
    return [
        {
            "date": day.isoformat(),
            "killed": r[0],
            "killed_unverified": r[1],
            "wounded": r[2],
            "displaced": r[3],
        }
        for day, r in rows.items()
    ]


def local_latest(states: Iterable[RegionState]) -> dt.date | None:
    return latest_day(states)


def region_rows(states: Iterable[RegionState], now: dt.date | None) -> dict[str, Any]:
    return {
        s.place_key: {
            "windows": {w: m.model_dump() for w, m in all_measures(s, now).items()},
            "series": daily_series(s, now),
        }
        for s in states
    }


def regions_answer(rows: Mapping[str, Any], now: dt.date | None, window: WindowName) -> dict[str, Any]:
    """Combine rows (from this worker and the others) into the API's answer, sorted by killed."""
    order = sorted(rows, key=lambda code: (-rows[code]["windows"][window]["killed"], code))
    return {
        "now": now.isoformat() if now else None,
        "window": window,
        "regions": {code: rows[code]["windows"] for code in order},
        "series": {code: rows[code]["series"] for code in order},
    }


def region_detail(state: RegionState, now: dt.date | None) -> dict[str, Any]:
    if now is None:
        now = latest_day([state])
    return {
        "region": state.place_key,
        "now": now.isoformat() if now else None,
        "windows": {w: m.model_dump() for w, m in all_measures(state, now).items()},
        "series": daily_series(state, now),
        "incidents": incidents_view(state, now),
        "stocks": stocks_view(state, now),
    }
