"""Bad input becomes the right InvalidMessage, with a reason a person can act on."""

from __future__ import annotations

import orjson
import pytest

from streams.codec import decode_article, decode_event, encode
from streams.errors import InvalidArticle, InvalidEncoding, InvalidEvent, InvalidJSON, TooLarge
from streams.models import Article

GOOD = {
    "id": "a1",
    "body": "Shelling killed three people in the town on Monday.",
    "published_at": "2024-03-04",
}


def test_valid_article_decodes_and_ignores_unknown_fields() -> None:
    article = decode_article(orjson.dumps({**GOOD, "crawler_shard": 7}))
    assert article.id == "a1" and article.published_at is not None
    assert article.published_at.isoformat() == "2024-03-04"


def test_full_iso_timestamp_is_accepted_as_the_publication_date() -> None:
    article = decode_article(orjson.dumps({**GOOD, "published_at": "2024-03-04T22:15:00Z"}))
    assert str(article.published_at) == "2024-03-04"


def test_non_utf8_bytes_are_an_encoding_error_naming_the_offset() -> None:
    with pytest.raises(InvalidEncoding, match="offset 2"):
        decode_article(b'{"\xff\xfe')


def test_truncated_json_is_invalid_json() -> None:
    with pytest.raises(InvalidJSON):
        decode_article(b'{"id": "a1", "body": "x"')


def test_null_value_is_invalid_json() -> None:
    with pytest.raises(InvalidJSON, match="null"):
        decode_article(None)


def test_json_array_is_not_an_article() -> None:
    with pytest.raises(InvalidArticle, match="list"):
        decode_article(b"[1, 2]")


def test_missing_body_names_the_field_and_keeps_the_id() -> None:
    with pytest.raises(InvalidArticle, match="body") as info:
        decode_article(b'{"id": "a2"}')
    assert info.value.article_id == "a2"


def test_empty_body_is_rejected() -> None:
    with pytest.raises(InvalidArticle, match="body is empty"):
        decode_article(orjson.dumps({**GOOD, "body": "  \n "}))


def test_wrong_type_is_rejected() -> None:
    with pytest.raises(InvalidArticle, match="published_at"):
        decode_article(orjson.dumps({**GOOD, "published_at": [2024]}))


def test_message_over_the_limit_is_too_large_before_parsing() -> None:
    with pytest.raises(TooLarge, match="over the 100-byte limit"):
        decode_article(b"x" * 101, max_bytes=100)


def test_encode_round_trips_a_model() -> None:
    article = Article(id="a3", body="text", published_at=None)
    assert Article.model_validate_json(encode(article)) == article


def test_encode_gives_the_bytes_of_the_model_s_json_dict() -> None:
    article = Article.model_validate({"id": "a1", "body": "Shelling killed 5.", "published_at": "2024-03-02"})
    assert encode(article) == orjson.dumps(article.model_dump(mode="json"))


def test_a_bad_event_is_an_invalid_event_naming_the_field() -> None:
    with pytest.raises(InvalidEvent, match="event_id"):
        decode_event(b'{"article_id": "a1"}')
    with pytest.raises(InvalidJSON):
        decode_event(b'{"event_id": ')
