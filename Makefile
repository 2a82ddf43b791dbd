# Every target uses the tools of $(VENV); `make venv` creates it (again when pyproject.toml changes).
VENV ?= .venv
PYTHON ?= python3
SPEC ?= openapi/discogs.yaml
BIN := $(VENV)/bin
STAMP := $(VENV)/.discogs-async-dev-installed
GENERATED := discogs_async/_generated
LINTED := discogs_async tests bench examples

# $(call generate_into,DIR): generate the package from $(SPEC) into DIR (which must not exist yet) and mark it typed.
# The post-hooks call `ruff`, so $(BIN) goes first on PATH. `;` (not &&) so that `set -e` stops at a failure.
generate_into = PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) --meta none \
	--output-path $(1) --config generator-config.yaml --custom-template-path custom --fail-on-warning; \
	touch $(1)/py.typed

.PHONY: venv generate check-generated spec-check lint typecheck test

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
	$(BIN)/mypy --strict discogs_async tests

test: venv spec-check check-generated lint typecheck
	$(BIN)/pytest
