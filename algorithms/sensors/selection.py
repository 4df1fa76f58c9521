"""What a run keeps: the property filter (``PROPERTY``) and the age limit of latest values (``SINCE``)."""
from __future__ import annotations

from datetime import datetime
from typing import List, Optional

from . import properties
from .model import Reading, SensorSite, SensorStats
from .sta_parse import parse_time


def reading_matches(reading: Reading, search: List[str]) -> bool:
    """True when ``reading`` measures one of the ``search`` terms (:func:`.properties.terms`)."""
    last_segment = reading.definition.rstrip("/").rsplit("/", 1)[-1]
    # The datastream's name often carries the station's name ("Pegel Aasee: Temperatur"): only without
    # an observed property is it searched.
    texts = (reading.property, last_segment) if reading.property else (reading.name, last_segment)
    return properties.matches(search, texts)


def filter_property(sites: List[SensorSite], prop: str, stats: SensorStats) -> List[SensorSite]:
    """Keep the readings of the property ``prop`` ('' keeps all) and the sites that still have one."""
    search = properties.terms(prop)
    if not search:
        return sites
    kept = []
    for site in sites:
        matching = [reading for reading in site.readings if reading_matches(reading, search)]
        stats.filtered_by_property += len(site.readings) - len(matching)
        site.readings = matching
        if matching:
            kept.append(site)
    return kept


def sort_sites(sites: List[SensorSite]) -> List[SensorSite]:
    """Sites by name and id, readings by property: the same answer gives the same layer."""
    for site in sites:
        site.readings.sort(key=lambda r: (r.property.lower(), r.name.lower(), r.datastream_id))
    return sorted(sites, key=lambda s: (s.sensor_name.lower(), s.location_id))


def apply_since(sites: List[SensorSite], since: Optional[datetime], stats: SensorStats) -> None:
    """Drop latest values older than ``since``; count datastreams without any value."""
    for site in sites:
        for reading in site.readings:
            if reading.time is None:
                stats.without_observation += 1
                continue
            when = parse_time(reading.time)
            if since is not None and when is not None and when < since:
                reading.value = reading.text = reading.time = None
                stats.older_than_since += 1
