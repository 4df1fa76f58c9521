"""The sensor readers against a FROST-like SensorThings API and a fake openSenseMap (documented shapes)."""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from fakes.sensor_servers import FakeOpenSenseMap, FrostLikeSta, box_id, sensor_id
from fakes.sensor_sources import area_bbox, source_for
from fakes.sta_server.runner import LAST_TIME, MUENSTER, StreamSpec, ThingSpec

from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.progress import RecordingProgress
from nrw_digital_twin.algorithms.sensors import read_sensors
from nrw_digital_twin.algorithms.sensors.jsonhttp import JsonClient
from nrw_digital_twin.algorithms.sensors.series import read_series

IN_AREA = MUENSTER[:5]
FAST = {"retries": 3, "backoff_s": 0.01, "timeout": 5}


def latest_table(result):
    return {site.sensor_name: sorted((r.property, r.unit, r.value, r.time) for r in site.readings)
            for site in result.sites}


def expected_table(specs, digits=None):
    def value(stream):
        return round(stream.latest[0], digits) if digits is not None else stream.latest[0]

    return {spec.name: sorted((s.property, s.unit, value(s), s.latest[1]) for s in spec.streams) for spec in specs}


def test_frost_like_server_filters_by_area_expands_latest_and_pages_with_exact_links():
    with FrostLikeSta(page_size=2) as frost:
        result = read_sensors(source_for(frost.url), area_bbox())
        assert latest_table(result) == expected_table(IN_AREA)
        assert result.stats.spatial_filter == "geo.intersects" and result.stats.latest == "expand"
        assert result.stats.pages == 3 and result.stats.reported_total == len(IN_AREA)
        assert result.stats.outside_area == 0 and result.stats.cut_lists == 0
        # The nextLinks arrive as the server wrote them: %7E and %28 are not decoded or re-encoded.
        paged = [target for target in frost.requests if "$skip=" in target and "/Locations" in target]
        assert len(paged) == 2 and all(target.endswith("&x=%7E") and "%28" in target for target in paged)
        assert any(urlsplit(t).path.endswith("/Things(1)/Datastreams") for t in frost.requests)


def test_frost_like_property_filter():
    with FrostLikeSta() as frost:
        result = read_sensors(source_for(frost.url), area_bbox(), prop="water level")
        assert latest_table(result) == {
            "Pegel Aasee": [("Water level", "cm", MUENSTER[1].streams[0].latest[0], MUENSTER[1].streams[0].latest[1])]
        }


def test_opensensemap_area_latest_values_and_empty_area():
    with FakeOpenSenseMap() as osem:
        result = read_sensors(source_for(osem.url, kind="opensensemap", **FAST), area_bbox())
        assert latest_table(result) == expected_table(IN_AREA, digits=2)
        query = urlsplit(osem.requests[0]).query
        assert "bbox=" in query and "full=true" in query
        assert all(site.sensor_id == site.location_id for site in result.sites)
        empty = read_sensors(source_for(osem.url, kind="opensensemap"), area_bbox((8.50, 52.00, 8.55, 52.03)))
        assert empty.sites == [] and empty.stats.reported_total == 0


def test_opensensemap_sensor_that_never_measured_and_since():
    quiet = ThingSpec("senseBox Kreuzviertel", 7.620, 51.965, (StreamSpec("Temperatur", "°C", 0, 0, observations=0),))
    with FakeOpenSenseMap(things=[quiet, MUENSTER[0]]) as osem:
        source = source_for(osem.url, kind="opensensemap")
        result = read_sensors(source, area_bbox(), since=LAST_TIME - timedelta(hours=2))
        table = latest_table(result)
        assert table[quiet.name] == [("Temperatur", "°C", None, None)]
        assert result.stats.without_observation == 1 and result.stats.older_than_since == 0
        later = read_sensors(source, area_bbox(), since=LAST_TIME + timedelta(minutes=1))
        assert later.stats.older_than_since == 2


@pytest.mark.parametrize("mode, words", [
    ("error_page", ["HTTP 502", "3 tries"]),
    ("broken_stream", ["not valid JSON", "Error: cursor killed"]),
])
def test_opensensemap_errors_are_messages(mode, words):
    with FakeOpenSenseMap(mode=mode) as osem:
        with pytest.raises(NrwTwinError) as raised:
            read_sensors(source_for(osem.url, kind="opensensemap", **FAST), area_bbox())
        assert all(word in str(raised.value) for word in words), str(raised.value)


@pytest.mark.parametrize("mode", ["flaky", "reset"])
def test_opensensemap_transient_failures_are_retried(mode):
    with FakeOpenSenseMap(mode=mode, fail_first=2) as osem:
        progress = RecordingProgress()
        result = read_sensors(source_for(osem.url, kind="opensensemap", **FAST), area_bbox(), progress=progress)
        assert len(result.sites) == len(IN_AREA)
        assert len(osem.requests) == (3 if mode == "flaky" else 2)
        assert any("trying again" in message for message in progress.messages)


def test_opensensemap_series_splits_windows_at_the_api_limit():
    with FakeOpenSenseMap(limit=30) as osem:
        source = source_for(osem.url, kind="opensensemap", **FAST)
        stream = MUENSTER[0].streams[0]
        source = source_for(osem.url, kind="opensensemap", series_limit=30, **FAST)
        series = read_series(source, f"{box_id(0)}/{sensor_id(0, 0)}", stream.time(0), stream.time(99),
                             JsonClient.for_source(source), RecordingProgress())
        assert [o.value for o in series.observations] == [round(stream.value(i), 2) for i in range(100)]
        assert series.unit == stream.unit and series.property == stream.property
        assert len([r for r in osem.requests if "/data/" in r]) > 4  # 100 values at 30 per answer: split
        with pytest.raises(NrwTwinError) as raised:
            read_series(source, "not-a-sensor", stream.time(0), stream.time(99), JsonClient.for_source(source),
                        RecordingProgress())
        assert "<box id>/<sensor id>" in str(raised.value)


def test_opensensemap_series_longer_than_a_month_uses_windows():
    long_stream = StreamSpec("Temperatur", "°C", 5.0, 0.001, observations=24 * 70)
    with FakeOpenSenseMap(things=[ThingSpec("senseBox Aasee", 7.61, 51.955, (long_stream,))]) as osem:
        source = source_for(osem.url, kind="opensensemap", **FAST)
        series = read_series(source, f"{box_id(0)}/{sensor_id(0, 0)}", long_stream.time(0), LAST_TIME,
                             JsonClient.for_source(source), RecordingProgress())
        assert len(series.observations) == long_stream.observations
        assert len([r for r in osem.requests if "/data/" in r]) == 3  # 70 days in windows of 28
