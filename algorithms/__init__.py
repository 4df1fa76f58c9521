"""The engine of NRW Digital Twin: pure Python on numpy, lxml, pyproj and requests.

Nothing in this package imports qgis or Qt, so tests, the Processing wrappers and headless batch
runs share it. Long-running functions take a :class:`~.progress.Progress` for progress and cancel
and raise :class:`~.errors.NrwTwinError` with a message meant for the user.
"""
