"""NRW Digital Twin (Digitaler Zwilling NRW): QGIS plugin entry point."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    from .plugin import NrwDigitalTwinPlugin

    return NrwDigitalTwinPlugin(iface)
