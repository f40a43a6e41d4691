"""Dead letters carry the original bytes and the reason; a flood of them stops the worker."""

from __future__ import annotations

import base64

import pytest

from streams.dlq import DlqLimit, dead_letter, dead_letter_headers
from streams.errors import InvalidJSON, TooManyDeadLetters


def test_dead_letter_keeps_original_bytes_reason_and_position() -> None:
    letter = dead_letter(InvalidJSON("not JSON"), b"\x00{oops", topic="articles", partition=1, offset=42)
    assert base64.b64decode(letter.original_b64) == b"\x00{oops"
    assert (letter.error_class, letter.reason, letter.source_partition, letter.source_offset) == (
        "InvalidJSON",
        "not JSON",
        1,
        42,
    )
    headers = dead_letter_headers(letter)
    assert headers["source_offset"] == b"42" and headers["error_class"] == b"InvalidJSON"


def test_limit_raises_when_the_rejected_share_passes_the_ratio() -> None:
    limit = DlqLimit(max_ratio=0.5, window=4)
    for rejected in (True, False, True):
        limit.record(rejected)
    with pytest.raises(TooManyDeadLetters, match="3 of the last 4"):
        limit.record(True)


def test_limit_forgets_rejections_that_left_the_window() -> None:
    limit = DlqLimit(max_ratio=0.5, window=4)
    for rejected in (True, True, False, False, False, False, True, True):
        limit.record(rejected)  # never more than 2 of the last 4


def test_ratio_one_never_stops() -> None:
    limit = DlqLimit(max_ratio=1.0, window=2)
    for _ in range(10):
        limit.record(True)
