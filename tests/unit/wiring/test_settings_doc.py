"""The README's configuration table lists exactly the settings the worker reads."""

from __future__ import annotations

import re
from pathlib import Path

from streams.settings import ENV_PREFIX, Settings

README = Path(__file__).resolve().parents[3] / "README.md"


def test_readme_configuration_table_matches_the_settings_class() -> None:
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", README.read_text(), flags=re.M))
    expected = {"KAFKA_BOOTSTRAP_SERVERS"} | {
        f"{ENV_PREFIX}{name.upper()}" for name in Settings.model_fields if name != "bootstrap_servers"
    }
    assert documented == expected


def test_kafka_bootstrap_servers_is_read_without_prefix(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "broker-a:9092,broker-b:9092")
    assert Settings().bootstrap_servers == "broker-a:9092,broker-b:9092"


def test_invalid_setting_is_a_clear_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest
    from pydantic import ValidationError

    monkeypatch.setenv("CONFLICT_STREAMS_PARTITIONS", "zero")
    with pytest.raises(ValidationError, match="partitions"):
        Settings()
