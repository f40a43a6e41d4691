"""The ``demo`` command: a broker, a worker, the sample articles, and the results as they arrive.

Uses ``KAFKA_BOOTSTRAP_SERVERS`` when set, else starts the local Apache Kafka. Cleans up its
processes on exit, Ctrl-C and SIGTERM included (and the worker stops if the demo is killed).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer

from streams.app import topic_partitions
from streams.children import die_with_parent
from streams.kafka.admin import ensure_topics
from streams.sender import send_lines
from streams.settings import Settings


@contextlib.contextmanager
def _broker(settings: Settings) -> Iterator[str]:
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        print(f"demo: using the Kafka cluster at {settings.bootstrap_servers}")
        yield settings.bootstrap_servers
        return
    from streams.kafka.broker import LocalKafka

    print("demo: starting a local Apache Kafka (KRaft, one node) ...", flush=True)
    with LocalKafka(partitions=settings.partitions) as kafka:
        print(f"demo: Kafka is up at {kafka.bootstrap_servers} (log: {kafka.log_path})", flush=True)
        yield kafka.bootstrap_servers


@contextlib.contextmanager
def worker_process(env: dict[str, str], log_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A ``python -m streams worker`` child, stopped with SIGTERM (then SIGKILL) on exit."""
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streams", "worker"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=die_with_parent(),  # gone with the demo even if it is killed (SIGKILL loses nothing)
        )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def _describe(topic: str, value: bytes) -> str:
    data = orjson.loads(value)
    if topic.endswith("dlq"):
        return f"DEAD LETTER {data['error_class']}: {data['reason']}"
    if "windows" in data:
        a = data["windows"]["all"]
        return (
            f"TOTALS {data['region']:7} killed={a['killed']} (unverified {a['killed_unverified']}) "
            f"wounded={a['wounded']} displaced={a['displaced_incident']}+stock {a['displaced_cumulative']} "
            f"incidents={a['incidents']}"
        )
    figures = " ".join(
        f"{k}={data[k]}" for k in ("killed", "wounded", "displaced") if data.get(k) is not None
    )
    flags = "".join(
        [
            " [unverified]" if not data["verified"] else "",
            " [background]" if data["previously_reported"] else "",
        ]
    )
    return (
        f"EVENT  {data.get('region') or data.get('country') or '??':7} {data['event_type']:19} "
        f"{figures} {data.get('date') or ''}{flags}"
    )


async def _watch(bootstrap: str, settings: Settings, idle_exit: float | None) -> None:
    topics = [settings.events_topic, settings.totals_topic, settings.dlq_topic]
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    await consumer.start()
    last = time.monotonic()
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for record in records:
                    if record.value is not None:
                        print(_describe(record.topic, record.value), flush=True)
                    last = time.monotonic()
            if idle_exit is not None and time.monotonic() - last > idle_exit:
                return
    finally:
        await consumer.stop()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM stops the demo as Ctrl-C does: worker and broker cleaned up


def run_demo(*, articles: Path, web_port: int, keep_running: bool = True) -> int:
    signal.signal(signal.SIGTERM, _interrupt)
    base = Settings()
    with _broker(base) as bootstrap, tempfile.TemporaryDirectory(prefix="conflict-streams-") as tmp:
        env = {
            **os.environ,
            "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "CONFLICT_STREAMS_WEB_PORT": str(web_port),
            "CONFLICT_STREAMS_DATA_DIR": tmp,
        }
        settings = Settings(bootstrap_servers=bootstrap, web_port=web_port)
        asyncio.run(ensure_topics(bootstrap, topic_partitions(settings)))
        log_path = Path(tmp) / "worker.log"
        with worker_process(env, log_path) as proc:
            print(f"demo: worker started (pid {proc.pid}, log {log_path})", flush=True)
            sent, rejected = asyncio.run(
                send_lines(
                    articles.read_bytes().splitlines(),
                    bootstrap=bootstrap,
                    topic=settings.articles_topic,
                    partitions=settings.partitions,
                    label=articles.name,
                )
            )
            print(f"demo: sent {sent} articles ({rejected} rejected); events and totals follow", flush=True)
            print(
                f"demo: live page http://{settings.web_host}:{web_port}/  "
                f"API http://{settings.web_host}:{web_port}/api/regions",
                flush=True,
            )
            try:
                asyncio.run(_watch(bootstrap, settings, idle_exit=None if keep_running else 20.0))
            except KeyboardInterrupt:
                print("\ndemo: stopping", flush=True)
            if proc.poll() is not None:
                print(f"demo: the worker exited with {proc.returncode}; see {log_path}", file=sys.stderr)
                return 1
    return 0
