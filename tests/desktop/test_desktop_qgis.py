"""Desktop acceptance test: the real QGIS binary under Xvfb with a fresh profile and the plugin, in German,
offline against the fake OpenGeodata.NRW server — area, Run all on the bundled tile, Gebäudeinfo, 3D.

The scenario runs inside QGIS (driver.py, started by qgis_desktop_runner.py); this file starts the
server and asserts on what the driver recorded. Screenshots: tests/artifacts/desktop/<case>/.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import qgis_desktop_runner as runner  # noqa: E402
from fakes.opengeodata_server import FakeOpenGeodata  # noqa: E402

ARTIFACTS = HERE.parent / "artifacts" / "desktop"
TILE = "LoD2_32_326_5727_1_NW.gml"  # 194 real buildings

pytestmark = [pytest.mark.slow, pytest.mark.needs_network_server, pytest.mark.timeout(900)]


@pytest.fixture(scope="module", autouse=True)
def tools():
    missing = runner.missing_tools()
    if missing:
        pytest.fail(f"The desktop test needs {', '.join(missing)} (make setup installs qgis and xvfb).")


def assert_dock_fits(result: dict) -> None:
    assert result["fit"], result
    for label, fit in result["fit"].items():
        assert fit["width"] >= fit["content_width"], (label, fit)
        for step, findings in fit["steps"].items():
            assert findings["scroll_max"] == 0 and not findings["scroll_visible"], (label, step, findings)
            assert findings["cut_off"] == [], (label, step, findings)


def assert_clean(result: dict) -> None:
    assert result.get("driver_error") is None, result.get("driver_error")
    assert result["done"], result
    assert result["exceptions"] == [], "\n".join(result["exceptions"])
    assert result["exit_code"] == 0, result["exit_code"]
    assert result["unloaded"]


@pytest.fixture(scope="module")
def german_run(citygml_dir):
    with FakeOpenGeodata() as server:
        server.add_fixture("LoD2", citygml_dir / TILE)
        result = runner.run("full", "de_DE", "1366x768", ARTIFACTS / "de_1366x768_full", server.base_url)
        result["downloads"] = [entry["path"] for entry in server.log if entry["path"].endswith(".gml")]
    return result


def test_no_exceptions_and_a_dock_that_fits(german_run):
    assert_clean(german_run)
    assert_dock_fits(german_run)
    assert german_run["qgis"].startswith("3.")


def test_welcome_page_gets_a_map_and_the_area_snaps_to_the_tile(german_run):
    # First start: QGIS shows its welcome page; the dock offers a map and brings the canvas to the front.
    assert german_run["canvas_visible_at_start"] is False
    assert german_run["base_map_offered"] is True
    assert german_run["base_map_layers"] == ["NRW-Kachelgitter"]
    assert german_run["canvas_visible_after_base_map"] is True
    # A rectangle dragged a few metres off the tile edges, snapped: exactly the one tile.
    assert german_run["area_tiles"] == ["32_326_5727"]
    assert german_run["area_km2"] == pytest.approx(1.0)
    assert german_run["area_label"] == "1,00 km², Kacheln von OpenGeodata.NRW: 1"


def test_run_all_finishes_in_german(german_run):
    assert german_run["run_message"].startswith("Fertig: Die Ergebnisse befinden sich in der Layergruppe"), german_run
    assert german_run["downloads"] == ["/produkte/geobasis/3dg/lod2_gml/lod2_gml/" + TILE]
    assert set(german_run["result_layers"]) >= {
        "Gebäude", "Gebäudeflächen (3D)", "Gebäudeaufmaß", "Solarpotenzial der Dächer", "Gebiet",
        "Heruntergeladene Kacheln",
    }
    assert german_run["results_list"][0].startswith("Lauf ") and "3D-Druckmodell (STL)" in german_run["results_list"]


def test_nothing_english_is_visible(german_run):
    assert german_run["visible_strings"] > 300
    assert german_run["english"] == [], german_run["english"]


def test_building_card_shows_german_labels_and_the_solar_values(german_run):
    expected, text = german_run["card_expected"], german_run["card_text"]
    assert german_run["card_building"] == expected["building_id"]
    for label in ("Gebäudefunktion", "Dachform", "Aufmaß", "Dachfläche 3D", "Flächen nach Himmelsrichtung",
                  "Dachflächen und Solarpotenzial", "Einstrahlung", "Leistung", "Eignung", "geeignet"):
        assert label in text, label
    kwp = f"{expected['kwp']:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    summary = f"{expected['roofs']} Dachflächen, {expected['suitable']} geeignet: {kwp} kWp"
    assert summary in text, (summary, text)
    for value in expected["irradiation"]:
        assert f"{value:,}".replace(",", ".") in text, value


def test_qgis_identify_shows_german_aliases_and_coded_values(german_run):
    """QGIS's own Identify tool (not ours) on a solar roof: aliases and value map from the GeoPackage."""
    rows = dict((name, value) for name, value in german_run["identify"] if name)
    words = {"suitable": "geeignet", "shaded": "verschattet", "too_small": "zu klein"}
    assert rows.get("Eignung") == words[german_run["identify_expected"]["suitability"]], rows
    assert "Einstrahlung (kWh/m²·a)" in rows and "Flächenart" in rows and rows["Flächenart"] == "Dach"
    # Rounded to 0.1 m², decimal comma (the group separator follows QGIS's option, off by default).
    assert re.fullmatch(r"\d+(\.\d{3})*,\d", rows["Fläche (m²)"]), rows


def test_3d_theme_roofs_by_solar_class_walls_neutral(german_run):
    assert german_run["theme"] == "Digitaler Zwilling NRW – 3D"
    assert german_run["theme_layers"] == ["Solarpotenzial der Dächer", "Gebäudeflächen (3D)"]
    assert german_run["solar_3d_rules"] == german_run["solar_2d_labels"]  # one class table for 2D and 3D
    assert german_run["solar_3d_rules"] == [
        "< 700 kWh/m²·a", "700 – 850 kWh/m²·a", "850 – 950 kWh/m²·a", "950 – 1.050 kWh/m²·a", "≥ 1.050 kWh/m²·a"
    ]
    assert not [rule for rule in german_run["surfaces_3d_rules"] if "'Roof'" in rule]  # no z-fighting
    assert "\"surface_type\" = 'Wall'" in german_run["surfaces_3d_rules"]
    if german_run["opened_3d_canvases"] is None:  # QGIS < 3.30: no API to open the view, a one-line hint
        assert "Neue 3D-Kartenansicht" in german_run["message_3d"]
        assert "„Digitaler Zwilling NRW – 3D“" in german_run["message_3d"]
    else:
        assert german_run["opened_3d_canvases"] == 1


@pytest.mark.parametrize("language,screen", [("en_US", "1366x768"), ("en_US", "1920x1080"), ("de_DE", "1920x1080")])
def test_dock_fits_in_other_languages_and_screens(language, screen):
    result = runner.run("fit", language, screen, ARTIFACTS / f"{language[:2]}_{screen}_fit")
    assert_clean(result)
    assert_dock_fits(result)
    assert result["english"] == [] if language.startswith("de") else "english" not in result
