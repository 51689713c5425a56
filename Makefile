# Two set-up commands (see README): `make example` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install system-deps example test serve-example bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench,spark]'
	touch $(STAMP)

install: $(STAMP)

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
