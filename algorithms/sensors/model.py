"""What a sensor platform answers, in one shape for SensorThings and openSenseMap."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class Reading:
    """One datastream (STA) or sensor (openSenseMap) with its latest value.

    ``time`` is ISO 8601 in UTC (``2026-05-01T12:00:00Z``); ``value`` is the numeric result, ``text``
    the result as the server gave it (category and text results have no ``value``).
    """

    datastream_id: str
    name: str
    property: str
    unit: str
    value: Optional[float] = None
    text: Optional[str] = None
    time: Optional[str] = None
    definition: str = ""
    url: str = ""

    @property
    def has_value(self) -> bool:
        return self.time is not None


@dataclass
class SensorSite:
    """One sensor location: a SensorThings Location with its Things, or an openSenseMap box."""

    location_id: str
    location_name: str
    sensor_id: str
    sensor_name: str
    lon: float
    lat: float
    readings: List[Reading] = field(default_factory=list)
    description: str = ""
    x: float = 0.0
    y: float = 0.0


@dataclass
class SensorStats:
    """What happened on the way, for the log and the run's outputs."""

    requests: int = 0
    pages: int = 0
    reported_total: Optional[int] = None
    locations_read: int = 0
    outside_area: int = 0
    broken_locations: int = 0
    datastreams: int = 0
    without_observation: int = 0
    older_than_since: int = 0
    filtered_by_property: int = 0
    spatial_filter: str = ""
    latest: str = ""
    cut_lists: int = 0


@dataclass
class SensorResult:
    sites: List[SensorSite]
    stats: SensorStats


@dataclass
class Observation:
    time: str
    value: Optional[float]
    text: Optional[str]


@dataclass
class Series:
    """The observations of one datastream between two times, oldest first."""

    datastream_id: str
    name: str
    property: str
    unit: str
    observations: List[Observation]
    requests: int = 0
    pages: int = 0
