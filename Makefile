# Rasd — the two commands a newcomer types: `make run` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ARTICLES ?=
DB ?= rasd.db
SAMPLE := examples/iraq-prepares-2022-01-24.json

.PHONY: run test setup lint typecheck bench clean

$(BIN)/rasd: pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/rasd

setup: $(BIN)/rasd

run: setup
	$(BIN)/rasd ingest $(SAMPLE) $(ARTICLES) --db $(DB)
	$(BIN)/rasd events --db $(DB) --format table

lint: setup
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: setup
	$(BIN)/rasd bench --input ../shared/data/saudinewsnet/security_subset.jsonl.gz --limit 1000

clean:
	rm -rf $(VENV) build *.egg-info
