# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test bench eval screenshots package clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/fieldintake

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m fieldintake.ui.screenshots docs/screenshots

package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller packaging/fieldintake.spec --noconfirm --distpath dist --workpath build/pyinstaller
	cp packaging/fieldintake.desktop packaging/fieldintake.svg dist/

bench: $(STAMP)
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

eval: $(STAMP)  # redaction quality on tests/redaction_corpus (also part of `make bench`)
	$(BIN)/python -m benchmarks --only bench_redaction $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
