"""Synthetic year and weather-file readers (PVGIS TMY CSV/JSON, EPW) against pvlib.iotools."""

import json

import numpy as np
import pandas as pd
import pvlib
import pytest

from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.solar.irradiance import plane_of_array
from nrw_digital_twin.algorithms.solar.weather import (
    MONTHLY_SHARE,
    load_weather_file,
    read_epw,
    read_pvgis_tmy_csv,
    read_pvgis_tmy_json,
    synthetic_year,
)

LAT, LON = 51.233, 6.783


@pytest.mark.parametrize("annual", [850.0, 1000.0, 1150.0])
def test_synthetic_year_hits_the_annual_ghi_and_a_realistic_split(annual):
    w = synthetic_year(annual, LAT, LON)
    assert w.annual_ghi_kwh == pytest.approx(annual, rel=1e-9)
    # NRW: diffuse ≈ 50–60 % of global in an average year; more in a dull one.
    assert (0.5 <= w.diffuse_share <= 0.6) if annual == 1000.0 else (0.45 <= w.diffuse_share <= 0.7)
    assert np.all(w.zenith < 90) and np.all(w.dni >= 0) and np.all(w.dhi >= 0)
    np.testing.assert_allclose(w.ghi, w.dhi + w.dni * np.cos(np.radians(w.zenith)), atol=1e-6)
    months = w.times.astype("datetime64[M]").astype(int) % 12
    monthly = np.bincount(months, weights=w.ghi * w.hours) / 1000
    np.testing.assert_allclose(monthly, annual * MONTHLY_SHARE, rtol=0.02)
    # Deterministic: same input, same year.
    assert np.array_equal(synthetic_year(annual, LAT, LON).ghi, w.ghi)


def test_impossible_annual_ghi_is_refused():
    with pytest.raises(NrwTwinError, match="not possible"):
        synthetic_year(3000.0, LAT, LON)


def _tmy_frame():
    """A year of hourly values with a plausible daily cycle (any values do for a format test)."""
    index = pd.date_range("2015-01-01", periods=8760, freq="h", tz="UTC")
    sol = pvlib.solarposition.get_solarposition(index + pd.Timedelta("30min"), LAT, LON)
    cosz = np.clip(np.cos(np.radians(sol["apparent_zenith"].to_numpy())), 0, None)
    ghi = np.round(700 * cosz, 2)
    dhi = np.round(0.5 * ghi, 2)
    dni = np.round(np.where(cosz > 0.05, (ghi - dhi) / np.maximum(cosz, 0.05), 0), 2)
    return index, ghi, dni, dhi


def write_pvgis_csv(path, index, ghi, dni, dhi):
    lines = [
        "Latitude (decimal degrees):\t51.233",
        "Longitude (decimal degrees):\t6.783",
        "Elevation (m):\t38.0",
        "Irradiance Time Offset (h):\t0.1761",
        "month,year",
    ]
    lines += [f"{m},{2010 + m}" for m in range(1, 13)]
    lines.append("time(UTC),T2m,RH,G(h),Gb(n),Gd(h),IR(h),WS10m,WD10m,SP")
    for t, g, b, d in zip(index, ghi, dni, dhi):
        lines.append(f"{t:%Y%m%d:%H%M},10.5,80.1,{g},{b},{d},300.2,3.1,220.0,100500.0")
    lines += [
        "T2m: 2-m air temperature (degree Celsius)",
        "G(h): Global irradiance on the horizontal plane (W/m2)",
        "Gb(n): Beam/direct irradiance on a plane always normal to sun rays (W/m2)",
        "Gd(h): Diffuse irradiance on the horizontal plane (W/m2)",
        "",
        "PVGIS (c) European Union, 2001-2024",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())


