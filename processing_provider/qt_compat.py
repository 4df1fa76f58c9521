"""Qt 5 / Qt 6 neutral names for what differs between QGIS 3.22 and QGIS 4.

Field types: QGIS ≥ 3.38 takes ``QMetaType.Type`` (the only kind Qt 6 has); older QGIS takes
``QVariant.Type``. Everything else the plugin uses works with fully scoped enums on every supported
version (``Qgis.MessageLevel.Critical``, ``QgsProcessing.SourceType.TypeVectorPolygon``), so there is
nothing else here. ``make lint`` runs ``scripts/check_qt6.py``, which refuses unscoped enums and
``QVariant.<Type>``.
"""
from __future__ import annotations

from qgis.core import Qgis

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    class FieldType:
        String = QMetaType.Type.QString
        Int = QMetaType.Type.Int
        LongLong = QMetaType.Type.LongLong
        Double = QMetaType.Type.Double
        Bool = QMetaType.Type.Bool
        Date = QMetaType.Type.QDate
        DateTime = QMetaType.Type.QDateTime

else:  # QGIS 3.22 – 3.36 (Qt 5)
    from qgis.PyQt.QtCore import QVariant

    class FieldType:  # type: ignore[no-redef]
        String = QVariant.Type.String
        Int = QVariant.Type.Int
        LongLong = QVariant.Type.LongLong
        Double = QVariant.Type.Double
        Bool = QVariant.Type.Bool
        Date = QVariant.Type.Date
        DateTime = QVariant.Type.DateTime


def is_numeric(field_type) -> bool:
    """True for integer and floating-point field types (any Qt version)."""
    return field_type in (FieldType.Int, FieldType.LongLong, FieldType.Double)


try:  # Qt 6: QAction moved to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt 5
    from qgis.PyQt.QtWidgets import QAction  # noqa: F401 - re-exported for plugin.py
