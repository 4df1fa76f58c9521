"""Downloader against a local server that reproduces OpenGeodata.NRW (paths, indexes, ranges, faults)."""

from __future__ import annotations

import errno
import hashlib
import os
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fakes.opengeodata_server import FOLDERS, FakeOpenGeodata  # noqa: E402

from nrw_digital_twin.algorithms import download as dl  # noqa: E402
from nrw_digital_twin.algorithms.errors import Canceled, NrwTwinError  # noqa: E402
from nrw_digital_twin.algorithms.progress import RecordingProgress  # noqa: E402
from nrw_digital_twin.algorithms.tilegrid import Tile  # noqa: E402

pytestmark = pytest.mark.needs_network_server

DATA = Path(__file__).resolve().parents[1] / "data"
CITYGML = DATA / "citygml"
BIG = "LoD2_32_326_5727_1_NW.gml"  # 3,989,169 bytes
SMALL = "LoD2_32_332_5727_1_NW.gml"  # 55,997 bytes
# E 326–333 km, N 5727 km: seven tiles, two of them published in the fixture set
ROW_5727 = (326000.0, 5727000.0, 333000.0, 5728000.0)
FAST = dict(backoff_s=0.01, timeout_s=(5.0, 10.0))


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def server():
    fake = FakeOpenGeodata()
    for gml in sorted(CITYGML.glob("LoD2_32_*_1_NW.gml")):
        fake.add_fixture("LoD2", gml)
    fake.add_fixture("LoD1", CITYGML / "LoD1_472_5757_1_NW.gml")
    fake.add_fixture("DOM1", DATA / "raster" / "dom1_32_356_5699_1_nw_2020.tif")
    fake.list_only(FOLDERS["DOM1"], "dom1_32_356_5699_1_nw_2017.tif", 123)
    with fake:
        yield fake


def tile_gets(server):
    return [e for e in server.log if not e["path"].endswith(("index.json", "index.xml"))]


def run(server, tmp_path, extent=ROW_5727, product="LoD2", **options):
    progress = options.pop("progress", None) or RecordingProgress()
    report = dl.download_area(
        extent, product, tmp_path / "cache", base_url=server.base_url, progress=progress, **{**FAST, **options}
    )
    return report, progress


def by_tile(report):
    return {r.tile.key: r for r in report.results}


def test_area_download_then_everything_cached(server, tmp_path):
    report, progress = run(server, tmp_path)
    results = by_tile(report)
    assert len(results) == 7
    assert {k for k, r in results.items() if r.status == dl.DOWNLOADED} == {"32_326_5727", "32_332_5727"}
    assert {k for k, r in results.items() if r.status == dl.MISSING} == {
        "32_327_5727",
        "32_328_5727",
        "32_329_5727",
        "32_330_5727",
        "32_331_5727",
    }
    for name in (BIG, SMALL):
        cached = tmp_path / "cache" / "LoD2" / name
        assert sha(cached) == sha(CITYGML / name)
    assert results["32_326_5727"].size == (CITYGML / BIG).stat().st_size == 3989169
    assert "lists no LoD2 file" in results["32_327_5727"].message
    assert not list((tmp_path / "cache" / "LoD2").glob("*.part"))
    assert progress.percents[-1] == 100.0 and any(0 < p < 100 for p in progress.percents)
    assert any("2/2" in m for m in progress.messages)
    assert report.summary().startswith("Tiles of LoD2: 7; 2 downloaded, 0 from the cache, 5 missing")
    # a second run over the same area downloads nothing: index and tiles come from the cache
    requests_before = len(server.log)
    again, _ = run(server, tmp_path)
    assert [r.status for r in again.results if r.status != dl.MISSING] == [dl.CACHED, dl.CACHED]
    assert len(server.log) == requests_before


def test_tiles_download_in_parallel(server, tmp_path):
    for gml in CITYGML.glob("LoD2_32_*_1_NW.gml"):
        server.slow[gml.name] = (10**8, 0.3)  # every file waits 0.3 s, then comes at once
    report, _ = run(server, tmp_path, extent=(324000.0, 5727000.0, 333000.0, 5732000.0))
    assert len(report.results) == 45 and report.count(dl.DOWNLOADED) == 4
    assert server.max_active >= 2  # default 4 threads
    server.max_active = 0
    (tmp_path / "cache").rename(tmp_path / "old")
    report, _ = run(server, tmp_path, extent=(324000.0, 5727000.0, 333000.0, 5732000.0), threads=1)
    assert report.count(dl.DOWNLOADED) == 4 and server.max_active == 1


