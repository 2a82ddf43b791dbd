# Every target uses the tools of $(VENV); `make venv` creates it (again when pyproject.toml changes).
VENV ?= .venv
PYTHON ?= python3
SPEC ?= openapi/discogs.yaml
BIN := $(VENV)/bin
STAMP := $(VENV)/.discogs-async-dev-installed
GENERATED := discogs_async/_generated
LINTED := discogs_async tests bench examples docs

# $(call generate_into,DIR): generate the package from $(SPEC) into DIR (which must not exist yet) and mark it typed.
# The post-hooks call `ruff`, so $(BIN) goes first on PATH. `;` (not &&) so that `set -e` stops at a failure.
# custom/constraints.py then writes DIR/constraints.py (the parameter bounds the generator drops), already in
# ruff's format: `ruff format --check` fails the build if it is not.
generate_into = PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) --meta none \
	--output-path $(1) --config generator-config.yaml --custom-template-path custom --fail-on-warning; \
	$(BIN)/python custom/constraints.py $(SPEC) $(1)/constraints.py; \
	$(BIN)/ruff format --isolated --no-cache --quiet --check --target-version py311 --line-length 120 \
		$(1)/constraints.py; \
	touch $(1)/py.typed

DEMO_STAMP := $(VENV)/.discogs-async-demo-installed

.PHONY: venv generate check-generated spec-check lint typecheck test docs demo bench redis-server

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -e '.[dev]'
	touch $@

# Generate into a fresh temporary folder, then replace $(GENERATED) whole: nothing old survives.
generate: $(STAMP)
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(call generate_into,$$tmp/_generated); \
	rm -rf $(GENERATED); mv "$$tmp/_generated" $(GENERATED); \
	echo "regenerated $(GENERATED) from $(SPEC)"

check-generated: $(STAMP)
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(call generate_into,$$tmp/_generated); \
	if ! diff -r -x __pycache__ "$$tmp/_generated" $(GENERATED); then \
		echo "$(GENERATED) is not what $(SPEC) and custom/ generate: run 'make generate' and commit it." >&2; \
		exit 1; \
	fi; \
	echo "$(GENERATED) is up to date"

spec-check: $(STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)

lint: $(STAMP)
	$(BIN)/ruff check --extend-exclude $(GENERATED) $(LINTED)
	$(BIN)/ruff format --check --extend-exclude $(GENERATED) $(LINTED)

typecheck: $(STAMP)
	$(BIN)/mypy --strict $(LINTED)

# pytest builds the docs too (tests/test_docs.py: `mkdocs build --strict`, every public name in the reference) and
# the wheel (tests/test_typed_install.py); then the user-style project in examples/my_app runs its own tests.
test: venv spec-check check-generated lint typecheck redis-server
	$(BIN)/pytest
	$(BIN)/pytest examples/my_app

# The documentation site (mkdocs-material + mkdocstrings) into site/; --strict turns every warning into a failure.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir site

# redis-server for the tests of the shared governor and the cache, from the system packages when it is missing.
# Never fails: without apt (or root) the tests that need it are skipped, and say why.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
		sudo=""; [ "$$(id -u)" = 0 ] || sudo="sudo -n"; \
		if command -v apt-get >/dev/null 2>&1 && { $$sudo true; } >/dev/null 2>&1 \
			&& { $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq \
				--no-install-recommends redis-server; } >/dev/null 2>&1 && command -v redis-server >/dev/null; then \
			echo "installed redis-server"; \
		else \
			echo "redis-server is missing and could not be installed: the tests that need it will be skipped" >&2; \
		fi; }

# The main job: start the embedded fake Discogs on loopback and harvest from it through the whole stack (auth,
# governor, pagination) into out/. The same command lines with a token (--token or DISCOGS_TOKEN) and without
# --fake-server harvest from the real API. Run it again to see the resume: nothing is fetched twice (images included).
demo: $(DEMO_STAMP)
	$(BIN)/discogs-async --fake-server harvest releases --ids 1-300 -o out/releases.jsonl
	$(BIN)/discogs-async --fake-server harvest artist-releases 1 -o out/artist-1-releases.jsonl
	$(BIN)/discogs-async --fake-server harvest releases --ids 1-20 -o out/releases-1-20.jsonl --images out/images

# Only what the demo needs: the package with its `cli` and `testing` extras (no dev toolchain).
$(DEMO_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e '.[cli,testing]'
	touch $@

# The nine benchmarks (bench/run.py); prints their tables and writes bench/RESULTS.md. About 6 minutes; bench 8
# installs the peers (discogs-sdk, python3-discogs-client) into build/peers-venv on first use, never into .venv.
bench: $(STAMP)
	$(BIN)/python -m bench.run
