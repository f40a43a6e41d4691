"""The web API's pure logic (``streams.web.regions``) and the page's static files."""

from __future__ import annotations

import datetime as dt
import html.parser
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from streams.aggregate import RegionState, apply
from streams.aggregate.windows import WINDOWS, all_measures
from streams.models import Event, Measures
from streams.web.regions import (
    SERIES_DAYS,
    STATIC,
    background_view,
    counted_stocks,
    daily_series,
    parse_day,
    parse_window,
    place_names,
    region_detail,
    region_rows,
    regions_answer,
    static_asset,
)

NOW = dt.date(2020, 2, 10)
_serial = iter(range(10**6))


def event(**fields: Any) -> Event:
    n = next(_serial)
    values: dict[str, Any] = {
        "event_id": f"e{n}",
        "article_id": f"a{n}",
        "source": "Test Wire",
        "event_type": "shelling_artillery",
        "country": "SY",
        "region": "SY-ID",
        "place": "Saraqib",
        "date": NOW,
        "published_at": NOW,
        "actors": ["Syrian army"],
        "evidence": "Shelling killed four people in Saraqib on Monday, medics said.",
        "extractor_version": "test",
    }
    values.update(fields)
    return Event(**values)


def stock(day: dt.date, value: int, **fields: Any) -> Event:
    return event(
        event_type="displacement",
        date=day,
        published_at=day,
        displaced=value,
        displaced_kind="cumulative",
        displaced_qualifier="approx",
        displaced_unit="people",
        claimed_by="OCHA",
        place=None,
        actors=[],
        evidence=f"{value} people have fled.",
        **fields,
    )


def state_of(events: Iterable[Event], key: str = "SY-ID") -> RegionState:
    state = RegionState(place_key=key)
    for e in events:
        state = apply(state, e)
    return state


# ---- parameters ----


def test_window_defaults_to_all_and_rejects_unknown_names() -> None:
    assert parse_window(None) == "all" and parse_window("") == "all"
    assert [parse_window(w) for w in WINDOWS] == list(WINDOWS)
    with pytest.raises(ValueError, match="unknown window '2w'"):
        parse_window("2w")


def test_day_parses_iso_dates_only() -> None:
    assert parse_day(None) is None and parse_day("") is None
    assert parse_day("2020-02-10") == NOW
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_day("10/02/2020")


# ---- list ----


def test_series_has_one_row_per_day_ending_now_with_the_incident_figures() -> None:
    state = state_of(
        [
            event(killed=5, wounded=3),
            event(
                killed=101,
                verified=False,
                claimed_by="Turkey",
                event_type="armed_clash",
                date=NOW - dt.timedelta(days=1),
                place="Idlib",
            ),
            event(killed=7, date=NOW - dt.timedelta(days=SERIES_DAYS), place="Sarmin"),  # outside
        ]
    )
    series = daily_series(state, NOW)
    assert len(series) == SERIES_DAYS
    assert series[0]["date"] == (NOW - dt.timedelta(days=SERIES_DAYS - 1)).isoformat()
    assert series[-1] == {
        "date": "2020-02-10",
        "killed": 5,
        "killed_unverified": 0,
        "wounded": 3,
        "displaced": 0,
    }
    assert series[-2]["killed_unverified"] == 101 and series[-2]["killed"] == 0
    assert sum(d["killed"] for d in series) == 5, "an incident older than the series is left out"
    assert daily_series(state, None) == []


def test_list_is_ordered_by_killed_in_the_chosen_window_then_code() -> None:
    states = [
        state_of([event(killed=2)], "SY-ID"),
        state_of([event(region="SY-AL", killed=9, date=NOW - dt.timedelta(days=10))], "SY-AL"),
        state_of([event(country="UA", region="UA-14", killed=2, place="Kramatorsk")], "UA-14"),
    ]
    rows = region_rows(states, NOW)
    assert list(regions_answer(rows, NOW, "all")["regions"]) == ["SY-AL", "SY-ID", "UA-14"]
    answer = regions_answer(rows, NOW, "7d")
    assert list(answer["regions"]) == ["SY-ID", "UA-14", "SY-AL"]
    assert list(answer["series"]) == list(answer["regions"])
    assert answer["now"] == "2020-02-10" and answer["window"] == "7d"
    assert (
        answer["regions"]["SY-AL"]["all"]["killed"] == 9 and answer["regions"]["SY-AL"]["7d"]["killed"] == 0
    )


def test_empty_list() -> None:
    assert regions_answer({}, None, "all") == {
        "now": None,
        "window": "all",
        "regions": {},
        "series": {},
        "names": {},
    }


def test_names_come_from_the_gazetteer_for_regions_and_countries() -> None:
    names = place_names(["SY-ID", "IL", "ZZ", "XX-999"])
    assert names == {"SY-ID": "Idlib", "IL": "Israel"}
    rows = region_rows([state_of([event(killed=1)])], NOW)
    assert regions_answer(rows, NOW, "all", names)["names"] == {"SY-ID": "Idlib"}
    assert region_detail(state_of([event(killed=1)]), NOW, "Idlib")["name"] == "Idlib"


# ---- drill-down ----


