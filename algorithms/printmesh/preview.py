"""PNG preview of a mesh: orthographic oblique view, Lambert shading, painter's algorithm.

Triangles are sorted far-to-near and filled with Pillow's ImageDraw (Newell, Newell & Sancha 1972,
"A solution to the hidden surface problem"); for a heightfield seen from above at an angle this
ordering is adequate for a preview. Pillow is imported lazily: it ships with QGIS but the engine
does not require it otherwise.
"""

from __future__ import annotations

import math
from typing import Optional, Sequence, Tuple

import numpy as np

from .materials import MATERIALS
from .solid import Mesh

MATERIAL_COLORS = np.array([color for _name, color in MATERIALS], dtype=np.float64)


def view_matrix(azimuth_deg: float, elevation_deg: float) -> np.ndarray:
    """Rows: screen x, screen y (up) and depth (towards the viewer) for a camera at that azimuth/elevation."""
    az, el = math.radians(azimuth_deg), math.radians(elevation_deg)
    forward = np.array([math.sin(az) * math.cos(el), math.cos(az) * math.cos(el), math.sin(el)])  # to the viewer
    right = np.array([-math.cos(az), math.sin(az), 0.0])
    up = np.cross(forward, right)
    return np.stack([right, up, forward])


def render_preview(
    mesh: Mesh,
    path,
    size: Tuple[int, int] = (1200, 900),
    azimuth_deg: float = 200.0,
    elevation_deg: float = 35.0,
    light: Sequence[float] = (-0.4, -0.6, 0.7),
    background=(245, 245, 242),
    supersample: int = 2,
) -> None:
    """Render ``mesh`` (faces coloured by ``face_material`` if present) to a PNG file."""
    from PIL import Image, ImageDraw

    matrix = view_matrix(azimuth_deg, elevation_deg)
    camera = mesh.vertices @ matrix.T
    tri = camera[mesh.faces]
    world = mesh.vertices[mesh.faces]
    normals = np.cross(world[:, 1] - world[:, 0], world[:, 2] - world[:, 0])
    length = np.linalg.norm(normals, axis=1)
    normals = normals / np.maximum(length, 1e-12)[:, None]
    facing = (normals @ matrix[2]) > 0  # back-face culling on the closed solid
    light_dir = np.asarray(light, dtype=np.float64)
    light_dir = light_dir / np.linalg.norm(light_dir)
    shade = 0.35 + 0.65 * np.clip(normals @ light_dir, 0.0, 1.0)  # light_dir points to the light
    if mesh.face_material is not None:
        base = MATERIAL_COLORS[np.clip(mesh.face_material, 0, 1)]
    else:  # an uncoloured solid (e.g. read back from STL): filament grey
        base = np.tile(np.array([[205.0, 205.0, 200.0]]), (len(mesh.faces), 1))
    colors = np.clip(base * shade[:, None], 0, 255).astype(np.uint8)
    width, height = size[0] * supersample, size[1] * supersample
    xy = tri[:, :, :2]
    lo, hi = xy.reshape(-1, 2).min(axis=0), xy.reshape(-1, 2).max(axis=0)
    scale = 0.92 * min(width / max(hi[0] - lo[0], 1e-9), height / max(hi[1] - lo[1], 1e-9))
    centre = (lo + hi) / 2.0
    px = (xy[..., 0] - centre[0]) * scale + width / 2.0
    py = height / 2.0 - (xy[..., 1] - centre[1]) * scale
    order = np.argsort(tri[:, :, 2].mean(axis=1))  # far (small depth) first
    order = order[facing[order]]
    image = Image.new("RGB", (width, height), tuple(background))
    draw = ImageDraw.Draw(image)
    for index in order:
        color = tuple(int(c) for c in colors[index])
        draw.polygon(
            [(px[index, 0], py[index, 0]), (px[index, 1], py[index, 1]), (px[index, 2], py[index, 2])],
            fill=color,
            outline=color,
        )
    if supersample > 1:
        image = image.resize(size, Image.LANCZOS)
    image.save(str(path))


def preview_image_stats(path) -> Optional[dict]:
    """Share of non-background pixels (for tests)."""
    from PIL import Image

    array = np.asarray(Image.open(str(path)).convert("RGB"), dtype=np.int16)
    background = array[0, 0]
    drawn = np.abs(array - background).sum(axis=2) > 12
    return {"drawn_share": float(drawn.mean()), "shape": array.shape}


def read_stl(path) -> Mesh:
    """A binary STL file as a Mesh (vertices merged by exact position), e.g. to preview a written file."""
    data = np.fromfile(str(path), dtype=np.uint8)
    count = int(data[80:84].view("<u4")[0])
    record = np.dtype([("normal", "<f4", (3,)), ("v", "<f4", (3, 3)), ("attr", "<u2")])
    records = data[84 : 84 + count * record.itemsize].view(record)
    points = records["v"].reshape(-1, 3).astype(np.float64)
    vertices, inverse = np.unique(points, axis=0, return_inverse=True)
    return Mesh(vertices, np.asarray(inverse).reshape(-1, 3).astype(np.int64), name="stl")
