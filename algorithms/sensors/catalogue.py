"""The catalogue of sensor platforms (SensorThings API endpoints and openSenseMap), with overrides.

The catalogue lives in ``catalogue.json`` next to this module, in the style of the map-service
catalogue (``algorithms/services.json``): id, kind (``sta`` or ``opensensemap``), base URL, German and
English titles, provider, licence and attribution, and optional request settings (``timeout`` in s,
``retries``, ``backoff_s``, ``page_size``, ``max_pages``, ``spatial_filter`` and ``latest``: see
:mod:`.sta`).

A town adds its own platform, or points a source at a mirror or a test server, without editing the
plugin; overrides are merged field by field (deep merge), in this order:

1. the QGIS setting ``nrw_digital_twin/sensors_override`` (a JSON file path or JSON text; read by the
   QGIS side and passed in as ``override``), then
2. the environment variable ``NRWTWIN_SENSORS`` naming a JSON file or holding JSON text (wins).

Override document::

    {"sources": {"muenster": {"kind": "sta", "url": "https://sensors.example.org/v1.1",
                              "title": {"de": "Münster – Sensoren", "en": "Münster sensors"},
                              "licence": "dl-de/by-2-0"},
                 "hamburg": {"page_size": 50}}}

Besides catalogue keys, a source may be given as the URL of any SensorThings API service
(``https://…/v1.1``): :func:`resolve_source` makes an ad-hoc entry for it.
"""
from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional
from urllib.parse import urlsplit

from ..errors import NrwTwinError
from ..messages import Message, Name, msg
from ..services import deep_merge

CATALOGUE_PATH = Path(__file__).with_name("catalogue.json")
ENV_VAR = "NRWTWIN_SENSORS"
SETTING_KEY = "nrw_digital_twin/sensors_override"
KINDS = ("sta", "opensensemap")
CUSTOM_ID = "custom"

#: Request settings every source has (catalogue values override them).
DEFAULTS: Dict[str, Any] = {
    "timeout": 30.0,
    "retries": 3,
    "backoff_s": 1.0,
    "page_size": 100,
    "max_pages": 50,
    "spatial_filter": "auto",
    "latest": "auto",
}


@dataclass(frozen=True)
class SensorSource:
    """One sensor platform; ``options`` holds every field of the merged catalogue entry."""

    id: str
    kind: str
    url: str
    title_de: str
    title_en: str
    options: Dict[str, Any] = field(default_factory=dict)

    def title(self, language: str = "en") -> str:
        return self.title_de if language.lower().startswith("de") else self.title_en

    def get(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, DEFAULTS.get(name, default))

    @property
    def label(self) -> Message:
        """Name used in user messages: title and URL (the German title where the user reads German)."""
        return msg("{} ({})", Name(self.title_en, self.title_de), self.url)

    @property
    def licence(self) -> str:
        return str(self.options.get("licence", ""))

    @property
    def attribution(self) -> str:
        """"© provider, licence" for layer metadata."""
        text = str(self.options.get("attribution") or self.options.get("provider") or self.title_en)
        return f"{text}, {self.licence}" if self.licence else text


@dataclass(frozen=True)
class SensorCatalogue:
    sources: List[SensorSource]
    origins: List[str] = field(default_factory=list)

    def source(self, source_id: str) -> SensorSource:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise NrwTwinError(
            msg(
                "No sensor source '{}' in the sensor catalogue. Known sources: {}. Give one of these or "
                "the URL of a SensorThings API service (https://…/v1.1).",
                source_id,
                ", ".join(s.id for s in self.sources),
            )
        )

    @property
    def ids(self) -> List[str]:
        return [source.id for source in self.sources]


