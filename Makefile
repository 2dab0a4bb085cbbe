# Two commands: `make run` serves the app, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export FLASK_APP := quizapp

.PHONY: run test test-sqlite test-postgres lint fuzz bench serve clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Create the database, add the seed quiz and serve on http://127.0.0.1:5000
run: $(STAMP)
	$(BIN)/flask init-db
	$(BIN)/flask run --host 127.0.0.1 --port 5000

## Serve with gunicorn (production shape); DATABASE_URL picks the database
serve: $(STAMP)
	$(BIN)/flask init-db
	$(BIN)/gunicorn -c gunicorn.conf.py 'quizapp:create_app()'

## Lint, type-check, then the whole suite on SQLite and on PostgreSQL
test: $(STAMP) lint test-sqlite test-postgres

test-sqlite: $(STAMP)
	$(BIN)/pytest

test-postgres: $(STAMP)
	QUIZ_TEST_DATABASE_URL=$${QUIZ_TEST_DATABASE_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test} $(BIN)/pytest

## Hypothesis at random (profile "fuzz"): new examples every run, 10,000 where a test sets
## no count, ten times its own count where it does (tests.conftest.examples)
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -m "not browser" tests

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## Benchmarks: each prints a table against a baseline measured in the same run (~35 min)
bench: $(STAMP)
	$(BIN)/python bench/generate.py
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/leaderboard.py
	$(BIN)/python bench/requests.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/load.py --players 200 --think 3
	$(BIN)/python bench/live.py

clean:
	rm -rf $(VENV) instance .pytest_cache .mypy_cache .ruff_cache
