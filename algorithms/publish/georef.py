"""Source coordinates (projected CRS + DHHN2016 normal heights) → Earth-centred coordinates (EPSG:4978).

Chain, per point: the projected CRS (EPSG:25832 in NRW) → ETRS89 longitude/latitude with pyproj; the
ellipsoidal height h = H + ζ with the quasigeoid's height anomaly ζ (:mod:`.quasigeoid`); then
(λ, φ, h) → ECEF with pyproj (EPSG:4937 → EPSG:4978). ETRS89 is taken as WGS 84 there, as the EPSG
transformation "ETRS89 to WGS 84 (1)" does (a null transformation, accurate to about 1 m; web globes
work in the same frame). Converting back (:meth:`Georeferencer.source_from_ecef`) inverts each step.

Meshes are stored in a local Cartesian frame (:class:`LocalFrame`) whose origin lies at the centre of
the data on the ellipsoid: z along the ellipsoid normal there, x along the grid east of the projected
CRS, y completing a right-handed frame. So local coordinates differ from easting/northing/height
differences only by the grid's scale factor and the Earth's curvature, and small floats keep millimetres.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Tuple

import numpy as np

from .quasigeoid import HeightAnomaly, height_anomaly

GEOGRAPHIC_3D = "EPSG:4937"  # ETRS89 longitude, latitude, ellipsoidal height
ECEF = "EPSG:4978"  # WGS 84 geocentric


@dataclass
class LocalFrame:
    """A right-handed Cartesian frame: ``origin`` in ECEF, ``axes`` rows = unit x, y, z in ECEF."""

    origin: np.ndarray
    axes: np.ndarray

    def to_local(self, ecef: np.ndarray) -> np.ndarray:
        return (np.asarray(ecef, dtype=float) - self.origin) @ self.axes.T

    def to_ecef(self, local: np.ndarray) -> np.ndarray:
        return np.asarray(local, dtype=float) @ self.axes + self.origin

    def matrix(self) -> List[float]:
        """The 4 × 4 local → ECEF matrix, column-major (3D Tiles ``transform``)."""
        matrix = np.eye(4)
        matrix[:3, :3] = self.axes.T
        matrix[:3, 3] = self.origin
        return [float(v) for v in matrix.T.reshape(-1)]


class Georeferencer:
    """Converts points of a projected CRS with DHHN2016 heights to ECEF and back (see the module docstring).

    Parameters
    ----------
    crs : str
        The projected CRS of the input coordinates (``"EPSG:25832"`` or WKT), metres.
    anomaly : HeightAnomaly, optional
        Source of ζ; default: :func:`.quasigeoid.height_anomaly`.
    """

    def __init__(self, crs: str, anomaly: HeightAnomaly = None) -> None:
        from pyproj import Transformer

        self.crs = crs
        self.anomaly = anomaly or height_anomaly()
        self._to_geographic = Transformer.from_crs(crs, GEOGRAPHIC_3D, always_xy=True)
        self._from_geographic = Transformer.from_crs(GEOGRAPHIC_3D, crs, always_xy=True)
        self._geographic_to_ecef = Transformer.from_crs(GEOGRAPHIC_3D, ECEF, always_xy=True)
        self._ecef_to_geographic = Transformer.from_crs(ECEF, GEOGRAPHIC_3D, always_xy=True)

    def geographic(self, points: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(longitude °, latitude °, ellipsoidal height m) of (n, 3) points (x, y, normal height)."""
        points = np.asarray(points, dtype=float).reshape(-1, 3)
        lon, lat = self._to_geographic.transform(points[:, 0], points[:, 1])
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        return lon, lat, points[:, 2] + self.anomaly(lon, lat)

    def ecef(self, points: np.ndarray) -> np.ndarray:
        """ECEF coordinates (m) of (n, 3) points (x, y, DHHN2016 normal height)."""
        lon, lat, height = self.geographic(points)
        x, y, z = self._geographic_to_ecef.transform(lon, lat, height)
        return np.column_stack([x, y, z])

    def source_from_ecef(self, ecef: np.ndarray) -> np.ndarray:
        """The inverse of :meth:`ecef`: (x, y, normal height) in the source CRS."""
        ecef = np.asarray(ecef, dtype=float).reshape(-1, 3)
        lon, lat, height = self._ecef_to_geographic.transform(ecef[:, 0], ecef[:, 1], ecef[:, 2])
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        x, y = self._from_geographic.transform(lon, lat)
        return np.column_stack([x, y, np.asarray(height) - self.anomaly(lon, lat)])

    def local_frame(self, x: float, y: float) -> LocalFrame:
        """The frame at source point (x, y) on the ellipsoid, x axis along the grid east (see the module)."""
        probe = np.array([[x - 50.0, y, 0.0], [x + 50.0, y, 0.0], [x, y, 0.0]])
        lon, lat, _height = self.geographic(probe)
        ground = np.column_stack(self._geographic_to_ecef.transform(lon, lat, np.zeros(3)))
        phi, lam = np.radians(lat[2]), np.radians(lon[2])
        up = np.array([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)])
        east = ground[1] - ground[0]
        east -= np.dot(east, up) * up
        east /= np.linalg.norm(east)
        north = np.cross(up, east)
        return LocalFrame(ground[2], np.vstack([east, north, up]))