def test_index_server_error_is_retried(server, tmp_path):
    server.add_fault("index.json", "500")
    report, _ = run(server, tmp_path)
    assert report.count(dl.DOWNLOADED) == 2
    assert [e["path"].rsplit("/", 1)[1] for e in server.log[:2]] == ["index.json", "index.json"]


def test_refresh_index_fetches_only_the_index(server, tmp_path):
    run(server, tmp_path)
    before = len(server.log)
    again, _ = run(server, tmp_path, refresh_index=True)
    assert [e["path"].rsplit("/", 1)[1] for e in server.log[before:]] == ["index.json"]
    assert again.count(dl.CACHED) == 2


def test_server_error_then_success_is_retried(server, tmp_path):
    server.add_fault(SMALL, "500")
    report, _ = run(server, tmp_path)
    assert by_tile(report)["32_332_5727"].status == dl.DOWNLOADED
    assert len(server.requests_for(SMALL)) == 2
    assert sha(tmp_path / "cache" / "LoD2" / SMALL) == sha(CITYGML / SMALL)


def test_retries_are_bounded(server, tmp_path):
    server.add_fault(SMALL, "500", "500", "500", "500", "500")
    report, progress = run(server, tmp_path, retries=4)
    result = by_tile(report)["32_332_5727"]
    assert result.status == dl.FAILED and "HTTP 500" in result.message and "4 tries" in result.message
    assert len(server.requests_for(SMALL)) == 4
    assert by_tile(report)["32_326_5727"].status == dl.DOWNLOADED
    assert not (tmp_path / "cache" / "LoD2" / SMALL).exists()
    assert any("32_332_5727 failed" in w for w in progress.warnings)


def test_dropped_connection_resumes_with_range(server, tmp_path):
    server.add_fault(BIG, "drop")
    report, _ = run(server, tmp_path)
    assert by_tile(report)["32_326_5727"].status == dl.DOWNLOADED
    seen = server.requests_for(BIG)
    assert len(seen) == 2 and seen[0]["range"] is None
    resumed_at = int(seen[1]["range"].split("=")[1].rstrip("-"))
    assert 0 < resumed_at <= 3989169 // 2
    assert sha(tmp_path / "cache" / "LoD2" / BIG) == sha(CITYGML / BIG)


def test_part_file_of_an_earlier_run_is_resumed(server, tmp_path):
    folder = tmp_path / "cache" / "LoD2"
    folder.mkdir(parents=True)
    (folder / (BIG + ".part")).write_bytes((CITYGML / BIG).read_bytes()[:1000])
    report, _ = run(server, tmp_path)
    assert by_tile(report)["32_326_5727"].status == dl.DOWNLOADED
    assert [e["range"] for e in server.requests_for(BIG)] == ["bytes=1000-"]
    assert sha(folder / BIG) == sha(CITYGML / BIG) and not (folder / (BIG + ".part")).exists()


def test_server_ignoring_range_restarts_the_file(server, tmp_path):
    server.ranges = False
    server.add_fault(BIG, "drop")
    report, _ = run(server, tmp_path)
    assert by_tile(report)["32_326_5727"].status == dl.DOWNLOADED
    seen = server.requests_for(BIG)
    assert len(seen) == 2 and seen[1]["range"] is not None  # asked for the rest, got the whole file
    assert sha(tmp_path / "cache" / "LoD2" / BIG) == sha(CITYGML / BIG)


def test_part_longer_than_the_index_restarts(server, tmp_path):
    folder = tmp_path / "cache" / "LoD2"
    folder.mkdir(parents=True)
    (folder / (SMALL + ".part")).write_bytes(b"x" * 60000)
    report, _ = run(server, tmp_path)
    assert by_tile(report)["32_332_5727"].status == dl.DOWNLOADED
    assert [e["range"] for e in server.requests_for(SMALL)] == [None]
    assert sha(folder / SMALL) == sha(CITYGML / SMALL)


