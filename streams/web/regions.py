"""What the regions API answers, computed from region states: no Faust, no HTTP.

The list is the ``tally`` shape (``{"regions": {code: {window: measures}}}``) ordered by the killed
figure of the chosen window, plus ``now``, ``window`` and a daily series per region for the charts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from streams.aggregate import RegionState, incidents_view, stocks_view
from streams.aggregate.identity import matching_incidents
from streams.aggregate.sourcing import best_stock
from streams.aggregate.state import Report
from streams.aggregate.tally import latest_day
from streams.aggregate.views import report_view
from streams.aggregate.windows import WINDOWS, all_measures, in_window
from streams.extract.gazetteer import get_gazetteer
from streams.models import WindowName

SERIES_DAYS = 30
STATIC = Path(__file__).parent / "static"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}


def static_asset(name: str, root: Path = STATIC) -> tuple[Path, str] | None:
    """The file ``name`` directly under ``root`` and its content type, or None: no sub-directories,
    no hidden files, no ``..``, only the known kinds of files."""
    if not name or "/" in name or "\\" in name or name.startswith(".") or "\x00" in name:
        return None
    path = root / name
    content_type = CONTENT_TYPES.get(path.suffix)
    if content_type is None or not path.is_file():
        return None
    return path, content_type


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


def place_names(codes: Iterable[str]) -> dict[str, str]:
    """Readable names of place keys, from the packaged gazetteer: ``Idlib`` for ``SY-ID``,
    ``Israel`` for ``IL``. Codes it does not know are left out (all of them if it cannot be loaded).
    The first call loads the gazetteer (seconds, unless extraction already did): call it off the loop."""
    try:
        gaz = get_gazetteer()
    except (OSError, EOFError, ValueError):  # data missing, truncated or being rebuilt: codes only
        return {}
    names: dict[str, str] = {}
    for code in codes:
        region = gaz.region_by_code.get(code)
        if region is not None:
            names[code] = region.name  # the code already says the country
        elif code in gaz.country_names:
            names[code] = gaz.country_names[code]
    return names


def regions_answer(
    rows: Mapping[str, Any],
    now: dt.date | None,
    window: WindowName,
    names: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Combine rows (from this worker and the others) into the API's answer, sorted by killed."""
    order = sorted(rows, key=lambda code: (-rows[code]["windows"][window]["killed"], code))
    names = names or {}
    return {
        "now": now.isoformat() if now else None,
        "window": window,
        "regions": {code: rows[code]["windows"] for code in order},
        "series": {code: rows[code]["series"] for code in order},
        "names": {code: names[code] for code in order if code in names},
    }


def counted_stocks(state: RegionState, now: dt.date | None) -> dict[WindowName, str | None]:
    """Per window, the event id of the one cumulative report its ``displaced_cumulative`` stands for
    (the best stock dated in the window; ``all`` also weighs the archived one), or None."""
    out: dict[WindowName, str | None] = {}
    for w in WINDOWS:
        candidates: list[Report | None] = [s for s in state.stocks.values() if in_window(s.day, now, w)]
        if w == "all":
            candidates.append(state.archive.stock)
        best = best_stock(candidates)
        out[w] = best.event_id if best is not None else None
    return out


def archive_view(state: RegionState) -> dict[str, Any]:
    """What ``all`` still counts of incidents pruned from the state (no longer itemised)."""
    a = state.archive
    stock = a.stock
    return {
        "before": a.before.isoformat() if a.before else None,
        "killed": a.killed,
        "killed_unverified": a.killed_unverified,
        "wounded": a.wounded,
        "displaced_incident": a.displaced_incident,
        "incidents": a.incidents,
        "articles": len(a.article_ids),
        "stock": None
        if stock is None
        else {
            "event_id": stock.event_id,
            "article_id": stock.article_id,
            "source": stock.source,
            "date": stock.date.isoformat() if stock.date else None,
            "displaced": stock.displaced,
            "evidence": stock.evidence,
        },
    }


def background_view(state: RegionState) -> list[dict[str, Any]]:
    """Every background report (an earlier incident mentioned for context, never counted), newest
    first, with the ids of the live incidents it mentions (empty when none is itemised here)."""
    reports = sorted(
        state.background.values(), key=lambda r: (r.day or dt.date.min, r.event_id), reverse=True
    )
    return [{**report_view(r), "mentions": matching_incidents(state, r)} for r in reports]


def region_detail(state: RegionState, now: dt.date | None, name: str | None = None) -> dict[str, Any]:
    """One region for the drill-down: windows, series, incidents, stocks and the archive.

    Each stock also says which windows count it (``counted_in``) and carries its figure's qualifier
    and unit, so a page can show why a displaced stock total is the number it is; ``background`` lists
    every background report (those mentioning a live incident are also in its ``background``);
    ``archive`` is what ``all`` still counts of pruned incidents."""
    if now is None:
        now = latest_day([state])
    counted = counted_stocks(state, now)
    stocks: list[dict[str, Any]] = []
    for view in stocks_view(state, now):
        report = state.stocks.get(view["report"]["event_id"])
        stocks.append(
            {
                **view,
                "counted_in": [w for w in WINDOWS if counted[w] == view["report"]["event_id"]],
                "qualifier": report.displaced_qualifier if report else None,
                "unit": report.displaced_unit if report else None,
            }
        )
    return {
        "region": state.place_key,
        "name": name,
        "now": now.isoformat() if now else None,
        "windows": {w: m.model_dump() for w, m in all_measures(state, now).items()},
        "series": daily_series(state, now),
        "incidents": incidents_view(state, now),
        "stocks": stocks,
        "background": background_view(state),
        "archive": archive_view(state),
    }
