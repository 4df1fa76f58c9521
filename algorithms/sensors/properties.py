"""Observed-property filter: "temperature" finds "Lufttemperatur", "PM10" finds "Feinstaub PM10".

The match is a case-insensitive substring test on the property name and the last part of its
definition URL (the datastream name when there is no property), after removing everything but
letters and digits ("PM2.5" = "pm25", "water level" = "waterlevel"); a few German/English names of
common properties are synonyms.
"""
from __future__ import annotations

import re
from typing import Iterable, List

SYNONYMS: List[List[str]] = [
    ["temperature", "temperatur"],
    ["humidity", "luftfeuchte", "luftfeuchtigkeit", "feuchte"],
    ["pm10", "feinstaubpm10"],
    ["pm25", "pm2_5", "feinstaubpm25"],
    ["waterlevel", "wasserstand", "pegel", "gaugeheight"],
    ["no2", "stickstoffdioxid", "nitrogendioxide"],
    ["o3", "ozon", "ozone"],
    ["pressure", "luftdruck", "druck"],
    ["noise", "laerm", "lärm", "schall", "sound"],
    ["precipitation", "niederschlag", "rain", "regen"],
    ["windspeed", "windgeschwindigkeit"],
    ["traffic", "verkehr", "fahrzeuge", "vehicles"],
]


def normalize(text: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", (text or "").lower())


def terms(wanted: str) -> List[str]:
    """The normalized search terms of a filter text (itself and its synonyms)."""
    key = normalize(wanted)
    if not key:
        return []
    found = {key}
    for group in SYNONYMS:
        if any(key == normalize(word) for word in group):
            found.update(normalize(word) for word in group)
    return sorted(found)


def matches(search: List[str], texts: Iterable[str]) -> bool:
    """True when no filter is set or one term occurs in one of ``texts``."""
    if not search:
        return True
    haystack = [normalize(text) for text in texts if text]
    return any(term in text for term in search for text in haystack)
