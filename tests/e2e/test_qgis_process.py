"""qgis_process sees the provider, runs nrwtwin:tilegrid, and the packaged ZIP works in a fresh profile."""
import subprocess
import sys
import zipfile
from pathlib import Path

from osgeo import ogr

REPO = Path(__file__).resolve().parents[2]


def tiles_in(path):
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    return sorted(feature.GetField("tile") for feature in layer)


def test_provider_listed(qgis_process):
    listing = qgis_process("list").stdout
    assert "nrwtwin:tilegrid" in listing
    assert "NRW tile grid for an area" in listing


def test_tilegrid_json_run(qgis_process, tmp_path):
    out = tmp_path / "grid.gpkg"
    result = qgis_process.run_json(
        "nrwtwin:tilegrid", EXTENT="404500,406200,5746100,5746900 [EPSG:25832]", OUTPUT=str(out)
    )
    assert result["results"]["OUTPUT"] == str(out)
    assert result["algorithm_details"]["id"] == "nrwtwin:tilegrid"
    assert tiles_in(out) == ["32_404_5746", "32_405_5746", "32_406_5746"]


def test_tilegrid_bad_extent_message(qgis_process, tmp_path):
    result = qgis_process.run_json(
        "nrwtwin:tilegrid", check=False, EXTENT="11.5,11.6,48.1,48.2 [EPSG:4326]", OUTPUT=str(tmp_path / "x.gpkg")
    )
    assert result["returncode"] != 0
    assert "outside North Rhine-Westphalia" in result["stderr"] + result.get("stdout", "") + str(result)


def test_packaged_zip_installs_into_fresh_profile(tmp_path):
    from qgis_process_runner import QgisProcess

    archive = tmp_path / "nrw_digital_twin.zip"
    subprocess.run([sys.executable, str(REPO / "scripts" / "package.py"), "--output", str(archive)], check=True)
    names = zipfile.ZipFile(archive).namelist()
    assert "nrw_digital_twin/metadata.txt" in names
    assert "nrw_digital_twin/i18n/nrw_digital_twin_de.qm" in names
    assert not [n for n in names if n.startswith(("nrw_digital_twin/tests/", "nrw_digital_twin/bench/"))]
    assert not [n for n in names if "/.venv/" in n or n.endswith(".ts") or "__pycache__" in n]

    home = tmp_path / "home"
    plugins = home / ".local/share/QGIS/QGIS3/profiles/default/python/plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(archive).extractall(plugins)
    runner = QgisProcess(home, plugins)
    runner.env.pop("QGIS_PLUGINPATH")  # only the profile's own plugin folder
    runner.enable_plugin()
    out = tmp_path / "grid.gpkg"
    result = runner.run_json("nrwtwin:tilegrid", EXTENT="7.62,7.63,51.96,51.965 [EPSG:4326]", OUTPUT=str(out))
    assert result["returncode"] == 0
    assert tiles_in(out) == ["32_405_5757", "32_405_5758"]
