"""One exception family per failure kind, each carrying what a user needs to fix the input.

The class name is the dead letter's ``error_class``; the message is its ``reason``.
"""

from __future__ import annotations


class ConflictStreamsError(Exception):
    """Base of every error this package raises on purpose."""


class InvalidMessage(ConflictStreamsError):
    """An input message that cannot be processed; it goes to the dead-letter topic."""

    article_id: str | None = None

    def __init__(self, reason: str, *, article_id: str | None = None) -> None:
        super().__init__(reason)
        self.article_id = article_id

    @property
    def error_class(self) -> str:
        return type(self).__name__

    @property
    def reason(self) -> str:
        return str(self)


class TooLarge(InvalidMessage):
    """The message is larger than the configured limit."""


class InvalidEncoding(InvalidMessage):
    """The bytes are not UTF-8."""


class InvalidJSON(InvalidMessage):
    """The text is not a JSON document."""


class InvalidArticle(InvalidMessage):
    """Valid JSON that does not match the Article schema (missing fields, wrong types, empty body)."""


class InvalidEvent(InvalidMessage):
    """A message on the events topic that does not match the Event schema."""


class ExtractionFailed(InvalidMessage):
    """The extractor raised on a valid article: a bug to report, with the article kept."""


class TooManyDeadLetters(ConflictStreamsError):
    """So many inputs were rejected in a row that a deploy or upstream change is the likelier cause."""
