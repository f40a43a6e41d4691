"""The published schemas are exactly what the models generate."""

from __future__ import annotations

from pathlib import Path

from streams.schemas import MESSAGES, check_schemas, write_schemas

ROOT = Path(__file__).resolve().parents[3]


def test_committed_schemas_match_the_models() -> None:
    assert check_schemas(ROOT / "schemas") == [], "run `python -m streams schemas` and commit schemas/"


def test_a_changed_schema_file_is_reported(tmp_path: Path) -> None:
    written = write_schemas(tmp_path)
    assert len(written) == len(MESSAGES)
    written[1].write_text("{}")
    assert check_schemas(tmp_path) == [written[1].name]


def test_event_schema_forbids_unknown_fields_and_carries_a_version() -> None:
    import json

    schema = json.loads((ROOT / "schemas" / "event.v1.json").read_text())
    assert schema["additionalProperties"] is False
    assert schema["version"] == "1.1"