def write_pvgis_json(path, index, ghi, dni, dhi):
    records = [
        {
            "time(UTC)": f"{t:%Y%m%d:%H%M}",
            "T2m": 10.5,
            "RH": 80.1,
            "G(h)": g,
            "Gb(n)": b,
            "Gd(h)": d,
            "IR(h)": 300.2,
            "WS10m": 3.1,
            "WD10m": 220.0,
            "SP": 100500.0,
        }
        for t, g, b, d in zip(index, ghi, dni, dhi)
    ]
    src = {
        "inputs": {
            "location": {"latitude": 51.233, "longitude": 6.783, "elevation": 38.0},
            "meteo_data": {"radiation_db": "PVGIS-SARAH3"},
        },
        "outputs": {"months_selected": [{"month": m, "year": 2010 + m} for m in range(1, 13)], "tmy_hourly": records},
        "meta": {"inputs": {"location": {"description": "Selected location"}}},
    }
    path.write_text(json.dumps(src))


def write_epw(path, index, ghi, dni, dhi, tz=1.0):
    header = [
        f"LOCATION,Duesseldorf,NW,DEU,SRC-TMY,104000,{LAT},{LON},{tz},38.0",
        "DESIGN CONDITIONS,0",
        "TYPICAL/EXTREME PERIODS,0",
        "GROUND TEMPERATURES,0",
        "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0",
        "COMMENTS 1,synthetic test file",
        "COMMENTS 2,",
        "DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31",
    ]
    rows = []
    local = index + pd.Timedelta(hours=tz)  # hour-ending local standard time: stamp = start + 1 h
    for t, g, b, d in zip(local, ghi, dni, dhi):
        end = t + pd.Timedelta(hours=1)
        hour = end.hour if end.hour != 0 else 24
        day = end if end.hour != 0 else end - pd.Timedelta(hours=1)
        values = [
            day.year,
            day.month,
            day.day,
            hour,
            60,
            "?9?9?9?9E0?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9*9*9?9?9?9",
            10.5,
            7.2,
            80,
            100500,
            0,
            1415,
            300,
            g,
            b,
            d,
            999999,
            999999,
            999999,
            9999,
            220,
            3.1,
            5,
            5,
            9999,
            77777,
            9,
            999999999,
            0,
            0.1,
            0,
            88,
            0.2,
            0.0,
            1.0,
        ]
        rows.append(",".join(str(v) for v in values))
    path.write_text("\n".join(header + rows) + "\n")


@pytest.fixture(scope="module")
def tmy():
    return _tmy_frame()


def test_pvgis_csv_reader_agrees_with_pvlib(tmp_path, tmy):
    path = tmp_path / "tmy_51.233_6.783.csv"
    write_pvgis_csv(path, *tmy)
    ref, meta = pvlib.iotools.read_pvgis_tmy(str(path), map_variables=False)
    ours_meta, times, cols = read_pvgis_tmy_csv(str(path))
    assert ours_meta["latitude"] == meta["inputs"]["latitude"]
    assert ours_meta["time_offset_h"] == pytest.approx(0.1761)
    np.testing.assert_array_equal(times, ref.index.tz_convert(None).values)
    for name in ("G(h)", "Gb(n)", "Gd(h)"):
        np.testing.assert_allclose(cols[name], ref[name].to_numpy())


def test_pvgis_json_reader_agrees_with_pvlib(tmp_path, tmy):
    path = tmp_path / "tmy.json"
    write_pvgis_json(path, *tmy)
    ref, meta = pvlib.iotools.read_pvgis_tmy(str(path), map_variables=False)
    ours_meta, times, cols = read_pvgis_tmy_json(str(path))
    assert ours_meta["longitude"] == meta["inputs"]["location"]["longitude"]
    np.testing.assert_array_equal(times, ref.index.tz_convert(None).values)
    np.testing.assert_allclose(cols["Gb(n)"], ref["Gb(n)"].to_numpy())


