# Every target sets itself up: a fresh clone needs nothing but python3 (3.11+) and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := corpus/samples/call-centre-services
PORT ?= 8501

.PHONY: setup run demo test lint samples train evaluate reference bench bench-engines bench-tables browser system-packages screenshots fuzz clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

## Analyse the shipped sample agreement (rendered to PDF), then start the review page.
run: demo
	$(BIN)/clausecheck page --port $(PORT)

demo: $(STAMP)
	$(BIN)/python -m clausecheck.samples build/samples > /dev/null
	$(BIN)/clausecheck analyze build/samples/call-centre-services.pdf --format md --output build/call-centre-services.md
	$(BIN)/clausecheck analyze build/samples/call-centre-services.pdf

## The whole test suite (what CI runs).
test: $(STAMP)
	$(BIN)/ruff check clausecheck tests app.py
	$(BIN)/ruff format --check clausecheck tests app.py
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check clausecheck tests app.py
	$(BIN)/ruff format --check clausecheck tests app.py

samples: $(STAMP)
	$(BIN)/python -m clausecheck.samples build/samples

train: $(STAMP)
	$(BIN)/clausecheck train

evaluate: $(STAMP)
	$(BIN)/clausecheck evaluate

## The issue's in-domain reference: the same architecture trained on CUAD sections (needs
## ../shared/cuad; nothing trained on CUAD is saved). models/MODEL_CARD.md records it.
reference: $(STAMP)
	$(BIN)/python benchmarks/cuad_reference.py

## Speed and memory in one run, as ratios (needs ../shared/cuad): both PDF engines against
## pdfplumber's extract_text on 20 CUAD PDFs, start-up and peak memory of the command line,
## batch on all cores, a cached re-run. docs/benchmarks.md records the method and a run.
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --count 20

## Do both PDF engines give the same reports? Every CUAD PDF through both (slow: pdfplumber).
bench-engines: $(STAMP)
	$(BIN)/python benchmarks/engines.py

## What reading ruled tables costs each PDF engine.
bench-tables: $(STAMP)
	$(BIN)/python benchmarks/tables.py

## Refresh the README's screenshots of the review page (runs the end-to-end test).
screenshots: $(STAMP)
	CLAUSECHECK_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/test_e2e.py

## The system programs our features use, from Debian's packages, so that their tests run:
## Chromium (the end-to-end tests drive it; Playwright never downloads a browser here),
## Tesseract (--ocr) and PostgreSQL (saved reviews). Idempotent: installs only what is missing,
## and says why it skips when apt-get is missing or not allowed (those tests then skip too).
SYSTEM_PACKAGES := chromium:chromium tesseract-ocr:tesseract postgresql:/usr/lib/postgresql/*/bin/initdb
system-packages:
	@missing=""; \
	for entry in $(SYSTEM_PACKAGES); do \
		package=$${entry%%:*}; probe=$${entry#*:}; \
		if command -v $$probe >/dev/null 2>&1 || ls $$probe >/dev/null 2>&1; then continue; fi; \
		missing="$$missing $$package"; \
	done; \
	if [ -z "$$missing" ]; then echo "system-packages: all installed"; exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
		echo "system-packages: skipped ($$missing): no apt-get; the tests that need them will skip"; exit 0; \
	fi; \
	if [ "$$(id -u)" -eq 0 ]; then sudo=""; \
	elif sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	else echo "system-packages: skipped ($$missing): apt-get needs root or passwordless sudo"; exit 0; fi; \
	echo "system-packages: installing$$missing with apt-get"; \
	if $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	then echo "system-packages: installed$$missing"; \
	else echo "system-packages: apt-get could not install$$missing; the tests that need them will skip"; fi

## Chromium alone (kept for habit: system-packages installs it with the others).
browser: system-packages

## Fuzz ingest and segmentation with random seeds, FUZZ_EXAMPLES inputs per target (SECURITY.md).
FUZZ_EXAMPLES ?= 2000
fuzz: $(STAMP)
	CLAUSECHECK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/test_fuzz.py -q \
		--hypothesis-show-statistics

clean:
	rm -rf build .pytest_cache .ruff_cache
