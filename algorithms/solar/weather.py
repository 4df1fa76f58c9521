"""Weather input for the annual sums: a synthetic hourly year for NRW, or a PVGIS TMY / EPW file.

A :class:`WeatherSeries` holds only the time steps with the sun above the horizon, each with its
duration in hours, so annual irradiation is ``sum(W/m² × hours) / 1000`` in kWh/m².

Synthetic year (offline default): Ineichen clear sky (see clearsky.py) × a daily clear-sky index.
The index of each day comes from a fixed low-discrepancy sequence mapped onto a spread of cloudy to
clear days, scaled per month so that the months follow typical German long-term monthly shares of
global irradiation (DWD means, our rounding) and the year sums to the requested annual GHI (NRW
≈ 1000 kWh/m²·a, DWD 1991–2020). The hourly GHI is split into beam and diffuse with Erbs; with
1000 kWh/m² this gives a diffuse share of about 55 %, typical for NRW. This is a stand-in for real
data, not a reproduction of any particular year.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

import numpy as np

from ..errors import NrwTwinError
from .clearsky import LINKE_NRW, ineichen, linke_turbidity, nearest_city
from .irradiance import erbs
from .sunpos import day_of_year, extraterrestrial_normal, relative_airmass, solar_position

DEFAULT_ANNUAL_GHI = 1000.0
# Typical monthly shares of annual global horizontal irradiation in Germany (DWD long-term means, rounded).
MONTHLY_GHI_KWH = np.array([20.0, 36.0, 74.0, 118.0, 148.0, 155.0, 155.0, 133.0, 90.0, 53.0, 24.0, 16.0])
MONTHLY_SHARE = MONTHLY_GHI_KWH / MONTHLY_GHI_KWH.sum()


@dataclass
class WeatherSeries:
    """Daytime time steps: irradiance (W/m²) with sun position (apparent zenith, azimuth in degrees)."""

    times: np.ndarray  # datetime64 (UTC) at the representative instant of each step
    hours: np.ndarray  # duration represented by each step (h)
    ghi: np.ndarray
    dni: np.ndarray
    dhi: np.ndarray
    zenith: np.ndarray
    azimuth: np.ndarray
    dni_extra: np.ndarray
    airmass: np.ndarray
    source: str
    latitude: float
    longitude: float

    @property
    def annual_ghi_kwh(self) -> float:
        return float(np.sum(self.ghi * self.hours) / 1000.0)

    @property
    def diffuse_share(self) -> float:
        return float(np.sum(self.dhi * self.hours) / max(np.sum(self.ghi * self.hours), 1e-9))


def hourly_times(year: int = 2023, offset_minutes: int = 30) -> np.ndarray:
    start = np.datetime64(f"{year}-01-01T00:00") + np.timedelta64(offset_minutes, "m")
    end = np.datetime64(f"{year + 1}-01-01T00:00")
    return np.arange(start, end, np.timedelta64(60, "m")).astype("datetime64[ns]")


def _series(times, hours, ghi, dni, dhi, latitude, longitude, source, zenith=None, azimuth=None) -> WeatherSeries:
    if zenith is None:
        zenith, azimuth = solar_position(times, latitude, longitude, refraction=True)
    dni_extra = extraterrestrial_normal(day_of_year(times))
    keep = (zenith < 90.0) & ((ghi > 0) | (dni > 0) | (dhi > 0))
    dni = np.where(zenith < 90.0, dni, 0.0)
    return WeatherSeries(
        times=times[keep],
        hours=np.broadcast_to(np.asarray(hours, dtype=float), times.shape)[keep].copy(),
        ghi=np.asarray(ghi, dtype=float)[keep],
        dni=np.asarray(dni, dtype=float)[keep],
        dhi=np.asarray(dhi, dtype=float)[keep],
        zenith=zenith[keep],
        azimuth=azimuth[keep],
        dni_extra=dni_extra[keep],
        airmass=relative_airmass(zenith[keep]),
        source=source,
        latitude=float(latitude),
        longitude=float(longitude),
    )


def clear_sky_year(latitude: float, longitude: float, altitude: float = 50.0, year: int = 2023):
    """Hourly Ineichen clear-sky GHI of one year with the nearest NRW city's Linke turbidity."""
    times = hourly_times(year)
    zenith, azimuth = solar_position(times, latitude, longitude, refraction=True)
    doy = day_of_year(times)
    monthly = LINKE_NRW[nearest_city(latitude, longitude)][2]
    ghi, _dni, _dhi = ineichen(zenith, linke_turbidity(doy, monthly), extraterrestrial_normal(doy), altitude)
    return times, zenith, azimuth, ghi


