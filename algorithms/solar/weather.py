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
import math
import os
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

import numpy as np

from ..errors import NrwTwinError, read_error
from ..messages import msg
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
    """The hourly instants of a year.

    Parameters
    ----------
    year : int
    offset_minutes : int
        Minutes after each full hour (30: the middle of the hour).

    Returns
    -------
    numpy.ndarray of datetime64[ns]
        UTC, 8,760 values (8,784 in a leap year).
    """
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
    """Hourly clear-sky global irradiance of one year at a site in NRW.

    Parameters
    ----------
    latitude, longitude : float
        Degrees.
    altitude : float
        m.
    year : int

    Returns
    -------
    times : numpy.ndarray of datetime64[ns]
        Mid-hour instants, UTC.
    zenith, azimuth : numpy.ndarray
        Apparent sun position, degrees.
    ghi : numpy.ndarray
        Ineichen & Perez (2002) clear-sky GHI, W/m², with the monthly Linke turbidity of the nearest
        NRW city (:data:`.clearsky.LINKE_NRW`).
    """
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
    """A deterministic hourly weather year for a site in NRW.

    Parameters
    ----------
    annual_ghi : float
        Annual global horizontal irradiation to reach, kWh/m² (NRW ≈ 1000, DWD 1991–2020).
    latitude, longitude : float
        Degrees.
    altitude : float
        m.
    year : int

    Returns
    -------
    WeatherSeries
        Daytime hours whose GHI sums to ``annual_ghi``; months follow :data:`MONTHLY_SHARE`.

    Raises
    ------
    NrwTwinError
        When ``annual_ghi`` exceeds 95 % of the clear-sky year.

    Notes
    -----
    Ineichen clear sky × a daily clear-sky index from a golden-ratio sequence scaled per month, split
    with Erbs et al. (1982); see the module docstring. A stand-in for real data, not a real year.
    """
    times, zenith, azimuth, ghi_clear = clear_sky_year(latitude, longitude, altitude, year)
    clear_total = float(ghi_clear.sum() / 1000.0)
    if not 0 < annual_ghi < 0.95 * clear_total:
        raise NrwTwinError(
            msg(
                "The annual irradiation {:g} kWh/m² is not possible here (clear sky gives {:,.0f} kWh/m²). "
                "Use a value between 300 and {:,.0f}, e.g. 1000 for NRW.",
                annual_ghi,
                clear_total,
                0.9 * clear_total,
            )
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
    source = msg("synthetic year, GHI {:g} kWh/m² (Ineichen clear sky, {} turbidity)", annual_ghi, city)
    return _series(times, 1.0, ghi, dni, dhi, latitude, longitude, source, zenith, azimuth)


# --- weather files ------------------------------------------------------------------------------------

#: PVGIS labels each hourly value with the start of its hour; without a stated offset the value stands
#: for the middle of the hour.
HALF_HOUR_S = 1800

Meta = Dict[str, float]
Columns = Dict[str, np.ndarray]


def _bad_file(path: str, what: str) -> NrwTwinError:
    return NrwTwinError(
        msg(
            "Cannot read the weather file {}: {}. Use a PVGIS TMY file (CSV or JSON, from "
            "re.jrc.ec.europa.eu/pvg_tools → TMY) or an EnergyPlus EPW file.",
            path,
            what,
        )
    )


def _number(path: str, value, where: str, finite: bool = True) -> float:
    """``value`` as a float (finite unless ``finite`` is False: missing data values), else a clear error
    naming the file and ``where`` the value stands."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = None
    if number is None or (finite and not math.isfinite(number)):
        raise _bad_file(path, msg("the value '{}' {} is not a number", str(value).strip(), where))
    return number


def _check_site(path: str, meta: Meta) -> Meta:
    """Latitude within ±90°, longitude within ±180°, time offset within ±1 h, else a clear error."""
    if not -90.0 <= meta["latitude"] <= 90.0:
        raise _bad_file(path, msg("the latitude {:g} is not between -90 and 90 degrees", meta["latitude"]))
    if not -180.0 <= meta["longitude"] <= 180.0:
        raise _bad_file(path, msg("the longitude {:g} is not between -180 and 180 degrees", meta["longitude"]))
    offset = meta.get("time_offset_h")
    if offset is not None and not -1.0 <= offset <= 1.0:
        raise _bad_file(path, msg("the irradiance time offset {:g} h is not between -1 and 1 hour", offset))
    return meta


def _read_lines(path: str) -> List[str]:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return [line.strip() for line in handle]
    except OSError as error:
        raise read_error(error, path) from None


CSV_META_KEYS = (
    ("latitude", "latitude"),
    ("longitude", "longitude"),
    ("elevation", "elevation"),
    ("irradiance time offset", "time_offset_h"),
)


def _csv_meta(path: str, lines: List[str]) -> Tuple[Meta, Optional[int]]:
    """The metadata lines before the table header, and the header's line index."""
    meta: Meta = {}
    for number, line in enumerate(lines[:40]):
        if line.startswith("time(UTC)"):
            return meta, number
        key = line.split(":")[0].strip().lower()
        for prefix, name in CSV_META_KEYS:
            if key.startswith(prefix):
                value = line.split(":", 1)[1] if ":" in line else ""
                meta[name] = _number(path, value, msg("of {} in line {:,}", line.split(":")[0].strip(), number + 1))
    return meta, None


def read_pvgis_tmy_csv(path: str) -> Tuple[Meta, np.ndarray, Columns]:
    """Read a PVGIS TMY CSV file.

    Parameters
    ----------
    path : str
        3–4 metadata lines (``Latitude (decimal degrees): …``, longitude, elevation, optionally
        ``Irradiance Time Offset (h): …``), the month/year table, then the header
        ``time(UTC),T2m,RH,G(h),Gb(n),Gd(h),…`` and hourly rows (the format of
        ``pvlib.iotools.read_pvgis_tmy``).

    Returns
    -------
    meta : dict
        ``latitude``, ``longitude`` (degrees), ``elevation`` (m), ``time_offset_h`` (hours, when given).
    times : numpy.ndarray of datetime64[ns]
        The stamps (UTC, start of the hour).
    columns : dict of numpy.ndarray
        Every column by its header name (W/m² for the irradiance columns).

    Raises
    ------
    NrwTwinError
        Naming the file and what is wrong (missing header, a value that is not a number, a latitude
        out of range).
    """
    lines = _read_lines(path)
    meta, header_row = _csv_meta(path, lines)
    if header_row is None or "latitude" not in meta or "longitude" not in meta:
        raise _bad_file(path, msg("no 'Latitude', 'Longitude' and 'time(UTC),…' header found"))
    _check_site(path, meta)
    headers = [h.strip() for h in lines[header_row].split(",")]
    stamps: List[str] = []
    rows: List[List[float]] = []
    for number, line in enumerate(lines[header_row + 1 :], start=header_row + 2):
        if not line or not line[:8].isdigit():
            break
        parts = line.split(",")
        stamps.append(parts[0])
        where = msg("in line {:,}", number)
        rows.append([_number(path, v, where, finite=False) for v in parts[1 : len(headers)]])
    if any(len(row) != len(headers) - 1 for row in rows):
        raise _bad_file(path, msg("a row has fewer values than the header {}", lines[header_row]))
    columns = {name: np.array([r[i] for r in rows]) for i, name in enumerate(headers[1:])}
    return meta, _pvgis_times(path, stamps), columns


def _pvgis_times(path: str, stamps: List[str]) -> np.ndarray:
    try:
        iso = [f"{s[0:4]}-{s[4:6]}-{s[6:8]}T{s[9:11]}:{s[11:13]}" for s in stamps]
        return np.array(iso, dtype="datetime64[m]").astype("datetime64[ns]")
    except (ValueError, IndexError, TypeError) as error:
        raise _bad_file(path, msg("bad time stamp ({})", str(error))) from error


def read_pvgis_tmy_json(path: str) -> Tuple[Meta, np.ndarray, Columns]:
    """Read a PVGIS TMY JSON file (``inputs.location`` and ``outputs.tmy_hourly``).

    Parameters
    ----------
    path : str
        As the PVGIS API's ``tmy`` endpoint writes it with ``outputformat=json``.

    Returns
    -------
    meta, times, columns
        As :func:`read_pvgis_tmy_csv`; ``time_offset_h`` from ``inputs.location.irradiance_time_offset``
        (hours) when the file states it.

    Raises
    ------
    NrwTwinError
        Naming the file and what is wrong.
    """
    try:
        with open(path, encoding="utf-8") as handle:
            src = json.load(handle)
        location = src["inputs"]["location"]
        records = src["outputs"]["tmy_hourly"]
        keys = ("latitude", "longitude", "elevation", "irradiance_time_offset")
        present = [key for key in keys if location.get(key) is not None]
        names = [k for k in records[0] if k != "time(UTC)"]
        stamps = [r["time(UTC)"] for r in records]
    except OSError as error:
        raise read_error(error, path) from None
    except (ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise _bad_file(path, msg("not a PVGIS TMY JSON ({})", f"{type(error).__name__}: {error}")) from None
    if "latitude" not in present or "longitude" not in present:
        raise _bad_file(path, msg("inputs.location has no latitude and longitude"))
    meta = {key: _number(path, location[key], msg("of inputs.location.{}", key)) for key in present}
    meta.setdefault("elevation", 0.0)
    if "irradiance_time_offset" in meta:
        meta["time_offset_h"] = meta.pop("irradiance_time_offset")
    _check_site(path, meta)
    columns = {name: _json_column(path, name, [r.get(name) for r in records], stamps) for name in names}
    return meta, _pvgis_times(path, stamps), columns


def _json_column(path: str, name: str, values: List[object], stamps: List[str]) -> np.ndarray:
    """A column as floats (null → NaN, a missing value); a text that is no number is an error."""
    try:
        return np.array(values, dtype=float)
    except (TypeError, ValueError):
        for value, stamp in zip(values, stamps):
            if value is not None:
                _number(path, value, msg("of {} at {}", name, str(stamp)), finite=False)
        raise _bad_file(path, msg("the column {} holds values that are not numbers", name)) from None


def read_epw(path: str) -> Tuple[Meta, np.ndarray, Columns]:
    """Read an EnergyPlus weather file.

    Parameters
    ----------
    path : str
        LOCATION line, 7 more header lines, hourly rows (hour-ending, local standard time). Columns
        used (0-based, EnergyPlus Auxiliary Programs, "Weather Converter"): 13 global horizontal,
        14 direct normal, 15 diffuse horizontal radiation (Wh/m² over the hour; 9999 = missing),
        6 dry-bulb temperature.

    Returns
    -------
    meta : dict
        ``latitude``, ``longitude`` (degrees), ``tz`` (hours east of UTC), ``elevation`` (m).
    times : numpy.ndarray of datetime64[ns]
        The UTC ends of the hours.
    columns : dict
        ``ghi``, ``dni``, ``dhi``, ``temp_air``.
    """
    lines = _read_lines(path)
    loc = lines[0].split(",") if lines else [""]
    if loc[0].strip().upper() != "LOCATION" or len(loc) < 10:
        raise _bad_file(path, msg("not an EPW file (the first line is not LOCATION)"))
    meta = {
        name: _number(path, loc[index], msg("of {} in the LOCATION line", name))
        for name, index in (("latitude", 6), ("longitude", 7), ("tz", 8), ("elevation", 9))
    }
    _check_site(path, meta)
    rows = [line.split(",") for line in lines[8:] if line.strip()]
    try:
        year, month, dom, hour = (np.array([int(r[i]) for r in rows]) for i in range(4))
        days = np.array([f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in zip(year, month, dom)], dtype="datetime64[D]")
    except (ValueError, IndexError) as error:
        raise _bad_file(path, msg("bad date or hour in a data row ({})", str(error))) from None
    values = {}
    for name, column in (("ghi", 13), ("dni", 14), ("dhi", 15), ("temp_air", 6)):
        cells = [r[column] if len(r) > column else "" for r in rows]
        values[name] = np.array([_number(path, v, msg("in line {:,}", k + 9), False) for k, v in enumerate(cells)])
    local = days.astype("datetime64[m]") + (hour * 60).astype("timedelta64[m]")
    utc = local - np.timedelta64(int(round(meta["tz"] * 3600)), "s")
    return meta, utc.astype("datetime64[ns]"), values


def sample_instants(times: np.ndarray, offset_h: Optional[float]) -> np.ndarray:
    """The instants PVGIS values stand for.

    Parameters
    ----------
    times : numpy.ndarray of datetime64
        The stamps (UTC, start of the hour).
    offset_h : float, optional
        The file's irradiance time offset, hours.

    Returns
    -------
    numpy.ndarray of datetime64
        Stamp + offset, kept to the second; stamp + 30 min when the file states no offset.
    """
    seconds = HALF_HOUR_S if offset_h is None else int(round(offset_h * 3600.0))
    return times + np.timedelta64(seconds, "s")


def load_weather_file(path: str) -> WeatherSeries:
    """Read a PVGIS TMY (.csv/.json) or EPW (.epw) file into a WeatherSeries.

    Parameters
    ----------
    path : str

    Returns
    -------
    WeatherSeries
        Daytime hours with GHI, DNI, DHI (W/m²; missing values as 0, counted in ``source``) and the sun
        at the instants the values stand for: PVGIS stamps plus the file's irradiance time offset (CSV
        ``Irradiance Time Offset (h)``, JSON ``inputs.location.irradiance_time_offset``; half an hour
        when absent), EPW hour ends minus half an hour.

    Raises
    ------
    NrwTwinError
        Naming the file: missing, unreadable, not a weather file, values that are not numbers, a
        latitude out of range, less than a year.
    """
    if not os.path.isfile(path):
        raise NrwTwinError(msg("The weather file {} does not exist.", path))
    ext = os.path.splitext(path)[1].lower()
    if ext == ".epw":
        meta, times, cols = read_epw(path)
        ghi, dni, dhi = cols["ghi"], cols["dni"], cols["dhi"]
        instants = times - np.timedelta64(HALF_HOUR_S, "s")  # hour-ending values → mid-hour
    elif ext in (".csv", ".json"):
        meta, times, cols = read_pvgis_tmy_csv(path) if ext == ".csv" else read_pvgis_tmy_json(path)
        try:
            ghi, dni, dhi = cols["G(h)"], cols["Gb(n)"], cols["Gd(h)"]
        except KeyError as error:
            raise _bad_file(path, msg("column {} missing", str(error))) from error
        instants = sample_instants(times, meta.get("time_offset_h"))
    else:
        raise _bad_file(path, msg("unknown extension '{}'", ext))
    arrays = [np.asarray(a, dtype=float) for a in (ghi, dni, dhi)]
    missing = int(sum(np.count_nonzero((a >= 9999) | ~np.isfinite(a)) for a in arrays))
    ghi, dni, dhi = (np.where((a >= 9999) | ~np.isfinite(a), 0.0, np.maximum(a, 0.0)) for a in arrays)
    if len(ghi) < 8000:
        raise _bad_file(path, msg("only {:,} hourly rows, a full year (8760) is expected", len(ghi)))
    name = os.path.basename(path)
    if missing:
        source = msg("{} ({:,} hours, {:,} missing values as 0)", name, len(ghi), missing)
    else:
        source = msg("{} ({:,} hours)", name, len(ghi))
    return _series(instants, 1.0, ghi, dni, dhi, meta["latitude"], meta["longitude"], source)


def weather_for(path: Optional[str], annual_ghi: float, latitude: float, longitude: float) -> WeatherSeries:
    """The weather of a run.

    Parameters
    ----------
    path : str, optional
        PVGIS TMY (.csv, .json) or EPW file.
    annual_ghi : float
        kWh/m², for the synthetic year when there is no file.
    latitude, longitude : float
        Site of the synthetic year, degrees.

    Returns
    -------
    WeatherSeries
        :func:`load_weather_file` when ``path`` is given, else :func:`synthetic_year`.
    """
    if path:
        return load_weather_file(path)
    return synthetic_year(annual_ghi, latitude, longitude)
