"""The local broker and the admin helpers, against a real Kafka broker."""

from __future__ import annotations

import asyncio
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams.kafka.admin import (
    PartitionCountMismatchError,
    committed_offsets,
    end_offsets,
    ensure_topics,
    read_all,
    wait_for_consumed,
)
from streams.kafka.broker import BrokerStartError, LocalKafka, resource_text

ROOT = Path(__file__).resolve().parents[2]

needs_jdk = pytest.mark.skipif(
    shutil.which("java") is None or shutil.which("mvn") is None,
    reason="LocalKafka needs java and mvn (apt-get install openjdk-17-jdk-headless maven)",
)


async def produce(bootstrap: str, topic: str, n: int, prefix: str = "v") -> None:
    """``n`` records sent in one batch (sends queued first, then awaited together)."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20)
    await producer.start()
    try:
        futures = [
            await producer.send(
                topic, f"{prefix}{i}".encode(), key=f"k{i}".encode(), headers=[("seq", str(i).encode())]
            )
            for i in range(n)
        ]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


@pytest.fixture
def own_kafka() -> Iterator[LocalKafka]:
    """A broker of this test's own, so restarting it does not disturb the session broker."""
    kafka = LocalKafka(partitions=2)
    try:
        yield kafka
    finally:
        kafka.close()
    assert not kafka.data_dir.exists(), "the temporary data dir is removed on close"


@pytest.mark.parametrize("name", ["pom.xml", "log4j2.properties"])
def test_packaged_copies_match_deploy(name: str) -> None:
    """streams/kafka/resources/ (what the code uses) and deploy/kafka/ (the documented copy) agree."""
    assert resource_text(name) == (ROOT / "deploy" / "kafka" / name).read_text("utf-8")


def test_produce_batch_and_read_back(kafka_bootstrap: str, topic_prefix: str) -> None:
    topic = f"{topic_prefix}numbers"

    async def scenario() -> None:
        await ensure_topics(kafka_bootstrap, {topic: 2})
        await ensure_topics(kafka_bootstrap, {topic: 2})  # idempotent
        with pytest.raises(PartitionCountMismatchError):
            await ensure_topics(kafka_bootstrap, {topic: 3})
        await produce(kafka_bootstrap, topic, 10)

        ends = await end_offsets(kafka_bootstrap, topic)
        assert set(ends) == {0, 1}
        assert sum(ends.values()) == 10

        records = await read_all(kafka_bootstrap, topic, timeout=30)
        assert sorted(r.value for r in records) == sorted(f"v{i}".encode() for i in range(10))
        assert {r.partition for r in records} <= {0, 1}
        for r in records:
            assert r.key is not None and r.value is not None
            assert dict(r.headers)["seq"] == r.key[1:], "headers come back"

    asyncio.run(scenario())


def test_committed_offsets_reach_end(kafka_bootstrap: str, topic_prefix: str) -> None:
    topic, group = f"{topic_prefix}work", f"{topic_prefix}group"

    async def scenario() -> None:
        await ensure_topics(kafka_bootstrap, {topic: 2})
        assert await committed_offsets(kafka_bootstrap, group, topic) == {0: 0, 1: 0}
        await produce(kafka_bootstrap, topic, 7)
        consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=kafka_bootstrap,
            group_id=group,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
        )
        await consumer.start()
        try:
            seen = 0
            while seen < 7:
                batch = await asyncio.wait_for(consumer.getmany(timeout_ms=1000), 30)
                seen += sum(len(v) for v in batch.values())
            await consumer.commit()
        finally:
            await consumer.stop()
        await wait_for_consumed(kafka_bootstrap, group, topic, timeout=10)
        assert await committed_offsets(kafka_bootstrap, group, topic) == await end_offsets(
            kafka_bootstrap, topic
        )

    asyncio.run(scenario())


@needs_jdk
def test_restart_and_kill_keep_data(own_kafka: LocalKafka) -> None:
    kafka = own_kafka.start()
    bootstrap, log_path = kafka.bootstrap_servers, kafka.log_path
    topic = "durable"
    asyncio.run(ensure_topics(bootstrap, {topic: 2}))
    asyncio.run(produce(bootstrap, topic, 10, prefix="a"))

    kafka.restart()
    assert kafka.bootstrap_servers == bootstrap and kafka.log_path == log_path, "same ports, same log"
    assert sum(asyncio.run(end_offsets(bootstrap, topic)).values()) == 10
    asyncio.run(produce(bootstrap, topic, 5, prefix="b"))

    pid = kafka.pid
    kafka.kill()
    assert not kafka.running
    kafka.start()
    assert kafka.pid != pid
    values = sorted(r.value for r in asyncio.run(read_all(bootstrap, topic)) if r.value is not None)
    assert values == sorted([f"a{i}".encode() for i in range(10)] + [f"b{i}".encode() for i in range(5)])
    assert "Kafka Server started" in log_path.read_text(), "the broker logs through Log4j 2"


@needs_jdk
def test_start_failure_names_the_log(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        kafka = LocalKafka(port=port, data_dir=tmp_path / "k", start_timeout=60)
        try:
            with pytest.raises(BrokerStartError) as info:
                kafka.start()
        finally:
            kafka.close()
    message = str(info.value)
    assert str(kafka.log_path) in message
    assert info.value.log_path == kafka.log_path
    assert "Address already in use" in message, "the log's last lines are in the message"
    assert not kafka.running


@needs_jdk
def test_invalid_config_is_a_start_error(tmp_path: Path) -> None:
    kafka = LocalKafka(data_dir=tmp_path / "k", config={"num.partitions": "many"})
    try:
        with pytest.raises(BrokerStartError) as info:
            kafka.start()
    finally:
        kafka.close()
    assert str(kafka.log_path) in str(info.value)
    assert "num.partitions" in str(info.value)
