"""pyproj CRS and Transformer objects, cached per thread.

A pyproj object keeps the PROJ context of the thread that made it. QGIS runs Processing algorithms in
pooled task threads; an object cached by one such thread and used by another after the first one ended
crashed QGIS 3.40 on Debian 13 (segmentation fault in ``CRS.to_wkt``). So every cache of pyproj objects
in the engine lives here, one per thread (``threading.local``: it dies with its thread), and pyproj
objects never travel between threads. Cache plain values (WKT, bounds) across threads instead.

A second trap, in pyproj itself (seen with pyproj 3.7.1 on Debian 13): pyproj keeps a thread's PROJ
context in an OS-thread slot but frees it with the *Python* thread state. QGIS runs Python in its pooled
threads under a fresh thread state per task, so the next task on the same OS thread got a freed context
and QGIS crashed in ``projCppContext::getDatabaseContext``. :func:`keep_thread_context` holds each OS
thread's context for the life of the process; every entry point that runs on a QGIS thread calls it
first (``NrwAlgorithm.processAlgorithm``, the dock's background tasks).
"""
from __future__ import annotations

import threading
from typing import Any, Callable, Dict, Hashable

from pyproj import CRS, Transformer

_LOCAL = threading.local()
_MAX_ENTRIES = 512
_THREAD_CONTEXTS: Dict[int, Any] = {}  # OS thread id → pyproj's context manager, never freed


def keep_thread_context() -> None:
    """Make this OS thread's PROJ context now and keep it alive beyond the Python thread state."""
    try:
        from pyproj import _context
    except ImportError:  # pragma: no cover - pyproj without the private module: nothing to keep
        return
    setter = getattr(_context, "_set_context_data_dir", None)
    getter = getattr(_context, "get_context_manager", None)
    if setter is None or getter is None:  # pragma: no cover - other pyproj layouts
        return
    setter()  # creates the context when this thread has none
    manager = getter()
    if manager is not None:  # None: made under an earlier thread state, already kept
        _THREAD_CONTEXTS[threading.get_native_id()] = manager


def _cached(key: Hashable, make: Callable[[], Any]) -> Any:
    cache: Dict[Hashable, Any] = getattr(_LOCAL, "cache", None)
    if cache is None:
        cache = _LOCAL.cache = {}
    if key not in cache:
        if len(cache) >= _MAX_ENTRIES:
            cache.clear()
        cache[key] = make()
    return cache[key]


def crs_from_epsg(code: int) -> CRS:
    """``CRS.from_epsg(code)``, made once per thread."""
    return _cached(("epsg", int(code)), lambda: CRS.from_epsg(int(code)))


def crs_from_wkt(wkt: str) -> CRS:
    """``CRS.from_wkt(wkt)``, made once per thread."""
    return _cached(("wkt", wkt), lambda: CRS.from_wkt(wkt))


def crs_from_user_input(value: Hashable) -> CRS:
    """``CRS.from_user_input(value)`` for a hashable value (EPSG code, "EPSG:25832", URN, WKT), once per thread."""
    return _cached(("input", value), lambda: CRS.from_user_input(value))


def transformer(source: Hashable, target: Hashable, always_xy: bool = True) -> Transformer:
    """``Transformer.from_crs(source, target)`` for hashable CRS definitions (EPSG codes, WKT, "EPSG:…"),
    made once per thread."""
    return _cached(("transformer", source, target, always_xy),
                   lambda: Transformer.from_crs(source, target, always_xy=always_xy))
