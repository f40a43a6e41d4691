"""Shared machinery of the fault tests: input plans, a paced background sender, and the exactness check.

A *plan* is everything a test sends: copies of the bundled sample articles (distinct ids, varied
publication dates), optional poison messages, and synthetic ``Event`` messages written straight to the
events topic (``extractor_version="test"``; many regions, incidents reported by several articles, some
events sent twice). The synthetic events add regions, revised tolls and stocks to the articles' own
events, so that the totals exercise the whole aggregation.

What the worker must end with is computed offline from the plan alone:
``tally(offline extract of every good article + the distinct synthetic events, now=FIXED_NOW)``.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import random
import threading
import time
import urllib.error
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from harness import Worker

from streams.aggregate import tally
from streams.cli import SAMPLES
from streams.codec import encode
from streams.errors import InvalidMessage
from streams.kafka.admin import consumer_lag, ensure_topics, read_all
from streams.models import Event
from streams.processing import process
from streams.settings import Settings

FIXED_NOW = dt.date(2025, 5, 1)
"""The ``now`` of every comparison: the API is asked ``?now=FIXED_NOW`` and ``tally(..., now=FIXED_NOW)``."""
MAX_BYTES = 64 * 1024
"""The workers' ``max_message_bytes`` in these tests (so a "huge" poison message stays cheap)."""

# Fast failover: the broker's minimum session timeout (group.min.session.timeout.ms) is 6 s.
FAST_FAILOVER = {
    "CONFLICT_STREAMS_SESSION_TIMEOUT_S": "6",
    "CONFLICT_STREAMS_HEARTBEAT_INTERVAL_S": "1",
    "CONFLICT_STREAMS_MAX_MESSAGE_BYTES": str(MAX_BYTES),
    "CONFLICT_STREAMS_DLQ_MAX_RATIO": "1.0",
    # Keep all detail: the plan's reports of one incident arrive in random order over 60 days of
    # publication dates, and a report later than the retention horizon cannot find its archived incident
    # (see ``streams.aggregate.reducer.prune_in_place``) -- exactness against ``tally`` needs no pruning.
    "CONFLICT_STREAMS_RETENTION_DAYS": "0",
}

# (country, region, region name, place names) of the synthetic events; None region = country-level.
REGIONS: list[tuple[str, str | None, str | None, list[str]]] = [
    ("SY", "SY-ID", "Idlib", ["Saraqib", "Maarat", "Ariha", "Jisr Shughur", "Sarmin"]),
    ("SY", "SY-HL", "Aleppo", ["Atarib", "Azaz", "Manbij", "Bab", "Afrin"]),
    ("UA", "UA-14", "Donetsk", ["Bakhmut", "Avdiivka", "Pokrovsk", "Toretsk", "Vuhledar"]),
    ("SD", "SD-DS", "South Darfur", ["Nyala", "Kass", "Buram", "Tulus", "Edd Fursan"]),
    ("YE", None, None, ["Hodeidah", "Taiz", "Marib", "Saada", "Aden"]),
    ("SO", "SO-BN", "Banaadir", ["Mogadishu", "Hodan", "Wadajir", "Karaan", "Shibis"]),
]
VIOLENT = ["armed_clash", "shelling_artillery", "airstrike_drone", "bombing_explosion", "attack_on_civilians"]


# -- the plan -------------------------------------------------------------------------------------------


@dataclass
class Item:
    """One message to send: ``kind`` is "article", "poison" or "event"."""

    kind: str
    key: bytes | None
    value: bytes | None
    label: str = ""
    offsets: list[tuple[int, int]] = field(default_factory=list)  # (partition, offset) of each copy sent


@dataclass
class Plan:
    items: list[Item]
    articles: list[Item]
    poison: list[Item]
    synthetic: list[Event]  # distinct synthetic events (each sent once or twice)

    def extracted(self) -> dict[str, Event]:
        """Offline: the events of every good article, by event id (what the worker must publish)."""
        out: dict[str, Event] = {}
        for item in self.articles:
            out.update((e.event_id, e) for e in process(item.value, max_bytes=MAX_BYTES))
        return out

    def expected_regions(self) -> dict[str, Any]:
        events = {**self.extracted(), **{e.event_id: e for e in self.synthetic}}
        return tally(events.values(), now=FIXED_NOW)["regions"]  # type: ignore[no-any-return]