def test_size_not_matching_the_index_fails_without_a_file(server, tmp_path):
    data = (CITYGML / SMALL).read_bytes()
    server.add_file(FOLDERS["LoD2"], SMALL, data, index_size=len(data) + 10)
    report, _ = run(server, tmp_path)
    result = by_tile(report)["32_332_5727"]
    assert result.status == dl.FAILED
    assert f"index says {len(data) + 10:,}" in result.message and "refresh" in result.message
    assert not list((tmp_path / "cache" / "LoD2").glob(SMALL + "*"))


def test_stale_cached_file_is_replaced(server, tmp_path):
    folder = tmp_path / "cache" / "LoD2"
    folder.mkdir(parents=True)
    (folder / SMALL).write_bytes(b"old delivery")
    report, _ = run(server, tmp_path)
    assert by_tile(report)["32_332_5727"].status == dl.DOWNLOADED
    assert sha(folder / SMALL) == sha(CITYGML / SMALL)


def test_file_listed_but_absent_is_a_404_failure(server, tmp_path):
    server.list_only(FOLDERS["LoD2"], "LoD2_32_327_5727_1_NW.gml", 5000)
    report, _ = run(server, tmp_path)
    result = by_tile(report)["32_327_5727"]
    assert result.status == dl.FAILED and "HTTP 404" in result.message
    assert result.url.endswith("/produkte/geobasis/3dg/lod2_gml/lod2_gml/LoD2_32_327_5727_1_NW.gml")
    assert len(server.requests_for("LoD2_32_327_5727_1_NW.gml")) == 1  # a 404 is not retried
    assert by_tile(report)["32_326_5727"].status == dl.DOWNLOADED


def test_timeout_is_retried(server, tmp_path):
    server.hang_s = 1.5
    server.add_fault(SMALL, "hang")
    report, _ = run(server, tmp_path, timeout_s=(2.0, 0.5))
    assert by_tile(report)["32_332_5727"].status == dl.DOWNLOADED
    assert len(server.requests_for(SMALL)) == 2


def test_slow_server_cancel_leaves_only_part_files(server, tmp_path):
    server.slow[BIG] = (2048, 0.05, 200_000)  # 200 kB at once, then ~40 kB/s: the rest would take ~95 s
    server.slow[SMALL] = (2048, 0.05)  # ~1.4 s
    progress = RecordingProgress()
    canceled_at = []

    def cancel_soon():
        time.sleep(0.5)
        canceled_at.append(time.monotonic())
        progress.canceled = True

    threading.Thread(target=cancel_soon, daemon=True).start()
    with pytest.raises(Canceled, match=r"\.part files"):
        run(server, tmp_path, progress=progress)
    stopped = time.monotonic() - canceled_at[0]
    assert stopped < 3.0, f"cancel took {stopped:.1f} s"  # the download alone would take ~100 s
    folder = tmp_path / "cache" / "LoD2"
    time.sleep(0.3)
    names = sorted(p.name for p in folder.iterdir())
    assert names and all(n.endswith(".part") for n in names), names
    kept = (folder / (BIG + ".part")).stat().st_size
    assert 65536 <= kept <= 200_000 + 65536  # what arrived before the cancel is kept (16 kB chunks), no more
    # and the next run resumes the part file with a Range request
    server.slow.clear()
    report, _ = run(server, tmp_path)
    assert report.count(dl.DOWNLOADED) == 2 and sha(folder / BIG) == sha(CITYGML / BIG)
    assert server.requests_for(BIG)[-1]["range"] == f"bytes={kept}-"


def test_index_json_not_json_falls_back_to_xml(server, tmp_path):
    server.broken_json.add(FOLDERS["LoD2"])
    report, _ = run(server, tmp_path)
    assert report.count(dl.DOWNLOADED) == 2
    assert [e["path"].rsplit("/", 1)[1] for e in server.log[:2]] == ["index.json", "index.xml"]


def test_both_indexes_broken_is_a_clear_error(server, tmp_path):
    server.broken_json.add(FOLDERS["LoD2"])
    server.broken_xml.add(FOLDERS["LoD2"])
    with pytest.raises(NrwTwinError) as error:
        run(server, tmp_path)
    assert server.base_url + "geobasis/3dg/lod2_gml/lod2_gml/index.json" in str(error.value)
    assert "index.xml: not a valid index" in str(error.value)
    assert not tile_gets(server)


