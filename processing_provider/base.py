"""Shared plumbing of the plugin's Processing algorithms: translation, help, errors, progress."""
from __future__ import annotations

import traceback
from typing import Any, Dict, Iterable, Tuple

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFields,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsRectangle,
)

from ..algorithms.errors import Canceled, NrwTwinError, os_error_message
from ..algorithms.proj import keep_thread_context
from ..translate import localize, tr
from . import field_styles

GRID_CRS = QgsCoordinateReferenceSystem("EPSG:25832")


class FeedbackProgress:
    """Adapts QgsProcessingFeedback to the engine's Progress protocol."""

    def __init__(self, feedback: QgsProcessingFeedback) -> None:
        self.feedback = feedback

    def set_progress(self, percent: float) -> None:
        self.feedback.setProgress(max(0.0, min(100.0, float(percent))))

    def is_canceled(self) -> bool:
        return bool(self.feedback.isCanceled())

    def check_canceled(self) -> None:
        """Raise Canceled when the user pressed Cancel (outputs staged so far are discarded)."""
        if self.feedback.isCanceled():
            raise Canceled()

    def info(self, message: str) -> None:
        self.feedback.pushInfo(localize(message))

    def warning(self, message: str) -> None:
        self.feedback.pushWarning(localize(message))


class NrwAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses implement name/displayName/initAlgorithm/help_text and ``process``.

    ``process`` may raise NrwTwinError; it reaches the user as a QgsProcessingException with the
    engine's message (no traceback).
    """

    GROUP_ID = "nrwdata"

    def createInstance(self):  # noqa: N802
        return type(self)()

    def tr(self, text: str) -> str:
        return tr(text)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def group(self) -> str:
        return group_name(self.GROUP_ID)

    def help_text(self) -> str:
        return ""

    def shortHelpString(self) -> str:  # noqa: N802
        return self.help_text() + "\n\n" + tr(
            "Data: © GEObasis.NRW, licence Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0)."
        )

    def process(self, parameters: Dict[str, Any], context, feedback) -> Dict[str, Any]:
        raise NotImplementedError

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        if feedback is None:
            feedback = QgsProcessingFeedback()
        keep_thread_context()
        try:
            return self.process(parameters, context, feedback)
        except NrwTwinError as error:
            message = localize(error.args[0]) if error.args else localize(str(error))
        except OSError as error:
            message = localize(os_error_message(error))
            log_traceback(self.id())
        except QgsProcessingException:
            raise
        except Exception as error:  # noqa: BLE001 - a bug must reach the user as a message, not a traceback
            log_traceback(self.id())
            message = tr(
                "Unexpected error in {}: {}. The technical details are in the log panel 'NRW Digital Twin'; "
                "please report them to the plugin's issue tracker."
            ).format(self.displayName(), f"{type(error).__name__}: {error}")
        # Raised outside the handler and without the engine's traceback: QGIS keeps the last
        # exception, and its frames would keep the run's layers alive past QGIS's exit (a crash).
        del parameters, context, feedback
        raise QgsProcessingException(message)

    def add_parameter(self, parameter, help_text: str, advanced: bool = False):
        """Add a parameter with its help text (dialog tooltip, ``qgis_process help``)."""
        parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(parameter)
        return parameter

    def extent_in_grid_crs(self, parameters, name: str, context) -> QgsRectangle:
        """The extent parameter reprojected to EPSG:25832 (extents in any CRS are accepted)."""
        return self.parameterAsExtent(parameters, name, context, GRID_CRS)


def make_fields(spec: Iterable[Tuple[str, Any, Any]]) -> QgsFields:
    """Output fields from (name, field type, English label as ``msg("…")``) triples; the alias is the
    label in QGIS's language (field_styles.make_fields)."""
    return field_styles.make_fields(spec)


def group_name(group_id: str) -> str:
    return {
        "nrwdata": tr("Data"),
        "nrwimport": tr("Import"),
        "nrwanalysis": tr("Analysis"),
        "nrwprint": tr("3D print"),
        "nrwpublish": tr("Publish"),
    }.get(group_id, group_id)


LOG_TAG = "NRW Digital Twin"


def log_traceback(algorithm_id: str) -> None:
    """The current exception's traceback in QGIS's log panel, for a bug report (never in the user's face)."""
    QgsMessageLog.logMessage(f"{algorithm_id}:\n{traceback.format_exc()}", LOG_TAG, Qgis.MessageLevel.Critical)