def article_copies(n: int, tag: str, rng: random.Random) -> list[Item]:
    """``n`` sample articles with distinct ids and publication dates spread over the 60 days to FIXED_NOW."""
    samples = [orjson.loads(line) for line in SAMPLES.read_bytes().splitlines() if line.strip()]
    items = []
    for i in range(n):
        article = dict(samples[i % len(samples)])
        article["id"] = f"{article['id']}~{tag}{i}"
        article["published_at"] = (FIXED_NOW - dt.timedelta(days=rng.randrange(60))).isoformat()
        value = orjson.dumps(article)
        items.append(Item("article", article["id"].encode(), value, article["id"]))
    return items


def synthetic_events(incidents: int, tag: str, rng: random.Random) -> list[Event]:
    """Incidents in several regions, each reported by 1-3 "articles" (revised tolls), plus stocks."""
    events: list[Event] = []
    for k in range(incidents):
        country, region, name, places = REGIONS[k % len(REGIONS)]
        day = FIXED_NOW - dt.timedelta(days=rng.randrange(45))
        place = f"{rng.choice(places)} {_word(k)}"
        kind = rng.choice(VIOLENT)
        killed = rng.randrange(1, 40)
        for j in range(rng.randrange(1, 4)):
            killed = max(0, killed + rng.randrange(-3, 8))  # later reports revise the toll
            events.append(
                Event(
                    event_id=f"syn-{tag}-{k}-{j}",
                    article_id=f"syn-article-{tag}-{k}-{j}",
                    source=rng.choice(["AFP", "Reuters", "AP", "local monitor"]),
                    published_at=day + dt.timedelta(days=j),
                    event_type=kind,
                    country=country,
                    region=region,
                    region_name=name,
                    place=place,
                    date=day,
                    killed=killed,
                    killed_qualifier="at_least" if j else "exact",
                    wounded=rng.choice([None, rng.randrange(0, 60)]),
                    verified=rng.random() > 0.15,
                    previously_reported=rng.random() < 0.05,
                    actors=[rng.choice(["government forces", "rebels", "militia", "drone unit"])],
                    evidence=f"At least {killed} people were killed in {place}.",
                    confidence=0.8,
                    extractor_version="test",
                )
            )
        if k % 7 == 0:  # a cumulative displacement figure now and then (a stock, never summed)
            events.append(
                Event(
                    event_id=f"syn-{tag}-{k}-stock",
                    article_id=f"syn-article-{tag}-{k}-stock",
                    published_at=day,
                    event_type="displacement",
                    country=country,
                    region=region,
                    region_name=name,
                    date=day,
                    displaced=rng.randrange(1000, 90000),
                    displaced_kind="cumulative",
                    displaced_unit="people",
                    evidence="Tens of thousands have fled since the offensive began.",
                    extractor_version="test",
                )
            )
    return events


def _word(k: int) -> str:
    """A distinctive alphabetic word per incident, so different incidents name different places."""
    letters = "bcdfghjklmnprstvz"
    out = ""
    k += len(letters)
    while k:
        k, r = divmod(k, len(letters))
        out += letters[r] + "aeiou"[r % 5]
    return out.capitalize()


def event_items(events: list[Event], rng: random.Random, duplicate_share: float = 0.25) -> list[Item]:
    items = [Item("event", e.place_key.encode(), encode(e), e.event_id) for e in events]
    items += [
        Item("event", e.place_key.encode(), encode(e), e.event_id)
        for e in events
        if rng.random() < duplicate_share
    ]
    return items


def build_plan(
    seed: int, *, articles: int = 240, incidents: int = 60, poison: list[Item] | None = None
) -> Plan:
    """A shuffled plan; duplicates of a synthetic event come after it in some runs, before in others."""
    rng = random.Random(seed)
    tag = f"s{seed}-"
    arts = article_copies(articles, tag, rng)
    synthetic = synthetic_events(incidents, tag, rng)
    items = [*arts, *(poison or []), *event_items(synthetic, rng)]
    rng.shuffle(items)
    return Plan(items=items, articles=arts, poison=list(poison or []), synthetic=synthetic)


# -- sending ----------------------------------------------------------------------------------------------