def test_unreachable_server_names_the_url(tmp_path):
    with FakeOpenGeodata() as fake:
        url = fake.base_url  # a port nobody listens on once stopped
    with pytest.raises(NrwTwinError, match="connection failed.*proxy"):
        dl.download_area(ROW_5727, "LoD2", tmp_path / "cache", base_url=url, retries=2, **FAST)


def test_year_and_legacy_names_are_resolved_through_the_index(server, tmp_path):
    report, _ = run(server, tmp_path, extent=(356100, 5699100, 356900, 5699900), product="DOM1")
    (result,) = report.results
    assert result.status == dl.DOWNLOADED and result.name == "dom1_32_356_5699_1_nw_2020.tif"
    assert sha(result.path) == sha(DATA / "raster" / "dom1_32_356_5699_1_nw_2020.tif")
    report, _ = run(server, tmp_path, extent=(472100, 5757100, 472900, 5757900), product="LoD1")
    assert [(r.tile, r.name, r.status) for r in report.results] == [
        (Tile(472, 5757), "LoD1_472_5757_1_NW.gml", dl.DOWNLOADED)
    ]


def test_output_folder_gets_links_or_copies(server, tmp_path):
    out = tmp_path / "out"
    report, _ = run(server, tmp_path, output_dir=out)
    assert sorted(p.name for p in out.iterdir()) == [BIG, SMALL]
    assert sorted(report.files) == [out / BIG, out / SMALL]
    assert sha(out / BIG) == sha(CITYGML / BIG)
    assert os.stat(out / BIG).st_ino == os.stat(tmp_path / "cache" / "LoD2" / BIG).st_ino  # hard link
    again, _ = run(server, tmp_path, output_dir=out)
    assert again.count(dl.CACHED) == 2 and sorted(p.name for p in out.iterdir()) == [BIG, SMALL]


class FullDisk:
    """A file object that fails like a full disk after ``limit`` bytes."""

    def __init__(self, path, mode, limit):
        self.handle, self.left = open(path, mode), limit

    def write(self, data):
        if len(data) > self.left:
            self.handle.write(data[: self.left])
            self.left = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.left -= len(data)
        return self.handle.write(data)

    def close(self):
        self.handle.close()


def test_write_error_half_way_stops_with_a_clear_message(server, tmp_path):
    with pytest.raises(NrwTwinError) as error:
        run(server, tmp_path, opener=lambda path, mode: FullDisk(path, mode, 100_000), threads=1)
    text = str(error.value)
    assert "Not enough space on the disk" in text and "LoD2" in text and ".part" in text
    assert "nrw_digital_twin/cache_folder" in text
    folder = tmp_path / "cache" / "LoD2"
    assert not (folder / BIG).exists() and not (folder / SMALL).exists()
    assert all(p.name.endswith(".part") for p in folder.iterdir())


@pytest.mark.parametrize(
    "extent, message",
    [
        ((0.0, 0.0, 1000.0, 1000.0), "outside North Rhine-Westphalia"),
        ((326000.0, 5727000.0, 326000.0, 5728000.0), "empty"),
        ((326000.0, 5727000.0, 346000.0, 5737000.0), "200 tiles.*limit of 100"),
    ],
)
def test_bad_areas(server, tmp_path, extent, message):
    with pytest.raises(NrwTwinError, match=message):
        run(server, tmp_path, extent=extent)
    assert not server.log


