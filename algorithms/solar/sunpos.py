"""Sun position from the NOAA solar calculator formulas (Meeus, *Astronomical Algorithms*, 2nd ed., ch. 25).

The low-precision solar coordinates of Meeus ch. 25 (apparent longitude with nutation and aberration)
plus Greenwich apparent sidereal time (Meeus ch. 12, nutation ch. 22 to four terms) give zenith and
azimuth within about 0.01° of NREL's SPA (Reda & Andreas 2004) in NRW; validated against
``pvlib.solarposition.get_solarposition(method='nrel_numpy')`` in tests/unit/test_solar_sunpos.py.
Refraction follows SPA (Bennett's formula, 1010 hPa, 10 °C), applied above −0.83° elevation.
"""

from __future__ import annotations

from typing import Tuple

import numpy as np

# Difference TT − UT in seconds (≈ 69 s in the 2020s); moves the sun by ~0.0008° only.
DELTA_T_S = 69.0


def julian_day(times: np.ndarray) -> np.ndarray:
    """Julian day of UTC instants.

    Parameters
    ----------
    times : numpy.ndarray of datetime64
        Instants, taken as UTC.

    Returns
    -------
    numpy.ndarray of float
        Julian day (UT), days; Meeus (1998) ch. 7 through the Unix epoch (JD 2440587.5).
    """
    seconds = np.asarray(times, dtype="datetime64[ns]").astype(np.int64) / 1e9
    return seconds / 86400.0 + 2440587.5


def day_of_year(times: np.ndarray) -> np.ndarray:
    """Day of the year (1 = 1 January) of UTC instants.

    Parameters
    ----------
    times : numpy.ndarray of datetime64

    Returns
    -------
    numpy.ndarray of int64
        1 … 366.
    """
    t = np.asarray(times, dtype="datetime64[ns]")
    return (t.astype("datetime64[D]") - t.astype("datetime64[Y]")).astype(np.int64) + 1


