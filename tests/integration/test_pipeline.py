"""End to end on a real broker: every input is accounted for (in = processed + dead-lettered)."""

from __future__ import annotations

import base64
from pathlib import Path

import orjson
from harness import Worker, consume_until, run, settings_env, settings_of

from streams.cli import SAMPLES
from streams.codec import decode_article
from streams.extract import extract
from streams.kafka.admin import committed_offsets, end_offsets
from streams.sender import send_lines

LIMIT = 64 * 1024  # our limit for this test: the broker's default (1 MiB) lets us exceed it
BAD: dict[str, bytes] = {
    "InvalidJSON": b'{"id": "broken", "body": "no closing brace"',
    "InvalidArticle": orjson.dumps({"id": "no-body", "title": "a title only"}),
    "InvalidEncoding": b'{"id": "latin1", "body": "Caf\xe9 bombed"}',
    "TooLarge": orjson.dumps({"id": "huge", "body": "x" * (LIMIT + 100)}),
}
EMPTY_BODY = orjson.dumps({"id": "empty", "body": "   "})


def test_good_articles_become_events_and_bad_ones_dead_letters_with_reasons(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    env = settings_env(kafka_bootstrap, topic_prefix, CONFLICT_STREAMS_MAX_MESSAGE_BYTES=str(LIMIT))
    settings = settings_of(env)
    good = [line for line in SAMPLES.read_bytes().splitlines() if line.strip()]
    bad = [*BAD.values(), EMPTY_BODY]
    expected = {e.event_id: e for line in good for e in extract(decode_article(line))}
    assert expected, "the sample articles must yield events"

    lines = good[:5] + bad + good[5:]
    sent, rejected = run(
        send_lines(
            lines,
            bootstrap=kafka_bootstrap,
            topic=settings.articles_topic,
            partitions=settings.partitions,
            validate=False,
        )
    )
    assert (sent, rejected) == (len(good) + len(bad), 0)

    worker = Worker(env, tmp_path).start()
    try:
        worker.wait_ready()
        events = run(
            consume_until(
                kafka_bootstrap,
                settings.events_topic,
                lambda rs: {orjson.loads(r.value)["event_id"] for r in rs} >= set(expected),
            )
        )
        letters = run(consume_until(kafka_bootstrap, settings.dlq_topic, lambda rs: len(rs) >= len(bad)))

        got = {orjson.loads(r.value)["event_id"]: r for r in events}
        assert set(got) == set(expected), "no event missing, none invented"
        for event_id, record in got.items():
            assert record.key.decode() == expected[event_id].place_key, "events are keyed by region"

        classes = sorted(orjson.loads(r.value)["error_class"] for r in letters)
        assert classes == sorted([*BAD, "InvalidArticle"])
        for record in letters:
            letter = orjson.loads(record.value)
            headers = dict(record.headers)
            assert headers["error_class"].decode() == letter["error_class"]
            assert letter["reason"] and headers["source_topic"].decode() == settings.articles_topic
            assert base64.b64decode(letter["original_b64"]) in bad, "the original bytes are kept"
        assert len(letters) == len(bad), "exactly one dead letter per bad input"

        def caught_up() -> bool:
            ends = run(end_offsets(kafka_bootstrap, settings.articles_topic))
            done = run(committed_offsets(kafka_bootstrap, settings.app_id, settings.articles_topic))
            return all(done.get(p, -1) >= end for p, end in ends.items())

        import time

        deadline = time.monotonic() + 60
        while not caught_up():
            assert time.monotonic() < deadline, "the worker's committed offsets did not reach the end"
            time.sleep(1)
        worker.assert_alive()
    finally:
        worker.stop()
