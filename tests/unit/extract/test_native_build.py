"""The compiled build of the extraction core (``make native``, deploy/native.sh) is what these tests ran
against when ``CONFLICT_STREAMS_EXPECT_NATIVE=1`` (``make test`` runs the extraction tests twice: on
the sources, then on the mypyc build). Without the variable this module checks nothing and skips."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

# What deploy/native.sh compiles: every module of the package but its offline gazetteer builder.
MODULES = sorted(
    p.stem
    for p in (Path(__file__).resolve().parents[3] / "streams" / "extract").glob("*.py")
    if p.stem != "build_gazetteer"
)


@pytest.mark.skipif(
    os.environ.get("CONFLICT_STREAMS_EXPECT_NATIVE") != "1",
    reason="checks the mypyc build; `make test` runs it with CONFLICT_STREAMS_EXPECT_NATIVE=1",
)
@pytest.mark.parametrize("name", MODULES)
def test_the_module_under_test_is_the_compiled_one(name: str) -> None:
    module = importlib.import_module("streams.extract" if name == "__init__" else f"streams.extract.{name}")
    assert module.__file__ is not None and module.__file__.endswith(".so"), module.__file__
