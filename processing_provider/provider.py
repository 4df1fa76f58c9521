"""The Processing provider ``nrwtwin``: registers every algorithm module ``alg_*.py`` in this folder."""
from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import traceback
from typing import List, Tuple

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..translate import tr
from .base import NrwAlgorithm

PROVIDER_ID = "nrwtwin"
ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icon.svg")
MODELS_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "models")


# Modules that failed to import at the last discovery: (module name, error text). A failure is an error,
# not a quiet log line: it is logged as Critical, shown by the plugin, and tests require this empty.
IMPORT_ERRORS: List[Tuple[str, str]] = []


def algorithm_classes():
    """Algorithm classes found in ``processing_provider/alg_*.py``, sorted by id.

    Discovery keeps one file per algorithm and no central list to edit when one is added. A module that
    fails to import (e.g. an API missing in this QGIS) is recorded in :data:`IMPORT_ERRORS` and logged
    with its traceback; the other algorithms still load.
    """
    classes = []
    IMPORT_ERRORS.clear()
    for module_info in pkgutil.iter_modules([os.path.dirname(__file__)]):
        if not module_info.name.startswith("alg_"):
            continue
        try:
            module = importlib.import_module(f"{__package__}.{module_info.name}")
        except Exception as error:  # noqa: BLE001 (one broken module must not hide the others)
            IMPORT_ERRORS.append((module_info.name, f"{type(error).__name__}: {error}"))
            QgsMessageLog.logMessage(
                tr("The algorithm module {} could not be loaded; its algorithm is missing. Please report:\n{}").format(
                    module_info.name, traceback.format_exc()
                ),
                "NRW Digital Twin",
                Qgis.MessageLevel.Critical,
            )
            continue
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, NrwAlgorithm) and obj is not NrwAlgorithm and obj.__module__ == module.__name__:
                classes.append(obj)
    return sorted(classes, key=lambda cls: cls().name())


class NrwTwinProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("NRW Digital Twin")

    def longName(self) -> str:  # noqa: N802
        return tr("NRW Digital Twin: open geodata of North Rhine-Westphalia as a digital twin")

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self) -> str:  # noqa: N802
        return ICON_PATH

    def loadAlgorithms(self) -> None:  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        # Processing models shipped with the plugin (models/*.model3, written by scripts/make_model.py).
        from qgis.core import QgsProcessingModelAlgorithm

        models = []
        if os.path.isdir(MODELS_DIR):
            for name in sorted(os.listdir(MODELS_DIR)):
                if not name.endswith(".model3"):
                    continue
                path = os.path.join(MODELS_DIR, name)
                model = QgsProcessingModelAlgorithm()
                if model.fromFile(path) and model.name():
                    model.setSourceFilePath(path)
                    self.addAlgorithm(model)
                    models.append(model)
        # The steps of a model are looked up in the registry when it is read, and this provider enters
        # the registry only after loadAlgorithms: attach them once it is there.
        registry = QgsApplication.processingRegistry()
        if not models:
            return
        if registry.providerById(PROVIDER_ID) is self:  # a refresh of a registered provider
            _reattach(models)
            return

        def on_added(provider_id: str) -> None:
            if provider_id == PROVIDER_ID:
                registry.providerAdded.disconnect(on_added)
                _reattach(models)

        registry.providerAdded.connect(on_added)


def _reattach(models) -> None:
    for model in models:
        for child_id in list(model.childAlgorithms().keys()):
            model.childAlgorithm(child_id).reattach()
