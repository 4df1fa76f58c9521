#!/usr/bin/env python3
"""Write models/nrw_twin_workflow.model3: the Processing model download → import → solar → print → publish.

The model is built with the API (QgsProcessingModelAlgorithm + child algorithms) rather than by hand so
that it always matches the algorithms' parameter names; the provider loads every models/*.model3 into
the Processing toolbox (group "Workflows" of "NRW Digital Twin"). Run from the repository root:

    .venv/bin/python scripts/make_model.py [--out models/nrw_twin_workflow.model3]

Model inputs: area (extent), maximum tiles, print size (mm), height exaggeration, base (mm), print
format. Outputs: buildings, building surfaces (3D), roof solar potential, print model file, 3D Tiles folder
(tileset.json + index.html viewer).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Qt orders XML attributes by hash: a fixed seed makes the generated file identical run after run.
os.environ.setdefault("QT_HASH_SEED", "0")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_app import REPO, start_qgis  # noqa: E402

MODEL_NAME = "NRW Digital Twin workflow"
MODEL_GROUP = "Workflows"
CHILDREN = (
    "nrwtwin:downloadtiles",
    "nrwtwin:importcitygml",
    "nrwtwin:roofsolar",
    "nrwtwin:printmesh",
    "nrwtwin:export3dtiles",
)


def build_model():
    from qgis.core import (
        QgsApplication,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterEnum,
        QgsProcessingParameterExtent,
        QgsProcessingParameterNumber,
    )
    from qgis.PyQt.QtCore import QPointF

    registry = QgsApplication.processingRegistry()
    missing = [alg_id for alg_id in CHILDREN if registry.algorithmById(alg_id) is None]
    if missing:
        raise SystemExit(f"These algorithms are not installed yet: {', '.join(missing)}")

    model = QgsProcessingModelAlgorithm(MODEL_NAME, MODEL_GROUP, "nrwtwin")
    model.setHelpContent(
        {
            "ALG_DESC": "Downloads the LoD2 3D building models of OpenGeodata.NRW for an area, imports them, "
            "computes the solar potential of the roofs, writes a watertight 3D-print model and publishes the "
            "buildings as 3D Tiles with a web viewer (roofs coloured by solar potential). "
            "The same steps as 'Run all' in the NRW Digital Twin dock.",
            "ALG_CREATOR": "NRW Digital Twin plugin",
            "area": "Area to process, in any CRS (reprojected to EPSG:25832). At most 'Maximum tiles' 1 km tiles.",
            "max_tiles": "Stop when the area covers more 1 km tiles than this.",
            "size_mm": "Longest side of the printed model in mm.",
            "z_exaggeration": "Height exaggeration of the print (1 = true heights).",
            "base_mm": "Thickness of the base under the lowest point, in mm.",
            "format": "File format of the print model.",
        }
    )

    def parameter(definition, x: float, y: float) -> None:
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(x, y))
        model.addModelParameter(definition, component)

    parameter(QgsProcessingParameterExtent("area", "Area"), 120, 60)
    parameter(
        QgsProcessingParameterNumber(
            "max_tiles", "Maximum tiles", QgsProcessingParameterNumber.Type.Integer, 25, False, 1, 2000
        ),
        320,
        60,
    )
    parameter(
        QgsProcessingParameterNumber(
            "size_mm",
            "Print size (mm, longest side)",
            QgsProcessingParameterNumber.Type.Double,
            150.0,
            False,
            10.0,
            1000.0,
        ),
        520,
        60,
    )
    parameter(
        QgsProcessingParameterNumber(
            "z_exaggeration", "Height exaggeration", QgsProcessingParameterNumber.Type.Double, 1.5, False, 0.1, 10.0
        ),
        720,
        60,
    )
    parameter(
        QgsProcessingParameterNumber(
            "base_mm", "Base thickness (mm)", QgsProcessingParameterNumber.Type.Double, 3.0, False, 0.0, 50.0
        ),
        920,
        60,
    )
    parameter(QgsProcessingParameterEnum("format", "Print format", ["STL", "3MF", "OBJ"], False, 0), 1120, 60)

    static = QgsProcessingModelChildParameterSource.fromStaticValue

    def child(child_id: str, alg_id: str, description: str, x: float, y: float, sources: dict, outputs: dict):
        algorithm = QgsProcessingModelChildAlgorithm(alg_id)
        algorithm.setChildId(child_id)
        algorithm.setDescription(description)
        algorithm.setPosition(QPointF(x, y))
        definitions = registry.algorithmById(alg_id).parameterDefinitions()
        names = {d.name() for d in definitions}
        for name, source in sources.items():
            if name in names:
                algorithm.addParameterSources(name, [source])
        for definition in definitions:  # the rest keep the algorithm's defaults, as the model designer does
            if definition.name() in sources or definition.isDestination() or definition.defaultValue() is None:
                continue
            algorithm.addParameterSources(definition.name(), [static(definition.defaultValue())])
        model_outputs = {}
        for output_name, (child_output, label) in outputs.items():
            output = QgsProcessingModelOutput(output_name, label)
            output.setChildId(child_id)
            output.setChildOutputName(child_output)
            output.setPosition(QPointF(x + 200, y + 60))
            model_outputs[output_name] = output
        algorithm.setModelOutputs(model_outputs)
        model.addChildAlgorithm(algorithm)
        return algorithm

    area = QgsProcessingModelChildParameterSource.fromModelParameter("area")
    from_param = QgsProcessingModelChildParameterSource.fromModelParameter
    from_child = QgsProcessingModelChildParameterSource.fromChildOutput

    child(
        "download",
        "nrwtwin:downloadtiles",
        "Download LoD2 tiles",
        120,
        220,
        {"EXTENT": area, "PRODUCT": static(0), "MAX_TILES": from_param("max_tiles")},
        {},
    )
    child(
        "import",
        "nrwtwin:importcitygml",
        "Import CityGML",
        120,
        380,
        {"INPUT": from_child("download", "FILES"), "EXTENT": area},
        {
            "Buildings": ("OUTPUT_BUILDINGS", "Buildings"),
            "Building surfaces (3D)": ("OUTPUT_SURFACES", "Building surfaces (3D)"),
        },
    )
    child(
        "solar",
        "nrwtwin:roofsolar",
        "Solar potential of the roofs",
        120,
        540,
        {"INPUT": from_child("import", "OUTPUT_SURFACES"), "EXTENT": area},
        {"Roof solar potential": ("OUTPUT", "Roof solar potential")},
    )
    child(
        "print",
        "nrwtwin:printmesh",
        "3D print model",
        520,
        540,
        {
            "INPUT": from_child("import", "OUTPUT_SURFACES"),
            "EXTENT": area,
            "SIZE_MM": from_param("size_mm"),
            "Z_EXAGGERATION": from_param("z_exaggeration"),
            "BASE_MM": from_param("base_mm"),
            "FORMAT": from_param("format"),
        },
        {"Print model": ("OUTPUT", "Print model")},
    )
    child(
        "publish",
        "nrwtwin:export3dtiles",
        "Publish as 3D Tiles with web viewer",
        320,
        700,
        {
            "INPUT": from_child("import", "OUTPUT_SURFACES"),
            "SOLAR": from_child("solar", "OUTPUT"),
            "BUILDINGS": from_child("import", "OUTPUT_BUILDINGS"),
            "EXTENT": area,
        },
        {"3D Tiles folder": ("OUTPUT_FOLDER", "3D Tiles folder (tileset.json, index.html)")},
    )
    model.updateDestinationParameters()
    return model


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "models" / "nrw_twin_workflow.model3")
    args = parser.parse_args()
    app = start_qgis()
    model = build_model()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(args.out)):
        print(f"Could not write {args.out}", file=sys.stderr)
        return 1
    errors = []
    for child_id in model.childAlgorithms():
        ok, problems = model.validateChildAlgorithm(child_id)
        if not ok:
            errors.append(f"{child_id}: {'; '.join(problems)}")
    print(f"written: {args.out} ({len(model.childAlgorithms())} steps)")
    for error in errors:
        print("warning:", error)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
