"""3MF writer (3MF Consortium, 3MF Core Specification 1.3, 2022; OPC package, ECMA-376 Part 2).

The package holds ``[Content_Types].xml``, ``_rels/.rels`` and ``3D/3dmodel.model`` with
``unit="millimeter"``. Each part (terrain, every building) is its own mesh object with a colour
from one ``basematerials`` group; a components object groups them into one printable item, so
slicers treat them as parts of one object (overlaps where buildings reach into the terrain are
resolved by the slicer). Title, Copyright and LicenseTerms go into the model's metadata.
"""

from __future__ import annotations

import io
import zipfile
from typing import Sequence
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from ..files import atomic_path
from .solid import Mesh

CORE_NS = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02"
MODEL_REL = "http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Target="/3D/3dmodel.model" Id="rel0" Type="{MODEL_REL}"/>'
    "</Relationships>"
)


def _hex(color) -> str:
    return "#{:02X}{:02X}{:02X}FF".format(*(int(c) for c in color))


def model_xml(parts: Sequence[Mesh], title: str, copyright_text: str, licence: str) -> str:
    colors = []
    for part in parts:
        if tuple(part.color) not in colors:
            colors.append(tuple(part.color))
    names = {}
    for part in parts:
        names.setdefault(tuple(part.color), part.kind)
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
    for color in colors:
        out.write(f'<base name={quoteattr(names[color])} displaycolor="{_hex(color)}"/>\n')
    out.write("</basematerials>\n")
    object_ids = []
    for index, part in enumerate(parts):
        object_id = index + 2
        object_ids.append(object_id)
        pindex = colors.index(tuple(part.color))
        out.write(f'<object id="{object_id}" type="model" name={quoteattr(part.name)} pid="1" pindex="{pindex}">\n')
        out.write("<mesh>\n<vertices>\n")
        np.savetxt(out, part.vertices, fmt='<vertex x="%.4f" y="%.4f" z="%.4f"/>')
        out.write("</vertices>\n<triangles>\n")
        np.savetxt(out, part.faces, fmt='<triangle v1="%d" v2="%d" v3="%d"/>')
        out.write("</triangles>\n</mesh>\n</object>\n")
    group_id = len(parts) + 2
    out.write(f'<object id="{group_id}" type="model" name={quoteattr(title)}>\n<components>\n')
    for object_id in object_ids:
        out.write(f'<component objectid="{object_id}"/>\n')
    out.write("</components>\n</object>\n</resources>\n")
    out.write(f'<build>\n<item objectid="{group_id}"/>\n</build>\n</model>\n')
    return out.getvalue()


def write_3mf(parts: Sequence[Mesh], path, title: str, copyright_text: str, licence: str) -> None:
    """Write the parts as one 3MF package, atomically."""
    xml = model_xml(parts, title, copyright_text, licence)
    with atomic_path(path) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", CONTENT_TYPES)
            archive.writestr("_rels/.rels", RELS)
            archive.writestr("3D/3dmodel.model", xml)
