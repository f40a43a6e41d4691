"""The demo behind ``make run``: the sample articles through a worker on the real broker, events and
totals printed as they arrive; SIGTERM stops it as Ctrl-C does, its worker included."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time

from harness import settings_env

from streams.bench.e2e import free_port


def _gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


def test_the_demo_prints_events_and_totals_and_stops_with_its_worker_on_sigterm(
    kafka_bootstrap: str, topic_prefix: str
) -> None:
    env = {**os.environ, **settings_env(kafka_bootstrap, topic_prefix)}
    argv = [sys.executable, "-m", "streams", "demo", "--web-port", str(free_port())]
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    totals_seen = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("TOTALS"):
                totals_seen.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert totals_seen.wait(120), "no totals within 120 s:\n" + "\n".join(lines[-30:])
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
        reader.join(timeout=10)
    text = "\n".join(lines)
    started = re.search(r"demo: worker started \(pid (\d+)", text)
    assert started is not None, text[-2000:]
    assert "demo: sent 21 articles (0 rejected)" in text
    assert re.search(r"^EVENT\s+[A-Z]{2}(-\w+)?\s+\w+", text, re.MULTILINE), text[-2000:]
    assert "demo: stopping" in text and code == 0, (code, text[-2000:])
    assert _gone(int(started.group(1)), timeout=30), "the demo's worker outlived it"
