"""Annual solar potential per roof surface: surface model → horizons → in-plane irradiation → PV yield.

Per roof surface, the cells of its rasterised polygon (centres inside, height from its own plane)
are evaluated with the surface's tilt and azimuth and averaged. Annual in-plane irradiation per
point (kWh/m²):

    beam + circumsolar (blocked below the horizon)           shading.shaded_sums
  + isotropic diffuse × tilted sky view factor               Dozier & Frew (1990)
  + horizon brightening × sin β × (SVF / SVF_unobstructed)   Perez (1990) F2 term
  + ground reflection × albedo × (1 − cos β)/2               (not shaded)

Large inputs are processed in tiles (:mod:`.tiles`): memory is bounded by the tile, and the
results do not depend on the tiling. Yield conventions follow the LANUV solar cadastre NRW where it
publishes them (see docs/solar.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import NrwTwinError
from ..messages import msg
from ..model import Surface
from ..progress import NullProgress, Progress, SubProgress, check_canceled
from ..raster import ArrayRasterSink, Bounds, Grid, RasterArray, RasterSink
from .irradiance import MODELS, SkyComponents, sky_components, sun_vectors
from .shading import HorizonScanner, SunSectors, Targets, group_sun_by_sector, shaded_sums
from .surface_model import (
    GROUND_RADIUS_M,
    GROUND_SPACING_M,
    NO_ROOF,
    RoofPlane,
    SurfaceModel,
    Terrain,
    build_surface_model,
    building_ground_points,
    dom_is_ndom,
    roof_planes,
)
from .tiles import DEFAULT_TILE_M, MODEL_MARGIN_EXTRA_M, Tile, covering, plan_tiles, planes_touching
from .weather import WeatherSeries

SUITABLE = "suitable"
SHADED = "shaded"
TOO_SMALL = "too_small"
# solar_class (our own choice, not LANUV's): share of the best unshaded orientation (south, ~35°).
CLASS_LIMITS = (0.95, 0.85, 0.75, 0.60)  # class 1 ≥ 95 %, 2 ≥ 85 %, 3 ≥ 75 %, 4 ≥ 60 %, 5 below


@dataclass
class SolarParameters:
    """Engine parameters; defaults from docs/solar.md and the LANUV solar cadastre.

    Attributes
    ----------
    resolution : float
        Cell size of the surface model (m).
    sectors : int
        Horizon directions (72 = every 5°).
    max_distance : float
        Horizon search distance (m).
    model : str
        Diffuse sky model, one of :data:`.irradiance.MODELS`.
    albedo : float
        Ground reflectance (–).
    kwp_per_m2 : float
        Module peak power per module area (kWp/m²).
    performance_ratio : float
        AC energy per kWh/m² of in-plane irradiation and kWp (–).
    co2_g_per_kwh : float
        Emissions avoided per kWh (g/kWh).
    min_area_m2 : float
        Smallest usable module area of a suitable roof (m²).
    max_shading_pct : float
        A roof with this shading loss or more is "shaded" (%).
    flat_tilt_deg : float
        Roofs tilted at most this much are flat (degrees).
    flat_usable_share : float
        Usable share of a flat roof (–).
    edge_setback_m : float
        Strip kept free along the edges of pitched roofs (m).
    height_tolerance : float
        Obstacles must be this much higher than the target to shade it (m).
    """

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
        """Raise :class:`NrwTwinError` for a value out of range."""
        if not 0.05 <= self.resolution <= 10:
            raise NrwTwinError(msg("Resolution {:g} m is out of range; use 0.25–2 m (default 0.5).", self.resolution))
        if self.sectors < 8:
            raise NrwTwinError(msg("Use at least 8 horizon sectors (72 recommended)."))
        if self.model not in MODELS:
            raise NrwTwinError(msg("Unknown sky model {}; use one of {}.", repr(self.model), ", ".join(MODELS)))


@dataclass
class RoofResult:
    """Result of one roof surface (units in the names; ``cells`` = raster cells evaluated)."""

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
    """Results of a run.

    ``raster`` is the irradiation raster (kWh/m²·a per roof cell, NaN elsewhere) over the evaluated
    roofs when ``keep_raster`` was asked. ``model`` and ``cell_irradiation`` (the same values on the
    model's grid) are kept only when the run was one tile.
    """

    roofs: List[RoofResult]
    skipped: List[Tuple[Surface, str]]
    weather: WeatherSeries
    best_unshaded_kwh_m2: float
    model: Optional[SurfaceModel] = None
    cell_irradiation: Optional[np.ndarray] = None  # kWh/m² per grid cell (NaN off roofs), when asked
    notes: List[str] = field(default_factory=list)
    raster: Optional[RasterArray] = None
    tiles: int = 1


def best_orientation(weather: WeatherSeries, model: str, albedo: float) -> Tuple[float, float]:
    """The south-facing tilt with the highest unshaded annual in-plane irradiation.

    Parameters
    ----------
    weather : WeatherSeries
    model : str
        Sky model (:data:`.irradiance.MODELS`).
    albedo : float
        Ground reflectance (–).

    Returns
    -------
    tilt : float
        Degrees, searched in 1° steps from 0 to 60.
    irradiation : float
        kWh/m²·a on that plane.
    """
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


def surfaces_bounds(surfaces: Sequence[Surface]) -> Bounds:
    """The extent of surfaces.

    Parameters
    ----------
    surfaces : sequence of Surface

    Returns
    -------
    (xmin, ymin, xmax, ymax)
        Of their exterior vertices, m.
    """
    pts = np.concatenate([p.exterior[:, :2] for s in surfaces for p in s.polygons if len(p.exterior)])
    return float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max())


def raster_extent(raster: RasterArray) -> Bounds:
    """The extent of a raster.

    Parameters
    ----------
    raster : RasterArray

    Returns
    -------
    (xmin, ymin, xmax, ymax)
        m (:meth:`..raster.RasterArray.extent`).
    """
    return raster.extent()


def _surface_boxes(surfaces: Sequence[Surface]) -> np.ndarray:
    boxes = np.empty((len(surfaces), 4))
    for k, surface in enumerate(surfaces):
        pts = np.concatenate([p.exterior[:, :2] for p in surface.polygons])
        boxes[k] = (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())
    return boxes


def _has_geometry(surface: Surface) -> bool:
    return bool(surface.polygons) and any(len(p.exterior) >= 3 for p in surface.polygons)


def _centroid(surface: Surface) -> Tuple[float, float]:
    """The mean exterior vertex, as :class:`.surface_model.RoofPlane` ``centroid``."""
    centre = np.concatenate([p.exterior for p in surface.polygons if len(p.exterior) >= 3]).mean(axis=0)
    return float(centre[0]), float(centre[1])


def _in_box(x: float, y: float, box: Bounds) -> bool:
    return box[0] <= x < box[2] and box[1] <= y < box[3]


@dataclass
class _Sky:
    """What every tile shares: sky components and sums over the year, sun by sector, best orientation."""

    comp: SkyComponents
    sun_vectors: np.ndarray
    beam_weight: np.ndarray
    sun: SunSectors
    iso_sum: float
    horizon_sum: float
    ghi_sum: float
    best: float


def _sky(weather: WeatherSeries, params: SolarParameters) -> _Sky:
    comp = sky_components(params.model, weather.dni, weather.dhi, weather.zenith, weather.dni_extra, weather.airmass)
    return _Sky(
        comp=comp,
        sun_vectors=sun_vectors(weather.zenith, weather.azimuth),
        beam_weight=(weather.dni + comp.circ_coef) * weather.hours,
        sun=group_sun_by_sector(weather.zenith, weather.azimuth, params.sectors),
        iso_sum=float(np.sum(comp.iso * weather.hours)),
        horizon_sum=float(np.sum(comp.horizon * weather.hours)),
        ghi_sum=float(np.sum(weather.ghi * weather.hours)),
        best=best_orientation(weather, params.model, params.albedo)[1],
    )


@dataclass
class _Scene:
    """The run's roofs, terrain and extent."""

    planes: List[RoofPlane]
    skipped: List[Tuple[Surface, str]]
    targets: np.ndarray  # indices of the planes to evaluate
    centroids: np.ndarray
    bboxes: np.ndarray
    terrain: Terrain
    dom: Optional[RasterArray]
    ndom: bool
    extent: Bounds


def _scene(surfaces, params: SolarParameters, area, dem, dom) -> _Scene:
    # Sorted, so that the result does not depend on the input order (ties between overlapping roofs).
    ordered = sorted(surfaces, key=lambda s: (s.building_id, s.part_id or "", s.surface_id))
    usable = [s for s in ordered if _has_geometry(s)]
    broken = [(s, msg("no geometry")) for s in ordered if not _has_geometry(s)]
    if area is not None:
        usable = _near_area(usable, area, params)
    roofs = [s for s in usable if s.surface_type == "Roof"]
    if not roofs:
        raise NrwTwinError(
            msg(
                "The input has no roof surfaces (surface_type 'Roof'). Use the surfaces layer of "
                "'Import CityGML (LoD1/LoD2)' from LoD2 data; LoD1 has no roof surfaces."
            )
        )
    planes, skipped = roof_planes(roofs)
    if not planes:
        raise NrwTwinError(msg("None of the roof surfaces has a usable geometry."))
    centroids = np.array([p.centroid for p in planes])
    targets = np.array([k for k, p in enumerate(planes) if area is None or _in_box(*p.centroid, area)], np.int64)
    extent = _model_extent(surfaces_bounds(usable), [r for r in (dem, dom) if r is not None], params.max_distance)
    terrain = Terrain(building_ground_points(usable), extent, dem)
    ndom = dom is not None and dom_is_ndom(dom, terrain)
    return _Scene(
        planes, broken + skipped, targets, centroids, np.array([p.bbox for p in planes]), terrain, dom, ndom, extent
    )


def _near_area(usable: List[Surface], area: Bounds, params: SolarParameters) -> List[Surface]:
    """The surfaces that can matter for the roofs whose centre lies in ``area``.

    Those roofs' models reach the horizon distance (+ margin) beyond them; terrain there comes from
    buildings up to the ground radius (+ two lattice spacings) further.
    """
    boxes = _surface_boxes(usable)
    inside = [
        k for k, s in enumerate(usable) if s.surface_type == "Roof" and _in_box(*_centroid(s), area)
    ]
    core = covering(boxes[inside]) if inside else area
    m = params.max_distance + MODEL_MARGIN_EXTRA_M + GROUND_RADIUS_M + 2 * GROUND_SPACING_M
    box = (core[0] - m, core[1] - m, core[2] + m, core[3] + m)
    keep = (boxes[:, 2] >= box[0]) & (boxes[:, 0] <= box[2]) & (boxes[:, 3] >= box[1]) & (boxes[:, 1] <= box[3])
    return [s for s, k in zip(usable, keep) if k]


def _model_extent(bounds: Bounds, rasters: List[RasterArray], max_distance: float) -> Bounds:
    """The surfaces' bounds; with rasters, grown by the horizon distance within them (terrain and trees
    around the buildings shade too)."""
    if not rasters:
        return bounds
    union = covering([r.extent() for r in rasters] + [bounds])
    m = max_distance
    return (
        max(bounds[0] - m, union[0]),
        max(bounds[1] - m, union[1]),
        min(bounds[2] + m, union[2]),
        min(bounds[3] + m, union[3]),
    )


@dataclass
class _TileResult:
    roofs: Dict[int, RoofResult]
    block: Optional[RasterArray]
    model: SurfaceModel
    cell_values: Optional[np.ndarray]
    centre_samples: int


def _tile_targets(model: SurfaceModel, local_of: np.ndarray, planes: List[RoofPlane]):
    """Target cells of the tile's roofs (row-major), then the centres of those without a cell."""
    rows, cols = np.nonzero(model.labels != NO_ROOF)
    local = local_of[model.labels[rows, cols]]
    keep = local >= 0
    rows, cols, local = rows[keep], cols[keep], local[keep]
    cells = np.bincount(local, minlength=len(planes))
    n_cells = len(rows)
    extra = [k for k in range(len(planes)) if cells[k] == 0]
    if extra:
        grid = model.grid
        cx = np.array([planes[k].centroid[0] for k in extra])
        cy = np.array([planes[k].centroid[1] for k in extra])
        ex_cols = np.clip(np.floor(cx / grid.res).astype(np.int64) - grid.col0, 0, grid.ncols - 1)
        ex_rows = np.clip(grid.top - np.ceil(cy / grid.res).astype(np.int64), 0, grid.nrows - 1)
        rows = np.concatenate([rows, ex_rows])
        cols = np.concatenate([cols, ex_cols])
        local = np.concatenate([local, extra]).astype(np.int64)
    xs, ys = model.cell_centres(rows, cols)
    abc = np.array([p.plane for p in planes])
    z = abc[local, 0] * xs + abc[local, 1] * ys + abc[local, 2]
    return Targets(rows=rows, cols=cols, z=z.astype(np.float32), plane=local), cells, n_cells, len(extra)


def _evaluate_tile(scene: _Scene, sky: _Sky, params: SolarParameters, tile: Tile, keep_model: bool, progress):
    grid = Grid.covering(tile.bounds, params.resolution)
    context = planes_touching(scene.bboxes, grid.bounds())
    model = build_surface_model([scene.planes[k] for k in context], grid, scene.terrain, scene.dom, scene.ndom)
    check_canceled(progress)
    progress.set_progress(5)
    planes = [scene.planes[k] for k in tile.planes]
    local_of = np.full(len(scene.planes), -1, dtype=np.int64)
    local_of[tile.planes] = np.arange(len(planes))
    targets, cells, n_cells, centre_samples = _tile_targets(model, local_of, planes)
    normals = np.array([p.normal for p in planes])
    scanner = HorizonScanner(
        model.dsm, params.resolution, targets, params.sectors, params.max_distance, params.height_tolerance
    )
    beam, svf, beam_free = shaded_sums(
        scanner, targets, normals, sky.sun_vectors, sky.beam_weight, sky.sun, SubProgress(progress, 5, 95)
    )
    del scanner
    shaded, free = _in_plane(sky, params, np.array([p.tilt for p in planes])[targets.plane], beam, svf, beam_free)
    count = np.bincount(targets.plane, minlength=len(planes)).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = [np.bincount(targets.plane, weights=v, minlength=len(planes)) / count for v in (shaded, free, svf)]
    roofs = {
        int(tile.planes[k]): _roof_result(
            p, int(cells[k]), float(means[0][k]), float(means[1][k]), float(means[2][k]), sky.best, params
        )
        for k, p in enumerate(planes)
    }
    block = cell_values = None
    if n_cells:
        # Only real cells: centre samples of hidden roofs must not overwrite the visible roof's value.
        rows, cols = targets.rows[:n_cells], targets.cols[:n_cells]
        window, r0, c0 = grid.window(rows, cols)
        values = np.full(window.shape, np.nan, dtype=np.float32)
        values[rows - r0, cols - c0] = shaded[:n_cells]
        block = RasterArray(values, window.geotransform(), None, "irradiation")
        if keep_model:
            cell_values = np.full(model.shape, np.nan, dtype=np.float32)
            cell_values[rows, cols] = shaded[:n_cells]
    progress.set_progress(100)
    return _TileResult(roofs, block, model, cell_values, centre_samples)


def _in_plane(sky: _Sky, params: SolarParameters, tilt_deg: np.ndarray, beam, svf, beam_free):
    """Annual in-plane irradiation (kWh/m²) per target, shaded and unshaded (see the module docstring)."""
    tilt = np.radians(tilt_deg)
    svf_free = (1 + np.cos(tilt)) / 2
    ground = sky.ghi_sum * params.albedo * (1 - np.cos(tilt)) / 2
    shaded = (beam + sky.iso_sum * svf + sky.horizon_sum * np.sin(tilt) * svf / svf_free + ground) / 1000.0
    free = (beam_free + sky.iso_sum * svf_free + sky.horizon_sum * np.sin(tilt) + ground) / 1000.0
    return shaded, free


def roof_solar_potential(
    surfaces: Sequence[Surface],
    weather: WeatherSeries,
    params: Optional[SolarParameters] = None,
    dem: Optional[RasterArray] = None,
    dom: Optional[RasterArray] = None,
    area: Optional[Bounds] = None,
    progress: Optional[Progress] = None,
    keep_raster: bool = False,
    tile_size: float = DEFAULT_TILE_M,
    raster_sink: Optional[RasterSink] = None,
) -> SolarResult:
    """Solar potential of every roof surface (``surface_type == 'Roof'``) in ``surfaces``.

    Parameters
    ----------
    surfaces : sequence of Surface
        All surfaces of the buildings (metric CRS): roofs are evaluated, everything shades, and all
        give the buildings' ground heights where there is no DEM.
    weather : WeatherSeries
        Daytime time steps with irradiance (W/m²) and sun positions.
    params : SolarParameters, optional
    dem : RasterArray, optional
        Terrain heights (m).
    dom : RasterArray, optional
        Surface heights (DOM) or heights above ground (nDOM) of trees and other objects (m).
    area : (xmin, ymin, xmax, ymax), optional
        Evaluate only roofs whose centre lies inside; surfaces up to the horizon distance (plus the
        terrain radius) outside still count. None: all roofs.
    progress : Progress, optional
    keep_raster : bool
        Also return the irradiation raster (``SolarResult.raster``; for one tile also the model).
    tile_size : float
        Edge of the tiles the roofs are processed in (m); ``math.inf`` for one tile. The results do
        not depend on it; memory does.
    raster_sink : RasterSink, optional
        Receives the irradiation raster tile by tile; opened first with the grid of all evaluated
        roofs (of ``area``, or of the input's extent, when there are none).

    Returns
    -------
    SolarResult
        One :class:`RoofResult` per evaluated roof, in the order of (building_id, part_id, surface_id).

    Raises
    ------
    NrwTwinError
        No roof surfaces, bad parameters; :class:`..errors.Canceled` when the progress asks to stop.
    """
    params = params or SolarParameters()
    params.check()
    progress = progress or NullProgress()
    scene = _scene(surfaces, params, area, dem, dom)
    progress.info(
        msg("{:,} roof surfaces, {:,} to evaluate; weather: {}.", len(scene.planes), len(scene.targets), weather.source)
    )
    sky = _sky(weather, params)
    margin = params.max_distance + MODEL_MARGIN_EXTRA_M
    tiles = plan_tiles(scene.centroids, scene.bboxes, scene.targets, scene.extent, margin, tile_size)
    if len(tiles) > 1:
        progress.info(msg("Large input: {:,} tiles of at most {:,.0f} m.", len(tiles), tile_size))
    sink = raster_sink if raster_sink is not None else (ArrayRasterSink() if keep_raster else None)
    if sink is not None:
        frame = covering(scene.bboxes[scene.targets]) if len(scene.targets) else (area or scene.extent)
        sink.open(Grid.covering(frame, params.resolution))
    roofs: Dict[int, RoofResult] = {}
    single = None
    centre_samples = 0
    for number, tile in enumerate(tiles):
        check_canceled(progress)
        step = SubProgress(progress, 100.0 * number / len(tiles), 100.0 * (number + 1) / len(tiles))
        result = _evaluate_tile(scene, sky, params, tile, keep_raster and len(tiles) == 1, step)
        roofs.update(result.roofs)
        centre_samples += result.centre_samples
        if sink is not None and result.block is not None:
            sink.write(result.block)
        if keep_raster and len(tiles) == 1:
            single = result
    if centre_samples:
        progress.info(
            msg("{:,} small roof surfaces without a cell of their own are sampled at their centre.", centre_samples)
        )
    notes = scene.terrain.notes() + ([msg("The surface raster holds heights above ground (nDOM); terrain added.")]
                                     if scene.ndom else [])
    for note in notes:
        progress.warning(note)
    progress.set_progress(100)
    return SolarResult(
        roofs=[roofs[k] for k in sorted(roofs)],
        skipped=scene.skipped,
        weather=weather,
        best_unshaded_kwh_m2=sky.best,
        model=single.model if single is not None else None,
        cell_irradiation=single.cell_values if single is not None else None,
        notes=notes,
        raster=sink.raster if isinstance(sink, ArrayRasterSink) else None,
        tiles=len(tiles),
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
    """Totals for a report.

    Parameters
    ----------
    result : SolarResult

    Returns
    -------
    dict
        ``roof_surfaces``, ``suitable_surfaces``, ``roof_area_m2``, ``usable_area_m2`` (suitable), ``kwp``,
        ``yield_mwh`` (MWh/a) and ``co2_saved_t`` (t/a) of the suitable roofs, ``mean_irradiation_kwh_m2``
        over all roofs, ``annual_ghi_kwh_m2`` of the weather.
    """
    good = [r for r in result.roofs if r.suitability == SUITABLE]
    return {
        "roof_surfaces": len(result.roofs),
        "suitable_surfaces": len(good),
        "roof_area_m2": sum(r.area_m2 for r in result.roofs),
        "usable_area_m2": sum(r.usable_area_m2 for r in good),
        "kwp": sum(r.kwp for r in good),
        "yield_mwh": sum(r.yield_kwh for r in good) / 1000.0,
        "co2_saved_t": sum(r.co2_saved_kg for r in good) / 1000.0,
        "mean_irradiation_kwh_m2": float(np.mean([r.irradiation_kwh_m2 for r in result.roofs]))
        if result.roofs
        else float("nan"),
        "annual_ghi_kwh_m2": result.weather.annual_ghi_kwh,
    }
