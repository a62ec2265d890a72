# The two commands users need: `make run` and `make test`. Both are idempotent and fast the second time.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
export MIRANO_DATA_DIR ?= $(CURDIR)/data

.PHONY: run test test-calendar lint bench soak install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the project's dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

# The package's bytecode, written ahead (only what changed): where PYTHONDONTWRITEBYTECODE is set, every command
# would compile the package again, a fifth of `mirano jobs`' start-up.
install: $(VENV)/.installed
	@$(BIN)/python -m compileall -q pipeline agent ui > /dev/null
install-dev: $(VENV)/.installed-dev
	@$(BIN)/python -m compileall -q pipeline agent ui > /dev/null

run: install
	@if [ ! -f "$(MIRANO_DATA_DIR)/mirano.db" ]; then $(BIN)/mirano init --demo; else $(BIN)/mirano init; fi
	$(BIN)/mirano ui --port $(PORT)

# Two worker processes (pytest-xdist): every test builds its own data dir, ports and servers, so they share nothing.
test: install-dev
	$(BIN)/python -m pytest -q -p no:cacheprovider -n 2 $(PYTEST_ARGS)
	@$(MAKE) --no-print-directory test-calendar

# The tests that read the calendar (tests/conftest.py names them) again with the clock moved by Debian's faketime:
# +45 days, +400 days, and to 31 December 23:30 in Moscow with TZ=Europe/Moscow. Shifts, not start times, so every
# process of a run agrees on the time. libfaketime leaves the monotonic clock real (timed waits would never end),
# and tests/faketime_sleep.pth gives Python a time.sleep that works so (clock_nanosleep fails under it).
# libfaketime 0.9.10 itself crashes an xdist worker now and then (SIGSEGV in whatever thread runs, most often a
# server's poll loop; 1 to 4 workers in a leg of ~960 tests here, never outside faketime): a leg's failures are run
# again on their own, up to three times, and a test that pins a date fails every time.
CALENDAR_PYTEST := $(BIN)/python -m pytest -q -o cache_dir=.pytest_cache/calendar -n 2 -m "calendar and not postgres"
define calendar_leg
{ echo "calendar tests: $(1)"; $(2) faketime -f "$(3)" $(CALENDAR_PYTEST) || for again in 1 2 3; do \
  echo "calendar tests: $(1), the failures again ($$again of 3)"; \
  $(2) faketime -f "$(3)" $(CALENDAR_PYTEST) --lf && break; [ $$again -lt 3 ] || exit 1; done; }
endef
test-calendar: install-dev
	@command -v faketime > /dev/null || { echo "faketime is missing: apt-get install faketime (.ci/run does)"; exit 1; }
	@cp tests/faketime_sleep.pth "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/"
	@export FAKETIME_DONT_FAKE_MONOTONIC=1; \
	eve=$$(printf %+d $$(( $$(TZ=Europe/Moscow date -d "$$(date +%Y)-12-31 23:30" +%s) - $$(date +%s) ))); \
	$(call calendar_leg,+45 days,,+45d) && \
	$(call calendar_leg,+400 days,,+400d) && \
	$(call calendar_leg,31 December 23:30 Moscow time,TZ=Europe/Moscow,$$eve)

lint: install-dev
	$(BIN)/ruff check pipeline agent ui tests bench
	$(BIN)/ruff format --check pipeline agent ui tests bench

# Every script prints its figures and writes bench/results/*.json; the last step prints the table of goals and
# fails when one is missed (or a script failed). scale.py needs a local PostgreSQL.
BENCHES := engine_throughput checks memory search cli assistant scale prefetch control
bench: install-dev
	@rm -rf bench/results
	@status=0; for b in $(BENCHES); do [ ! -f bench/$$b.py ] || $(BIN)/python bench/$$b.py || status=1; done; \
	$(BIN)/python bench/goals.py && exit $$status

# Not part of `make test`: 20 minutes (SOAK_SECONDS) of checks, syncs and builds under faults and SIGKILLs.
soak: install-dev
	$(BIN)/python bench/soak.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
