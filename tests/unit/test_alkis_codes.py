"""ALKIS code lists: every code used in the fixtures has words; roof types of NRW-DATA.md are complete."""

from __future__ import annotations

import re

import pytest

from nrw_digital_twin.algorithms import alkis_codes


def codes_in_fixtures(citygml_dir, tag):
    found = set()
    for path in citygml_dir.glob("*.gml"):
        found.update(re.findall(rf"<bldg:{tag}>([^<]+)</bldg:{tag}>", path.read_text(encoding="utf-8")))
    return found


def test_every_function_in_the_fixtures_is_named(citygml_dir):
    codes = codes_in_fixtures(citygml_dir, "function")
    assert len(codes) >= 15
    for code in codes:
        assert code in alkis_codes.BUILDING_FUNCTIONS, code


def test_every_roof_type_in_the_fixtures_is_named(citygml_dir):
    codes = codes_in_fixtures(citygml_dir, "roofType")
    assert codes >= {"1000", "3100"}
    for code in codes:
        assert code in alkis_codes.ROOF_TYPES, code


def test_roof_types_are_the_adv_list():
    assert sorted(alkis_codes.ROOF_TYPES) == sorted(
        "1000 2100 2200 3100 3200 3300 3400 3500 3600 3700 3800 3900 4000 5000 9999".split()
    )


@pytest.mark.parametrize(
    "code, de, en",
    [
        ("31001_1010", "Wohnhaus", "residential building (house)"),
        ("31001_2463", "Garage", "garage"),
        ("51009_1610", "Überdachung", "roof canopy"),
        ("1010", "Wohnhaus", "residential building (house)"),
        ("31001_7777", "31001_7777", "31001_7777"),
    ],
)
def test_function_names(code, de, en):
    assert alkis_codes.function_name(code, "de") == de
    assert alkis_codes.function_name(code, "en") == en


def test_roof_type_names_and_empty_values():
    assert alkis_codes.roof_type_name("3300") == "Krüppelwalmdach"
    assert alkis_codes.roof_type_name(3100.0, "en") == "gable roof"
    assert alkis_codes.roof_type_name(None) is None
    assert alkis_codes.function_name("NULL") is None


def test_residential_and_building_classes():
    assert alkis_codes.is_residential("31001_1010") and alkis_codes.is_residential("31001_1313")
    assert alkis_codes.is_residential("31001_2310")
    assert not alkis_codes.is_residential("31001_2463") and not alkis_codes.is_residential("51009_1610")
    assert not alkis_codes.is_building("51009_1611") and alkis_codes.is_building("31001_2720")
