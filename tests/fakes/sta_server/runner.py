"""A real SensorThings API 1.1 server for tests: django-ogc-sensorthings on SQLite, on 127.0.0.1.

``StaTestServer(folder).start()`` migrates a fresh SQLite database in ``folder``, starts Django's
development server (``python -m django runserver --noreload 127.0.0.1:<free port>``) as a child
process of the tests, waits for the service root and loads :data:`MUENSTER` through the API itself
(``POST /Things`` with Locations, Datastreams, ObservedProperties, Sensors and Observations as
deep insert). ``.url`` is the service root ``http://127.0.0.1:<port>/sta/v1.1/`` (this server needs
the trailing slash; without it Django answers 301). ``stop()`` ends exactly that process.

Quirks of django-ogc-sensorthings 1.2 that the client must cope with (seen here):

* no spatial functions: ``$filter=geo.intersects(…)``/``st_within(…)`` answer 400;
* ``$top`` above 100 answers 422;
* ``$orderby=phenomenonTime`` answers 500 (the column is ``phenomenon_time_begin``), ``resultTime`` works;
* a nested ``$expand`` whose inner list is as long as its ``$top`` (``Observations($top=1;…)`` inside
  ``Things($expand=Datastreams(…))``) fails while the server builds its next link (404);
* ``$filter`` inside ``$expand`` is refused (400).

With ``token`` set, every request needs ``Authorization: Bearer <token>`` (401 without): a platform
behind a login.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from fakes.ogc_server import QgisServer, _die_with_parent, free_port

TESTS_DIR = Path(__file__).resolve().parents[2]
OBSERVATIONS = 100
#: Time of the newest observation of every datastream; observations are hourly before it.
LAST_TIME = datetime(2026, 5, 1, 12, 0, tzinfo=timezone.utc)
MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement"


@dataclass(frozen=True)
class StreamSpec:
    property: str
    unit: str
    first: float
    step: float
    observations: int = OBSERVATIONS

    def value(self, index: int) -> float:
        """The result of observation ``index`` (0 = oldest), rounded as stored."""
        return round(self.first + self.step * index, 3)

    def time(self, index: int) -> datetime:
        return LAST_TIME - timedelta(hours=self.observations - 1 - index)

    @property
    def latest(self) -> Tuple[float, str]:
        index = self.observations - 1
        return self.value(index), self.time(index).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ThingSpec:
    name: str
    lon: float
    lat: float
    streams: Tuple[StreamSpec, ...]


def _streams(a: StreamSpec, b: StreamSpec) -> Tuple[StreamSpec, StreamSpec]:
    return a, b


TEMPERATURE = ("Temperature", "°C")
#: Five sensor sites in the centre of Münster and one in Roxel, outside :data:`AREA_LONLAT`.
MUENSTER: List[ThingSpec] = [
    ThingSpec("Luftmessstation Prinzipalmarkt", 7.6280, 51.9625,
              _streams(StreamSpec(*TEMPERATURE, 8.0, 0.05), StreamSpec("PM10", "µg/m³", 20.0, -0.1))),
    ThingSpec("Pegel Aasee", 7.6120, 51.9560,
              _streams(StreamSpec("Water level", "cm", 120.0, 0.5), StreamSpec(*TEMPERATURE, 12.0, 0.02))),
    ThingSpec("Wetterstation Schloss", 7.6130, 51.9636,
              _streams(StreamSpec(*TEMPERATURE, 9.0, 0.04), StreamSpec("Relative humidity", "%", 60.0, 0.2))),
    ThingSpec("Verkehrszähler Hafen", 7.6390, 51.9510,
              _streams(StreamSpec("Traffic count", "vehicles/h", 100.0, 3.0), StreamSpec("Noise", "dB(A)", 50.0, 0.1))),
    ThingSpec("Luftmessstation Weseler Straße", 7.6090, 51.9490,
              _streams(StreamSpec("NO2", "µg/m³", 30.0, 0.1), StreamSpec("PM10", "µg/m³", 15.0, 0.05))),
    ThingSpec("Messstation Roxel", 7.5200, 51.9600,
              _streams(StreamSpec(*TEMPERATURE, 7.0, 0.05), StreamSpec("PM10", "µg/m³", 10.0, 0.1))),
]
#: The test area (west, south, east, north in WGS84): the first five sites, not Roxel.
AREA_LONLAT = (7.600, 51.945, 7.650, 51.970)


def observations_document(stream: StreamSpec) -> List[Dict]:
    return [
        {
            "phenomenonTime": stream.time(i).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "resultTime": stream.time(i).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "result": stream.value(i),
        }
        for i in range(stream.observations)
    ]


def thing_document(spec: ThingSpec) -> Dict:
    """The deep-insert body of one Thing with its Location."""
    return {
        "name": spec.name,
        "description": f"Test site {spec.name}",
        "properties": {"city": "Münster"},
        "Locations": [{"name": spec.name, "description": f"Location of {spec.name}",
                       "encodingType": "application/geo+json",
                       "location": {"type": "Point", "coordinates": [spec.lon, spec.lat]}}],
    }


def datastream_document(spec: ThingSpec, stream: StreamSpec, ids: Dict[str, str]) -> Dict:
    """A Datastream of a Thing (by id) with its Observations (deep insert)."""
    return {
        "name": f"{spec.name}: {stream.property}",
        "description": f"{stream.property} at {spec.name}",
        "observationType": MEASUREMENT,
        "unitOfMeasurement": {"name": stream.unit, "symbol": stream.unit, "definition": "http://unitsofmeasure.org"},
        "Thing": {"@iot.id": ids["thing"]},
        "Sensor": {"@iot.id": ids["sensor"]},
        "ObservedProperty": {"@iot.id": ids[stream.property]},
        "Observations": observations_document(stream),
    }


def property_document(name: str) -> Dict:
    return {"name": name, "description": name, "definition": f"http://example.org/properties/{name.replace(' ', '')}"}


SENSOR = {"name": "Test sensor", "description": "test sensor", "encodingType": "text/html",
          "metadata": "http://example.org/sensor"}


class StaTestServer(QgisServer):
    """django-ogc-sensorthings on SQLite in ``folder``, loaded with ``things`` (see module docstring).

    Stopping (``stop``, the context manager) is QgisServer's: it ends exactly the child process."""

    def __init__(self, folder: Path, things: Optional[List[ThingSpec]] = None, token: str = "") -> None:
        self.folder = Path(folder)
        self.things = MUENSTER if things is None else things
        self.token = token
        self.port = free_port()
        self.service_url = f"http://127.0.0.1:{self.port}/sta"
        self.url = f"{self.service_url}/v1.1/"
        self.process: Optional[subprocess.Popen] = None
        self.log_path = self.folder / "sta_server.log"
        self._log = None

    def _env(self) -> Dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TESTS_DIR), env.get("PYTHONPATH", "")]))
        env["DJANGO_SETTINGS_MODULE"] = "fakes.sta_server.settings"
        env["NRWTWIN_STA_DB"] = str(self.folder / "sta.sqlite3")
        env["NRWTWIN_STA_SERVICE_URL"] = self.service_url
        env["NRWTWIN_STA_TOKEN"] = self.token
        return env

    def start(self, timeout: float = 60.0) -> "StaTestServer":
        self.folder.mkdir(parents=True, exist_ok=True)
        env = self._env()
        migrate = subprocess.run([sys.executable, "-m", "django", "migrate", "-v0"], env=env,
                                 capture_output=True, text=True, timeout=120)
        if migrate.returncode != 0:
            raise RuntimeError(f"django migrate failed: {migrate.stderr[-2000:]}")
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "django", "runserver", "--noreload", f"127.0.0.1:{self.port}"],
            env=env, stdout=self._log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent,
        )
        self._wait(timeout)
        self.load(self.things)
        return self

    def load(self, things: List[ThingSpec]) -> None:
        """POST the things; each entity is created on its own (the server's deep insert of several
        Datastreams gives them all the first one's ObservedProperty)."""
        ids = {"sensor": self.post("Sensors", SENSOR)}
        for name in sorted({stream.property for spec in things for stream in spec.streams}):
            ids[name] = self.post("ObservedProperties", property_document(name))
        for spec in things:
            ids["thing"] = self.post("Things", thing_document(spec))
            for stream in spec.streams:
                self.post("Datastreams", datastream_document(spec, stream, ids))

    def _wait(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"SensorThings server exited: {self.log_path.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(self._request(self.url), timeout=5) as response:
                    if response.status == 200:
                        return
            except urllib.error.HTTPError as error:
                if error.code in (401, 403):
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("the SensorThings test server did not answer in time")

    def _request(self, url: str, body: Optional[bytes] = None) -> urllib.request.Request:
        request = urllib.request.Request(url, data=body, method="POST" if body is not None else "GET")
        request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        return request

    def post(self, entity_set: str, document: Dict) -> str:
        """POST ``document`` to ``entity_set``; returns the new entity's id (from its Location header)."""
        body = json.dumps(document).encode("utf-8")
        with urllib.request.urlopen(self._request(self.url + entity_set, body), timeout=60) as response:
            if response.status != 201:
                raise RuntimeError(f"POST {entity_set}: HTTP {response.status}")
            location = response.headers.get("Location", "")
        return location.rsplit("('", 1)[-1].rstrip("')")

    def get(self, path: str) -> Dict:
        with urllib.request.urlopen(self._request(self.url + path), timeout=30) as response:
            return json.loads(response.read().decode("utf-8"))
