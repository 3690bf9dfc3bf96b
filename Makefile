# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# A release is built only from the hashed lock, in environments of its own (packaging/README.md).
LOCK       := packaging/requirements.lock
SBOM_LOCK  := packaging/sbom-tools.lock
PKG_VENV   := .venv-package
PKG_STAMP  := $(PKG_VENV)/.installed-stamp
SBOM_VENV  := .venv-sbom
SBOM_STAMP := $(SBOM_VENV)/.installed-stamp
LOCK_VENV  := .venv-lock

.PHONY: run test bench eval screenshots lock package package-check clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# A fresh venv per lock change, so nothing from an older lock stays in it.
$(PKG_STAMP): $(LOCK)
	rm -rf $(PKG_VENV) && $(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet --require-hashes -r $(LOCK)
	@touch $@

$(SBOM_STAMP): $(SBOM_LOCK)
	rm -rf $(SBOM_VENV) && $(PYTHON) -m venv $(SBOM_VENV)
	$(SBOM_VENV)/bin/python -m pip install --quiet --require-hashes -r $(SBOM_LOCK)
	@touch $@

# scripts/system-deps first: it installs the system tools (age, Qt's libraries, fonts) or says in
# one line what to install, before anything else is done.
run:
	@PYTHON=$(PYTHON) scripts/system-deps run
	@$(MAKE) --no-print-directory $(STAMP)
	$(BIN)/fieldintake

# tests/test_package.py builds the app and writes its SBOM with the SBOM tool's own venv.
test:
	@PYTHON=$(PYTHON) scripts/system-deps test
	@$(MAKE) --no-print-directory $(STAMP) $(SBOM_STAMP)
	QT_QPA_PLATFORM=offscreen FIELDINTAKE_SBOM_PYTHON=$(CURDIR)/$(SBOM_VENV)/bin/python $(BIN)/python -m pytest

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs/screenshots/ru --lang ru

# The pinned, hashed dependencies of a release (packaging/*.lock), from pyproject.toml.
# LOCK_EXTRA="pkg ..." also locks requirements a branch about to be merged adds.
lock:
	@test -x $(LOCK_VENV)/bin/uv || { $(PYTHON) -m venv $(LOCK_VENV) && $(LOCK_VENV)/bin/python -m pip install --quiet 'uv>=0.5'; }
	$(LOCK_VENV)/bin/python scripts/lock.py $(LOCK_EXTRA)

# dist/fieldintake/, dist/fieldintake-VERSION-PLATFORM.tar.gz, its .cdx.json SBOM, dist/SHA256SUMS.
package:
	@PYTHON=$(PYTHON) scripts/system-deps package
	@$(MAKE) --no-print-directory $(PKG_STAMP) $(SBOM_STAMP)
	$(PKG_VENV)/bin/python scripts/package.py build --sbom-python $(SBOM_VENV)/bin/python

# Two builds of this commit, in two folders, must give byte-identical archives.
package-check:
	@PYTHON=$(PYTHON) scripts/system-deps package
	@$(MAKE) --no-print-directory $(PKG_STAMP) $(SBOM_STAMP)
	$(PKG_VENV)/bin/python scripts/package.py check --sbom-python $(SBOM_VENV)/bin/python

bench: $(STAMP)
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

eval: $(STAMP)  # redaction quality on tests/redaction_corpus (also part of `make bench`)
	$(BIN)/python -m benchmarks --only bench_redaction $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(PKG_VENV) $(SBOM_VENV) $(LOCK_VENV) build dist *.egg-info .pytest_cache
