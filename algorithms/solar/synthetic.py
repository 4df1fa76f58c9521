"""Synthetic buildings as LoD2-like surfaces, for tests, benchmarks and demos without data."""

from __future__ import annotations

from typing import List, Optional

import numpy as np

from ..model import Polygon3D, Surface


def _poly(points) -> Polygon3D:
    return Polygon3D(np.asarray(points, dtype=float))


def _walls(bid: str, ring: np.ndarray, z0: float, tops: np.ndarray) -> List[Surface]:
    out = []
    n = len(ring)
    for i in range(n):
        a, b = ring[i], ring[(i + 1) % n]
        pts = [(a[0], a[1], z0), (b[0], b[1], z0), (b[0], b[1], tops[(i + 1) % n]), (a[0], a[1], tops[i])]
        out.append(Surface(f"{bid}_w{i}", bid, None, "Wall", [_poly(pts)]))
    return out


def flat_building(bid: str, x: float, y: float, w: float, d: float, height: float, z0: float = 0.0) -> List[Surface]:
    """A box with a flat roof: a LoD2-like building for tests and benchmarks.

    Parameters
    ----------
    bid : str
        Building id (surface ids are derived from it).
    x, y : float
        South-west corner, m.
    w, d : float
        Extent east and north, m.
    height : float
        Roof above ``z0``, m.
    z0 : float
        Ground height, m.

    Returns
    -------
    list of Surface
        Roof, ground and four walls.
    """
    ring = np.array([(x, y), (x + w, y), (x + w, y + d), (x, y + d)])
    top = z0 + height
    roof = Surface(f"{bid}_r", bid, None, "Roof", [_poly([(p[0], p[1], top) for p in ring])])
    ground = Surface(f"{bid}_g", bid, None, "Ground", [_poly([(p[0], p[1], z0) for p in ring[::-1]])])
    return [roof, ground, *_walls(bid, ring, z0, np.full(4, top))]


def gable_building(
    bid: str,
    x: float,
    y: float,
    w: float,
    d: float,
    eave: float,
    ridge: float,
    z0: float = 0.0,
    ridge_east_west: bool = True,
) -> List[Surface]:
    """A building with a gable roof over [x, x + w] × [y, y + d].

    Parameters
    ----------
    bid : str
    x, y, w, d : float
        South-west corner and extent, m.
    eave, ridge : float
        Heights above ``z0``, m.
    z0 : float
        Ground height, m.
    ridge_east_west : bool
        Ridge along x (roofs face south and north) or along y (east and west).

    Returns
    -------
    list of Surface
        Two roofs, ground and six walls.
    """
    ze, zr = z0 + eave, z0 + ridge
    if ridge_east_west:
        ym = y + d / 2
        south = [(x, y, ze), (x + w, y, ze), (x + w, ym, zr), (x, ym, zr)]
        north = [(x, ym, zr), (x + w, ym, zr), (x + w, y + d, ze), (x, y + d, ze)]
        roofs = [
            Surface(f"{bid}_rs", bid, None, "Roof", [_poly(south)]),
            Surface(f"{bid}_rn", bid, None, "Roof", [_poly(north)]),
        ]
        ring = np.array([(x, y), (x + w, y), (x + w, ym), (x + w, y + d), (x, y + d), (x, ym)])
        tops = np.array([ze, ze, zr, ze, ze, zr])
    else:
        xm = x + w / 2
        west = [(x, y, ze), (xm, y, zr), (xm, y + d, zr), (x, y + d, ze)]
        east = [(xm, y, zr), (x + w, y, ze), (x + w, y + d, ze), (xm, y + d, zr)]
        roofs = [
            Surface(f"{bid}_rw", bid, None, "Roof", [_poly(west)]),
            Surface(f"{bid}_re", bid, None, "Roof", [_poly(east)]),
        ]
        ring = np.array([(x, y), (xm, y), (x + w, y), (x + w, y + d), (xm, y + d), (x, y + d)])
        tops = np.array([ze, zr, ze, ze, zr, ze])
    ground = Surface(f"{bid}_g", bid, None, "Ground", [_poly([(p[0], p[1], z0) for p in ring[::-1]])])
    return [*roofs, ground, *_walls(bid, ring, z0, tops)]


def dense_tile(
    x0: float = 356000.0,
    y0: float = 5699000.0,
    size: float = 1000.0,
    spacing: float = 17.0,
    seed: int = 7,
    z0: float = 100.0,
    rng: Optional[np.random.Generator] = None,
    prefix: str = "B",
) -> List[Surface]:
    """A dense synthetic town: a grid of gable and flat buildings.

    Parameters
    ----------
    x0, y0 : float
        South-west corner, m.
    size : float
        Edge of the square town, m.
    spacing : float
        Grid spacing of the buildings, m ((size / spacing)² buildings).
    seed : int
        Of the random sizes, heights and roof kinds (25 % flat); ``rng`` overrides it.
    z0 : float
        Ground height, m.
    prefix : str
        Of the building ids.

    Returns
    -------
    list of Surface
    """
    rng = rng or np.random.default_rng(seed)
    surfaces: List[Surface] = []
    n = int(size // spacing)
    for i in range(n):
        for j in range(n):
            bx, by = x0 + i * spacing + 1.5, y0 + j * spacing + 1.5
            w, d = rng.uniform(8, spacing - 3), rng.uniform(8, spacing - 3)
            bid = f"{prefix}{i:03d}_{j:03d}"
            eave = rng.uniform(5, 12)
            if rng.random() < 0.25:
                surfaces += flat_building(bid, bx, by, w, d, eave, z0)
            else:
                surfaces += gable_building(
                    bid, bx, by, w, d, eave, eave + rng.uniform(2, 5), z0, ridge_east_west=bool(rng.random() < 0.6)
                )
    return surfaces
