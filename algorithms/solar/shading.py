"""Horizon angles, sky view factor and annual beam with shading for points on a surface model.

Method (see docs/solar.md):
* Horizon per azimuth sector: the highest elevation angle of the surface model seen from a point
  along the sector's central direction, at distances from one cell up to ``max_distance`` with steps
  of one cell growing by ~5 % per step beyond 20 cells. Vectorised over all target points: each step
  is one gather (``np.take``) into a padded copy of the DSM at a constant flat-index offset.
  Distances use the rounded cell offset, so points on the target's own plane lie exactly at the
  plane's slope and do not shade it; a small height tolerance absorbs rounding.
* Sky view factor of a tilted plane from its horizons: Dozier & Frew (1990), "Rapid calculation of
  terrain parameters for radiation modeling from digital elevation data", IEEE TGRS 28(5), eq. 7–8,
  with the horizon in each direction raised to the plane's own edge; unobstructed it equals
  (1 + cos β)/2.
* Beam: the sun in a sector is blocked when its elevation is below the point's horizon there.
  Per sector the sun positions are sorted by elevation and the per-plane contributions summed from
  the top (suffix sums), so each point needs one ``searchsorted`` per sector instead of a loop over
  all hours.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Tuple

import numpy as np

from ..progress import NullProgress, Progress, check_canceled


def distance_steps(resolution: float, max_distance: float, growth: float = 0.05) -> np.ndarray:
    """Distances at which the horizon scan samples the surface model.

    Parameters
    ----------
    resolution : float
        Cell size, m.
    max_distance : float
        Farthest distance, m.
    growth : float
        Relative growth of the step once it exceeds a cell.

    Returns
    -------
    numpy.ndarray
        Distances, m: one cell per step until ``growth`` × distance exceeds a cell, then growing by
        ``growth`` per step (5 %: docs/solar.md, Shading).
    """
    steps: List[float] = []
    d = resolution
    while d <= max_distance + 1e-9:
        steps.append(d)
        d += max(resolution, growth * d)
    return np.array(steps)


def sector_offsets(
    sectors: int, resolution: float, max_distance: float
) -> List[Tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Cells along the central direction of each azimuth sector.

    Parameters
    ----------
    sectors : int
        Number of sectors (sector k points at 360° · k / sectors, 0 = north, clockwise).
    resolution : float
        Cell size, m.
    max_distance : float
        Farthest distance, m.

    Returns
    -------
    list of (drows, dcols, distances)
        Per sector: unique (row, column) offsets in order of distance, and their distances (m)
        measured between the cell centres.
    """
    distances = distance_steps(resolution, max_distance)
    result = []
    for k in range(sectors):
        phi = 2.0 * math.pi * k / sectors  # 0 = north, clockwise
        dc = np.rint(distances * math.sin(phi) / resolution).astype(np.int64)
        dr = np.rint(-distances * math.cos(phi) / resolution).astype(np.int64)
        pairs, first = np.unique(np.stack([dr, dc], axis=1), axis=0, return_index=True)
        order = np.argsort(first)
        pairs = pairs[order]
        keep = (pairs[:, 0] != 0) | (pairs[:, 1] != 0)
        pairs = pairs[keep]
        dist = np.hypot(pairs[:, 0], pairs[:, 1]) * resolution
        result.append((pairs[:, 0], pairs[:, 1], dist))
    return result


@dataclass
class Targets:
    """Points to evaluate: grid row/col, own height and the roof plane index of each."""

    rows: np.ndarray
    cols: np.ndarray
    z: np.ndarray
    plane: np.ndarray


