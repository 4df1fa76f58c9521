"""Parameters that nrwtwin:roofsolar and nrwtwin:batchsolar share: one definition, one help text.

Each function returns (parameter, help text) for ``NrwAlgorithm.add_parameter``.
"""
from __future__ import annotations

from typing import Tuple

from qgis.core import QgsProcessingParameterDefinition, QgsProcessingParameterFile, QgsProcessingParameterNumber

from ..translate import tr

Parameter = Tuple[QgsProcessingParameterDefinition, str]


def weather_file(name: str) -> Parameter:
    parameter = QgsProcessingParameterFile(
        name, tr("Weather file (PVGIS TMY CSV/JSON or EPW)"), optional=True, fileFilter="Weather (*.csv *.json *.epw)"
    )
    return parameter, tr(
        "Optional: hourly typical year from PVGIS (re.jrc.ec.europa.eu, TMY, CSV or JSON) or an "
        "EnergyPlus EPW file. Without it a synthetic year with the annual irradiation below is used."
    )


def annual_ghi(name: str) -> Parameter:
    parameter = QgsProcessingParameterNumber(
        name,
        tr("Annual global irradiation (kWh/m²)"),
        QgsProcessingParameterNumber.Type.Double,
        1000.0,
        minValue=300.0,
        maxValue=1400.0,
    )
    return parameter, tr(
        "Used without a weather file. NRW mean ≈ 1000 kWh/m² (DWD 1991–2020); lower in the "
        "Sauerland/Siegerland, higher in the Lower Rhine area."
    )


def cell_size(name: str, default: float) -> Parameter:
    parameter = QgsProcessingParameterNumber(
        name, tr("Cell size (m)"), QgsProcessingParameterNumber.Type.Double, default, minValue=0.25, maxValue=2.0
    )
    return parameter, tr("Cell size of the surface model. 0.5 m as the LANUV cadastre; 1 m is four times faster.")
