# Every target installs what it needs into .venv first, so each works on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PINNED_SPEC ?= ../shared/dokploy/openapi/dokploy-v0.30.2-live.json

.PHONY: install test lint fmt demo spec types generate availability regen-check bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

fmt: $(STAMP)
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

test: lint
	$(PY) -m pytest -n 2 -p no:cacheprovider

demo: $(STAMP)
	$(PY) -m dokploy_async.demo

# The key is read from $$DOKPLOY_API_KEY by the generator itself, so it never shows in `ps`.
spec: $(STAMP)
	$(PY) -m generator fetch --output openapi.json

# Build time only (Node.js and a Dokploy checkout after `pnpm install`); writes the committed
# generator/types/<version>.json that `generate` reads.
types: $(STAMP)
	test -n "$(DOKPLOY_SRC)" || { echo "usage: make types DOKPLOY_SRC=path/to/dokploy"; exit 2; }
	$(PY) -m generator types --dokploy-src "$(DOKPLOY_SRC)"

generate: $(STAMP)
	$(PY) -m generator build --spec openapi.json --output dokploy_async/generated

# The committed client is exactly what the generator makes from the pinned document.
regen-check: $(STAMP)
	rm -rf .regen-check
	$(PY) -m generator build --spec $(PINNED_SPEC) --output .regen-check/generated
	diff -r -q -x __pycache__ dokploy_async/generated .regen-check/generated
	rm -rf .regen-check

# Which reference documents offer each operation (named by UnsupportedOperationError).
availability: $(STAMP)
	$(PY) -m generator availability --documents ../shared/dokploy/openapi --output dokploy_async/_availability.py

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
