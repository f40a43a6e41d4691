"""One input message to its outputs: the step the Faust agent runs, without Faust.

``process`` returns the events of a good article or raises the ``InvalidMessage`` that says why the
message must be dead-lettered. An exception inside extraction is caught here and becomes an
``ExtractionFailed`` dead letter, so one bad article never stops the stream.
"""

from __future__ import annotations

import logging

from streams.codec import decode_article
from streams.errors import ExtractionFailed
from streams.extract import extract
from streams.models import Event

log = logging.getLogger(__name__)


def process(value: bytes | None, *, max_bytes: int) -> list[Event]:
    article = decode_article(value, max_bytes=max_bytes)
    try:
        return extract(article)
    except Exception as exc:  # a bug in extraction must not stop the stream
        log.exception("extraction failed on article %s", article.id)
        raise ExtractionFailed(
            f"extraction raised {type(exc).__name__}: {exc}", article_id=article.id
        ) from exc


def event_key(event: Event) -> str:
    """The events topic key: the region the event is tallied under (so tables partition by region)."""
    return event.place_key
