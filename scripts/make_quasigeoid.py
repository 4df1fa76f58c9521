#!/usr/bin/env python3
"""Write algorithms/publish/data/gcg2016_nrw.npz: the GCG2016 quasigeoid nodes covering NRW.

Source: ``de_bkg_gcg2016.tif`` of PROJ-data (directory de_bkg; © BKG, CC BY 4.0; converted by PROJ-data
from the BKG's GCG2016.txt). The nodes between 5.75° and 9.75° E, 50.2° and 52.65° N (plus the next node
outside) are kept, rounded to whole millimetres (the grid gives 0.1 mm), and stored as row-wise
differences (algorithms/publish/quasigeoid.encode_grid). Run from the repository root:

    .venv/bin/python scripts/make_quasigeoid.py /path/to/de_bkg_gcg2016.tif
"""
from __future__ import annotations

import argparse
import hashlib
import math
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build" / "plugins"))

WEST, EAST, SOUTH, NORTH = 5.75, 9.75, 50.2, 52.65


def read_nodes(path: Path):
    """Node coordinates and values of the GeoTIFF (GDAL reports pixel corners for 'Point' rasters)."""
    from osgeo import gdal

    dataset = gdal.Open(str(path))
    if dataset is None:
        raise SystemExit(f"cannot open {path}")
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    return x0 + dx / 2, y0 + dy / 2, dx, -dy, values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("grid", type=Path, help="de_bkg_gcg2016.tif")
    parser.add_argument("--out", type=Path, default=REPO / "algorithms" / "publish" / "data" / "gcg2016_nrw.npz")
    args = parser.parse_args()
    from nrw_digital_twin.algorithms.publish.quasigeoid import NodeGrid, decode_grid, encode_grid

    west, north, dlon, dlat, values = read_nodes(args.grid)
    c0 = math.floor((WEST - west) / dlon)
    c1 = math.ceil((EAST - west) / dlon)
    r0 = math.floor((north - NORTH) / dlat)
    r1 = math.ceil((north - SOUTH) / dlat)
    cut = NodeGrid(west + c0 * dlon, north - r0 * dlat, dlon, dlat, values[r0 : r1 + 1, c0 : c1 + 1])
    digest = hashlib.sha256(args.grid.read_bytes()).hexdigest()
    provenance = (
        f"GCG2016 height anomaly (m), nodes of {args.grid.name} (sha256 {digest}) rows {r0}-{r1}, "
        f"columns {c0}-{c1}; (c) Bundesamt fuer Kartographie und Geodaesie (BKG), CC BY 4.0"
    )
    arrays = encode_grid(cut, provenance)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    back = decode_grid(np.load(args.out))
    error = np.nanmax(np.abs(back.values - cut.values))
    print(f"written: {args.out} ({args.out.stat().st_size / 1000:.0f} kB, {cut.values.shape[0]} × "
          f"{cut.values.shape[1]} nodes, max rounding {error * 1000:.2f} mm)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
