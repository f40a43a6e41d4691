"""Small async Kafka admin helpers (aiokafka 0.14): topics, broker readiness, offsets, reading a topic.

Used by the app to create its topics before the first send (an auto-created topic gets the broker's
default partition count, which makes Faust fail with PartitionsMismatch) and by the integration tests
to check that a consumer group's committed offsets reached the end of a topic.

Topic metadata is always read with an all-topics metadata request: a request naming a topic can
auto-create it on a broker with ``auto.create.topics.enable=true``.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import KafkaError, TopicAlreadyExistsError, for_code

__all__ = [
    "PartitionCountMismatchError",
    "committed_offsets",
    "consumer_lag",
    "end_offsets",
    "ensure_topics",
    "probe",
    "read_all",
    "set_topic_config",
    "topic_partitions",
    "wait_for_broker",
    "wait_for_consumed",
]

_TOPIC_ALREADY_EXISTS = TopicAlreadyExistsError.errno


class PartitionCountMismatchError(RuntimeError):
    """A topic exists with another partition count than the one asked for."""


@contextlib.asynccontextmanager
async def _admin(bootstrap: str, request_timeout_ms: int = 30_000) -> AsyncIterator[AIOKafkaAdminClient]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=request_timeout_ms)
    await admin.start()
    try:
        yield admin
    finally:
        await admin.close()


async def _all_topics(admin: AIOKafkaAdminClient) -> dict[str, dict[str, Any]]:
    topics = await admin.describe_topics()  # no names: all topics, never auto-creates one
    return {t["topic"]: t for t in topics}


async def probe(bootstrap: str, timeout: float = 3.0) -> bool:
    """One attempt: does the broker answer a metadata request listing at least one broker?"""
    host, _, port = bootstrap.split(",")[0].strip().rpartition(":")
    try:
        # A plain TCP connect first: cheap, and spares the aiokafka error log while nothing listens.
        _, writer = await asyncio.wait_for(asyncio.open_connection(host or "127.0.0.1", int(port)), timeout)
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()

        async def ask() -> bool:
            async with _admin(bootstrap, request_timeout_ms=max(500, int(timeout * 1000))) as admin:
                cluster = await admin.describe_cluster()
                return bool(cluster.get("brokers"))

        return await asyncio.wait_for(ask(), timeout)
    except (TimeoutError, OSError, KafkaError, ValueError):
        return False


async def wait_for_broker(bootstrap: str, timeout: float = 60.0) -> None:
    """Wait until the broker answers metadata requests; ``TimeoutError`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if await probe(bootstrap, timeout=min(3.0, max(0.5, left))):
            return
        if time.monotonic() >= deadline:
            raise TimeoutError(f"no Kafka broker answered at {bootstrap} within {timeout:.0f} s")
        await asyncio.sleep(0.2)


async def topic_partitions(bootstrap: str, topic: str) -> list[int]:
    """The partition ids of ``topic`` (``KeyError`` if it does not exist); does not auto-create it."""
    async with _admin(bootstrap) as admin:
        info = (await _all_topics(admin)).get(topic)
    if info is None or info["error_code"]:
        raise KeyError(f"topic {topic!r} does not exist at {bootstrap}")
    return sorted(p["partition"] for p in info["partitions"])


async def ensure_topics(
    bootstrap: str,
    topics: dict[str, int],
    replication: int = 1,
    *,
    strict: bool = True,
    timeout: float = 30.0,
) -> None:
    """Create the missing ``topics`` (name -> partition count); idempotent.

    Returns once every topic has a leader for each of its partitions. With ``strict`` (the default) a
    topic that already exists with another partition count raises ``PartitionCountMismatchError``.
    """
    if not topics:
        return
    async with _admin(bootstrap) as admin:
        existing = await _all_topics(admin)
        missing = [name for name in topics if name not in existing]
        if missing:
            resp = await admin.create_topics(
                [NewTopic(name, topics[name], replication) for name in missing],
                timeout_ms=int(timeout * 1000),
            )
            for err in resp.topic_errors:
                name, code = err[0], err[1]
                if code and code != _TOPIC_ALREADY_EXISTS:
                    message = err[2] if len(err) > 2 else ""
                    raise for_code(code)(f"creating topic {name!r}: {message}")
        deadline = time.monotonic() + timeout
        while True:
            existing = await _all_topics(admin)
            pending = []
            for name, want in topics.items():
                info = existing.get(name)
                parts = info["partitions"] if info and not info["error_code"] else []
                if strict and parts and len(parts) != want and name not in missing:
                    raise PartitionCountMismatchError(
                        f"topic {name!r} exists with {len(parts)} partitions, expected {want}"
                    )
                if len(parts) < want or any(p["leader"] < 0 for p in parts):
                    pending.append(name)
            if not pending:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"topics {pending} not ready at {bootstrap} within {timeout:.0f} s")
            await asyncio.sleep(0.1)


@contextlib.asynccontextmanager
async def _consumer(
    bootstrap: str, isolation_level: str = "read_uncommitted"
) -> AsyncIterator[AIOKafkaConsumer]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level=isolation_level,
    )
    await consumer.start()
    try:
        yield consumer
    finally:
        await consumer.stop()


async def end_offsets(
    bootstrap: str, topic: str, *, isolation_level: str = "read_uncommitted"
) -> dict[int, int]:
    """Partition -> end offset (offset of the next record; the last stable offset if read_committed)."""
    tps = [TopicPartition(topic, p) for p in await topic_partitions(bootstrap, topic)]
    async with _consumer(bootstrap, isolation_level) as consumer:
        ends = await consumer.end_offsets(tps)
    return {tp.partition: int(off) for tp, off in sorted(ends.items())}


async def committed_offsets(
    bootstrap: str, group: str, topic: str, *, timeout: float = 15.0
) -> dict[int, int]:
    """Partition -> offset the consumer ``group`` committed for ``topic``.

    Every partition of the topic is listed; one the group never committed is reported as 0 (where a
    consumer with ``auto_offset_reset="earliest"`` would start), so the result compares directly with
    ``end_offsets``. Retriable coordinator errors are retried for up to ``timeout`` seconds.
    """
    partitions = await topic_partitions(bootstrap, topic)
    deadline = time.monotonic() + timeout
    async with _admin(bootstrap) as admin:
        while True:
            try:
                offsets = await admin.list_consumer_group_offsets(
                    group, partitions=[TopicPartition(topic, p) for p in partitions]
                )
                break
            except KafkaError as exc:
                # The first FindCoordinator creates __consumer_offsets: "not available" for a moment.
                if not exc.retriable or time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.2)
    result = dict.fromkeys(partitions, 0)
    for tp, meta in offsets.items():
        if tp.topic == topic and meta.offset >= 0:
            result[tp.partition] = int(meta.offset)
    return result


async def consumer_lag(bootstrap: str, group: str, topic: str, *, timeout: float = 15.0) -> dict[int, int]:
    """Partition -> records of ``topic`` after the offset the group committed (what it has yet to do).

    Counted by reading them, ``read_committed``: a transactional producer (``exactly_once``) leaves a
    commit marker at the end of a partition, which takes an offset but is no record, and records of
    aborted transactions are no work either -- ``end offset - committed`` would report both as lag.
    """
    ends = await end_offsets(bootstrap, topic)
    committed = await committed_offsets(bootstrap, group, topic)
    lag = {p: ends[p] - committed.get(p, 0) for p in ends}
    behind = {p: (committed.get(p, 0), ends[p]) for p, n in lag.items() if n > 0}
    if not behind:
        return lag
    async with _consumer(bootstrap, "read_committed") as consumer:
        tps = {p: TopicPartition(topic, p) for p in behind}
        consumer.assign(list(tps.values()))
        for p, (start, _) in behind.items():
            consumer.seek(tps[p], start)
        counts = dict.fromkeys(behind, 0)
        pending = set(behind)
        deadline = time.monotonic() + timeout
        while pending and time.monotonic() < deadline:
            batch = await consumer.getmany(*[tps[p] for p in pending], timeout_ms=200)
            for tp, records in batch.items():
                counts[tp.partition] += sum(1 for r in records if r.offset < behind[tp.partition][1])
            for p in list(pending):
                if await consumer.position(tps[p]) >= behind[p][1]:
                    pending.discard(p)
        if pending:  # not read to the end in time: report the offset difference, an upper bound
            counts.update({p: lag[p] for p in pending})
    return {**lag, **counts}


async def wait_for_consumed(bootstrap: str, group: str, topic: str, timeout: float = 60.0) -> None:
    """Wait until ``group`` committed the end offset of every partition of ``topic``."""
    deadline = time.monotonic() + timeout
    while True:
        lag = await consumer_lag(bootstrap, group, topic)
        if not any(lag.values()):
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"group {group!r} still lags on {topic!r} after {timeout:.0f} s: {lag}")
        await asyncio.sleep(0.25)


async def read_all(
    bootstrap: str,
    topic: str,
    timeout: float = 30.0,
    *,
    isolation_level: str = "read_uncommitted",
) -> list[ConsumerRecord[bytes, bytes]]:
    """Every record of ``topic`` from the beginning to its end offsets at call time, headers included.

    Ordered by (partition, offset). No consumer group is used and nothing is committed.
    ``TimeoutError`` if the end is not reached within ``timeout`` seconds.
    """
    tps = [TopicPartition(topic, p) for p in await topic_partitions(bootstrap, topic)]
    records: list[ConsumerRecord[bytes, bytes]] = []
    async with _consumer(bootstrap, isolation_level) as consumer:
        consumer.assign(tps)
        ends = await consumer.end_offsets(tps)
        await consumer.seek_to_beginning(*tps)
        deadline = time.monotonic() + timeout
        remaining = {tp for tp in tps if ends[tp] > 0}
        while remaining:
            for tp in list(remaining):
                if await consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
            if not remaining:
                break
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"read {len(records)} records of {topic!r} but not the end within {timeout:.0f} s"
                )
            batch = await consumer.getmany(*remaining, timeout_ms=500)
            for tp, recs in batch.items():
                records.extend(r for r in recs if r.offset < ends[tp])
    records.sort(key=lambda r: (r.partition, r.offset))
    return records


async def set_topic_config(bootstrap: str, topic: str, configs: dict[str, str]) -> None:
    """Set ``topic``'s dynamic configuration to ``configs`` (AlterConfigs replaces the topic's whole
    dynamic set: keys left out return to the broker's defaults)."""
    async with _admin(bootstrap) as admin:
        responses = await admin.alter_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topic, configs=configs)]
        )
    for response in responses:
        for resource in response.resources:
            code, message = resource[0], resource[1]
            if code:
                raise for_code(code)(f"altering topic {topic!r} config: {message}")
