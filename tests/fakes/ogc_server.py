"""OGC servers for tests: a real QGIS Server (``qgis_mapserver``) and a tiny misbehaving stub.

``build_fixture_project(folder, data_dir)`` writes a QGIS project (PyQGIS; needs a running
QgsApplication) that publishes real NRW data under the names NRW uses:

* ``Flurstueck`` (WFS) and ``adv_alkis_flurstuecke`` (WMS): the 10 parcels of the real ALKIS-
  vereinfacht GetFeature response ``ogc/wfs_nw_alkis_vereinfacht_Flurstueck_10features_EPSG4258.xml``,
  read with OGR (GML driver) and stored in EPSG:25832 (the response is lat/lon: OGR's GML reader
  keeps the file order, so x/y are swapped explicitly before reprojecting).
* ``nw_dop_rgb`` (WMS) and ``nw_dom`` (WMS/WCS): the DOM1 tile ``raster/dom1_32_356_5699_1_nw_2020.tif``.
* ``nw_dgm`` (WCS): the DGM clip ``raster/dgm1_nw_wcs_cutout_338111_5706237.tif``.

QGIS Server 3.22 speaks WFS 1.0/1.1 and WCS 1.0 only, and publishes type names without the
``ave:`` prefix: the tests' services override sets version and names accordingly.

``QgisServer(project)`` runs ``qgis_mapserver -p project 127.0.0.1:<free port>`` as a child process
(``.url`` is its OWS endpoint) and stops exactly that process. ``StubOgcServer`` answers every
request with one configurable misbehaviour: ``"500"``, ``"exception"`` (an OGC
ServiceExceptionReport with HTTP 200), ``"hang"`` (sleeps ``hang_s`` before answering),
``"empty"`` (200 with no body), ``"html"`` (an HTML error page), ``"tiff"`` (``payload`` bytes).
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import List, Optional

PARCELS_XML = "ogc/wfs_nw_alkis_vereinfacht_Flurstueck_10features_EPSG4258.xml"
DOM1 = "raster/dom1_32_356_5699_1_nw_2020.tif"
DGM_CLIP = "raster/dgm1_nw_wcs_cutout_338111_5706237.tif"
QGIS_MAPSERVER = shutil.which("qgis_mapserver") or "/usr/bin/qgis_mapserver"

SERVICE_EXCEPTION = b"""<?xml version="1.0" encoding="UTF-8"?>
<ServiceExceptionReport version="1.3.0" xmlns="http://www.opengis.net/ogc">
 <ServiceException code="LayerNotDefined">Layer nw_dop_rgb is not available</ServiceException>
</ServiceExceptionReport>
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def parcels_gpkg(folder: Path, data_dir: Path) -> Path:
    """The real WFS response's parcels as a GeoPackage in EPSG:25832 (via OGR)."""
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "parcels_response.xml"
    shutil.copyfile(data_dir / PARCELS_XML, source)  # OGR writes a .gfs next to the file: keep it out of tests/data
    gdal.SetConfigOption("GML_DOWNLOAD_SCHEMA", "NO")
    try:
        src = ogr.Open(str(source))
    finally:
        gdal.SetConfigOption("GML_DOWNLOAD_SCHEMA", None)
    layer = src.GetLayerByName("Flurstueck")
    geographic = osr.SpatialReference()
    geographic.ImportFromEPSG(4258)
    geographic.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(25832)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(geographic, utm)
    target = folder / "parcels.gpkg"
    if target.exists():
        target.unlink()
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    out_layer = out.CreateLayer("Flurstueck", utm, ogr.wkbMultiPolygon)
    definition = layer.GetLayerDefn()
    for index in range(definition.GetFieldCount()):
        out_layer.CreateField(definition.GetFieldDefn(index))
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        # The file is latitude first; GDAL versions differ in whether the GML driver already swaps
        # (3.6 on Debian 12 does not here, 3.10 on Debian 13 does): in NRW, longitude < 10 < latitude.
        min_x, _max_x, _min_y, _max_y = geometry.GetEnvelope()
        if min_x > 40:
            geometry.SwapXY()
        geometry.Transform(transform)
        new = ogr.Feature(out_layer.GetLayerDefn())
        for index in range(definition.GetFieldCount()):
            new.SetField(index, feature.GetField(index))
        new.SetGeometry(geometry)
        out_layer.CreateFeature(new)
    out = None
    src = None
    return target