def synthetic_year(
    annual_ghi: float = DEFAULT_ANNUAL_GHI,
    latitude: float = 51.23,
    longitude: float = 6.78,
    altitude: float = 50.0,
    year: int = 2023,
) -> WeatherSeries:
    """A deterministic hourly year whose GHI sums to ``annual_ghi`` kWh/m² (see module docstring)."""
    times, zenith, azimuth, ghi_clear = clear_sky_year(latitude, longitude, altitude, year)
    clear_total = float(ghi_clear.sum() / 1000.0)
    if not 0 < annual_ghi < 0.95 * clear_total:
        raise NrwTwinError(
            f"The annual irradiation {annual_ghi:g} kWh/m² is not possible here (clear sky gives "
            f"{clear_total:.0f} kWh/m²). Use a value between 300 and {0.9 * clear_total:.0f}, e.g. 1000 for NRW."
        )
    day = (times.astype("datetime64[D]") - times[0].astype("datetime64[D]")).astype(np.int64)
    month = times.astype("datetime64[M]").astype(np.int64) % 12
    n_days = int(day.max()) + 1
    # Day "weather quantile": golden-ratio sequence, then a spread from overcast (0.12) to clear (1.0).
    quantile = np.mod(0.5 + np.arange(n_days) * 0.6180339887498949, 1.0)
    day_shape = 0.12 + 1.05 * quantile**1.3
    clear_sky_index = np.zeros(n_days)
    for m in range(12):
        target = annual_ghi * MONTHLY_SHARE[m] * 1000.0
        in_month = month == m
        days = np.unique(day[in_month])
        daily_clear = np.bincount(day[in_month] - days[0], weights=ghi_clear[in_month])
        low, high = 0.0, 20.0
        for _ in range(60):  # bisection on the month's scale factor (sum is monotonic in it)
            mid = 0.5 * (low + high)
            total = np.sum(np.clip(mid * day_shape[days], 0.03, 1.0) * daily_clear)
            low, high = (mid, high) if total < target else (low, mid)
        clear_sky_index[days] = np.clip(0.5 * (low + high) * day_shape[days], 0.03, 1.0)
    ghi = ghi_clear * clear_sky_index[day]
    ghi *= annual_ghi * 1000.0 / max(ghi.sum(), 1e-9)  # exact total where a month saturated
    dni_extra = extraterrestrial_normal(day_of_year(times))
    dni, dhi, _kt = erbs(ghi, zenith, dni_extra)
    city = nearest_city(latitude, longitude)
    source = f"synthetic year, GHI {annual_ghi:g} kWh/m² (Ineichen clear sky, {city} turbidity)"
    return _series(times, 1.0, ghi, dni, dhi, latitude, longitude, source, zenith, azimuth)


# --- weather files ------------------------------------------------------------------------------------


def _bad_file(path: str, what: str) -> NrwTwinError:
    return NrwTwinError(
        f"Cannot read the weather file {path}: {what}. Use a PVGIS TMY file (CSV or JSON, "
        "from re.jrc.ec.europa.eu/pvg_tools → TMY) or an EnergyPlus EPW file."
    )


