# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test bench screenshots lock package package-check clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# scripts/system-deps first: it installs the system tools (age, Qt's libraries, fonts) or says in
# one line what to install, before anything else is done.
run:
	@PYTHON=$(PYTHON) scripts/system-deps run
	@$(MAKE) --no-print-directory $(STAMP)
	$(BIN)/fieldintake

test:
	@PYTHON=$(PYTHON) scripts/system-deps test
	@$(MAKE) --no-print-directory $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The pinned, hashed dependencies of a release (packaging/requirements.lock), from pyproject.toml.
# LOCK_EXTRA="pkg ..." also locks requirements a branch about to be merged adds.
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet 'uv>=0.5'
	$(BIN)/python scripts/lock.py $(LOCK_EXTRA)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m fieldintake.ui.screenshots docs/screenshots

package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller packaging/fieldintake.spec --noconfirm --distpath dist --workpath build/pyinstaller
	cp packaging/fieldintake.desktop packaging/fieldintake.svg dist/

bench: $(STAMP)
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
