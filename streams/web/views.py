"""Faust web views: thin HTTP around ``streams.web.regions``.

- ``GET /``                      the live page (``?window=7d``, ``?region=CODE&measure=killed`` deep links)
- ``GET /static/{name}``         the page's script and style sheet
- ``GET /api/health``            liveness
- ``GET /api/regions``           every region's totals (``?window=7d`` orders by it, ``?now=YYYY-MM-DD``),
                                 daily series and readable names
- ``GET /api/regions/{code}``    one region: windows, daily series, incidents with articles and evidence,
                                 stocks (and which window counts which), background mentions, archive
- ``GET /metrics``               Prometheus

Tables are partitioned: ``/api/regions/{code}`` is routed to the worker that owns the key
(``table_route``); ``/api/regions`` asks every worker for its own regions and merges the answers; when a
worker does not answer (it left, a rebalance is under way) the answer carries ``"partial": true`` and
``unreachable_workers`` instead of failing.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
import faust
from faust.web import Request, Response, View

from streams.aggregate import RegionState
from streams.app import Wiring
from streams.tables import owned_states
from streams.web.regions import (
    STATIC,
    local_latest,
    parse_day,
    parse_window,
    place_names,
    region_detail,
    region_rows,
    regions_answer,
    static_asset,
)

log = logging.getLogger(__name__)

NO_CACHE = {"Cache-Control": "no-cache"}
LOCAL = "/api/_local/regions"


def register_views(app: faust.App, w: Wiring) -> None:
    table = w.regions

    def local_states() -> list[RegionState]:
        """The states of the partitions this worker actively owns."""
        return [state for _, state in owned_states(app, table)]

    def peers() -> list[str]:
        own = str(app.conf.canonical_url).rstrip("/")
        hosts = {str(url).rstrip("/") for url in app.router.table_metadata(table.name)}
        return sorted(h for h in hosts if h and h != own)

    async def ask_peers(path: str, params: dict[str, str]) -> tuple[list[Any], list[str]]:
        """Every peer's answer, and the peers that gave none (gone or not yet up: during a rebalance the
        table metadata still names a worker that left, until its partitions are recovered here)."""
        urls = peers()
        if not urls:
            return [], []
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout) as session:

            async def one(url: str) -> Any:
                async with session.get(url + path, params=params) as response:
                    response.raise_for_status()
                    return await response.json()

            results = await asyncio.gather(*(one(u) for u in urls), return_exceptions=True)
        answers: list[Any] = []
        missing: list[str] = []
        for url, result in zip(urls, results, strict=True):
            if isinstance(result, BaseException):
                log.warning("peer %s did not answer %s: %r", url, path, result)
                missing.append(url)
            else:
                answers.append(result)
        return answers, missing

    @app.page("/")
    class Page(View):
        async def get(self, request: Request) -> Response:
            return self.html((STATIC / "index.html").read_text(encoding="utf-8"), headers=NO_CACHE)

    @app.page("/static/{name}")
    class Static(View):
        async def get(self, request: Request, name: str) -> Response:
            asset = static_asset(name)
            if asset is None:
                return self.json({"error": f"no static file {name!r}"}, status=404)
            path, content_type = asset
            # the content type goes in the headers: aiohttp refuses a charset in ``content_type``
            return self.bytes(path.read_bytes(), headers={**NO_CACHE, "Content-Type": content_type})

    @app.page("/api/health")
    class Health(View):
        async def get(self, request: Request) -> Response:
            return self.json({"status": "ok", "app": app.conf.id})

    @app.page("/metrics")
    class MetricsView(View):
        async def get(self, request: Request) -> Response:
            update_lag(app, w)
            return self.bytes(w.metrics.exposition(), content_type="text/plain; version=0.0.4")

    @app.page(LOCAL)
    class LocalRegions(View):
        """This worker's share: its latest day, or its rows for a given ``now``."""

        async def get(self, request: Request) -> Response:
            states = local_states()
            if "now" not in request.query:
                latest = local_latest(states)
                return self.json({"latest": latest.isoformat() if latest else None})
            now = parse_day(request.query["now"] or None)
            return self.json({"rows": region_rows(states, now)})

    @app.page("/api/regions")
    class Regions(View):
        async def get(self, request: Request) -> Response:
            try:
                window = parse_window(request.query.get("window"))
                now = parse_day(request.query.get("now"))
            except ValueError as exc:
                return self.json({"error": str(exc)}, status=400)
            states = local_states()
            unreachable: set[str] = set()
            if now is None:
                latest, missing = await ask_peers(LOCAL, {})
                unreachable.update(missing)
                days = [local_latest(states), *(parse_day(r["latest"]) for r in latest)]
                known = [d for d in days if d is not None]
                now = max(known) if known else None
            rows = region_rows(states, now)
            remotes, missing = await ask_peers(LOCAL, {"now": now.isoformat() if now else ""})
            unreachable.update(missing)
            for remote in remotes:
                rows.update(remote["rows"])
            names = await asyncio.get_running_loop().run_in_executor(None, place_names, list(rows))
            answer = regions_answer(rows, now, window, names)
            if unreachable:  # say so rather than fail: the page keeps showing what is known
                answer["partial"] = True
                answer["unreachable_workers"] = sorted(unreachable)
            return self.json(answer)

    @app.page("/api/regions/{code}")
    class Region(View):
        @app.table_route(table=table, match_info="code")  # type: ignore[arg-type]
        async def get(self, request: Request, code: str) -> Response:
            try:
                now = parse_day(request.query.get("now"))
            except ValueError as exc:
                return self.json({"error": str(exc)}, status=400)
            state = table.get(code)
            if state is None:
                return self.json({"error": f"no events for region {code!r}"}, status=404)
            names = await asyncio.get_running_loop().run_in_executor(None, place_names, [code])
            return self.json(region_detail(state, now, names.get(code)))


def update_lag(app: faust.App, w: Wiring) -> None:
    """Consumer lag per input partition: the broker's high watermark minus our committed offset."""
    consumer = app.consumer
    for tp in consumer.assignment():
        if tp.topic != w.articles.get_topic_name():
            continue
        highwater = consumer.highwater(tp)
        committed = consumer._committed_offset.get(tp)  # type: ignore[attr-defined]  # no public accessor
        if highwater is not None:
            w.metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(
                max(0, highwater - (committed or 0))
            )
