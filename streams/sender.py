"""Publish JSON-lines articles to Kafka (the ``send`` command).

Lines are sent as they are (the bytes an ingester would send), keyed by article id. With validation
on, a line that is not a valid Article is reported with its line number and not sent.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterable
from pathlib import Path

from aiokafka import AIOKafkaProducer
from tqdm import tqdm

from streams.codec import decode_article
from streams.errors import InvalidMessage
from streams.kafka.admin import ensure_topics


def _read(path: Path | None) -> list[bytes]:
    data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    return data.splitlines()


async def send_lines(
    lines: Iterable[bytes],
    *,
    bootstrap: str,
    topic: str,
    partitions: int,
    validate: bool = True,
    progress: bool = False,
    label: str = "-",
) -> tuple[int, int]:
    """Send each non-blank line; return (sent, rejected)."""
    items = [line for line in (raw.strip() for raw in lines) if line]
    await ensure_topics(bootstrap, {topic: partitions})
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        linger_ms=5,
        max_request_size=4 * 1024 * 1024,
        acks="all",
        enable_idempotence=True,
    )
    await producer.start()
    sent = rejected = 0
    futures = []
    try:
        for number, line in enumerate(
            tqdm(items, desc=f"send {label}", unit="article", disable=not progress), 1
        ):
            key: bytes | None = None
            if validate:
                try:
                    key = decode_article(line).id.encode()
                except InvalidMessage as error:
                    rejected += 1
                    tqdm.write(f"{label}:{number}: {error.error_class}: {error.reason}", file=sys.stderr)
                    continue
            futures.append(await producer.send(topic, line, key=key))
        for future in futures:
            await future
            sent += 1
    finally:
        await producer.stop()
    return sent, rejected


def send_file(
    path: Path | None,
    *,
    bootstrap: str,
    topic: str,
    partitions: int,
    validate: bool = True,
    progress: bool = True,
) -> tuple[int, int]:
    return asyncio.run(
        send_lines(
            _read(path),
            bootstrap=bootstrap,
            topic=topic,
            partitions=partitions,
            validate=validate,
            progress=progress,
            label=str(path or "-"),
        )
    )
