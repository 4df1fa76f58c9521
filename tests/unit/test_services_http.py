"""WMS/WCS engine requests against local stubs: tiling, WCS 2.0.1 SUBSET requests, error messages."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlparse

import pytest

from nrw_digital_twin.algorithms import services, wcs, wms
from nrw_digital_twin.algorithms.errors import NrwTwinError
from nrw_digital_twin.algorithms.progress import RecordingProgress
from tests.fakes.ogc_server import StubOgcServer, free_port

DGM_CLIP = "raster/dgm1_nw_wcs_cutout_338111_5706237.tif"


def service_with(tmp_path, monkeypatch, service_id, **fields):
    path = tmp_path / "services.json"
    fields = {"retries": 2, "backoff_s": 0.01, **fields}
    path.write_text(json.dumps({"services": {service_id: fields}}), encoding="utf-8")
    monkeypatch.setenv(services.ENV_VAR, str(path))
    return services.load_catalogue().service(service_id)


def test_wcs201_requests_use_subset_with_catalogue_axis_labels(data_dir, tmp_path, monkeypatch):
    payload = (data_dir / DGM_CLIP).read_bytes()
    with StubOgcServer("tiff", payload=payload) as stub:
        service = service_with(tmp_path, monkeypatch, "dgm_wcs", url=stub.url, max_size=40)
        grid = wms.plan_grid((338111.0, 5706237.0, 338171.0, 5706311.0), 1.0)
        progress = RecordingProgress()
        tiles = list(wcs.fetch_coverage_tiles(service, "nw_dgm", grid, progress=progress))
        queries = [parse_qs(urlparse(path).query) for path in stub.requests]
    assert (grid.width, grid.height) == (60, 74) and len(tiles) == len(queries) == 2 * 2
    assert all(answer.data == payload and answer.url.startswith(stub.url) for answer in tiles)
    first = queries[0]
    assert first["VERSION"] == ["2.0.1"] and first["COVERAGEID"] == ["nw_dgm"] and first["FORMAT"] == ["image/tiff"]
    assert first["SUBSET"] == ["x(338111,338151)", "y(5706271,5706311)"] and "SCALESIZE" not in first
    assert queries[-1]["SUBSET"] == ["x(338151,338171)", "y(5706237,5706271)"]
    assert progress.percents[-1] == 100.0


@pytest.mark.parametrize(
    "mode, pattern",
    [
        ("500", r"HTTP 500.*try again later"),
        ("exception", r"reported an error: Layer nw_dop_rgb is not available \[LayerNotDefined\]"),
        ("hang", r"no answer within 0.5 s.*smaller area"),
        ("empty", r"answer was empty.*NRW"),
        ("html", r"unexpected answer of type 'text/html'.*Wartungsarbeiten"),
    ],
)
def test_wms_errors_name_service_and_what_to_do(mode, pattern, tmp_path, monkeypatch):
    with StubOgcServer(mode, hang_s=2.0) as stub:
        service = service_with(tmp_path, monkeypatch, "dop", url=stub.url, timeout=0.5)
        grid = wms.plan_grid((356000.0, 5699000.0, 356100.0, 5699100.0), 1.0)
        with pytest.raises(NrwTwinError, match=pattern) as info:
            list(wms.fetch_map_tiles(service, "nw_dop_rgb", grid))
    message = str(info.value)
    assert message.startswith(f"Digital orthophotos (DOP) ({stub.url}), GetMap nw_dop_rgb (tile 1 of 1)")


def test_wcs_server_down_names_service(tmp_path, monkeypatch):
    service = service_with(tmp_path, monkeypatch, "dom_wcs", url=f"http://127.0.0.1:{free_port()}/ows")
    grid = wms.plan_grid((356000.0, 5699000.0, 356100.0, 5699100.0), 1.0)
    with pytest.raises(NrwTwinError, match=r"Digital surface model \(DSM, WCS\).*cannot be reached.*proxy"):
        list(wcs.fetch_coverage_tiles(service, "nw_dom", grid))
