"""ALKIS code lists used in NRW CityGML: building functions and roof types, in German and English.

Sources: the AdV CityGML code lists (BuildingFunctionTypeAdV, RoofTypeTypeAdV; repository.gdi-de.org/
schemas/adv/citygml/Codelisten/) which reuse the ALKIS/GeoInfoDok object-type codes: ``31001`` =
AX_Gebaeude (attribute Gebäudefunktion), ``51003`` = AX_VorratsbehaelterSpeicherbauwerk, ``51009`` =
AX_SonstigesBauwerkOderSonstigeEinrichtung. A ``bldg:function`` value is ``<object type>_<code>``.
English terms are our translations. Codes that are not listed here are shown as the raw code.
"""

from __future__ import annotations

from typing import Dict, Optional, Tuple

# code → (German, English)
BUILDING_FUNCTIONS: Dict[str, Tuple[str, str]] = {
    "31001_1000": ("Wohngebäude", "residential building"),
    "31001_1010": ("Wohnhaus", "residential building (house)"),
    "31001_1020": ("Wohnheim", "residential home"),
    "31001_1021": ("Kinderheim", "children's home"),
    "31001_1022": ("Seniorenheim", "senior citizens' home"),
    "31001_1023": ("Schwesternwohnheim", "nurses' home"),
    "31001_1024": ("Studenten-, Schülerwohnheim", "student residence"),
    "31001_1025": ("Schullandheim", "school country hostel"),
    "31001_1100": ("Gemischt genutztes Gebäude mit Wohnen", "mixed-use building with dwellings"),
    "31001_1110": ("Wohngebäude mit Gemeinbedarf", "residential building with community facilities"),
    "31001_1120": ("Wohngebäude mit Handel und Dienstleistungen", "residential building with trade and services"),
    "31001_1121": ("Wohn- und Verwaltungsgebäude", "residential and administrative building"),
    "31001_1122": ("Wohn- und Bürogebäude", "residential and office building"),
    "31001_1123": ("Wohn- und Geschäftsgebäude", "residential and commercial building"),
    "31001_1130": ("Wohngebäude mit Gewerbe und Industrie", "residential building with business and industry"),
    "31001_1131": ("Wohn- und Betriebsgebäude", "residential and operational building"),
    "31001_1210": ("Land- und forstwirtschaftliches Wohngebäude", "agricultural or forestry residential building"),
    "31001_1220": (
        "Land- und forstwirtschaftliches Wohn- und Betriebsgebäude",
        "agricultural or forestry residential and operational building",
    ),
    "31001_1221": ("Bauernhaus", "farmhouse"),
    "31001_1222": ("Wohn- und Wirtschaftsgebäude", "residential and farm building"),
    "31001_1223": ("Forsthaus", "forester's house"),
    "31001_1310": ("Gebäude zur Freizeitgestaltung", "leisure building"),
    "31001_1311": ("Ferienhaus", "holiday house"),
    "31001_1312": ("Wochenendhaus", "weekend house"),
    "31001_1313": ("Gartenhaus", "garden house"),
    "31001_2000": ("Gebäude für Wirtschaft oder Gewerbe", "building for trade or business"),
    "31001_2010": ("Gebäude für Handel und Dienstleistungen", "building for trade and services"),
    "31001_2020": ("Bürogebäude", "office building"),
    "31001_2030": ("Kreditinstitut", "bank"),
    "31001_2040": ("Versicherung", "insurance building"),
    "31001_2050": ("Geschäftsgebäude", "commercial building"),
    "31001_2051": ("Kaufhaus", "department store"),
    "31001_2052": ("Einkaufszentrum", "shopping centre"),
    "31001_2053": ("Markthalle", "market hall"),
    "31001_2054": ("Laden", "shop"),
    "31001_2055": ("Kiosk", "kiosk"),
    "31001_2056": ("Apotheke", "pharmacy"),
    "31001_2060": ("Messehalle", "exhibition hall"),
    "31001_2070": ("Gebäude für Beherbergung", "accommodation building"),
    "31001_2071": ("Hotel, Motel, Pension", "hotel, motel, guest house"),
    "31001_2072": ("Jugendherberge", "youth hostel"),
    "31001_2073": ("Hütte (mit Übernachtungsmöglichkeit)", "hut (with overnight accommodation)"),
    "31001_2074": ("Campingplatzgebäude", "campsite building"),
    "31001_2080": ("Gebäude für Bewirtung", "catering building"),
    "31001_2081": ("Gaststätte, Restaurant", "restaurant"),
    "31001_2082": ("Hütte (ohne Übernachtungsmöglichkeit)", "hut (without overnight accommodation)"),
    "31001_2083": ("Kantine", "canteen"),
    "31001_2090": ("Freizeit- und Vergnügungsstätte", "leisure and entertainment venue"),
    "31001_2091": ("Festsaal", "banquet hall"),
    "31001_2092": ("Kino", "cinema"),
    "31001_2093": ("Kegel-, Bowlinghalle", "bowling alley"),
    "31001_2094": ("Spielkasino", "casino"),
    "31001_2095": ("Spielhalle", "amusement arcade"),
    "31001_2100": ("Gebäude für Gewerbe und Industrie", "building for business and industry"),
    "31001_2110": ("Produktionsgebäude", "production building"),
    "31001_2111": ("Fabrik", "factory"),
    "31001_2112": ("Betriebsgebäude", "operational building"),
    "31001_2113": ("Brauerei", "brewery"),
    "31001_2114": ("Brennerei", "distillery"),
    "31001_2120": ("Werkstatt", "workshop"),
    "31001_2121": ("Sägewerk", "sawmill"),
    "31001_2130": ("Tankstelle", "petrol station"),
    "31001_2131": ("Waschstraße, Waschanlage, Waschhalle", "car wash"),
    "31001_2140": ("Gebäude für Vorratshaltung", "storage building"),
    "31001_2141": ("Kühlhaus", "cold store"),
    "31001_2142": ("Speichergebäude", "storehouse"),
    "31001_2143": ("Lagerhalle, Lagerschuppen, Lagerhaus", "warehouse, storage shed"),
    "31001_2150": ("Speditionsgebäude", "freight forwarding building"),
    "31001_2160": ("Gebäude für Forschungszwecke", "research building"),
    "31001_2170": ("Gebäude für Grundstoffgewinnung", "building for raw material extraction"),
    "31001_2171": ("Bergwerk", "mine building"),
    "31001_2172": ("Saline", "saltworks"),
    "31001_2180": ("Gebäude für betriebliche Sozialeinrichtung", "building for staff welfare facilities"),
    "31001_2200": ("Sonstiges Gebäude für Gewerbe und Industrie", "other building for business and industry"),
    "31001_2210": ("Mühle", "mill"),
    "31001_2211": ("Windmühle", "windmill"),
    "31001_2212": ("Wassermühle", "watermill"),
    "31001_2213": ("Schöpfwerk", "drainage pumping station"),
    "31001_2220": ("Wetterstation", "weather station"),
    "31001_2310": (
        "Gebäude für Handel und Dienstleistung mit Wohnen",
        "building for trade and services with dwellings",
    ),
    "31001_2320": ("Gebäude für Gewerbe und Industrie mit Wohnen", "building for business and industry with dwellings"),
    "31001_2400": ("Betriebsgebäude zu Verkehrsanlagen (allgemein)", "transport operations building"),
    "31001_2410": ("Betriebsgebäude für Straßenverkehr", "road traffic operations building"),
    "31001_2411": ("Straßenmeisterei", "road maintenance depot"),
    "31001_2412": ("Wartehalle", "waiting shelter"),
    "31001_2420": ("Betriebsgebäude für Schienenverkehr", "railway operations building"),
    "31001_2421": ("Bahnwärterhaus", "railway keeper's house"),
    "31001_2422": ("Lokschuppen, Wagenhalle", "engine shed, carriage shed"),
    "31001_2423": ("Stellwerk, Blockstelle", "signal box"),
    "31001_2424": ("Betriebsgebäude des Güterbahnhofs", "freight station building"),
    "31001_2430": ("Betriebsgebäude für Flugverkehr", "air traffic operations building"),
    "31001_2431": ("Flugzeughalle", "hangar"),
    "31001_2440": ("Betriebsgebäude für Schiffsverkehr", "shipping operations building"),
    "31001_2441": ("Werft (Halle)", "shipyard hall"),
    "31001_2442": ("Dock (Halle)", "dock hall"),
    "31001_2443": ("Betriebsgebäude zur Schleuse", "lock operations building"),
    "31001_2444": ("Bootshaus", "boathouse"),
    "31001_2450": ("Betriebsgebäude zur Seilbahn", "cable car operations building"),
    "31001_2451": ("Spannwerk zur Drahtseilbahn", "cable tensioning building"),
    "31001_2460": ("Gebäude zum Parken", "parking building"),
    "31001_2461": ("Parkhaus", "multi-storey car park"),
    "31001_2462": ("Parkdeck", "parking deck"),
    "31001_2463": ("Garage", "garage"),
    "31001_2464": ("Fahrzeughalle", "vehicle hall"),
    "31001_2465": ("Tiefgarage", "underground car park"),
    "31001_2500": ("Gebäude zur Versorgung", "utility building"),
    "31001_2501": ("Gebäude zur Energieversorgung", "energy supply building"),
    "31001_2510": ("Gebäude zur Wasserversorgung", "water supply building"),
    "31001_2511": ("Wasserwerk", "waterworks"),
    "31001_2512": ("Pumpstation", "pumping station"),
    "31001_2513": ("Wasserbehälter", "water tank"),
    "31001_2520": ("Gebäude zur Elektrizitätsversorgung", "electricity supply building"),
    "31001_2521": ("Elektrizitätswerk", "power station"),
    "31001_2522": ("Umspannwerk", "transformer substation"),
    "31001_2523": ("Umformer", "transformer building"),
    "31001_2527": ("Reaktorgebäude", "reactor building"),
    "31001_2528": ("Turbinenhaus", "turbine house"),
    "31001_2529": ("Kesselhaus", "boiler house"),
    "31001_2540": ("Gebäude für Fernmeldewesen", "telecommunications building"),
    "31001_2560": ("Gebäude an unterirdischen Leitungen", "building at underground lines"),
    "31001_2570": ("Gebäude zur Gasversorgung", "gas supply building"),
    "31001_2571": ("Gaswerk", "gasworks"),
    "31001_2580": ("Heizwerk", "heating plant"),
    "31001_2590": ("Gebäude zur Versorgungsanlage", "supply facility building"),
    "31001_2591": ("Pumpwerk (nicht für Wasserversorgung)", "pumping plant (not water supply)"),
    "31001_2600": ("Gebäude zur Entsorgung", "waste disposal building"),
    "31001_2610": ("Gebäude zur Abwasserbeseitigung", "wastewater building"),
    "31001_2611": ("Gebäude der Kläranlage", "sewage treatment plant building"),
    "31001_2612": ("Toilette", "toilet"),
    "31001_2620": ("Gebäude zur Abfallbehandlung", "waste treatment building"),
    "31001_2621": ("Müllbunker", "refuse bunker"),
    "31001_2622": ("Gebäude zur Müllverbrennung", "waste incineration building"),
    "31001_2623": ("Gebäude der Abfalldeponie", "landfill building"),
    "31001_2700": ("Gebäude für Land- und Forstwirtschaft", "agricultural or forestry building"),
    "31001_2720": ("Land- und forstwirtschaftliches Betriebsgebäude", "agricultural or forestry operational building"),
    "31001_2721": ("Scheune", "barn"),
    "31001_2723": ("Schuppen", "shed"),
    "31001_2724": ("Stall", "stable"),
    "31001_2726": ("Scheune und Stall", "barn and stable"),
    "31001_2727": ("Stall für Tiergroßhaltung", "livestock house (intensive farming)"),
    "31001_2728": ("Reithalle", "riding hall"),
    "31001_2729": ("Wirtschaftsgebäude", "farm outbuilding"),
    "31001_2732": ("Almhütte", "alpine hut"),
    "31001_2735": ("Jagdhaus, Jagdhütte", "hunting lodge"),
    "31001_2740": ("Treibhaus, Gewächshaus", "greenhouse"),
    "31001_2741": ("Treibhaus", "hothouse"),
    "31001_2742": ("Gewächshaus, verschiebbar", "movable greenhouse"),
    "31001_3000": ("Gebäude für öffentliche Zwecke", "public building"),
    "31001_3010": ("Verwaltungsgebäude", "administrative building"),
    "31001_3011": ("Parlament", "parliament"),
    "31001_3012": ("Rathaus", "town hall"),
    "31001_3013": ("Post", "post office"),
    "31001_3014": ("Zollamt", "customs office"),
    "31001_3015": ("Gericht", "court"),
    "31001_3016": ("Botschaft, Konsulat", "embassy, consulate"),
    "31001_3017": ("Kreisverwaltung", "district administration"),
    "31001_3018": ("Bezirksregierung", "regional government"),
    "31001_3019": ("Finanzamt", "tax office"),
    "31001_3020": ("Gebäude für Bildung und Forschung", "building for education and research"),
    "31001_3021": ("Allgemein bildende Schule", "school"),
    "31001_3022": ("Berufsbildende Schule", "vocational school"),
    "31001_3023": ("Hochschulgebäude (Fachhochschule, Universität)", "university building"),
    "31001_3024": ("Forschungsinstitut", "research institute"),
    "31001_3030": ("Gebäude für kulturelle Zwecke", "cultural building"),
    "31001_3031": ("Schloss", "palace"),
    "31001_3032": ("Theater, Oper", "theatre, opera"),
    "31001_3033": ("Konzertgebäude", "concert hall"),
    "31001_3034": ("Museum", "museum"),
    "31001_3035": ("Rundfunk, Fernsehen", "broadcasting building"),
    "31001_3036": ("Veranstaltungsgebäude", "event building"),
    "31001_3037": ("Bibliothek, Bücherei", "library"),
    "31001_3038": ("Burg, Festung", "castle, fortress"),
    "31001_3040": ("Gebäude für religiöse Zwecke", "religious building"),
    "31001_3041": ("Kirche", "church"),
    "31001_3042": ("Synagoge", "synagogue"),
    "31001_3043": ("Kapelle", "chapel"),
    "31001_3044": ("Gemeindehaus", "parish hall"),
    "31001_3045": ("Gotteshaus", "house of worship"),
    "31001_3046": ("Moschee", "mosque"),
    "31001_3047": ("Tempel", "temple"),
    "31001_3048": ("Kloster", "monastery"),
    "31001_3050": ("Gebäude für Gesundheitswesen", "health care building"),
    "31001_3051": ("Krankenhaus", "hospital"),
    "31001_3052": ("Heilanstalt, Pflegeanstalt, Pflegestation", "care home, nursing facility"),
    "31001_3053": ("Ärztehaus, Poliklinik", "medical centre"),
    "31001_3054": ("Rettungswache", "ambulance station"),
    "31001_3060": ("Gebäude für soziale Zwecke", "social building"),
    "31001_3061": ("Jugendfreizeitheim", "youth centre"),
    "31001_3062": ("Freizeit-, Vereinsheim, Dorfgemeinschafts-, Bürgerhaus", "community centre, clubhouse"),
    "31001_3063": ("Seniorenfreizeitstätte", "senior citizens' centre"),
    "31001_3064": ("Obdachlosenheim", "homeless shelter"),
    "31001_3065": ("Kinderkrippe, Kindergarten, Kindertagesstätte", "nursery, kindergarten, day care centre"),
    "31001_3066": ("Asylbewerberheim", "asylum seekers' home"),
    "31001_3070": ("Gebäude für Sicherheit und Ordnung", "building for public safety"),
    "31001_3071": ("Polizei", "police station"),
    "31001_3072": ("Feuerwehr", "fire station"),
    "31001_3073": ("Kaserne", "barracks"),
    "31001_3074": ("Schutzbunker", "air-raid shelter"),
    "31001_3075": ("Justizvollzugsanstalt", "prison"),
    "31001_3080": ("Friedhofsgebäude", "cemetery building"),
    "31001_3081": ("Trauerhalle", "funeral hall"),
    "31001_3082": ("Krematorium", "crematorium"),
    "31001_3090": ("Empfangsgebäude", "station building"),
    "31001_3091": ("Bahnhofsgebäude", "railway station building"),
    "31001_3092": ("Flughafengebäude", "airport building"),
    "31001_3094": ("Gebäude zum U-Bahnhof", "underground station building"),
    "31001_3095": ("Gebäude zum S-Bahnhof", "suburban railway station building"),
    "31001_3097": ("Gebäude zum Busbahnhof", "bus station building"),
    "31001_3098": ("Empfangsgebäude Schifffahrt", "ferry terminal building"),
    "31001_3100": ("Gebäude für öffentliche Zwecke mit Wohnen", "public building with dwellings"),
    "31001_3200": ("Gebäude für Erholungszwecke", "recreational building"),
    "31001_3210": ("Gebäude für Sportzwecke", "sports building"),
    "31001_3211": ("Sport-, Turnhalle", "sports hall, gymnasium"),
    "31001_3212": ("Gebäude zum Sportplatz", "sports ground building"),
    "31001_3220": ("Badegebäude", "bathing building"),
    "31001_3221": ("Hallenbad", "indoor swimming pool"),
    "31001_3222": ("Gebäude im Freibad", "open-air pool building"),
    "31001_3230": ("Gebäude im Stadion", "stadium building"),
    "31001_3240": ("Gebäude für Kurbetrieb", "spa building"),
    "31001_3241": ("Badegebäude für medizinische Zwecke", "medical bathing building"),
    "31001_3242": ("Sanatorium", "sanatorium"),
    "31001_3260": ("Gebäude im Zoo", "zoo building"),
    "31001_3261": ("Empfangsgebäude des Zoos", "zoo entrance building"),
    "31001_3262": ("Aquarium, Terrarium, Voliere", "aquarium, terrarium, aviary"),
    "31001_3263": ("Tierschauhaus", "animal house"),
    "31001_3264": ("Stall im Zoo", "zoo stable"),
    "31001_3270": ("Gebäude im botanischen Garten", "botanical garden building"),
    "31001_3271": ("Empfangsgebäude des botanischen Gartens", "botanical garden entrance building"),
    "31001_3272": ("Gewächshaus (Botanik)", "botanical greenhouse"),
    "31001_3273": ("Pflanzenschauhaus", "plant exhibition house"),
    "31001_3280": ("Gebäude für andere Erholungseinrichtung", "other recreational building"),
    "31001_3281": ("Schutzhütte", "shelter hut"),
    "31001_3290": ("Touristisches Informationszentrum", "tourist information centre"),
    "31001_9998": ("Nach Quellenlage nicht zu spezifizieren", "not specified in the sources"),
    "51003_1201": ("Silo", "silo"),
    "51009_1610": ("Überdachung", "roof canopy"),
    "51009_1611": ("Carport", "carport"),
    "51009_1700": ("Mauer", "wall"),
    "51009_1750": ("Denkmal", "monument"),
    "51009_9999": ("Sonstiges Bauwerk", "other structure"),
}

