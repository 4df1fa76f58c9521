"""The Processing provider ``nrwtwin``: registers every algorithm module ``alg_*.py`` in this folder."""
from __future__ import annotations

import importlib
import inspect
import os
import pkgutil

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..translate import tr
from .base import NrwAlgorithm

PROVIDER_ID = "nrwtwin"
ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icon.svg")


def algorithm_classes():
    """Algorithm classes found in ``processing_provider/alg_*.py``, sorted by id.

    Discovery keeps one file per algorithm and no central list to edit when one is added.
    """
    classes = []
    for module_info in pkgutil.iter_modules([os.path.dirname(__file__)]):
        if not module_info.name.startswith("alg_"):
            continue
        module = importlib.import_module(f"{__package__}.{module_info.name}")
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
