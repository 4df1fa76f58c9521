"""nrwtwin:batchsolar in real QGIS: local Dask worker processes, the fake OpenGeodata.NRW serving the 3 × 3 km
area of tests/fakes/batch_area.py, and per roof the very values of nrwtwin:roofsolar run with processing.run
on the surfaces that nrwtwin:importcitygml makes of the same tile and its neighbours."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fakes import batch_area

RESOLUTION = 2.0
# The real tile, its copy to the east (its roofs near the shared edge are shaded across it) and a corner.
COMPARED = ((326, 5727), (327, 5727), (325, 5726))
EXTENT = "325000,328000,5726000,5729000 [EPSG:25832]"


@pytest.fixture
def area_server(monkeypatch):
    with batch_area.area_server() as server:
        monkeypatch.setenv("NRWTWIN_OPENGEODATA_URL", server.base_url)
        yield server


def layer_rows(path: str) -> tuple:
    """(field names, {surface_id: (attributes without fid, WKB)}) read through QGIS's OGR provider."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "rows", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    rows = {}
    for feature in layer.getFeatures():
        values = dict(zip(names, feature.attributes()))
        values.pop("fid")
        rows[values["surface_id"]] = (values, bytes(feature.geometry().asWkb()))
    del layer
    return names, rows


def roofsolar_reference(run_alg, paths, east: int, north: int, tmp_path: Path) -> tuple:
    """processing.run of importcitygml on the tile and its neighbours, then roofsolar with Area = the tile."""
    files = [str(p) for p in batch_area.neighbour_paths(paths, east, north)]
    folder = tmp_path / f"ref_{east}_{north}"
    folder.mkdir()
    imported = run_alg(
        "nrwtwin:importcitygml",
        {
            "INPUT": files,
            "OUTPUT_BUILDINGS": str(folder / "buildings.gpkg"),
            "OUTPUT_SURFACES": str(folder / "surfaces.gpkg"),
        },
    )
    x0, y0 = east * 1000, north * 1000
    solar = run_alg(
        "nrwtwin:roofsolar",
        {
            "INPUT": imported["OUTPUT_SURFACES"],
            "RESOLUTION": RESOLUTION,
            "EXTENT": f"{x0},{x0 + 1000},{y0},{y0 + 1000} [EPSG:25832]",
            "OUTPUT": str(folder / "roofsolar.gpkg"),
        },
    )
    return layer_rows(solar["OUTPUT"])


def test_batchsolar_equals_roofsolar_per_roof(run_alg, area_server, tmp_path):
    out = tmp_path / "batch"
    result = run_alg(
        "nrwtwin:batchsolar",
        {
            "EXTENT": EXTENT,
            "SCHEDULER": "",
            "WORKERS": 2,
            "CACHE_FOLDER": str(tmp_path / "cache"),
            "RESOLUTION": RESOLUTION,
            "OUTPUT_FOLDER": str(out),
        },
    )
    assert result["TILE_COUNT"] == 9 and result["FAILED_COUNT"] == 0, (out / "summary.csv").read_text()
    assert result["OUTPUT_FOLDER"] == str(out)
    assert Path(result["OUTPUT"]) == out / "roofsolar.gpkg"
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"] == {"done": 8, "missing": 1}
    batch_names, batch_rows = layer_rows(result["OUTPUT"])
    paths = batch_area.write_area(tmp_path / "area")
    compared = 0
    for east, north in COMPARED:
        names, reference = roofsolar_reference(run_alg, paths, east, north, tmp_path)
        assert batch_names == names  # the same fields in the same order (fid, surfaces' fields, results)
        assert reference, (east, north)
        for surface_id, (values, wkb) in reference.items():
            assert batch_rows[surface_id][0] == values, surface_id  # every field, to the last digit
            assert batch_rows[surface_id][1] == wkb
            compared += 1
        entry = manifest["tiles"][f"32_{east}_{north}"]
        assert entry["roofs"] == len(reference)
    assert compared == 389 + 389 + 1
    # Fields of the surfaces layer as the import writes them, in the batch's column order.
    from nrw_digital_twin.algorithms.batch.tile_store import SURFACE_COLUMNS
    from nrw_digital_twin.processing_provider.alg_importcitygml import GPKG_KINDS, SURFACE_FIELDS

    assert SURFACE_COLUMNS == tuple((name, GPKG_KINDS[kind]) for name, kind, _alias in SURFACE_FIELDS)


