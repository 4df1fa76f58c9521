"""Ineichen–Perez clear-sky irradiance with monthly Linke turbidity for NRW.

Ineichen & Perez (2002), "A new airmass independent formulation for the Linke turbidity
coefficient", Solar Energy 73(3); the same equations as ``pvlib.clearsky.ineichen`` (without the
optional Perez enhancement). Monthly Linke turbidity read off pvlib's LinkeTurbidities data set
(Remund et al. 2003, SoDa) for five NRW cities (:data:`LINKE_NRW` below); interpolated per day.
"""

from __future__ import annotations

from typing import Dict, Sequence, Tuple

import numpy as np

from .sunpos import pressure_from_altitude, relative_airmass

# (latitude, longitude, monthly Linke turbidity Jan…Dec)
LINKE_NRW: Dict[str, Tuple[float, float, Tuple[float, ...]]] = {
    "Düsseldorf": (51.23, 6.78, (3.20, 3.05, 3.85, 3.75, 4.20, 4.15, 4.45, 4.70, 4.15, 3.55, 3.25, 3.00)),
    "Köln": (50.94, 6.96, (3.15, 3.30, 4.05, 3.95, 4.35, 4.35, 4.50, 4.70, 4.25, 3.60, 3.35, 3.05)),
    "Münster": (51.96, 7.63, (2.65, 2.65, 3.65, 3.25, 4.05, 4.05, 4.55, 4.75, 4.20, 3.60, 2.85, 2.80)),
    "Dortmund": (51.51, 7.47, (2.60, 2.75, 3.65, 3.40, 4.20, 4.15, 4.70, 4.85, 4.25, 3.60, 3.00, 2.80)),
    "Aachen": (50.78, 6.08, (3.35, 3.40, 4.10, 4.05, 4.45, 4.40, 4.45, 4.60, 4.20, 3.50, 3.45, 3.30)),
}


def nearest_city(latitude: float, longitude: float) -> str:
    """The NRW city of :data:`LINKE_NRW` closest to a site (for its monthly Linke turbidity).

    Parameters
    ----------
    latitude, longitude : float
        Degrees.

    Returns
    -------
    str
        City name (equirectangular distance).
    """

    def distance(item):
        lat, lon, _ = item[1]
        return (lat - latitude) ** 2 + ((lon - longitude) * np.cos(np.radians(latitude))) ** 2

    return min(LINKE_NRW.items(), key=distance)[0]


def linke_turbidity(doy: np.ndarray, monthly: Sequence[float]) -> np.ndarray:
    """Linke turbidity per day of year.

    Parameters
    ----------
    doy : numpy.ndarray
        Day of the year.
    monthly : sequence of 12 floats
        Monthly Linke turbidity, January to December (–).

    Returns
    -------
    numpy.ndarray
        Linearly interpolated between mid-month values, cyclic over the year change.
    """
    mid = np.array([15.5, 45.0, 74.5, 105.0, 135.5, 166.0, 196.5, 227.5, 258.0, 288.5, 319.0, 349.5])
    values = np.asarray(monthly, dtype=float)
    x = np.concatenate([mid[-1:] - 365.0, mid, mid[:1] + 365.0])
    y = np.concatenate([values[-1:], values, values[:1]])
    return np.interp(np.asarray(doy, dtype=float), x, y)


def ineichen(
    apparent_zenith: np.ndarray, linke: np.ndarray, dni_extra: np.ndarray, altitude: float = 0.0
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Clear-sky irradiance after Ineichen & Perez (2002).

    Parameters
    ----------
    apparent_zenith : numpy.ndarray
        Degrees.
    linke : numpy.ndarray
        Linke turbidity (–).
    dni_extra : numpy.ndarray
        Extraterrestrial normal irradiance, W/m².
    altitude : float
        Site altitude, m.

    Returns
    -------
    ghi, dni, dhi : numpy.ndarray
        Global horizontal, direct normal and diffuse horizontal irradiance, W/m² (zero at night).

    Notes
    -----
    The equations of pvlib.clearsky.ineichen without the optional Perez enhancement.
    """
    zen = np.asarray(apparent_zenith, dtype=float)
    cos_zen = np.maximum(np.cos(np.radians(zen)), 0.0)
    am_abs = relative_airmass(zen) * pressure_from_altitude(altitude) / 101325.0
    am_abs = np.nan_to_num(am_abs, nan=0.0)
    tl = np.asarray(linke, dtype=float)
    fh1 = np.exp(-altitude / 8000.0)
    fh2 = np.exp(-altitude / 1250.0)
    cg1 = 5.09e-05 * altitude + 0.868
    cg2 = 3.92e-05 * altitude + 0.0387
    ghi = cg1 * dni_extra * cos_zen * np.exp(-cg2 * am_abs * (fh1 + fh2 * (tl - 1.0)))
    b = 0.664 + 0.163 / fh1
    bnci = dni_extra * b * np.exp(-0.09 * am_abs * (tl - 1.0))
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = (1.0 - (0.1 - 0.2 * np.exp(-tl)) / (0.1 + 0.882 / fh1)) / cos_zen
    bnci_2 = ghi * np.clip(np.nan_to_num(ratio, nan=0.0, posinf=1e20), 0.0, 1e20)
    dni = np.minimum(bnci, bnci_2)
    ghi = np.where(cos_zen > 0, ghi, 0.0)
    dni = np.where(cos_zen > 0, dni, 0.0)
    dhi = ghi - dni * cos_zen
    return ghi, dni, dhi
