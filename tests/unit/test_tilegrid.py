"""Tile grid engine: keys, coverage at tile edges, reprojection and bad areas."""
import pytest

from nrw_digital_twin.algorithms import tilegrid
from nrw_digital_twin.algorithms.errors import NrwTwinError


def test_single_tile_inside():
    tiles = tilegrid.tiles_for_extent((404100, 5746200, 404900, 5746800))
    assert [t.key for t in tiles] == ["32_404_5746"]
    assert tiles[0].bounds == (404000, 5746000, 405000, 5747000)


def test_extent_on_tile_edges_does_not_add_neighbours():
    tiles = tilegrid.tiles_for_extent((404000, 5746000, 406000, 5747000))
    assert [t.key for t in tiles] == ["32_404_5746", "32_405_5746"]


def test_order_south_to_north_then_west_to_east():
    tiles = tilegrid.tiles_for_extent((404500, 5746500, 405500, 5747500))
    assert [t.key for t in tiles] == ["32_404_5746", "32_405_5746", "32_404_5747", "32_405_5747"]


def test_key_roundtrip_and_2018_names():
    assert tilegrid.Tile.from_key("32_404_5746") == tilegrid.Tile(404, 5746)
    assert tilegrid.Tile.from_key("472_5757") == tilegrid.Tile(472, 5757)
    with pytest.raises(NrwTwinError, match="not an NRW tile key"):
        tilegrid.Tile.from_key("LoD2_32_1")


def test_empty_area():
    with pytest.raises(NrwTwinError, match="empty"):
        tilegrid.tiles_for_extent((404000, 5746000, 404000, 5747000))


def test_outside_nrw_names_both_extents():
    with pytest.raises(NrwTwinError) as info:
        tilegrid.tiles_for_extent((690000, 5330000, 691000, 5331000))  # Munich
    message = str(info.value)
    assert "690000, 5330000 – 691000, 5331000" in message
    assert "280000, 5560000 – 536000, 5830000" in message


def test_too_many_tiles_gives_the_count():
    with pytest.raises(NrwTwinError, match="covers 2,500 tiles.*limit of 2,000"):
        tilegrid.tiles_for_extent((300000, 5600000, 350000, 5650000))
    assert len(tilegrid.tiles_for_extent((300000, 5600000, 340000, 5650000))) == 2000


def test_wgs84_extent_reprojected():
    # Münster old town. gdaltransform gives (7.62, 51.96) → (405180.0, 5757488.7) and
    # (7.62, 51.965) → (405190.6, 5758044.8) in EPSG:25832: the transformed box must hold every
    # corner, so its top comes from the north-west corner.
    extent = tilegrid.transform_extent((7.62, 51.96, 7.63, 51.965), "EPSG:4326")
    assert extent[0] == pytest.approx(405180.0, abs=1.0)
    assert extent[3] == pytest.approx(5758044.8, abs=1.0)
    keys = [t.key for t in tilegrid.tiles_for_extent(extent)]
    assert keys == ["32_405_5757", "32_405_5758"]
