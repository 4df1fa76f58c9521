"""OpenGeodata.NRW tile products: folder layout, file-name patterns and the folder indexes.

Source of the layout: https://www.opengeodata.nrw.de/produkte/ (GEObasis.NRW, licence
dl-de/zero-2-0) as documented in docs/NRW-DATA.md. Every product folder holds 1 km × 1 km tiles in
EPSG:25832 named by the south-west corner in km, an ``index.json``
(``{"datasets":[{"files":[{"name": "...", "size": "<bytes as string>", "timestamp": "..."}]}]}``) and
an ``index.xml`` (``<opengeodata><datasets><dataset><files><file name=".." size=".."/>``).
File names carry a year that differs per tile (DGM1, DOM1, nDOM, DOP), so names are never built
from a pattern alone: they are looked up in the index, which also gives the size used to verify a
download.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Tuple

from .errors import Canceled, NrwTwinError
from .messages import Message, msg
from .tilegrid import Tile

DEFAULT_BASE_URL = "https://www.opengeodata.nrw.de/produkte/"
ENV_BASE_URL = "NRWTWIN_OPENGEODATA_URL"
INDEX_MAX_AGE_S = 24 * 3600.0
INDEX_CACHE_FOLDER = "_index"


class ServerUnreachable(NrwTwinError):
    """The server did not answer at all (no point trying the other index format)."""


@dataclass(frozen=True)
class Product:
    """A tile product of OpenGeodata.NRW.

    ``patterns`` are regular expressions matching the product's file names; their named groups
    ``e`` and ``n`` give the tile's south-west corner in km and the optional group ``year`` the
    delivery year. When a folder lists several files for one tile the newest year wins, then the
    name with the UTM zone (the 2018 LoD1/LoD2 deliveries had names without ``32_``).
    """

    key: str
    label: str
    folder: str
    example: str
    patterns: Tuple[str, ...]

    def match(self, name: str) -> Optional[Tuple[Tile, int, int]]:
        """(tile, year or 0, rank of the pattern: 0 best) for a file name of this product, else None."""
        for rank, pattern in enumerate(self.patterns):
            found = re.fullmatch(pattern, name)
            if found:
                year = found.groupdict().get("year")
                return Tile(int(found.group("e")), int(found.group("n"))), int(year or 0), rank
        return None


_E, _N = r"(?P<e>\d{3})", r"(?P<n>\d{4})"
_YEAR = r"(?P<year>\d{4})"

PRODUCTS: Dict[str, Product] = {
    p.key: p
    for p in (
        Product(
            "LoD2",
            "3D building models LoD2 (CityGML)",
            "geobasis/3dg/lod2_gml/lod2_gml/",
            "LoD2_32_404_5746_1_NW.gml",
            (rf"LoD2_32_{_E}_{_N}_1_NW\.gml", rf"LoD2_{_E}_{_N}_1_NW\.gml"),
        ),
        Product(
            "LoD1",
            "3D building models LoD1 (CityGML)",
            "geobasis/3dg/lod1_gml/lod1_gml/",
            "LoD1_32_404_5746_1_NW.gml",
            (rf"LoD1_32_{_E}_{_N}_1_NW\.gml", rf"LoD1_{_E}_{_N}_1_NW\.gml"),
        ),
        Product(
            "DGM1",
            "Digital terrain model 1 m (GeoTIFF)",
            "geobasis/hm/dgm1_tiff/dgm1_tiff/",
            "dgm1_32_404_5746_1_nw_2022.tif",
            (rf"dgm1_32_{_E}_{_N}_1_nw_{_YEAR}\.tif",),
        ),
        Product(
            "DOM1",
            "Digital surface model 1 m (GeoTIFF)",
            "geobasis/hm/dom1_tiff/dom1_tiff/",
            "dom1_32_404_5746_1_nw_2022.tif",
            (rf"dom1_32_{_E}_{_N}_1_nw_{_YEAR}\.tif",),
        ),
        Product(
            "nDOM50",
            "Normalised surface model 0.5 m (GeoTIFF)",
            "geobasis/hm/ndom50_tiff/ndom50_tiff/",
            "ndom50_32404_5746_1_nw_2022.tif",
            # The published names have no underscore after the zone: ndom50_32404_5746_1_nw_2022.tif
            (rf"ndom50_32{_E}_{_N}_1_nw_{_YEAR}\.tif", rf"ndom50_32_{_E}_{_N}_1_nw_{_YEAR}\.tif"),
        ),
        Product(
            "DOP10",
            "Digital orthophotos 10 cm RGBI (JPEG 2000)",
            "geobasis/lusat/akt/dop/dop_jp2_f10/",
            "dop10rgbi_32_404_5746_1_nw_2022.jp2",
            (rf"dop10rgbi_32_{_E}_{_N}_1_nw_{_YEAR}\.jp2",),
        ),
    )
}

#: Order of the PRODUCT enum of nrwtwin:downloadtiles (never reorder: saved models store the index).
PRODUCT_ORDER: Tuple[str, ...] = ("LoD2", "LoD1", "DGM1", "DOM1", "nDOM50", "DOP10")


def product(key: str) -> Product:
    """The product for a key such as ``LoD2`` (case-insensitive)."""
    for candidate in PRODUCTS.values():
        if candidate.key.lower() == str(key).lower():
            return candidate
    raise NrwTwinError(msg("Unknown product '{}'. Choose one of: {}.", str(key), ", ".join(PRODUCT_ORDER)))


def resolve_base_url(configured: Optional[str] = None) -> str:
    """The OpenGeodata base URL: env ``NRWTWIN_OPENGEODATA_URL`` > ``configured`` (QGIS setting) > default.

    The environment wins over the QGIS setting so that tests, CI and batch runs can point a
    configured QGIS profile at a mirror or a local test server without touching its settings.
    """
    url = (os.environ.get(ENV_BASE_URL) or "").strip() or (configured or "").strip() or DEFAULT_BASE_URL
    if not re.match(r"^https?://[^/]+", url):
        raise NrwTwinError(
            msg(
                "The OpenGeodata.NRW address '{}' is not an http(s) URL. Fix the setting "
                "'nrw_digital_twin/opengeodata_url' or the environment variable {}, or remove it to use {}.",
                url,
                ENV_BASE_URL,
                DEFAULT_BASE_URL,
            )
        )
    return url if url.endswith("/") else url + "/"


def folder_url(base_url: str, prod: Product) -> str:
    return base_url.rstrip("/") + "/" + prod.folder


# --------------------------------------------------------------------------------------- index


@dataclass(frozen=True)
class IndexEntry:
    name: str
    size: Optional[int]
    timestamp: str = ""


class FolderIndex:
    """The files of one product folder, with the best file per tile."""

    def __init__(self, prod: Product, url: str, entries: Iterable[IndexEntry], source: str = "") -> None:
        self.product, self.url, self.source = prod, url, source
        self.entries: Dict[str, IndexEntry] = {e.name: e for e in entries}
        best: Dict[Tile, Tuple[Tuple[int, int], IndexEntry]] = {}
        for entry in self.entries.values():
            found = prod.match(entry.name)
            if found is None:
                continue
            tile, year, rank = found
            score = (year, -rank)
            if tile not in best or score > best[tile][0]:
                best[tile] = (score, entry)
        self.by_tile: Dict[Tile, IndexEntry] = {tile: value[1] for tile, value in best.items()}

    def lookup(self, tile: Tile) -> Optional[IndexEntry]:
        """The file for a tile, or None when the folder has none (sea, outside coverage)."""
        return self.by_tile.get(tile)

    def file_url(self, entry: IndexEntry) -> str:
        return self.url + entry.name

    def __len__(self) -> int:
        return len(self.entries)


def _size(value) -> Optional[int]:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def parse_index_json(data: bytes) -> List[IndexEntry]:
    """Entries of an ``index.json``; raises ValueError when it is not JSON of the known structure."""
    doc = json.loads(data.decode("utf-8-sig"))
    if not isinstance(doc, dict) or not isinstance(doc.get("datasets"), list):
        raise ValueError("no 'datasets' list")
    entries = []
    for dataset in doc["datasets"]:
        for item in (dataset or {}).get("files", []) or []:
            if isinstance(item, dict) and item.get("name"):
                entries.append(IndexEntry(str(item["name"]), _size(item.get("size")), str(item.get("timestamp", ""))))
    return entries


def parse_index_xml(data: bytes) -> List[IndexEntry]:
    """Entries of an ``index.xml`` (every ``file`` element with a ``name``); raises ValueError if broken."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as error:
        raise ValueError(str(error)) from error
    entries = []
    for element in root.iter("{*}file", "file"):
        name = element.get("name")
        if name:
            entries.append(IndexEntry(name, _size(element.get("size")), element.get("timestamp", "")))
    if not entries and etree.QName(root).localname != "opengeodata":
        raise ValueError(f"unexpected root element <{etree.QName(root).localname}>")
    return entries