class StreamSender(threading.Thread):
    """Send a plan's items in small paced batches over ``duration`` seconds, in a thread of its own.

    A batch that fails (broker down, timeout) is sent again after a pause: input may then be duplicated,
    never lost, which is what an at-least-once ingester does. ``offsets`` of each item record every copy.
    Events go with ``acks=events_acks`` (``"1"`` lets them through while a topic refuses ``acks=all``).
    """

    def __init__(
        self,
        bootstrap: str,
        settings: Settings,
        plan: Plan,
        duration: float = 8.0,
        batch: int = 10,
        events_acks: int | str = "all",
    ) -> None:
        super().__init__(daemon=True, name="stream-sender")
        self.bootstrap = bootstrap
        self.settings = settings
        self.plan = plan
        self.duration = duration
        self.batch = batch
        self.events_acks = events_acks
        self.sent = 0
        self.resends = 0
        self.error: BaseException | None = None
        self.started_at = 0.0
        self.finished_at = 0.0

    def run(self) -> None:
        try:
            asyncio.run(self._run())
        except BaseException as exc:  # reported by join_ok()
            self.error = exc

    def join_ok(self, timeout: float = 180.0) -> None:
        self.join(timeout)
        assert not self.is_alive(), f"sender still running after {timeout}s ({self.sent} sent)"
        if self.error is not None:
            raise AssertionError(f"sender failed after {self.sent} items: {self.error!r}") from self.error

    async def _run(self) -> None:
        s = self.settings
        await ensure_topics(self.bootstrap, {s.articles_topic: s.partitions, s.events_topic: s.partitions})
        producers = {
            "all": AIOKafkaProducer(
                bootstrap_servers=self.bootstrap,
                acks="all",
                enable_idempotence=True,
                linger_ms=5,
                max_request_size=4 * 1024 * 1024,
                request_timeout_ms=15_000,
                retry_backoff_ms=200,
            ),
        }
        if self.events_acks != "all":
            producers["events"] = AIOKafkaProducer(
                bootstrap_servers=self.bootstrap,
                acks=int(self.events_acks),
                linger_ms=5,
                request_timeout_ms=15_000,
                retry_backoff_ms=200,
            )
        for p in producers.values():
            await p.start()
        items = self.plan.items
        batches = [items[i : i + self.batch] for i in range(0, len(items), self.batch)]
        pause = self.duration / max(1, len(batches))
        self.started_at = time.monotonic()
        try:
            for n, chunk in enumerate(batches):
                await self._send_batch(producers, chunk)
                self.sent += len(chunk)
                delay = self.started_at + (n + 1) * pause - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
        finally:
            self.finished_at = time.monotonic()
            for p in producers.values():
                await p.stop()

    async def _send_batch(self, producers: dict[str, AIOKafkaProducer], chunk: list[Item]) -> None:
        s = self.settings
        deadline = time.monotonic() + 120
        while True:
            try:
                futures = []
                for item in chunk:
                    topic = s.events_topic if item.kind == "event" else s.articles_topic
                    producer = (
                        producers.get("events", producers["all"])
                        if item.kind == "event"
                        else (producers["all"])
                    )
                    futures.append((item, await producer.send(topic, item.value, key=item.key)))
                for item, future in futures:
                    meta = await future
                    item.offsets.append((meta.partition, meta.offset))
                return
            except KafkaError:
                if time.monotonic() > deadline:
                    raise
                self.resends += 1
                await asyncio.sleep(0.5)


# -- checking ---------------------------------------------------------------------------------------------


def wait_consumed(bootstrap: str, settings: Settings, timeout: float = 120.0) -> None:
    """Until the app's group committed the end of the articles and the events topics."""
    deadline = time.monotonic() + timeout
    lag: Any = None
    while time.monotonic() < deadline:
        try:
            lag = {
                topic: asyncio.run(consumer_lag(bootstrap, settings.app_id, topic))
                for topic in (settings.articles_topic, settings.events_topic)
            }
        except (KafkaError, OSError, TimeoutError) as exc:  # the broker may be restarting
            lag = repr(exc)
        else:
            if not any(v > 0 for per in lag.values() for v in per.values()):
                return
        time.sleep(0.5)
    raise AssertionError(f"the worker did not consume everything within {timeout}s: lag {lag}")


def api_regions(worker: Worker) -> dict[str, Any]:
    return worker.get_json(f"/api/regions?now={FIXED_NOW.isoformat()}")["regions"]  # type: ignore[no-any-return]


def wait_api_equals(worker: Worker, expected: dict[str, Any], timeout: float = 60.0) -> float:
    """Poll ``/api/regions`` until its ``regions`` equal ``expected``; return the seconds it took.

    Totals are a function of the set of events applied, so once everything is consumed they must reach
    ``expected`` exactly; a lost event never does, and an event counted twice never goes back down.
    """
    started = time.monotonic()
    got: Any = None
    while time.monotonic() - started < timeout:
        worker.assert_alive()
        try:
            got = api_regions(worker)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            got = repr(exc)
        if got == expected:
            return time.monotonic() - started
        time.sleep(0.5)
    raise AssertionError(
        f"/api/regions never equalled the offline tally within {timeout}s\n{describe_diff(got, expected)}"
    )


