# briefgen task runner. Every target installs what it needs into .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install site check test pytest lint bench golden clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## site: regenerate content/ from seeds/, check it, build site/ with mkdocs --strict
site: $(STAMP)
	$(BIN)/briefgen build

check: $(STAMP)
	$(BIN)/briefgen check

## golden: regenerate the committed expected outputs after an intended change
golden: $(STAMP)
	$(BIN)/python -m tests.golden

## test: lint, type-check and run the whole test suite
test: lint pytest

pytest: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/ruff format --check generator tests benchmarks
	$(BIN)/mypy

## bench: parse-time benchmark (prints ms per document)
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_parse.py

clean:
	rm -rf $(VENV) site .pytest_cache .mypy_cache .ruff_cache .hypothesis
