"""JSON Schemas of the published messages, generated from the models.

``schemas/`` is the consumers' reference; ``check_schemas`` finds files that drifted from the models.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel

from streams.models import SCHEMA_VERSION, Article, DeadLetter, Event, RegionTotals

MESSAGES: dict[str, type[BaseModel]] = {
    "article": Article,
    "event": Event,
    "dead-letter": DeadLetter,
    "region-totals": RegionTotals,
}


def schema_of(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema(mode="validation" if model is Article else "serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"conflict-streams/{model.__name__}/{SCHEMA_VERSION}"
    schema["version"] = SCHEMA_VERSION
    return schema


def render(model: type[BaseModel]) -> bytes:
    return orjson.dumps(schema_of(model), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def path_for(folder: Path, name: str) -> Path:
    return folder / f"{name}.v{SCHEMA_VERSION.split('.')[0]}.json"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in MESSAGES.items():
        path = path_for(folder, name)
        path.write_bytes(render(model))
        written.append(path)
    return written


def check_schemas(folder: Path) -> list[str]:
    """Names of the schema files that are missing or differ from the models."""
    stale = []
    for name, model in MESSAGES.items():
        path = path_for(folder, name)
        if not path.exists() or path.read_bytes() != render(model):
            stale.append(path.name)
    return stale