# bldg:roofType (RoofTypeTypeAdV) → (German, English)
ROOF_TYPES: Dict[str, Tuple[str, str]] = {
    "1000": ("Flachdach", "flat roof"),
    "2100": ("Pultdach", "mono-pitch roof"),
    "2200": ("Versetztes Pultdach", "offset mono-pitch roof"),
    "3100": ("Satteldach", "gable roof"),
    "3200": ("Walmdach", "hip roof"),
    "3300": ("Krüppelwalmdach", "half-hip roof"),
    "3400": ("Mansardendach", "mansard roof"),
    "3500": ("Zeltdach", "pavilion roof"),
    "3600": ("Kegeldach", "cone roof"),
    "3700": ("Kuppeldach", "dome roof"),
    "3800": ("Sheddach", "sawtooth roof"),
    "3900": ("Bogendach", "arch roof"),
    "4000": ("Turmdach", "tower roof"),
    "5000": ("Mischform", "mixed roof form"),
    "9999": ("Sonstiges", "other roof form"),
}

LANGUAGES = ("de", "en")


def normalize_code(code: object) -> Optional[str]:
    """Code as a clean string (``3100.0`` from a numeric field → ``"3100"``), None when empty."""
    if code is None:
        return None
    text = str(code).strip()
    if not text or text.upper() in ("NULL", "NONE", "NAN"):
        return None
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text


