"""The shipped Processing model models/nrw_twin_workflow.model3: in the toolbox under the provider, and it runs."""

import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings, QgsVectorLayer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from fakes.opengeodata_server import FakeOpenGeodata  # noqa: E402

MODEL_ID = "nrwtwin:NRW Digital Twin workflow"
TILE = "LoD2_32_332_5727_1_NW.gml"
CHILDREN = [
    "nrwtwin:downloadtiles",
    "nrwtwin:importcitygml",
    "nrwtwin:roofsolar",
    "nrwtwin:printmesh",
    "nrwtwin:export3dtiles",
]


def test_model_is_in_the_toolbox_and_chains_the_five_steps(nrwtwin_provider):
    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert model is not None, sorted(a.id() for a in nrwtwin_provider.algorithms())
    assert model.provider().id() == "nrwtwin"
    children = model.childAlgorithms()
    assert sorted(child.algorithmId() for child in children.values()) == sorted(CHILDREN)
    order = [children[child_id].algorithmId() for child_id in ("download", "import", "solar", "print", "publish")]
    assert order == CHILDREN
    assert set(children["import"].dependencies() if hasattr(children["import"], "dependencies") else []) <= {"download"}
    assert {p.name() for p in model.parameterDefinitions()} >= {
        "area",
        "size_mm",
        "z_exaggeration",
        "base_mm",
        "format",
        "max_tiles",
    }
    for child_id in children:
        ok, problems = model.validateChildAlgorithm(child_id)
        assert ok, problems


@pytest.mark.needs_network_server
def test_model_runs_on_the_stand_in_server(nrwtwin_provider, qgis_new_project, citygml_dir, tmp_path, monkeypatch):
    import processing

    settings = QgsSettings()
    saved = settings.value("nrw_digital_twin/cache_folder", "")
    settings.setValue("nrw_digital_twin/cache_folder", str(tmp_path / "cache"))
    try:
        with FakeOpenGeodata() as server:
            server.add_fixture("LoD2", citygml_dir / TILE)
            monkeypatch.setenv("NRWTWIN_OPENGEODATA_URL", server.base_url)
            result = processing.run(
                MODEL_ID,
                {
                    "area": "332050,332950,5727050,5727950 [EPSG:25832]",
                    "max_tiles": 4,
                    "size_mm": 120,
                    "z_exaggeration": 2,
                    "base_mm": 2,
                    "format": 0,
                    "import:Buildings": str(tmp_path / "buildings.gpkg"),
                    "import:Building surfaces (3D)": str(tmp_path / "surfaces.gpkg"),
                    "solar:Roof solar potential": str(tmp_path / "solar.gpkg"),
                    "print:Print model": str(tmp_path / "model.stl"),
                    "publish:3D Tiles folder": str(tmp_path / "twin"),
                },
            )
    finally:
        settings.setValue("nrw_digital_twin/cache_folder", saved or "")
    buildings = QgsVectorLayer(result["import:Buildings"], "b", "ogr")
    assert buildings.featureCount() == (citygml_dir / TILE).read_text(encoding="utf-8").count("<bldg:Building ")
    solar = QgsVectorLayer(result["solar:Roof solar potential"], "s", "ogr")
    assert solar.featureCount() > 0 and solar.fields().indexOf("irradiation_kwh_m2") >= 0
    stl = Path(result["print:Print model"])
    import trimesh
    mesh = trimesh.load(str(stl))
    assert mesh.is_watertight
    assert max(mesh.extents[:2]) == pytest.approx(120.0, abs=0.5)
    twin = Path(result["publish:3D Tiles folder"])
    assert (twin / "tileset.json").is_file() and (twin / "index.html").is_file()
    assert len(list((twin / "tiles").glob("*.glb"))) >= 1


def test_shipped_model_matches_the_algorithms_parameters(nrwtwin_provider):
    """A parameter added to or removed from a step makes scripts/make_model.py due: this test says so."""
    registry = QgsApplication.processingRegistry()
    model = registry.algorithmById(MODEL_ID)
    for child_id, child in model.childAlgorithms().items():
        definitions = registry.algorithmById(child.algorithmId()).parameterDefinitions()
        names = {d.name() for d in definitions}
        given = set(child.parameterSources())
        assert given <= names, f"{child_id}: unknown parameters {given - names}; run scripts/make_model.py"
        needed = {d.name() for d in definitions if not d.isDestination() and d.defaultValue() is not None}
        assert needed <= given, f"{child_id}: missing {needed - given}; run scripts/make_model.py"
