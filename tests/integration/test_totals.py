"""Live totals on a real broker equal the offline tally, whatever the redelivery."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import orjson
from harness import Worker, consume_until, run, settings_env, settings_of

from streams.aggregate import tally
from streams.cli import SAMPLES
from streams.codec import decode_article
from streams.extract import extract
from streams.models import Event
from streams.sender import send_lines


def _wait_for(worker: Worker, want: dict[str, object], now: str, timeout: float = 90.0) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    got: dict[str, object] = {}
    while time.monotonic() < deadline:
        worker.assert_alive()
        got = worker.get_json(f"/api/regions?now={now}")["regions"]
        if got == want:
            return got
        time.sleep(0.5)
    raise AssertionError(f"API totals never matched the offline tally:\n got {got}\nwant {want}")


def _samples_and_tally() -> tuple[list[bytes], list[Event], str, dict[str, Any]]:
    """The bundled sample articles, their offline events, the latest day and the offline tally's regions."""
    articles = [line for line in SAMPLES.read_bytes().splitlines() if line.strip()]
    events = [e for line in articles for e in extract(decode_article(line))]
    now = max(e.date or e.published_at for e in events if (e.date or e.published_at)).isoformat()
    return articles, events, now, tally(events, now=dt.date.fromisoformat(now))["regions"]


def test_the_same_articles_sent_three_times_are_counted_once(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    env = settings_env(kafka_bootstrap, topic_prefix)
    settings = settings_of(env)
    articles, events, now, want = _samples_and_tally()
    assert any(m["all"]["killed"] > 0 for m in want.values())

    for _ in range(3):
        run(
            send_lines(
                articles,
                bootstrap=kafka_bootstrap,
                topic=settings.articles_topic,
                partitions=settings.partitions,
            )
        )
    worker = Worker(env, tmp_path).start()
    try:
        worker.wait_ready()
        _wait_for(worker, want, now)
        busiest = max(want, key=lambda code: want[code]["all"]["incidents"])
        assert want[busiest]["all"]["incidents"] > 0
        detail = worker.get_json(f"/api/regions/{busiest}?now={now}")
        assert len(detail["incidents"]) == want[busiest]["all"]["incidents"]
        evidence = {r["evidence"] for i in detail["incidents"] for r in i["reports"]}
        assert evidence <= {e.evidence for e in events}, "every figure carries its sentence"

        records = run(
            consume_until(
                kafka_bootstrap,
                settings.totals_topic,
                lambda rs: {r.key for r in rs} >= {k.encode() for k in want},
            )
        )
        last = {r.key.decode(): orjson.loads(r.value) for r in records}
        for code, windows in want.items():
            assert last[code]["windows"]["all"] == windows["all"], f"totals topic for {code}"
    finally:
        worker.stop()


def test_two_workers_serve_the_same_totals_as_one(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    """Partitions (and region tables) split between two workers: either worker's API merges the other's
    regions and routes region requests, and the totals equal the offline tally."""
    env = settings_env(kafka_bootstrap, topic_prefix)
    settings = settings_of(env)
    articles, _, now, want = _samples_and_tally()

    workers = [Worker(env, tmp_path, name=name).start() for name in ("one", "two")]
    try:
        for worker in workers:
            worker.wait_ready()
        run(send_lines(articles, bootstrap=kafka_bootstrap, topic=settings.articles_topic,
                       partitions=settings.partitions))  # fmt: skip
        for worker in workers:
            _wait_for(worker, want, now)
        shares = [set(w.get_json(f"/api/_local/regions?now={now}")["rows"]) for w in workers]
        assert all(shares) and not shares[0] & shares[1], f"regions split between the workers: {shares}"
        assert shares[0] | shares[1] == set(want)
        for code in want:  # each region answered by both, whichever owns it
            details = [w.get_json(f"/api/regions/{code}?now={now}") for w in workers]
            assert details[0] == details[1]
            assert details[0]["windows"] == want[code], code
    finally:
        for worker in workers:
            worker.stop()
