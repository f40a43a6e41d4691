"""The events topic refuses the worker's writes (its ``max.message.bytes`` set below an event's size, so
every produce fails with MessageSizeTooLarge, which no retry cures): nothing is silently dropped. The
worker stops loudly without committing the articles whose events were refused; once the topic accepts
writes again, the restarted worker redoes them, and the totals are exact.

(A topic that is unavailable for a while -- retriable errors -- is the broker-restart test: sends are
retried and the stream waits.)"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from faultkit import (
    StreamSender,
    assert_non_trivial,
    build_plan,
    check_accounted,
    wait_api_equals,
    wait_consumed,
)
from harness import Worker, restart, settings_of, wait_ready_after

from streams.kafka.admin import consumer_lag, ensure_topics, read_all, set_topic_config


def wait_exit(worker: Worker, timeout: float = 60.0) -> int:
    assert worker.proc is not None
    deadline = time.monotonic() + timeout
    while worker.proc.poll() is None:
        assert time.monotonic() < deadline, f"the worker kept running:\n{worker.log_tail()}"
        time.sleep(0.2)
    return worker.proc.returncode


def test_refused_event_writes_stop_the_worker_without_committing_and_a_restart_redoes_them(
    kafka_bootstrap: str, fault_env: dict[str, str], spawn: Callable[..., Worker]
) -> None:
    s = settings_of(fault_env)
    plan = build_plan(41, articles=80, incidents=0)
    expected = plan.expected_regions()
    assert_non_trivial(expected)
    topics = {s.articles_topic: s.partitions, s.events_topic: s.partitions}
    asyncio.run(ensure_topics(kafka_bootstrap, topics))
    asyncio.run(set_topic_config(kafka_bootstrap, s.events_topic, {"max.message.bytes": "200"}))

    worker = spawn(fault_env).wait_ready()
    sender = StreamSender(kafka_bootstrap, s, plan, duration=2.0)
    sender.start()
    sender.join_ok()
    code = wait_exit(worker)

    log = worker.log_path.read_text(errors="replace")
    assert code != 0 and "the broker refused" in log, f"exit {code}:\n{worker.log_tail()}"
    assert asyncio.run(read_all(kafka_bootstrap, s.events_topic, timeout=5)) == []
    held = asyncio.run(consumer_lag(kafka_bootstrap, s.app_id, s.articles_topic))
    assert sum(held.values()) > 0, f"offsets committed past refused events: lag {held}"
    assert asyncio.run(read_all(kafka_bootstrap, s.dlq_topic, timeout=5)) == [], "not bad input"

    asyncio.run(set_topic_config(kafka_bootstrap, s.events_topic, {}))  # the broker's default again
    wait_ready_after(worker, restart(worker))  # it has exited: start it again on the same data dir
    wait_consumed(kafka_bootstrap, s, timeout=120)
    converged = wait_api_equals(worker, expected, timeout=120)
    outcome = check_accounted(kafka_bootstrap, s, plan, expected)
    worker.assert_alive()
    print(
        f"worker stopped with exit code {code}, {sum(held.values())} articles left uncommitted; after "
        f"the restart exact {converged:.1f} s after consumed; {outcome}"
    )
