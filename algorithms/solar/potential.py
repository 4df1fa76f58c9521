"""Annual solar potential per roof surface: surface model → horizons → in-plane irradiation → PV yield.

Per roof surface, the cells of its rasterised polygon (centres inside, height from its own plane)
are evaluated with the surface's tilt and azimuth and averaged. Annual in-plane irradiation per
point (kWh/m²):

    beam + circumsolar (blocked below the horizon)           shading.shaded_sums
  + isotropic diffuse × tilted sky view factor               Dozier & Frew (1990)
  + horizon brightening × sin β × (SVF / SVF_unobstructed)   Perez (1990) F2 term
  + ground reflection × albedo × (1 − cos β)/2               (not shaded)

Yield conventions follow the LANUV solar cadastre NRW where it publishes them (see docs/solar.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import NrwTwinError
from ..model import Surface
from ..progress import NullProgress, Progress, SubProgress, check_canceled
from .irradiance import MODELS, sky_components, sun_vectors
from .shading import HorizonScanner, Targets, group_sun_by_sector, shaded_sums
from .surface_model import (
    GROUND_RADIUS_M,
    NO_ROOF,
    RasterArray,
    RoofPlane,
    SurfaceModel,
    build_surface_model,
    roof_planes,
)
from .weather import WeatherSeries

SUITABLE = "suitable"
SHADED = "shaded"
TOO_SMALL = "too_small"
# solar_class (our own choice, not LANUV's): share of the best unshaded orientation (south, ~35°).
CLASS_LIMITS = (0.95, 0.85, 0.75, 0.60)  # class 1 ≥ 95 %, 2 ≥ 85 %, 3 ≥ 75 %, 4 ≥ 60 %, 5 below


@dataclass
class SolarParameters:
    """Defaults from docs SOLAR-METHOD.md / LANUV; every one is a parameter of nrwtwin:roofsolar."""

    resolution: float = 0.5
    sectors: int = 72
    max_distance: float = 300.0
    model: str = "perez"
    albedo: float = 0.2
    kwp_per_m2: float = 0.21
    performance_ratio: float = 0.85
    co2_g_per_kwh: float = 363.0
    min_area_m2: float = 2.0  # room for one module (~1.7 m × 1.1 m), LANUV
    max_shading_pct: float = 20.0  # LANUV: suitable when less than 20 % shaded
    flat_tilt_deg: float = 10.0
    flat_usable_share: float = 0.4  # LANUV: 40 % of a flat roof with south-facing racks
    edge_setback_m: float = 0.3  # our choice: keep 0.3 m free along the edges of pitched roofs
    height_tolerance: float = 0.05

    def check(self) -> None:
        if not 0.05 <= self.resolution <= 10:
            raise NrwTwinError(f"Resolution {self.resolution} m is out of range; use 0.25–2 m (default 0.5).")
        if self.sectors < 8:
            raise NrwTwinError("Use at least 8 horizon sectors (72 recommended).")
        if self.model not in MODELS:
            raise NrwTwinError(f"Unknown sky model {self.model!r}; use one of {', '.join(MODELS)}.")


@dataclass
class RoofResult:
    surface: Surface
    area_m2: float
    tilt_deg: float
    azimuth_deg: float
    cells: int
    irradiation_kwh_m2: float
    irradiation_unshaded_kwh_m2: float
    shading_loss_pct: float
    sky_view_factor: float
    usable_area_m2: float
    kwp: float
    yield_kwh: float
    specific_yield_kwh_kwp: float
    co2_saved_kg: float
    suitability: str
    solar_class: int


@dataclass
class SolarResult:
    roofs: List[RoofResult]
    skipped: List[Tuple[Surface, str]]
    weather: WeatherSeries
    best_unshaded_kwh_m2: float
    model: Optional[SurfaceModel] = None
    cell_irradiation: Optional[np.ndarray] = None  # kWh/m² per grid cell (NaN off roofs), when asked
    notes: List[str] = field(default_factory=list)


def best_orientation(weather: WeatherSeries, model: str, albedo: float) -> Tuple[float, float]:
    """Tilt (south) with the highest unshaded annual in-plane irradiation, and that value (kWh/m²)."""
    comp = sky_components(model, weather.dni, weather.dhi, weather.zenith, weather.dni_extra, weather.airmass)
    s = sun_vectors(weather.zenith, weather.azimuth)
    best = (0.0, 0.0)
    for tilt in np.arange(0.0, 61.0, 1.0):
        n = np.array([0.0, -math.sin(math.radians(tilt)), math.cos(math.radians(tilt))])
        value = _unshaded_plane(n, tilt, s, comp, weather, albedo)
        if value > best[1]:
            best = (float(tilt), value)
    return best


def _unshaded_plane(normal, tilt, s, comp, weather, albedo) -> float:
    cos_aoi = np.maximum(s @ normal, 0.0)
    beta = math.radians(tilt)
    total = (
        (weather.dni + comp.circ_coef) * cos_aoi
        + comp.iso * (1 + math.cos(beta)) / 2
        + comp.horizon * math.sin(beta)
        + weather.ghi * albedo * (1 - math.cos(beta)) / 2
    )
    return float(np.sum(total * weather.hours) / 1000.0)


def surfaces_bounds(surfaces: Sequence[Surface]) -> Tuple[float, float, float, float]:
    pts = np.concatenate([p.exterior[:, :2] for s in surfaces for p in s.polygons if len(p.exterior)])
    return float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max())


def raster_extent(raster: RasterArray) -> Tuple[float, float, float, float]:
    x0, dx, _, y0, _, dy = raster.geotransform
    rows, cols = raster.array.shape
    xs, ys = (x0, x0 + cols * dx), (y0, y0 + rows * dy)
    return min(xs), min(ys), max(xs), max(ys)


def _surface_in(surface: Surface, box: Tuple[float, float, float, float]) -> bool:
    pts = np.concatenate([p.exterior[:, :2] for p in surface.polygons]) if surface.polygons else np.zeros((0, 2))
    if len(pts) == 0:
        return False
    return bool(
        (pts[:, 0].max() >= box[0])
        & (pts[:, 0].min() <= box[2])
        & (pts[:, 1].max() >= box[1])
        & (pts[:, 1].min() <= box[3])
    )


def _centroid_in(plane: RoofPlane, box: Tuple[float, float, float, float]) -> bool:
    x, y = plane.centroid
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def roof_solar_potential(
    surfaces: Sequence[Surface],
    weather: WeatherSeries,
    params: Optional[SolarParameters] = None,
    dem: Optional[RasterArray] = None,
    dom: Optional[RasterArray] = None,
    area: Optional[Tuple[float, float, float, float]] = None,
    progress: Optional[Progress] = None,
    keep_raster: bool = False,
) -> SolarResult:
    """Solar potential of every roof surface (``surface_type == 'Roof'``) in ``surfaces``.

    ``area`` (xmin, ymin, xmax, ymax): evaluate only roofs whose centre lies inside; surfaces up to
    ``max_distance`` outside still shade them. Without ``area`` all roofs are evaluated.
    All surfaces (roofs, walls, ground) are used for the building ground heights when no DEM is given.
    """
    params = params or SolarParameters()
    params.check()
    progress = progress or NullProgress()
    # Sorted, so that the result does not depend on the input order (ties between overlapping roofs).
    ordered = sorted(surfaces, key=lambda s: (s.building_id, s.part_id or "", s.surface_id))
    usable = [s for s in ordered if s.polygons and any(len(p.exterior) >= 3 for p in s.polygons)]
    broken = [(s, "no geometry") for s in ordered if not (s.polygons and any(len(p.exterior) >= 3 for p in s.polygons))]
    if area is not None:
        # Obstacles up to max_distance away shade; their terrain comes from buildings up to GROUND_RADIUS_M further.
        m = params.max_distance + GROUND_RADIUS_M
        margin_box = (area[0] - m, area[1] - m, area[2] + m, area[3] + m)
        usable = [s for s in usable if _surface_in(s, margin_box)]
    roofs = [s for s in usable if s.surface_type == "Roof"]
    if not roofs:
        raise NrwTwinError(
            "The input has no roof surfaces (surface_type 'Roof'). Use the surfaces layer of "
            "'Import CityGML (LoD1/LoD2)' from LoD2 data; LoD1 has no roof surfaces."
        )
    planes, skipped = roof_planes(roofs)
    skipped = broken + skipped
    if not planes:
        raise NrwTwinError("None of the roof surfaces has a usable geometry.")
    targets_mask = np.array([area is None or _centroid_in(p, area) for p in planes])
    progress.info(f"{len(planes)} roof surfaces, {int(targets_mask.sum())} to evaluate; weather: {weather.source}.")

    bounds = surfaces_bounds(usable)
    rasters = [r for r in (dem, dom) if r is not None]
    if rasters:
        # Terrain and trees around the buildings shade too: extend the model up to max_distance, within the rasters.
        extents = [raster_extent(r) for r in rasters] + [bounds]
        union = (
            min(e[0] for e in extents),
            min(e[1] for e in extents),
            max(e[2] for e in extents),
            max(e[3] for e in extents),
        )
        m = params.max_distance
        bounds = (
            max(bounds[0] - m, union[0]),
            max(bounds[1] - m, union[1]),
            min(bounds[2] + m, union[2]),
            min(bounds[3] + m, union[3]),
        )
    model, notes = build_surface_model(planes, usable, params.resolution, bounds, dem, dom)
    for note in notes:
        progress.warning(note)
    check_canceled(progress)
    progress.set_progress(5)

    # Target points: all cells of evaluated roofs, plus the centre of roofs too small to own a cell.
    labels = model.labels
    rows, cols = np.nonzero(labels != NO_ROOF)
    plane_idx = labels[rows, cols]
    keep = targets_mask[plane_idx]
    rows, cols, plane_idx = rows[keep], cols[keep], plane_idx[keep]
    cells_per_plane = np.bincount(plane_idx, minlength=len(planes))
    n_cells = len(rows)
    extra = [p for p in planes if targets_mask[p.index] and cells_per_plane[p.index] == 0]
    if extra:
        ex_cols = np.array(
            [min(max(int((p.centroid[0] - model.x0) / model.resolution), 0), model.shape[1] - 1) for p in extra]
        )
        ex_rows = np.array(
            [min(max(int((model.y0 - p.centroid[1]) / model.resolution), 0), model.shape[0] - 1) for p in extra]
        )
        rows = np.concatenate([rows, ex_rows])
        cols = np.concatenate([cols, ex_cols])
        plane_idx = np.concatenate([plane_idx, [p.index for p in extra]]).astype(np.int32)
        progress.info(f"{len(extra)} small roof surfaces without a cell of their own are sampled at their centre.")
    xs, ys = model.cell_centres(rows, cols)
    abc = np.array([p.plane for p in planes])
    z = abc[plane_idx, 0] * xs + abc[plane_idx, 1] * ys + abc[plane_idx, 2]
    targets = Targets(rows=rows, cols=cols, z=z.astype(np.float32), plane=plane_idx)

    comp = sky_components(params.model, weather.dni, weather.dhi, weather.zenith, weather.dni_extra, weather.airmass)
    svec = sun_vectors(weather.zenith, weather.azimuth)
    beam_weight = (weather.dni + comp.circ_coef) * weather.hours
    sun = group_sun_by_sector(weather.zenith, weather.azimuth, params.sectors)
    normals = np.array([p.normal for p in planes])
    scanner = HorizonScanner(
        model.dsm, params.resolution, targets, params.sectors, params.max_distance, params.height_tolerance
    )
    beam, svf, beam_free = shaded_sums(scanner, targets, normals, svec, beam_weight, sun, SubProgress(progress, 5, 95))
    del scanner

    tilt = np.radians(np.array([p.tilt for p in planes]))[plane_idx]
    svf_free = (1 + np.cos(tilt)) / 2
    iso_sum = float(np.sum(comp.iso * weather.hours))
    hor_sum = float(np.sum(comp.horizon * weather.hours))
    ghi_sum = float(np.sum(weather.ghi * weather.hours))
    ground = ghi_sum * params.albedo * (1 - np.cos(tilt)) / 2
    shaded = (beam + iso_sum * svf + hor_sum * np.sin(tilt) * svf / svf_free + ground) / 1000.0
    free = (beam_free + iso_sum * svf_free + hor_sum * np.sin(tilt) + ground) / 1000.0

    count = np.bincount(plane_idx, minlength=len(planes)).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_shaded = np.bincount(plane_idx, weights=shaded, minlength=len(planes)) / count
        mean_free = np.bincount(plane_idx, weights=free, minlength=len(planes)) / count
        mean_svf = np.bincount(plane_idx, weights=svf, minlength=len(planes)) / count
    _best_tilt, best_value = best_orientation(weather, params.model, params.albedo)

    results = [
        _roof_result(
            p,
            int(cells_per_plane[p.index]),
            float(mean_shaded[p.index]),
            float(mean_free[p.index]),
            float(mean_svf[p.index]),
            best_value,
            params,
        )
        for p in planes
        if targets_mask[p.index]
    ]
    cell_values = None
    if keep_raster:
        cell_values = np.full(model.shape, np.nan, dtype=np.float32)
        # Only real cells: centre samples of hidden roofs must not overwrite the visible roof's value.
        cell_values[rows[:n_cells], cols[:n_cells]] = shaded[:n_cells].astype(np.float32)
    progress.set_progress(100)
    return SolarResult(
        roofs=results,
        skipped=skipped,
        weather=weather,
        best_unshaded_kwh_m2=best_value,
        model=model if keep_raster else None,
        cell_irradiation=cell_values,
        notes=notes,
    )


def _roof_result(
    plane: RoofPlane, cells: int, shaded: float, free: float, svf: float, best: float, params: SolarParameters
) -> RoofResult:
    loss = max(0.0, 100.0 * (1.0 - shaded / free)) if free > 0 else 0.0
    flat = plane.tilt <= params.flat_tilt_deg
    if flat:
        usable = params.flat_usable_share * plane.area_m2
    else:
        usable = max(0.0, plane.area_m2 - params.edge_setback_m * plane.perimeter_m)
    kwp = usable * params.kwp_per_m2
    specific = shaded * params.performance_ratio  # kWh/kWp at 1 kW/m² STC
    energy = kwp * specific
    if usable < params.min_area_m2:
        suitability = TOO_SMALL
    elif loss >= params.max_shading_pct:
        suitability = SHADED
    else:
        suitability = SUITABLE
    share = shaded / best if best > 0 else 0.0
    solar_class = 1 + sum(share < limit for limit in CLASS_LIMITS)
    return RoofResult(
        surface=plane.surface,
        area_m2=plane.area_m2,
        tilt_deg=plane.tilt,
        azimuth_deg=plane.azimuth,
        cells=cells,
        irradiation_kwh_m2=shaded,
        irradiation_unshaded_kwh_m2=free,
        shading_loss_pct=loss,
        sky_view_factor=svf,
        usable_area_m2=usable,
        kwp=kwp,
        yield_kwh=energy,
        specific_yield_kwh_kwp=specific,
        co2_saved_kg=energy * params.co2_g_per_kwh / 1000.0,
        suitability=suitability,
        solar_class=int(solar_class),
    )


def summary(result: SolarResult) -> Dict[str, float]:
    """Totals for a report: roofs, suitable roofs, kWp, yield (MWh) and CO₂ (t) of the suitable ones."""
    good = [r for r in result.roofs if r.suitability == SUITABLE]
    return {
        "roof_surfaces": len(result.roofs),
        "suitable_surfaces": len(good),
        "roof_area_m2": sum(r.area_m2 for r in result.roofs),
        "usable_area_m2": sum(r.usable_area_m2 for r in good),
        "kwp": sum(r.kwp for r in good),
        "yield_mwh": sum(r.yield_kwh for r in good) / 1000.0,
        "co2_saved_t": sum(r.co2_saved_kg for r in good) / 1000.0,
        "mean_irradiation_kwh_m2": float(np.mean([r.irradiation_kwh_m2 for r in result.roofs])),
        "annual_ghi_kwh_m2": result.weather.annual_ghi_kwh,
    }
