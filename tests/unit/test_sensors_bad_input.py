"""Bad input for the sensor readers: each case is a message that names the source and says what to do."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from fakes.ogc_server import free_port
from fakes.sensor_servers import FrostLikeSta, MisbehavingSta
from fakes.sensor_sources import area_bbox, source_for

from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.progress import RecordingProgress
from nrw_digital_twin.algorithms.sensors import read_sensors
from nrw_digital_twin.algorithms.sensors.catalogue import load_sensor_catalogue, resolve_source
from nrw_digital_twin.algorithms.sensors.jsonhttp import JsonClient, exact_url
from nrw_digital_twin.algorithms.sensors.series import read_series
from nrw_digital_twin.algorithms.sensors.sta_parse import location_point, parse_time, result_value

FAST = {"retries": 2, "backoff_s": 0.01, "timeout": 1}


def message_of(source, **kwargs) -> str:
    with pytest.raises(NrwTwinError) as raised:
        read_sensors(source, area_bbox(), **kwargs)
    return str(raised.value)


def test_unreachable_server():
    url = f"http://127.0.0.1:{free_port()}/v1.1"
    text = message_of(source_for(url, **FAST))
    assert "cannot be reached" in text and "2 tries" in text and "proxy" in text


@pytest.mark.parametrize("mode, words", [
    ("html", ["web page", "Stadtportal - Startseite", "/v1.1"]),
    ("json", ["not a SensorThings API document", "/v1.1"]),
    ("401", ["HTTP 401", "login"]),
    ("403", ["HTTP 403", "access denied"]),
    ("hang", ["no answer", "2 tries"]),
])
def test_servers_that_are_not_a_public_sta(mode, words):
    with MisbehavingSta(mode, hang_s=2.0) as server:
        text = message_of(source_for(server.url, **FAST))
    assert all(word in text for word in words), text
    assert server.url in text


def test_area_without_sensors_is_an_empty_result_not_an_error():
    with FrostLikeSta() as frost:
        result = read_sensors(source_for(frost.url), area_bbox((8.50, 52.00, 8.55, 52.03)))
    assert result.sites == [] and result.stats.reported_total == 0


def test_empty_area_and_empty_period_are_messages():
    source = source_for("http://127.0.0.1:9/v1.1")
    with pytest.raises(NrwTwinError, match="is empty"):
        read_sensors(source, (400000.0, 5700000.0, 400000.0, 5701000.0))
    moment = datetime(2026, 5, 1, tzinfo=timezone.utc)
    with pytest.raises(NrwTwinError, match="end must lie after the start"):
        read_series(source, "1", moment, moment, JsonClient.for_source(source), RecordingProgress())


def test_unknown_datastream_is_named():
    with FrostLikeSta() as frost:
        source = source_for(frost.url)
        with pytest.raises(NrwTwinError) as raised:
            read_series(source, "999", datetime(2026, 4, 1, tzinfo=timezone.utc),
                        datetime(2026, 5, 1, tzinfo=timezone.utc), JsonClient.for_source(source), RecordingProgress())
    assert "Datastreams(999)" in str(raised.value) and "HTTP 404" in str(raised.value)


def test_catalogue_sources_overrides_and_custom_urls(tmp_path):
    catalogue = load_sensor_catalogue(environ={})
    assert {"hamburg", "osnabrueck", "eea_airquality", "opensensemap"} <= set(catalogue.ids)
    assert catalogue.source("hamburg").url == "https://iot.hamburg.de/v1.1"
    assert all(source.licence for source in catalogue.sources)
    with pytest.raises(NrwTwinError, match="Known sources: hamburg"):
        resolve_source("muenchen", catalogue)
    custom = resolve_source("https://sensors.example.org/v1.1/", catalogue)
    assert custom.kind == "sta" and custom.id == "custom"
    assert resolve_source("https://iot.hamburg.de/v1.1/", catalogue).id == "hamburg"
    override = tmp_path / "sensors.json"
    override.write_text(json.dumps({"sources": {"muenster": {"kind": "sta", "url": "https://sta.example.org/v1.1"},
                                                "hamburg": {"page_size": 50}}}), encoding="utf-8")
    merged = load_sensor_catalogue(environ={"NRWTWIN_SENSORS": str(override)})
    assert merged.source("muenster").url == "https://sta.example.org/v1.1"
    assert merged.source("hamburg").get("page_size") == 50 and merged.source("hamburg").licence == "dl-de/by-2-0"
    override.write_text("{broken", encoding="utf-8")
    with pytest.raises(NrwTwinError, match="not valid JSON"):
        load_sensor_catalogue(environ={"NRWTWIN_SENSORS": str(override)})


def test_parsing_of_times_results_and_locations():
    assert parse_time("2026-05-01T12:00:00.123456789+02:00") == datetime(2026, 5, 1, 10, 0, 0, 123456, timezone.utc)
    assert parse_time("2026-05-01T12:00Z") == datetime(2026, 5, 1, 12, tzinfo=timezone.utc)
    assert parse_time("gestern") is None
    assert result_value("3,5") == (3.5, "3,5") and result_value("an") == (None, "an")
    assert result_value(float("nan"))[0] is None and result_value({"a": 1}) == (None, "{'a': 1}")
    square = {"type": "Polygon", "coordinates": [[[7.0, 51.0], [8.0, 51.0], [8.0, 52.0], [7.0, 52.0]]]}
    assert location_point(square) == (7.5, 51.5)
    assert location_point({"type": "Feature", "geometry": {"type": "Point", "coordinates": [7.6, 51.9, 60]}}) == (
        7.6, 51.9)
    assert location_point({"type": "Point", "coordinates": []}) is None
    assert exact_url("http://h/v1.1/Things?$filter=name eq 'ä'&x=%7E") == "http://h/v1.1/Things?$filter=name%20eq%20'%C3%A4'&x=%7E"
