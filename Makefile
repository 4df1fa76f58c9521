# NRW Digital Twin — developer commands. `make help` lists them.
SHELL := /bin/bash
PY := .venv/bin/python
PYTEST_ARGS ?=
# The chroot tiers run what depends on the QGIS version; tests/unit (the engine) runs in the engine tier on
# numpy 2 and on the host with numpy 1, so a third and fourth pass would only add CI time.
QGIS_TIER_TESTS ?= tests/qgis tests/e2e tests/desktop
export QT_QPA_PLATFORM := offscreen
export XDG_RUNTIME_DIR ?= /tmp/nrwtwin-xdg
export PROJ_DATA ?= /usr/share/proj

.PHONY: help setup demo test test-engine test-fast test-qgis340 test-qgis344 bench lint translations qm package clean

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' Makefile | sed -E 's/^([a-z0-9-]+):.*## (.*)/  make \1\t\2/' | expand -t 22

setup: ## install QGIS and tools (apt, as root, when missing) and the dev venv (idempotent)
	@bash scripts/setup.sh

demo: setup qm ## run the main job on bundled real NRW data (ONLINE=1 AREA=xmin,ymin,xmax,ymax downloads real tiles)
	@$(PY) scripts/demo.py $(if $(ONLINE),--online) $(if $(AREA),--area "$(AREA)")

test: lint test-engine test-fast test-qgis340 test-qgis344 ## lint, then every tier: engine without QGIS, QGIS 3.22 (host), 3.40 LTR and 3.44 (chroots)

test-engine: ## the engine tier (tests/unit) in a plain Python without QGIS, Qt or GDAL, on numpy 2
	@bash scripts/setup_engine.sh
	.venv-engine/bin/python -m pytest tests/unit -p no:cacheprovider -W ignore::pytest.PytestConfigWarning $(PYTEST_ARGS)

test-fast: setup qm ## all test tiers on the host's QGIS 3.22 only
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) -m pytest tests $(PYTEST_ARGS)

test-qgis340: qm ## the QGIS-dependent tiers inside the QGIS 3.40 chroot (Debian 13; built when absent, reused when present)
	bash scripts/qgis_chroot.sh trixie test $(QGIS_TIER_TESTS) $(PYTEST_ARGS)

test-qgis344: qm ## the QGIS-dependent tiers inside the QGIS 3.44 chroot (Debian 14 "forky"; built when absent)
	bash scripts/qgis_chroot.sh forky test $(QGIS_TIER_TESTS) $(PYTEST_ARGS)

bench: setup ## benchmarks, each printing a ratio against a peer measured in the same run
	@command -v grass >/dev/null || { [ "$$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends grass-core >/dev/null; } || echo "GRASS missing: the r.sun comparison is skipped"
	@set -e; for script in bench/bench_*.py; do echo "== $$script"; $(PY) $$script; done

lint: setup ## ruff, import-linter contracts (scripts/lint_imports.py) and the Qt 6 check (scripts/check_qt6.py)
	$(PY) -m ruff check .
	$(PY) scripts/lint_imports.py
	$(PY) scripts/check_qt6.py

translations: setup ## update i18n/*.ts from the tr() calls in the code, then compile .qm
	$(PY) scripts/update_translations.py
	@$(MAKE) --no-print-directory qm

qm: ## compile i18n/*.ts to .qm (lrelease)
	@bash scripts/lrelease.sh

package: setup qm ## build dist/nrw_digital_twin-VERSION.zip for "Install from ZIP"
	$(PY) scripts/package.py

clean: ## remove build products, caches and test artifacts
	rm -rf .build dist tests/artifacts .pytest_cache .ruff_cache i18n/*.qm .venv-engine
	find . -name __pycache__ -type d -prune -not -path './.venv/*' -exec rm -rf {} +