def read_pvgis_tmy_csv(path: str) -> Tuple[Dict[str, float], np.ndarray, Dict[str, np.ndarray]]:
    """PVGIS TMY CSV: 3–4 metadata lines, month/year table, header ``time(UTC),T2m,RH,G(h),Gb(n),Gd(h),…``."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = [line.strip() for line in handle]
    meta: Dict[str, float] = {}
    header_row = None
    for number, line in enumerate(lines[:40]):
        key = line.split(":")[0].strip().lower()
        if key.startswith("latitude"):
            meta["latitude"] = float(line.split(":")[1])
        elif key.startswith("longitude"):
            meta["longitude"] = float(line.split(":")[1])
        elif key.startswith("elevation"):
            meta["elevation"] = float(line.split(":")[1])
        elif key.startswith("irradiance time offset"):
            meta["time_offset_h"] = float(line.split(":")[1])
        elif line.startswith("time(UTC)"):
            header_row = number
            break
    if header_row is None or "latitude" not in meta or "longitude" not in meta:
        raise _bad_file(path, "no 'Latitude', 'Longitude' and 'time(UTC),…' header found")
    headers = [h.strip() for h in lines[header_row].split(",")]
    stamps: List[str] = []
    rows: List[List[float]] = []
    for line in lines[header_row + 1 :]:
        if not line or not line[:8].isdigit():
            break
        parts = line.split(",")
        stamps.append(parts[0])
        rows.append([float(v) for v in parts[1:]])
    columns = {name: np.array([r[i] for r in rows]) for i, name in enumerate(headers[1:])}
    return meta, _pvgis_times(path, stamps), columns


def _pvgis_times(path: str, stamps: List[str]) -> np.ndarray:
    try:
        iso = [f"{s[0:4]}-{s[4:6]}-{s[6:8]}T{s[9:11]}:{s[11:13]}" for s in stamps]
        return np.array(iso, dtype="datetime64[m]").astype("datetime64[ns]")
    except (ValueError, IndexError) as error:
        raise _bad_file(path, f"bad time stamp ({error})") from error


def read_pvgis_tmy_json(path: str) -> Tuple[Dict[str, float], np.ndarray, Dict[str, np.ndarray]]:
    """PVGIS TMY JSON: ``inputs.location`` and ``outputs.tmy_hourly`` records."""
    try:
        with open(path, encoding="utf-8") as handle:
            src = json.load(handle)
        location = src["inputs"]["location"]
        records = src["outputs"]["tmy_hourly"]
        meta = {
            "latitude": float(location["latitude"]),
            "longitude": float(location["longitude"]),
            "elevation": float(location.get("elevation", 0.0)),
        }
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise _bad_file(path, f"not a PVGIS TMY JSON ({error})") from error
    names = [k for k in records[0] if k != "time(UTC)"]
    columns = {name: np.array([float(r[name]) for r in records]) for name in names}
    return meta, _pvgis_times(path, [r["time(UTC)"] for r in records]), columns


def read_epw(path: str) -> Tuple[Dict[str, float], np.ndarray, Dict[str, np.ndarray]]:
    """EnergyPlus weather file: LOCATION line, 7 more header lines, hourly rows (hour-ending, local standard time).

    Columns used (0-based, EnergyPlus Auxiliary Programs, "Weather Converter"): 13 global horizontal,
    14 direct normal, 15 diffuse horizontal radiation (Wh/m² over the hour); 9999 = missing.
    Returned times are the UTC ends of each hour.
    """
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
        loc = lines[0].split(",")
        if loc[0].strip().upper() != "LOCATION":
            raise ValueError("first line is not LOCATION")
        meta = {"latitude": float(loc[6]), "longitude": float(loc[7]), "tz": float(loc[8]), "elevation": float(loc[9])}
        rows = [line.split(",") for line in lines[8:] if line.strip()]
        year, month, dom, hour = (np.array([int(r[i]) for r in rows]) for i in range(4))
        values = {
            name: np.array([float(r[i]) for r in rows])
            for name, i in (("ghi", 13), ("dni", 14), ("dhi", 15), ("temp_air", 6))
        }
    except (OSError, ValueError, IndexError) as error:
        raise _bad_file(path, f"not an EPW file ({error})") from error
    days = np.array([f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in zip(year, month, dom)], dtype="datetime64[D]")
    local = days.astype("datetime64[m]") + (hour * 60).astype("timedelta64[m]")
    utc = local - np.timedelta64(int(round(meta["tz"] * 60)), "m")
    return meta, utc.astype("datetime64[ns]"), values


def load_weather_file(path: str) -> WeatherSeries:
    """Read a PVGIS TMY (.csv/.json) or EPW (.epw) file into a WeatherSeries (sun positions at mid-hour)."""
    if not os.path.isfile(path):
        raise NrwTwinError(f"The weather file {path} does not exist.")
    ext = os.path.splitext(path)[1].lower()
    half_hour = np.timedelta64(30, "m")
    if ext == ".epw":
        meta, times, cols = read_epw(path)
        ghi, dni, dhi = cols["ghi"], cols["dni"], cols["dhi"]
        instants = times - half_hour  # hour-ending values → mid-hour
    elif ext in (".csv", ".json"):
        meta, times, cols = read_pvgis_tmy_csv(path) if ext == ".csv" else read_pvgis_tmy_json(path)
        try:
            ghi, dni, dhi = cols["G(h)"], cols["Gb(n)"], cols["Gd(h)"]
        except KeyError as error:
            raise _bad_file(path, f"column {error} missing") from error
        # PVGIS (SARAH) values are hourly means stamped at the start of the hour (+ optional offset in h).
        offset = meta.get("time_offset_h")
        instants = times + (np.timedelta64(int(round(offset * 60)), "m") if offset is not None else half_hour)
    else:
        raise _bad_file(path, f"unknown extension '{ext}'")
    arrays = [np.asarray(a, dtype=float) for a in (ghi, dni, dhi)]
    missing = int(sum(np.count_nonzero((a >= 9999) | ~np.isfinite(a)) for a in arrays))
    ghi, dni, dhi = (np.where((a >= 9999) | ~np.isfinite(a), 0.0, np.maximum(a, 0.0)) for a in arrays)
    if len(ghi) < 8000:
        raise _bad_file(path, f"only {len(ghi)} hourly rows, a full year (8760) is expected")
    source = f"{os.path.basename(path)} ({len(ghi)} hours" + (f", {missing} missing values as 0)" if missing else ")")
    return _series(instants, 1.0, ghi, dni, dhi, meta["latitude"], meta["longitude"], source)


def weather_for(path: Optional[str], annual_ghi: float, latitude: float, longitude: float) -> WeatherSeries:
    """The weather file when given, else the synthetic year for the site."""
    if path:
        return load_weather_file(path)
    return synthetic_year(annual_ghi, latitude, longitude)
