# Two set-up commands (see README): `make example` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Every package of .[test,bench,spark], pinned with its hashes: the set CI tested.
LOCK := requirements.lock
LOCK_VENV := .venv-lock

.PHONY: install system-deps example test serve-example bench lock

# The venv installs exactly the lock (pip refuses any file whose hash is not in it), then
# onrecord itself without dependencies; pip check fails when pyproject.toml names a
# dependency the lock lacks (run `make lock`).
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

install: $(STAMP)

# Regenerate the lock from pyproject.toml's ranges after adding a dependency: pins already
# in the lock are kept (`make lock LOCK_FLAGS=--upgrade` moves everything to the newest
# versions the ranges allow). pip-tools runs in a venv of its own and needs only the index.
LOCK_FLAGS ?=
lock:
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --upgrade pip pip-tools
	$(LOCK_VENV)/bin/pip-compile --quiet $(LOCK_FLAGS) --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links --extra test --extra bench --extra spark \
		--output-file $(LOCK) pyproject.toml

# PostgreSQL and Chromium for the storage and browser tests; skipped (with a note) where
# the machine has no apt-get or we are not root: those tests then skip with a clear reason.
system-deps:
	@scripts/install-system-deps

example: install
	$(BIN)/onrecord extract examples/kremlin-2022-03-21.txt --published 2022-03-21

test: install system-deps
	$(BIN)/python -m pytest

serve-example: install
	$(BIN)/onrecord ingest examples/kremlin-2022-03-21.txt --published 2022-03-21 --db sqlite:///example.db
	$(BIN)/onrecord serve --db sqlite:///example.db
