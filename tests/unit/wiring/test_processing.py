"""The agent's step without Faust: events for good input, the right dead letter for bad."""

from __future__ import annotations

import orjson
import pytest

import streams.processing as processing
from streams.errors import ExtractionFailed, InvalidArticle
from streams.models import Article, Event


def test_an_exception_inside_extraction_becomes_a_dead_letter_with_the_article_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(article: Article) -> list[Event]:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(processing, "extract", broken)
    with pytest.raises(ExtractionFailed, match="ZeroDivisionError") as info:
        processing.process(orjson.dumps({"id": "a9", "body": "text"}), max_bytes=1000)
    assert info.value.article_id == "a9" and info.value.error_class == "ExtractionFailed"


def test_invalid_input_is_not_passed_to_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Article] = []
    monkeypatch.setattr(processing, "extract", lambda a: calls.append(a) or [])
    with pytest.raises(InvalidArticle):
        processing.process(b'{"id": 5}', max_bytes=1000)
    assert calls == []


def test_events_are_keyed_by_region_then_country() -> None:
    base = {
        "event_id": "e",
        "article_id": "a",
        "event_type": "armed_clash",
        "evidence": "s",
        "extractor_version": "t",
    }
    assert processing.event_key(Event(**base, country="SY", region="SY-ID")) == "SY-ID"
    assert processing.event_key(Event(**base, country="SY")) == "SY"
    assert processing.event_key(Event(**base)) == "ZZ"
