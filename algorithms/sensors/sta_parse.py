"""Reading SensorThings API 1.1 entities (OGC 18-088) into :mod:`.model` objects.

Times: ``phenomenonTime`` is an instant or an interval ``start/end``; the time of a value is the
instant or the interval's end, written as UTC ``YYYY-MM-DDTHH:MM:SSZ``. Locations are GeoJSON
(a geometry or a Feature); a point gives its coordinates, another geometry the mean of its vertices.
"""
from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone
from typing import Any, Iterator, List, Mapping, Optional, Tuple

from .model import Reading

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)


def parse_time(text: Any) -> Optional[datetime]:
    """An aware UTC datetime from ISO 8601 text (``Z``, offsets, any fraction digits), else None.

    Naive times are taken as UTC. Works on Python 3.9 (QGIS 3.22 on Windows), whose
    ``fromisoformat`` rejects ``Z``.
    """
    if not isinstance(text, str):
        return None
    found = _ISO.match(text)
    if not found:
        return None
    year, month, day, hour, minute, second, fraction, zone = found.groups()
    try:
        value = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
            int((fraction or "0")[:6].ljust(6, "0")), tzinfo=timezone.utc,
        )
    except ValueError:
        return None
    if zone and zone.upper() != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        value -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return value


def iso_utc(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def observation_time(phenomenon_time: Any) -> Optional[datetime]:
    """The time of an observation: the instant, or the end of a ``start/end`` interval."""
    if isinstance(phenomenon_time, str) and "/" in phenomenon_time:
        phenomenon_time = phenomenon_time.split("/")[-1]
    return parse_time(phenomenon_time)


def result_value(result: Any) -> Tuple[Optional[float], Optional[str]]:
    """(number or None, text as given) of an observation result."""
    if result is None:
        return None, None
    if isinstance(result, bool):
        return float(result), str(result).lower()
    if isinstance(result, (int, float)):
        number = float(result)
        return (number if math.isfinite(number) else None), repr(result) if isinstance(result, float) else str(result)
    if isinstance(result, str):
        try:
            number = float(result.strip().replace(",", ".")) if result.strip() else None
        except ValueError:
            number = None
        return (number if number is not None and math.isfinite(number) else None), result
    text = str(result)
    return None, text[:250]


def entity_id(entity: Mapping[str, Any]) -> str:
    value = entity.get("@iot.id")
    return "" if value is None else str(value)


def id_literal(value: Any) -> str:
    """The key of an entity in a resource path: ``(42)`` for numbers, ``('a''b')`` for strings."""
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, int):
        return f"({value})"
    return "('" + str(value).replace("'", "''") + "')"


def typed_id(text: str) -> Any:
    """An id typed by a person: digits are a number (FROST's default ids), anything else a string."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    return int(text) if text.isdigit() else text


def _vertices(coordinates: Any) -> Iterator[Tuple[float, float]]:
    if isinstance(coordinates, (list, tuple)) and len(coordinates) >= 2 and all(
        isinstance(c, (int, float)) and not isinstance(c, bool) for c in coordinates[:2]
    ):
        yield float(coordinates[0]), float(coordinates[1])
        return
    if isinstance(coordinates, (list, tuple)):
        for item in coordinates:
            yield from _vertices(item)


def location_point(location: Any) -> Optional[Tuple[float, float]]:
    """(lon, lat) of a GeoJSON location (Point, Feature, other geometries by their vertices' mean)."""
    if not isinstance(location, Mapping):
        return None
    if location.get("type") == "Feature":
        return location_point(location.get("geometry"))
    if location.get("type") == "GeometryCollection":
        points = [location_point(g) for g in location.get("geometries") or []]
        points = [p for p in points if p is not None]
        return points[0] if points else None
    vertices = list(_vertices(location.get("coordinates")))
    if not vertices:
        return None
    lon = sum(v[0] for v in vertices) / len(vertices)
    lat = sum(v[1] for v in vertices) / len(vertices)
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        return None
    return lon, lat


def unit_text(unit: Any) -> str:
    """A datastream's unit for people: its symbol, else its name."""
    if not isinstance(unit, Mapping):
        return ""
    return str(unit.get("symbol") or unit.get("name") or "").strip()


def reading_from_datastream(datastream: Mapping[str, Any], base_url: str) -> Reading:
    """A :class:`Reading` of a Datastream entity (ObservedProperty and a latest Observation expanded
    when the server sent them)."""
    observed = datastream.get("ObservedProperty") or {}
    definition = str(observed.get("definition") or "") if isinstance(observed, Mapping) else ""
    prop = str(observed.get("name") or "") if isinstance(observed, Mapping) else ""
    reading = Reading(
        datastream_id=entity_id(datastream),
        name=str(datastream.get("name") or ""),
        property=prop or str(datastream.get("name") or ""),
        unit=unit_text(datastream.get("unitOfMeasurement")),
        definition=definition,
        url=str(datastream.get("@iot.selfLink") or f"{base_url}/Datastreams{id_literal(datastream.get('@iot.id'))}"),
    )
    observations = datastream.get("Observations")
    if isinstance(observations, list):
        set_latest(reading, observations)
    return reading


def set_latest(reading: Reading, observations: List[Any]) -> None:
    """Put the newest of ``observations`` (entities with phenomenonTime and result) into ``reading``."""
    best = None
    for observation in observations:
        if not isinstance(observation, Mapping):
            continue
        when = observation_time(observation.get("phenomenonTime")) or parse_time(observation.get("resultTime"))
        if when is not None and (best is None or when > best[0]):
            best = (when, observation.get("result"))
    if best is None:
        return
    reading.time = iso_utc(best[0])
    reading.value, reading.text = result_value(best[1])


def collection(document: Any, member: str = "value") -> Optional[List[Any]]:
    """The entity list of a collection document, None when ``document`` is not one."""
    if not isinstance(document, Mapping):
        return None
    values = document.get(member)
    return values if isinstance(values, list) else None