class CancelAfterFirstTile:
    """Feedback that presses Cancel as soon as the first tile is reported."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def pushInfo(self, info):  # noqa: N802
                super().pushInfo(info)
                if info.startswith("1/"):
                    self.cancel()

        return Feedback()


def test_batchsolar_cancel_keeps_finished_tiles_and_the_next_run_resumes(run_alg, area_server, tmp_path):
    from qgis.core import QgsProcessingException

    out = tmp_path / "batch"
    parameters = {
        "EXTENT": EXTENT,
        "WORKERS": 1,
        "CACHE_FOLDER": str(tmp_path / "cache"),
        "RESOLUTION": RESOLUTION,
        "OUTPUT_FOLDER": str(out),
    }
    with pytest.raises(QgsProcessingException, match="Canceled by the user"):
        run_alg("nrwtwin:batchsolar", parameters, feedback=CancelAfterFirstTile())
    assert not (out / "roofsolar.gpkg").exists()  # the merged layer is written only by a complete run
    first = json.loads((out / "manifest.json").read_text())
    recorded = {k for k, e in first["tiles"].items() if e["status"] == "done"}
    # The task running at the cancel finishes (a thread cannot be stopped) and its file is kept too.
    kept = {p.stem: p.stat().st_mtime_ns for p in (out / "tiles").glob("*.gpkg")}
    assert 1 <= len(recorded) <= len(kept) < 8 and recorded <= set(kept)
    result = run_alg("nrwtwin:batchsolar", parameters)
    assert result["FAILED_COUNT"] == 0
    second = json.loads((out / "manifest.json").read_text())
    done = {k for k, e in second["tiles"].items() if e["status"] == "done"}
    computed = {k for k in done if second["tiles"][k].get("run") == second["started"]}
    assert len(done) == 8 and computed == done - set(kept)
    assert all((out / "tiles" / f"{key}.gpkg").stat().st_mtime_ns == mtime for key, mtime in kept.items())


def test_batchsolar_is_registered_and_asks_for_dask_when_it_is_missing(run_alg, tmp_path, monkeypatch):
    from qgis.core import QgsApplication, QgsProcessingException

    algorithm = QgsApplication.processingRegistry().algorithmById("nrwtwin:batchsolar")
    assert algorithm is not None
    assert [p.name() for p in algorithm.parameterDefinitions()][:5] == [
        "EXTENT",
        "SCHEDULER",
        "WORKERS",
        "CACHE_FOLDER",
        "RESOLUTION",
    ]
    assert {o.name() for o in algorithm.outputDefinitions()} >= {
        "OUTPUT",
        "OUTPUT_FOLDER",
        "TILE_COUNT",
        "FAILED_COUNT",
    }
    monkeypatch.setitem(sys.modules, "distributed", None)  # as in a QGIS without Dask
    with pytest.raises(QgsProcessingException, match=r'-m pip install --user "dask\[distributed\]"'):
        run_alg("nrwtwin:batchsolar", {"EXTENT": EXTENT, "OUTPUT_FOLDER": str(tmp_path / "out")})
    assert not (tmp_path / "out" / "manifest.json").exists()
    # Loading the plugin's algorithms never imports Dask (QGIS ships without it).
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import nrw_digital_twin.processing_provider.alg_batchsolar;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    plugins = Path(__file__).resolve().parents[2] / ".build" / "plugins"
    proc = subprocess.run([sys.executable, "-c", code, str(plugins)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_terrain_window_equals_read_raster_of_a_vrt_over_the_tiles(tmp_path):
    """The batch cuts the DEM window out of DGM1 tiles as nrwtwin:roofsolar reads it from one raster of them."""
    import numpy as np
    from osgeo import gdal

    from nrw_digital_twin.algorithms.batch.raster_tiles import mosaic_window, read_geotiff
    from nrw_digital_twin.processing_provider.raster_io import read_raster

    paths = []
    rng = np.random.default_rng(5)
    for east in (325, 326, 327):
        for north in (5726, 5727):
            data = (30 + rng.random((500, 500)) * 10).astype(np.float32)
            data[:5, :5] = -9999.0
            path = tmp_path / f"dgm1_32_{east}_{north}_1_nw_2023.tif"
            batch_area.write_geotiff(path, data, east * 1000.0, (north + 1) * 1000.0, 2.0)
            paths.append(str(path))
    vrt = str(tmp_path / "dgm.vrt")
    gdal.BuildVRT(vrt, paths).FlushCache()
    tiles_ = [read_geotiff(p) for p in paths]
    for window in ((325300.7, 5726100.2, 326900.1, 5727700.9), (324000.0, 5725000.0, 329000.0, 5729000.0)):
        ours = mosaic_window(tiles_, window)
        qgis = read_raster(vrt, window)
        assert ours.geotransform == qgis.geotransform
        assert np.array_equal(ours.array, qgis.array, equal_nan=True)
