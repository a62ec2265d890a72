# The two commands users need: `make run` and `make test`. Both are idempotent and fast the second time.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
export MIRANO_DATA_DIR ?= $(CURDIR)/data

.PHONY: run test test-calendar lint bench bench-1m soak install install-dev clean

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
	$(BIN)/mirano init --demo-if-new
	$(BIN)/mirano ui --port $(PORT)

# Two worker processes (pytest-xdist): every test builds its own data dir, ports and servers, so they share nothing;
# a module marked xdist_group (one dashboard for several page tests) stays on one worker.
test: install-dev
	$(BIN)/python -m pytest -q -p no:cacheprovider -n 2 --dist loadgroup $(PYTEST_ARGS)
	@$(MAKE) --no-print-directory test-calendar

# The tests that read the calendar (tests/conftest.py names them) again with the clock moved: +45 days, +400 days,
# and to 31 December 23:30 in Moscow with TZ=Europe/Moscow. tests/clock_shift.pth, copied into the venv, moves the
# wall clock of every Python process of the run (xdist workers and the CLI processes tests start) by
# MIRANO_CLOCK_SHIFT_SECONDS through time-machine: a shift, not a start time, so all processes agree on the time,
# and the monotonic clock stays real, so timed waits and sleeps work. (Debian's faketime did the same from outside
# the process, but libfaketime 0.9.10 crashed several xdist workers in every leg.)
CALENDAR_PYTEST := $(BIN)/python -m pytest -q -p no:cacheprovider -n 2 -m "calendar and not postgres"
DAY := 86400
test-calendar: install-dev
	@cp tests/clock_shift.pth "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/"
	@eve=$$(( $$(TZ=Europe/Moscow date -d "$$(date +%Y)-12-31 23:30" +%s) - $$(date +%s) )); \
	echo "calendar tests: +45 days" && MIRANO_CLOCK_SHIFT_SECONDS=$$((45 * $(DAY))) $(CALENDAR_PYTEST) && \
	echo "calendar tests: +400 days" && MIRANO_CLOCK_SHIFT_SECONDS=$$((400 * $(DAY))) $(CALENDAR_PYTEST) && \
	echo "calendar tests: 31 December 23:30 Moscow time" && \
	TZ=Europe/Moscow MIRANO_CLOCK_SHIFT_SECONDS=$$eve $(CALENDAR_PYTEST)

lint: install-dev
	$(BIN)/ruff check pipeline agent ui tests bench
	$(BIN)/ruff format --check pipeline agent ui tests bench

# Every script prints its figures and writes bench/results/*.json; the last step prints the table of goals and
# fails when one is missed (or a script failed). scale.py needs a local PostgreSQL.
BENCHES := engine_throughput checks memory search cli assistant scale checks_scale vectors prefetch control timeline reuse
bench: install-dev
	@rm -rf bench/results
	@status=0; for b in $(BENCHES); do [ ! -f bench/$$b.py ] || $(BIN)/python bench/$$b.py || status=1; done; \
	$(BIN)/python bench/goals.py && exit $$status

# Memory search at a million chunks on both back ends (bench/vectors.py; `make bench` runs it at 100,000): about an
# hour on 2 cores, most of it loading SQLite and building the HNSW index. Writes bench/results/vectors.json.
bench-1m: install-dev
	BENCH_VECTORS_SIZES=1000000 $(BIN)/python bench/vectors.py

# Not part of `make test`: 20 minutes (SOAK_SECONDS) of checks, syncs and builds under faults and SIGKILLs.
soak: install-dev
	$(BIN)/python bench/soak.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
