"""Memory and speed of the streaming WFS parser (algorithms/wfs.py) against a full lxml parse.

Input: WFS 2.0 GetFeature answers made from the real ALKIS-vereinfacht answer in tests/data/ogc
(10 parcels, EPSG:4258, latitude first), its members repeated with new gml:ids to 5,000 and
50,000 features, written to a temporary folder. Each measurement is a fresh subprocess; peak memory
= ru_maxrss growth during the parse. Ours = ``wfs.iter_features`` (iterparse, features handed on
one by one, parsed tree pruned). Peer = ``lxml.etree.parse`` of the whole answer then the same
attribute/geometry extraction per feature (what a non-streaming client does).
Run from the repository root: ``.venv/bin/python bench/bench_wfs.py``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "tests" / "data" / "ogc" / "wfs_nw_alkis_vereinfacht_Flurstueck_10features_EPSG4258.xml"
PLUGINS = REPO / ".build" / "plugins"
SIZES = (5000, 50000)

RUNNER = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from lxml import etree
from nrw_digital_twin.algorithms import wfs
mode, path = sys.argv[2], sys.argv[3]
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
count = 0
if mode == "stream":
    with open(path, "rb") as stream:
        for feature in wfs.iter_features(stream, "", "MultiPolygon"):
            count += 1
else:
    root = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)).getroot()
    for member in root.iter("{http://www.opengis.net/wfs/2.0}member"):
        for element in member:
            wfs.feature_from_element(element, "", "MultiPolygon")
            count += 1
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"count": count, "seconds": seconds, "peak_mb": (peak - base) / 1024.0}))
"""


def make_answer(folder: Path, features: int) -> Path:
    text = SOURCE.read_text(encoding="utf-8")
    head, rest = text.split("<wfs:member>", 1)
    members = re.findall(r"<wfs:member>.*?</wfs:member>", "<wfs:member>" + rest, re.S)
    path = folder / f"answer_{features}.xml"
    with open(path, "w", encoding="utf-8") as out:
        out.write(head)
        for index in range(features):
            member = members[index % len(members)]
            out.write(re.sub(r'gml:id="([^"]+)"', lambda m, i=index: f'gml:id="{m.group(1)}_{i}"', member))
            out.write("\n")
        out.write("</wfs:FeatureCollection>\n")
    return path


def measure(mode: str, path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(PLUGINS), mode, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            path = make_answer(Path(tmp), size)
            mb = path.stat().st_size / 1e6
            for mode in ("stream", "full"):
                result = measure(mode, path)
                assert result["count"] == size, result
                rows.append((size, mb, mode, result["seconds"], result["peak_mb"]))
    print(f"{'features':>9} {'file MB':>8} {'parser':>8} {'seconds':>8} {'feat/s':>8} {'peak MB':>8}")
    for size, mb, mode, seconds, peak in rows:
        label = "ours" if mode == "stream" else "lxml"
        print(f"{size:>9} {mb:>8.1f} {label:>8} {seconds:>8.2f} {size / seconds:>8.0f} {peak:>8.1f}")
    by = {(r[0], r[2]): r for r in rows}
    small, large = SIZES
    ours = by[large, "stream"][4] / max(by[small, "stream"][4], 0.1)
    peer = by[large, "full"][4] / max(by[small, "full"][4], 0.1)
    print(f"memory growth {small} → {large} features: ours ×{ours:.1f}, full lxml ×{peer:.1f}")
    print(
        f"at {large} features: ours uses {by[large, 'stream'][4]:.1f} MB vs {by[large, 'full'][4]:.1f} MB "
        f"(ratio {by[large, 'full'][4] / max(by[large, 'stream'][4], 0.1):.1f}), "
        f"time ratio ours/lxml {by[large, 'stream'][3] / by[large, 'full'][3]:.2f}"
    )


if __name__ == "__main__":
    main()
