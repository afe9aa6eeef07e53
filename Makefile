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

.PHONY: install run test lint bench reliability docs-serve clean

install: $(VENV)/.synced

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --python $(PYTHON)
	touch $@

run: install ## land, parse, validate, build the marts, publish, generate the docs (sample inbox)
	$(VENV)/bin/pressroom run

test: install ## lint and the whole test suite
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest

lint: install
	$(VENV)/bin/ruff check .

bench: install ## accuracy benchmark on the seeds and a generated corpus
	$(VENV)/bin/pressroom bench accuracy

reliability: install ## hostile inbox, concurrent runs, faults and signals (real runs, ~15 min)
	$(VENV)/bin/pytest tests/test_reliability.py tests/test_inbox_safety.py \
		tests/test_limits_integrity.py tests/test_runlock_health.py

docs-serve: install ## serve the dbt docs site on http://127.0.0.1:8080
	$(VENV)/bin/pressroom docs --serve

clean: ## remove landed files, the warehouse and Prefect's local state (keeps the inbox)
	rm -rf landing/raw landing/quarantine warehouse .prefect
