"""Classes of annual irradiation on a roof and their colours: one table for every place that shows them.

The layers' 2D and 3D styles (``processing_provider/layer_styles.py``) and the published twin (3D Tiles
materials, the web viewer's legend, see :mod:`.publish`) colour roofs by these classes, blue = poor …
red = very good.
The bounds are annual irradiation on the tilted roof in kWh/m²·a (field ``irradiation_kwh_m2`` of
``nrwtwin:roofsolar``); a class holds ``low ≤ value < high``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

import numpy as np

SOLAR_FIELD = "irradiation_kwh_m2"


@dataclass(frozen=True)
class SolarClass:
    """One irradiation class: bounds in kWh/m²·a (None = open) and its sRGB colour."""

    low: Optional[float]
    high: Optional[float]
    rgb: Tuple[int, int, int]

    def label(self) -> str:
        """'< 700 kWh/m²', '700 – 850 kWh/m²', '≥ 1050 kWh/m²' (the legend text of the 2D style)."""
        if self.low is None:
            return f"< {self.high:.0f} kWh/m²"
        if self.high is None:
            return f"≥ {self.low:.0f} kWh/m²"
        return f"{self.low:.0f} – {self.high:.0f} kWh/m²"

    def hex(self) -> str:
        return "#{:02x}{:02x}{:02x}".format(*self.rgb)


SOLAR_CLASSES: Tuple[SolarClass, ...] = (
    SolarClass(None, 700.0, (49, 54, 149)),
    SolarClass(700.0, 850.0, (116, 173, 209)),
    SolarClass(850.0, 950.0, (254, 224, 144)),
    SolarClass(950.0, 1050.0, (244, 109, 67)),
    SolarClass(1050.0, None, (165, 0, 38)),
)


def solar_class_index(irradiation_kwh_m2, classes: Sequence[SolarClass] = SOLAR_CLASSES) -> np.ndarray:
    """Index into ``classes`` of each irradiation value (kWh/m²·a); -1 where the value is missing (NaN).

    Parameters
    ----------
    irradiation_kwh_m2 : array_like
        Annual irradiation on the roof in kWh/m²·a; NaN for roofs without a value.

    Returns
    -------
    numpy.ndarray of int
        0 for the lowest class … ``len(classes) - 1`` for the highest, -1 for NaN.
    """
    values = np.asarray(irradiation_kwh_m2, dtype=float)
    inner_bounds = np.array([c.high for c in classes[:-1]], dtype=float)
    index = np.searchsorted(inner_bounds, values, side="right")
    return np.where(np.isnan(values), -1, index).astype(np.int64)
