"""glTF 2.0 binary (.glb) meshes with per-feature metadata, written with numpy and json only.

One mesh per file, one primitive per material (roofs of each solar class, walls, ground …), attributes
POSITION (float32, relative to the node's translation, so millimetres survive in float32), NORMAL and
``_FEATURE_ID_0`` (the feature's row in the property table), triangles as unsigned 16- or 32-bit
indices. Metadata follow the glTF extensions of 3D Tiles 1.1: ``EXT_mesh_features`` (feature ids per
vertex) and ``EXT_structural_metadata`` (a schema and a property table with one row per feature;
strings as UTF-8 with 32-bit offsets, numbers as float32 with a noData value).

Layout after the glTF 2.0 specification (Khronos, 2021) §4.4 (GLB: 12-byte header, JSON chunk padded
with spaces, BIN chunk padded with zeros, both to 4 bytes); every buffer view starts on an 8-byte
boundary, as EXT_structural_metadata requires. Colours are given in sRGB and stored linear
(``baseColorFactor`` is linear; IEC 61966-2-1 transfer function).
"""
from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np

GLB_MAGIC = 0x46546C67
CHUNK_JSON = 0x4E4F534A
CHUNK_BIN = 0x004E4942
ARRAY_BUFFER = 34962
ELEMENT_ARRAY_BUFFER = 34963
FLOAT, UNSIGNED_SHORT, UNSIGNED_INT = 5126, 5123, 5125
NO_DATA = -1.0


@dataclass
class Material:
    """A plain PBR material: sRGB colour (0–255), not metallic, rough."""

    name: str
    rgb: Tuple[int, int, int]

    def as_gltf(self) -> Dict[str, object]:
        return {
            "name": self.name,
            "pbrMetallicRoughness": {
                "baseColorFactor": [*srgb_to_linear(self.rgb), 1.0],
                "metallicFactor": 0.0,
                "roughnessFactor": 0.9,
            },
            # LoD2 rings are not always oriented outwards; both sides are drawn.
            "doubleSided": True,
        }


@dataclass
class Primitive:
    """Triangles of one material: positions (n, 3) and normals (n, 3) y-up, feature id per vertex."""

    material: int
    positions: np.ndarray
    normals: np.ndarray
    feature_ids: np.ndarray
    indices: np.ndarray  # (m, 3)


@dataclass
class PropertyTable:
    """Rows of per-feature values: ``columns[key]`` has one value per feature (None = no data)."""

    class_name: str
    count: int
    columns: Dict[str, Sequence[object]] = field(default_factory=dict)


def srgb_to_linear(rgb: Sequence[int]) -> List[float]:
    """sRGB 0–255 → linear 0–1 (IEC 61966-2-1)."""
    c = np.asarray(rgb, dtype=float) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return [round(float(v), 6) for v in linear]


def metadata_schema(schema_id: str, class_name: str, class_label: str, properties) -> Dict[str, object]:
    """An EXT_structural_metadata schema with one class; ``properties`` as :class:`.scene.Property`.

    The first property is required (the feature's id); the others may be missing (noData: '' or -1).
    """
    fields: Dict[str, object] = {}
    for index, prop in enumerate(properties):
        entry: Dict[str, object] = {"name": prop.label_de}
        if prop.unit:
            entry["description"] = prop.unit
        if prop.kind == "string":
            entry["type"] = "STRING"
        else:
            entry.update(type="SCALAR", componentType="FLOAT32")
        if index == 0:
            entry["required"] = True
        else:
            entry["noData"] = "" if prop.kind == "string" else NO_DATA
        fields[prop.key] = entry
    return {"id": schema_id, "classes": {class_name: {"name": class_label, "properties": fields}}}


class _BinaryBuffer:
    """The BIN chunk: buffer views appended on 8-byte boundaries."""

    def __init__(self) -> None:
        self.parts: List[bytes] = []
        self.length = 0
        self.views: List[Dict[str, object]] = []

    def add(self, data: bytes, target: Optional[int] = None) -> int:
        padding = (-self.length) % 8
        if padding:
            self.parts.append(b"\0" * padding)
            self.length += padding
        view: Dict[str, object] = {"buffer": 0, "byteOffset": self.length, "byteLength": len(data)}
        if target is not None:
            view["target"] = target
        self.parts.append(data)
        self.length += len(data)
        self.views.append(view)
        return len(self.views) - 1

    def data(self) -> bytes:
        body = b"".join(self.parts)
        return body + b"\0" * ((-len(body)) % 4)


