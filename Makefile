# briefgen task runner. Every target installs what it needs into .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install site check test pytest lint bench bench-site bench-search fidelity golden audit browser screenshots clean

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

## browser: Debian's Chromium for the browser tests (installed when missing and run as root)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null; \
	  else \
	    echo "chromium is missing: run 'apt-get install chromium' (browser tests will skip)"; \
	  fi; }

## test: lint, type-check and run the whole test suite (browser tests included)
test: lint browser pytest

pytest: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/ruff format --check generator tests benchmarks
	$(BIN)/mypy

## bench: parse time per document, and hostile seeds at and past the documented limits
bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench_parse
	$(BIN)/python -m benchmarks.bench_limits

## bench-site: a synthetic archive of 100 and 500 events, stage by stage (ARGS="100 500 1000")
bench-site: $(STAMP)
	$(BIN)/python -m benchmarks.bench_site $(ARGS)

## bench-search: Pagefind against Material's search at 100, 500 and 1,000 events (ARGS=... for
## other sizes): build time, index size, first-search transfer in Chromium, result ranks
bench-search: $(STAMP) browser
	$(BIN)/python -m benchmarks.bench_search $(ARGS)

## fidelity: per-field precision and recall of the parser on tests/fixtures/shapes and,
## with CORPUS=folder, on a folder of labelled pages (NAME.txt + NAME.json) kept outside git
fidelity: $(STAMP)
	$(BIN)/python -m benchmarks.fidelity $(CORPUS) $(FIDELITY_ARGS)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## audit: Lighthouse (mobile) on one page of each type; fails below target
audit: site browser node_modules/.installed
	$(BIN)/python -m benchmarks.audit

## screenshots: README screenshots of the event page and a capital page
screenshots: site browser
	$(BIN)/python -m benchmarks.screenshots

clean:
	rm -rf $(VENV) site node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
