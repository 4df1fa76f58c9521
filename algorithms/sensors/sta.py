"""OGC SensorThings API 1.1 client: the sensor locations of an area with their latest values.

Method (OGC 18-088, SensorThings API Part 1: Sensing 1.1):

1. The service root (the source URL, e.g. ``https://iot.hamburg.de/v1.1``) must list the entity sets
   (Things, Locations, Datastreams…); anything else (a web page, other JSON, a login) ends with a
   message. A root that answers 404 is asked again with/without its trailing slash.
2. Capabilities, each found with one ``$top=1`` request that is not retried on error (catalogue
   settings ``spatial_filter`` and ``latest`` skip the probes):

   * spatial filter: ``geo.intersects(location, geography'POLYGON(…)')``, else ``st_within``, else
     none: then every Location of the service is paged and filtered here (EPSG:25832, exact);
   * latest value: ``$expand=…Observations($top=1;$orderby=phenomenonTime desc)`` inside the
     Datastreams, else one request per datastream
     ``Datastreams(id)?$expand=ObservedProperty,Observations($top=1;$orderby=…)`` (then the Locations
     expand only ``Things($expand=Datastreams)``), ordered by ``phenomenonTime``, else by
     ``resultTime`` (servers that cannot sort by the former).
3. ``Locations?$filter=…&$expand=Things($expand=Datastreams($expand=ObservedProperty[,Observations…]))
   &$count=true&$top=<page_size>``, then ``@iot.nextLink`` exactly as given, at most ``max_pages``
   pages (more is an error that says how many locations the server reports). Nested lists the server
   cut (``Things@iot.nextLink``, ``Datastreams@iot.nextLink``) are followed when the link names
   that collection.
4. Every location is checked against the area in EPSG:25832; the property filter
   (:mod:`.properties`) and ``since`` (a latest value older than that is dropped) apply here, on every
   server alike. Broken entities are skipped and counted.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Tuple
from urllib.parse import urlsplit

from ..errors import NrwTwinError
from ..messages import msg
from ..progress import Progress, check_canceled
from .area import BBox, inside, polygon_wkt, to_grid
from .catalogue import SensorSource
from .jsonhttp import JsonClient, SensorHttpError, query_string
from .model import Reading, SensorResult, SensorSite, SensorStats
from .selection import apply_since, filter_property, sort_sites
from .sta_parse import collection, entity_id, location_point, reading_from_datastream

SPATIAL_FUNCTIONS = ("geo.intersects", "st_within")
ORDER_FIELDS = ("phenomenonTime", "resultTime")
ENTITY_SETS = ("Things", "Locations", "Datastreams")


def not_sta(source: SensorSource, url: str) -> NrwTwinError:
    return NrwTwinError(
        msg("{}: the answer of {} is JSON but not a SensorThings API document (no list of entity sets such as "
            "Things, Locations, Datastreams). Check the URL of the sensor source: it ends in the API version, "
            "e.g. https://iot.hamburg.de/v1.1", source.label, url)
    )


class StaService:
    """One SensorThings API endpoint read through a :class:`JsonClient`."""

    def __init__(self, source: SensorSource, client: JsonClient, progress: Progress) -> None:
        self.source = source
        self.client = client
        self.progress = progress
        self.base = source.url.rstrip("/")

    # -- service root ----------------------------------------------------------------------------
    def check_root(self) -> Dict[str, str]:
        """The entity sets of the service root {name: url}; a message when the URL is not an STA."""
        other = self.base if self.source.url.endswith("/") else self.base + "/"
        candidates = [self.source.url, other]
        document = None
        for index, url in enumerate(candidates):
            try:
                document = self.client.get(url)
                break
            except SensorHttpError as error:
                if error.status != 404 or index == len(candidates) - 1:
                    raise
        sets = collection(document)
        names = {str(item.get("name")): str(item.get("url", "")) for item in sets or [] if isinstance(item, Mapping)}
        if not any(name in names for name in ENTITY_SETS):
            raise not_sta(self.source, self.source.url)
        return names

    def url(self, entity_set: str, params: List[Tuple[str, str]]) -> str:
        return f"{self.base}/{entity_set}?{query_string(params)}"

    def accepts(self, url: str) -> bool:
        """True when the server answers ``url`` with a collection (one try; 4xx/5xx mean no)."""
        try:
            document = self.client.get(url, retry_status=False)
        except SensorHttpError as error:
            if error.kind in ("status", "not_json", "html"):
                return False
            raise
        return collection(document) is not None

    # -- capabilities ----------------------------------------------------------------------------
    def spatial_function(self, bbox: BBox) -> str:
        """``geo.intersects``/``st_within`` when the server filters by area, '' when it cannot."""
        setting = str(self.source.get("spatial_filter")).lower()
        if setting in SPATIAL_FUNCTIONS:
            return setting
        if setting in ("none", "false", "client"):
            return ""
        for function in SPATIAL_FUNCTIONS:
            probe = self.url("Locations", [("$top", "1"), ("$filter", spatial_filter(function, bbox))])
            if self.accepts(probe):
                return function
        return ""

    def latest_mode(self) -> str:
        """``expand`` when the latest Observation can be expanded in Datastreams, else ``per_datastream``."""
        setting = str(self.source.get("latest")).lower()
        if setting in ("expand", "per_datastream"):
            return setting
        probe = self.url("Locations", [("$top", "1"), ("$expand", things_expand(True, ORDER_FIELDS[0]))])
        return "expand" if self.accepts(probe) else "per_datastream"

    def order_field(self) -> str:
        """The Observation field the server sorts by: phenomenonTime, else resultTime."""
        for name in ORDER_FIELDS:
            if self.accepts(self.url("Observations", [("$top", "1"), ("$orderby", f"{name} desc")])):
                return name
        raise NrwTwinError(
            msg("{}: the server cannot sort observations by time, so the latest values cannot be read. Ask the "
                "operator of the service, or use another source.", self.source.label)
        )

    # -- paging ----------------------------------------------------------------------------------
    def pages(self, first_url: str, stats: Any, max_pages: int,
              too_many: Optional[Callable[[], NrwTwinError]] = None) -> Iterator[List[Any]]:
        """The entity lists of ``first_url`` and its ``@iot.nextLink`` pages (links used as given).

        ``stats`` counts ``pages`` (and ``reported_total`` from ``@iot.count``); more than ``max_pages``
        pages raise ``too_many()`` (default: the message for locations).
        """
        url: Optional[str] = first_url
        while url:
            check_canceled(self.progress)
            if stats.pages >= max_pages:
                raise too_many() if too_many is not None else self.cap_error(stats, max_pages)
            document = self.client.get(url)
            values = collection(document)
            if values is None:
                raise not_sta(self.source, url)
            stats.pages += 1
            if getattr(stats, "reported_total", 0) is None and isinstance(document.get("@iot.count"), int):
                stats.reported_total = int(document["@iot.count"])
            yield values
            link = document.get("@iot.nextLink")
            url = link if isinstance(link, str) and link.strip() and values else None

    def cap_error(self, stats: SensorStats, max_pages: int) -> NrwTwinError:
        if stats.reported_total is not None:
            return NrwTwinError(
                msg("{}: the server reports {:,} locations for this request, more than the {:,} pages of {:,} that "
                    "may be read. Choose a smaller area or a property, or raise 'max_pages' of the source in the "
                    "sensor catalogue override.", self.source.label, stats.reported_total, max_pages,
                    int(self.source.get("page_size")))
            )
        return NrwTwinError(
            msg("{}: the answer has more than {:,} pages of {:,} locations. Choose a smaller area or a property, "
                "or raise 'max_pages' of the source in the sensor catalogue override.", self.source.label,
                max_pages, int(self.source.get("page_size")))
        )

    def nested(self, entity: Mapping[str, Any], member: str, stats: SensorStats) -> List[Any]:
        """The expanded list ``member`` of ``entity``, completed from its nextLink when the link names that
        collection (FROST); otherwise the cut list is counted."""
        values = [item for item in entity.get(member) or [] if isinstance(item, Mapping)]
        link = entity.get(f"{member}@iot.nextLink")
        guard = 0
        while isinstance(link, str) and link:
            if not urlsplit(link).path.rstrip("/").endswith(member) or guard >= int(self.source.get("max_pages")):
                stats.cut_lists += 1
                break
            document = self.client.get(link)
            more = collection(document) or []
            values.extend(item for item in more if isinstance(item, Mapping))
            link = document.get("@iot.nextLink") if more else None
            guard += 1
        return values

    def complete_reading(self, reading: Reading, order: str) -> None:
        """Property, unit and latest value of one datastream, read from the datastream itself
        (``Datastreams(id)?$expand=ObservedProperty,Observations($top=1;$orderby=… desc)``)."""
        expand = f"ObservedProperty,Observations($top=1;$orderby={order} desc)"
        document = self.client.get(reading.url + "?" + query_string([("$expand", expand)]))
        if not isinstance(document, Mapping):
            raise not_sta(self.source, reading.url)
        complete = reading_from_datastream(document, self.base)
        complete.url = reading.url
        reading.__dict__.update(complete.__dict__)


def spatial_filter(function: str, bbox: BBox) -> str:
    return f"{function}(location,geography'{polygon_wkt(bbox)}')"


def things_expand(with_latest: bool, order: str) -> str:
    """``Things($expand=Datastreams($expand=ObservedProperty,Observations($top=1;$orderby=… desc)))``, or
    only ``Things($expand=Datastreams)`` when each datastream is read on its own."""
    if not with_latest:
        return "Things($expand=Datastreams)"
    return f"Things($expand=Datastreams($expand=ObservedProperty,Observations($top=1;$orderby={order} desc)))"


def _site(location: Mapping[str, Any], things: List[Mapping[str, Any]], point: Tuple[float, float]) -> SensorSite:
    names = [str(t.get("name") or "") for t in things]
    return SensorSite(
        location_id=entity_id(location),
        location_name=str(location.get("name") or ""),
        sensor_id="; ".join(entity_id(t) for t in things),
        sensor_name="; ".join(n for n in names if n) or str(location.get("name") or ""),
        lon=point[0],
        lat=point[1],
        description=str((things[0].get("description") if things else location.get("description")) or "")[:250],
    )


class LocationReader:
    """Turns pages of Location entities into :class:`SensorSite` objects inside the area."""

    def __init__(self, service: StaService, bbox: BBox, stats: SensorStats) -> None:
        self.service, self.bbox, self.stats = service, bbox, stats
        self.sites: List[SensorSite] = []

    def add_page(self, locations: List[Any]) -> None:
        points, kept = [], []
        for location in locations:
            self.stats.locations_read += 1
            point = location_point(location.get("location")) if isinstance(location, Mapping) else None
            if point is None:
                self.stats.broken_locations += 1
                continue
            points.append(point)
            kept.append(location)
        if not kept:
            return
        x, y = to_grid([p[0] for p in points], [p[1] for p in points])
        mask = inside(x, y, self.bbox)
        self.stats.outside_area += int((~mask).sum())
        for index in mask.nonzero()[0]:
            self.add_location(kept[index], points[index], float(x[index]), float(y[index]))

    def add_location(self, location: Mapping[str, Any], point: Tuple[float, float], x: float, y: float) -> None:
        things = self.service.nested(location, "Things", self.stats)
        if not things:
            return
        site = _site(location, things, point)
        site.x, site.y = x, y
        for thing in things:
            for datastream in self.service.nested(thing, "Datastreams", self.stats):
                self.stats.datastreams += 1
                site.readings.append(reading_from_datastream(datastream, self.service.base))
        self.sites.append(site)


def read_sta(
    source: SensorSource,
    bbox: BBox,
    client: JsonClient,
    progress: Progress,
    prop: str = "",
    since: Optional[datetime] = None,
    page_size: Optional[int] = None,
    max_pages: Optional[int] = None,
) -> SensorResult:
    """The sensor locations of ``source`` in ``bbox`` (EPSG:25832) with their latest values (see module doc)."""
    stats = SensorStats()
    service = StaService(source, client, progress)
    page_size = int(page_size or source.get("page_size"))
    max_pages = int(max_pages or source.get("max_pages"))
    service.check_root()
    progress.set_progress(2)
    function = service.spatial_function(bbox)
    stats.spatial_filter = function or "client"
    stats.latest = service.latest_mode()
    order = ORDER_FIELDS[0] if stats.latest == "expand" else service.order_field()
    _log_capabilities(source, stats, order, progress)
    params = [("$top", str(page_size)), ("$count", "true"),
              ("$expand", things_expand(stats.latest == "expand", order))]
    if function:
        params.insert(0, ("$filter", spatial_filter(function, bbox)))
    reader = LocationReader(service, bbox, stats)
    for locations in service.pages(service.url("Locations", params), stats, max_pages):
        reader.add_page(locations)
        _page_progress(progress, stats, page_size, 5.0, 70.0)
    if stats.latest == "per_datastream":
        _complete_readings(service, reader.sites, order, progress)
    sites = filter_property(reader.sites, prop, stats)
    apply_since(sites, since, stats)
    stats.requests = client.requests_sent
    progress.set_progress(100)
    return SensorResult(sort_sites(sites), stats)


def _log_capabilities(source: SensorSource, stats: SensorStats, order: str, progress: Progress) -> None:
    if stats.spatial_filter == "client":
        progress.info(msg("{}: the server does not filter by area; all its locations are read and filtered here.",
                          source.label))
    if stats.latest == "per_datastream":
        progress.info(msg("{}: the server cannot expand the latest observation; it is asked per datastream "
                          "(sorted by {}).", source.label, order))


def _page_progress(progress: Progress, stats: SensorStats, page_size: int, start: float, span: float) -> None:
    if stats.reported_total:
        done = min(1.0, stats.pages * page_size / max(stats.reported_total, 1))
        progress.set_progress(start + span * done)


def _complete_readings(service: StaService, sites: List[SensorSite], order: str, progress: Progress) -> None:
    readings = [reading for site in sites for reading in site.readings]
    for index, reading in enumerate(readings):
        check_canceled(progress)
        service.complete_reading(reading, order)
        progress.set_progress(75.0 + 24.0 * (index + 1) / len(readings))

