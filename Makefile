# newslens: the front door. `make report` and `make test` work on a fresh machine (Python 3.11, root).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
ARTICLE ?= data/raw/lawrow-warunki-rozmow.txt
OUT    ?= report
EVAL   ?= eval
STAMP  := $(VENV)/.installed
LAB_ARGS ?=

.PHONY: help install kernel chromium report corpus test test-fast fuzz eval lab bench clean check-heldout eval-blind

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt pyproject.toml | $(BIN)/python
	@echo "newslens: installing into $(VENV): pip, requirements.txt, the newslens package and its Jupyter kernel (a few minutes the first time)"
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name newslens --display-name "newslens" >/dev/null
	$(BIN)/python -m compileall -q src/newslens >/dev/null  # bytecode once: a newslens process need not compile the package when PYTHONDONTWRITEBYTECODE is set
	touch $(STAMP)

install: $(STAMP)  ## Create .venv, install requirements, the package and the venv's own "newslens" kernel

kernel: $(STAMP)  ## (Re)install the Jupyter kernel inside the venv
	$(BIN)/python -m ipykernel install --sys-prefix --name newslens --display-name "newslens"

chromium:  ## Make sure Debian's Chromium (PDF) and poppler-utils are present
	@if [ -x /usr/bin/chromium ] && command -v pdftoppm >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "newslens: installing Debian's chromium (prints the PDF) and poppler-utils with apt-get (about two minutes)"; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null; \
	else echo "newslens: Chromium missing: run 'sudo apt-get install chromium poppler-utils'" >&2; exit 1; fi

report: install chromium  ## Render the default article (ARTICLE=...) into report/<article-id>/
	$(BIN)/newslens render "$(ARTICLE)" --out "$(OUT)"

corpus: install chromium  ## Render every development article and the corpus index page report/dev/index.html
	$(BIN)/newslens render data/dev --out $(OUT)/dev

test: install chromium  ## Run the whole test suite, slow rendering tests included
	$(BIN)/python -m pytest -q

test-fast: install  ## Run the tests that do not render notebooks
	$(BIN)/python -m pytest -q -m "not slow"

fuzz: install chromium  ## Long property and fault tests: thousands of hostile texts, renders killed at random points
	@mkdir -p "$(EVAL)"
	NEWSLENS_FUZZ=long NEWSLENS_FUZZ_STATS="$(EVAL)" $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py tests/test_faults.py
	@cat "$(EVAL)/fuzz.json" "$(EVAL)/faults.json"

eval: install  ## Score the extractors on the development corpus, the scored held-out articles (if any) and the reference article
	$(BIN)/newslens evaluate data/dev --out eval/dev
	$(BIN)/newslens evaluate data/raw --out eval/raw
	@if ls data/holdout/*.gold.json >/dev/null 2>&1; then $(BIN)/newslens evaluate data/holdout --out eval/holdout; fi

lab: install  ## JupyterLab on notebooks/ with explore open (.py notebooks open as notebooks; LAB_ARGS="--no-browser --port N")
	JUPYTER_CONFIG_PATH="$(CURDIR)/jupyter" $(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" $(LAB_ARGS)

bench: install chromium  ## One table: whole-process render vs the toolchain floor, corpus render and extraction, extraction scaling
	@$(BIN)/python -m compileall -q src/newslens >/dev/null  # time the package as installed, not its compilation
	$(BIN)/python bench/bench.py

eval-blind: install  ## Score the sealed blind batch in data/blind ONCE, then record its row (see data/blind/README.md)
	$(BIN)/newslens evaluate data/blind --out eval/blind

check-heldout:  ## Check that no article under data/ is one of the articles held out of development (silent when none is)
	@../shared/heldout/check data

clean:  ## Remove rendered reports (and what killed runs left, hidden folders too), the index and evaluation outputs
	@if [ -d "$(OUT)" ]; then find "$(OUT)" -mindepth 1 -maxdepth 1 \( -type d -o -name '.newslens-tmp-*' \
	  -o -name index.html \) -exec rm -rf {} +; fi
	rm -rf "$(EVAL)"
