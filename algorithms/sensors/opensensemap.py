"""openSenseMap (senseBox citizen sensors) in the shape of the SensorThings results.

API (openSenseMap API documentation, https://docs.opensensemap.org, "Get all senseBoxes" and
"Get the 10000 latest measurements for a sensor"):

* ``GET /boxes?bbox=<west>,<south>,<east>,<north>&full=true&format=json`` — a JSON array of boxes:
  ``_id``, ``name``, ``exposure``, ``currentLocation`` (GeoJSON Point, lon/lat[/height]) and
  ``sensors`` (``_id``, ``title``, ``unit``, ``sensorType``, ``lastMeasurement`` ``{value, createdAt}``
  when the box has measured; ``full=true`` populates it). Errors are JSON ``{"code", "message"}``
  with a 4xx/5xx status; a stream that fails half-way ends in ``Error: …`` (invalid JSON).
* ``GET /boxes/<box>`` — one box with its sensors (title, unit) for a series.
* ``GET /boxes/<box>/data/<sensor>?from-date=…&to-date=…&format=json`` — up to 10,000
  measurements ``{createdAt, value}``, newest first, for at most one month.

A box is a site (sensor id = box id), a sensor a reading with datastream id ``<box>/<sensor>``.
Data licence: Public Domain Dedication and License 1.0 (PDDL).
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping, Optional

from ..errors import NrwTwinError
from ..messages import msg
from ..progress import Progress
from .area import BBox, bounds_lonlat, inside, to_grid
from .catalogue import SensorSource
from .jsonhttp import JsonClient, query_string
from .model import Reading, SensorResult, SensorSite, SensorStats
from .selection import apply_since, filter_property, sort_sites
from .sta_parse import iso_utc, location_point, parse_time, result_value


def boxes_url(source: SensorSource, bbox: BBox) -> str:
    west, south, east, north = bounds_lonlat(bbox)
    box = f"{west:.6f},{south:.6f},{east:.6f},{north:.6f}"
    return f"{source.url.rstrip('/')}/boxes?" + query_string([("bbox", box), ("full", "true"), ("format", "json")])


def reading_from_sensor(box_id: str, sensor: Mapping[str, Any], base: str) -> Reading:
    sensor_id = str(sensor.get("_id") or "")
    title = str(sensor.get("title") or "")
    reading = Reading(
        datastream_id=f"{box_id}/{sensor_id}",
        name=f"{title} ({sensor.get('sensorType')})" if sensor.get("sensorType") else title,
        property=title,
        unit=str(sensor.get("unit") or ""),
        definition=str(sensor.get("sensorType") or ""),
        url=f"{base}/boxes/{box_id}/data/{sensor_id}",
    )
    last = sensor.get("lastMeasurement")
    if isinstance(last, Mapping):
        when = parse_time(last.get("createdAt"))
        if when is not None:
            reading.time = iso_utc(when)
            reading.value, reading.text = result_value(last.get("value"))
    return reading


def site_from_box(box: Mapping[str, Any], base: str, stats: SensorStats) -> Optional[SensorSite]:
    point = location_point(box.get("currentLocation"))
    box_id = str(box.get("_id") or "")
    if point is None or not box_id:
        stats.broken_locations += 1
        return None
    site = SensorSite(
        location_id=box_id,
        location_name=str(box.get("name") or ""),
        sensor_id=box_id,
        sensor_name=str(box.get("name") or ""),
        lon=point[0],
        lat=point[1],
        description=str(box.get("exposure") or ""),
    )
    for sensor in box.get("sensors") or []:
        if not isinstance(sensor, Mapping):
            continue
        stats.datastreams += 1
        site.readings.append(reading_from_sensor(box_id, sensor, base))
    return site


def read_opensensemap(
    source: SensorSource,
    bbox: BBox,
    client: JsonClient,
    progress: Progress,
    prop: str = "",
    since: Optional[datetime] = None,
    **_ignored: Any,
) -> SensorResult:
    """The senseBoxes in ``bbox`` (EPSG:25832) with their sensors' last measurements."""
    stats = SensorStats(spatial_filter="bbox", latest="lastMeasurement")
    url = boxes_url(source, bbox)
    document = client.get(url)
    if not isinstance(document, list):
        raise NrwTwinError(
            msg("{}: the answer of {} is not a list of senseBoxes. Check the URL of the source (the openSenseMap "
                "API is https://api.opensensemap.org).", source.label, url)
        )
    stats.pages = 1
    stats.reported_total = len(document)
    base = source.url.rstrip("/")
    sites = []
    for box in document:
        stats.locations_read += 1
        if not isinstance(box, Mapping):
            stats.broken_locations += 1
            continue
        site = site_from_box(box, base, stats)
        if site is not None:
            sites.append(site)
    if sites:
        x, y = to_grid([s.lon for s in sites], [s.lat for s in sites])
        mask = inside(x, y, bbox)
        stats.outside_area = int((~mask).sum())
        for site, xi, yi in zip(sites, x, y):
            site.x, site.y = float(xi), float(yi)
        sites = [site for site, keep in zip(sites, mask) if keep]
    sites = filter_property(sites, prop, stats)
    apply_since(sites, since, stats)
    stats.requests = client.requests_sent
    progress.set_progress(100)
    return SensorResult(sort_sites(sites), stats)
