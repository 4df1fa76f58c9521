"""Sun position, extraterrestrial irradiance, airmass and clear sky against pvlib (test-only dependency)."""

import numpy as np
import pandas as pd
import pvlib
import pytest

from nrw_digital_twin.algorithms.solar.clearsky import LINKE_NRW, ineichen, linke_turbidity
from nrw_digital_twin.algorithms.solar.sunpos import (
    day_of_year,
    extraterrestrial_normal,
    relative_airmass,
    solar_position,
)

LAT, LON, ALT = 51.2277, 6.7735, 38.0  # Düsseldorf


@pytest.fixture(scope="module")
def year():
    index = pd.date_range("2024-01-01", "2025-01-01", freq="23min", tz="UTC")[:-1]  # leap year, odd step
    ref = pvlib.solarposition.get_solarposition(index, LAT, LON, altitude=ALT, method="nrel_numpy")
    return index, index.tz_convert(None).values, ref


def test_zenith_within_002_deg_of_spa_over_a_year(year):
    _index, times, ref = year
    zenith, _ = solar_position(times, LAT, LON)
    assert np.abs(zenith - ref["zenith"].to_numpy()).max() < 0.02


def test_azimuth_within_002_deg_of_spa_in_daylight(year):
    _index, times, ref = year
    _, azimuth = solar_position(times, LAT, LON)
    day = ref["elevation"].to_numpy() > 0
    assert day.sum() > 10000
    diff = np.abs((azimuth - ref["azimuth"].to_numpy() + 180.0) % 360.0 - 180.0)
    assert diff[day].max() < 0.02


def test_apparent_zenith_with_refraction_within_002_deg(year):
    _index, times, ref = year
    apparent, _ = solar_position(times, LAT, LON, refraction=True)
    day = ref["elevation"].to_numpy() > 1.0
    assert np.abs(apparent - ref["apparent_zenith"].to_numpy())[day].max() < 0.02


def test_noon_sun_height_on_the_june_solstice():
    # Independent check: declination 23.44° → noon elevation 90 − 51.23 + 23.44 ≈ 62.2°.
    times = np.arange(np.datetime64("2024-06-20T11:00"), np.datetime64("2024-06-20T13:00"), np.timedelta64(1, "m"))
    zenith, azimuth = solar_position(times, LAT, LON)
    i = int(np.argmin(zenith))
    assert 90 - zenith[i] == pytest.approx(90 - LAT + 23.44, abs=0.05)
    assert azimuth[i] == pytest.approx(180.0, abs=0.5)


def test_extraterrestrial_and_airmass_match_pvlib():
    index = pd.date_range("2023-01-01", periods=365, freq="D", tz="UTC")
    ours = extraterrestrial_normal(day_of_year(index.tz_convert(None).values))
    np.testing.assert_allclose(ours, pvlib.irradiance.get_extra_radiation(index).to_numpy(), rtol=1e-9)
    zen = np.linspace(0, 89.9, 200)
    np.testing.assert_allclose(relative_airmass(zen), pvlib.atmosphere.get_relative_airmass(zen), rtol=1e-9)
    assert np.isnan(relative_airmass(np.array([91.0]))[0])


def test_ineichen_matches_pvlib_with_nrw_turbidity():
    index = pd.date_range("2023-01-01", "2024-01-01", freq="h", tz="UTC")[:-1] + pd.Timedelta("30min")
    ref_pos = pvlib.solarposition.get_solarposition(index, LAT, LON, altitude=ALT, method="nrel_numpy")
    times = index.tz_convert(None).values
    apparent, _ = solar_position(times, LAT, LON, refraction=True)
    doy = day_of_year(times)
    tl = linke_turbidity(doy, LINKE_NRW["Düsseldorf"][2])
    e0 = extraterrestrial_normal(doy)
    ghi, dni, dhi = ineichen(apparent, tl, e0, ALT)
    am = pvlib.atmosphere.get_absolute_airmass(
        pvlib.atmosphere.get_relative_airmass(ref_pos["apparent_zenith"]), pvlib.atmosphere.alt2pres(ALT)
    )
    ref = pvlib.clearsky.ineichen(ref_pos["apparent_zenith"], am, tl, ALT, e0)
    day = ref_pos["apparent_elevation"].to_numpy() > 3
    for ours, theirs in ((ghi, ref["ghi"]), (dni, ref["dni"]), (dhi, ref["dhi"])):
        np.testing.assert_allclose(ours[day], theirs.to_numpy()[day], rtol=2e-3, atol=0.5)
    # docs/solar.md: Ineichen clear-sky GHI for Düsseldorf ≈ 1536 kWh/m²·a.
    assert ghi.sum() / 1000 == pytest.approx(1536, rel=0.02)


def test_linke_interpolation_hits_the_table_mid_month():
    table = LINKE_NRW["Münster"][2]
    assert linke_turbidity(np.array([15.5, 196.5]), table) == pytest.approx([table[0], table[6]])
    assert min(table) <= linke_turbidity(np.array([1.0]), table)[0] <= max(table)
