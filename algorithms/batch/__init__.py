"""Batch runs of the roof solar engine over many 1 km tiles, one Dask task per tile (docs/batch.md).

* :mod:`.tiles` — the tiles of a run (extent or tile list) and each tile's neighbourhood;
* :mod:`.job` — the run's settings and fingerprint, pickled to the workers;
* :mod:`.tile_task` — the task: download, import, solar, the tile's GeoPackage (no Dask, no QGIS);
* :mod:`.tile_store` — that GeoPackage: rows, metadata, validity, checksum;
* :mod:`.runner` — the Dask driver shared by ``nrwtwin-batch`` and ``nrwtwin:batchsolar``;
* :mod:`.manifest`, :mod:`.merge` — manifest.json, summary.csv, the merged roofsolar.gpkg.

Dask is imported only inside :mod:`.runner`'s functions: the engine and QGIS load without it.
"""