class _Document:
    """The glTF JSON being built, with its binary buffer."""

    def __init__(self) -> None:
        self.buffer = _BinaryBuffer()
        self.accessors: List[Dict[str, object]] = []

    def accessor(self, array: np.ndarray, component: int, kind: str, target: int, bounds: bool = False) -> int:
        view = self.buffer.add(np.ascontiguousarray(array).tobytes(), target)
        entry: Dict[str, object] = {"bufferView": view, "componentType": component, "count": len(array), "type": kind}
        if bounds:
            entry["min"] = [float(v) for v in array.min(axis=0)]
            entry["max"] = [float(v) for v in array.max(axis=0)]
        self.accessors.append(entry)
        return len(self.accessors) - 1

    def primitive(self, primitive: Primitive, material: int) -> Dict[str, object]:
        positions = primitive.positions.astype("<f4")
        normals = primitive.normals.astype("<f4")
        feature_ids = primitive.feature_ids.astype("<f4")
        indices = primitive.indices.reshape(-1)
        index_type, index_dtype = (UNSIGNED_SHORT, "<u2") if len(positions) <= 65535 else (UNSIGNED_INT, "<u4")
        attributes = {
            "POSITION": self.accessor(positions, FLOAT, "VEC3", ARRAY_BUFFER, bounds=True),
            "NORMAL": self.accessor(normals, FLOAT, "VEC3", ARRAY_BUFFER),
            "_FEATURE_ID_0": self.accessor(feature_ids, FLOAT, "SCALAR", ARRAY_BUFFER),
        }
        index_accessor = self.accessor(indices.astype(index_dtype), index_type, "SCALAR", ELEMENT_ARRAY_BUFFER)
        feature_count = int(len(np.unique(primitive.feature_ids)))
        return {
            "attributes": attributes,
            "indices": index_accessor,
            "material": material,
            "mode": 4,
            "extensions": {"EXT_mesh_features": {"featureIds": [{"featureCount": feature_count, "attribute": 0,
                                                                 "propertyTable": 0}]}},
        }

    def property_table(self, table: PropertyTable, schema_class: Mapping[str, object]) -> Dict[str, object]:
        properties: Dict[str, object] = {}
        for key, definition in schema_class["properties"].items():
            values = table.columns.get(key, [None] * table.count)
            if definition["type"] == "STRING":
                encoded = [("" if v is None else str(v)).encode("utf-8") for v in values]
                offsets = np.zeros(len(encoded) + 1, dtype="<u4")
                np.cumsum([len(e) for e in encoded], out=offsets[1:])
                properties[key] = {
                    "values": self.buffer.add(b"".join(encoded)),
                    "stringOffsets": self.buffer.add(offsets.tobytes()),
                    "stringOffsetType": "UINT32",
                }
            else:
                column = np.array([NO_DATA if v is None else v for v in values], dtype="<f4")
                properties[key] = {"values": self.buffer.add(column.tobytes())}
        return {"class": table.class_name, "count": table.count, "properties": properties}


def glb_bytes(
    primitives: Sequence[Primitive],
    materials: Sequence[Material],
    translation: Sequence[float],
    table: PropertyTable,
    schema: Mapping[str, object],
    asset: Mapping[str, str],
) -> bytes:
    """A complete .glb: one node at ``translation`` (y-up metres) with one mesh of ``primitives``.

    Parameters
    ----------
    primitives : sequence of Primitive
        Non-empty triangle sets; ``material`` indexes ``materials`` (unused materials are left out).
    table : PropertyTable
        One row per feature id used by the primitives.
    schema : mapping
        The EXT_structural_metadata schema (:func:`metadata_schema`) with ``table.class_name``.
    asset : mapping
        Extra ``asset`` fields (generator, copyright).
    """
    document = _Document()
    used = sorted({p.material for p in primitives})
    material_index = {m: k for k, m in enumerate(used)}
    gltf_primitives = [document.primitive(p, material_index[p.material]) for p in primitives]
    metadata = {
        "schema": schema,
        "propertyTables": [document.property_table(table, schema["classes"][table.class_name])],
    }
    gltf = {
        "asset": {"version": "2.0", **asset},
        "extensionsUsed": ["EXT_mesh_features", "EXT_structural_metadata"],
        "extensions": {"EXT_structural_metadata": metadata},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0, "translation": [float(v) for v in translation]}],
        "meshes": [{"primitives": gltf_primitives}],
        "materials": [materials[m].as_gltf() for m in used],
        "accessors": document.accessors,
        "bufferViews": document.buffer.views,
        "buffers": [{"byteLength": document.buffer.length}],
    }
    binary = document.buffer.data()
    text = json.dumps(gltf, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    text += b" " * ((-len(text)) % 4)
    total = 12 + 8 + len(text) + 8 + len(binary)
    return b"".join(
        [
            struct.pack("<III", GLB_MAGIC, 2, total),
            struct.pack("<II", len(text), CHUNK_JSON),
            text,
            struct.pack("<II", len(binary), CHUNK_BIN),
            binary,
        ]
    )


def read_glb(data: bytes) -> Tuple[Dict[str, object], bytes]:
    """(JSON, BIN chunk) of a .glb (for tests and checks)."""
    magic, version, length = struct.unpack_from("<III", data, 0)
    if magic != GLB_MAGIC or version != 2 or length != len(data):
        raise ValueError("not a glTF 2.0 binary")
    json_length, _ = struct.unpack_from("<II", data, 12)
    document = json.loads(data[20 : 20 + json_length].decode("utf-8"))
    bin_start = 20 + json_length
    bin_length, _ = struct.unpack_from("<II", data, bin_start)
    return document, data[bin_start + 8 : bin_start + 8 + bin_length]


def accessor_array(document: Mapping[str, object], binary: bytes, index: int) -> np.ndarray:
    """The values of accessor ``index`` (tightly packed views only, as written here)."""
    accessor = document["accessors"][index]
    view = document["bufferViews"][accessor["bufferView"]]
    dtype = {FLOAT: "<f4", UNSIGNED_SHORT: "<u2", UNSIGNED_INT: "<u4"}[accessor["componentType"]]
    width = {"SCALAR": 1, "VEC3": 3}[accessor["type"]]
    start = view.get("byteOffset", 0) + accessor.get("byteOffset", 0)
    array = np.frombuffer(binary, dtype=dtype, count=accessor["count"] * width, offset=start)
    return array.reshape(-1, width) if width > 1 else array
