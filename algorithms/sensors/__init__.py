"""Sensor data for the twin: OGC SensorThings API 1.1 platforms and openSenseMap.

* :mod:`.catalogue` — the platforms (``catalogue.json``) with the overrides of a town;
* :func:`read_sensors` — the sensor locations of an area with their latest values
  (:mod:`.sta` for SensorThings, :mod:`.opensensemap` for senseBoxes), one result shape;
* :func:`.series.read_series` — the observations of one datastream between two times;
* :mod:`.jsonhttp` — timeouts, retries with backoff, links used exactly as given, messages.
"""
from __future__ import annotations

from datetime import datetime
from typing import Mapping, Optional

import requests

from ..progress import NullProgress, Progress
from .area import BBox, check_bbox
from .catalogue import SensorSource
from .jsonhttp import JsonClient
from .model import SensorResult
from .opensensemap import read_opensensemap
from .sta import read_sta


def read_sensors(
    source: SensorSource,
    bbox: BBox,
    prop: str = "",
    since: Optional[datetime] = None,
    progress: Progress = NullProgress(),
    proxies: Optional[Mapping[str, str]] = None,
    session: Optional[requests.Session] = None,
    page_size: Optional[int] = None,
    max_pages: Optional[int] = None,
) -> SensorResult:
    """The sensor locations of ``source`` inside ``bbox`` (xmin, ymin, xmax, ymax in EPSG:25832).

    Parameters
    ----------
    source : the catalogue entry (:func:`.catalogue.resolve_source`).
    bbox : the area, EPSG:25832 metres.
    prop : observed-property filter ("temperature", "PM10", "Wasserstand"; '' = all).
    since : aware datetime; latest values older than this are left empty (None = keep all).
    progress : progress, cancel and log lines.
    proxies, session : requests proxies (QGIS's) and an optional session.
    page_size, max_pages : override the source's paging settings.

    Returns
    -------
    SensorResult with one :class:`.model.SensorSite` per location inside the area (EPSG:25832 x/y
    set) and the run's statistics. An area without sensors gives an empty list, not an error.
    """
    bbox = check_bbox(bbox)
    client = JsonClient.for_source(source, progress, proxies, session)
    reader = read_opensensemap if source.kind == "opensensemap" else read_sta
    return reader(source, bbox, client, progress, prop=prop, since=since, page_size=page_size, max_pages=max_pages)
