# parceltrail: `make run` starts the platform with demo data; `make test` runs every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
FUZZ_EXAMPLES ?= 100
FUZZ_SECONDS  ?= 200
export PARCELTRAIL_DATABASE_URL ?= sqlite:///var/parceltrail.db

.PHONY: messages vendor test-many run test lint browser check-format format migrate bench install dev clean mutation fuzz text-model text-eval compiled

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-mutation: pyproject.toml $(VENV)/.installed-dev
	$(BIN)/python -m pip install --quiet -e '.[dev,mutation]'
	touch $@

# The compiled detection modules (mypyc; docs/numbers.md, "Compiled modules"): built by
# `install` and `test` where mypyc and a C compiler are present (`make dev` installs mypyc, the
# extra `compiled`), and rebuilt whenever a source they are built from changes; without the
# tools, a note, and the same modules run as pure Python. `python -m parceltrail.mypyc_build
# --sources` lists those sources (the modules and what they import); the stamp records their
# hashes, and a build whose sources changed since is never loaded (parceltrail/compiled.py).
COMPILED := src/parceltrail/_compiled/stamp.json
COMPILED_SOURCES = $(shell $(BIN)/python -m parceltrail.mypyc_build --sources 2>/dev/null)

$(COMPILED): $(COMPILED_SOURCES) | $(VENV)/.installed
	$(BIN)/python -m parceltrail.mypyc_build --if-possible --quiet

compiled: $(VENV)/.installed
	@$(MAKE) -s --no-print-directory $(COMPILED)

install: $(VENV)/.installed
	@$(MAKE) -s --no-print-directory $(COMPILED)
dev: $(VENV)/.installed-dev

migrate: install
	$(BIN)/parceltrail migrate

# The live demo: the carrier simulator, a seeded marketplace and polling in accelerated time,
# the job runner (mail to the development inbox) and the web app, in this one process.
run: install
	@echo "parceltrail is starting on http://$(HOST):$(PORT)  (API docs: http://$(HOST):$(PORT)/docs)"
	$(BIN)/parceltrail demo --live --tokens --host $(HOST) --port $(PORT)

# mypy's configuration names the package; the scripts (not a package) are checked as files,
# with the same strict settings, in a second run.
lint: dev
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/mypy scripts
	$(BIN)/lint-imports

# The gettext catalogues of pages and mails (src/parceltrail/locale): extract the marked
# strings (babel.cfg), then merge them into each language's .po, the file translators edit
# (new strings empty: tests/unit/test_locale.py fails until each is translated).
LOCALE = src/parceltrail/locale
messages: install
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k _ -k Words --no-location --omit-header --sort-output \
	  -o $(LOCALE)/messages.pot .
	for lang in $$($(BIN)/python -c 'from parceltrail.locale import LANGUAGES, DEFAULT; \
	    print(*(l for l in LANGUAGES if l != DEFAULT))'); do \
	  test -f $(LOCALE)/$$lang/LC_MESSAGES/messages.po || \
	    $(BIN)/pybabel init -i $(LOCALE)/messages.pot -d $(LOCALE) -l $$lang --no-wrap; \
	done
	$(BIN)/pybabel update -i $(LOCALE)/messages.pot -d $(LOCALE) --no-fuzzy-matching \
	  --ignore-obsolete --no-wrap

# Third-party browser files parceltrail serves or tests with, committed so that nothing is
# fetched at run time: Swagger UI for /docs, axe-core for the browser tests. `make vendor`
# replaces them with the versions named here (npm pack: no node_modules, no install scripts).
SWAGGER_UI ?= 5.32.0
AXE_CORE   ?= 4.11.0
vendor:
	rm -rf var/vendor && mkdir -p var/vendor
	cd var/vendor && npm pack --silent swagger-ui-dist@$(SWAGGER_UI) axe-core@$(AXE_CORE)
	cd var/vendor && mkdir swagger axe && tar xzf swagger-ui-dist-*.tgz -C swagger && tar xzf axe-core-*.tgz -C axe
	cp var/vendor/swagger/package/swagger-ui-bundle.js var/vendor/swagger/package/swagger-ui.css \
	   var/vendor/swagger/package/LICENSE var/vendor/swagger/package/NOTICE \
	   var/vendor/swagger/package/swagger-ui-bundle.js.LICENSE.txt src/parceltrail/web/pages/static/vendor/swagger-ui/
	sed -i '/^\/\/# sourceMappingURL=/d' src/parceltrail/web/pages/static/vendor/swagger-ui/swagger-ui-bundle.js
	sed -i 's#/\*\# sourceMappingURL=[^*]*\*/##' src/parceltrail/web/pages/static/vendor/swagger-ui/swagger-ui.css
	cp var/vendor/axe/package/axe.min.js var/vendor/axe/package/LICENSE tests/browser/vendor/

