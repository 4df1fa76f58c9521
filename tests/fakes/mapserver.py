"""A real MapServer (Debian ``mapserver-bin``/``cgi-mapserver``) serving NRW fixture data, for tests.

QGIS Server 3.22 speaks WFS 1.1 and WCS 1.0 only; the GEObasis.NRW services speak WFS 2.0.0 and
WCS 2.0.1, which is what the plugin sends. MapServer 8 answers both, so the requests the plugin sends
to NRW are tested against a real implementation of those versions.

``MapServer(folder, data_dir)`` writes, into ``folder``:

* ``parcels.csv``: the 10 parcels of the recorded ALKIS-vereinfacht answer
  ``ogc/wfs_nw_alkis_vereinfacht_Flurstueck_10features_EPSG4258.xml`` with all attributes and the
  geometry as WKT in EPSG:25832 (read with the plugin's own streaming GML reader; OGR's CSV driver
  reads the ``WKT`` column as the geometry), published as WFS feature type ``ave:Flurstueck``
  (namespace of ALKIS vereinfacht, feature ids ``Flurstueck.<gml:id>``);
* the DGM clip ``raster/dgm1_nw_wcs_cutout_338111_5706237.tif`` as WCS coverage ``nw_dgm``
  (Float32 GeoTIFF out);
* ``nrw.map`` and ``mapserver.conf`` (MapServer 8 reads its mapfile from the config file's ENV).

It then runs a small HTTP server on a free loopback port that hands every request to ``mapserv``
as a CGI program (``QUERY_STRING``) and returns its answer (``Status:`` and ``Content-Type:``
headers included); ``.url`` is the OWS endpoint. ``parcels_csv`` replaces the parcels (the WFS
benchmark serves tens of thousands of synthetic ones). ``requests`` counts the requests served.
"""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import List, Optional
from urllib.parse import urlparse

PARCELS_XML = "ogc/wfs_nw_alkis_vereinfacht_Flurstueck_10features_EPSG4258.xml"
DGM_CLIP = "raster/dgm1_nw_wcs_cutout_338111_5706237.tif"
ALKIS_NAMESPACE = "http://repository.gdi-de.org/schemas/adv/produkt/alkis-vereinfacht/2.0"


def mapserv_program() -> str:
    """The mapserv CGI program (Debian installs it as /usr/bin/mapserv and /usr/lib/cgi-bin/mapserv)."""
    for candidate in (shutil.which("mapserv"), "/usr/lib/cgi-bin/mapserv"):
        if candidate and os.path.exists(candidate):
            return candidate
    raise FileNotFoundError("mapserv is not installed (Debian packages mapserver-bin and cgi-mapserver: make setup)")


def parcels_csv(target: Path, data_dir: Path) -> Path:
    """The recorded parcels as CSV: ``gml_id``, every attribute, ``WKT`` (MultiPolygon, EPSG:25832)."""
    from nrw_digital_twin.algorithms import wfs

    with open(data_dir / PARCELS_XML, "rb") as stream:
        features = list(wfs.iter_features(stream, "", "MultiPolygon"))
    names: List[str] = []
    for feature in features:
        names += [name for name in feature.attributes if name not in names]
    with open(target, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["gml_id", *names, "WKT"])
        for feature in features:
            writer.writerow([feature.id, *(feature.attributes.get(n, "") for n in names), feature.wkt])
    return target


