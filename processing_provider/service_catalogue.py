"""The NRW service catalogue as the Processing wrappers and the dock see it: overrides from QGIS's
settings, and stable choice keys for the algorithms' SERVICE parameters.

A saved model stores the SERVICE enum of ``nrwtwin:downloadwfs``/``downloadwms`` as a number. That
number must keep meaning the same layer when the catalogue changes (a plugin update that adds or
reorders services, a user's override that replaces a layer list), so the enum is not built from the
catalogue: each number is a *choice key* ``<service id>/<layer key>`` in :data:`WFS_CHOICES` /
:data:`WMS_CHOICES`, lists that are only ever appended to. The keys are resolved in the current
catalogue when the algorithm runs. The optional string parameter SERVICE_KEY carries a key directly
(it wins over the enum), which also reaches layers that only an override adds.
"""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from ..algorithms.errors import NrwTwinError
from ..algorithms.messages import msg
from ..algorithms.services import SETTING_KEY, Catalogue, Service, ServiceLayer, load_catalogue
from ..translate import qgis_locale
from .network import setting

#: SERVICE of nrwtwin:downloadwfs. Permanent: append new keys, never reorder or remove (saved models
#: store the position). The first nine are the catalogue's order when the parameter was introduced.
WFS_CHOICES: Tuple[str, ...] = (
    "alkis_simple/ave:Flurstueck",
    "alkis_simple/ave:FlurstueckPunkt",
    "alkis_simple/ave:GebaeudeBauwerk",
    "alkis_simple/ave:KatasterBezirk",
    "alkis_simple/ave:Nutzung",
    "alkis_simple/ave:NutzungFlurstueck",
    "alkis_simple/ave:VerwaltungsEinheit",
    "inspire_parcels/cp:CadastralParcel",
    "lod1_wfs/bldg:Building",
)

#: SERVICE of nrwtwin:downloadwms. Permanent like :data:`WFS_CHOICES`.
WMS_CHOICES: Tuple[str, ...] = (
    "dop/nw_dop_rgb",
    "dop/nw_dop_cir",
    "alkis/adv_alkis_flurstuecke",
    "alkis/adv_alkis_gebaeude",
    "alkis/adv_alkis_tatsaechliche_nutzung",
    "dtk/nw_dtk_col",
    "dtk/nw_dtk_pan",
    "hillshade/nw_dgm-schummerung_pan",
    "hillshade/nw_dgm-schummerung_col",
    "ndom_wms/nw_ndom",
    "lod_overview/nw_3d_gm_uebersicht",
)


def services_override_setting() -> str:
    """The QGIS setting ``nrw_digital_twin/services_override`` (JSON file path or JSON text)."""
    return str(setting(SETTING_KEY, "") or "")


def catalogue_from_settings() -> Catalogue:
    """The service catalogue with the QGIS setting and the ``NRWTWIN_SERVICES`` override applied."""
    return load_catalogue(override=services_override_setting() or None)


def choice_catalogue() -> Catalogue:
    """The catalogue for enum labels; a broken override falls back to the built-in catalogue (the run
    then reports the override's error)."""
    try:
        return catalogue_from_settings()
    except NrwTwinError:
        return load_catalogue(environ={})


def choice_labels(choices: Sequence[str], catalogue: Optional[Catalogue] = None) -> List[str]:
    """Enum labels "service: layer (layer key)" in QGIS's language for the choice keys ``choices``."""
    catalogue = catalogue or choice_catalogue()
    builtin = load_catalogue(environ={})
    language = qgis_locale()
    labels = []
    for key in choices:
        found = _find(catalogue, key) or _find(builtin, key)
        if found is None:
            labels.append(key)
            continue
        service, layer = found
        labels.append(f"{service.title(language)}: {layer.title(language)} ({layer.key})")
    return labels


def _find(catalogue: Catalogue, key: str) -> Optional[Tuple[Service, ServiceLayer]]:
    service_id, _, layer_key = key.partition("/")
    for service in catalogue.services:
        if service.id == service_id:
            for layer in service.layers:
                if layer.key == layer_key:
                    return service, layer
    return None


def resolve_choice(
    catalogue: Catalogue, kind: str, choices: Sequence[str], index: int, key: str = ""
) -> Tuple[Service, ServiceLayer]:
    """(service, layer) of a run: the choice key ``key`` when given, else ``choices[index]``.

    Raises NrwTwinError naming the key when the current catalogue has no such layer of ``kind``.
    """
    key = (key or "").strip()
    if not key:
        if not 0 <= index < len(choices):
            raise NrwTwinError(
                msg("There is no choice number {} (0 to {}). Pick a layer from the list.", index, len(choices) - 1)
            )
        key = choices[index]
    service_id, separator, layer_key = key.partition("/")
    if not separator or not layer_key:
        raise NrwTwinError(
            msg("'{}' is not a service key of the form service id/layer key, such as {}.", key, choices[0])
        )
    service = catalogue.service(service_id)
    if service.kind != kind:
        raise NrwTwinError(
            msg(
                "The service '{}' ({}) is a {} service, not a {} service. Choose one of: {}.",
                service.id,
                service.url,
                service.kind.upper(),
                kind.upper(),
                ", ".join(choices),
            )
        )
    return service, service.layer(layer_key)


def service_for_product(catalogue: Catalogue, kind: str, product: str) -> Service:
    """The first service of ``kind`` whose catalogue field ``product`` is ``product`` (DGM, DOM, nDOM)."""
    for service in catalogue.of_kind(kind):
        if str(service.get("product", "")).lower() == product.lower():
            return service
    raise NrwTwinError(
        msg(
            "No {} service for the product {} in the service catalogue. Add one in the services override "
            "(setting '{}').",
            kind.upper(),
            product,
            SETTING_KEY,
        )
    )
