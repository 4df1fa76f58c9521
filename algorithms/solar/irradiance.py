"""Decomposition (Erbs) and transposition (isotropic, Hay-Davies, Perez) of irradiance.

All functions are vectorised over time steps and follow the published equations in the same form
as pvlib (validated against ``pvlib.irradiance`` in tests/unit/test_solar_irradiance.py):

* Erbs, Klein & Duffie (1982), "Estimation of the diffuse radiation fraction for hourly, daily and
  monthly-average global radiation", Solar Energy 28(4).
* Liu & Jordan (1963) isotropic sky; Hay & Davies (1980) anisotropic sky;
* Perez, Ineichen, Seals, Michalsky & Stewart (1990), "Modeling daylight availability and
  irradiance components from direct and global irradiance", Solar Energy 44(5), with the
  all-sites composite 1990 coefficients (Table 6).

The sky diffuse is returned split into an isotropic part (scaled by the sky view factor under
shading), a circumsolar part (blocked together with the beam) and a horizon-brightening part.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import NrwTwinError
from ..messages import msg

MODELS = ("perez", "haydavies", "isotropic")

# Perez et al. (1990) all-sites composite: rows = sky clearness bins 1..8; f11 f12 f13 f21 f22 f23.
PEREZ_1990 = np.array(
    [
        [-0.0080, 0.5880, -0.0620, -0.0600, 0.0720, -0.0220],
        [0.1300, 0.6830, -0.1510, -0.0190, 0.0660, -0.0290],
        [0.3300, 0.4870, -0.2210, 0.0550, -0.0640, -0.0260],
        [0.5680, 0.1870, -0.2950, 0.1090, -0.1520, -0.0140],
        [0.8730, -0.3920, -0.3620, 0.2260, -0.4620, 0.0010],
        [1.1320, -1.2370, -0.4120, 0.2880, -0.8230, 0.0560],
        [1.0600, -1.6000, -0.3590, 0.2640, -1.1270, 0.1310],
        [0.6780, -0.3270, -0.2500, 0.1560, -1.3770, 0.2510],
    ]
)
PEREZ_EPSILON_BINS = (1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2)


def erbs(ghi: np.ndarray, zenith: np.ndarray, dni_extra: np.ndarray, max_zenith: float = 87.0):
    """Split global horizontal irradiance into direct normal and diffuse (Erbs, Klein & Duffie 1982).

    Parameters
    ----------
    ghi : numpy.ndarray
        Global horizontal irradiance, W/m².
    zenith : numpy.ndarray
        Solar zenith, degrees.
    dni_extra : numpy.ndarray
        Extraterrestrial normal irradiance, W/m².
    max_zenith : float
        Above this zenith (degrees) all of GHI is diffuse.

    Returns
    -------
    dni, dhi : numpy.ndarray
        W/m².
    kt : numpy.ndarray
        Clearness index GHI / (E0n · max(cos z, 0.065)), limited to [0, 1] (as pvlib.irradiance.erbs).
    """
    ghi = np.asarray(ghi, dtype=float)
    cos_z = np.cos(np.radians(zenith))
    kt = np.clip(ghi / (dni_extra * np.maximum(cos_z, 0.065)), 0.0, 1.0)
    df = np.where(
        kt <= 0.22,
        1.0 - 0.09 * kt,
        np.where(kt <= 0.8, 0.9511 - 0.1604 * kt + 4.388 * kt**2 - 16.638 * kt**3 + 12.336 * kt**4, 0.165),
    )
    dhi = df * ghi
    with np.errstate(invalid="ignore", divide="ignore"):
        dni = (ghi - dhi) / cos_z
    bad = (np.asarray(zenith) > max_zenith) | (ghi < 0) | ~(dni >= 0)
    dni = np.where(bad, 0.0, dni)
    dhi = np.where(bad, ghi, dhi)
    return dni, dhi, kt


def sun_vectors(zenith: np.ndarray, azimuth: np.ndarray) -> np.ndarray:
    """Unit vectors towards the sun.

    Parameters
    ----------
    zenith, azimuth : numpy.ndarray
        Degrees (azimuth 0 = north, clockwise).

    Returns
    -------
    numpy.ndarray, shape (n, 3)
        (east, north, up) components.
    """
    z = np.radians(zenith)
    a = np.radians(azimuth)
    return np.stack([np.sin(z) * np.sin(a), np.sin(z) * np.cos(a), np.cos(z)], axis=-1)


def surface_normal(tilt_deg: float, azimuth_deg: float) -> np.ndarray:
    """Unit normal of a plane.

    Parameters
    ----------
    tilt_deg : float
        Tilt from horizontal, degrees.
    azimuth_deg : float
        Direction the plane faces, degrees (0 = north, clockwise).

    Returns
    -------
    numpy.ndarray, shape (3,)
        (east, north, up).
    """
    t, a = np.radians(tilt_deg), np.radians(azimuth_deg)
    return np.array([np.sin(t) * np.sin(a), np.sin(t) * np.cos(a), np.cos(t)])


@dataclass
class SkyComponents:
    """Per time step, the parts of in-plane irradiance that do not depend on the plane's normal.

    For a plane with normal n and cos AOI = max(s·n, 0):
    beam = dni·cosAOI; circumsolar = circ_coef·cosAOI; isotropic = iso·(1+cos β)/2 (or sky view factor);
    horizon brightening = horizon·sin β; ground = ghi·albedo·(1−cos β)/2.
    """

    iso: np.ndarray  # W/m² on the horizontal from the isotropic dome, to multiply by the sky view factor
    circ_coef: np.ndarray  # W/m² per unit cos(AOI) from the circumsolar region
    horizon: np.ndarray  # W/m² per unit sin(tilt) from horizon brightening (Perez)


def sky_components(
    model: str,
    dni: np.ndarray,
    dhi: np.ndarray,
    zenith: np.ndarray,
    dni_extra: np.ndarray,
    airmass: np.ndarray,
) -> SkyComponents:
    """The sky diffuse of a transposition model split into parts that do not depend on the plane.

    Parameters
    ----------
    model : str
        "perez", "haydavies" or "isotropic" (:data:`MODELS`).
    dni, dhi : numpy.ndarray
        Direct normal and diffuse horizontal irradiance, W/m².
    zenith : numpy.ndarray
        Apparent solar zenith, degrees.
    dni_extra : numpy.ndarray
        Extraterrestrial normal irradiance, W/m².
    airmass : numpy.ndarray
        Relative airmass (–); NaN at night.

    Returns
    -------
    SkyComponents
        ``iso`` (W/m², × sky view factor), ``circ_coef`` (W/m² per unit cos AOI) and ``horizon``
        (W/m² per unit sin β) per time step.

    Notes
    -----
    Liu & Jordan (1963); Hay & Davies (1980) with pvlib's Rb limit; Perez et al. (1990), all-sites
    composite coefficients. The parts add up to pvlib.irradiance.perez (tests/unit/test_solar_irradiance.py).
    """
    dni = np.asarray(dni, dtype=float)
    dhi = np.asarray(dhi, dtype=float)
    zero = np.zeros_like(dhi)
    if model == "isotropic":
        return SkyComponents(iso=dhi, circ_coef=zero, horizon=zero)
    cos_z = np.cos(np.radians(zenith))
    if model == "haydavies":
        ai = dni / dni_extra
        # Hay & Davies (1980): anisotropy index AI; Rb = cosAOI / max(cos z, cos 89°) as pvlib (GH 432).
        return SkyComponents(iso=dhi * (1.0 - ai), circ_coef=dhi * ai / np.maximum(cos_z, 0.01745), horizon=zero)
    if model != "perez":
        raise NrwTwinError(msg("Unknown sky model {}; use one of {}.", repr(model), ", ".join(MODELS)))
    z = np.radians(zenith)
    kappa = 1.041
    am = np.nan_to_num(np.asarray(airmass, dtype=float), nan=0.0)
    delta = dhi * am / dni_extra
    with np.errstate(invalid="ignore", divide="ignore"):
        eps = ((dhi + dni) / dhi + kappa * z**3) / (1.0 + kappa * z**3)
    valid = np.isfinite(eps) & (dhi > 0) & np.isfinite(np.asarray(airmass, dtype=float))
    ebin = np.digitize(np.where(valid, eps, 1.0), PEREZ_EPSILON_BINS)
    c = PEREZ_1990[ebin]
    f1 = np.maximum(c[:, 0] + c[:, 1] * delta + c[:, 2] * z, 0.0)
    f2 = c[:, 3] + c[:, 4] * delta + c[:, 5] * z
    b = np.maximum(cos_z, np.cos(np.radians(85.0)))
    iso = np.where(valid, dhi * (1.0 - f1), 0.0)
    circ = np.where(valid, dhi * f1 / b, 0.0)
    hor = np.where(valid, dhi * f2, 0.0)
    return SkyComponents(iso=iso, circ_coef=circ, horizon=hor)


def plane_of_array(
    tilt_deg: float,
    azimuth_deg: float,
    ghi: np.ndarray,
    dni: np.ndarray,
    dhi: np.ndarray,
    zenith: np.ndarray,
    sun_azimuth: np.ndarray,
    dni_extra: np.ndarray,
    airmass: np.ndarray,
    model: str = "perez",
    albedo: float = 0.2,
) -> np.ndarray:
    """Total irradiance on an unshaded plane per time step, as pvlib.irradiance.get_total_irradiance.

    Parameters
    ----------
    tilt_deg, azimuth_deg : float
        Plane orientation, degrees (azimuth 0 = north, clockwise).
    ghi, dni, dhi : numpy.ndarray
        W/m².
    zenith, sun_azimuth : numpy.ndarray
        Apparent sun position, degrees.
    dni_extra : numpy.ndarray
        Extraterrestrial normal irradiance, W/m².
    airmass : numpy.ndarray
        Relative airmass (–).
    model : str
        Sky diffuse model (:func:`sky_components`).
    albedo : float
        Ground reflectance (–).

    Returns
    -------
    numpy.ndarray
        In-plane irradiance, W/m²: beam + sky diffuse (≥ 0) + ground reflected (isotropic).
    """
    n = surface_normal(tilt_deg, azimuth_deg)
    cos_aoi = np.maximum(sun_vectors(zenith, sun_azimuth) @ n, 0.0)
    comp = sky_components(model, dni, dhi, zenith, dni_extra, airmass)
    beta = np.radians(tilt_deg)
    sky = comp.iso * (1 + np.cos(beta)) / 2 + comp.circ_coef * cos_aoi + comp.horizon * np.sin(beta)
    sky = np.maximum(sky, 0.0)
    ground = np.asarray(ghi, dtype=float) * albedo * (1 - np.cos(beta)) / 2
    return np.asarray(dni, dtype=float) * cos_aoi + sky + ground
