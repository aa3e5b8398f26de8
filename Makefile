# One command sets up and runs the main job; one runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

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
	$(BIN)/vnextract evaluate --gold corpus/gold/seeds.jsonl --raw corpus/raw --json outputs/eval_seeds_pipeline.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/seeds.jsonl --raw corpus/raw --system underthesea --json outputs/eval_seeds_underthesea.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_dev.jsonl --raw $(SHARED)/news --json outputs/eval_news_dev_pipeline.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_dev.jsonl --raw $(SHARED)/news --system underthesea --json outputs/eval_news_dev_underthesea.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_dev2.jsonl --raw $(SHARED)/news --json outputs/eval_news_dev2_pipeline.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_dev2.jsonl --raw $(SHARED)/news --system underthesea --json outputs/eval_news_dev2_underthesea.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_dev3.jsonl --raw $(SHARED)/news --json outputs/eval_news_dev3_pipeline.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_dev3.jsonl --raw $(SHARED)/news --system underthesea --json outputs/eval_news_dev3_underthesea.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_dev4.jsonl --raw $(SHARED)/news --json outputs/eval_news_dev4_pipeline.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_dev4.jsonl --raw $(SHARED)/news --system underthesea --json outputs/eval_news_dev4_underthesea.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_test.jsonl --raw $(SHARED)/news --json outputs/eval_news_test_pipeline.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_test.jsonl --raw $(SHARED)/news --system underthesea --json outputs/eval_news_test_underthesea.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_test2.jsonl --raw $(SHARED)/news --json outputs/eval_news_test2_pipeline.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_test2.jsonl --raw $(SHARED)/news --system underthesea --json outputs/eval_news_test2_underthesea.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_test3.jsonl --raw $(SHARED)/news --json outputs/eval_news_test3_pipeline.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_test3.jsonl --raw $(SHARED)/news --system underthesea --json outputs/eval_news_test3_underthesea.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_test4.jsonl --raw $(SHARED)/news --json outputs/eval_news_test4_pipeline.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_test4.jsonl --raw $(SHARED)/news --system underthesea --json outputs/eval_news_test4_underthesea.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_test5.jsonl --raw $(SHARED)/news --json outputs/eval_news_test5_pipeline.json --errors 0
	$(BIN)/vnextract evaluate --gold corpus/gold/news_test5.jsonl --raw $(SHARED)/news --system underthesea --json outputs/eval_news_test5_underthesea.json --errors 0

bench: $(STAMP)
	$(BIN)/vnextract bench $(SHARED)/news

robust: $(STAMP)
	$(BIN)/vnextract robust $(SHARED)/news --mutations 3

clean:
	rm -rf $(VENV) .pytest_cache
