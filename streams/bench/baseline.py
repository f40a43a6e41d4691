"""The passthrough baseline: what Python + Faust + Kafka cost on this machine, without our work.

A bare Faust agent that, for each message of the articles topic, decodes it with orjson, encodes it
again and sends it to the events topic; nothing else. It is built from the same ``Settings`` and with
the same ``faust.App`` options as ``streams.app.create_app`` (broker, partitions, raw/utf8
serializers, processing guarantee, session timeouts, fetch and request sizes; a unit test compares the
two apps' configuration), reads its messages the same way (``stream.events()``, one ``await
topic.send`` per output) and counts them in the same Prometheus counter names on ``/metrics``, so that
the bench measures both with the same probe.

Run as a worker process, like ours::

    python -m streams.bench.baseline worker        # settings from the environment
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import faust
import orjson
from faust.web import Request, Response, View

import streams.app  # noqa: F401  (registers the utf8 / orjson codecs the options name)
from streams.metrics import Metrics
from streams.settings import Settings


def app_options(settings: Settings) -> dict[str, Any]:
    """The ``faust.App`` options of ``create_app`` for ``settings`` (kept equal by a unit test)."""
    datadir = Path(settings.data_dir) / settings.app_id
    datadir.mkdir(parents=True, exist_ok=True)
    return {
        "broker": [f"kafka://{hp.strip()}" for hp in settings.bootstrap_servers.split(",") if hp.strip()],
        "store": settings.store,
        "datadir": str(datadir),
        "topic_partitions": settings.partitions,
        "topic_replication_factor": 1,
        "processing_guarantee": settings.processing_guarantee,
        "broker_session_timeout": settings.session_timeout_s,
        "broker_heartbeat_interval": settings.heartbeat_interval_s,
        "consumer_auto_offset_reset": "earliest",
        "web_host": settings.web_host,
        "web_port": settings.web_port,
        "web_bind": settings.web_host,
        "key_serializer": "utf8",
        "value_serializer": "raw",
        "autodiscover": False,
        "producer_max_request_size": max(2 * settings.max_message_bytes, 1024 * 1024),
        "consumer_max_fetch_size": max(4 * settings.max_message_bytes, 4 * 1024 * 1024),
    }


def baseline_topics(settings: Settings) -> dict[str, int]:
    return {settings.articles_topic: settings.partitions, settings.events_topic: settings.partitions}


def create_baseline_app(settings: Settings | None = None) -> faust.App:
    settings = settings or Settings()
    app = faust.App(settings.app_id, **app_options(settings))
    source = app.topic(settings.articles_topic, key_type=str, value_serializer="raw", key_serializer="raw")
    sink = app.topic(settings.events_topic, value_serializer="raw", key_serializer="raw")
    metrics = Metrics()

    @app.agent(source, name="passthrough")
    async def passthrough(stream: faust.StreamT[Any]) -> None:
        async for item in stream.events():
            msg = item.message
            metrics.articles_in.inc()
            await sink.send(key=msg.key, value=orjson.dumps(orjson.loads(msg.value)))
            metrics.articles_processed.inc()

    @app.page("/metrics")
    class MetricsView(View):
        async def get(self, request: Request) -> Response:
            return self.bytes(metrics.exposition(), content_type="text/plain; version=0.0.4")

    return app


def main() -> int:
    from streams.kafka.admin import ensure_topics

    settings = Settings()
    asyncio.run(ensure_topics(settings.bootstrap_servers, baseline_topics(settings)))
    app = create_baseline_app(settings)
    sys.argv = ["bench-baseline", "worker", "--loglevel", settings.log_level, *sys.argv[2:]]
    app.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
