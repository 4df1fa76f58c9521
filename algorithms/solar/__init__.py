"""Roof solar potential: sun position, clear sky, weather, transposition, shading, PV yield (numpy only).

Entry point: :func:`potential.roof_solar_potential`. Method and sources: docs/solar.md.
"""

from .potential import SolarParameters, SolarResult, roof_solar_potential, summary  # noqa: F401
from .surface_model import RasterArray  # noqa: F401  (the engine container, algorithms/raster.py)
from .weather import load_weather_file, synthetic_year, weather_for  # noqa: F401
