"""3MF writer: the whole model as ONE object (3MF Consortium, 3MF Core Specification 1.3, 2022; OPC
package, ECMA-376 Part 2), plus the part list PrusaSlicer reads so the object keeps its parts.

* ``3D/3dmodel.model`` (``unit="millimeter"``): one build item, one mesh object holding every part
  (each building, then the terrain with its base) as its own closed shell. Colours are standard core
  3MF properties: one ``basematerials`` group (terrain, building), the object's default is terrain and
  every building triangle carries ``pid``/``p1`` = building. Title, Copyright and LicenseTerms go into
  the model's metadata. Buildings reach into the terrain; the core specification unites overlapping
  shells (positive fill rule) and takes the colour of the last overlapping triangle, the terrain's.
* ``Metadata/Slic3r_PE_model.config``: PrusaSlicer's own description of a multi-part object (the format
  PrusaSlicer writes and reads, ``src/libslic3r/Format/3mf.cpp``): one ``volume`` per part as a range
  of the object's triangles, with its name, ``volume_type`` ``ModelPart`` and ``extruder`` (terrain 1,
  buildings 2). Without it PrusaSlicer would load a components object as one object per component and
  drop each onto the bed (see docs/printmesh.md for what each slicer was seen to do).
"""

from __future__ import annotations

import io
import zipfile
from typing import List, Sequence, Tuple
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from .materials import MATERIALS
from .solid import Mesh

CORE_NS = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02"
MODEL_REL = "http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"
SLIC3R_MODEL_CONFIG = "Metadata/Slic3r_PE_model.config"
#: Extruder (filament) of each kind of part in PrusaSlicer's part list.
EXTRUDERS = {"terrain": 1, "building": 2}

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/>'
    '<Default Extension="config" ContentType="application/xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Target="/3D/3dmodel.model" Id="rel0" Type="{MODEL_REL}"/>'
    "</Relationships>"
)
OBJECT_ID = 2


def _hex(color) -> str:
    return "#{:02X}{:02X}{:02X}FF".format(*(int(c) for c in color))


def material_index(part: Mesh) -> int:
    return 1 if part.kind == "building" else 0


def model_xml(parts: Sequence[Mesh], title: str, copyright_text: str, licence: str) -> str:
    """``3D/3dmodel.model``: one object whose mesh holds every part, one build item."""
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<model unit="millimeter" xml:lang="en-US" xmlns="{CORE_NS}">\n')
    for name, value in (
        ("Title", title),
        ("Copyright", copyright_text),
        ("LicenseTerms", licence),
        ("Application", "NRW Digital Twin (QGIS plugin)"),
    ):
        out.write(f'<metadata name="{name}">{escape(value)}</metadata>\n')
    out.write('<resources>\n<basematerials id="1">\n')
    for name, color in MATERIALS:
        out.write(f'<base name={quoteattr(name)} displaycolor="{_hex(color)}"/>\n')
    out.write("</basematerials>\n")
    out.write(f'<object id="{OBJECT_ID}" type="model" name={quoteattr(title)} pid="1" pindex="0">\n')
    out.write("<mesh>\n<vertices>\n")
    for part in parts:
        np.savetxt(out, part.vertices, fmt='<vertex x="%.4f" y="%.4f" z="%.4f"/>')
    out.write("</vertices>\n<triangles>\n")
    offset = 0
    for part in parts:
        index = material_index(part)
        colour = f' pid="1" p1="{index}"' if index else ""
        np.savetxt(out, part.faces + offset, fmt=f'<triangle v1="%d" v2="%d" v3="%d"{colour}/>')
        offset += len(part.vertices)
    out.write("</triangles>\n</mesh>\n</object>\n</resources>\n")
    out.write(f'<build>\n<item objectid="{OBJECT_ID}"/>\n</build>\n</model>\n')
    return out.getvalue()


def volume_ranges(parts: Sequence[Mesh]) -> List[Tuple[int, int]]:
    """(first, last) triangle index of every part in the object's mesh."""
    ranges, first = [], 0
    for part in parts:
        ranges.append((first, first + part.triangle_count - 1))
        first += part.triangle_count
    return ranges


def slic3r_model_config(parts: Sequence[Mesh], title: str) -> str:
    """``Metadata/Slic3r_PE_model.config``: the parts of the one object with their names and extruders."""
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<config>\n')
    out.write(f'<object id="{OBJECT_ID}" instances_count="1">\n')
    out.write(f'<metadata type="object" key="name" value={quoteattr(title)}/>\n')
    out.write('<metadata type="object" key="extruder" value="1"/>\n')
    for part, (first, last) in zip(parts, volume_ranges(parts)):
        out.write(f'<volume firstid="{first}" lastid="{last}">\n')
        out.write(f'<metadata type="volume" key="name" value={quoteattr(part.name)}/>\n')
        out.write('<metadata type="volume" key="volume_type" value="ModelPart"/>\n')
        out.write(f'<metadata type="volume" key="extruder" value="{EXTRUDERS.get(part.kind, 1)}"/>\n')
        out.write("</volume>\n")
    out.write("</object>\n</config>\n")
    return out.getvalue()


def write_3mf(parts: Sequence[Mesh], path, title: str, copyright_text: str, licence: str) -> int:
    """Write the parts as one multi-part object to the 3MF package ``path``; returns the triangles written.

    The caller makes the write atomic (``files.OutputSet``); an OSError (disk full, …) propagates.
    """
    parts = [p for p in parts if p is not None and p.triangle_count]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("3D/3dmodel.model", model_xml(parts, title, copyright_text, licence))
        archive.writestr(SLIC3R_MODEL_CONFIG, slic3r_model_config(parts, title))
    return sum(p.triangle_count for p in parts)
