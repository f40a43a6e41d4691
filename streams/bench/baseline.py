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
from typing import Any

import faust
import orjson
from faust.web import Request, Response, View

from streams.app import app_options  # also registers the utf8 / orjson codecs the options name
from streams.metrics import Metrics
from streams.settings import Settings


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
