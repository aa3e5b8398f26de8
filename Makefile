# One command sets up and runs the main job; one runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
# every gold file: seeds (the bundled articles) and the news sets read from $(SHARED)/news
GOLD_SETS := $(basename $(notdir $(wildcard corpus/gold/*.jsonl)))

.PHONY: setup run test eval bench robust clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/vnextract run

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	set -e; for g in $(GOLD_SETS); do \
	  raw=$(SHARED)/news; [ $$g = seeds ] && raw=corpus/raw; \
	  for sys in pipeline underthesea; do \
	    $(BIN)/vnextract evaluate --gold corpus/gold/$$g.jsonl --raw $$raw --system $$sys \
	      --json outputs/eval_$${g}_$$sys.json --errors 0; \
	  done; \
	done

bench: $(STAMP)
	$(BIN)/vnextract bench $(SHARED)/news

robust: $(STAMP)
	$(BIN)/vnextract robust $(SHARED)/news --mutations 3

clean:
	rm -rf $(VENV) .pytest_cache
