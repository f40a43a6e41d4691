"""Fixtures of the fault tests (the broker fixtures come from ``tests/conftest.py``; not redefined here)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from faultkit import FAST_FAILOVER
from harness import Worker, settings_env


@pytest.fixture
def fault_env(kafka_bootstrap: str, topic_prefix: str) -> dict[str, str]:
    """This test's topics and group, with fast failover (6 s sessions) and a 64 KiB message limit."""
    return settings_env(kafka_bootstrap, topic_prefix, **FAST_FAILOVER)


@pytest.fixture
def spawn(tmp_path: Path) -> Iterator[Callable[..., Worker]]:
    """``spawn(env, name)`` starts a worker; every worker is killed at teardown, whatever happened."""
    workers: list[Worker] = []

    def start(env: dict[str, str], name: str = "worker") -> Worker:
        worker = Worker(env, tmp_path, name=name).start()
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.kill()
