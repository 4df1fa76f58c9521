"""Batch runs of the engine outside QGIS (``nrwtwin-batch``, ``python -m nrw_digital_twin.batch``).

The command line lives here; the runner itself is engine code in :mod:`..algorithms.batch`, which
``nrwtwin:batchsolar`` uses too. Nothing here imports QGIS or Qt. See docs/batch.md.
"""
