# Every target sets itself up: a fresh clone needs nothing but python3 (3.11+) and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := corpus/samples/call-centre-services
PORT ?= 8501

.PHONY: setup run demo test lint samples train evaluate bench fuzz clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

## Analyse the shipped sample agreement (rendered to PDF), then start the review page.
run: demo
	$(BIN)/streamlit run app.py --server.port $(PORT)

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

## Speed: analyze beside raw pdfplumber on 20 CUAD PDFs (needs ../shared/cuad).
bench: $(STAMP)
	$(BIN)/python benchmarks/analyze_vs_extract.py --count 20

## Fuzz ingest and segmentation with random seeds, FUZZ_EXAMPLES inputs per target (SECURITY.md).
FUZZ_EXAMPLES ?= 2000
fuzz: $(STAMP)
	CLAUSECHECK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/test_fuzz.py -q \
		--hypothesis-show-statistics

clean:
	rm -rf build .pytest_cache .ruff_cache
