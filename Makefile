# Millpond: `make demo` to see it run, `make test` to check it. Both set up
# everything they need (a .venv, the Python packages, Debian packages for the
# real peers the tests talk to) and reuse what is already there.

PYTHON   ?= python3
VENV     ?= .venv
PY       := $(VENV)/bin/python
STAMP    := $(VENV)/.installed
# Real peers the tests start on loopback ports (never as system services).
DEBS     := mosquitto prometheus rsyslog bsdutils tmux openssl
PYTEST   := $(PY) -m pytest

.PHONY: demo test test-fast chaos bench fuzz venv debs clean help

help:
	@echo "make demo   - install and start Millpond with sample data and the dashboard"
	@echo "make test   - install what the tests need and run the whole suite"
	@echo "make chaos  - the long kill -9 / torn-write / overload runs"
	@echo "make bench  - millpond bench (log, ingest, pipeline)"
	@echo "make fuzz   - atheris on every decoder (FUZZ_SECONDS=60 each; FUZZ_TARGETS=...)"

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,bench]'
	touch $@

venv: $(STAMP)

# Installs, one by one, the Debian packages that are missing (apt needs root:
# sudo is used when we are not root).
debs:
	@missing=""; for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  echo "installing Debian packages:$$missing"; \
	  $$SUDO apt-get update -qq && \
	  for p in $$missing; do DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$p >/dev/null || exit 1; done; \
	fi

demo: $(STAMP)
	$(VENV)/bin/millpond demo

test: $(STAMP) debs
	$(PYTEST) -q -m "not slow"

test-fast: $(STAMP)
	$(PYTEST) -q -m "not slow" -x

chaos: $(STAMP) debs
	$(PYTEST) -q -m slow

# atheris on every decoder, FUZZ_SECONDS each (FUZZ_TARGETS: a subset); findings land in tests/fuzz/corpus/
FUZZ_SECONDS ?= 60
fuzz: $(STAMP)
	$(PY) tests/fuzz/run_fuzz.py --seconds $(FUZZ_SECONDS) $(FUZZ_TARGETS)

bench: $(STAMP)
	$(VENV)/bin/millpond bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache millpond-data
