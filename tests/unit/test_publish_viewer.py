"""The viewer page in a real browser: headless Chromium opens index.html from a local HTTP server with the
local copy of CesiumJS (npm, test-only), waits for all tiles, and we look at what a person would see."""
import json
import time

import numpy as np
import pytest
from PIL import Image
from publish_support import CESIUM_BUILD, NODE_DIR, fixture_buildings, needs_client, needs_node_package

from nrw_digital_twin.algorithms.files import OutputSet
from nrw_digital_twin.algorithms.publish import scene, tiles3d, viewer
from nrw_digital_twin.algorithms.publish.serve import serve_folder
from nrw_digital_twin.algorithms.solar_classes import SOLAR_CLASSES

LOADED = ("var s = window.nrwtwin && window.nrwtwin.state;"
          "return !!(s && (s.error || (s.tilesetReady && s.allTilesLoaded)));")
FIND_BUILDING = """
var v = window.nrwtwin.viewer, c = v.scene.canvas;
for (var y = 60; y < c.clientHeight - 60; y += 10) {
  for (var x = 320; x < c.clientWidth - 380; x += 10) {
    var f = v.scene.pick(new Cesium.Cartesian2(x, y));
    if (f instanceof Cesium.Cesium3DTileFeature) { return [x, y, f.getProperty('building_id')]; }
  }
}
return null;"""
PANELS = "return ['legend', 'status', 'credit', 'info'].map(function (id) {" \
         " var r = document.getElementById(id).getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    records, surfaces, solar = fixture_buildings()
    buildings = scene.group_buildings(surfaces, solar, {r.building_id: r.attributes for r in records})
    folder = tmp_path_factory.mktemp("viewer") / "twin"
    folder.mkdir()
    with OutputSet() as outputs:
        result = tiles3d.export_3dtiles(buildings, str(folder), "EPSG:25832", lambda p: str(outputs.path(p)))
        outputs.commit()
    return folder, result


def class_pixels(image: np.ndarray, masks) -> np.ndarray:
    """Pixels per solar class: chromaticity (r, g, b)/(r + g + b) within 0.035 of the class colour.

    Lighting scales a colour's brightness but keeps its chromaticity; panels (legend …) are masked out.
    """
    rgb = image[:, :, :3].astype(float)
    total = rgb.sum(axis=2)
    chroma = rgb / np.maximum(total, 1)[:, :, None]
    keep = total > 60
    for left, top, right, bottom in masks:
        keep[int(max(top, 0)) : int(bottom) + 1, int(max(left, 0)) : int(right) + 1] = False
    counts = []
    for solar_class in SOLAR_CLASSES:
        target = np.asarray(solar_class.rgb, float) / sum(solar_class.rgb)
        near = np.linalg.norm(chroma - target, axis=2) < 0.035
        counts.append(int((near & keep).sum()))
    return np.array(counts)


def test_the_pinned_cesium_is_the_tested_one():
    package = json.loads((NODE_DIR / "package.json").read_text())
    assert package["dependencies"]["cesium"] == viewer.CESIUM_VERSION
    assert viewer.CESIUM_VERSION in viewer.CESIUM_CDN


def test_chromium_shows_the_buildings_coloured_by_solar_potential(site, tmp_path, artifacts_dir):
    folder, result = site
    needs_node_package("cesium")
    needs_client("chromium")
    needs_client("chromedriver")
    from browser_client import Browser

    server = serve_folder(str(folder), mounts={"/cesium/": str(CESIUM_BUILD)})
    try:
        with Browser(tmp_path / "profile") as browser:
            browser.open(server.url + "index.html?local=1")
            browser.wait_for(LOADED, timeout=240)
            state = browser.run("return window.nrwtwin.state")
            assert state["error"] is None, state
            assert browser.run("return Cesium.VERSION") in viewer.CESIUM_VERSION
            assert state["loadedTiles"] == result.tile_count and state["failedTiles"] == 0
            time.sleep(1.0)  # let the last frame be drawn
            shot = browser.screenshot(artifacts_dir / "publish_viewer.png")
            masks = browser.run(PANELS)
            with_buildings = class_pixels(np.asarray(Image.open(shot).convert("RGB")), masks)
            browser.run("window.nrwtwin.tileset.show = false; window.nrwtwin.viewer.scene.requestRender();")
            time.sleep(1.0)
            empty = browser.screenshot(tmp_path / "without_tileset.png")
            without = class_pixels(np.asarray(Image.open(empty).convert("RGB")), masks)
    finally:
        server.stop()
    # Roofs of at least three classes are visible, and those colours come from the tileset alone.
    assert (with_buildings >= 40).sum() >= 3, with_buildings
    assert without.sum() < 0.02 * with_buildings.sum(), (with_buildings, without)


def test_a_click_shows_the_building_in_german(site, tmp_path):
    folder, _result = site
    needs_node_package("cesium")
    needs_client("chromium")
    needs_client("chromedriver")
    from browser_client import Browser

    server = serve_folder(str(folder), mounts={"/cesium/": str(CESIUM_BUILD)})
    try:
        with Browser(tmp_path / "profile") as browser:
            browser.open(server.url + "index.html?local=1&imagery=0")
            browser.wait_for(LOADED, timeout=240)
            x, y, building_id = browser.wait_for(FIND_BUILDING, timeout=30)
            browser.click(x, y)
            text = browser.wait_for("var i = document.getElementById('info'); return !i.hidden && i.innerText;",
                                    timeout=30)
            picked = browser.run("return window.nrwtwin.state.picked")
            legend = browser.run("return document.getElementById('legend').innerText")
    finally:
        server.stop()
    assert picked["building_id"] == building_id
    for label in ("Gebäude-ID", "Gebäudefunktion", "Gebäudehöhe", "Dachfläche", "Mittlere Einstrahlung",
                  "Installierbare Leistung", "Jahresertrag", "Eignung"):
        assert label in text
    assert building_id in text
    assert any(word in text for word in ("geeignet", "verschattet", "zu klein"))
    assert f"{picked['height_m']:.1f}".replace(".", ",") + " m" in text  # German decimal comma
    assert "Solarpotenzial der Dächer" in legend and "≥ 1050 kWh/m²" in legend