def test_output_folder_that_cannot_be_written(server, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(NrwTwinError, match=r"Cannot write to the output folder .*a_file/out.*Choose a folder"):
        run(server, tmp_path, output_dir=blocker / "out")
    assert not server.log
    with pytest.raises(NrwTwinError, match="Cannot write to the cache folder"):
        dl.download_area(ROW_5727, "LoD2", blocker / "cache", base_url=server.base_url, **FAST)


# ---------------------------------------------------------------------------------------------
# Downloads prove their content (issue 12 #3)


def test_html_page_without_length_is_never_kept_or_continued(server, tmp_path):
    """The real file follows an HTML error page: the page is never written, the file comes whole."""
    server.add_fault(BIG, "html")
    report, _ = run(server, tmp_path)
    assert by_tile(report)["32_326_5727"].status == dl.DOWNLOADED
    # both requests start at byte 0: nothing of the page was kept to be continued with a Range
    assert [e["range"] for e in server.requests_for(BIG)] == [None, None]
    assert sha(tmp_path / "cache" / "LoD2" / BIG) == sha(CITYGML / BIG)


def test_html_page_every_time_fails_the_tile_without_a_file(server, tmp_path):
    server.add_fault(SMALL, "html", "html", "html")
    report, progress = run(server, tmp_path, retries=3)
    result = by_tile(report)["32_332_5727"]
    assert result.status == dl.FAILED
    assert "a web page (HTML) instead of a CityGML file" in result.message and "3 tries" in result.message
    assert sorted(p.name for p in (tmp_path / "cache" / "LoD2").iterdir()) == [BIG]
    assert any("32_332_5727 failed" in w for w in progress.warnings)


def test_part_holding_an_html_page_is_discarded(server, tmp_path):
    """A .part written by an older version (an HTML page) is not continued with a Range request."""
    folder = tmp_path / "cache" / "LoD2"
    folder.mkdir(parents=True)
    (folder / (BIG + ".part")).write_bytes(b"<html><body>502 Bad Gateway</body></html>")
    report, _ = run(server, tmp_path)
    assert by_tile(report)["32_326_5727"].status == dl.DOWNLOADED
    assert [e["range"] for e in server.requests_for(BIG)] == [None]
    assert sha(folder / BIG) == sha(CITYGML / BIG)


def test_body_cut_without_length_or_index_size_is_fetched_again(server, tmp_path):
    """No size anywhere: the missing end tag of the CityModel reveals the cut body."""
    server.unsized.add(SMALL)
    server.add_fault(SMALL, "cut")
    report, _ = run(server, tmp_path)
    result = by_tile(report)["32_332_5727"]
    assert result.status == dl.DOWNLOADED and result.size == 55997
    assert [e["range"] for e in server.requests_for(SMALL)] == [None, None]
    assert sha(tmp_path / "cache" / "LoD2" / SMALL) == sha(CITYGML / SMALL)


def test_body_cut_every_time_without_sizes_fails_without_a_file(server, tmp_path):
    server.unsized.add(SMALL)
    server.add_fault(SMALL, "cut", "cut")
    report, _ = run(server, tmp_path, retries=2)
    result = by_tile(report)["32_332_5727"]
    assert result.status == dl.FAILED and "an incomplete CityGML file" in result.message
    assert not list((tmp_path / "cache" / "LoD2").glob(SMALL + "*"))


@pytest.mark.parametrize("fault", ["drop", "reset"])
def test_body_shorter_than_its_length_resumes_after_a_206(server, tmp_path, fault):
    server.unsized.add(BIG)  # only Content-Length can tell that the body was short
    server.add_fault(BIG, fault)
    report, _ = run(server, tmp_path)
    assert by_tile(report)["32_326_5727"].status == dl.DOWNLOADED
    first, second = server.requests_for(BIG)
    assert first["range"] is None and second["range"].startswith("bytes=") and second["range"] != "bytes=0-"
    assert sha(tmp_path / "cache" / "LoD2" / BIG) == sha(CITYGML / BIG)


def test_200_answer_to_a_range_request_restarts_from_zero(server, tmp_path):
    folder = tmp_path / "cache" / "LoD2"
    folder.mkdir(parents=True)
    (folder / (BIG + ".part")).write_bytes((CITYGML / BIG).read_bytes()[:5000])
    server.add_fault(BIG, "whole")
    report, _ = run(server, tmp_path)
    assert by_tile(report)["32_326_5727"].status == dl.DOWNLOADED
    assert [e["range"] for e in server.requests_for(BIG)] == ["bytes=5000-"]  # answered with 200: not appended
    assert sha(folder / BIG) == sha(CITYGML / BIG)


@pytest.mark.parametrize(
    "damage, reason",
    [
        (lambda data: b"<html><body>Fehler</body></html>".ljust(len(data), b" "), "a web page (HTML)"),
        (lambda data: data[: len(data) // 2].ljust(len(data), b"\0"), "an incomplete CityGML file"),
    ],
)
def test_damaged_cached_file_is_downloaded_again_and_reported(server, tmp_path, damage, reason):
    """Same size as the index, wrong content: not 'cached', fetched again and said so."""
    run(server, tmp_path)
    cached = tmp_path / "cache" / "LoD2" / SMALL
    cached.write_bytes(damage(cached.read_bytes()))
    report, progress = run(server, tmp_path)
    result = by_tile(report)["32_332_5727"]
    assert result.status == dl.DOWNLOADED and sha(cached) == sha(CITYGML / SMALL)
    assert "was damaged" in result.message and reason in result.message and str(cached) in result.message
    assert any("was damaged" in w for w in progress.warnings)
    assert by_tile(report)["32_326_5727"].status == dl.CACHED


def test_truncated_cached_geotiff_without_index_size_is_downloaded_again(server, tmp_path):
    """No size in the index to compare with: the TIFF's own structure shows the lost blocks."""
    server.unsized.add("dom1_32_356_5699_1_nw_2020.tif")
    extent = (356100, 5699100, 356900, 5699900)
    run(server, tmp_path, extent=extent, product="DOM1")
    cached = tmp_path / "cache" / "DOM1" / "dom1_32_356_5699_1_nw_2020.tif"
    data = cached.read_bytes()
    cached.write_bytes(data[: len(data) - 100_000])  # the last blocks lost (a disk that filled up)
    report, _ = run(server, tmp_path, extent=extent, product="DOM1")
    (result,) = report.results
    assert result.status == dl.DOWNLOADED and "an incomplete TIFF file" in result.message
    assert sha(cached) == sha(DATA / "raster" / "dom1_32_356_5699_1_nw_2020.tif")


def test_output_copy_of_a_damaged_tile_is_replaced(server, tmp_path):
    out = tmp_path / "out"
    run(server, tmp_path, output_dir=out)
    (out / SMALL).unlink()
    (out / SMALL).write_bytes(b"x" * (CITYGML / SMALL).stat().st_size)  # same size, not the tile
    report, _ = run(server, tmp_path, output_dir=out)
    assert report.count(dl.CACHED) == 2 and sha(out / SMALL) == sha(CITYGML / SMALL)


def test_sigterm_mid_download_then_rerun_completes_and_every_tile_verifies(server, tmp_path):
    """A real process killed with SIGTERM keeps only proven .part files; the next run resumes them."""
    import signal
    import subprocess

    from nrw_digital_twin.algorithms import content_check

    plugins = Path(__file__).resolve().parents[2] / ".build" / "plugins"  # tests/conftest.py links the plugin
    cache, out = tmp_path / "cache", tmp_path / "out"
    server.slow[BIG] = (4096, 0.02, 300_000)  # 300 kB at once, then about 200 kB/s: ~20 s for the rest
    server.slow[SMALL] = (2048, 0.2)  # about 10 kB/s: still running when the signal comes
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from nrw_digital_twin.algorithms import download as dl;"
        "dl.download_area(tuple(map(float, sys.argv[2].split(','))), 'LoD2', sys.argv[3], output_dir=sys.argv[4],"
        " base_url=sys.argv[5], backoff_s=0.01); print('finished')"
    )
    area = ",".join(str(v) for v in ROW_5727)
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(plugins), area, str(cache), str(out), server.base_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    part = cache / "LoD2" / (BIG + ".part")
    deadline = time.monotonic() + 60
    while not (part.exists() and part.stat().st_size > 300_000):
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    stdout, _stderr = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGTERM and b"finished" not in stdout
    kept = part.stat().st_size
    assert 300_000 < kept < 3989169
    # only partial downloads (SMALL's once its first 16 kB chunk had come), every one a proven start
    names = sorted(p.name for p in (cache / "LoD2").iterdir())
    assert names[0] == BIG + ".part" and set(names) <= {BIG + ".part", SMALL + ".part"}
    assert all(content_check.head_problem((cache / "LoD2" / n).read_bytes()[:8192], "citygml") is None for n in names)
    assert not out.exists() or not list(out.iterdir())  # nothing published by the killed run
    server.slow.clear()
    report, _ = run(server, tmp_path, output_dir=out)
    assert report.count(dl.DOWNLOADED) == 2 and report.count(dl.FAILED) == 0
    assert server.requests_for(BIG)[-1]["range"] == f"bytes={kept}-"
    for name in (BIG, SMALL):
        for path in (cache / "LoD2" / name, out / name):
            assert sha(path) == sha(CITYGML / name) and content_check.file_problem(path) is None
    assert sorted(p.name for p in (cache / "LoD2").iterdir()) == [BIG, SMALL]
