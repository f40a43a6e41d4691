"""The offline commands: extract and tally read JSON lines and report bad lines by number."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from streams.cli import main
from streams.models import Event


def _event(event_id: str, article_id: str, killed: int, **kw: object) -> bytes:
    return (
        Event(
            event_id=event_id,
            article_id=article_id,
            event_type="airstrike_drone",
            country="YE",
            region="YE-SA",
            date="2024-05-02",
            published_at="2024-05-02",
            killed=killed,
            evidence="An air strike killed people.",
            extractor_version="test",
            **kw,
        )
        .model_dump_json()
        .encode()
    )


def test_extract_reports_bad_lines_by_number_and_keeps_going(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "a1", "body": "Nothing happened today."}\n\nnot json\n{"id": "a2"}\n')
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{src}:3: InvalidJSON" in err and f"{src}:4: InvalidArticle" in err
    assert "1 articles" in err and "2 rejected lines" in err


def test_tally_counts_a_redelivered_event_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "events.jsonl"
    line = _event("e1", "a1", 4)
    src.write_bytes(line + b"\n" + line + b"\n" + _event("e2", "a2", 9, previously_reported=True) + b"\n")
    assert main(["tally", str(src), "--now", "2024-05-03"]) == 0
    result = orjson.loads(capsys.readouterr().out)
    region = result["regions"]["YE-SA"]
    assert region["all"]["killed"] == 4 and region["7d"]["killed"] == 4 and region["1d"]["killed"] == 0


def test_tally_rejects_a_line_that_is_not_an_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "events.jsonl"
    src.write_bytes(b'{"event_id": "x"}\n')
    assert main(["tally", str(src)]) == 2
    assert f"{src}:1: not an Event" in capsys.readouterr().err