MAPFILE = """MAP
  NAME "nrw_fixture"
  EXTENT 280000 5560000 536000 5830000
  UNITS METERS
  SIZE 1000 1000
  MAXSIZE 8000
  PROJECTION "init=epsg:25832" END
  OUTPUTFORMAT
    NAME "GTiff"
    DRIVER "GDAL/GTiff"
    MIMETYPE "image/tiff"
    IMAGEMODE FLOAT32
    EXTENSION "tif"
  END
  WEB
    METADATA
      "ows_enable_request" "*"
      "ows_title" "NRW fixture (MapServer)"
      "ows_onlineresource" "{url}?"
      "ows_srs" "EPSG:25832 EPSG:4258 EPSG:4326"
      "wfs_namespace_prefix" "ave"
      "wfs_namespace_uri" "{namespace}"
      "wfs_getfeature_formatlist" "text/xml; subtype=gml/3.2.1"
      "wcs_label" "NRW fixture coverages"
    END
  END
  LAYER
    NAME "Flurstueck"
    TYPE POLYGON
    STATUS ON
    CONNECTIONTYPE OGR
    CONNECTION "{parcels}"
    DATA "{parcels_layer}"
    PROJECTION "init=epsg:25832" END
    TEMPLATE "dummy"
    METADATA
      "wfs_title" "Flurstueck"
      "gml_featureid" "gml_id"
      "gml_include_items" "all"
      "gml_exclude_items" "WKT"
      "gml_geometries" "geometrie"
      "gml_geometrie_type" "multipolygon"
      "wfs_enable_request" "*"
    END
  END
  LAYER
    NAME "nw_dgm"
    TYPE RASTER
    STATUS ON
    DATA "{dgm}"
    PROJECTION "init=epsg:25832" END
    METADATA
      "wcs_label" "nw_dgm"
      "wcs_formats" "GTiff"
      "wcs_bandcount" "1"
      "wcs_imagemode" "FLOAT32"
      "wcs_native_format" "image/tiff"
      "wcs_srs" "EPSG:25832"
      "wcs_enable_request" "*"
    END
  END
END
"""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
        pass

    def do_GET(self):  # noqa: N802
        owner = self.server.owner
        with owner.lock:
            owner.requests += 1
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "QUERY_STRING": urlparse(self.path).query,
            "REQUEST_METHOD": "GET",
            "MAPSERVER_CONFIG_FILE": str(owner.config),
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": str(owner.port),
            "SCRIPT_NAME": "/ows",
            "PROJ_DATA": os.environ.get("PROJ_DATA", "/usr/share/proj"),
        }
        proc = subprocess.run([owner.program], env=env, capture_output=True, timeout=120)
        status, headers, body = _parse_cgi(proc.stdout)
        try:
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            self.close_connection = True


def _parse_cgi(output: bytes):
    """(status, headers, body) of a CGI program's output (RFC 3875 §6)."""
    for separator in (b"\r\n\r\n", b"\n\n"):
        if separator in output:
            head, body = output.split(separator, 1)
            break
    else:
        return 502, [("Content-Type", "text/plain")], b"mapserv printed no CGI headers:\n" + output[:2000]
    status, headers = 200, []
    for line in head.decode("latin-1").splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "status":
            status = int(value.strip().split()[0])
        elif name.strip():
            headers.append((name.strip(), value.strip()))
    return status, headers, body


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: "MapServer"


class MapServer:
    """``mapserv`` behind a loopback HTTP server; use ``with MapServer(folder, data_dir) as server:``."""

    def __init__(self, folder: Path, data_dir: Path, parcels: Optional[Path] = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.program = mapserv_program()
        self.lock = threading.Lock()
        self.requests = 0
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/ows"
        csv_path = Path(parcels) if parcels is not None else parcels_csv(self.folder / "parcels.csv", data_dir)
        self.mapfile = self.folder / "nrw.map"
        self.mapfile.write_text(
            MAPFILE.format(
                url=self.url,
                namespace=ALKIS_NAMESPACE,
                parcels=csv_path,
                parcels_layer=csv_path.stem,
                dgm=data_dir / DGM_CLIP,
            ),
            encoding="utf-8",
        )
        self.config = self.folder / "mapserver.conf"
        self.config.write_text(f'CONFIG\n  ENV\n    MS_MAPFILE "{self.mapfile}"\n  END\nEND\n', encoding="utf-8")
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True, name="mapserver")

    def __enter__(self) -> "MapServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def clip_heights(data_dir: Path):
    """(geotransform, heights) of the DGM clip the server publishes as ``nw_dgm`` (read with GDAL)."""
    from osgeo import gdal

    source = gdal.Open(str(Path(data_dir) / DGM_CLIP))
    return source.GetGeoTransform(), source.ReadAsArray()


def nearest_heights(data_dir: Path, grid):
    """The DGM clip sampled at the pixel centres of a ``wms.RasterGrid`` (nearest neighbour, numpy):
    what a WCS on the clip's own 1 m grid must answer for that grid."""
    import numpy as np

    gt, heights = clip_heights(data_dir)
    xs = grid.xmin + (np.arange(grid.width) + 0.5) * grid.resolution
    ys = grid.ymax - (np.arange(grid.height) + 0.5) * grid.resolution
    cols = np.floor((xs - gt[0]) / gt[1]).astype(int)
    rows = np.floor((ys - gt[3]) / gt[5]).astype(int)
    return heights[np.ix_(rows, cols)]


def serve_forever(folder: str, data_dir: str, parcels: Optional[str] = None) -> None:
    """Run the server in this process until it is terminated (the benchmark runs it apart from its
    clients, so that the server's CPU time is not counted for them); prints the URL."""
    import time

    with MapServer(Path(folder), Path(data_dir), Path(parcels) if parcels else None) as server:
        print(server.url, flush=True)
        while True:
            time.sleep(3600)


if __name__ == "__main__":
    import sys

    serve_forever(*sys.argv[1:])
