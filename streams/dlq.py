"""Dead letters as data: what was rejected, why, and from where; and a limit on how many.

Like arroyo's ``DlqLimit``: a bad deploy that rejects *everything* should stop the worker loudly
instead of quietly filling the dead-letter topic.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections import deque

from streams.errors import InvalidMessage, TooManyDeadLetters
from streams.models import DeadLetter


def dead_letter(
    error: InvalidMessage, value: bytes | None, *, topic: str, partition: int, offset: int
) -> DeadLetter:
    return DeadLetter(
        error_class=error.error_class,
        reason=error.reason,
        source_topic=topic,
        source_partition=partition,
        source_offset=offset,
        article_id=error.article_id,
        original_b64=base64.b64encode(value or b"").decode("ascii"),
        dead_lettered_at=dt.datetime.now(dt.UTC),
    )


def dead_letter_headers(letter: DeadLetter) -> dict[str, bytes]:
    """The same facts as Kafka headers, so tools can route without decoding the value."""
    return {
        "error_class": letter.error_class.encode(),
        "reason": letter.reason.encode(),
        "source_topic": letter.source_topic.encode(),
        "source_partition": str(letter.source_partition).encode(),
        "source_offset": str(letter.source_offset).encode(),
    }


class DlqLimit:
    """Raise ``TooManyDeadLetters`` when the rejected share of the last ``window`` inputs exceeds
    ``max_ratio`` (checked once the window is full). ``max_ratio=1.0`` never stops."""

    def __init__(self, max_ratio: float, window: int) -> None:
        self.max_ratio = max_ratio
        self.window = window
        self._recent: deque[bool] = deque(maxlen=window)
        self._rejected = 0

    def record(self, rejected: bool) -> None:
        if len(self._recent) == self.window and self._recent[0]:
            self._rejected -= 1
        self._recent.append(rejected)
        self._rejected += rejected
        if self.max_ratio < 1.0 and len(self._recent) == self.window:
            ratio = self._rejected / self.window
            if ratio > self.max_ratio:
                raise TooManyDeadLetters(
                    f"{self._rejected} of the last {self.window} inputs were dead-lettered "
                    f"(limit {self.max_ratio:.0%}); stopping: check the producer or the last deploy"
                )