def build_fixture_project(folder: Path, data_dir: Path, wms_max_size: int = 5000) -> Path:
    """Write ``folder/nrw_fixture.qgs`` publishing the fixture data under NRW's names."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsVectorLayer

    folder = Path(folder)
    gpkg = parcels_gpkg(folder, data_dir)
    project = QgsProject()
    parcels_wfs = QgsVectorLayer(f"{gpkg}|layername=Flurstueck", "Flurstueck", "ogr")
    parcels_wms = QgsVectorLayer(f"{gpkg}|layername=Flurstueck", "adv_alkis_flurstuecke", "ogr")
    dop = QgsRasterLayer(str(data_dir / DOM1), "nw_dop_rgb", "gdal")
    dom = QgsRasterLayer(str(data_dir / DOM1), "nw_dom", "gdal")
    dgm = QgsRasterLayer(str(data_dir / DGM_CLIP), "nw_dgm", "gdal")
    layers = [parcels_wfs, parcels_wms, dop, dom, dgm]
    broken = [layer.name() for layer in layers if not layer.isValid()]
    if broken:
        raise RuntimeError(f"fixture layers not valid: {broken}")
    project.addMapLayers(layers)
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", "NRW fixture server")
    project.writeEntry("WMSCrsList", "/", ["EPSG:25832", "EPSG:4258", "EPSG:4326"])
    project.writeEntry("WMSMaxWidth", "/", str(wms_max_size))
    project.writeEntry("WMSMaxHeight", "/", str(wms_max_size))
    project.writeEntry("WFSLayers", "/", [parcels_wfs.id()])
    project.writeEntry("WCSLayers", "/", [dom.id(), dgm.id()])
    path = folder / "nrw_fixture.qgs"
    if not project.write(str(path)):
        raise RuntimeError(f"cannot write {path}")
    return path


def _die_with_parent() -> None:
    """Linux: the server gets SIGTERM when the test process dies (no orphan after a crash)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class QgisServer:
    """``qgis_mapserver`` serving ``project`` on 127.0.0.1 (a child process of the tests)."""

    def __init__(self, project: Path, port: Optional[int] = None) -> None:
        self.project = Path(project)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/ows"
        self.process: Optional[subprocess.Popen] = None
        self.log_path = self.project.with_suffix(".server.log")

    def start(self, timeout: float = 30.0) -> "QgisServer":
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.setdefault("XDG_RUNTIME_DIR", "/tmp/nrwtwin-xdg")
        env["QGIS_SERVER_LOG_LEVEL"] = "2"
        log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self._log = log
        self.process = subprocess.Popen(
            [QGIS_MAPSERVER, "-p", str(self.project), f"127.0.0.1:{self.port}"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + timeout
        probe = f"{self.url}?SERVICE=WMS&REQUEST=GetCapabilities"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"qgis_mapserver exited: {self.log_path.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(probe, timeout=5) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("qgis_mapserver did not answer in time")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
        if getattr(self, "_log", None):
            self._log.close()
            self._log = None

    def __enter__(self) -> "QgisServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class _StubHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_StubHTTPServer"

    def log_message(self, format, *args):  # noqa: A002
        pass

    def do_GET(self):  # noqa: N802
        stub = self.server.stub
        stub.requests.append(self.path)
        mode = stub.mode
        if mode == "hang":
            time.sleep(stub.hang_s)
        if mode == "500":
            return self._send(500, b"<html><body>Internal Server Error</body></html>", "text/html")
        if mode == "exception":
            return self._send(200, SERVICE_EXCEPTION, "text/xml")
        if mode == "empty":
            return self._send(200, b"", "image/png")
        if mode == "html":
            return self._send(200, b"<html><body>Wartungsarbeiten</body></html>", "text/html")
        if mode == "tiff":
            return self._send(200, stub.payload, "image/tiff")
        return self._send(200, stub.payload, stub.content_type)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class _StubHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    stub: "StubOgcServer"


class StubOgcServer:
    """A local HTTP server with one misbehaviour for every request (see module docstring)."""

    def __init__(
        self, mode: str = "500", payload: bytes = b"", content_type: str = "text/xml", hang_s: float = 3.0
    ) -> None:
        self.mode, self.payload, self.content_type, self.hang_s = mode, payload, content_type, hang_s
        self.requests: List[str] = []
        self._server = _StubHTTPServer(("127.0.0.1", 0), _StubHandler)
        self._server.stub = self
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/ows"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> "StubOgcServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


class FakeWfs:
    """A WFS 2.0.0 stand-in that answers like the ALKIS-vereinfacht WFS: ``wfs:member`` elements
    filtered by BBOX (EPSG:25832, or EPSG:4258 in urn form, latitude first), cut at COUNT without
    paging, ``numberMatched="unknown"``. ``requests`` logs the query strings.

    ``members`` are (bbox in EPSG:25832, serialized ``wfs:member``). Faults, consumed one per
    GetFeature request (``add_fault``): ``"503"`` (HTML error page), ``"exception"`` (an OWS
    ExceptionReport with HTTP 200), ``"reset"`` (half the answer, then a TCP reset), ``"stall"``
    (half the answer, then silence for ``stall_s`` seconds), ``"cut"`` (half the answer without
    Content-Length, then the connection closes). ``ignore_bbox``: answer the first COUNT features of
    the whole data set whatever the BBOX (a server that ignores BBOX at its count limit).
    """

    def __init__(self, members: List[tuple], path: str = "/wfs") -> None:
        from pyproj import Transformer

        self._to_utm = Transformer.from_crs(4258, 25832, always_xy=True)
        self.members = members
        self.requests: List[dict] = []
        self.faults: List[str] = []
        self.stall_s = 3.0
        self.ignore_bbox = False
        self._lock = threading.Lock()
        self._server = _StubHTTPServer(("127.0.0.1", 0), _FakeWfsHandler)
        self._server.stub = self
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}{path}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def add_fault(self, *faults: str) -> None:
        with self._lock:
            self.faults.extend(faults)

    def pop_fault(self) -> Optional[str]:
        with self._lock:
            return self.faults.pop(0) if self.faults else None

    def answer(self, query: dict) -> bytes:
        parts = query["BBOX"].split(",")
        box = [float(v) for v in parts[:4]]
        crs = parts[4] if len(parts) > 4 else "EPSG:25832"
        if crs.endswith("4258"):
            (x0, x1), (y0, y1) = self._to_utm.transform([box[1], box[3]], [box[0], box[2]])
            box = [x0, y0, x1, y1]
        count = int(query.get("COUNT", "1000000"))
        if self.ignore_bbox:
            hits = [xml for _b, xml in self.members][:count]
        else:
            hits = [
                xml
                for b, xml in self.members
                if b[0] <= box[2] and b[2] >= box[0] and b[1] <= box[3] and b[3] >= box[1]
            ][:count]
        head = (
            '<?xml version="1.0" encoding="utf-8"?>\n<wfs:FeatureCollection timeStamp="2022-05-11T13:32:21+02:00" '
            f'numberReturned="{len(hits)}" numberMatched="unknown" '
            'xmlns="http://repository.gdi-de.org/schemas/adv/produkt/alkis-vereinfacht/2.0" '
            'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:wfs="http://www.opengis.net/wfs/2.0">\n'
        )
        return head.encode() + b"\n".join(hits) + b"\n</wfs:FeatureCollection>\n"

    def getfeature_count(self) -> int:
        return sum(1 for query in self.requests if query.get("REQUEST") == "GetFeature")

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


class FakeAlkisWfs(FakeWfs):
    """:class:`FakeWfs` serving the members of a recorded ALKIS-vereinfacht answer (EPSG:4258, lat/lon)."""

    NS = {"wfs": "http://www.opengis.net/wfs/2.0", "gml": "http://www.opengis.net/gml/3.2"}

    def __init__(self, response_file: Path) -> None:
        from lxml import etree
        from pyproj import Transformer

        to_utm = Transformer.from_crs(4258, 25832, always_xy=True)
        tree = etree.parse(str(response_file), etree.XMLParser(resolve_entities=False, no_network=True))
        members = []  # (bbox in EPSG:25832, serialized member)
        for member in tree.getroot().findall("wfs:member", self.NS):
            values = [
                float(v) for pos in member.iter("{http://www.opengis.net/gml/3.2}posList") for v in pos.text.split()
            ]
            lat, lon = values[0::2], values[1::2]
            x, y = to_utm.transform(lon, lat)
            members.append(((min(x), min(y), max(x), max(y)), etree.tostring(member)))
        super().__init__(members, "/wfs_nw_alkis_vereinfacht")


def synthetic_parcels(columns: int, rows: int, origin=(400000.0, 5700000.0), size: float = 10.0) -> List[tuple]:
    """``columns`` × ``rows`` square parcels of ``size`` m as ALKIS-vereinfacht ``wfs:member`` elements
    in EPSG:25832 (gml:id ``DENW_synthetic_<i>``, attributes ``flstkennz`` and ``flaeche``)."""
    members = []
    for index in range(columns * rows):
        x0 = origin[0] + (index % columns) * size
        y0 = origin[1] + (index // columns) * size
        ring = f"{x0} {y0} {x0 + size} {y0} {x0 + size} {y0 + size} {x0} {y0 + size} {x0} {y0}"
        xml = (
            '<wfs:member xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" '
            'xmlns="http://repository.gdi-de.org/schemas/adv/produkt/alkis-vereinfacht/2.0">'
            f'<Flurstueck gml:id="DENW_synthetic_{index}"><flstkennz>05{index:012d}</flstkennz>'
            f"<flaeche>{size * size:.0f}</flaeche><geometrie><gml:MultiSurface srsName=\"urn:ogc:def:crs:EPSG::25832\">"
            f"<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>{ring}</gml:posList>"
            "</gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></geometrie>"
            "</Flurstueck></wfs:member>"
        )
        members.append(((x0, y0, x0 + size, y0 + size), xml.encode()))
    return members


class _FakeWfsHandler(_StubHandler):
    def do_GET(self):  # noqa: N802
        from urllib.parse import parse_qsl, urlparse

        fake = self.server.stub
        query = {k.upper(): v for k, v in parse_qsl(urlparse(self.path).query)}
        fake.requests.append(query)
        if query.get("REQUEST") != "GetFeature" or "BBOX" not in query:
            return self._send(400, SERVICE_EXCEPTION, "text/xml")
        fault = fake.pop_fault()
        if fault == "503":
            return self._send(503, b"<html><body>Service Unavailable</body></html>", "text/html")
        if fault == "exception":
            return self._send(200, SERVICE_EXCEPTION, "text/xml")
        body = fake.answer(query)
        if fault in ("reset", "stall", "cut"):
            return self._send_half(body, fault, fake.stall_s)
        return self._send(200, body, "text/xml; subtype=gml/3.2.1")

    def _send_half(self, body: bytes, fault: str, stall_s: float) -> None:
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/xml; subtype=gml/3.2.1")
            if fault == "cut":
                self.send_header("Connection", "close")
            else:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            if fault == "stall":
                time.sleep(stall_s)
            elif fault == "reset":  # SO_LINGER 0: close() sends RST instead of FIN
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
        except OSError:
            pass
        self.close_connection = True
