# Two commands for a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 5000
OIDC_PORT ?= 5001

.PHONY: run test lint format migrate demo bench bench-policy clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

# Serve on http://127.0.0.1:5000 with the local sign-in provider on :5001, demo data, and the
# background worker (huey on instance/tasks.sqlite3: mail, digests, deletion sweeps).
run: $(STAMP)
	FLASK_DEBUG=1 $(BIN)/flask --app wsgi db upgrade
	FLASK_DEBUG=1 $(BIN)/flask --app wsgi demo load
	@echo "Open http://$(HOST):$(PORT) and sign in as any demo identity (Ctrl-C stops everything)."
	@trap 'kill 0' INT TERM EXIT; \
	$(BIN)/python -m community.auth.local_provider --host $(HOST) --port $(OIDC_PORT) & \
	COMMUNITY_ENV=development LOCAL_OIDC_URL=http://$(HOST):$(OIDC_PORT) \
	$(BIN)/huey_consumer community.tasks.huey --workers 2 --worker-type thread & \
	COMMUNITY_ENV=development LOCAL_OIDC_URL=http://$(HOST):$(OIDC_PORT) FLASK_DEBUG=1 \
	$(BIN)/flask --app wsgi run --host $(HOST) --port $(PORT) --no-reload

# The whole suite: lint, unit, database, HTTP and (when chromium is installed) browser tests,
# in parallel: PYTEST_WORKERS processes (pytest-xdist; "auto" is one per core, 0 runs serially),
# the browser journeys all on one of them (loadgroup).
PYTEST_WORKERS ?= auto
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

migrate: $(STAMP)
	FLASK_DEBUG=1 $(BIN)/flask --app wsgi db upgrade

# The load benchmark (bench/README.md): SQLite, 100k posts; BENCH_ARGS="--scale 1m" or
# BENCH_ARGS="--database-url postgresql://..." for the others. It needs wrk, from Debian's packages.
bench: $(STAMP)
	@command -v wrk >/dev/null || { $(if $(filter 0,$(shell id -u)),,sudo) apt-get update -qq && \
		$(if $(filter 0,$(shell id -u)),,sudo) apt-get install -y -qq wrk; }
	$(BIN)/python bench/load.py --json bench/out.json $(BENCH_ARGS)

# The sales-pitch policy on its evaluation sets: share held by label and language, ms per post.
bench-policy: $(STAMP)
	$(BIN)/python bench/policy.py --json bench/out-policy.json

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache tests/artifacts
