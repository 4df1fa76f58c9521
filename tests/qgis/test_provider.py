"""The provider loads every algorithm module: an import failure (e.g. an API missing in this QGIS or
under Qt 6) is an error here, not a quietly missing algorithm."""
from __future__ import annotations

import pkgutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_algorithm_module_imports_and_registers(nrwtwin_provider):
    from nrw_digital_twin.processing_provider import provider

    classes = provider.algorithm_classes()
    assert provider.IMPORT_ERRORS == []
    modules = [m.name for m in pkgutil.iter_modules([str(REPO / "processing_provider")]) if m.name.startswith("alg_")]
    assert len(classes) == len(modules)
    registered = {alg.id() for alg in nrwtwin_provider.algorithms()}
    assert {f"nrwtwin:{cls().name()}" for cls in classes} <= registered


def test_a_broken_module_is_recorded_not_hidden(tmp_path, monkeypatch):
    from nrw_digital_twin.processing_provider import provider

    broken = REPO / "processing_provider" / "alg_zz_broken_for_test.py"
    broken.write_text("raise ImportError('simulated missing API')\n", encoding="utf-8")
    try:
        provider.algorithm_classes()
        assert provider.IMPORT_ERRORS == [("alg_zz_broken_for_test", "ImportError: simulated missing API")]
    finally:
        broken.unlink()
    provider.algorithm_classes()
    assert provider.IMPORT_ERRORS == []
