"""One roof-solar run without QGIS: weather for the site, the engine, and the result rows.

``nrwtwin:roofsolar`` (processing_provider/alg_roofsolar.py) and the batch runner call this same code,
so a roof gets the same value, to the last digit, from the desktop, ``qgis_process`` and a Dask worker.
The caller reads the surfaces and the optional rasters (QGIS layers or files) and writes the rows.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

from ..messages import msg
from ..model import Surface
from ..progress import NullProgress, Progress, SubProgress
from ..raster import RasterSink
from . import potential, weather
from .surface_model import RasterArray
from .tiles import DEFAULT_TILE_M

# Result columns appended to the surfaces' fields: (field name, RoofResult attribute, kind).
# kind "real" values are rounded to RESULT_DECIMALS; the QGIS wrapper adds types and aliases.
RESULT_COLUMNS: Tuple[Tuple[str, str, str], ...] = (
    ("irradiation_kwh_m2", "irradiation_kwh_m2", "real"),
    ("irradiation_unshaded_kwh_m2", "irradiation_unshaded_kwh_m2", "real"),
    ("shading_loss_pct", "shading_loss_pct", "real"),
    ("sky_view_factor", "sky_view_factor", "real"),
    ("usable_area_m2", "usable_area_m2", "real"),
    ("kwp", "kwp", "real"),
    ("yield_kwh", "yield_kwh", "real"),
    ("specific_yield_kwh_kwp", "specific_yield_kwh_kwp", "real"),
    ("co2_saved_kg", "co2_saved_kg", "real"),
    ("suitability", "suitability", "text"),
    ("solar_class", "solar_class", "integer"),
    ("raster_cells", "cells", "integer"),
)
RESULT_DECIMALS = 3
WEATHER_DISTANCE_WARNING_KM = 30.0

# Longitude/latitude (degrees) of a point given in the surfaces' CRS.
ToLonLat = Callable[[float, float], Tuple[float, float]]


@dataclass
class SolarRun:
    result: potential.SolarResult
    bounds: Tuple[float, float, float, float]
    totals: dict


def shading_window(surfaces: Sequence[Surface], params: potential.SolarParameters) -> Tuple[float, float, float, float]:
    """The area whose terrain and trees can shade the surfaces: read rasters (DGM, DOM/nDOM) for it only.

    Parameters
    ----------
    surfaces : sequence of Surface
    params : SolarParameters

    Returns
    -------
    (xmin, ymin, xmax, ymax)
        The surfaces' bounds plus the horizon distance ``params.max_distance``, in their CRS (m).
    """
    xmin, ymin, xmax, ymax = potential.surfaces_bounds(surfaces)
    margin = params.max_distance
    return (xmin - margin, ymin - margin, xmax + margin, ymax + margin)


def site_weather(
    surfaces: Sequence[Surface], to_lonlat: ToLonLat, weather_file: Optional[str], annual_ghi: float, progress: Progress
) -> weather.WeatherSeries:
    """Weather for the centre of the surfaces.

    Parameters
    ----------
    surfaces : sequence of Surface
    to_lonlat : callable
        x, y of the surfaces' CRS → longitude, latitude (degrees).
    weather_file : str, optional
        PVGIS TMY (CSV/JSON) or EPW; a warning when it lies more than
        :data:`WEATHER_DISTANCE_WARNING_KM` from the buildings.
    annual_ghi : float
        kWh/m²·a of the synthetic year used without a file.
    progress : Progress

    Returns
    -------
    WeatherSeries
    """
    xmin, ymin, xmax, ymax = potential.surfaces_bounds(surfaces)
    lon, lat = to_lonlat((xmin + xmax) / 2.0, (ymin + ymax) / 2.0)
    series = weather.weather_for(weather_file or None, annual_ghi, lat, lon)
    dlat = series.latitude - lat
    dlon = (series.longitude - lon) * math.cos(math.radians(lat))
    distance_km = 111.2 * math.hypot(dlat, dlon)
    if distance_km > WEATHER_DISTANCE_WARNING_KM:
        progress.warning(
            msg(
                "The weather file is for a place {:.0f} km from the buildings ({:.3f}° N, {:.3f}° E).",
                distance_km,
                series.latitude,
                series.longitude,
            )
        )
    progress.info(
        msg(
            "Weather: {} — {:.0f} kWh/m² global, {:.0f} % diffuse.",
            series.source,
            series.annual_ghi_kwh,
            100 * series.diffuse_share,
        )
    )
    return series


def roof_solar_run(
    surfaces: Sequence[Surface],
    params: potential.SolarParameters,
    to_lonlat: ToLonLat,
    weather_file: Optional[str] = None,
    annual_ghi: float = weather.DEFAULT_ANNUAL_GHI,
    dem: Optional[RasterArray] = None,
    dom: Optional[RasterArray] = None,
    area: Optional[Tuple[float, float, float, float]] = None,
    progress: Optional[Progress] = None,
    keep_raster: bool = False,
    tile_size: float = DEFAULT_TILE_M,
    raster_sink: Optional[RasterSink] = None,
) -> SolarRun:
    """Solar potential of the roofs among ``surfaces`` whose centre lies in ``area`` (all when None).

    Parameters
    ----------
    surfaces : every surface of the buildings (roofs are evaluated, all of them shade), metric CRS
    params : engine parameters (resolution m, sky model, PV assumptions)
    to_lonlat : converts x, y of the surfaces' CRS to longitude, latitude (degrees) for the weather
    weather_file : PVGIS TMY CSV/JSON or EPW; None for the synthetic year of ``annual_ghi`` (kWh/m²)
    dem, dom : terrain and surface/tree heights for :func:`shading_window` (optional)
    area : (xmin, ymin, xmax, ymax) in the surfaces' CRS, or None
    progress : progress and cancel
    keep_raster : also return the irradiation raster (``result.raster``)
    tile_size : edge (m) of the tiles the roofs are processed in; results do not depend on it, memory does
    raster_sink : receives the irradiation raster tile by tile (e.g. a GeoTIFF writer)

    Returns
    -------
    SolarRun with the engine's result, the surfaces' bounds and the totals of ``potential.summary``.
    """
    progress = progress or NullProgress()
    series = site_weather(surfaces, to_lonlat, weather_file, annual_ghi, progress)
    result = potential.roof_solar_potential(
        list(surfaces),
        series,
        params,
        dem=dem,
        dom=dom,
        area=area,
        progress=SubProgress(progress, 0, 90),
        keep_raster=keep_raster,
        tile_size=tile_size,
        raster_sink=raster_sink,
    )
    for surface, reason in result.skipped:
        progress.warning(msg("Roof surface {} skipped: {}.", surface.surface_id, reason))
    if result.skipped:
        progress.warning(msg("{:,} roof surfaces skipped.", len(result.skipped)))
    return SolarRun(result, potential.surfaces_bounds(surfaces), potential.summary(result))


def result_values(roof: potential.RoofResult) -> List[object]:
    """The values of :data:`RESULT_COLUMNS` for one roof, as they are stored.

    Parameters
    ----------
    roof : RoofResult

    Returns
    -------
    list
        Reals rounded to :data:`RESULT_DECIMALS` decimals, integers, texts, in column order.
    """
    values: List[object] = []
    for _name, attribute, kind in RESULT_COLUMNS:
        value = getattr(roof, attribute)
        if kind == "real":
            values.append(round(float(value), RESULT_DECIMALS))
        elif kind == "integer":
            values.append(int(value))
        else:
            values.append(value)
    return values


def results_by_surface(run: SolarRun) -> dict:
    """The run's roof results by surface.

    Parameters
    ----------
    run : SolarRun

    Returns
    -------
    dict
        surface_id → RoofResult (the first one when ids repeat).
    """
    by_id: dict = {}
    for roof in run.result.roofs:
        by_id.setdefault(roof.surface.surface_id, roof)
    return by_id


def log_totals(run: SolarRun, written: int, progress: Progress) -> None:
    """Log the run's totals (suitable roofs, kWp, MWh/a, t CO₂/a) as one message.

    Parameters
    ----------
    run : SolarRun
    written : int
        Roof rows written.
    progress : Progress
    """
    totals = run.totals
    progress.info(
        msg(
            "{:,} roof surfaces, {:,} suitable: {:,.0f} kWp, {:,.0f} MWh/a, {:,.0f} t CO₂/a saved.",
            written,
            totals["suitable_surfaces"],
            totals["kwp"],
            totals["yield_mwh"],
            totals["co2_saved_t"],
        )
    )
