"""The extraction core's dataclasses made per sentence write their ``__init__`` out (``init=False``), so
that mypyc compiles it (a generated one stays interpreted). These tests hold each written-out
``__init__`` to the class's fields: the same names in the same order, the same defaults, each argument
stored in its field, a frozen class still frozen."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from pathlib import Path
from typing import Any

import pytest

from streams.extract.classify import Figure
from streams.extract.gazetteer import Place, Region
from streams.extract.numbers import Quantity
from streams.extract.sentences import Sentence

_PACKAGE = Path(__file__).resolve().parents[3] / "streams" / "extract"


def _written_out() -> list[type[Any]]:
    found = []
    for path in sorted(_PACKAGE.glob("*.py")):
        if path.stem == "__init__":
            continue  # importing "streams.extract.__init__" replaces the compiled package's module
        module = importlib.import_module(f"streams.extract.{path.stem}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and dataclasses.is_dataclass(value)
                and not value.__dataclass_params__.init  # type: ignore[attr-defined]
            ):
                found.append(value)
    return found


CLASSES = _written_out()


def test_the_per_sentence_classes_write_their_init_out() -> None:
    names = {c.__name__ for c in CLASSES}
    assert {"Quantity", "Sentence", "Figure", "Mention", "ResolvedPlace", "Candidate"} <= names


def _signature(cls: type[Any]) -> inspect.Signature:
    sig = inspect.signature(cls.__init__)
    if [p.kind for p in sig.parameters.values()][1:] == [
        inspect.Parameter.VAR_POSITIONAL,
        inspect.Parameter.VAR_KEYWORD,
    ]:
        pytest.skip("a compiled __init__ has no signature to read; the run on the sources checks it")
    return sig


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_init_takes_the_fields_in_order_with_their_defaults(cls: type[Any]) -> None:
    params = list(_signature(cls).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        assert p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, p
        if f.default is not dataclasses.MISSING:
            assert p.default == f.default, f.name
        elif f.default_factory is not dataclasses.MISSING:
            assert p.default is None, f.name  # None stands for a fresh default_factory() value
        else:
            assert p.default is inspect.Parameter.empty, f.name


def _values(cls: type[Any]) -> dict[str, Any]:
    """A value for each field, in the fields' order, none of them its default."""
    region = Region("SY-ID", "SY", "Idlib")
    place = Place("Ariha", "SY", "SY-ID", 40_000)
    quantity = Quantity(12, "at_least", 3, 14, "At least 12", True, True)
    sentence = Sentence(10, 52, "At least 12 people were killed in Ariha.", 2, 1)
    figure = Figure(quantity, "killed", "civilians", "families", True, True, True, True, True)
    by_class: dict[str, tuple[Any, ...]] = {
        "Quantity": (12, "at_least", 3, 14, "At least 12", True, True),
        "Sentence": (10, 52, sentence.text, 2, 1),
        "Figure": (quantity, "killed", "civilians", "families", True, True, True, True, True),
        "Mention": ("place", "Ariha", 33, "SY", (region,), (place,), True),
        "ResolvedPlace": ("SY", "SY-ID", "Idlib", "Ariha", True),
        "_NameHit": (2, 5, "place", "Ariha", "SY", (region,), (place,), True, True),
        "Candidate": (sentence, figure, figure, 400, "some", "families", "cumulative", 7, True, False,
                      "OCHA", [sentence], True, True, True),
    }  # fmt: skip
    return dict(zip(_names(cls), by_class[cls.__name__], strict=True))


def _names(cls: type[Any]) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_init_stores_each_argument_in_its_field(cls: type[Any]) -> None:
    values = _values(cls)
    by_keyword = cls(**values)
    by_position = cls(*values.values())
    for name, value in values.items():
        assert getattr(by_keyword, name) == value, name
        assert getattr(by_position, name) == value, name
    fields = dataclasses.fields(cls)
    required = {
        f.name: values[f.name]
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    defaulted = cls(**required)
    for f in fields:
        if f.default is not dataclasses.MISSING:
            assert getattr(defaulted, f.name) == f.default, f.name
        elif f.default_factory is not dataclasses.MISSING:
            assert getattr(defaulted, f.name) == f.default_factory(), f.name
    if cls.__dataclass_params__.frozen:
        assert by_keyword == by_position and hash(by_keyword) == hash(by_position)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(by_keyword, fields[0].name, values[fields[0].name])