# Browser tests drive Debian's chromium (never a Playwright download); installed with apt,
# as root, only when missing.
/usr/bin/chromium:
	apt-get install -y --no-install-recommends chromium

browser: /usr/bin/chromium

# pytest on every core (pytest-xdist); each file's tests stay on one worker, so a module's
# server or browser fixture starts once. Each worker has its own PostgreSQL schema and queues.
# With the detection modules compiled, their unit tests run once more on the pure-Python
# modules (PARCELTRAIL_PURE_PYTHON=1), which stay the reference and what `make mutation` tests.
PYTEST_WORKERS ?= auto
test: dev browser
	@$(MAKE) --no-print-directory -j2 lint compiled  # mypy and mypyc's build side by side
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile
	if [ -f $(COMPILED) ]; then \
	  PARCELTRAIL_PURE_PYTHON=1 $(BIN)/pytest -n $(PYTEST_WORKERS) -q tests/unit/domain/numbers; fi

# Web and job worker processes on one PostgreSQL with RabbitMQ (tests/e2e/test_many_processes.py):
# kept out of `make test` while it times out inside the whole suite (docs/scaling.md).
test-many: dev
	PARCELTRAIL_TEST_MANY_PROCESSES=1 $(BIN)/pytest tests/e2e/test_many_processes.py

# The event-text model shipped in the package, from tests/data/carrier_texts.tsv and the general
# vocabulary of tests/data/event_texts.tsv (docs/classification.md).
text-model: install
	$(BIN)/python -m parceltrail.domain.text.training train

# Its figures on held-out sources and by-source cross-validation.
text-eval: install
	$(BIN)/python -m parceltrail.domain.text.training evaluate

# Mutation testing of src/parceltrail/domain/ against the unit tests, on every core; one score
# line per module and a total (docs/testing.md). Not part of `make test`: it takes minutes.
# make mutation ONLY="domain/clock.py numbers/outcome.py": those modules only (mutants/ reused)
mutation: $(VENV)/.installed-mutation
	$(BIN)/python -m tests.mutation.run $(foreach module,$(ONLY),--only $(module))

bench: dev
	@$(MAKE) -s --no-print-directory $(COMPILED)  # bench/detect.py measures both implementations
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/lookup.py
	$(BIN)/python -m pip install --quiet tracking-numbers  # the peer, for this benchmark only
	$(BIN)/python bench/detect.py
	$(BIN)/python bench/classify.py
	$(BIN)/python bench/eta.py
	$(BIN)/python bench/health.py
	$(BIN)/python bench/webhooks.py
	$(BIN)/python bench/notify.py
	$(BIN)/python bench/mail_read.py
	$(BIN)/python bench/polling.py --parcels 300
	$(BIN)/python bench/ingest.py --shipments 3000 --database postgres  # needs PostgreSQL
	$(BIN)/python bench/scale.py --sizes 2000,10000  # needs PostgreSQL; docs/scaling.md

# schemathesis, every check, against a server on loopback (docs/fuzzing.md); not part of
# `make test`, which runs the generated-client test instead.
fuzz: dev
	scripts/fuzz.sh $(FUZZ_EXAMPLES) $(FUZZ_SECONDS)

format: dev
	$(BIN)/ruff check --fix src tests bench scripts
	$(BIN)/ruff format src tests bench scripts

clean:
	rm -rf $(VENV) var mutants .pytest_cache .mypy_cache .ruff_cache src/parceltrail/_compiled