def describe_diff(got: Any, expected: dict[str, Any]) -> str:
    if not isinstance(got, dict):
        return f"last answer: {got!r}"
    lines = []
    for code in sorted(set(got) | set(expected)):
        if got.get(code) != expected.get(code):
            lines.append(f"  {code}: got all={_all(got.get(code))} expected all={_all(expected.get(code))}")
    return "differences:\n" + "\n".join(lines[:20])


def _all(windows: Any) -> Any:
    return windows.get("all") if isinstance(windows, dict) else windows


@dataclass
class Outcome:
    events_records: int
    events_by_worker: int
    events_unique_by_worker: int
    dead_letters: int
    dead_letters_unique: int
    totals_records: int


def read_outputs(bootstrap: str, settings: Settings) -> tuple[list[Any], list[Any], list[Any]]:
    return (
        asyncio.run(read_all(bootstrap, settings.events_topic, timeout=60)),
        asyncio.run(read_all(bootstrap, settings.dlq_topic, timeout=60)),
        asyncio.run(read_all(bootstrap, settings.totals_topic, timeout=60)),
    )


def check_accounted(bootstrap: str, settings: Settings, plan: Plan, expected: dict[str, Any]) -> Outcome:
    """Nothing lost, nothing invented, on the topics themselves (the API is checked apart).

    - the events the worker published (``extractor_version != "test"``) are exactly the offline
      extraction of the articles sent, each keyed by its region;
    - every article is accounted for: it has an event in the events topic, or a dead letter, or
      yields no event offline; every poison message has a dead letter with its original bytes;
    - the last totals record of each region equals the final ``all`` totals of that region.
    """
    events, letters, totals = read_outputs(bootstrap, settings)
    offline = plan.extracted()
    published: dict[str, Any] = {}
    ours = 0
    for record in events:
        data = orjson.loads(record.value)
        if data.get("extractor_version") == "test":
            continue
        ours += 1
        assert record.key.decode() == (data["region"] or data["country"] or "ZZ"), "keyed by region"
        published[data["event_id"]] = data
    assert set(published) == set(offline), (
        f"events lost: {sorted(set(offline) - set(published))[:10]}, "
        f"invented: {sorted(set(published) - set(offline))[:10]}"
    )
    for event_id, data in published.items():
        assert data == offline[event_id].model_dump(mode="json"), f"{event_id}: content differs offline"

    letter_sources: Counter[tuple[int, int]] = Counter()
    lettered_ids = set()
    for record in letters:
        letter = orjson.loads(record.value)
        assert letter["error_class"] and letter["reason"]
        assert dict(record.headers)["error_class"].decode() == letter["error_class"]
        letter_sources[(letter["source_partition"], letter["source_offset"])] += 1
        if letter.get("article_id"):
            lettered_ids.add(letter["article_id"])
        letter["_original"] = base64.b64decode(letter["original_b64"])

    with_events = {data["article_id"] for data in published.values()}
    no_events = {a.label for a in plan.articles if not process(a.value, max_bytes=MAX_BYTES)}
    for article in plan.articles:
        assert article.offsets, f"{article.label} was never sent"
        assert article.label in with_events | lettered_ids | no_events, f"article {article.label} lost"
    for item in plan.poison:
        assert any(src in letter_sources for src in item.offsets), (
            f"poison {item.label} at {item.offsets} has no dead letter"
        )

    last: dict[str, Any] = {}
    for record in totals:  # read_all orders by (partition, offset); a region has one partition
        last[record.key.decode()] = orjson.loads(record.value)
    assert set(last) == set(expected), f"totals topic regions {sorted(last)} != {sorted(expected)}"
    for code, message in last.items():
        assert message["windows"]["all"] == expected[code]["all"], f"{code}: last totals message is stale"

    return Outcome(
        events_records=len(events),
        events_by_worker=ours,
        events_unique_by_worker=len(published),
        dead_letters=len(letters),
        dead_letters_unique=len(letter_sources),
        totals_records=len(totals),
    )


def assert_non_trivial(expected: dict[str, Any]) -> None:
    killed = {code: w["all"]["killed"] for code, w in expected.items()}
    assert len(expected) >= 3 and any(v > 0 for v in killed.values()), f"trivial expectation: {killed}"


def is_poison(value: bytes | None) -> bool:
    try:
        process(value, max_bytes=MAX_BYTES)
    except InvalidMessage:
        return True
    return False