def _parse_override(text_or_path: str, origin: str) -> Dict[str, Any]:
    text = text_or_path.strip()
    if not text:
        return {}
    if not text.startswith("{"):
        path = Path(os.path.expanduser(text))
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise NrwTwinError(
                msg("The sensor catalogue override {} ({}) cannot be read: {}. Fix the path or clear it.",
                    str(path), origin, error.strerror or str(error))
            ) from None
    try:
        document = json.loads(text)
    except ValueError as error:
        raise NrwTwinError(
            msg("The sensor catalogue override ({}) is not valid JSON: {}. Fix the JSON or clear it.", origin,
                str(error))
        ) from None
    if not isinstance(document, Mapping) or not isinstance(document.get("sources", {}), (Mapping, list)):
        raise NrwTwinError(
            msg("The sensor catalogue override ({}) must be a JSON object with a 'sources' member.", origin)
        )
    return dict(document)


def apply_override(raw: Dict[str, Any], override: Mapping[str, Any], origin: str) -> Dict[str, Any]:
    """Merge one override document into the raw catalogue (entries by id; new ids are added)."""
    result = copy.deepcopy(raw)
    entries = override.get("sources", {})
    if isinstance(entries, list):
        entries = {entry.get("id"): entry for entry in entries if isinstance(entry, Mapping)}
    by_id = {entry["id"]: index for index, entry in enumerate(result["sources"])}
    for source_id, fields in entries.items():
        if not isinstance(fields, Mapping):
            raise NrwTwinError(
                msg("{}: the entry of sensor source '{}' must be a JSON object.", origin, str(source_id))
            )
        if source_id in by_id:
            result["sources"][by_id[source_id]] = deep_merge(result["sources"][by_id[source_id]], fields)
            continue
        if "url" not in fields:
            raise NrwTwinError(
                msg("{}: the new sensor source '{}' needs at least a 'url' (and a 'kind': sta or opensensemap).",
                    origin, str(source_id))
            )
        result["sources"].append(dict(fields, id=source_id))
    return result


def _build(entry: Mapping[str, Any]) -> SensorSource:
    kind = str(entry.get("kind", "sta")).lower()
    if kind not in KINDS:
        raise NrwTwinError(
            msg("Sensor source '{}' has the unknown kind '{}' (expected sta or opensensemap).", str(entry.get("id")),
                kind)
        )
    title = entry.get("title") or {}
    source_id = str(entry["id"])
    return SensorSource(
        id=source_id,
        kind=kind,
        url=str(entry["url"]).strip(),
        title_de=str(title.get("de", source_id)),
        title_en=str(title.get("en", title.get("de", source_id))),
        options=dict(entry, kind=kind),
    )


def load_sensor_catalogue(
    override: Optional[str] = None, environ: Optional[Mapping[str, str]] = None
) -> SensorCatalogue:
    """The sensor catalogue with the QGIS-setting ``override`` (JSON text or path) and then
    ``NRWTWIN_SENSORS`` merged in."""
    environ = os.environ if environ is None else environ
    raw = json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))
    origins = [str(CATALOGUE_PATH)]
    if override and override.strip():
        raw = apply_override(raw, _parse_override(override, SETTING_KEY), SETTING_KEY)
        origins.append(SETTING_KEY)
    env_value = environ.get(ENV_VAR, "")
    if env_value.strip():
        raw = apply_override(raw, _parse_override(env_value, ENV_VAR), ENV_VAR)
        origins.append(ENV_VAR)
    return SensorCatalogue([_build(entry) for entry in raw["sources"]], origins)


def is_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://"))


def resolve_source(key_or_url: str, catalogue: SensorCatalogue) -> SensorSource:
    """The catalogue entry ``key_or_url``, or an ad-hoc SensorThings source for a URL.

    A URL that equals a catalogue entry's URL (ignoring a trailing slash) gets that entry, so its
    title, licence and settings apply.
    """
    text = (key_or_url or "").strip()
    if not text:
        raise NrwTwinError(msg("No sensor source given. Choose a catalogue entry or give a SensorThings API URL."))
    if not is_url(text):
        return catalogue.source(text)
    for source in catalogue.sources:
        if source.url.rstrip("/") == text.rstrip("/"):
            return source
    host = urlsplit(text).netloc or text
    return SensorSource(
        id=CUSTOM_ID,
        kind="sta",
        url=text,
        title_de=f"SensorThings-Dienst {host}",
        title_en=f"SensorThings service {host}",
        options={"kind": "sta", "url": text, "public": None},
    )
