# Rasd — the two commands a newcomer types: `make run` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ARTICLES ?=
DB ?= rasd.db
SAMPLE := examples/iraq-prepares-2022-01-24.json

.PHONY: run test setup compile lint bench clean

# Installs Rasd (editable) and compiles its extraction stages with mypyc (setup.py): about two minutes.
$(BIN)/rasd: pyproject.toml setup.py
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/rasd

setup: $(BIN)/rasd

HOST ?= 127.0.0.1
PORT ?= 8000

# Ingest the sample article (and any ARTICLES=file.jsonl), show the events, then serve the map until Ctrl-C.
run: setup
	$(BIN)/rasd ingest $(SAMPLE) $(ARTICLES) --db $(DB)
	$(BIN)/rasd events --db $(DB) --format table
	@echo "Rasd map and API: http://$(HOST):$(PORT)/   (API docs: http://$(HOST):$(PORT)/docs; Ctrl-C to stop)"
	$(BIN)/rasd serve --db $(DB) --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# After editing a compiled module Rasd runs its Python source (warning E302); this rebuilds the compiled one.
compile: setup
	@$(BIN)/python -c "import sys, rasd._build as b; sys.exit(b.stale(b.compiled_modules()) != [])" 2>/dev/null \
		|| $(BIN)/pip install -q --no-deps -e .

bench: compile
	$(BIN)/rasd bench --input ../shared/data/saudinewsnet/security_subset.jsonl.gz --limit 1000

clean:
	rm -rf $(VENV) build *.egg-info
	find src -name "*.so" -delete
