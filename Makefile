# conflict-streams: the two Quick start commands are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
EVAL_DIR ?= ../shared/eval
QUICK ?=
PURE ?=
NATIVE := .build/native

.PHONY: install run test lint unit integration faults bench eval schemas kafka browser native clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version' \
	  || { echo "Set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

kafka: install  ## fetch the Apache Kafka jars from Maven Central (cached)
	$(PY) -m streams.kafka fetch

browser:  ## Debian's Chromium for the page test (no browser download of its own)
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "install Debian's chromium package for the browser test (sudo apt-get install chromium)"; fi; }

run: install kafka
	$(PY) -m streams demo

lint: install
	$(PY) -m ruff check streams tests
	$(PY) -m mypy
	$(VENV)/bin/lint-imports
	$(PY) -m streams schemas --check

unit: install
	$(PY) -m pytest tests/unit -q

integration: install kafka browser
	$(PY) -m pytest tests/integration -q

faults: install kafka
	$(PY) -m pytest tests/faults -q

test: install kafka browser lint native
	$(PY) -m pytest tests -q
	@echo "the extraction tests again, on the compiled core ($(NATIVE)):"
	CONFLICT_STREAMS_EXPECT_NATIVE=1 PYTHONPATH=$(NATIVE) $(VENV)/bin/pytest tests/unit/extract -q -p no:cacheprovider

schemas: install
	$(PY) -m streams schemas

eval: install
	@test -f $(EVAL_DIR)/dev.jsonl || { echo "no eval set at $(EVAL_DIR) (set EVAL_DIR=...)"; exit 1; }
	@mkdir -p artifacts
	cat $(EVAL_DIR)/seed.jsonl $(EVAL_DIR)/dev.jsonl > artifacts/eval-gold.jsonl
	$(PY) -m streams extract artifacts/eval-gold.jsonl -o artifacts/eval-pred.jsonl
	$(PY) $(EVAL_DIR)/score.py artifacts/eval-gold.jsonl artifacts/eval-pred.jsonl

bench: install kafka native  ## on the compiled core, as deployed; PURE=1 for the sources
	CONFLICT_STREAMS_EVAL_DIR=$(abspath $(EVAL_DIR)) $(if $(PURE),,PYTHONPATH=$(NATIVE)) $(PY) -P -m streams.bench $(if $(QUICK),--quick,)

# The extraction core compiled by mypyc (deploy/native.sh) in a copy of the package: the benchmark and
# `make test` use it through PYTHONPATH; the editable install stays pure Python for development.
native: $(NATIVE)/.built

$(NATIVE)/.built: $(STAMP) deploy/native.sh deploy/native-mypy.ini $(shell find streams -type f -not -path '*/__pycache__/*')
	rm -rf $(NATIVE) && mkdir -p $(NATIVE)
	cp -r streams $(NATIVE)/ && find $(NATIVE) -name __pycache__ -prune -exec rm -rf {} +
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" deploy/native.sh $(NATIVE)
	touch $@

clean:
	rm -rf $(VENV) artifacts .build .pytest_cache .mypy_cache .ruff_cache
