"""Test harness: real worker processes (``python -m streams worker``) on a real broker.

Each test gets its own topic names and consumer group (a unique prefix), and each worker its own web
port and data directory, so tests never see each other's messages.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer

from streams.bench.e2e import free_port, topic_env
from streams.settings import Settings


def settings_env(bootstrap: str, prefix: str, **extra: str) -> dict[str, str]:
    """Environment naming this test's topics and group (two partitions), plus ``extra``."""
    return {**topic_env(bootstrap, prefix, partitions=2), **extra}


def settings_of(env: dict[str, str]) -> Settings:
    saved = dict(os.environ)
    try:
        os.environ.update(env)
        return Settings()
    finally:
        os.environ.clear()
        os.environ.update(saved)


class Worker:
    """One worker process; ``kill()`` is SIGKILL, ``stop()`` a clean shutdown."""

    def __init__(self, env: dict[str, str], workdir: Path, name: str = "worker") -> None:
        self.port = free_port()
        self.workdir = workdir
        self.log_path = workdir / f"{name}-{self.port}.log"
        self.env = {
            **os.environ,
            **env,
            "CONFLICT_STREAMS_WEB_PORT": str(self.port),
            "CONFLICT_STREAMS_DATA_DIR": str(workdir / f"data-{name}-{self.port}"),
        }
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Worker:
        log = open(self.log_path, "ab")  # noqa: SIM115 - owned by the child
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streams", "worker"],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        return self

    def wait_ready(self, timeout: float = 90.0) -> Worker:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.assert_alive()
            if b"Ready" in self.log_path.read_bytes():
                return self
            time.sleep(0.2)
        raise AssertionError(f"worker not ready after {timeout}s; log {self.log_path}:\n{self.log_tail()}")

    def assert_alive(self) -> None:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.log_tail()}")

    def log_tail(self, lines: int = 60) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def get_json(self, path: str, timeout: float = 10.0) -> Any:
        with urllib.request.urlopen(self.url + path, timeout=timeout) as response:
            return orjson.loads(response.read())

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self, timeout: float = 30.0) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()


async def consume_until(bootstrap: str, topic: str, done: Any, timeout: float = 120.0) -> list[Any]:
    """Read ``topic`` from the beginning until ``done(records)`` is true; fail after ``timeout``."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    await consumer.start()
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    try:
        while not done(records):
            if time.monotonic() > deadline:
                raise AssertionError(f"{topic}: timed out with {len(records)} records")
            batch = await consumer.getmany(timeout_ms=500)
            for part in batch.values():
                records.extend(part)
    finally:
        await consumer.stop()
    return records


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def log_size(worker: Worker) -> int:
    """Bytes in the worker's log so far (``wait_ready_after`` looks only at what follows)."""
    return worker.log_path.stat().st_size if worker.log_path.exists() else 0


def wait_ready_after(worker: Worker, offset: int, timeout: float = 90.0) -> Worker:
    """``wait_ready`` for a restarted worker: its log is appended to, so look past ``offset`` only."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        worker.assert_alive()
        with open(worker.log_path, "rb") as log:
            log.seek(offset)
            if b"Ready" in log.read():
                return worker
        time.sleep(0.2)
    raise AssertionError(f"worker not ready after {timeout}s; log {worker.log_path}:\n{worker.log_tail()}")


def restart(worker: Worker, *, kill: bool = True) -> int:
    """SIGKILL (or stop) ``worker`` and start it again on the same port and data dir; return the log
    offset to pass to ``wait_ready_after``."""
    if kill:
        worker.kill()
    else:
        worker.stop()
    offset = log_size(worker)
    worker.start()
    return offset
