# Every target sets itself up: a fresh clone needs nothing but python3 (3.11+) and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := corpus/samples/call-centre-services
PORT ?= 8501

.PHONY: setup run demo test lint samples train evaluate bench clean

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

## Speed and memory on 20 CUAD PDFs (needs ../shared/cuad); docs/benchmarks.md records them.
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --count 20

clean:
	rm -rf build .pytest_cache .ruff_cache