def test_epw_reader_agrees_with_pvlib(tmp_path, tmy):
    path = tmp_path / "site.epw"
    write_epw(path, *tmy)
    ref, meta = pvlib.iotools.read_epw(str(path))
    ours_meta, times, cols = read_epw(str(path))
    assert (ours_meta["latitude"], ours_meta["tz"]) == (meta["latitude"], meta["TZ"])
    # pvlib labels each EPW hour by its local start; ours are the UTC ends of the same hours.
    expected = (ref.index.tz_convert("UTC").tz_localize(None) + pd.Timedelta(hours=1)).values
    np.testing.assert_array_equal(times, expected.astype("datetime64[ns]"))
    np.testing.assert_allclose(cols["ghi"], ref["ghi"].to_numpy())
    np.testing.assert_allclose(cols["dni"], ref["dni"].to_numpy())
    np.testing.assert_allclose(cols["dhi"], ref["dhi"].to_numpy())


def test_all_three_files_give_the_same_weather_series(tmp_path, tmy):
    paths = [tmp_path / "a.csv", tmp_path / "a.json", tmp_path / "a.epw"]
    write_pvgis_csv(paths[0], *tmy)
    write_pvgis_json(paths[1], *tmy)
    write_epw(paths[2], *tmy)
    series = [load_weather_file(str(p)) for p in paths]
    expected = float(np.sum(tmy[1])) / 1000
    for s in series:
        assert s.annual_ghi_kwh == pytest.approx(expected, rel=0.01)
    # EPW and PVGIS-without-offset use mid-hour sun positions; the CSV carries a 0.18 h offset.
    assert series[1].annual_ghi_kwh == pytest.approx(series[2].annual_ghi_kwh, rel=1e-3)


def test_bad_weather_files_name_the_file(tmp_path):
    bad = tmp_path / "weather.csv"
    bad.write_text("hello\n")
    with pytest.raises(NrwTwinError, match="weather.csv"):
        load_weather_file(str(bad))
    with pytest.raises(NrwTwinError, match="unknown extension"):
        other = tmp_path / "w.txt"
        other.write_text("x")
        load_weather_file(str(other))


# --- the irradiance time offset of PVGIS files ------------------------------------------------------------

OFFSET_FIXTURE = "pvgis_tmy_51.233_6.783_offset.json"  # tests/data/SOURCES.md


def pvlib_year_on_plane(data, instants, tilt, azimuth):
    """pvlib's annual in-plane irradiation (kWh/m²) with the sun at ``instants`` (Perez, albedo 0.2)."""
    sol = pvlib.solarposition.get_solarposition(instants, LAT, LON)
    day = (sol["apparent_zenith"] < 90).to_numpy()
    zenith = sol["apparent_zenith"].to_numpy()
    poa = pvlib.irradiance.get_total_irradiance(
        tilt,
        azimuth,
        zenith,
        sol["azimuth"].to_numpy(),
        data["dni"].to_numpy(),
        data["ghi"].to_numpy(),
        data["dhi"].to_numpy(),
        dni_extra=pvlib.irradiance.get_extra_radiation(instants).to_numpy(),
        airmass=pvlib.atmosphere.get_relative_airmass(zenith),
        albedo=0.2,
        model="perez",
    )["poa_global"]
    return float(np.nan_to_num(np.asarray(poa))[day].sum() / 1000)


