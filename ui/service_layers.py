"""Add GEObasis.NRW map services to the project as layers of QGIS's own providers.

``service_layer`` builds the data source for QGIS's ``wms`` provider (WMS and WMTS), ``WFS``
provider and ``wcs`` provider in EPSG:25832; ``add_service_layer`` puts the layer into a layer-tree
group and records the attribution and licence (© GEObasis.NRW, dl-de/zero-2-0) in the layer's
attribution and metadata. The catalogue is the engine's ``algorithms/services.json`` with the QGIS
setting ``nrw_digital_twin/services_override`` and the ``NRWTWIN_SERVICES`` file applied.
"""

from __future__ import annotations

from typing import Optional, Union

from qgis.core import (
    QgsDataSourceUri,
    QgsLayerMetadata,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from ..algorithms.errors import NrwTwinError
from ..algorithms.services import Catalogue, Service, load_catalogue
from ..processing_provider.service_catalogue import catalogue_from_settings
from ..translate import qgis_locale, tr

DEFAULT_GROUP = "NRW-Dienste"


def _encoded(uri: QgsDataSourceUri) -> str:
    data = uri.encodedUri()
    return bytes(data).decode("utf-8") if not isinstance(data, str) else data


def layer_uri(service: Service, layer_name: str) -> str:
    """Data source string for QGIS's provider of ``service`` (see :func:`provider_key`)."""
    layer = service.layer(layer_name)
    uri = QgsDataSourceUri()
    if service.kind in ("wms", "wmts"):
        uri.setParam("contextualWMSLegend", "0")
        uri.setParam("crs", service.crs)
        uri.setParam("dpiMode", "7")
        uri.setParam("format", str(service.get("format", "image/png")))
        uri.setParam("layers", layer.name)
        uri.setParam("styles", str(service.get("style", "default" if service.kind == "wmts" else "")))
        if service.kind == "wmts":
            uri.setParam("tileMatrixSet", str(service.get("tile_matrix_set", "EPSG_25832_16")))
        uri.setParam("url", service.url)
        return _encoded(uri)
    if service.kind == "wfs":
        uri.setParam("url", service.url)
        uri.setParam("typename", layer.name)
        uri.setParam("version", service.version or "auto")
        uri.setParam("srsname", service.crs)
        uri.setParam("restrictToRequestBBOX", "1")
        return uri.uri(False)
    if service.kind == "wcs":
        uri.setParam("url", service.url)
        uri.setParam("identifier", layer.name)
        uri.setParam("crs", service.crs)
        uri.setParam("format", str(service.get("qgis_format", "GeoTIFF")))
        if service.get("qgis_version"):
            uri.setParam("version", str(service.get("qgis_version")))
        return _encoded(uri)
    raise NrwTwinError(
        tr("Unknown service kind '{}' of service '{}'. Fix the services override.").format(service.kind, service.id)
    )


def provider_key(service: Service) -> str:
    return {"wms": "wms", "wmts": "wms", "wfs": "WFS", "wcs": "wcs"}[service.kind]


def _resolve(entry: Union[Service, str], catalogue: Optional[Catalogue]) -> Service:
    if isinstance(entry, Service):
        return entry
    return (catalogue or catalogue_from_settings()).service(str(entry))


def service_layer(entry: Union[Service, str], layer_name: str, catalogue: Optional[Catalogue] = None) -> QgsMapLayer:
    """A new (not yet added) layer of ``entry``'s ``layer_name`` through QGIS's own provider.

    Raises NrwTwinError naming the service when QGIS cannot open it.
    """
    service = _resolve(entry, catalogue)
    layer = service.layer(layer_name)
    uri = layer_uri(service, layer.key)
    name = layer.title(qgis_locale())
    if service.kind == "wfs":
        map_layer: QgsMapLayer = QgsVectorLayer(uri, name, "WFS")
    else:
        map_layer = QgsRasterLayer(uri, name, provider_key(service))
    if not map_layer.isValid():
        error = _error_text(map_layer.error())
        provider = map_layer.dataProvider()
        if not error and provider is not None:
            error = _error_text(provider.error())
        raise NrwTwinError(
            tr(
                "{} ({}): QGIS cannot open the layer '{}' ({}). Check the internet connection and the proxy "
                "(QGIS Settings → Options → Network); if a services override is set, check its URL."
            ).format(service.title_en, service.url, layer.name, error.strip() or tr("no details"))
        )
    set_attribution(map_layer, service, catalogue)
    return map_layer


def _error_text(error) -> str:
    """QgsError summary; an empty QgsError must not be asked for its summary (crashes QGIS 3.22)."""
    if error is None or error.isEmpty():
        return ""
    return error.summary()


def set_attribution(layer: QgsMapLayer, service: Service, catalogue: Optional[Catalogue] = None) -> None:
    """Credit GEObasis.NRW and the licence in the layer's attribution and metadata."""
    attribution = (catalogue.attribution if catalogue else None) or load_catalogue().attribution
    text = f"{attribution.get('text', '© GEObasis.NRW')}, {attribution.get('licence', 'dl-de/zero-2-0')}"
    url = attribution.get("licence_url", "https://www.govdata.de/dl-de/zero-2-0")
    props = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    if props is not None and hasattr(props, "setAttribution"):
        props.setAttribution(text)
        props.setAttributionUrl(url)
    else:
        layer.setAttribution(text)
        layer.setAttributionUrl(url)
    metadata = QgsLayerMetadata(layer.metadata())
    metadata.setTitle(service.title(qgis_locale()))
    metadata.setRights([text])
    metadata.setLicenses([f"{attribution.get('licence_name', 'Datenlizenz Deutschland – Zero – Version 2.0')} ({url})"])
    metadata.setIdentifier(f"{service.id}:{layer.name()}")
    layer.setMetadata(metadata)


def layer_attribution(layer: QgsMapLayer) -> str:
    """The attribution text set by :func:`set_attribution` (QGIS 3.22 to 4.x)."""
    props = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    if props is not None and hasattr(props, "attribution"):
        return props.attribution()
    return layer.attribution()


def add_service_layer(
    entry: Union[Service, str],
    layer_name: str,
    project: Optional[QgsProject] = None,
    group_name: str = DEFAULT_GROUP,
    catalogue: Optional[Catalogue] = None,
) -> QgsMapLayer:
    """Add ``layer_name`` of ``entry`` to ``project`` (default: the current project) inside the
    layer-tree group ``group_name`` (created at the top when missing); returns the layer."""
    project = project or QgsProject.instance()
    layer = service_layer(entry, layer_name, catalogue)
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.insertGroup(0, group_name)
    project.addMapLayer(layer, False)
    group.addLayer(layer)
    return layer