def test_the_counted_stock_of_each_window_is_the_one_its_total_stands_for() -> None:
    old, recent = stock(NOW - dt.timedelta(days=20), 500_000), stock(NOW - dt.timedelta(days=3), 689_000)
    state = state_of([old, recent, event(killed=1)])
    assert counted_stocks(state, NOW) == {
        "all": recent.event_id,
        "1d": None,
        "7d": recent.event_id,
        "30d": recent.event_id,
    }
    detail = region_detail(state, NOW)
    by_id = {s["report"]["event_id"]: s for s in detail["stocks"]}
    assert by_id[recent.event_id]["counted_in"] == ["all", "7d", "30d"]
    assert by_id[old.event_id]["counted_in"] == []
    assert by_id[recent.event_id]["qualifier"] == "approx" and by_id[recent.event_id]["unit"] == "people"
    for window in WINDOWS:
        shown = sum(s["report"]["displaced"] for s in detail["stocks"] if window in s["counted_in"])
        assert shown == detail["windows"][window]["displaced_cumulative"], window


def test_detail_itemises_what_the_windows_add_up_to() -> None:
    state = state_of(
        [
            event(killed=5, wounded=5),
            event(
                killed=101,
                verified=False,
                claimed_by="Turkey",
                event_type="armed_clash",
                place="Idlib",
                date=NOW - dt.timedelta(days=2),
            ),
            event(killed=3, date=NOW - dt.timedelta(days=12), place="Sarmin", event_type="airstrike_drone"),
            stock(NOW, 689_000),
        ]
    )
    detail = region_detail(state, NOW)
    assert detail["region"] == "SY-ID" and detail["now"] == "2020-02-10"
    assert detail["windows"] == {w: m.model_dump() for w, m in all_measures(state, NOW).items()}
    for window in WINDOWS:
        inside = [i for i in detail["incidents"] if window in i["windows"]]
        for measure, figure in (
            ("killed", "killed"),
            ("killed_unverified", "killed_unverified"),
            ("wounded", "wounded"),
            ("displaced_incident", "displaced"),
        ):
            listed = sum(i[figure]["value"] for i in inside if i[figure])
            assert (
                listed + (detail["archive"][measure] if window == "all" else 0)
                == detail["windows"][window][measure]
            ), (window, measure)
        assert len(inside) == detail["windows"][window]["incidents"]
    assert detail["archive"] == {
        "before": None,
        "killed": 0,
        "killed_unverified": 0,
        "wounded": 0,
        "displaced_incident": 0,
        "incidents": 0,
        "articles": 0,
        "stock": None,
    }


def test_detail_defaults_to_the_regions_latest_day() -> None:
    state = state_of([event(killed=1, date=NOW - dt.timedelta(days=4))])
    assert region_detail(state, None)["now"] == (NOW - dt.timedelta(days=4)).isoformat()


def test_background_reports_are_listed_with_the_incidents_they_mention() -> None:
    incident = event(killed=8, date=NOW - dt.timedelta(days=7), place="Taftanaz")
    mention = event(
        killed=8,
        date=NOW - dt.timedelta(days=7),
        place="Taftanaz",
        previously_reported=True,
        evidence="Regime shelling a week earlier killed eight soldiers.",
    )
    elsewhere = event(
        killed=2,
        date=NOW - dt.timedelta(days=40),
        place="Maarat al-Numan",
        previously_reported=True,
        evidence="Two died there in December.",
    )
    state = state_of([incident, mention, elsewhere])
    views = {v["event_id"]: v for v in background_view(state)}
    assert set(views) == {mention.event_id, elsewhere.event_id}
    assert views[elsewhere.event_id]["mentions"] == []
    assert len(views[mention.event_id]["mentions"]) == 1
    assert [v["event_id"] for v in background_view(state)] == [mention.event_id, elsewhere.event_id]
    detail = region_detail(state, NOW)
    assert detail["windows"]["all"]["killed"] == 8, "background never counts"
    assert [b["event_id"] for b in detail["background"]] == [mention.event_id, elsewhere.event_id]


# ---- static files ----


def test_static_assets_are_the_known_files_directly_in_the_folder(tmp_path: Path) -> None:
    for name, kind in (("index.html", "text/html"), ("app.js", "text/javascript"), ("style.css", "text/css")):
        found = static_asset(name)
        assert found is not None and found[0] == STATIC / name and found[1].startswith(kind)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.js").write_text("")
    (tmp_path / ".hidden.js").write_text("")
    (tmp_path / "secret.py").write_text("")
    (tmp_path / "ok.css").write_text("")
    assert static_asset("ok.css", tmp_path) == (tmp_path / "ok.css", "text/css; charset=utf-8")
    for bad in (
        "",
        "sub/a.js",
        "../static/app.js",
        "..",
        ".hidden.js",
        "secret.py",
        "missing.js",
        "sub",
        "a\\b.js",
        "app.js\x00",
    ):
        assert static_asset(bad, tmp_path) is None, bad
    assert static_asset("../web/static/app.js") is None


class _Ids(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(str(a["id"]))
        for key in ("src", "href"):
            value = a.get(key)
            if value and value.startswith("/static/"):
                self.refs.append(value.removeprefix("/static/"))


def test_the_page_links_its_own_files_and_ids_are_unique() -> None:
    page = _Ids()
    page.feed((STATIC / "index.html").read_text(encoding="utf-8"))
    assert sorted(page.refs) == ["app.js", "style.css"]
    assert all(static_asset(name) is not None for name in page.refs)
    assert len(page.ids) == len(set(page.ids))
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    for element_id in re.findall(r'\$\("([\w-]+)"\)', script):
        assert element_id in page.ids, f"app.js looks up #{element_id}, which index.html lacks"


def test_the_page_shows_every_measure_of_the_model() -> None:
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    block = script.split("const MEASURES = [", 1)[1].split("];", 1)[0]
    assert re.findall(r'key: "(\w+)"', block) == list(Measures.model_fields)
    assert re.findall(r'"(\w+)"', script.split("const WINDOWS = [", 1)[1].split("];", 1)[0]) == list(WINDOWS)
