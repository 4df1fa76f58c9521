"""nrwtwin:printmesh — terrain, buildings and base as one watertight 3D-print model (STL, 3MF, OBJ)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import List, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ..algorithms import printmesh
from ..algorithms.errors import NrwTwinError, write_error
from ..algorithms.printmesh.report import summary
from ..algorithms.printmesh.solid import is_closed_oriented
from ..algorithms.progress import SubProgress
from .base import GRID_CRS, FeedbackProgress, NrwAlgorithm
from .outputs import RunOutputs
from .raster_io import read_raster
from .surface_layer import source_without_geometry_checks, surfaces_from_source


def geometry_rings(geometry: QgsGeometry) -> List[List[np.ndarray]]:
    """Polygons of a (multi)polygon geometry as lists of (n, 2) rings: exterior first, then holes."""
    polygons: List[List[np.ndarray]] = []
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return polygons
    for part in geometry.constParts():
        if not hasattr(part, "exteriorRing") or part.exteriorRing() is None:
            continue
        rings = [part.exteriorRing()] + [part.interiorRing(i) for i in range(part.numInteriorRings())]
        arrays = []
        for ring in rings:
            array = np.array([(p.x(), p.y()) for p in ring.points()], dtype=float).reshape(-1, 2)
            if len(array) > 1 and np.allclose(array[0], array[-1]):
                array = array[:-1]
            arrays.append(array)
        polygons.append(arrays)
    return polygons


def read_dem(layer, crs, bounds, tr) -> printmesh.Dem:
    """The DEM window covering ``bounds`` (+ 2 cells) as numpy (NaN at nodata); ``tr`` translates messages."""
    if layer.crs().isValid() and layer.crs().isGeographic():
        raise NrwTwinError(
            tr(
                "The DEM '{}' is in a geographic CRS ({}). Reproject it to the surfaces' CRS ({}) first, e.g. with "
                "GDAL Warp."
            ).format(layer.name(), layer.crs().authid(), crs.authid())
        )
    if layer.crs().isValid() and layer.crs() != crs:
        raise NrwTwinError(
            tr("The DEM '{}' is in {} but the surfaces are in {}. Reproject the DEM (GDAL Warp) to {}.").format(
                layer.name(), layer.crs().authid(), crs.authid(), crs.authid()
            )
        )
    # Two cells of margin so bilinear sampling at the area's edge has neighbours.
    margin = 2 * max(layer.rasterUnitsPerPixelX(), layer.rasterUnitsPerPixelY())
    xmin, ymin, xmax, ymax = bounds
    raster = read_raster(layer, (xmin - margin, ymin - margin, xmax + margin, ymax + margin))
    if raster is None:
        raise NrwTwinError(
            tr(
                "The DEM '{}' does not cover the area. Use a DEM (e.g. DGM1 of OpenGeodata.NRW) that covers it, "
                "or choose another area."
            ).format(layer.name())
        )
    return printmesh.Dem(raster.array, raster.geotransform, None, layer.name())


class PrintMeshAlgorithm(NrwAlgorithm):
    INPUT = "INPUT"
    DEM = "DEM"
    AOI = "AOI"
    EXTENT = "EXTENT"
    SIZE_MM = "SIZE_MM"
    SCALE = "SCALE"
    Z_EXAGGERATION = "Z_EXAGGERATION"
    BASE_MM = "BASE_MM"
    MIN_FEATURE_MM = "MIN_FEATURE_MM"
    MIN_HEIGHT_MM = "MIN_HEIGHT_MM"
    BED_MM = "BED_MM"
    FORMAT = "FORMAT"
    OUTPUT = "OUTPUT"
    OUTPUT_PREVIEW = "OUTPUT_PREVIEW"
    TRIANGLES = "TRIANGLES"
    WIDTH_MM = "WIDTH_MM"
    DEPTH_MM = "DEPTH_MM"
    HEIGHT_MM = "HEIGHT_MM"
    WATERTIGHT = "WATERTIGHT"
    GROUP_ID = "nrwprint"

    def name(self) -> str:
        return "printmesh"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("3D print model (terrain + buildings)")

    def help_text(self) -> str:
        return self.tr(
            "Writes a 3D-printable model of an area: the terrain from a DEM (e.g. DGM1) or, without one, "
            "interpolated from the buildings' ground heights; the LoD1/LoD2 buildings of a surfaces layer "
            "(written by 'Import CityGML (LoD1/LoD2)') standing on it; and a base of the given thickness whose "
            "side walls follow the area outline (any polygon, with holes). STL and OBJ (colours in an MTL file) "
            "hold one closed, consistently oriented solid without self-intersections; a 3MF holds one object "
            "whose parts are the buildings (second extruder/filament) and the terrain with the base (first), "
            "coloured with standard 3MF materials, so slicers keep the parts in place.\n"
            "Area: the polygons of an area layer, else the extent, else the buildings' extent plus 10 m.\n"
            "Size: SIZE_MM is the longest side of the footprint; or give SCALE (1:N). Heights are multiplied by "
            "Z_EXAGGERATION. No part of a building is narrower than MIN_FEATURE_MM: thinner parts are removed, "
            "buildings that would vanish are thickened, or merged into the neighbour they touch when there is "
            "no room, or left out; each building is one body. Buildings rise at least MIN_HEIGHT_MM above the "
            "terrain. All of it is counted in the log. Building edges are exact to the 0.2 mm print grid; flat "
            "terrain is decimated to 0.05 mm height tolerance. BED_MM splits the model into tiles that fit a "
            "print bed; each tile is a closed solid and neighbouring tiles match along the cut. All files (tiles, "
            "MTL, preview) appear together or not at all.\n"
            "Models over 1 m or under 10 mm are refused. The surfaces and the DEM must use a projected CRS in "
            "metres (EPSG:25832 in NRW)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Building surfaces"), [QgsProcessing.SourceType.TypeVectorPolygon]
            ),
            self.tr(
                "Surfaces layer of 'Import CityGML (LoD1/LoD2)' (MultiPolygonZ with surface_id, building_id, "
                "part_id, surface_type)."
            ),
        )
        add(
            QgsProcessingParameterRasterLayer(self.DEM, self.tr("Terrain model (DEM)"), optional=True),
            self.tr(
                "Optional DEM (DGM1) in the surfaces' CRS. Without it the terrain is interpolated from the "
                "buildings' ground heights."
            ),
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.AOI, self.tr("Area outline"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True
            ),
            self.tr("Optional polygon layer: the model's outline (all its polygons, any CRS)."),
        )
        add(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Area (extent)"), optional=True),
            self.tr("Rectangular area, used when no area outline is given."),
        )
        add(
            QgsProcessingParameterNumber(
                self.SIZE_MM,
                self.tr("Model size (longest side, mm)"),
                QgsProcessingParameterNumber.Type.Double,
                150.0,
                False,
                10.0,
                1000.0,
            ),
            self.tr("Length of the longest side of the model's footprint in millimetres."),
        )
        add(
            QgsProcessingParameterNumber(
                self.Z_EXAGGERATION,
                self.tr("Vertical exaggeration"),
                QgsProcessingParameterNumber.Type.Double,
                1.0,
                False,
                0.1,
                20.0,
            ),
            self.tr("Factor for all heights (1 = true to scale)."),
        )
        add(
            QgsProcessingParameterNumber(
                self.BASE_MM,
                self.tr("Base thickness (mm)"),
                QgsProcessingParameterNumber.Type.Double,
                3.0,
                False,
                0.0,
                100.0,
            ),
            self.tr("Thickness of the base below the lowest terrain point, in millimetres."),
        )
        add(
            QgsProcessingParameterEnum(self.FORMAT, self.tr("File format"), ["STL", "3MF", "OBJ"], False, 0),
            self.tr(
                "STL (one solid), 3MF (one object: building parts and the terrain part, coloured) or OBJ with MTL "
                "colours."
            ),
        )
        add(
            QgsProcessingParameterNumber(
                self.SCALE,
                self.tr("Scale 1:N (0 = use the model size)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                True,
                0.0,
            ),
            self.tr("Map scale denominator, e.g. 5000 for 1:5000; replaces the model size when above 0."),
            advanced=True,
        )
        add(
            QgsProcessingParameterNumber(
                self.MIN_FEATURE_MM,
                self.tr("Minimum printable feature (mm)"),
                QgsProcessingParameterNumber.Type.Double,
                0.8,
                False,
                0.1,
                10.0,
            ),
            self.tr("Thinner parts are removed (slivers) or thickened (whole buildings); both are counted."),
            advanced=True,
        )
        add(
            QgsProcessingParameterNumber(
                self.MIN_HEIGHT_MM,
                self.tr("Minimum building height above the terrain (mm)"),
                QgsProcessingParameterNumber.Type.Double,
                0.4,
                False,
                0.0,
                10.0,
            ),
            self.tr(
                "Buildings that would rise less above the terrain are lifted to it (0.4 mm = two 0.2 mm layers), "
                "so every building shows in the print; 0 keeps true heights and warns about buildings too low to "
                "show, naming the exaggeration that would show them."
            ),
            advanced=True,
        )
        add(
            QgsProcessingParameterNumber(
                self.BED_MM,
                self.tr("Print bed size (mm, 0 = no tiles)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                True,
                0.0,
            ),
            self.tr("Split the model into tiles of at most this size; files get _tile_<row>_<column> names."),
            advanced=True,
        )
        add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("3D print file"), self.tr("3D print files (*.stl *.3mf *.obj)")
            ),
            self.tr("File to write; its extension is set to match the format."),
        )
        add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PREVIEW,
                self.tr("Preview image"),
                self.tr("PNG files (*.png)"),
                optional=True,
                createByDefault=False,
            ),
            self.tr("Optional PNG picture of the model (oblique view, terrain and building colours)."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.TRIANGLES, self.tr("Triangles")))
        self.addOutput(QgsProcessingOutputNumber(self.WIDTH_MM, self.tr("Width (mm)")))
        self.addOutput(QgsProcessingOutputNumber(self.DEPTH_MM, self.tr("Depth (mm)")))
        self.addOutput(QgsProcessingOutputNumber(self.HEIGHT_MM, self.tr("Height (mm)")))
        self.addOutput(QgsProcessingOutputBoolean(self.WATERTIGHT, self.tr("Watertight")))

    def _outline(self, parameters, context, crs) -> Optional[list]:
        aoi = self.parameterAsSource(parameters, self.AOI, context) if parameters.get(self.AOI) else None
        if aoi is not None:
            request = QgsFeatureRequest()
            if aoi.sourceCrs().isValid() and aoi.sourceCrs() != crs:
                request.setDestinationCrs(crs, context.transformContext())
            geometries = [f.geometry() for f in aoi.getFeatures(request) if f.hasGeometry()]
            union = QgsGeometry.unaryUnion(geometries) if geometries else QgsGeometry()
            outline = geometry_rings(union)
            if not outline or union.area() <= 0:
                raise NrwTwinError(
                    self.tr("The area layer holds no polygon with a surface. Draw or choose an area outline.")
                )
            return outline
        if parameters.get(self.EXTENT):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
            if rect.isNull() or rect.width() <= 0 or rect.height() <= 0:
                raise NrwTwinError(self.tr("The area (extent) is empty. Give an extent with a width and height."))
            x0, y0, x1, y1 = rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()
            return [[np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])]]
        return None

    def process(self, parameters, context, feedback):
        progress = FeedbackProgress(feedback)
        source = source_without_geometry_checks(self, parameters, self.INPUT, context)
        if source is None:
            raise NrwTwinError(self.tr("The building surfaces layer cannot be read."))
        crs = source.sourceCrs()
        if not crs.isValid() or crs.isGeographic():
            progress.info(self.tr("The surfaces are in a geographic CRS; they are reprojected to EPSG:25832."))
            crs = QgsCoordinateReferenceSystem(GRID_CRS)
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise NrwTwinError(self.tr("The building surfaces layer must hold polygons."))
        surfaces = surfaces_from_source(source, context, feedback, target_crs=crs, what=self.tr("The surfaces layer"))
        outline = self._outline(parameters, context, crs)
        dem = self._dem(parameters, context, crs, outline, surfaces)
        fmt = printmesh.FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        options = self._options(parameters, context)
        model = printmesh.build_print_model(
            surfaces, outline, dem, options, with_parts=(fmt == "3MF"), progress=SubProgress(progress, 5, 90)
        )
        target = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        extension = printmesh.EXTENSIONS[fmt]
        if target.suffix.lower() != extension:
            target = target.with_suffix(extension)
        preview = self.parameterAsFileOutput(parameters, self.OUTPUT_PREVIEW, context) or None
        written = self._write(model, target, fmt, preview, parameters, context, feedback, progress)
        info, warnings = summary(model, options, len(written), written.triangles)
        for message in info:
            progress.info(message)
        for message in warnings:
            progress.warning(message)
        progress.set_progress(100)
        results = {
            self.OUTPUT: str(written[0]),
            self.TRIANGLES: written.triangles,
            self.WIDTH_MM: model.width_mm,
            self.DEPTH_MM: model.depth_mm,
            self.HEIGHT_MM: model.height_mm,
            self.WATERTIGHT: self._watertight(model, fmt),
        }
        if preview:
            results[self.OUTPUT_PREVIEW] = preview
        return results

    def _dem(self, parameters, context, crs, outline, surfaces) -> Optional[printmesh.Dem]:
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context) if parameters.get(self.DEM) else None
        if dem_layer is None:
            return None
        if outline is not None:
            pts = np.concatenate([r for polygon in outline for r in polygon])
        else:
            pts = np.concatenate([p.exterior[:, :2] for s in surfaces for p in s.polygons] or [np.zeros((0, 2))])
            if len(pts):
                pts = np.concatenate([pts - 10.0, pts + 10.0])
        if len(pts):
            bounds = (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())
        else:
            extent = dem_layer.extent()
            bounds = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        return read_dem(dem_layer, crs, bounds, self.tr)

    def _options(self, parameters, context) -> printmesh.PrintOptions:
        scale = self.parameterAsDouble(parameters, self.SCALE, context) if parameters.get(self.SCALE) else 0.0
        bed = self.parameterAsDouble(parameters, self.BED_MM, context) if parameters.get(self.BED_MM) else 0.0
        min_height = 0.4
        if parameters.get(self.MIN_HEIGHT_MM) is not None:
            min_height = self.parameterAsDouble(parameters, self.MIN_HEIGHT_MM, context)
        return printmesh.PrintOptions(
            size_mm=self.parameterAsDouble(parameters, self.SIZE_MM, context),
            scale=scale if scale and scale > 0 else None,
            z_exaggeration=self.parameterAsDouble(parameters, self.Z_EXAGGERATION, context),
            base_mm=self.parameterAsDouble(parameters, self.BASE_MM, context),
            min_feature_mm=self.parameterAsDouble(parameters, self.MIN_FEATURE_MM, context),
            min_height_mm=min_height,
            bed_mm=bed if bed and bed > 0 else None,
        )

    def _write(self, model, target: Path, fmt: str, preview, parameters, context, feedback, progress):
        """Every file of the model (tiles, MTL, preview) staged, then moved into place together."""
        created = []
        for folder in {target.parent, Path(preview).parent if preview else target.parent}:
            if not folder.exists():
                try:
                    folder.mkdir(parents=True)
                except OSError as error:
                    raise write_error(error, str(folder)) from None
                created.append(folder)
        try:
            with RunOutputs(self, parameters, context) as outputs:
                written = printmesh.write_model(
                    model, target, fmt, outputs=outputs, preview=preview, progress=SubProgress(progress, 90, 99)
                )
                outputs.commit(feedback)
        except BaseException:
            for folder in created:  # a folder this run made goes again when nothing was written into it
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
        return written

    @staticmethod
    def _watertight(model, fmt: str) -> bool:
        meshes = [tile.solid for tile in model.tiles]
        if fmt == "3MF":
            meshes = [part for tile in model.tiles for part in tile.parts]
        return bool(meshes) and all(is_closed_oriented(mesh) for mesh in meshes)
