"""The compiled build of the extraction core (``make native``, deploy/native.sh) is what these tests ran
against when ``CONFLICT_STREAMS_EXPECT_NATIVE=1`` (``make test`` runs the extraction tests twice: on
the sources, then on the mypyc build). Without the variable this module checks nothing and skips."""

from __future__ import annotations

import importlib
import os

import pytest

MODULES = ("classify", "dates", "gazetteer", "lexicon", "numbers", "pipeline", "places", "prefilter",
           "sentences", "textnorm")  # fmt: skip


@pytest.mark.skipif(
    os.environ.get("CONFLICT_STREAMS_EXPECT_NATIVE") != "1",
    reason="checks the mypyc build; `make test` runs it with CONFLICT_STREAMS_EXPECT_NATIVE=1",
)
@pytest.mark.parametrize("name", MODULES)
def test_the_module_under_test_is_the_compiled_one(name: str) -> None:
    module = importlib.import_module(f"streams.extract.{name}")
    assert module.__file__ is not None and module.__file__.endswith(".so"), module.__file__
