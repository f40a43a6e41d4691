"""A second worker joins mid-stream and leaves again: partitions move twice, tables are recovered from
their changelogs, the totals stay exact, and the first worker's HTTP API answers throughout."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable

from faultkit import (
    FIXED_NOW,
    StreamSender,
    assert_non_trivial,
    build_plan,
    check_accounted,
    wait_api_equals,
    wait_consumed,
)
from harness import Worker, settings_of

STREAM_SECONDS = 14.0


class Poller(threading.Thread):
    """GET a URL every 0.25 s and count the outcomes (HTTP status, or the connection error's name)."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True, name="api-poller")
        self.url = url
        self.outcomes: Counter[str] = Counter()
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.is_set():
            try:
                with urllib.request.urlopen(self.url, timeout=10) as response:
                    response.read()
                    self.outcomes[str(response.status)] += 1
            except urllib.error.HTTPError as exc:
                self.outcomes[str(exc.code)] += 1
            except (urllib.error.URLError, OSError) as exc:
                self.outcomes[type(exc).__name__] += 1
            self.halt.wait(0.25)


def test_a_worker_joining_and_leaving_keeps_totals_exact_and_the_api_answering(
    kafka_bootstrap: str, fault_env: dict[str, str], spawn: Callable[..., Worker]
) -> None:
    settings = settings_of(fault_env)
    plan = build_plan(31, articles=240, incidents=60)
    expected = plan.expected_regions()
    assert_non_trivial(expected)

    first = spawn(fault_env, "first").wait_ready()
    poller = Poller(f"{first.url}/api/regions?now={FIXED_NOW.isoformat()}")
    poller.start()
    sender = StreamSender(kafka_bootstrap, settings, plan, duration=STREAM_SECONDS)
    sender.start()
    time.sleep(STREAM_SECONDS / 4)
    second = spawn(fault_env, "second").wait_ready()
    time.sleep(STREAM_SECONDS / 3)
    during = second.get_json(f"/api/regions?now={FIXED_NOW.isoformat()}")  # the joiner answers too
    assert "regions" in during
    second.stop()  # leaves cleanly: its partitions go back to the first worker
    sender.join_ok()

    poller.halt.set()
    poller.join()
    answered = poller.outcomes["200"]
    assert set(poller.outcomes) == {"200"}, f"the API failed to answer: {dict(poller.outcomes)}"
    assert answered >= 20
    # Every input is committed and counted once the joiner left: no partition's commit stuck behind a
    # message dropped in the handover, no message committed past unprocessed (streams.consumer).
    wait_consumed(kafka_bootstrap, settings, timeout=60)
    converged = wait_api_equals(first, expected, timeout=60)
    outcome = check_accounted(kafka_bootstrap, settings, plan, expected)
    first.assert_alive()
    print(f"API answered {answered} polls, all 200; exact {converged:.1f} s after consumed; {outcome}")
