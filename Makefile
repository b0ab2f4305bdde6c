# Two commands set everything up on a fresh machine:
#   make demo   -- create .venv, install unmask, analyse the bundled sample chats
#   make test   -- create/update .venv with test extras, run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo test lint bench dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP) $@

# the demo folder is the demo's own: running it again replaces its reports
demo: $(STAMP)
	$(BIN)/unmask demo --force

test: $(TEST_STAMP)
	@sh scripts/ensure_chromium.sh
	$(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tools tests benchmarks scripts
	$(BIN)/ruff format --check src tools tests benchmarks scripts
	$(BIN)/mypy

bench: $(TEST_STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench,train]'
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/signals.py
	$(BIN)/python benchmarks/quality.py
	$(BIN)/python benchmarks/analyze.py
	$(BIN)/python benchmarks/validity.py

# the wheel and sdist a user installs (pipx install dist/unmask-*.whl)
dist: $(TEST_STAMP)
	$(BIN)/python -m build --no-isolation --outdir dist .

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