def index_cache_path(cache_dir: Path, url: str, prod: Product) -> Path:
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
    return Path(cache_dir) / INDEX_CACHE_FOLDER / f"{prod.key}_{digest}.json"


def _write_cached_index(path: Path, url: str, entries: List[IndexEntry]) -> None:
    payload = {
        "url": url,
        "fetched": time.time(),
        "datasets": [
            {
                "files": [
                    {"name": e.name, "size": str(e.size) if e.size is not None else "", "timestamp": e.timestamp}
                    for e in entries
                ]
            }
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(payload), encoding="utf-8")
    os.replace(tmp, path)


def _read_cached_index(path: Path) -> Tuple[List[IndexEntry], float]:
    data = path.read_bytes()
    fetched = json.loads(data.decode("utf-8")).get("fetched", path.stat().st_mtime)
    return parse_index_json(data), float(fetched)


Fetch = Callable[[str], bytes]


def load_index(
    prod: Product,
    base_url: str,
    fetch: Fetch,
    cache_dir: Optional[Path] = None,
    refresh: bool = False,
    max_age_s: float = INDEX_MAX_AGE_S,
    warn: Optional[Callable[[str], None]] = None,
) -> FolderIndex:
    """The folder index of a product: from the disk cache when younger than ``max_age_s``, else fetched.

    ``fetch(url) -> bytes`` downloads one URL (raising on HTTP or network errors). ``index.json`` is
    tried first, then ``index.xml``. When both fail and an older cached copy exists it is used with a
    warning; otherwise a :class:`NrwTwinError` names both URLs.
    """
    url = folder_url(base_url, prod)
    cached = index_cache_path(cache_dir, url, prod) if cache_dir is not None else None
    stale: Optional[List[IndexEntry]] = None
    if cached is not None and cached.exists():
        try:
            entries, fetched = _read_cached_index(cached)
        except (OSError, ValueError):
            entries, fetched = [], 0.0
        if entries and not refresh and time.time() - fetched < max_age_s:
            return FolderIndex(prod, url, entries, source=str(cached))
        stale = entries or None
    problems: List[Message] = []
    for name, parser in (("index.json", parse_index_json), ("index.xml", parse_index_xml)):
        try:
            entries = parser(fetch(url + name))
        except Canceled:
            raise
        except ServerUnreachable as error:
            problems.append(msg("{}: {}", url + name, error.args[0] if error.args else str(error)))
            break
        except NrwTwinError as error:
            problems.append(msg("{}: {}", url + name, error.args[0] if error.args else str(error)))
            continue
        except (ValueError, UnicodeDecodeError) as error:
            problems.append(msg("{}: not a valid index ({})", url + name, str(error)))
            continue
        if cached is not None:
            try:
                _write_cached_index(cached, url, entries)
            except OSError as error:
                if warn:
                    warn(msg("Could not cache the index in {}: {}", str(cached), error.strerror or str(error)))
        return FolderIndex(prod, url, entries, source=url + name)
    if stale is not None:
        if warn:
            warn(
                msg(
                    "Could not refresh the tile index of {} ({}); using the copy cached in {}.",
                    url,
                    _joined(problems),
                    str(cached),
                )
            )
        return FolderIndex(prod, url, stale, source=str(cached))
    raise NrwTwinError(
        msg(
            "Could not read the tile index of {} at {}: {}. Check the internet connection and the proxy in QGIS's "
            "network settings, or the OpenGeodata address (setting 'nrw_digital_twin/opengeodata_url', "
            "environment variable {}).",
            prod.label,
            url,
            _joined(problems),
            ENV_BASE_URL,
        )
    )


def _joined(parts: List[Message]) -> Message:
    """Messages joined with '; ' (each translated on its own)."""
    joined = parts[0] if parts else msg("no answer")
    for part in parts[1:]:
        joined = msg("{}; {}", joined, part)
    return joined
