"""Suite-wide test configuration and the real-broker fixtures.

Tests under ``tests/integration/`` and ``tests/faults/`` are marked ``integration`` (they need a real
broker; deselect with ``-m "not integration"``); those under ``tests/faults/`` are also marked ``faults``.

The broker fixtures live here, not in ``tests/integration/conftest.py``, so that ``tests/faults/`` shares
the same session broker. ``kafka_bootstrap`` (session) picks, in order:

1. ``KAFKA_BOOTSTRAP_SERVERS`` from the environment, if set (an existing cluster);
2. a Docker container of the official ``apache/kafka`` image (KRaft), if a Docker engine answers;
3. ``LocalKafka``: a real broker from Maven Central jars as a child process (``streams.kafka``).

``local_kafka`` (session) is the ``LocalKafka`` object itself, for tests that kill or restart the
broker; it is the same broker as ``kafka_bootstrap`` when that one is local. A test that leaves it
stopped or killed gets it started again afterwards (``local_kafka_guard``). Nothing is started
unless a test asks for one of these fixtures.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Run from a plain checkout too (``.venv/bin/pytest`` without ``pip install -e .``).
if importlib.util.find_spec("streams") is None:
    sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from streams.kafka.broker import LocalKafka

_INTEGRATION_DIRS = (ROOT / "tests" / "integration", ROOT / "tests" / "faults")
_FAULTS_DIR = ROOT / "tests" / "faults"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.path)).resolve()
        if any(path.is_relative_to(d) for d in _INTEGRATION_DIRS):
            item.add_marker(pytest.mark.integration)
        if path.is_relative_to(_FAULTS_DIR):
            item.add_marker(pytest.mark.faults)


KAFKA_IMAGE = "apache/kafka:4.1.1"
PARTITIONS = 2


def _docker_engine() -> Any | None:
    """A docker SDK client if a Docker engine answers a ping, else None (errors swallowed)."""
    try:
        import docker

        client = docker.from_env(timeout=3)
        client.ping()
        return client
    except Exception:
        return None


class _Brokers:
    """Brokers started for this session, created on first use and stopped at its end."""

    def __init__(self) -> None:
        self.local: LocalKafka | None = None
        self.container: Any | None = None

    def local_kafka(self) -> LocalKafka:
        from streams.kafka.broker import LocalKafka

        if self.local is None:
            self.local = LocalKafka(partitions=PARTITIONS)
        if not self.local.running:
            self.local.start()
        return self.local

    def docker_kafka(self) -> str:
        # testcontainers' KafkaContainer drives Confluent images (/etc/confluent/docker/...), so the
        # official apache/kafka image is configured here through its KAFKA_* environment variables.
        # The listener is advertised on the same host port it is published on.
        import asyncio

        from testcontainers.core.container import DockerContainer

        from streams.kafka.admin import wait_for_broker
        from streams.kafka.broker import _free_port

        port = _free_port()
        container = (
            DockerContainer(KAFKA_IMAGE)
            .with_bind_ports(port, port)
            .with_envs(
                KAFKA_NODE_ID="1",
                KAFKA_PROCESS_ROLES="broker,controller",
                KAFKA_LISTENERS=f"PLAINTEXT://0.0.0.0:{port},CONTROLLER://0.0.0.0:9093",
                KAFKA_ADVERTISED_LISTENERS=f"PLAINTEXT://127.0.0.1:{port}",
                KAFKA_CONTROLLER_LISTENER_NAMES="CONTROLLER",
                KAFKA_LISTENER_SECURITY_PROTOCOL_MAP="CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                KAFKA_CONTROLLER_QUORUM_VOTERS="1@localhost:9093",
                KAFKA_NUM_PARTITIONS=str(PARTITIONS),
                KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR="1",
                KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR="1",
                KAFKA_TRANSACTION_STATE_LOG_MIN_ISR="1",
                KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS="0",
            )
        )
        container.start()
        self.container = container
        bootstrap = f"127.0.0.1:{port}"
        asyncio.run(wait_for_broker(bootstrap, timeout=120))
        return bootstrap

    def close(self) -> None:
        if self.local is not None:
            self.local.close()
        if self.container is not None:
            self.container.stop()


@pytest.fixture(scope="session")
def _kafka_brokers() -> Iterator[_Brokers]:
    brokers = _Brokers()
    try:
        yield brokers
    finally:
        brokers.close()


@pytest.fixture(scope="session")
def kafka_bootstrap(_kafka_brokers: _Brokers) -> str:
    """Bootstrap servers of a real Kafka broker for this test session."""
    env = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if env:
        return env
    if _docker_engine() is not None:
        return _kafka_brokers.docker_kafka()
    return _kafka_brokers.local_kafka().bootstrap_servers


@pytest.fixture(scope="session")
def local_kafka(_kafka_brokers: _Brokers) -> LocalKafka:
    """The session's LocalKafka broker itself (for tests that kill or restart it)."""
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        pytest.skip(
            "KAFKA_BOOTSTRAP_SERVERS points at an external cluster; broker kill/restart tests need the "
            "local broker (unset KAFKA_BOOTSTRAP_SERVERS to run them)"
        )
    return _kafka_brokers.local_kafka()


@pytest.fixture(autouse=True)
def local_kafka_guard(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test that used ``local_kafka``, start it again if the test left it down."""
    yield
    if "local_kafka" in request.fixturenames:
        kafka: LocalKafka = request.getfixturevalue("local_kafka")
        if not kafka.running:
            kafka.start()


@pytest.fixture
def topic_prefix() -> str:
    """A unique prefix for this test's topic and group names, e.g. ``t-1a2b3c4d5e6f-``."""
    return f"t-{uuid.uuid4().hex[:12]}-"
