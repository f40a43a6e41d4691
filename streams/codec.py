"""Bytes <-> messages: one orjson codec for every topic.

``decode_article`` turns raw bytes into an ``Article`` or raises the ``InvalidMessage`` subclass that
says what is wrong; ``encode`` turns any output model into compact JSON bytes.
"""

from __future__ import annotations

from typing import Any

import orjson
from pydantic import BaseModel, ValidationError

from streams.errors import InvalidArticle, InvalidEncoding, InvalidEvent, InvalidJSON, TooLarge
from streams.models import Article, Event


def encode(message: BaseModel) -> bytes:
    """Compact JSON of an output model (dates as ISO strings, no nulls dropped), serialised by
    pydantic-core directly: the same bytes as ``orjson.dumps(message.model_dump(mode="json"))``, in
    two thirds of the time (no intermediate dict)."""
    return message.__pydantic_serializer__.to_json(message)


def decode_json(value: bytes | None) -> Any:
    if value is None:
        raise InvalidJSON("message value is empty (null); expected a JSON Article object")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidEncoding(
            f"message is not UTF-8 (byte 0x{value[exc.start]:02x} at offset {exc.start}); "
            "encode articles as UTF-8 JSON"
        ) from None
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise InvalidJSON(f"message is not valid JSON: {exc}") from None


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = ".".join(str(p) for p in err["loc"]) or "(message)"
        parts.append(f"{loc}: {err['msg']}")
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def decode_article(value: bytes | None, *, max_bytes: int = 1024 * 1024) -> Article:
    """Parse and validate one input message."""
    if value is not None and len(value) > max_bytes:
        raise TooLarge(f"message is {len(value)} bytes, over the {max_bytes}-byte limit")
    data = decode_json(value)
    if not isinstance(data, dict):
        raise InvalidArticle(f"expected a JSON object with id and body, got {type(data).__name__}")
    article_id = data.get("id") if isinstance(data.get("id"), str) else None
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        raise InvalidArticle(f"not a valid Article: {_describe(exc)}", article_id=article_id) from None


def decode_event(value: bytes | None) -> Event:
    """Parse an event read back from the events topic: parsed and validated by pydantic-core in one
    pass; when that fails, again step by step, for the error that says what is wrong."""
    if value is not None:
        try:
            return Event.model_validate_json(value)
        except ValidationError:
            pass
    data = decode_json(value)
    try:
        return Event.model_validate(data)
    except ValidationError as exc:
        raise InvalidEvent(f"not a valid Event: {_describe(exc)}") from None
