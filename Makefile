# Two commands on a fresh machine with Python 3.11: `make run` and `make test`.
# Everything is installed into .tools/ (uv) and .venv/ (the project, from uv.lock).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
UV_VERSION := 0.13.8
UV := .tools/bin/uv
VENV := .venv

export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 60
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export UV_PYTHON_DOWNLOADS := never

.PHONY: help install run test test-fast lint typecheck imports bench reliability docs-serve dashboard clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 14

install: $(VENV)/.synced ## install uv and the project with its locked dependencies

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --compile-bytecode --python $(PYTHON)
	touch $@

run: install ## land, parse, validate, build the marts, publish, generate the docs (sample inbox)
	$(VENV)/bin/pressroom run

test: lint typecheck imports ## lint, type check, import contracts and the whole test suite
	$(VENV)/bin/pytest

test-fast: lint ## lint and the tests not marked slow (no dbt, pipeline or browser runs)
	$(VENV)/bin/pytest -m "not slow"

lint: install ## ruff
	$(VENV)/bin/ruff check .

typecheck: install ## mypy on src/ and flows/
	$(VENV)/bin/mypy

imports: install ## import-linter: parsing, corpus and bench keep to their layers
	$(VENV)/bin/lint-imports

bench: install ## accuracy benchmark, then end-to-end throughput on 1,000 and 10,000 files
	$(VENV)/bin/pressroom bench accuracy
	$(VENV)/bin/pressroom bench throughput --n 1000
	$(VENV)/bin/pressroom bench throughput --n 10000

reliability: install ## hostile inbox, concurrent runs, faults and signals (real runs, ~15 min)
	$(VENV)/bin/pytest tests/test_reliability.py tests/test_inbox_safety.py \
		tests/test_limits_integrity.py tests/test_runlock_health.py

docs-serve: install ## serve the dbt docs site on http://127.0.0.1:8080
	$(VENV)/bin/pressroom docs --serve

dashboard: install ## serve the dashboard over the published warehouse on http://127.0.0.1:8501
	$(VENV)/bin/pressroom dashboard

clean: ## remove landed files, the warehouse and Prefect's local state (keeps the inbox)
	rm -rf landing/raw landing/quarantine warehouse .prefect