def _lookup(table: Dict[str, Tuple[str, str]], code: object, language: str) -> Optional[str]:
    key = normalize_code(code)
    if key is None:
        return None
    entry = table.get(key)
    if entry is None:
        return key
    return entry[1] if language == "en" else entry[0]


def function_name(code: object, language: str = "de") -> Optional[str]:
    """Building function in words (``"31001_1010"`` → ``"Wohnhaus"``); unknown codes come back as given.

    A bare four-digit code is read as an AX_Gebaeude (31001) function.
    """
    key = normalize_code(code)
    if key is not None and key.isdigit() and len(key) == 4:
        key = "31001_" + key
    return _lookup(BUILDING_FUNCTIONS, key, language)


def roof_type_name(code: object, language: str = "de") -> Optional[str]:
    """Roof type in words (``"3100"`` → ``"Satteldach"``); unknown codes come back as given."""
    return _lookup(ROOF_TYPES, code, language)


def is_residential(code: object) -> bool:
    """True for dwellings: AX_Gebaeude functions 1000–1999 and the mixed uses 2310/2320/3100 'mit Wohnen'."""
    key = normalize_code(code)
    if key is None:
        return False
    if key.isdigit() and len(key) == 4:
        key = "31001_" + key
    if not key.startswith("31001_"):
        return False
    number = key[6:]
    return (number.isdigit() and 1000 <= int(number) < 2000) or number in ("2310", "2320", "3100")


def is_building(code: object) -> bool:
    """False for structures that are not buildings with floors (object types 51xxx: canopies, carports, silos)."""
    key = normalize_code(code)
    return not (key is not None and key.startswith("51"))
