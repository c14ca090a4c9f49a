# The README's two commands: `make demo` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXTRAS := web,postgres,spark,parquet,dev
DEMO_DB := out/demo.db
PYTEST_ARGS ?=

.PHONY: install demo test eval bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/armsledger docs src/armsledger/samples/demo
	mkdir -p out && rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/armsledger ingest src/armsledger/samples/demo --db $(DEMO_DB)
	$(BIN)/armsledger deals --db $(DEMO_DB)
	$(BIN)/armsledger contradictions --db $(DEMO_DB)
	$(BIN)/armsledger report --pair RUS PAK --db $(DEMO_DB)
	@echo "Open the dashboard on it:  $(BIN)/armsledger serve --db $(DEMO_DB)   then http://127.0.0.1:8000/"

test: $(STAMP)
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

eval: $(STAMP)
	$(BIN)/python bench/eval_gate.py

bench: $(STAMP)
	$(BIN)/python bench/extract_speed.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out build *.egg-info