class HorizonScanner:
    """Yields, sector by sector, the horizon elevation (degrees, ≥ 0) of every target point."""

    def __init__(
        self,
        dsm: np.ndarray,
        resolution: float,
        targets: Targets,
        sectors: int = 72,
        max_distance: float = 300.0,
        tolerance: float = 0.05,
    ) -> None:
        self.sectors = sectors
        self.offsets = sector_offsets(sectors, resolution, max_distance)
        pad = max([1] + [int(max(np.abs(o[0]).max(initial=0), np.abs(o[1]).max(initial=0))) for o in self.offsets])
        nrows, ncols = dsm.shape
        # Padding at a very low height: beyond the model nothing obstructs.
        self.padded = np.full((nrows + 2 * pad, ncols + 2 * pad), -1.0e4, dtype=np.float32)
        self.padded[pad : pad + nrows, pad : pad + ncols] = dsm
        self.width = ncols + 2 * pad
        self.base = ((targets.rows + pad) * self.width + targets.cols + pad).astype(np.int64)
        self.z = (targets.z + tolerance).astype(np.float32)
        self.flat = self.padded.ravel()

    def horizon(self, k: int) -> np.ndarray:
        """Horizon elevation angle (deg) in sector k for all targets (negative horizons set to 0)."""
        drs, dcs, dist = self.offsets[k]
        n = len(self.base)
        best = np.zeros(n, dtype=np.float32)  # tan of the horizon, ≥ 0
        index = np.empty(n, dtype=np.int64)
        heights = np.empty(n, dtype=np.float32)
        for dr, dc, d in zip(drs, dcs, dist):
            np.add(self.base, int(dr) * self.width + int(dc), out=index)
            np.take(self.flat, index, out=heights)
            heights -= self.z
            heights *= np.float32(1.0 / d)
            np.maximum(best, heights, out=best)
        return np.degrees(np.arctan(best))


def sky_view_factor_term(
    horizon_deg: np.ndarray,
    phi: float,
    cos_slope: np.ndarray,
    sin_slope: np.ndarray,
    cos_aspect: np.ndarray,
    sin_aspect: np.ndarray,
) -> np.ndarray:
    """One direction's term of the sky view factor of a tilted plane (Dozier & Frew 1990, eq. 8).

    Parameters
    ----------
    horizon_deg : numpy.ndarray
        Horizon elevation in this direction per target, degrees (≥ 0).
    phi : float
        Direction, radians (0 = north, clockwise).
    cos_slope, sin_slope : numpy.ndarray
        Of the plane's tilt S.
    cos_aspect, sin_aspect : numpy.ndarray
        Of the plane's aspect A (0 = north, clockwise).

    Returns
    -------
    numpy.ndarray
        cos S sin²H + sin S cos(φ − A)(H − sin H cos H), H = zenith angle of the effective horizon: the
        higher of the obstacle horizon and the plane's own edge (elevation −atan(tan S · cos(φ − A))).
        The mean over all directions is the sky view factor; unobstructed it is (1 + cos S)/2.
    """
    cos_rel = math.cos(phi) * cos_aspect + math.sin(phi) * sin_aspect
    with np.errstate(divide="ignore", invalid="ignore"):
        own_edge = -np.arctan(np.where(cos_slope > 1e-9, sin_slope / np.maximum(cos_slope, 1e-9), 1e9) * cos_rel)
    elev = np.maximum(np.radians(horizon_deg), own_edge)
    h = 0.5 * np.pi - elev
    return cos_slope * np.sin(h) ** 2 + sin_slope * cos_rel * (h - np.sin(h) * np.cos(h))


@dataclass
class SunSectors:
    """Sun positions grouped by azimuth sector, each group sorted by ascending elevation."""

    order: List[np.ndarray]  # indices into the weather time steps
    elevation: List[np.ndarray]  # sorted elevations (deg)


def group_sun_by_sector(zenith: np.ndarray, azimuth: np.ndarray, sectors: int) -> SunSectors:
    """Sun positions grouped by the horizon sector they lie in.

    Parameters
    ----------
    zenith, azimuth : numpy.ndarray
        Sun position per time step, degrees.
    sectors : int
        Number of azimuth sectors (as :class:`HorizonScanner`).

    Returns
    -------
    SunSectors
        Per sector the time-step indices sorted by ascending elevation and those elevations (degrees).
    """
    k = np.rint(np.asarray(azimuth) / (360.0 / sectors)).astype(np.int64) % sectors
    elevation = 90.0 - np.asarray(zenith)
    orders, elevations = [], []
    for s in range(sectors):
        idx = np.nonzero(k == s)[0]
        idx = idx[np.argsort(elevation[idx], kind="stable")]
        orders.append(idx)
        elevations.append(elevation[idx])
    return SunSectors(orders, elevations)


