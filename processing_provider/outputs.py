"""All outputs of one algorithm run: every write checked, staged under temporary names, moved into
place together (``algorithms/files.OutputSet``) and verified on disk before a count is reported.

Use it in ``process``::

    with RunOutputs(self, parameters, context) as outputs:
        sink, dest = outputs.sink(self.OUTPUT, fields, wkb_type, crs)
        sink.add(feature)                          # raises OutputWriteError when QGIS refuses it
        png = outputs.file(self.OUTPUT_PNG)         # a path to write to
        outputs.commit(feedback)                   # verify counts on disk, then rename all at once
    # leaving the block without commit (error, cancel) removes every staged file

Destinations that are not files (memory layers, database URIs, a layer inside an existing GeoPackage)
are written directly; their writes are still checked.
"""
from __future__ import annotations

import os
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
)
from qgis.PyQt import sip

from ..algorithms.errors import Canceled, OutputWriteError, write_error
from ..algorithms.files import OutputSet, free_bytes
from ..algorithms.messages import msg
from . import layer_styles

NON_FILE_PREFIXES = ("memory:", "ogr:", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:", "hana:")


def destination_value(value: Any) -> str:
    """The plain destination string of a Processing output parameter value ('' when computed)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        sink = value.sink
        if sink.propertyType() != QgsProperty.Type.StaticProperty:
            return ""
        value = sink.staticValue()
    if isinstance(value, QgsProperty):
        value = value.staticValue() if value.propertyType() == QgsProperty.Type.StaticProperty else ""
    return value.strip() if isinstance(value, str) else ""


def file_destination(path: str) -> str:
    """``path`` when it names a whole file the run may replace; '' for memory layers, databases, URLs and
    layers inside an existing file (``x.gpkg|layername=…``)."""
    if not path or path.startswith(NON_FILE_PREFIXES) or "://" in path or "|" in path:
        return ""
    if path == "TEMPORARY_OUTPUT":
        return ""
    return path


class CheckedSink:
    """A feature sink whose every write is checked; counts what it wrote."""

    def __init__(self, sink: QgsFeatureSink, destination: str, fields=None, wkb_type=None, value_maps=None) -> None:
        self.sink = sink
        self.destination = destination
        self.count = 0
        # What the stored default style describes (field_styles): aliases, value maps, 2D style.
        self.fields, self.wkb_type, self.value_maps = fields, wkb_type, value_maps

    def add(self, feature) -> None:
        if not self.sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            self._fail()
        self.count += 1

    def add_many(self, features) -> None:
        features = list(features)
        if not features:
            return
        if not self.sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            self._fail()
        self.count += len(features)

    # QgsFeatureSink-compatible names, so engine-facing helpers can take either.
    def addFeature(self, feature, flags=None) -> bool:  # noqa: N802
        self.add(feature)
        return True

    def addFeatures(self, features, flags=None) -> bool:  # noqa: N802
        self.add_many(features)
        return True

    def _fail(self) -> None:
        error = ""
        last_error = getattr(self.sink, "lastError", None)
        if last_error is not None:
            error = last_error() or ""
        raise OutputWriteError(cause_message(self.destination, error))

    def close(self) -> None:
        """Flush and close the file now (QGIS writes the rest when the sink object is destroyed)."""
        sink, self.sink = self.sink, None
        if sink is not None and not sip.isdeleted(sink) and sip.ispyowned(sink):
            sip.delete(sink)


def cause_message(destination: str, error: str = ""):
    """The user's message for a failed write to ``destination``: disk full and permissions named."""
    folder = os.path.dirname(destination) if destination else ""
    free = free_bytes(folder) if folder and os.path.isdir(folder) else None
    if free is not None and free < 1_000_000:
        return msg("Not enough space on the disk for {}. Free some space or choose another folder.", destination)
    if folder and os.path.isdir(folder) and not os.access(folder, os.W_OK):
        return msg("No permission to write {}. Choose a folder you may write to.", destination)
    if error:
        return msg("Could not write {}: {}.", destination, error)
    return msg("Could not write {}. Check the disk space and the folder's permissions.", destination)


class RunOutputs:
    """Outputs of one algorithm run; see the module docstring."""

    def __init__(self, algorithm, parameters: Dict[str, Any], context) -> None:
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.files = OutputSet()
        self._sinks: List[Tuple[CheckedSink, str, str, str]] = []  # sink, staged dest, final, layer name
        self._finals: Dict[str, str] = {}  # staged sink destination → final destination
        self._staged_files: Dict[str, str] = {}  # staged file → final file

    # -- outputs ---------------------------------------------------------------------------------
    def sink(self, name: str, fields, wkb_type, crs, sink_flags=None, value_maps=None) -> Tuple[CheckedSink, str]:
        """A checked feature sink for the output parameter ``name`` and its final destination id.

        ``value_maps``: field name → {stored value: label} (or a function returning one) for coded
        fields beyond those field_styles knows; stored with the output's aliases and 2D style.
        """
        value = self.parameters.get(name)
        plain = destination_value(value)
        if plain == "TEMPORARY_OUTPUT" or (not plain and value in (None, "")):
            # Resolve Processing's temporary file now, so it can be staged like any other file.
            plain = self.algorithm.parameterAsOutputLayer(self.parameters, name, self.context)
        final = file_destination(plain)
        parameters = self.parameters
        if final:
            staged = str(self.files.path(final))
            definition = QgsProcessingOutputLayerDefinition(value) if isinstance(
                value, QgsProcessingOutputLayerDefinition
            ) else QgsProcessingOutputLayerDefinition(final)
            definition.sink = QgsProperty.fromValue(staged)
            parameters = dict(self.parameters)
            parameters[name] = definition
        args = (parameters, name, self.context, fields, wkb_type, crs)
        try:
            if sink_flags is not None:
                sink, dest = self.algorithm.parameterAsSink(*args, QgsFeatureSink.SinkFlags(sink_flags))
            else:
                sink, dest = self.algorithm.parameterAsSink(*args)
        except Exception as error:  # QgsProcessingException: the file could not be created
            raise OutputWriteError(cause_message(final or plain, str(error))) from None
        if sink is None:
            raise OutputWriteError(cause_message(final or plain))
        checked = CheckedSink(sink, final or dest, fields, wkb_type, value_maps)
        if final:
            self._finals[dest] = final
            self._sinks.append((checked, dest, final, os.path.splitext(os.path.basename(final))[0]))
            return checked, final
        self._sinks.append((checked, dest, "", ""))
        return checked, dest

    def file(self, name: str, layer: bool = False) -> str:
        """A path to write the file output ``name`` to ('' when the optional output is off)."""
        if layer:
            final = self.algorithm.parameterAsOutputLayer(self.parameters, name, self.context)
        else:
            final = self.algorithm.parameterAsFileOutput(self.parameters, name, self.context)
        return self.path(final) if final else ""

    def path(self, final: str) -> str:
        """A staged path for ``final``: an output file, or an extra file next to it (print-bed tiles)."""
        staged = str(self.files.path(final))
        self._staged_files[staged] = final
        return staged

    def final(self, staged: str) -> str:
        """The final path of a staged output (what the run returns to the user)."""
        return self._staged_files.get(staged) or self._finals.get(staged, staged)

    # -- commit ----------------------------------------------------------------------------------
    def commit(self, feedback=None) -> None:
        """Close every sink, verify what is on disk, then move all outputs into place together."""
        if feedback is not None and feedback.isCanceled():
            raise Canceled()
        for checked, staged, final, layer_name in self._sinks:
            checked.close()
            if final:
                verify_feature_count(staged, layer_name, checked.count, final)
                layer_styles.store_output_style(
                    staged, layer_name, checked.fields, checked.wkb_type, checked.value_maps
                )
        self.files.commit()
        self._remap_layers_to_load()
        self._style_layers_to_load()

    def _style_layers_to_load(self) -> None:
        """Loaded outputs without a post-processor of their algorithm get the default one (stored style
        with aliases and value maps, 3D renderer)."""
        for _checked, dest, final, _layer_name in self._sinks:
            destination = final or dest
            if not self.context.willLoadLayerOnCompletion(destination):
                continue
            details = self.context.layerToLoadOnCompletionDetails(destination)
            if details.postProcessor() is None:
                details.setPostProcessor(layer_styles.post_processor())

    def _remap_layers_to_load(self) -> None:
        if not self._finals:
            return
        layers = self.context.layersToLoadOnCompletion()
        changed = False
        for staged, final in self._finals.items():
            if staged in layers:
                layers[final] = layers.pop(staged)
                changed = True
        if changed:
            self.context.setLayersToLoadOnCompletion(layers)

    def discard(self) -> None:
        for checked, *_rest in self._sinks:
            try:
                checked.close()
            except Exception:  # noqa: BLE001 - closing a broken sink must not hide the first error
                pass
        self._drop_layers_to_load()
        self.files.discard()

    def _drop_layers_to_load(self) -> None:
        layers = self.context.layersToLoadOnCompletion()
        stale = [key for key in self._finals if key in layers]
        for key in stale:
            layers.pop(key)
        if stale:
            self.context.setLayersToLoadOnCompletion(layers)

    def __enter__(self) -> "RunOutputs":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.files.committed:
            self.discard()


def verify_feature_count(path: str, layer_name: str, expected: int, final: str) -> None:
    """Raise when the closed file at ``path`` does not hold ``expected`` features (disk full, …)."""
    from osgeo import gdal, ogr

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.Open(path) if os.path.exists(path) else None
        count = _count_features(dataset, layer_name) if dataset is not None else None
        dataset = None
    except RuntimeError:  # GDAL's exceptions are on (QGIS ≥ 3.40's Processing turns them on): unreadable
        count = None
    finally:
        gdal.PopErrorHandler()
    if count == expected:
        return
    folder = os.path.dirname(final)
    free = free_bytes(folder)
    if free is not None and free < 1_000_000:
        raise write_error(OSError(28, "No space left on device"), final)
    if count is None:
        raise OutputWriteError(cause_message(final))
    raise OutputWriteError(
        msg("The output {} holds {:,} of {:,} features after writing. Check the disk and try again.", final, count,
            expected)
    )


def _count_features(dataset, layer_name: str) -> Optional[int]:
    layer = dataset.GetLayerByName(layer_name) if layer_name else None
    if layer is None and dataset.GetLayerCount() == 1:
        layer = dataset.GetLayer(0)
    if layer is None:
        return None
    return int(layer.GetFeatureCount())