def refraction_deg(elevation_deg: np.ndarray, pressure_hpa: float = 1010.0, temperature_c: float = 10.0) -> np.ndarray:
    """Atmospheric refraction of the sun's elevation.

    Parameters
    ----------
    elevation_deg : numpy.ndarray
        Geometric (true) elevation, degrees.
    pressure_hpa : float
        Air pressure, hPa.
    temperature_c : float
        Air temperature, °C.

    Returns
    -------
    numpy.ndarray
        Refraction, degrees, to add to the elevation; zero below the apparent sunrise elevation −0.83337°.

    Notes
    -----
    NREL SPA (Reda & Andreas 2004) eq. 42, after Bennett (1982).
    """
    e = np.asarray(elevation_deg, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        r = (
            (pressure_hpa / 1010.0)
            * (283.0 / (273.0 + temperature_c))
            * 1.02
            / (60.0 * np.tan(np.radians(e + 10.3 / (e + 5.11))))
        )
    return np.where(e >= -0.83337, r, 0.0)


def solar_position(
    times: np.ndarray, latitude: float, longitude: float, refraction: bool = False
) -> Tuple[np.ndarray, np.ndarray]:
    """Sun position at UTC instants.

    Parameters
    ----------
    times : numpy.ndarray of datetime64
        Instants, taken as UTC.
    latitude, longitude : float
        Site, degrees (north, east positive).
    refraction : bool
        Return the apparent (refracted) zenith (:func:`refraction_deg`).

    Returns
    -------
    zenith : numpy.ndarray
        Degrees.
    azimuth : numpy.ndarray
        Degrees, 0 = north, clockwise.

    Notes
    -----
    Meeus (1998) ch. 25 (sun), ch. 12 (sidereal time), ch. 22 (nutation, main terms), ch. 13
    (horizontal coordinates); within about 0.01° of NREL SPA in NRW (tests/unit/test_solar_sunpos.py).
    """
    jd = julian_day(times)
    jde = jd + DELTA_T_S / 86400.0
    t = (jde - 2451545.0) / 36525.0
    l0 = 280.46646 + t * (36000.76983 + 0.0003032 * t)
    m = np.radians(357.52911 + t * (35999.05029 - 0.0001537 * t))
    c = (
        (1.914602 - t * (0.004817 + 0.000014 * t)) * np.sin(m)
        + (0.019993 - 0.000101 * t) * np.sin(2 * m)
        + 0.000289 * np.sin(3 * m)
    )
    omega = np.radians(125.04452 - 1934.136261 * t)
    l_moon = np.radians(218.3165 + 481267.8813 * t)
    l_sun = np.radians(280.4665 + 36000.7698 * t)
    # Nutation in longitude and obliquity (arcseconds, Meeus eq. 22.A short series).
    dpsi = -17.20 * np.sin(omega) - 1.32 * np.sin(2 * l_sun) - 0.23 * np.sin(2 * l_moon) + 0.21 * np.sin(2 * omega)
    deps = 9.20 * np.cos(omega) + 0.57 * np.cos(2 * l_sun) + 0.10 * np.cos(2 * l_moon) - 0.09 * np.cos(2 * omega)
    eps0 = 23.0 + (26.0 + (21.448 - t * (46.8150 + t * (0.00059 - 0.001813 * t))) / 60.0) / 60.0
    eps = np.radians(eps0 + deps / 3600.0)
    # Apparent longitude: true longitude + nutation − aberration (20.4898" / R ≈ 0.005691°).
    e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t)
    nu = m + np.radians(c)
    radius = 1.000001018 * (1 - e * e) / (1 + e * np.cos(nu))
    lam = np.radians(l0 + c + dpsi / 3600.0 - 0.0056914 / radius)
    alpha = np.arctan2(np.cos(eps) * np.sin(lam), np.cos(lam))
    delta = np.arcsin(np.sin(eps) * np.sin(lam))
    # Greenwich apparent sidereal time (UT), Meeus eq. 12.4 + equation of the equinoxes.
    t_ut = (jd - 2451545.0) / 36525.0
    gmst = 280.46061837 + 360.98564736629 * (jd - 2451545.0) + t_ut * t_ut * (0.000387933 - t_ut / 38710000.0)
    gast = gmst + dpsi / 3600.0 * np.cos(eps)
    hour_angle = np.radians(np.mod(gast + longitude, 360.0)) - alpha
    phi = np.radians(latitude)
    cos_zen = np.sin(phi) * np.sin(delta) + np.cos(phi) * np.cos(delta) * np.cos(hour_angle)
    zenith = np.degrees(np.arccos(np.clip(cos_zen, -1.0, 1.0)))
    # Topocentric parallax of the sun (≤ 8.8"), SPA eq. 37-ish simplification: elevation − 8.794" cos(el).
    elevation = 90.0 - zenith
    elevation = elevation - (8.794 / 3600.0) / radius * np.cos(np.radians(elevation))
    azimuth = np.degrees(np.arctan2(np.sin(hour_angle), np.cos(hour_angle) * np.sin(phi) - np.tan(delta) * np.cos(phi)))
    azimuth = np.mod(azimuth + 180.0, 360.0)
    if refraction:
        elevation = elevation + refraction_deg(elevation)
    return 90.0 - elevation, azimuth


def extraterrestrial_normal(doy: np.ndarray, solar_constant: float = 1366.1) -> np.ndarray:
    """Extraterrestrial irradiance on a plane normal to the sun.

    Parameters
    ----------
    doy : numpy.ndarray
        Day of the year.
    solar_constant : float
        W/m².

    Returns
    -------
    numpy.ndarray
        W/m²; Spencer (1971), as pvlib.irradiance.get_extra_radiation's default.
    """
    b = 2.0 * np.pi * (np.asarray(doy, dtype=float) - 1.0) / 365.0
    r = 1.00011 + 0.034221 * np.cos(b) + 0.00128 * np.sin(b) + 0.000719 * np.cos(2 * b) + 0.000077 * np.sin(2 * b)
    return solar_constant * r


def relative_airmass(zenith_deg: np.ndarray) -> np.ndarray:
    """Relative optical airmass.

    Parameters
    ----------
    zenith_deg : numpy.ndarray
        Apparent zenith, degrees.

    Returns
    -------
    numpy.ndarray
        Airmass (–), Kasten & Young (1989); NaN with the sun below the horizon.
    """
    z = np.asarray(zenith_deg, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        am = 1.0 / (np.cos(np.radians(z)) + 0.50572 * (6.07995 + (90.0 - z)) ** -1.6364)
    return np.where(z > 90.0, np.nan, am)


def pressure_from_altitude(altitude_m: float) -> float:
    """Air pressure of the standard atmosphere.

    Parameters
    ----------
    altitude_m : float
        Altitude above sea level, m.

    Returns
    -------
    float
        Pa, as pvlib.atmosphere.alt2pres.
    """
    return 100.0 * ((44331.514 - altitude_m) / 11880.516) ** (1.0 / 0.1902632)