def test_pvgis_json_time_offset_moves_the_sun_as_in_pvlib(data_dir):
    path = str(data_dir / "weather" / OFFSET_FIXTURE)
    data, meta = pvlib.iotools.read_pvgis_tmy(path, map_variables=True)
    offset = meta["inputs"]["location"]["irradiance_time_offset"]
    assert offset == 0.1761
    ours_meta, stamps, _cols = read_pvgis_tmy_json(path)
    assert ours_meta["time_offset_h"] == 0.1761
    series = load_weather_file(path)
    # Kept to the second: 0.1761 h = 633.96 s → 634 s, not 11 min.
    instants = data.index + pd.Timedelta(seconds=634)
    assert np.isin(series.times, instants.tz_convert(None).values).all() and len(series.times) > 4000
    # The sun where pvlib (NREL SPA) puts it at those instants.
    sol = pvlib.solarposition.get_solarposition(pd.DatetimeIndex(series.times, tz="UTC"), LAT, LON)
    np.testing.assert_allclose(series.zenith, sol["apparent_zenith"], atol=0.02)
    np.testing.assert_allclose((series.azimuth - sol["azimuth"] + 180) % 360 - 180, 0.0, atol=0.02)
    for azimuth in (90.0, 270.0):  # east and west roofs, 30°
        ours = float(
            (
                plane_of_array(
                    30.0, azimuth, series.ghi, series.dni, series.dhi, series.zenith, series.azimuth,
                    series.dni_extra, series.airmass, "perez",
                )
                * series.hours
            ).sum()
            / 1000
        )
        assert ours == pytest.approx(pvlib_year_on_plane(data, instants, 30.0, azimuth), rel=0.005)
    # What the offset is worth: with mid-hour instants (the JSON reader before) east and west roofs move
    # by percent in opposite directions.
    mid = data.index + pd.Timedelta(minutes=30)
    east = pvlib_year_on_plane(data, mid, 30.0, 90.0) / pvlib_year_on_plane(data, instants, 30.0, 90.0) - 1
    west = pvlib_year_on_plane(data, mid, 30.0, 270.0) / pvlib_year_on_plane(data, instants, 30.0, 270.0) - 1
    assert east < -0.02 and west > 0.02, (east, west)  # measured: −2.8 % and +3.0 %


def test_csv_offset_is_kept_to_the_second(tmp_path, tmy):
    path = tmp_path / "tmy.csv"
    write_pvgis_csv(path, *tmy)  # Irradiance Time Offset (h): 0.1761
    series = load_weather_file(str(path))
    seconds = (series.times - series.times.astype("datetime64[h]")).astype("timedelta64[s]").astype(int)
    assert set(seconds.tolist()) == {634}


@pytest.mark.parametrize(
    "edit,expected",
    [
        (lambda src: src["inputs"]["location"].update(latitude=95.0), "latitude 95 is not between -90 and 90"),
        (lambda src: src["inputs"]["location"].update(longitude="east"), "'east' of inputs.location.longitude"),
        (lambda src: src["outputs"]["tmy_hourly"][12].update({"G(h)": "n/a"}), "'n/a' of G(h) at 20150101:1200"),
        (lambda src: src["inputs"]["location"].update(irradiance_time_offset=3.5), "time offset 3.5 h"),
        (lambda src: src["outputs"].pop("tmy_hourly"), "not a PVGIS TMY JSON"),
    ],
)
def test_broken_pvgis_json_gives_a_message_naming_the_file(tmp_path, tmy, edit, expected):
    path = tmp_path / "broken_tmy.json"
    write_pvgis_json(path, *tmy)
    src = json.loads(path.read_text())
    edit(src)
    path.write_text(json.dumps(src))
    with pytest.raises(NrwTwinError) as info:
        load_weather_file(str(path))
    message = str(info.value)
    assert message.startswith(f"Cannot read the weather file {path}: ") and expected in message, message


def test_broken_csv_and_epw_give_a_message_naming_the_file(tmp_path, tmy):
    csv = tmp_path / "tmy.csv"
    write_pvgis_csv(csv, *tmy)
    text = csv.read_text()
    csv.write_text(text.replace("Latitude (decimal degrees):\t51.233", "Latitude (decimal degrees):\tabc"))
    with pytest.raises(NrwTwinError, match=r"tmy.csv: the value 'abc' of Latitude \(decimal degrees\) in line 1 "):
        load_weather_file(str(csv))
    lines = text.splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith("20150101:1200"))
    lines[row] = lines[row].replace(",10.5,", ",warm,")
    csv.write_text("\n".join(lines))
    with pytest.raises(NrwTwinError, match=f"the value 'warm' in line {row + 1:,} is not a number"):
        load_weather_file(str(csv))
    epw = tmp_path / "site.epw"
    write_epw(epw, *tmy)
    epw.write_text(epw.read_text().replace(f",{LAT},{LON},", f",-123,{LON},", 1))
    with pytest.raises(NrwTwinError, match="site.epw: the latitude -123 is not between -90 and 90"):
        load_weather_file(str(epw))