def shaded_sums(
    scanner: HorizonScanner,
    targets: Targets,
    normals: np.ndarray,
    sun_vectors: np.ndarray,
    beam_weight: np.ndarray,
    sun: SunSectors,
    progress: Progress = None,
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Annual beam with shading and the sky view factor of every target point.

    Parameters
    ----------
    scanner : HorizonScanner
        Horizons of the targets, sector by sector.
    targets : Targets
        Points and their roof plane (index into ``normals``).
    normals : numpy.ndarray, shape (planes, 3)
        Unit normals of the planes.
    sun_vectors : numpy.ndarray, shape (steps, 3)
        Unit vectors towards the sun.
    beam_weight : numpy.ndarray, shape (steps,)
        (DNI + circumsolar coefficient) × hours, Wh/m²; a plane receives ``weight · max(s·n, 0)``.
    sun : SunSectors
        :func:`group_sun_by_sector` of the same time steps.
    progress : Progress, optional

    Returns
    -------
    beam : numpy.ndarray
        Annual beam + circumsolar with the sun hidden below the horizon, Wh/m².
    svf : numpy.ndarray
        Sky view factor of the tilted plane (Dozier & Frew 1990), –.
    beam_free : numpy.ndarray
        The same beam without obstacles, Wh/m².

    Notes
    -----
    Per sector the contributions are summed from the highest sun downwards, so a point needs one
    ``searchsorted`` of its horizon per sector instead of a loop over the hours (docs/solar.md).
    """
    progress = progress or NullProgress()
    n = len(targets.rows)
    beam = np.zeros(n, dtype=np.float64)
    beam_free = np.zeros(n, dtype=np.float64)
    svf = np.zeros(n, dtype=np.float64)
    plane_normals = normals[targets.plane]
    cos_slope = np.clip(plane_normals[:, 2], 0.0, 1.0)
    sin_slope = np.sqrt(np.maximum(1.0 - cos_slope**2, 0.0))
    # cos and sin of the aspect atan2(nx, ny), written without trigonometry: numpy's vectorised and
    # scalar cos/atan2 may differ in the last bit, and a target must get the same value in every tile.
    horizontal = np.sqrt(plane_normals[:, 0] ** 2 + plane_normals[:, 1] ** 2)
    flat = horizontal == 0.0
    safe = np.where(flat, 1.0, horizontal)
    cos_aspect = np.where(flat, 1.0, plane_normals[:, 1] / safe)
    sin_aspect = np.where(flat, 0.0, plane_normals[:, 0] / safe)
    sectors = scanner.sectors
    for k in range(sectors):
        check_canceled(progress)
        horizon = scanner.horizon(k)
        phi = 2.0 * math.pi * k / sectors
        svf += sky_view_factor_term(horizon, phi, cos_slope, sin_slope, cos_aspect, sin_aspect)
        steps = sun.order[k]
        if len(steps):
            # (planes, steps) contributions, summed from the highest sun downwards. The dot product is
            # written out (not a matrix product, whose BLAS kernel may round a row differently depending
            # on its position): a plane gets the same value in every tile.
            sv = sun_vectors[steps]
            cos_aoi = normals[:, 0:1] * sv[:, 0] + normals[:, 1:2] * sv[:, 1] + normals[:, 2:3] * sv[:, 2]
            contrib = np.maximum(cos_aoi, 0.0) * beam_weight[steps][None, :]
            suffix = np.zeros((len(normals), len(steps) + 1))
            suffix[:, :-1] = np.cumsum(contrib[:, ::-1], axis=1)[:, ::-1]
            first_visible = np.searchsorted(sun.elevation[k], horizon, side="left")
            beam += suffix[targets.plane, first_visible]
            beam_free += suffix[targets.plane, 0]
        progress.set_progress(100.0 * (k + 1) / sectors)
    return beam, svf / sectors, beam_free
