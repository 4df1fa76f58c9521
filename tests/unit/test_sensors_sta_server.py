"""The SensorThings client against a real SensorThings API server (django-ogc-sensorthings on SQLite).

The server has no spatial functions, refuses $top > 100, cannot sort by phenomenonTime and fails on
nested expands of the latest observation: the client's fallbacks (area filter here, one request per
datastream, resultTime order) must give the right sensors and values anyway.
"""
from __future__ import annotations

import math
from datetime import timedelta

import pytest
from fakes.sensor_sources import area_bbox, source_for
from fakes.sta_server.runner import LAST_TIME, MUENSTER, StaTestServer, StreamSpec, ThingSpec

from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.progress import RecordingProgress
from nrw_digital_twin.algorithms.sensors import read_sensors
from nrw_digital_twin.algorithms.sensors.series import read_series

IN_AREA = MUENSTER[:5]  # Roxel (the sixth) lies west of the area


@pytest.fixture(scope="module")
def sta(tmp_path_factory):
    with StaTestServer(tmp_path_factory.mktemp("sta")) as server:
        yield server


def expected_readings(spec: ThingSpec):
    return sorted((s.property, s.unit, s.latest[0], s.latest[1]) for s in spec.streams)


def test_area_gives_its_sites_with_the_latest_values_across_pages(sta):
    progress = RecordingProgress()
    result = read_sensors(source_for(sta.url), area_bbox(), progress=progress, page_size=2)
    assert sorted(site.sensor_name for site in result.sites) == sorted(spec.name for spec in IN_AREA)
    for site in result.sites:
        spec = next(s for s in IN_AREA if s.name == site.sensor_name)
        got = sorted((r.property, r.unit, r.value, r.time) for r in site.readings)
        assert got == expected_readings(spec)
        assert math.isclose(site.lon, spec.lon) and math.isclose(site.lat, spec.lat)
    stats = result.stats
    assert stats.spatial_filter == "client" and stats.latest == "per_datastream"
    assert stats.reported_total == len(MUENSTER) and stats.locations_read == len(MUENSTER)
    assert stats.outside_area == len(MUENSTER) - len(IN_AREA)
    # 6 locations at 2 per page; the server links a last, empty page after a full one.
    assert stats.pages == len(MUENSTER) // 2 + 1
    assert stats.datastreams == 2 * len(IN_AREA)
    assert any("does not filter by area" in m for m in progress.messages)


def test_a_page_cap_stops_with_the_servers_count(sta):
    with pytest.raises(NrwTwinError) as raised:
        read_sensors(source_for(sta.url), area_bbox(), page_size=2, max_pages=2)
    text = str(raised.value)
    assert f"reports {len(MUENSTER)} locations" in text and "max_pages" in text


def test_property_filter_keeps_matching_datastreams_and_their_sites(sta):
    result = read_sensors(source_for(sta.url), area_bbox(), prop="pm10")
    pm10_sites = [spec for spec in IN_AREA if any(s.property == "PM10" for s in spec.streams)]
    assert sorted(s.sensor_name for s in result.sites) == sorted(spec.name for spec in pm10_sites)
    assert all([r.property for r in site.readings] == ["PM10"] for site in result.sites)
    german = read_sensors(source_for(sta.url), area_bbox(), prop="Temperatur")
    warm = [spec for spec in IN_AREA if any(s.property == "Temperature" for s in spec.streams)]
    assert len(german.sites) == len(warm)
    assert german.stats.filtered_by_property == 2 * len(IN_AREA) - len(warm)


def test_since_drops_latest_values_older_than_it(sta):
    stale = read_sensors(source_for(sta.url), area_bbox(), since=LAST_TIME + timedelta(hours=1))
    assert all(r.value is None and r.time is None for site in stale.sites for r in site.readings)
    assert stale.stats.older_than_since == 2 * len(IN_AREA)
    fresh = read_sensors(source_for(sta.url), area_bbox(), since=LAST_TIME - timedelta(hours=1))
    assert fresh.stats.older_than_since == 0
    assert all(r.value is not None for site in fresh.sites for r in site.readings)


def test_series_table_of_one_datastream_across_pages(sta):
    result = read_sensors(source_for(sta.url), area_bbox(), prop="Temperature")
    spec = MUENSTER[0]
    stream = spec.streams[0]
    reading = next(r for s in result.sites if s.sensor_name == spec.name for r in s.readings)
    source = source_for(sta.url, page_size=30)
    first, last = stream.time(0), stream.time(stream.observations - 1)
    series = read_series(source, reading.datastream_id, first, last, source_client(source), RecordingProgress())
    assert series.unit == stream.unit and series.property == stream.property
    assert [o.value for o in series.observations] == [stream.value(i) for i in range(stream.observations)]
    assert series.observations[0].time == first.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert series.pages == math.ceil(stream.observations / 30) + (stream.observations % 30 == 0)
    window = read_series(source, reading.datastream_id, last - timedelta(hours=9), last, source_client(source),
                         RecordingProgress())
    assert [o.value for o in window.observations] == [stream.value(i) for i in range(90, 100)]


def source_client(source):
    from nrw_digital_twin.algorithms.sensors.jsonhttp import JsonClient

    return JsonClient.for_source(source)


def test_datastreams_without_observations_and_a_login(tmp_path):
    empty = ThingSpec("Neuer Sensor Domplatz", 7.6255, 51.9630,
                      (StreamSpec("Temperature", "°C", 0.0, 0.0, observations=0),
                       StreamSpec("PM10", "µg/m³", 0.0, 0.0, observations=0)))
    with StaTestServer(tmp_path / "login", things=[empty], token="geheim") as server:
        with pytest.raises(NrwTwinError) as raised:
            read_sensors(source_for(server.url), area_bbox())
        assert "HTTP 401" in str(raised.value) and "login" in str(raised.value)
        source = source_for(server.url, headers={"Authorization": "Bearer geheim"})
        result = read_sensors(source, area_bbox())
        assert [s.sensor_name for s in result.sites] == [empty.name]
        assert [(r.property, r.value, r.time) for r in result.sites[0].readings] == [
            ("PM10", None, None), ("Temperature", None, None)
        ]
        assert result.stats.without_observation == 2
        reading = result.sites[0].readings[0]
        series = read_series(source, reading.datastream_id, LAST_TIME - timedelta(days=3), LAST_TIME,
                             source_client(source), RecordingProgress())
        assert series.observations == [] and series.unit == "µg/m³"
