"""Fault injection for the OGC download algorithms (downloadwfs, downloadwms, downloadelevation).

Each test breaks one thing for real — a server that fails part-way, an answer cut in half, a full disk
(a 256 kB tmpfs), a read-only folder (a tmpfs mounted read-only) — and asserts the message the user
gets and exactly which files exist afterwards: none, or the old ones byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib

import numpy as np
import pytest

from tests.fakes.disks import full_disk, listing, read_only
from tests.fakes.ogc_server import FakeWfs, StubOgcServer, synthetic_parcels

pytestmark = pytest.mark.needs_network_server

GRID_AREA = "400000,400300,5700000,5700300 [EPSG:25832]"  # the 30 × 30 synthetic parcels
DOM_AREA = "356000,357000,5699000,5700000 [EPSG:25832]"
DOM1 = "raster/dom1_32_356_5699_1_nw_2020.tif"


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def point_catalogue(tmp_path, monkeypatch, **entries):
    path = tmp_path / "services_override.json"
    for fields in entries.values():
        fields.setdefault("retries", 2)
        fields.setdefault("backoff_s", 0.01)
    path.write_text(json.dumps({"services": entries}), encoding="utf-8")
    monkeypatch.setenv("NRWTWIN_SERVICES", str(path))


@pytest.fixture
def wfs_server(tmp_path, monkeypatch):
    with FakeWfs(synthetic_parcels(30, 30)) as fake:
        point_catalogue(tmp_path, monkeypatch, alkis_simple={"url": fake.url, "max_features": 100})
        yield fake


def downloadwfs(run_alg, out):
    return run_alg("nrwtwin:downloadwfs", {"SERVICE": 0, "EXTENT": GRID_AREA, "OUTPUT": str(out)})


@pytest.mark.parametrize("fault", ["503", "reset"])
def test_wfs_failing_part_way_leaves_the_old_900_features_unchanged(run_alg, wfs_server, tmp_path, fault):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    out = tmp_path / "parcels.gpkg"
    first = downloadwfs(run_alg, out)
    assert first["FEATURES"] == 900 and QgsVectorLayer(str(out), "old", "ogr").featureCount() == 900
    before, files = sha(out), listing(tmp_path)
    served = wfs_server.getfeature_count()
    wfs_server.add_fault("", "", "", "", fault, fault)  # the fifth request fails, and its retry too
    with pytest.raises(QgsProcessingException) as info:
        downloadwfs(run_alg, out)
    text = str(info.value)
    assert wfs_server.url in text and "Gave up after 2 tries" in text
    assert ("HTTP 503" if fault == "503" else "the connection broke off") in text
    assert wfs_server.getfeature_count() - served == 6
    assert sha(out) == before and listing(tmp_path) == files  # no staged file left behind either


def test_wfs_failure_in_german_names_the_service_in_german(german_qgis, run_alg, wfs_server, tmp_path):
    from qgis.core import QgsProcessingException

    wfs_server.add_fault("503", "503")
    with pytest.raises(QgsProcessingException) as info:
        downloadwfs(run_alg, tmp_path / "parcels.gpkg")
    text = str(info.value)
    assert "ALKIS vereinfacht (WFS) (" in text and "Nach 2 Versuchen aufgegeben." in text
    assert "simplified" not in text and "Gave up" not in text


def test_wfs_to_a_full_disk_writes_nothing_and_keeps_the_old_file(run_alg, tmp_path, monkeypatch):
    from qgis.core import QgsProcessingException

    old = b"an older export" * 1000
    with FakeWfs(synthetic_parcels(60, 60)) as fake, full_disk(tmp_path / "disk", files={"parcels.gpkg": old}) as disk:
        point_catalogue(tmp_path, monkeypatch, alkis_simple={"url": fake.url, "max_features": 1000})
        with pytest.raises(QgsProcessingException) as info:
            run_alg(
                "nrwtwin:downloadwfs",
                {
                    "SERVICE": 0,
                    "EXTENT": "400000,400600,5700000,5700600 [EPSG:25832]",
                    "OUTPUT": str(disk / "parcels.gpkg"),
                },
            )
        assert f"Not enough space on the disk for {disk / 'parcels.gpkg'}" in str(info.value)
        assert listing(disk) == {"parcels.gpkg": len(old)} and (disk / "parcels.gpkg").read_bytes() == old


def test_wfs_to_a_read_only_folder(run_alg, wfs_server, tmp_path):
    from qgis.core import QgsProcessingException

    with read_only(tmp_path / "ro", files={"parcels.gpkg": b"old"}) as folder:
        with pytest.raises(QgsProcessingException) as info:
            downloadwfs(run_alg, folder / "parcels.gpkg")
        assert "read-only file system" in str(info.value) and str(folder) in str(info.value)
        assert listing(folder) == {"parcels.gpkg": 3}


# --------------------------------------------------------------------------------- WMS and WCS


def png(width: int, height: int, seed: int = 1) -> bytes:
    """An RGB PNG of noise (does not compress: the GeoTIFF made from it is as large as its pixels)."""

    def chunk(name: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + name + body + struct.pack(">I", zlib.crc32(name + body))

    pixels = np.random.default_rng(seed).integers(0, 256, (height, width * 3), dtype=np.uint8)
    raw = b"".join(b"\x00" + row.tobytes() for row in pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(raw, 1)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def png_with_broken_data(width: int, height: int) -> bytes:
    """A PNG whose chunks are all there (structure and CRCs fine) but whose pixel data is not zlib."""

    def chunk(name: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + name + body + struct.pack(">I", zlib.crc32(name + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    broken = chunk(b"IDAT", b"\x78\x9c" + b"\xff" * 500)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + broken + chunk(b"IEND", b"")


def downloadelevation(run_alg, out):
    return run_alg(
        "nrwtwin:downloadelevation", {"PRODUCT": 1, "EXTENT": DOM_AREA, "RESOLUTION": 1.0, "OUTPUT": str(out)}
    )


def downloadwms(run_alg, out, resolution=1.0):
    return run_alg(
        "nrwtwin:downloadwms", {"SERVICE": 0, "EXTENT": DOM_AREA, "RESOLUTION": resolution, "OUTPUT": str(out)}
    )


def test_truncated_coverage_names_the_url_and_writes_nothing(run_alg, tmp_path, monkeypatch, data_dir):
    """Today's GDAL RuntimeError: now one message naming the request, after trying again."""
    from qgis.core import QgsProcessingException

    tile = (data_dir / DOM1).read_bytes()
    with StubOgcServer("tiff", payload=tile[: len(tile) // 2]) as stub:
        point_catalogue(tmp_path, monkeypatch, dom_wcs={"url": stub.url, "max_size": 1000})
        with pytest.raises(QgsProcessingException) as info:
            downloadelevation(run_alg, tmp_path / "dom.tif")
    text = str(info.value)
    assert f"the answer from {stub.url}?SERVICE=WCS&VERSION=2.0.1&REQUEST=GetCoverage" in text
    assert "an incomplete TIFF file" in text and "Gave up after 2 tries" in text and len(stub.requests) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["services_override.json"]


def test_image_gdal_cannot_decode_names_the_url(run_alg, tmp_path, monkeypatch):
    from qgis.core import QgsProcessingException

    with StubOgcServer("other", payload=png_with_broken_data(1000, 1000), content_type="image/png") as stub:
        point_catalogue(tmp_path, monkeypatch, dop={"url": stub.url, "max_size": 1000})
        with pytest.raises(QgsProcessingException) as info:
            downloadwms(run_alg, tmp_path / "dop.tif")
    text = str(info.value)
    assert f"the answer from {stub.url}?SERVICE=WMS" in text and "cannot be read as an image" in text
    assert "Unexpected error" not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["services_override.json"]


def test_elevation_and_wms_complete_then_a_full_disk_keeps_the_old_files(run_alg, tmp_path, monkeypatch, data_dir):
    from osgeo import gdal
    from qgis.core import QgsProcessingException

    tile = (data_dir / DOM1).read_bytes()
    old = {"dom.tif": b"old heights", "dop.tif": b"old picture"}
    with StubOgcServer("tiff", payload=tile) as wcs, StubOgcServer(
        "other", payload=png(1000, 1000), content_type="image/png"
    ) as wms, full_disk(tmp_path / "disk", files=old) as disk:
        point_catalogue(
            tmp_path, monkeypatch, dom_wcs={"url": wcs.url, "max_size": 1000}, dop={"url": wms.url, "max_size": 1000}
        )
        # first to a folder with room: the run works and the outputs are what the servers sent
        result = downloadelevation(run_alg, tmp_path / "dom.tif")
        heights = gdal.Open(result["OUTPUT"]).ReadAsArray()
        np.testing.assert_array_equal(heights, gdal.Open(str(data_dir / DOM1)).ReadAsArray())
        assert downloadwms(run_alg, tmp_path / "dop.tif")["TILES"] == 1
        for name, run in (("dom.tif", downloadelevation), ("dop.tif", downloadwms)):
            with pytest.raises(QgsProcessingException) as info:
                run(run_alg, disk / name)
            assert f"Not enough space on the disk for {disk / name}" in str(info.value), name
        assert listing(disk) == {name: len(data) for name, data in old.items()}
        assert all((disk / name).read_bytes() == data for name, data in old.items())


def test_elevation_into_a_read_only_folder(run_alg, tmp_path, monkeypatch, data_dir):
    from qgis.core import QgsProcessingException

    with StubOgcServer("tiff", payload=(data_dir / DOM1).read_bytes()) as stub, read_only(
        tmp_path / "ro", files={"dom.tif": b"old"}
    ) as folder:
        point_catalogue(tmp_path, monkeypatch, dom_wcs={"url": stub.url, "max_size": 1000})
        with pytest.raises(QgsProcessingException) as info:
            downloadelevation(run_alg, folder / "dom.tif")
        assert "read-only file system" in str(info.value)
        assert listing(folder) == {"dom.tif": 3}
