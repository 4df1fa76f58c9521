"""The catalogue of GEObasis.NRW map services (WMS, WMTS, WFS, WCS) as data, with overrides.

The catalogue lives in ``services.json`` next to this module: endpoints, layer / feature type /
coverage names, German and English titles, size limits, attribution and licence
(dl-de/zero-2-0). Endpoints and names follow the public GEObasis.NRW service documentation
(see docs/services.md and the recorded capabilities in tests/data/ogc/).

Every entry can be overridden, field by field (deep merge), so tests, mirrors and proxies can
point elsewhere without editing the plugin:

1. the QGIS setting ``nrw_digital_twin/services_override`` (a JSON file path or JSON text;
   read by the QGIS side and passed in as ``override``), then
2. the environment variable ``NRWTWIN_SERVICES`` naming a JSON file (applied last, wins).

Override document::

    {"services": {"alkis_simple": {"url": "http://127.0.0.1:8080/ows", "version": "1.1.0",
                                    "max_features": 4,
                                    "layers": {"ave:Flurstueck": {"name": "Flurstueck"}}}}}

``layers`` given as an object is merged into the catalogue's layers by their original name
(the *key*, which stays stable so enums and saved settings keep working); ``name`` is what is
sent to the server (QGIS Server publishes ``Flurstueck`` without the ``ave:`` prefix). ``layers``
given as a list replaces the layer list. Unknown ids with ``kind``, ``url`` and ``layers`` add new
services.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

from .errors import NrwTwinError
from .messages import Name, msg

CATALOGUE_PATH = Path(__file__).with_name("services.json")
ENV_VAR = "NRWTWIN_SERVICES"
SETTING_KEY = "nrw_digital_twin/services_override"
KINDS = ("wms", "wmts", "wfs", "wcs")


@dataclass(frozen=True)
class ServiceLayer:
    """One WMS/WMTS layer, WFS feature type or WCS coverage of a service."""

    key: str
    name: str
    title_de: str
    title_en: str
    geometry: Optional[str] = None

    def title(self, language: str = "en") -> str:
        return self.title_de if language.lower().startswith("de") else self.title_en


@dataclass(frozen=True)
class Service:
    """One OGC endpoint; ``options`` holds every field of the merged catalogue entry."""

    id: str
    kind: str
    url: str
    title_de: str
    title_en: str
    layers: List[ServiceLayer]
    options: Dict[str, Any] = field(default_factory=dict)

    def title(self, language: str = "en") -> str:
        return self.title_de if language.lower().startswith("de") else self.title_en

    def layer(self, key_or_name: str) -> ServiceLayer:
        for layer in self.layers:
            if key_or_name in (layer.key, layer.name):
                return layer
        known = ", ".join(layer.key for layer in self.layers)
        raise NrwTwinError(
            msg(
                "The service '{}' ({}) has no layer '{}'. Known layers: {}. "
                "Pick one of these or add the layer in the services override.",
                self.id,
                self.url,
                key_or_name,
                known,
            )
        )

    def get(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)

    @property
    def version(self) -> str:
        return str(self.options.get("version", ""))

    @property
    def crs(self) -> str:
        return str(self.options.get("crs", "EPSG:25832"))

    @property
    def timeout(self) -> float:
        return float(self.options.get("timeout", 60))

    @property
    def display_name(self) -> Name:
        """The title for a message argument: English, or German where the user reads German."""
        return Name(self.title_en, self.title_de)


@dataclass(frozen=True)
class Catalogue:
    services: List[Service]
    attribution: Dict[str, str]
    sources: List[str] = field(default_factory=list)

    def service(self, service_id: str) -> Service:
        for service in self.services:
            if service.id == service_id:
                return service
        raise NrwTwinError(
            msg(
                "No service with id '{}' in the NRW service catalogue. Known ids: {}. "
                "Pick one of these or add the service in the services override.",
                service_id,
                ", ".join(s.id for s in self.services),
            )
        )

    def of_kind(self, *kinds: str) -> List[Service]:
        return [service for service in self.services if service.kind in kinds]

    def layer_choices(self, *kinds: str) -> List[tuple]:
        """(service, layer) pairs of the given kinds, in catalogue order (for enums and lists)."""
        return [(service, layer) for service in self.of_kind(*kinds) for layer in service.layers]

    @property
    def attribution_text(self) -> str:
        a = self.attribution
        return f"{a.get('text', '© GEObasis.NRW')}, {a.get('licence', 'dl-de/zero-2-0')}"


def deep_merge(base: Dict[str, Any], override: Mapping[str, Any]) -> Dict[str, Any]:
    """Return ``base`` with ``override`` merged in: dicts recursively, everything else replaced."""
    result = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def _merge_layers(layers: List[Dict[str, Any]], override: Any, origin: str) -> List[Dict[str, Any]]:
    if isinstance(override, list):
        return [dict(item, key=item.get("key", item.get("name"))) for item in override]
    if not isinstance(override, Mapping):
        raise NrwTwinError(msg("{}: 'layers' must be a list or an object keyed by layer name.", origin))
    merged = []
    for layer in layers:
        key = layer.get("key", layer["name"])
        extra = override.get(key) or override.get(layer["name"])
        layer = dict(layer, key=key)
        merged.append(deep_merge(layer, dict(extra, key=key)) if extra else layer)
    known = {layer.get("key", layer["name"]) for layer in layers} | {layer["name"] for layer in layers}
    for key, extra in override.items():
        if key not in known and isinstance(extra, Mapping):
            merged.append(dict(extra, key=key, name=extra.get("name", key)))
    return merged


def apply_override(raw: Dict[str, Any], override: Mapping[str, Any], origin: str) -> Dict[str, Any]:
    """Merge one override document (see module docstring) into the raw catalogue dict."""
    if not isinstance(override, Mapping):
        raise NrwTwinError(msg("{}: the services override must be a JSON object with a 'services' member.", origin))
    result = copy.deepcopy(raw)
    if isinstance(override.get("attribution"), Mapping):
        result["attribution"] = deep_merge(result.get("attribution", {}), override["attribution"])
    entries = override.get("services", {})
    if isinstance(entries, list):
        entries = {entry.get("id"): entry for entry in entries if isinstance(entry, Mapping)}
    if not isinstance(entries, Mapping):
        raise NrwTwinError(msg("{}: 'services' must be an object keyed by service id or a list of entries.", origin))
    by_id = {entry["id"]: index for index, entry in enumerate(result["services"])}
    for service_id, fields in entries.items():
        if not isinstance(fields, Mapping):
            raise NrwTwinError(msg("{}: the override of service '{}' must be a JSON object.", origin, service_id))
        fields = dict(fields)
        layer_override = fields.pop("layers", None)
        if service_id in by_id:
            entry = deep_merge(result["services"][by_id[service_id]], fields)
        else:
            missing = [name for name in ("kind", "url") if name not in fields]
            if missing or layer_override is None:
                raise NrwTwinError(
                    msg(
                        "{}: service '{}' is not in the catalogue; a new entry needs 'kind', 'url' and 'layers'.",
                        origin,
                        service_id,
                    )
                )
            entry = dict(fields, id=service_id, layers=[])
            result["services"].append(entry)
            by_id[service_id] = len(result["services"]) - 1
        if layer_override is not None:
            entry["layers"] = _merge_layers(entry.get("layers", []), layer_override, origin)
        result["services"][by_id[service_id]] = entry
    return result


def read_override(text_or_path: str, origin: str) -> Dict[str, Any]:
    """Parse an override given as JSON text or as the path of a JSON file."""
    text = text_or_path.strip()
    if not text:
        return {}
    if not text.startswith("{"):
        path = Path(os.path.expanduser(text))
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise NrwTwinError(
                msg(
                    "The services override file {} ({}) cannot be read: {}. Fix the path or clear the setting.",
                    str(path),
                    origin,
                    error.strerror or str(error),
                )
            ) from error
        origin = f"{origin} {path}"
    try:
        return json.loads(text)
    except ValueError as error:
        raise NrwTwinError(
            msg(
                "The services override ({}) is not valid JSON: {}. Fix the JSON or clear the setting.",
                origin,
                str(error),
            )
        ) from error


def _build(raw: Dict[str, Any], sources: List[str]) -> Catalogue:
    services = []
    for entry in raw["services"]:
        kind = str(entry.get("kind", "")).lower()
        if kind not in KINDS:
            raise NrwTwinError(
                msg(
                    "Service '{}' has unknown kind '{}' (expected one of {}). Fix the services override.",
                    str(entry.get("id")),
                    kind,
                    ", ".join(KINDS),
                )
            )
        layers = []
        for item in entry.get("layers", []):
            title = item.get("title", {})
            name = str(item["name"])
            layers.append(
                ServiceLayer(
                    key=str(item.get("key", name)),
                    name=name,
                    title_de=str(title.get("de", name)),
                    title_en=str(title.get("en", title.get("de", name))),
                    geometry=item.get("geometry"),
                )
            )
        title = entry.get("title", {})
        options = {k: v for k, v in entry.items() if k not in ("layers",)}
        options["kind"] = kind
        services.append(
            Service(
                id=str(entry["id"]),
                kind=kind,
                url=str(entry["url"]),
                title_de=str(title.get("de", entry["id"])),
                title_en=str(title.get("en", title.get("de", entry["id"]))),
                layers=layers,
                options=options,
            )
        )
    return Catalogue(services=services, attribution=dict(raw.get("attribution", {})), sources=sources)


def load_catalogue(override: Optional[str] = None, environ: Optional[Mapping[str, str]] = None) -> Catalogue:
    """The service catalogue with the QGIS-setting ``override`` (JSON text or path) and then the
    file named by ``NRWTWIN_SERVICES`` merged in.
    """
    environ = os.environ if environ is None else environ
    raw = json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))
    sources = [str(CATALOGUE_PATH)]
    if override:
        raw = apply_override(raw, read_override(override, f"QGIS setting {SETTING_KEY}"), SETTING_KEY)
        sources.append(SETTING_KEY)
    env_value = environ.get(ENV_VAR, "")
    if env_value.strip():
        raw = apply_override(raw, read_override(env_value, f"environment variable {ENV_VAR}"), ENV_VAR)
        sources.append(f"{ENV_VAR}={env_value}")
    return _build(raw, sources)
