"""Local stand-ins for sensor platforms (127.0.0.1, threads of the test process).

* :class:`FakeOpenSenseMap` answers like ``https://api.opensensemap.org`` (documented response shapes,
  see algorithms/sensors/opensensemap.py): ``GET /boxes?bbox=…&full=true`` (boxes inside the box,
  ``lastMeasurement`` populated only with ``full=true``), ``GET /boxes/<id>`` and
  ``GET /boxes/<id>/data/<sensor>?from-date&to-date`` (newest first, at most ``limit`` values, at most
  31 days, else 422 ``{"code": "UnprocessableEntity", "message": …}``); unknown boxes 404
  ``{"code": "NotFound", "message": …}``. ``mode`` adds one misbehaviour: ``error_page`` (502 HTML of
  a proxy), ``broken_stream`` (200, the JSON array ends in ``Error: …`` as the API writes when its
  database stream fails), ``flaky`` (the first ``fail_first`` requests answer 503), ``reset`` (the first
  request's connection is closed half-way through the body).
* :class:`FrostLikeSta` is a SensorThings API that behaves like FROST-Server (Hamburg, Osnabrück, the
  EEA service): ``geo.intersects`` filters, nested ``$expand`` with the latest observation, integer
  ids, ``@iot.nextLink`` with percent-encoded characters (``%7E`` …) and a Thing whose Datastreams list
  is cut with its own ``Datastreams@iot.nextLink``. ``requests`` holds every request line's target
  exactly as received.
* :class:`MisbehavingSta` answers every request the same wrong way: ``html`` (a web page), ``json``
  (plain JSON that is not a SensorThings document), ``401``, ``403``, ``hang``.
"""
from __future__ import annotations

import json
import re
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qsl, unquote, urlsplit

from fakes.ogc_server import _StubHandler
from fakes.sta_server.runner import LAST_TIME, MUENSTER, ThingSpec


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: Any


class _Handler(_StubHandler):
    server: _Server

    def do_GET(self):  # noqa: N802
        fake = self.server.fake
        fake.requests.append(self.path)
        status, body, content_type = fake.answer(self.path)
        if status == -1:  # close the connection half-way through the body
            self._send_partial(body, content_type)
            return
        self._send(status, body, content_type)

    def _send_partial(self, body: bytes, content_type: str) -> None:
        try:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True


