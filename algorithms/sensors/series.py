"""The observations of one datastream between two times (SensorThings API or openSenseMap).

SensorThings: ``<datastream>?$expand=ObservedProperty`` for name and unit, then
``<datastream>/Observations?$filter=phenomenonTime ge <start> and phenomenonTime le <end>&$top=<n>``
paged by ``@iot.nextLink`` (no ``$orderby``: some servers cannot sort by phenomenonTime; the
observations are sorted here). The datastream is its ``@iot.id`` (digits are a number, ``'…'`` or
anything else a string) or its URL.

openSenseMap: the box (``GET /boxes/<box>``) for the sensor's title and unit, then
``/boxes/<box>/data/<sensor>?from-date&to-date`` in windows of at most 28 days (the API's limit is one
month); a window that returns the API's maximum of 10,000 measurements (catalogue setting
``series_limit``) is split in two and asked again, so no measurement is lost. The datastream is
``<box id>/<sensor id>``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Dict, List, Mapping, Optional, Tuple

from ..errors import NrwTwinError
from ..messages import msg
from ..progress import Progress, check_canceled
from .catalogue import SensorSource, is_url
from .jsonhttp import JsonClient, query_string
from .model import Observation, Series
from .sta import StaService, not_sta
from .sta_parse import (
    entity_id,
    id_literal,
    iso_utc,
    observation_time,
    parse_time,
    result_value,
    typed_id,
    unit_text,
)

OSEM_LIMIT = 10000
OSEM_WINDOW = timedelta(days=28)
OSEM_MIN_WINDOW = timedelta(minutes=1)


@dataclass
class _PageCount:
    pages: int = 0
    reported_total: Optional[int] = 0


def check_period(start: datetime, end: datetime) -> None:
    if end <= start:
        raise NrwTwinError(
            msg("The period from {} to {} is empty: the end must lie after the start.", iso_utc(start), iso_utc(end))
        )


def _observation(entity: Any) -> Optional[Tuple[datetime, Observation]]:
    if not isinstance(entity, Mapping):
        return None
    when = observation_time(entity.get("phenomenonTime")) or parse_time(entity.get("resultTime"))
    if when is None:
        return None
    value, text = result_value(entity.get("result"))
    return when, Observation(iso_utc(when), value, text)


def _sorted_unique(found: Dict[str, Tuple[datetime, Observation]], start: datetime, end: datetime) -> List[Observation]:
    kept = [item for item in found.values() if start <= item[0] <= end]
    return [observation for _when, observation in sorted(kept, key=lambda item: item[0])]


def sta_series(source: SensorSource, datastream: str, start: datetime, end: datetime, client: JsonClient,
               progress: Progress, max_pages: Optional[int] = None) -> Series:
    service = StaService(source, client, progress)
    text = datastream.strip()
    url = text.rstrip("/") if is_url(text) else f"{service.base}/Datastreams{id_literal(typed_id(text))}"
    meta = client.get(url + "?" + query_string([("$expand", "ObservedProperty")]))
    if not isinstance(meta, Mapping) or "@iot.id" not in meta:
        raise not_sta(source, url)
    observed = meta.get("ObservedProperty") if isinstance(meta.get("ObservedProperty"), Mapping) else {}
    condition = f"phenomenonTime ge {iso_utc(start)} and phenomenonTime le {iso_utc(end)}"
    first = url + "/Observations?" + query_string(
        [("$filter", condition), ("$top", str(int(source.get("page_size"))))]
    )
    limit = int(max_pages or source.get("series_max_pages", 1000))
    count = _PageCount()

    def too_many() -> NrwTwinError:
        return NrwTwinError(
            msg("{}: the datastream {} has more than {:,} pages of observations between {} and {}. Choose a shorter "
                "period, or raise 'series_max_pages' of the source in the sensor catalogue override.", source.label,
                text, limit, iso_utc(start), iso_utc(end))
        )

    found: Dict[str, Tuple[datetime, Observation]] = {}
    for values in service.pages(first, count, limit, too_many):
        for entity in values:
            item = _observation(entity)
            if item is not None:
                found[item[1].time] = item
        progress.set_progress(min(95.0, 5.0 + count.pages))
    return Series(
        datastream_id=entity_id(meta),
        name=str(meta.get("name") or ""),
        property=str(observed.get("name") or meta.get("name") or ""),
        unit=unit_text(meta.get("unitOfMeasurement")),
        observations=_sorted_unique(found, start, end),
        requests=client.requests_sent,
        pages=count.pages,
    )


def _osem_ids(datastream: str) -> Tuple[str, str]:
    text = datastream.strip().rstrip("/")
    if is_url(text) and "/data/" in text:
        box_part, sensor = text.rsplit("/data/", 1)
        return box_part.rsplit("/", 1)[-1], sensor
    box, _, sensor = text.partition("/")
    if not box or not sensor or "/" in sensor:
        raise NrwTwinError(
            msg("'{}' is not an openSenseMap datastream. Give '<box id>/<sensor id>' as in the field datastream_id "
                "of the sensors layer.", datastream)
        )
    return box, sensor


def _osem_window(client: JsonClient, url: str, start: datetime, end: datetime, progress: Progress,
                 found: Dict[str, Tuple[datetime, Observation]], limit: int = OSEM_LIMIT) -> int:
    """Fetch one window (split while it hits the API's maximum ``limit``); returns the requests it took."""
    check_canceled(progress)
    query = query_string([("from-date", iso_utc(start)), ("to-date", iso_utc(end)), ("format", "json")])
    values = client.get(f"{url}?{query}")
    if not isinstance(values, list):
        raise NrwTwinError(msg("{}: the answer of {} is not a list of measurements.", client.label, url))
    if len(values) >= limit and end - start > OSEM_MIN_WINDOW:
        middle = start + (end - start) / 2
        return 1 + _osem_window(client, url, start, middle, progress, found, limit) + _osem_window(
            client, url, middle, end, progress, found, limit
        )
    for entity in values:
        if not isinstance(entity, Mapping):
            continue
        when = parse_time(entity.get("createdAt"))
        if when is not None:
            value, text = result_value(entity.get("value"))
            found[iso_utc(when)] = (when, Observation(iso_utc(when), value, text))
    return 1


def osem_series(source: SensorSource, datastream: str, start: datetime, end: datetime, client: JsonClient,
                progress: Progress, max_pages: Optional[int] = None) -> Series:
    box_id, sensor_id = _osem_ids(datastream)
    base = source.url.rstrip("/")
    box = client.get(f"{base}/boxes/{box_id}")
    sensors = box.get("sensors") if isinstance(box, Mapping) else None
    sensor = next((s for s in sensors or [] if isinstance(s, Mapping) and str(s.get("_id")) == sensor_id), None)
    if sensor is None:
        raise NrwTwinError(
            msg("{}: the senseBox {} has no sensor {}. Take the datastream_id from a current sensors layer.",
                source.label, box_id, sensor_id)
        )
    url = f"{base}/boxes/{box_id}/data/{sensor_id}"
    found: Dict[str, Tuple[datetime, Observation]] = {}
    window_start, windows, limit = start, 0, int(source.get("series_limit", OSEM_LIMIT))
    total = max(1, int((end - start) / OSEM_WINDOW) + 1)
    while window_start < end:
        window_end = min(end, window_start + OSEM_WINDOW)
        _osem_window(client, url, window_start, window_end, progress, found, limit)
        windows += 1
        progress.set_progress(min(95.0, 100.0 * windows / total))
        window_start = window_end
    return Series(
        datastream_id=f"{box_id}/{sensor_id}",
        name=f"{box.get('name') or box_id}: {sensor.get('title') or sensor_id}",
        property=str(sensor.get("title") or ""),
        unit=str(sensor.get("unit") or ""),
        observations=_sorted_unique(found, start, end),
        requests=client.requests_sent,
        pages=windows,
    )


def read_series(source: SensorSource, datastream: str, start: datetime, end: datetime, client: JsonClient,
                progress: Progress, max_pages: Optional[int] = None) -> Series:
    """The observations of ``datastream`` from ``start`` to ``end`` (aware datetimes), oldest first."""
    check_period(start, end)
    if not (datastream or "").strip():
        raise NrwTwinError(msg("No datastream given. Take a datastream_id from the sensors layer."))
    reader = osem_series if source.kind == "opensensemap" else sta_series
    series = reader(source, datastream, start, end, client, progress, max_pages)
    progress.set_progress(100)
    return series
