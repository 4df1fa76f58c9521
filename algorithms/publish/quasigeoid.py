"""Height anomaly ζ of the German quasigeoid GCG2016: ellipsoidal height h = DHHN2016 normal height H + ζ.

NRW's LoD2 and DGM heights are DHHN2016 normal heights (EPSG:7837); 3D Tiles and web globes need heights
above the GRS80/WGS84 ellipsoid. The official link is the quasigeoid GCG2016 of the BKG (height anomaly
ζ ≈ 42–49 m in NRW, accuracy 1–2 cm after the BKG). Sources, in this order:

1. PROJ's grid ``de_bkg_gcg2016.tif`` (PROJ-data; ``projsync --file de_bkg_gcg2016.tif``) when PROJ
   finds it in its search path — the same operation as EPSG "ETRS89 to DHHN2016 height (1)".
2. Otherwise the GCG2016 nodes for NRW bundled with the plugin (``data/gcg2016_nrw.npz``: the nodes of
   ``de_bkg_gcg2016.tif`` between 5.74° and 9.76° E, 50.19° and 52.66° N, rounded to 1 mm), interpolated
   bilinearly between the four surrounding nodes exactly as PROJ's ``vgridshift`` does: the same values
   as (1) to within 0.5 mm inside NRW.
3. Points outside both (other states without the PROJ grid): the global geoid EGM96 from PROJ's
   ``egm96_15.gtx`` when present, as an approximation. Over NRW, EGM96 − GCG2016 is +0.20 m on average,
   between −0.21 m and +0.60 m (measured on all GCG2016 nodes in NRW); the run says how many points used it.

Quasigeoid data: © Bundesamt für Kartographie und Geodäsie (BKG), GCG2016, CC BY 4.0.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import Callable, Dict, Optional, Tuple

import numpy as np

from ..errors import NrwTwinError
from ..messages import Message, msg

DATA_FILE = os.path.join(os.path.dirname(__file__), "data", "gcg2016_nrw.npz")
PROJ_GRID = "de_bkg_gcg2016.tif"
EGM96_GRID = "egm96_15.gtx"
ATTRIBUTION = "Quasigeoid GCG2016 © BKG (CC BY 4.0)"
# Bundled values are stored as whole millimetres relative to this height (fits int16 for ζ in 7.3–72.7 m).
OFFSET_M = 40.0
NODATA_MM = -32768


@dataclass
class NodeGrid:
    """Values at the nodes of a regular longitude/latitude grid, first row = northernmost.

    ``west``/``north`` are the coordinates of the first node (degrees), ``dlon``/``dlat`` the node spacing
    (degrees, both positive); ``values`` (rows, cols) in metres, NaN where the grid has no data.
    """

    west: float
    north: float
    dlon: float
    dlat: float
    values: np.ndarray

    def interpolate(self, lon, lat) -> np.ndarray:
        """Bilinear interpolation between the four nodes around each point (PROJ ``vgridshift``).

        Parameters
        ----------
        lon, lat : array_like
            Geographic coordinates in degrees (ETRS89).

        Returns
        -------
        numpy.ndarray
            Interpolated values in metres; NaN outside the grid or next to a node without data.
        """
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        rows, cols = self.values.shape
        col = (lon - self.west) / self.dlon
        row = (self.north - lat) / self.dlat
        inside = (col >= 0) & (col <= cols - 1) & (row >= 0) & (row <= rows - 1)
        c0 = np.clip(np.floor(col), 0, cols - 2).astype(np.int64)
        r0 = np.clip(np.floor(row), 0, rows - 2).astype(np.int64)
        fc = np.clip(col - c0, 0.0, 1.0)
        fr = np.clip(row - r0, 0.0, 1.0)
        v = self.values
        top = v[r0, c0] * (1 - fc) + v[r0, c0 + 1] * fc
        bottom = v[r0 + 1, c0] * (1 - fc) + v[r0 + 1, c0 + 1] * fc
        result = top * (1 - fr) + bottom * fr
        return np.where(inside, result, np.nan)


def encode_grid(grid: NodeGrid, provenance: str) -> Dict[str, np.ndarray]:
    """Arrays for ``numpy.savez_compressed``: millimetres as row-wise differences (compress ~4×).

    Used by ``scripts/make_quasigeoid.py``; :func:`decode_grid` reverses it.
    """
    values = grid.values
    nodata = ~np.isfinite(values)
    mm = np.round((np.where(nodata, OFFSET_M, values) - OFFSET_M) * 1000.0).astype(np.int32)
    if np.abs(mm).max() > 32767:
        raise ValueError("quasigeoid heights beyond the int16 range of the bundled format")
    # Nodes without data repeat their western neighbour, so the differences stay small.
    for row in range(mm.shape[0]):
        for col in np.flatnonzero(nodata[row]):
            mm[row, col] = mm[row, col - 1] if col else 0
    deltas = np.diff(mm, axis=1, prepend=0).astype(np.int16)
    return {
        "geometry": np.array([grid.west, grid.north, grid.dlon, grid.dlat]),
        "delta_mm": deltas,
        "nodata": np.packbits(nodata, axis=None),
        "provenance": np.array(provenance),
    }


def decode_grid(arrays) -> NodeGrid:
    """The :class:`NodeGrid` of arrays written by :func:`encode_grid`."""
    west, north, dlon, dlat = (float(v) for v in arrays["geometry"])
    deltas = np.asarray(arrays["delta_mm"], dtype=np.int32)
    mm = np.cumsum(deltas, axis=1)
    nodata = np.unpackbits(arrays["nodata"], count=mm.size).reshape(mm.shape).astype(bool)
    values = OFFSET_M + mm / 1000.0
    values[nodata] = np.nan
    return NodeGrid(west, north, dlon, dlat, values)


@functools.lru_cache(maxsize=1)
def bundled_grid() -> NodeGrid:
    """The GCG2016 nodes for NRW shipped in ``data/gcg2016_nrw.npz``."""
    try:
        with np.load(DATA_FILE) as arrays:
            return decode_grid(arrays)
    except OSError as error:
        raise NrwTwinError(
            msg("The quasigeoid file {} of the plugin cannot be read ({}). Reinstall the plugin.", DATA_FILE,
                str(error))
        ) from None


def proj_grid_shift(grid_name: str) -> Optional[Callable[[np.ndarray, np.ndarray], np.ndarray]]:
    """A function (lon, lat) → grid value (m) through PROJ's ``vgridshift``; None when PROJ lacks the grid."""
    from pyproj import Transformer
    from pyproj.exceptions import ProjError

    pipeline = (
        "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
        f"+step +proj=vgridshift +grids={grid_name} +multiplier=1 "
        "+step +proj=unitconvert +xy_in=rad +xy_out=deg"
    )
    try:
        transformer = Transformer.from_pipeline(pipeline)
    except ProjError:
        return None

    def shift(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        _x, _y, z = transformer.transform(lon, lat, np.zeros(np.shape(lon)), errcheck=False)
        z = np.asarray(z, dtype=float)
        return np.where(np.isfinite(z) & (np.abs(z) < 1000.0), z, np.nan)

    if grid_name == PROJ_GRID and not np.isfinite(shift(np.array([7.5]), np.array([51.5]))).all():
        return None  # a file by that name that is not the German grid
    return shift


@dataclass
class HeightAnomaly:
    """ζ(λ, φ) from the best available source (see the module docstring)."""

    primary: Callable[[np.ndarray, np.ndarray], np.ndarray]
    source: Message
    fallback: Optional[Callable[[np.ndarray, np.ndarray], np.ndarray]] = None
    fallback_points: int = 0

    def __call__(self, lon, lat) -> np.ndarray:
        """Height anomaly ζ in metres at each point (degrees, ETRS89); raises where no source covers it."""
        lon = np.atleast_1d(np.asarray(lon, dtype=float))
        lat = np.atleast_1d(np.asarray(lat, dtype=float))
        zeta = self.primary(lon, lat)
        missing = ~np.isfinite(zeta)
        if missing.any() and self.fallback is not None:
            zeta[missing] = self.fallback(lon[missing], lat[missing])
            self.fallback_points += int(np.count_nonzero(np.isfinite(zeta[missing])))
            missing = ~np.isfinite(zeta)
        if missing.any():
            raise NrwTwinError(
                msg(
                    "{:,} points near {:.4f}° E, {:.4f}° N lie outside the German quasigeoid GCG2016 bundled for "
                    "NRW. Install PROJ's grids de_bkg_gcg2016.tif and egm96_15.gtx (projsync) to export them.",
                    int(missing.sum()),
                    float(lon[missing][0]),
                    float(lat[missing][0]),
                )
            )
        return zeta

    def fallback_message(self) -> Optional[Message]:
        if not self.fallback_points:
            return None
        return msg(
            "{:,} points lie outside the quasigeoid GCG2016; their heights use the global geoid EGM96, which "
            "differs from GCG2016 by up to 0.6 m in NRW.",
            self.fallback_points,
        )


def height_anomaly() -> HeightAnomaly:
    """ζ from PROJ's GCG2016 grid when PROJ has it, else from the bundled NRW nodes; EGM96 outside both."""
    fallback = proj_grid_shift(EGM96_GRID)
    official = proj_grid_shift(PROJ_GRID)
    if official is not None:
        return HeightAnomaly(official, msg("GCG2016 from PROJ's grid {}", PROJ_GRID), fallback)
    return HeightAnomaly(bundled_grid().interpolate, msg("GCG2016 values for NRW bundled with the plugin"), fallback)


def grid_bounds(grid: NodeGrid) -> Tuple[float, float, float, float]:
    """(west, south, east, north) of the grid's nodes in degrees."""
    rows, cols = grid.values.shape
    return grid.west, grid.north - (rows - 1) * grid.dlat, grid.west + (cols - 1) * grid.dlon, grid.north