class _FakeBase:
    def __init__(self, path: str = "") -> None:
        self.requests: List[str] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self.root = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.url = self.root + path
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def answer(self, target: str) -> Tuple[int, bytes, str]:
        raise NotImplementedError

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def _json(status: int, document: Any) -> Tuple[int, bytes, str]:
    return status, json.dumps(document, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8"


def _iso(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


# ------------------------------------------------------------------------------------------------
# openSenseMap


def box_id(index: int) -> str:
    return f"5e{index:022x}"


def sensor_id(index: int, stream: int) -> str:
    return f"6f{index:018x}{stream:04x}"


class FakeOpenSenseMap(_FakeBase):
    """See the module docstring. ``things`` become boxes (index = position), their streams sensors;
    a stream with 0 observations is a sensor that never measured (no ``lastMeasurement``)."""

    PROXY_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>" \
                 b"</center><hr><center>nginx</center></body></html>"

    def __init__(self, things: Optional[List[ThingSpec]] = None, mode: str = "", limit: int = 10000,
                 fail_first: int = 0) -> None:
        super().__init__()
        self.things = MUENSTER if things is None else things
        self.mode, self.limit, self.fail_first = mode, limit, fail_first

    # documented shapes -------------------------------------------------------------------------
    def sensor(self, index: int, stream_index: int, full: bool) -> Dict[str, Any]:
        stream = self.things[index].streams[stream_index]
        document = {"_id": sensor_id(index, stream_index), "title": stream.property, "unit": stream.unit,
                    "sensorType": "SDS011" if "PM" in stream.property else "HDC1080", "icon": "osem-thermometer"}
        if stream.observations:
            last = stream.observations - 1
            measurement_id = f"7a{index:018x}{stream_index:04x}"
            document["lastMeasurement"] = (
                {"value": f"{stream.value(last):.2f}", "createdAt": _iso(stream.time(last))} if full else measurement_id
            )
        return document

    def box(self, index: int, full: bool = True) -> Dict[str, Any]:
        spec = self.things[index]
        return {
            "_id": box_id(index),
            "createdAt": "2024-03-01T10:00:00.000Z",
            "updatedAt": _iso(LAST_TIME),
            "name": spec.name,
            "exposure": "outdoor",
            "grouptag": ["Münster"],
            "currentLocation": {"type": "Point", "coordinates": [spec.lon, spec.lat],
                                "timestamp": "2024-03-01T10:00:00.000Z"},
            "sensors": [self.sensor(index, s, full) for s in range(len(spec.streams))],
            "lastMeasurementAt": _iso(LAST_TIME),
        }

    def boxes(self, query: Dict[str, str]) -> Tuple[int, bytes, str]:
        if "bbox" not in query:
            return _json(200, [self.box(i, query.get("full") == "true") for i in range(len(self.things))])
        try:
            west, south, east, north = (float(v) for v in query["bbox"].split(","))
        except ValueError:
            return _json(422, {"code": "UnprocessableEntity", "message": "Illegal value for parameter bbox"})
        found = [
            self.box(i, query.get("full") == "true")
            for i, spec in enumerate(self.things)
            if west <= spec.lon <= east and south <= spec.lat <= north
        ]
        if self.mode == "broken_stream":
            text = json.dumps(found, ensure_ascii=False)[:-1] + "Error: cursor killed"
            return 200, text.encode("utf-8"), "application/json; charset=utf-8"
        return _json(200, found)

    def data(self, index: int, stream_index: int, query: Dict[str, str]) -> Tuple[int, bytes, str]:
        stream = self.things[index].streams[stream_index]
        start = datetime.fromisoformat(query["from-date"].replace("Z", "+00:00"))
        end = datetime.fromisoformat(query["to-date"].replace("Z", "+00:00"))
        if end - start > timedelta(days=31):
            return _json(422, {"code": "UnprocessableEntity",
                               "message": "Please choose a time frame up to 31 days maximum"})
        values = [
            {"createdAt": _iso(stream.time(i)), "value": f"{stream.value(i):.2f}", "location": [7.6, 51.9]}
            for i in range(stream.observations - 1, -1, -1)
            if start <= stream.time(i) <= end
        ]
        return _json(200, values[: self.limit])

    def answer(self, target: str) -> Tuple[int, bytes, str]:
        parts = urlsplit(target)
        query = dict(parse_qsl(parts.query))
        if self.mode == "flaky" and len(self.requests) <= self.fail_first:
            return _json(503, {"code": "ServiceUnavailable", "message": "try again"})
        if self.mode == "error_page":
            return 502, self.PROXY_PAGE, "text/html"
        if self.mode == "reset" and len(self.requests) == 1:
            status, body, content_type = self.route(parts.path, query)
            return -1, body, content_type
        return self.route(parts.path, query)

    def route(self, path: str, query: Dict[str, str]) -> Tuple[int, bytes, str]:
        found = re.fullmatch(r"/boxes(?:/([0-9a-f]+)(?:/data/([0-9a-f]+))?)?/?", path)
        if not found:
            return _json(404, {"code": "NotFound", "message": f"{path} does not exist"})
        if found.group(1) is None:
            return self.boxes(query)
        index = next((i for i in range(len(self.things)) if box_id(i) == found.group(1)), None)
        if index is None:
            return _json(404, {"code": "NotFound", "message": "Box not found"})
        if found.group(2) is None:
            return _json(200, self.box(index))
        stream_index = next(
            (s for s in range(len(self.things[index].streams)) if sensor_id(index, s) == found.group(2)), None
        )
        if stream_index is None:
            return _json(404, {"code": "NotFound", "message": "Sensor not found"})
        return self.data(index, stream_index, query)


# ------------------------------------------------------------------------------------------------
# SensorThings API like FROST-Server


class FrostLikeSta(_FakeBase):
    """See the module docstring. Ids: location/thing ``i+1``, datastream ``10*(i+1)+s``."""

    def __init__(self, things: Optional[List[ThingSpec]] = None, page_size: int = 2) -> None:
        super().__init__("/FROST-Server/v1.1")
        self.things = MUENSTER if things is None else things
        self.page_size = page_size

    def datastream(self, index: int, stream_index: int, with_latest: bool) -> Dict[str, Any]:
        stream = self.things[index].streams[stream_index]
        ds_id = 10 * (index + 1) + stream_index
        document = {
            "@iot.id": ds_id,
            "@iot.selfLink": f"{self.url}/Datastreams({ds_id})",
            "name": f"{self.things[index].name}: {stream.property}",
            "unitOfMeasurement": {"name": stream.unit, "symbol": stream.unit, "definition": ""},
            "ObservedProperty": {"@iot.id": 100 + stream_index, "name": stream.property,
                                 "definition": f"http://example.org/properties/{stream.property.replace(' ', '')}"},
        }
        if with_latest:
            last = stream.observations - 1
            document["Observations"] = [] if stream.observations == 0 else [
                {"@iot.id": ds_id * 1000 + last, "phenomenonTime": _iso(stream.time(last)),
                 "result": stream.value(last)}
            ]
        return document

    def thing(self, index: int) -> Dict[str, Any]:
        spec = self.things[index]
        streams = [self.datastream(index, s, True) for s in range(len(spec.streams))]
        document = {"@iot.id": index + 1, "name": spec.name, "description": f"Test site {spec.name}",
                    "Datastreams": streams}
        if index == 0 and len(streams) > 1:  # FROST cuts long nested lists: the rest is behind a link
            document["Datastreams"] = streams[:1]
            document["Datastreams@iot.nextLink"] = (
                f"{self.url}/Things(1)/Datastreams?$skip=1&$expand=ObservedProperty,"
                "Observations(%24top%3D1%3B%24orderby%3DphenomenonTime%20desc)"
            )
        return document

    def location(self, index: int) -> Dict[str, Any]:
        spec = self.things[index]
        return {"@iot.id": index + 1, "name": spec.name, "encodingType": "application/geo+json",
                "location": {"type": "Point", "coordinates": [spec.lon, spec.lat]},
                "Things": [self.thing(index)]}

    def answer(self, target: str) -> Tuple[int, bytes, str]:
        parts = urlsplit(target)
        path = parts.path[len("/FROST-Server/v1.1"):]
        query = dict(parse_qsl(parts.query))
        if path in ("", "/"):
            return _json(200, {"value": [{"name": n, "url": f"{self.url}/{n}"} for n in
                                         ("Things", "Locations", "Datastreams", "Sensors", "Observations",
                                          "ObservedProperties", "FeaturesOfInterest", "HistoricalLocations")]})
        if path == "/Things(1)/Datastreams":
            return _json(200, {"value": [self.datastream(0, s, True) for s in range(1, len(self.things[0].streams))]})
        if path == "/Locations":
            return self.locations(query)
        return _json(404, {"code": 404, "type": "error", "message": "Nothing found."})

    def locations(self, query: Dict[str, str]) -> Tuple[int, bytes, str]:
        indexes = list(range(len(self.things)))
        condition = query.get("$filter", "")
        if condition:
            found = re.search(r"POLYGON\(\(([^)]*)\)\)", condition)
            if not condition.startswith("geo.intersects(location,geography'") or not found:
                return _json(400, {"code": 400, "type": "error", "message": "Not a valid filter"})
            points = [tuple(float(v) for v in pair.split()) for pair in found.group(1).split(",")]
            lons, lats = [p[0] for p in points], [p[1] for p in points]
            indexes = [i for i in indexes if min(lons) <= self.things[i].lon <= max(lons)
                       and min(lats) <= self.things[i].lat <= max(lats)]
        top = int(query.get("$top", "100"))
        skip = int(query.get("$skip", "0"))
        page = indexes[skip: skip + min(top, self.page_size)]
        document: Dict[str, Any] = {"value": [self.location(i) for i in page]}
        if "$count" in query:
            document["@iot.count"] = len(indexes)
        if skip + len(page) < len(indexes):
            # Percent-encoded as FROST writes it, plus %7E (~) that a re-quoting client would decode.
            expand = unquote(query.get("$expand", "")).replace("(", "%28").replace(")", "%29").replace(" ", "%20")
            condition = condition.replace(" ", "%20").replace("'", "%27")
            document["@iot.nextLink"] = (
                f"{self.url}/Locations?$skip={skip + len(page)}&$top={top}&$count=true&$filter={condition}"
                f"&$expand={expand}&x=%7E"
            )
        return _json(200, document)


class MisbehavingSta(_FakeBase):
    """Every request gets the same wrong answer (see the module docstring)."""

    def __init__(self, mode: str, hang_s: float = 3.0) -> None:
        super().__init__("/v1.1")
        self.mode, self.hang_s = mode, hang_s

    def answer(self, target: str) -> Tuple[int, bytes, str]:
        if self.mode == "html":
            return 200, b"<!DOCTYPE html><html><head><title>Stadtportal - Startseite</title></head><body>Willkommen" \
                        b"</body></html>", "text/html; charset=utf-8"
        if self.mode == "json":
            return _json(200, {"status": "ok", "version": "2.3.1", "endpoints": ["/api/data"]})
        if self.mode == "401":
            return _json(401, {"detail": "Unauthorized"})
        if self.mode == "403":
            return 403, b"<html><head><title>403 Forbidden</title></head><body>Forbidden</body></html>", "text/html"
        if self.mode == "hang":
            time.sleep(self.hang_s)
        return _json(500, {"message": "internal"})
