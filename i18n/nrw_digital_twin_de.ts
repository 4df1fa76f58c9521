<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>nrwtwin</name>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source> with the property '{}'</source>
      <translation> mit der Messgröße „{}“</translation>
    </message>
    <message>
      <location filename="plugin.py" />
      <source>&amp;NRW Digital Twin</source>
      <translation>&amp;Digitaler Zwilling NRW</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/series.py" />
      <source>'{}' is not an openSenseMap datastream. Give '&lt;box id&gt;/&lt;sensor id&gt;' as in the field datastream_id of the sensors layer.</source>
      <translation>„{}“ ist kein openSenseMap-Datenstrom. Geben Sie „&lt;Box-ID&gt;/&lt;Sensor-ID&gt;“ an, wie im Feld datastream_id des Sensor-Layers.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>(shell not closed: approximate)</source>
      <translation>(Hülle nicht geschlossen: Näherungswert)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>3D building models LoD1 (CityGML)</source>
      <translation>3D-Gebäudemodelle LoD1 (CityGML)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>3D building models LoD2 (CityGML)</source>
      <translation>3D-Gebäudemodelle LoD2 (CityGML)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>3D distance</source>
      <translation>3D-Abstand</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>3D print</source>
      <translation>3D-Druck</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>3D print file</source>
      <translation>3D-Druckdatei</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>3D print files (*.stl *.3mf *.obj)</source>
      <translation>3D-Druckdateien (*.stl *.3mf *.obj)</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>3D print model</source>
      <translation>3D-Druckmodell</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>3D print model (terrain + buildings)</source>
      <translation>3D-Druckmodell (Gelände + Gebäude)</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>3D print model: {}</source>
      <translation>3D-Druckmodell: {}</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>3D sketch</source>
      <translation>3D-Skizze</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>3D surfaces (roofs, walls, ground) with building_id; geographic CRS are reprojected to EPSG:25832.</source>
      <translation>3D-Flächen (Dächer, Wände, Boden) mit building_id; geographische KBS werden nach EPSG:25832 transformiert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>3D surfaces with building_id, as written by 'Import CityGML (LoD1/LoD2)'.</source>
      <translation>3D-Flächen mit building_id, wie von „CityGML importieren (LoD1/LoD2)“ geschrieben.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>A key of the sensor catalogue (hamburg, osnabrueck, eea_airquality, opensensemap, or one added by an override) or the URL of a SensorThings API service ending in the version, e.g. https://iot.hamburg.de/v1.1.</source>
      <translation>Ein Schlüssel des Sensorkatalogs (hamburg, osnabrueck, eea_airquality, opensensemap oder ein per Überschreibung ergänzter) oder die URL eines SensorThings-API-Dienstes, die mit der Version endet, z. B. https://iot.hamburg.de/v1.1.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>A key of the sensor catalogue or the URL of a SensorThings API service.</source>
      <translation>Ein Schlüssel des Sensorkatalogs oder die URL eines SensorThings-API-Dienstes.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>A line chart of the values (800 × 400 pixels).</source>
      <translation>Ein Liniendiagramm der Werte (800 × 400 Pixel).</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>A polygon layer, e.g. parcels or a district boundary.</source>
      <translation>Ein Polygonlayer, z. B. Flurstücke oder eine Bezirksgrenze.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>A table with one row per observation, oldest first.</source>
      <translation>Eine Tabelle mit einer Zeile je Beobachtung, älteste zuerst.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>A task is already running. Wait for it or cancel it.</source>
      <translation>Es läuft bereits eine Aufgabe. Warten Sie, bis sie beendet ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>ALKIS parcels</source>
      <translation>ALKIS-Flurstücke</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Add tile grid layer</source>
      <translation>Kachelgitter als Layer hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/services_widget.py" />
      <source>Add to map</source>
      <translation>Zur Karte hinzufügen</translation>
    </message>
    <message>
      <location filename="ui/services_widget.py" />
      <source>Added '{}' ({}).</source>
      <translation>„{}“ ({}) hinzugefügt.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="ui/services_widget.py" />
      <source>Adds the selected layer to the group '{}'.</source>
      <translation>Fügt den ausgewählten Layer der Gruppe „{}“ hinzu.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Analyse</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Annual global irradiation (kWh/m²)</source>
      <translation>Jährliche Globalstrahlung (kWh/m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Annual yield</source>
      <translation>Jahresertrag</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>Another layer name of the same service, sent instead of the catalogue's name.</source>
      <translation>Ein anderer Layername desselben Dienstes, der anstelle des Namens aus dem Katalog gesendet wird.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Area</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Area (extent)</source>
      <translation>Gebiet (Ausdehnung)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Area (only roofs inside)</source>
      <translation>Gebiet (nur Dächer darin)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Area (optional)</source>
      <translation>Gebiet (optional)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Area outline</source>
      <translation>Gebietsumriss</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Area to cover, in any CRS; it is reprojected to EPSG:25832.</source>
      <translation>Abzudeckendes Gebiet in beliebigem KBS; es wird nach EPSG:25832 transformiert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Area to download, in any CRS; it is reprojected to EPSG:25832.</source>
      <translation>Herunterzuladendes Gebiet in beliebigem KBS; es wird nach EPSG:25832 transformiert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>Area to save, in any CRS; it is reprojected to EPSG:25832.</source>
      <translation>Zu speicherndes Gebiet in beliebigem KBS; es wird nach EPSG:25832 transformiert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Area to search, in any CRS; it is reprojected to EPSG:25832.</source>
      <translation>Zu durchsuchendes Gebiet in beliebigem KBS; es wird nach EPSG:25832 umprojiziert.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Base thickness</source>
      <translation>Sockeldicke</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Base thickness (mm)</source>
      <translation>Sockeldicke (mm)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Basemap</source>
      <translation>Hintergrundkarte</translation>
    </message>
    <message>
      <location filename="ui/building_info_tool.py" />
      <source>Building</source>
      <translation>Gebäude</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Building area on the parcel</source>
      <translation>Gebäudefläche auf dem Flurstück</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Building height</source>
      <translation>Gebäudehöhe</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Building id</source>
      <translation>Gebäude-ID</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Building id(s)</source>
      <translation>Gebäude-ID(s)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Building id(s) not found in the surfaces layer '{}': {}. Building ids are the values of its field building_id (for example {}); find one with the Identify tool on a building or in the attribute table, or click a building with the building tool of the dock.</source>
      <translation>Gebäude-ID(s) im Flächenlayer „{}“ nicht gefunden: {}. Gebäude-IDs sind die Werte seines Felds building_id (zum Beispiel {}); ermitteln Sie eine mit dem Werkzeug „Objekte abfragen“ an einem Gebäude oder in der Attributtabelle, oder klicken Sie mit dem Gebäudewerkzeug des Bedienfelds auf ein Gebäude.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Building info</source>
      <translation>Gebäudeinfo</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Building info and measurements appear here.</source>
      <translation>Gebäudeinformationen und Messungen erscheinen hier.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Building measurements</source>
      <translation>Gebäudeaufmaß</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Building measurements (roof, facade, volume)</source>
      <translation>Gebäudeaufmaß (Dach, Fassade, Volumen)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Building report</source>
      <translation>Gebäudebericht</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Building report (HTML and PDF)</source>
      <translation>Gebäudebericht (HTML und PDF)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Building surfaces</source>
      <translation>Gebäudeflächen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Building surfaces (3D)</source>
      <translation>Gebäudeflächen (3D)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Buildings</source>
      <translation>Gebäude</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Buildings and surfaces need two different output files (both are {}).</source>
      <translation>Gebäude und Flächen brauchen zwei verschiedene Ausgabedateien (beide sind {}).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Buildings imported</source>
      <translation>Importierte Gebäude</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Buildings layer (from CityGML import)</source>
      <translation>Gebäudelayer (aus dem CityGML-Import)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Buildings skipped</source>
      <translation>Übersprungene Gebäude</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Buildings: {} printed of {}; {} thickened to the minimum feature; {} with thin parts removed; {} degenerate faces dropped.</source>
      <translation>Gebäude: {} von {} gedruckt; {} auf die Mindeststrukturgröße verstärkt; {} mit entfernten dünnen Teilen; {} degenerierte Flächen verworfen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>CO₂ factor (g/kWh)</source>
      <translation>CO₂-Faktor (g/kWh)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>CRS of the output layers; x/y are reprojected, heights stay. Empty: the files' CRS.</source>
      <translation>KBS der Ausgabelayer; x/y werden transformiert, Höhen bleiben. Leer: das KBS der Dateien.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Cache folder</source>
      <translation>Cache-Ordner</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="algorithms/errors.py" />
      <source>Canceled by the user; nothing was written.</source>
      <translation>Vom Benutzer abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Canceled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Canceled. Nothing was added to the project; tiles downloaded completely stay in the cache, unfinished ones resume next time.</source>
      <translation>Abgebrochen. Dem Projekt wurde nichts hinzugefügt; vollständig heruntergeladene Kacheln bleiben im Cache, unvollständige werden beim nächsten Mal fortgesetzt.</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Cannot create the output folder {}: {}. Choose another output folder.</source>
      <translation>Der Ausgabeordner {} kann nicht angelegt werden: {}. Wählen Sie einen anderen Ausgabeordner.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Cannot create the output layers.</source>
      <translation>Die Ausgabelayer können nicht angelegt werden.</translation>
    </message>
    <message>
      <location filename="processing_provider/raster_io.py" />
      <source>Cannot open the raster {}. Check the file (GeoTIFF expected).</source>
      <translation>Das Raster {} lässt sich nicht öffnen. Prüfen Sie die Datei (erwartet wird GeoTIFF).</translation>
    </message>
    <message>
      <location filename="processing_provider/raster_io.py" />
      <source>Cannot read band {:,} of {} (damaged file or unsupported data type).</source>
      <translation>Band {:,} von {} lässt sich nicht lesen (Datei beschädigt oder Datentyp nicht unterstützt).</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>Cannot read the weather file {}: {}. Use a PVGIS TMY file (CSV or JSON, from re.jrc.ec.europa.eu/pvg_tools → TMY) or an EnergyPlus EPW file.</source>
      <translation>Die Wetterdatei {} lässt sich nicht lesen: {}. Verwenden Sie eine PVGIS-TMY-Datei (CSV oder JSON, von re.jrc.ec.europa.eu/pvg_tools → TMY) oder eine EnergyPlus-EPW-Datei.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Cell size (m)</source>
      <translation>Zellgröße (m)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Cell size of the surface model. 0.5 m as the LANUV cadastre; 1 m is four times faster.</source>
      <translation>Zellgröße des Oberflächenmodells. 0,5 m wie im LANUV-Kataster; 1 m ist viermal schneller.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>Chart (PNG, optional)</source>
      <translation>Diagramm (PNG, optional)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Check at least one product to download.</source>
      <translation>Wählen Sie mindestens ein Produkt zum Herunterladen aus.</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Choose a building surfaces layer (from 'Import buildings') first.</source>
      <translation>Wählen Sie zuerst einen Gebäudeflächenlayer (aus „Gebäude importieren“).</translation>
    </message>
    <message>
      <location filename="ui/area_picker.py" />
      <source>Choose a polygon layer first.</source>
      <translation>Wählen Sie zuerst einen Polygonlayer.</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Choose an area first (section 'Area').</source>
      <translation>Wählen Sie zuerst ein Gebiet (Abschnitt „Gebiet“).</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Choose an area to see the size of the model.</source>
      <translation>Wählen Sie ein Gebiet, um die Größe des Modells zu sehen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Choose at least one CityGML file.</source>
      <translation>Wählen Sie mindestens eine CityGML-Datei.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>CityGML files</source>
      <translation>CityGML-Dateien</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>CityGML files (.gml, .xml, .gml.gz, .zip) with LoD1 or LoD2 buildings.</source>
      <translation>CityGML-Dateien (.gml, .xml, .gml.gz, .zip) mit LoD1- oder LoD2-Gebäuden.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Clear cache</source>
      <translation>Cache leeren</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Click a building on the map to see its attributes, measurements and solar results here.</source>
      <translation>Klicken Sie in der Karte auf ein Gebäude, um hier seine Attribute, Messungen und Solarergebnisse zu sehen.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Click the corners on the map; a right click finishes the polygon.</source>
      <translation>Klicken Sie die Eckpunkte in der Karte an; ein Rechtsklick schließt das Polygon ab.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Click two points on roofs or the ground: 3D distance and height difference.</source>
      <translation>Klicken Sie zwei Punkte auf Dächern oder dem Boden an: 3D-Abstand und Höhenunterschied.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Computes the annual solar irradiation on every roof surface of a surfaces layer (written by 'Import CityGML (LoD1/LoD2)' from LoD2 data) and the photovoltaic potential derived from it. A surface model is built from the roofs, the terrain (DEM, or the buildings' ground heights) and optionally trees (DSM/nDOM). For each roof cell, horizons in 72 directions up to 300 m give the sky view factor and the hours in which the sun is hidden. Sun position after NOAA/Meeus, clear sky after Ineichen–Perez, diffuse on the tilted roof after Perez (1990). Weather: a PVGIS TMY file (CSV/JSON) or an EPW file, else a synthetic year calibrated to the annual global irradiation (NRW ≈ 1000 kWh/m²; DWD).
Output: one row per roof surface with the input fields and irradiation (shaded and unshaded), shading loss, usable module area (flat roofs ≤ 10°: 40 %; pitched: area minus a 0.3 m edge strip), kWp, yield, specific yield, CO₂ saved, suitability after the LANUV solar cadastre ('suitable' = less than 20 % shading loss and room for at least one module; 'shaded', 'too_small') and a solar class of our own: 1 ≥ 95 %, 2 ≥ 85 %, 3 ≥ 75 %, 4 ≥ 60 %, 5 below, as share of the best unshaded orientation. Roofs near the edge of the input are shaded only by what the input contains: import the neighbouring tiles too, and use Area to evaluate a part.
Method and validation: docs/solar.md of the plugin.</source>
      <translation>Berechnet die jährliche Sonneneinstrahlung auf jede Dachfläche eines Flächenlayers (von „CityGML importieren (LoD1/LoD2)“ aus LoD2-Daten geschrieben) und das daraus abgeleitete Photovoltaikpotenzial. Aus den Dächern, dem Gelände (DGM oder die Bodenhöhen der Gebäude) und optional Bäumen (DOM/nDOM) wird ein Oberflächenmodell erstellt. Für jede Dachzelle ergeben Horizonte in 72 Richtungen bis 300 m den Himmelssichtfaktor und die Stunden, in denen die Sonne verdeckt ist. Sonnenstand nach NOAA/Meeus, klarer Himmel nach Ineichen–Perez, Diffusstrahlung auf das geneigte Dach nach Perez (1990). Wetter: eine PVGIS-TMY-Datei (CSV/JSON) oder eine EPW-Datei, sonst ein synthetisches Jahr, kalibriert auf die jährliche Globalstrahlung (NRW ≈ 1000 kWh/m²; DWD).
Ausgabe: eine Zeile je Dachfläche mit den Eingabefeldern und der Einstrahlung (verschattet und unverschattet), Verschattungsverlust, nutzbarer Modulfläche (Flachdächer ≤ 10°: 40 %; geneigte Dächer: Fläche abzüglich eines Randstreifens von 0,3 m), kWp, Ertrag, spezifischem Ertrag, eingespartem CO₂, Eignung nach dem LANUV-Solarkataster („suitable“ = weniger als 20 % Verschattungsverlust und Platz für mindestens ein Modul; „shaded“, „too_small“) und einer eigenen Solarklasse: 1 ≥ 95 %, 2 ≥ 85 %, 3 ≥ 75 %, 4 ≥ 60 %, 5 darunter, als Anteil der besten unverschatteten Ausrichtung. Dächer nahe dem Rand der Eingabe werden nur durch das verschattet, was die Eingabe enthält: Importieren Sie auch die Nachbarkacheln und werten Sie mit „Gebiet“ einen Teil aus.
Methode und Validierung: docs/solar.md des Plugins.</translation>
    </message>
    <message>
      <location filename="algorithms/errors.py" />
      <source>Could not read {}: {}.</source>
      <translation>{} konnte nicht gelesen werden: {}.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>Could not write {}. Check the disk space and the folder's permissions.</source>
      <translation>{} konnte nicht geschrieben werden. Prüfen Sie den Speicherplatz und die Zugriffsrechte des Ordners.</translation>
    </message>
    <message>
      <location filename="processing_provider/outputs.py" />
      <source>Could not write {}: {}.</source>
      <translation>{} konnte nicht geschrieben werden: {}.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Create print model</source>
      <translation>Druckmodell erstellen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>Creates the polygons of the 1 km × 1 km tiles of OpenGeodata.NRW (ETRS89/UTM32N, EPSG:25832) that cover an area. Tiles are named by their south-west corner in km, e.g. 32_404_5746. The area may be given in any coordinate reference system; it must lie in North Rhine-Westphalia and cover at most 2,000 tiles.</source>
      <translation>Erzeugt die Polygone der 1 km × 1 km großen Kacheln von OpenGeodata.NRW (ETRS89/UTM32N, EPSG:25832), die ein Gebiet abdecken. Kacheln sind nach ihrer Südwestecke in km benannt, z. B. 32_404_5746. Das Gebiet kann in jedem Koordinatenbezugssystem angegeben werden; es muss in Nordrhein-Westfalen liegen und darf höchstens 2.000 Kacheln umfassen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>DGM – terrain</source>
      <translation>DGM – Gelände</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>DGM1 terrain model 1 m (GeoTIFF)</source>
      <translation>DGM1 Geländemodell 1 m (GeoTIFF)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>DOM – surface</source>
      <translation>DOM – Oberfläche</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>DOM1 surface model 1 m (GeoTIFF)</source>
      <translation>DOM1 Oberflächenmodell 1 m (GeoTIFF)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>DOP10 orthophotos 10 cm RGBI (JPEG 2000)</source>
      <translation>DOP10 Orthophotos 10 cm RGBI (JPEG 2000)</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>Data</source>
      <translation>Daten</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Data sources and licence</source>
      <translation>Datenquellen und Lizenz</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>Data: © GEObasis.NRW, licence Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</source>
      <translation>Daten: © GEObasis.NRW, Lizenz Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>Datastream id</source>
      <translation>Datenstrom-ID</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Delete the downloaded tiles in {}?</source>
      <translation>Die heruntergeladenen Kacheln in {} löschen?</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Deletes the downloaded tiles and indexes in the cache folder.</source>
      <translation>Löscht die heruntergeladenen Kacheln und Indizes im Cache-Ordner.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Depth (mm)</source>
      <translation>Tiefe (mm)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Diffuse sky model</source>
      <translation>Diffusstrahlungsmodell</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Digital orthophotos 10 cm RGBI (JPEG 2000)</source>
      <translation>Digitale Orthophotos 10 cm RGBI (JPEG 2000)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Digital surface model 1 m (GeoTIFF)</source>
      <translation>Digitales Oberflächenmodell 1 m (GeoTIFF)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Digital terrain model 1 m (GeoTIFF)</source>
      <translation>Digitales Geländemodell 1 m (GeoTIFF)</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Done: the results are in the layer group '{}'.</source>
      <translation>Fertig: Die Ergebnisse befinden sich in der Layergruppe „{}“.</translation>
    </message>
    <message>
      <location filename="ui/services_widget.py" />
      <source>Double-click a layer to add it to the map (EPSG:25832, © GEObasis.NRW).</source>
      <translation>Doppelklicken Sie auf einen Layer, um ihn der Karte hinzuzufügen (EPSG:25832, © GEObasis.NRW).</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Download 3D building models</source>
      <translation>3D-Gebäudemodelle herunterladen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Download NRW WFS features for an area</source>
      <translation>NRW-WFS-Objekte für ein Gebiet herunterladen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>Download NRW WMS map image (GeoTIFF) for an area</source>
      <translation>NRW-WMS-Kartenbild (GeoTIFF) für ein Gebiet herunterladen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Download NRW elevation model (DGM, DOM, nDOM) for an area</source>
      <translation>NRW-Höhenmodell (DGM, DOM, nDOM) für ein Gebiet herunterladen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Download OpenGeodata.NRW tiles for an area</source>
      <translation>OpenGeodata.NRW-Kacheln für ein Gebiet herunterladen</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Download checked</source>
      <translation>Ausgewählte herunterladen</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Download {}</source>
      <translation>{} herunterladen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Downloaded tiles</source>
      <translation>Heruntergeladene Kacheln</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Downloads heights for an area from the GEObasis.NRW web coverage services as a GeoTIFF in ETRS89/UTM32N (EPSG:25832), heights in metres (DHHN2016): DGM = digital terrain model (ground, 1 m), DOM = digital surface model (with buildings and trees, 1 m), nDOM = normalised surface model (height above ground, 0.5 m). Requests use WCS 2.0.1 GetCoverage with SUBSET and are tiled to at most 4000 × 4000 pixels, then put together.

Product: DGM, DOM or nDOM; Area: in any CRS; Resolution: metres per pixel (the native resolution avoids resampling by the server).

Source: GEObasis.NRW web coverage services (www.wcs.nrw.de). Licence: Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</source>
      <translation>Lädt Höhen für ein Gebiet von den Web Coverage Services von GEObasis.NRW als GeoTIFF in ETRS89/UTM32N (EPSG:25832) herunter, Höhen in Metern (DHHN2016): DGM = Digitales Geländemodell (Boden, 1 m), DOM = Digitales Oberflächenmodell (mit Gebäuden und Bäumen, 1 m), nDOM = normalisiertes Oberflächenmodell (Höhe über Grund, 0,5 m). Die Anfragen verwenden WCS 2.0.1 GetCoverage mit SUBSET, werden in Kacheln von höchstens 4000 × 4000 Pixeln aufgeteilt und anschließend zusammengesetzt.

Produkt: DGM, DOM oder nDOM; Gebiet: in beliebigem KBS; Auflösung: Meter pro Pixel (die native Auflösung vermeidet ein Resampling durch den Server).

Quelle: Web Coverage Services von GEObasis.NRW (www.wcs.nrw.de). Lizenz: Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Downloads the 1 km × 1 km tiles of an OpenGeodata.NRW product that cover an area (https://www.opengeodata.nrw.de/produkte/). File names are looked up in the folder's index.json (index.xml as fallback), which is cached for a day; sizes are checked against it. Downloads run in parallel, resume after interruptions (also in a later run) and go first to the cache folder (setting nrw_digital_twin/cache_folder, default inside the QGIS profile), so a second run over the same area downloads nothing. The files are then hard-linked (or copied) into the output folder. Tiles the index does not list (sea, outside the coverage) are reported as missing. The proxy of QGIS's network settings is used; the server can be changed with the setting nrw_digital_twin/opengeodata_url or the environment variable NRWTWIN_OPENGEODATA_URL (which wins).

Area: any CRS, reprojected to EPSG:25832. Product: LoD2, LoD1, DGM1, DOM1, nDOM50 or DOP10 (a DOP10 tile is about 100–300 MB). Output folder: where the tiles are placed. Maximum number of tiles: larger areas stop with the count. Refresh the tile index: fetch the index again even if the cached copy is younger than a day.

Outputs: the folder, the list of files, and the tile polygons with tile, file, status (downloaded, cached, missing, failed), bytes and a message.</source>
      <translation>Lädt die 1 km × 1 km großen Kacheln eines OpenGeodata.NRW-Produkts herunter, die ein Gebiet abdecken (https://www.opengeodata.nrw.de/produkte/). Die Dateinamen werden in der index.json des Ordners nachgeschlagen (ersatzweise index.xml), die einen Tag lang zwischengespeichert wird; die Dateigrößen werden damit geprüft. Die Downloads laufen parallel, werden nach Unterbrechungen fortgesetzt (auch in einem späteren Lauf) und landen zuerst im Cache-Ordner (Einstellung nrw_digital_twin/cache_folder, standardmäßig im QGIS-Profil), sodass ein zweiter Lauf über dasselbe Gebiet nichts herunterlädt. Die Dateien werden dann per Hardlink (oder als Kopie) in den Ausgabeordner übernommen. Kacheln, die der Index nicht aufführt (Meer, außerhalb der Abdeckung), werden als fehlend gemeldet. Der Proxy aus den Netzwerkeinstellungen von QGIS wird verwendet; der Server kann mit der Einstellung nrw_digital_twin/opengeodata_url oder der Umgebungsvariablen NRWTWIN_OPENGEODATA_URL (die Vorrang hat) geändert werden.

Gebiet: beliebiges KBS, wird nach EPSG:25832 transformiert. Produkt: LoD2, LoD1, DGM1, DOM1, nDOM50 oder DOP10 (eine DOP10-Kachel hat etwa 100–300 MB). Ausgabeordner: wohin die Kacheln gelegt werden. Maximale Anzahl Kacheln: größere Gebiete brechen mit der Anzahl ab. Kachelindex aktualisieren: den Index erneut abrufen, auch wenn die zwischengespeicherte Kopie jünger als ein Tag ist.

Ausgaben: der Ordner, die Liste der Dateien und die Kachelpolygone mit Kachel, Datei, Status (downloaded, cached, missing, failed), Bytes und einer Meldung.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Downloads the features of one feature type of a GEObasis.NRW web feature service (ALKIS vereinfacht: parcels, buildings, land use, administrative units; INSPIRE parcels; LoD1 buildings) inside an area and writes them with all their attributes in ETRS89/UTM32N (EPSG:25832). The ALKIS WFS does not page its results: when an answer reaches the count limit of the service catalogue, the area is split into four smaller boxes and asked again; features seen in several boxes are written once (by their gml:id). Answers in EPSG:4258 (latitude first) are handled.

Service: Area = the area to download, in any CRS (reprojected to EPSG:25832). Endpoints and limits come from the plugin's service catalogue; override them with the setting nrw_digital_twin/services_override or the NRWTWIN_SERVICES environment variable.

Source: GEObasis.NRW web feature services (www.wfs.nrw.de). Licence: Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</source>
      <translation>Lädt die Objekte einer Objektart eines Web Feature Service von GEObasis.NRW (ALKIS vereinfacht: Flurstücke, Gebäude, Nutzung, Verwaltungseinheiten; INSPIRE-Flurstücke; LoD1-Gebäude) innerhalb eines Gebiets herunter und schreibt sie mit allen Attributen in ETRS89/UTM32N (EPSG:25832). Der ALKIS-WFS liefert seine Ergebnisse nicht seitenweise: Erreicht eine Antwort das Objektlimit aus dem Dienstkatalog, wird das Gebiet in vier kleinere Rechtecke geteilt und erneut abgefragt; Objekte, die in mehreren Rechtecken vorkommen, werden nur einmal geschrieben (anhand ihrer gml:id). Antworten in EPSG:4258 (Breite zuerst) werden berücksichtigt.

Dienst: Gebiet = das herunterzuladende Gebiet in beliebigem KBS (wird nach EPSG:25832 transformiert). Endpunkte und Limits stammen aus dem Dienstkatalog des Plugins; überschreiben Sie sie mit der Einstellung nrw_digital_twin/services_override oder der Umgebungsvariablen NRWTWIN_SERVICES.

Quelle: Web Feature Services von GEObasis.NRW (www.wfs.nrw.de). Lizenz: Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Drag a rectangle on the map to choose the area.</source>
      <translation>Ziehen Sie ein Rechteck in der Karte auf, um das Gebiet zu wählen.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Draw polygon</source>
      <translation>Polygon zeichnen</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Draw rectangle</source>
      <translation>Rechteck zeichnen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Duplicates skipped</source>
      <translation>Übersprungene Duplikate</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Eaves height</source>
      <translation>Traufhöhe</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Elevation GeoTIFF</source>
      <translation>Höhen-GeoTIFF</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Emissions avoided per kWh: German grid mix 2024 ≈ 363 g/kWh (UBA estimate).</source>
      <translation>Vermiedene Emissionen je kWh: deutscher Strommix 2024 ≈ 363 g/kWh (Schätzung des UBA).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>End (optional)</source>
      <translation>Ende (optional)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Estimate: {w:.0f} × {d:.0f} × {h:.0f} mm (scale 1:{scale:,.0f}), about {tri:,} triangles (STL ≈ {stl}).</source>
      <translation>Schätzung: {w:.0f} × {d:.0f} × {h:.0f} mm (Maßstab 1:{scale:,.0f}), etwa {tri:,} Dreiecke (STL ≈ {stl}).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Facade area</source>
      <translation>Fassadenfläche</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Facade area east</source>
      <translation>Fassadenfläche Ost</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Facade area north</source>
      <translation>Fassadenfläche Nord</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Facade area south</source>
      <translation>Fassadenfläche Süd</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Facade area west</source>
      <translation>Fassadenfläche West</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Factor for all heights (1 = true to scale).</source>
      <translation>Faktor für alle Höhen (1 = maßstabsgetreu).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Feature type</source>
      <translation>Objektart</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Features</source>
      <translation>Objekte</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Fetch the folder index again even if the cached copy is younger than a day.</source>
      <translation>Den Ordnerindex erneut abrufen, auch wenn die zwischengespeicherte Kopie jünger als ein Tag ist.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>File format</source>
      <translation>Dateiformat</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>File to write; its extension is set to match the format.</source>
      <translation>Zu schreibende Datei; ihre Endung wird an das Format angepasst.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Files</source>
      <translation>Dateien</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>First time to read; empty: 7 days before the end.</source>
      <translation>Erster zu lesender Zeitpunkt; leer: 7 Tage vor dem Ende.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Flat roof area (≤ 10°)</source>
      <translation>Flachdachfläche (≤ 10°)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Folder that receives the tiles (hard links to the cache, or copies).</source>
      <translation>Ordner, der die Kacheln aufnimmt (Hardlinks in den Cache oder Kopien).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Footprint area</source>
      <translation>Grundfläche</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Function</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Generated with the QGIS plugin NRW Digital Twin.</source>
      <translation>Erstellt mit dem QGIS-Plugin Digitaler Zwilling NRW.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>GeoTIFF</source>
      <translation>GeoTIFF</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Gross floor area</source>
      <translation>Bruttogrundfläche (BGF)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>HTML files (*.html)</source>
      <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>HTML report</source>
      <translation>HTML-Bericht</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Height (mm)</source>
      <translation>Höhe (mm)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Height and triangles assume 30 m of relief and a typical building density; choose the surfaces layer for better figures.</source>
      <translation>Höhe und Dreiecke setzen 30 m Relief und eine typische Bebauungsdichte voraus; wählen Sie den Flächenlayer für genauere Werte.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Height difference</source>
      <translation>Höhenunterschied</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Height exaggeration</source>
      <translation>Überhöhung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Heights in metres as a Float32 GeoTIFF (EPSG:25832).</source>
      <translation>Höhen in Metern als Float32-GeoTIFF (EPSG:25832).</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Heights, roof and facade areas, volume per building.</source>
      <translation>Höhen, Dach- und Fassadenflächen, Volumen je Gebäude.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Horizontal distance</source>
      <translation>Horizontaler Abstand</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>How many pages of locations may be read before the run stops with a message.</source>
      <translation>Wie viele Seiten mit Standorten gelesen werden dürfen, bevor der Lauf mit einer Meldung endet.</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Import CityGML (LoD1/LoD2)</source>
      <translation>CityGML importieren (LoD1/LoD2)</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Import buildings</source>
      <translation>Gebäude importieren</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Import buildings (download LoD2 + import)</source>
      <translation>Gebäude importieren (LoD2 herunterladen + importieren)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Installable peak power</source>
      <translation>Installierbare Spitzenleistung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Irradiation raster</source>
      <translation>Einstrahlungsraster</translation>
    </message>
    <message>
      <location filename="algorithms/solar/potential.py" />
      <source>Large input: {:,} tiles of at most {:,.0f} m.</source>
      <translation>Große Eingabe: {:,} Kacheln von höchstens {:,.0f} m.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>Last time to read; empty: now.</source>
      <translation>Letzter zu lesender Zeitpunkt; leer: jetzt.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Latest value not older than (optional)</source>
      <translation>Letzter Wert nicht älter als (optional)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Latest values measured before this time are left empty (the sensor is still listed).</source>
      <translation>Letzte Werte, die vor diesem Zeitpunkt gemessen wurden, bleiben leer (der Sensor wird trotzdem aufgeführt).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>Layer</source>
      <translation>Layer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>Layer name (optional)</source>
      <translation>Layername (optional)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Length of the longest side of the model's footprint in millimetres.</source>
      <translation>Länge der längsten Seite der Grundfläche des Modells in Millimetern.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>LoD1 3D building models (CityGML)</source>
      <translation>LoD1-3D-Gebäudemodelle (CityGML)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>LoD2 3D building models (CityGML)</source>
      <translation>LoD2-3D-Gebäudemodelle (CityGML)</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Load sensors for the surroundings</source>
      <translation>Sensoren der Umgebung laden</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Loading sensors …</source>
      <translation>Sensoren werden geladen …</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Longest side of the printed model.</source>
      <translation>Längste Seite des gedruckten Modells.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Look up sizes</source>
      <translation>Größen ermitteln</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Map</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Map scale denominator, e.g. 5000 for 1:5000; replaces the model size when above 0.</source>
      <translation>Maßstabszahl, z. B. 5000 für 1:5000; ersetzt die Modellgröße, wenn größer als 0.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Maximum number of pages (0 = catalogue)</source>
      <translation>Höchstzahl der Seiten (0 = Katalog)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Maximum number of tiles</source>
      <translation>Maximale Anzahl Kacheln</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Mean irradiation</source>
      <translation>Mittlere Einstrahlung</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Measure buildings</source>
      <translation>Gebäude aufmessen</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Measure in 3D</source>
      <translation>In 3D messen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Measured {} buildings.</source>
      <translation>{} Gebäude aufgemessen.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Measurement</source>
      <translation>Messung</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Measurements</source>
      <translation>Messungen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Measurements (3D, from the LoD2 model)</source>
      <translation>Aufmaß (3D, aus dem LoD2-Modell)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Measures every building of a surfaces layer (written by 'Import CityGML (LoD1/LoD2)'): true 3D roof area in total and per orientation (north, east, south, west; roofs tilted at most 10° count as flat), facade area per orientation, footprint area, eaves and ridge height and building height above the lowest ground point, roof pitches (min, max, main = the area-weighted most common pitch), volume of the closed shell (flag shell_closed), storeys and gross floor area. Storeys come from the file (storeysAboveGround, 2024 deliveries on) or are estimated as mean height (volume ÷ footprint) ÷ storey height, 3.0 m for dwellings, 4.0 m for other buildings; canopies and carports have none. Gross floor area = storeys × footprint.
Surfaces layer: fields surface_id, building_id, part_id, surface_type and 3D polygons.
Buildings layer (optional): joined by building_id for the ALKIS function and roof type (in German and English) and the storeys from the file.
Output: one footprint polygon per building with the measurements.</source>
      <translation>Misst jedes Gebäude eines Flächenlayers (von „CityGML importieren (LoD1/LoD2)“ geschrieben) auf: echte 3D-Dachfläche insgesamt und je Ausrichtung (Nord, Ost, Süd, West; Dächer mit höchstens 10° Neigung gelten als flach), Fassadenfläche je Ausrichtung, Grundfläche, Trauf- und Firsthöhe sowie Gebäudehöhe über dem tiefsten Geländepunkt, Dachneigungen (Min., Max., Haupt = die flächengewichtet häufigste Neigung), Volumen der geschlossenen Hülle (Kennzeichen shell_closed), Geschosse und Bruttogrundfläche. Die Geschosse stammen aus der Datei (storeysAboveGround, ab den Lieferungen 2024) oder werden geschätzt als mittlere Höhe (Volumen ÷ Grundfläche) ÷ Geschosshöhe, 3,0 m für Wohngebäude, 4,0 m für andere Gebäude; Überdachungen und Carports haben keine. Bruttogrundfläche = Geschosse × Grundfläche.
Flächenlayer: Felder surface_id, building_id, part_id, surface_type und 3D-Polygone.
Gebäudelayer (optional): über building_id verknüpft für die ALKIS-Funktion und die Dachform (auf Deutsch und Englisch) sowie die Geschosse aus der Datei.
Ausgabe: ein Grundflächenpolygon je Gebäude mit den Messwerten.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Minimum module area (m²)</source>
      <translation>Minimale Modulfläche (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Minimum printable feature (mm)</source>
      <translation>Kleinste druckbare Struktur (mm)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Model size (longest side, mm)</source>
      <translation>Modellgröße (längste Seite, mm)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Module power (kWp per m²)</source>
      <translation>Modulleistung (kWp pro m²)</translation>
    </message>
    <message>
      <location filename="plugin.py" />
      <source>NRW Digital Twin</source>
      <translation>Digitaler Zwilling NRW</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>NRW Digital Twin – solar 3D</source>
      <translation>Digitaler Zwilling NRW – Solar 3D</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>NRW Digital Twin – {}</source>
      <translation>Digitaler Zwilling NRW – {}</translation>
    </message>
    <message>
      <location filename="processing_provider/provider.py" />
      <source>NRW Digital Twin: open geodata of North Rhine-Westphalia as a digital twin</source>
      <translation>Digitaler Zwilling NRW: offene Geodaten Nordrhein-Westfalens als digitaler Zwilling</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>NRW Digital Twin: size of the cache</source>
      <translation>Digitaler Zwilling NRW: Größe des Caches</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>NRW Digital Twin: tile sizes</source>
      <translation>Digitaler Zwilling NRW: Kachelgrößen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>NRW tile grid for an area</source>
      <translation>NRW-Kachelgitter für ein Gebiet</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>NRW tiles</source>
      <translation>NRW-Kacheln</translation>
    </message>
    <message>
      <location filename="ui/services_widget.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>No 3D building tiles were found for this area (the tiles may not be published, e.g. outside North Rhine-Westphalia). Choose another area.</source>
      <translation>Für dieses Gebiet wurden keine 3D-Gebäudekacheln gefunden (die Kacheln sind möglicherweise nicht veröffentlicht, z. B. außerhalb Nordrhein-Westfalens). Wählen Sie ein anderes Gebiet.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>No area chosen yet.</source>
      <translation>Noch kein Gebiet gewählt.</translation>
    </message>
    <message>
      <location filename="ui/building_info_tool.py" />
      <source>No building here. Click on a building of the imported layers.</source>
      <translation>Hier ist kein Gebäude. Klicken Sie auf ein Gebäude der importierten Layer.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>No building id given. Enter the building_id of a building (see the attribute table of the surfaces layer) or click a building in the map.</source>
      <translation>Keine Gebäude-ID angegeben. Geben Sie die building_id eines Gebäudes ein (siehe Attributtabelle des Flächenlayers) oder klicken Sie in der Karte auf ein Gebäude.</translation>
    </message>
    <message>
      <location filename="ui/building_info_tool.py" />
      <source>No data for this building in the project.</source>
      <translation>Keine Daten zu diesem Gebäude im Projekt.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/series.py" />
      <source>No datastream given. Take a datastream_id from the sensors layer.</source>
      <translation>Kein Datenstrom angegeben. Nehmen Sie eine datastream_id aus dem Sensor-Layer.</translation>
    </message>
    <message>
      <location filename="ui/measure_tool.py" />
      <source>No height here: click on a building of the surfaces layer or load a DSM.</source>
      <translation>Hier gibt es keine Höhe: Klicken Sie auf ein Gebäude des Flächenlayers oder laden Sie ein DOM.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>No parcel intersects the footprint.</source>
      <translation>Kein Flurstück schneidet die Grundfläche.</translation>
    </message>
    <message>
      <location filename="algorithms/errors.py" />
      <source>No permission to read {}. Check the file's permissions.</source>
      <translation>Keine Berechtigung, {} zu lesen. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
      <location filename="processing_provider/outputs.py" />
      <source>No permission to write {}. Choose a folder you may write to.</source>
      <translation>Keine Berechtigung, {} zu schreiben. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>No sensor layer in the project. Load sensors in the dock (Data ▸ Sensors) or with the button below.</source>
      <translation>Kein Sensor-Layer im Projekt. Laden Sie Sensoren im Bedienfeld (Daten ▸ Sensoren) oder mit der Schaltfläche unten.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/catalogue.py" />
      <source>No sensor source '{}' in the sensor catalogue. Known sources: {}. Give one of these or the URL of a SensorThings API service (https://…/v1.1).</source>
      <translation>Keine Sensorquelle „{}“ im Sensorkatalog. Bekannte Quellen: {}. Geben Sie eine davon oder die URL eines SensorThings-API-Dienstes an (https://…/v1.1).</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/catalogue.py" />
      <source>No sensor source given. Choose a catalogue entry or give a SensorThings API URL.</source>
      <translation>Keine Sensorquelle angegeben. Wählen Sie einen Katalogeintrag oder geben Sie eine SensorThings-API-URL an.</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>No sensors within {} m of this building.</source>
      <translation>Keine Sensoren im Umkreis von {} m um dieses Gebäude.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>No surfaces layer given. Choose the surfaces layer of the CityGML import.</source>
      <translation>Kein Flächenlayer angegeben. Wählen Sie den Flächenlayer des CityGML-Imports.</translation>
    </message>
    <message>
      <location filename="processing_provider/sensor_chart.py" />
      <source>No values in this period</source>
      <translation>Keine Werte in diesem Zeitraum</translation>
    </message>
    <message>
      <location filename="algorithms/solar/potential.py" />
      <source>None of the roof surfaces has a usable geometry.</source>
      <translation>Keine der Dachflächen hat eine brauchbare Geometrie.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Normalised surface model 0.5 m (GeoTIFF)</source>
      <translation>Normalisiertes Oberflächenmodell 0,5 m (GeoTIFF)</translation>
    </message>
    <message>
      <location filename="processing_provider/outputs.py" />
      <source>Not enough space on the disk for {}. Free some space or choose another folder.</source>
      <translation>Nicht genug Speicherplatz für {}. Geben Sie Speicher frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Not installed, skipped: {}</source>
      <translation>Nicht installiert, übersprungen: {}</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Note</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Number of GetCoverage requests</source>
      <translation>Anzahl der GetCoverage-Anfragen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Number of GetFeature requests</source>
      <translation>Anzahl der GetFeature-Anfragen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>Number of GetMap requests</source>
      <translation>Anzahl der GetMap-Anfragen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Number of buildings</source>
      <translation>Anzahl der Gebäude</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Number of datastreams</source>
      <translation>Anzahl der Datenströme</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Number of features</source>
      <translation>Anzahl der Objekte</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>Number of observations</source>
      <translation>Anzahl der Beobachtungen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Number of sensor locations</source>
      <translation>Anzahl der Sensorstandorte</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Number of tiles: {}</source>
      <translation>Anzahl der Kacheln: {}</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>Observations</source>
      <translation>Beobachtungen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Observed property (optional)</source>
      <translation>Messgröße (optional)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>One point per datastream with its property, unit, latest value and time.</source>
      <translation>Ein Punkt je Datenstrom mit Messgröße, Einheit, letztem Wert und Zeitpunkt.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>One point per sensor location in EPSG:25832.</source>
      <translation>Ein Punkt je Sensorstandort in EPSG:25832.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>One row per building with its footprint.</source>
      <translation>Eine Zeile je Gebäude mit seiner Grundfläche.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>One row per building: footprint (MultiPolygonZ) and attributes.</source>
      <translation>Eine Zeile je Gebäude: Grundfläche (MultiPolygonZ) und Attribute.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>One row per roof surface: the input fields plus irradiation, shading loss, usable area, kWp, yield, CO₂ saved, suitability and solar class.</source>
      <translation>Eine Zeile je Dachfläche: die Eingabefelder sowie Einstrahlung, Verschattungsverlust, nutzbare Fläche, kWp, Ertrag, eingespartes CO₂, Eignung und Solarklasse.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>One row per roof, wall, ground or closure surface (MultiPolygonZ).</source>
      <translation>Eine Zeile je Dach-, Wand-, Boden- oder Abschlussfläche (MultiPolygonZ).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Only buildings whose bounding box intersects this area; any CRS.</source>
      <translation>Nur Gebäude, deren umgebendes Rechteck dieses Gebiet schneidet; beliebiges KBS.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Only datastreams of this property, e.g. temperature, PM10, water level, Luftfeuchte.</source>
      <translation>Nur Datenströme dieser Messgröße, z. B. Temperatur, PM10, Wasserstand, Luftfeuchte.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Optional DEM (DGM1) in the surfaces' CRS. Without it the terrain is interpolated from the buildings' ground heights.</source>
      <translation>Optionales DGM (DGM1) im KBS der Flächen. Ohne DGM wird das Gelände aus den Bodenhöhen der Gebäude interpoliert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Optional GeoTIFF of the annual irradiation (kWh/m²) of every roof cell.</source>
      <translation>Optionales GeoTIFF der jährlichen Einstrahlung (kWh/m²) jeder Dachzelle.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Optional polygon layer: the model's outline (all its polygons, any CRS).</source>
      <translation>Optionaler Polygonlayer: der Umriss des Modells (alle seine Polygone, beliebiges KBS).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Optional: a digital surface model (DOM, absolute heights) or normalised one (nDOM, heights above ground) in the layer's CRS; objects outside the roofs, e.g. trees, shade.</source>
      <translation>Optional: ein Digitales Oberflächenmodell (DOM, absolute Höhen) oder ein normalisiertes (nDOM, Höhen über Grund) im KBS des Layers; Objekte außerhalb der Dächer, z. B. Bäume, werfen Schatten.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Optional: buildings with building_id, function, roof_type, storeys for the function and roof type in words and the storeys from the file.</source>
      <translation>Optional: Gebäude mit building_id, function, roof_type, storeys für Funktion und Dachform im Klartext sowie die Geschosse aus der Datei.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Optional: evaluate only roofs whose centre lies in this area; surfaces of the input up to 300 m around it still cast shadows.</source>
      <translation>Optional: nur Dächer auswerten, deren Mittelpunkt in diesem Gebiet liegt; Flächen der Eingabe bis 300 m darum herum werfen weiterhin Schatten.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Optional: function, roof type, storeys and address by building_id.</source>
      <translation>Optional: Funktion, Dachform, Geschosse und Adresse über building_id.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Optional: hourly typical year from PVGIS (re.jrc.ec.europa.eu, TMY, CSV or JSON) or an EnergyPlus EPW file. Without it a synthetic year with the annual irradiation below is used.</source>
      <translation>Optional: stündliches typisches Jahr von PVGIS (re.jrc.ec.europa.eu, TMY, CSV oder JSON) oder eine EnergyPlus-EPW-Datei. Ohne Datei wird ein synthetisches Jahr mit der unten angegebenen jährlichen Einstrahlung verwendet.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Optional: output of 'Roof solar potential' (irradiation_kwh_m2, kwp, yield_kwh, suitability), joined by building_id or surface_id.</source>
      <translation>Optional: Ausgabe von „Solarpotenzial der Dächer“ (irradiation_kwh_m2, kwp, yield_kwh, suitability), verknüpft über building_id oder surface_id.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Optional: parcel polygons (e.g. from the ALKIS WFS); the parcels under the footprint are listed with their attributes.</source>
      <translation>Optional: Flurstückspolygone (z. B. aus dem ALKIS-WFS); die Flurstücke unter der Grundfläche werden mit ihren Attributen aufgeführt.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Optional: raster or WMS layer for the map excerpt, e.g. the NRW orthophoto.</source>
      <translation>Optional: Raster- oder WMS-Layer für den Kartenausschnitt, z. B. das NRW-Luftbild.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Optional: terrain heights (DGM1). Without it the terrain is interpolated from the buildings' ground heights.</source>
      <translation>Optional: Geländehöhen (DGM1). Ohne DGM wird das Gelände aus den Bodenhöhen der Gebäude interpoliert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Output folder</source>
      <translation>Ausgabeordner</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>PDF from a print layout, one page per building.</source>
      <translation>PDF aus einem Drucklayout, eine Seite je Gebäude.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>PDF report</source>
      <translation>PDF-Bericht</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>PNG images (*.png)</source>
      <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Parcels</source>
      <translation>Flurstücke</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Parts of the area narrower than the minimum feature were left out ({:.1f} mm² of the model).</source>
      <translation>Teile des Gebiets, die schmaler als die Mindeststrukturgröße sind, wurden weggelassen ({:.1f} mm² des Modells).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Peak power per m² of module: 0.21 for current ~450 Wp modules of ~2 m².</source>
      <translation>Spitzenleistung je m² Modul: 0,21 für aktuelle Module mit ~450 Wp und ~2 m².</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Performance ratio</source>
      <translation>Performance Ratio</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Pixel size of the GeoTIFF in metres (DGM and DOM: 1 m native, nDOM: 0.5 m).</source>
      <translation>Pixelgröße des GeoTIFF in Metern (DGM und DOM: nativ 1 m, nDOM: 0,5 m).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>Pixel size of the GeoTIFF in metres.</source>
      <translation>Pixelgröße des GeoTIFF in Metern.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Print</source>
      <translation>Drucken</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Print bed size (mm, 0 = no tiles)</source>
      <translation>Druckbettgröße (mm, 0 = keine Kacheln)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Product</source>
      <translation>Produkt</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Property</source>
      <translation>Messgröße</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Reading sensors of {} …</source>
      <translation>Sensoren von {} werden gelesen …</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Reading the last {} days of {} …</source>
      <translation>Die letzten {} Tage von {} werden gelesen …</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Reads CityGML 1.0/2.0 building models (LoD2 and LoD1 of OpenGeodata.NRW and other German states; .gml, .xml, .gml.gz or .zip) and writes two layers: the buildings (one row per building, building parts merged, footprint with heights, areas, volume, roof type, function, address, municipality key) and their semantic 3D surfaces (one row per roof, wall, ground and closure surface with area, tilt, azimuth and height range), styled for the map and the 3D view.
Input files: one or more CityGML files; they must share one coordinate reference system, which the layers keep (EPSG:25832 for NRW).
Area: optional; only buildings whose bounding box intersects it are imported.
Target CRS: optional; x/y are reprojected into it with PROJ (heights unchanged); default: the CRS of the files.
Broken buildings are skipped and listed in the log with their gml:id and the reason.
Source: https://www.opengeodata.nrw.de/produkte/geobasis/3dg/ (LoD2_32_E_N_1_NW.gml tiles).</source>
      <translation>Liest CityGML-1.0/2.0-Gebäudemodelle (LoD2 und LoD1 von OpenGeodata.NRW und anderen Bundesländern; .gml, .xml, .gml.gz oder .zip) und schreibt zwei Layer: die Gebäude (eine Zeile je Gebäude, Gebäudeteile zusammengefasst, Grundfläche mit Höhen, Flächen, Volumen, Dachform, Funktion, Adresse, Gemeindeschlüssel) und ihre semantischen 3D-Flächen (eine Zeile je Dach-, Wand-, Boden- und Abschlussfläche mit Fläche, Neigung, Ausrichtung und Höhenbereich), gestaltet für die Karte und die 3D-Ansicht.
Eingabedateien: eine oder mehrere CityGML-Dateien; sie müssen dasselbe Koordinatenbezugssystem haben, das die Layer übernehmen (EPSG:25832 in NRW).
Gebiet: optional; nur Gebäude, deren umschließendes Rechteck es schneidet, werden importiert.
Ziel-KBS: optional; x/y werden mit PROJ dorthin transformiert (Höhen unverändert); Standard: das KBS der Dateien.
Fehlerhafte Gebäude werden übersprungen und mit ihrer gml:id und dem Grund im Protokoll aufgeführt.
Quelle: https://www.opengeodata.nrw.de/produkte/geobasis/3dg/ (Kacheln LoD2_32_E_N_1_NW.gml).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>Reads the observations of one datastream between two times and writes them as a table (time in UTC, value, value as text, unit, property, datastream id) and, optionally, as a PNG chart. Use the datastream_id of the layer 'Sensor datastreams' (nrwtwin:sensors) with the same source; in the model builder or batch mode one run per datastream. SensorThings datastreams may also be given by their URL. Without a start, the last 7 days up to the end (default: now) are read.

Source: a key of the sensor catalogue or a SensorThings API URL (see docs/sensors.md). Licences: per source (Hamburg and Osnabrück dl-de/by-2-0, EEA CC BY 4.0, openSenseMap PDDL 1.0).</source>
      <translation>Liest die Beobachtungen eines Datenstroms zwischen zwei Zeitpunkten und schreibt sie als Tabelle (Zeitpunkt in UTC, Wert, Wert als Text, Einheit, Messgröße, Datenstrom-ID) und auf Wunsch als PNG-Diagramm. Verwenden Sie die datastream_id aus dem Layer „Sensor-Datenströme“ (nrwtwin:sensors) mit derselben Quelle; im Modellbauer oder Stapelbetrieb ein Lauf je Datenstrom. SensorThings-Datenströme können auch über ihre URL angegeben werden. Ohne Beginn werden die letzten 7 Tage bis zum Ende (Standard: jetzt) gelesen.

Quelle: ein Schlüssel des Sensorkatalogs oder eine SensorThings-API-URL (siehe docs/sensors.md). Lizenzen: je Quelle (Hamburg und Osnabrück dl-de/by-2-0, EEA CC BY 4.0, openSenseMap PDDL 1.0).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Reads the sensor locations inside an area from a city data platform that publishes the OGC SensorThings API 1.1 (Hamburg, Osnabrück, the European air-quality service of the EEA) or from openSenseMap (senseBox citizen sensors), with the latest value of each datastream: one point per location in EPSG:25832 with name, source, id, the number of datastreams, the first datastream's property, unit, latest value and time, and all readings as text; and a long table of all datastreams (one point each). Servers that cannot filter by area or expand the latest observation are handled (the area is then filtered here, the latest value asked per datastream).

Source: a key of the sensor catalogue ({}) or the URL of any SensorThings API service (https://…/v1.1). Add a town's own platform with the setting nrw_digital_twin/sensors_override or the NRWTWIN_SENSORS environment variable (see docs/sensors.md). Property: filter such as temperature, PM10, water level (German names work too). Since: latest values older than this are left empty.

Licences: per source (Hamburg and Osnabrück dl-de/by-2-0, EEA CC BY 4.0, openSenseMap PDDL 1.0); the layers carry them in their metadata.</source>
      <translation>Liest die Sensorstandorte in einem Gebiet von einer städtischen Datenplattform mit OGC SensorThings API 1.1 (Hamburg, Osnabrück, der europäische Luftqualitätsdienst der EEA) oder von openSenseMap (senseBox-Bürgersensoren), mit dem letzten Wert jedes Datenstroms: ein Punkt je Standort in EPSG:25832 mit Name, Quelle, ID, Anzahl der Datenströme, Messgröße, Einheit, letztem Wert und Zeitpunkt des ersten Datenstroms und allen Messwerten als Text; dazu eine lange Tabelle aller Datenströme (je ein Punkt). Server, die nicht nach Gebiet filtern oder die letzte Beobachtung nicht einbetten können, werden berücksichtigt (das Gebiet wird dann hier gefiltert, der letzte Wert je Datenstrom abgefragt).

Quelle: ein Schlüssel des Sensorkatalogs ({}) oder die URL eines beliebigen SensorThings-API-Dienstes (https://…/v1.1). Eine eigene Plattform der Kommune wird mit der Einstellung nrw_digital_twin/sensors_override oder der Umgebungsvariablen NRWTWIN_SENSORS ergänzt (siehe docs/sensors.md). Messgröße: Filter wie Temperatur, PM10, Wasserstand (englische Namen gehen auch). Nicht älter als: ältere letzte Werte bleiben leer.

Lizenzen: je Quelle (Hamburg und Osnabrück dl-de/by-2-0, EEA CC BY 4.0, openSenseMap PDDL 1.0); die Layer tragen sie in ihren Metadaten.</translation>
    </message>
    <message>
      <location filename="ui/services_widget.py" />
      <source>Reads the service catalogue and its override setting again.</source>
      <translation>Liest den Dienstkatalog und seine Überschreibungseinstellung erneut ein.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Reads the tile indexes of OpenGeodata.NRW (in the background).</source>
      <translation>Liest die Kachelindizes von OpenGeodata.NRW (im Hintergrund).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Rectangular area, used when no area outline is given.</source>
      <translation>Rechteckiges Gebiet, das verwendet wird, wenn kein Gebietsumriss angegeben ist.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Refresh the tile index</source>
      <translation>Kachelindex aktualisieren</translation>
    </message>
    <message>
      <location filename="ui/services_widget.py" />
      <source>Reload list</source>
      <translation>Liste neu laden</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Report for {} building(s) written.</source>
      <translation>Bericht für {} Gebäude geschrieben.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Resolution (m/pixel)</source>
      <translation>Auflösung (m/Pixel)</translation>
    </message>
    <message>
      <location filename="algorithms/solar/potential.py" />
      <source>Resolution {:g} m is out of range; use 0.25–2 m (default 0.5).</source>
      <translation>Die Auflösung {:g} m liegt außerhalb des zulässigen Bereichs; verwenden Sie 0,25–2 m (Standard 0,5).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Ridge height</source>
      <translation>Firsthöhe</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Roof area (3D)</source>
      <translation>Dachfläche (3D)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Roof area facing east</source>
      <translation>Dachfläche nach Osten</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Roof area facing north</source>
      <translation>Dachfläche nach Norden</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Roof area facing south</source>
      <translation>Dachfläche nach Süden</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Roof area facing west</source>
      <translation>Dachfläche nach Westen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Roof faces</source>
      <translation>Dachflächen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Roof pitch (min / main / max)</source>
      <translation>Dachneigung (min. / Haupt / max.)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Roof solar potential</source>
      <translation>Solarpotenzial der Dächer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Roof solar potential (with shading)</source>
      <translation>Solarpotenzial der Dächer (mit Verschattung)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Roof solar potential layer</source>
      <translation>Layer „Solarpotenzial der Dächer“</translation>
    </message>
    <message>
      <location filename="algorithms/solar/run.py" />
      <source>Roof surface {} skipped: {}.</source>
      <translation>Dachfläche {} übersprungen: {}.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Roof surfaces</source>
      <translation>Dachflächen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Roof type</source>
      <translation>Dachform</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Run all: download → import → solar → print</source>
      <translation>Alles ausführen: herunterladen → importieren → Solar → Druck</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Runs 'NRW tile grid for an area' and adds the tiles as a layer.</source>
      <translation>Führt „NRW-Kachelgitter für ein Gebiet“ aus und fügt die Kacheln als Layer hinzu.</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Runs 'Sensors of an area' (openSenseMap) around the building.</source>
      <translation>Führt „Sensoren eines Gebiets“ (openSenseMap) rund um das Gebäude aus.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>STL (one solid), 3MF (coloured terrain and building solids) or OBJ with MTL colours.</source>
      <translation>STL (ein Volumenkörper), 3MF (farbige Gelände- und Gebäudekörper) oder OBJ mit MTL-Farben.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>Saves a GEObasis.NRW web map service layer (orthophotos RGB/CIR, cadastre, topographic maps, hillshade, nDOM) for an area as a georeferenced GeoTIFF in ETRS89/UTM32N (EPSG:25832). Large areas are requested in tiles no larger than the service's maximum image size (5000 pixels for the orthophotos) on one pixel grid and put together without resampling.

Layer: the WMS layer; Layer name: optional, another layer name of the same service; Area: in any CRS; Resolution: metres per pixel (0.1 m is the orthophoto's native resolution).

Source: GEObasis.NRW web map services (www.wms.nrw.de). Licence: Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</source>
      <translation>Speichert einen Layer eines Web Map Service von GEObasis.NRW (Luftbilder RGB/CIR, Liegenschaftskarte, topographische Karten, Schummerung, nDOM) für ein Gebiet als georeferenziertes GeoTIFF in ETRS89/UTM32N (EPSG:25832). Große Gebiete werden in Kacheln angefragt, die nicht größer als die maximale Bildgröße des Dienstes sind (5000 Pixel bei den Luftbildern), auf einem einheitlichen Pixelraster, und ohne Resampling zusammengesetzt.

Layer: der WMS-Layer; Layername: optional, ein anderer Layername desselben Dienstes; Gebiet: in beliebigem KBS; Auflösung: Meter pro Pixel (0,1 m ist die native Auflösung der Luftbilder).

Quelle: Web Map Services von GEObasis.NRW (www.wms.nrw.de). Lizenz: Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Scale 1:N (0 = use the model size)</source>
      <translation>Maßstab 1:N (0 = Modellgröße verwenden)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Scale 1:{:.0f}, {} × {} × {} mm, {} triangles, {} file(s).</source>
      <translation>Maßstab 1:{:.0f}, {} × {} × {} mm, {} Dreiecke, {} Datei(en).</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Search radius around the building</source>
      <translation>Suchradius um das Gebäude</translation>
    </message>
    <message>
      <location filename="ui/services_widget.py" />
      <source>Select a layer of a service first.</source>
      <translation>Wählen Sie zuerst einen Layer eines Dienstes aus.</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Select a sensor to see its last days.</source>
      <translation>Wählen Sie einen Sensor, um seine letzten Tage zu sehen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Self-contained HTML file (images embedded).</source>
      <translation>Eigenständige HTML-Datei (Bilder eingebettet).</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Sensor</source>
      <translation>Sensor</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Sensor datastreams</source>
      <translation>Sensor-Datenströme</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Sensor source</source>
      <translation>Sensorquelle</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/catalogue.py" />
      <source>Sensor source '{}' has the unknown kind '{}' (expected sta or opensensemap).</source>
      <translation>Die Sensorquelle „{}“ hat die unbekannte Art „{}“ (erwartet: sta oder opensensemap).</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Sensor time series</source>
      <translation>Sensor-Zeitreihe</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>Sensor time series (SensorThings API, openSenseMap)</source>
      <translation>Sensor-Zeitreihe (SensorThings API, openSenseMap)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Sensors</source>
      <translation>Sensoren</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Sensors nearby</source>
      <translation>Sensoren in der Nähe</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>Sensors of an area (SensorThings API, openSenseMap)</source>
      <translation>Sensoren eines Gebiets (SensorThings API, openSenseMap)</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Sensors within {} m</source>
      <translation>Sensoren im Umkreis von {} m</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Server: {}  Cache: {}</source>
      <translation>Server: {}  Cache: {}</translation>
    </message>
    <message>
      <location filename="ui/services_widget.py" />
      <source>Service / layer</source>
      <translation>Dienst / Layer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Share of the irradiation the system turns into AC energy (0.80–0.85; PVGIS assumes 14 % losses).</source>
      <translation>Anteil der Einstrahlung, den die Anlage in Wechselstrom umwandelt (0,80–0,85; PVGIS geht von 14 % Verlusten aus).</translation>
    </message>
    <message>
      <location filename="plugin.py" />
      <source>Show the NRW Digital Twin dock (Digitaler Zwilling NRW)</source>
      <translation>Bedienfeld „Digitaler Zwilling NRW“ anzeigen</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Size (longest side)</source>
      <translation>Größe (längste Seite)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Size: counting …</source>
      <translation>Größe: wird gezählt …</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Size: press 'Refresh'</source>
      <translation>Größe: Klicken Sie auf „Aktualisieren“</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Size: {}</source>
      <translation>Größe: {}</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Skipped (not installed): {}</source>
      <translation>Übersprungen (nicht installiert): {}</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Slope</source>
      <translation>Neigung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Smaller usable areas are 'too_small'. 2 m² = room for one module (LANUV); the Swiss sonnendach.ch uses 10 m².</source>
      <translation>Kleinere nutzbare Flächen sind „too_small“. 2 m² = Platz für ein Modul (LANUV); das Schweizer sonnendach.ch verwendet 10 m².</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Solar potential</source>
      <translation>Solarpotenzial</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Solar potential of the roofs</source>
      <translation>Solarpotenzial der Dächer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Split the model into tiles of at most this size; files get _tile_&lt;row&gt;_&lt;column&gt; names.</source>
      <translation>Das Modell in Kacheln von höchstens dieser Größe aufteilen; die Dateien erhalten Namen mit _tile_&lt;row&gt;_&lt;column&gt;.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>Start (optional)</source>
      <translation>Beginn (optional)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Step {index} of {count}: {title} …</source>
      <translation>Schritt {index} von {count}: {title} …</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Stop with a message when the area needs more tiles than this.</source>
      <translation>Mit einer Meldung abbrechen, wenn das Gebiet mehr Kacheln als diese benötigt.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Storeys</source>
      <translation>Geschosse</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Suitability</source>
      <translation>Eignung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Suitable roof surfaces</source>
      <translation>Geeignete Dachflächen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Surface model for trees (DOM or nDOM)</source>
      <translation>Oberflächenmodell für Bäume (DOM oder nDOM)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Surfaces imported</source>
      <translation>Importierte Flächen</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Surfaces layer</source>
      <translation>Flächenlayer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Surfaces layer (LoD2)</source>
      <translation>Flächenlayer (LoD2)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Surfaces layer (from CityGML import)</source>
      <translation>Flächenlayer (aus dem CityGML-Import)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Surfaces layer of 'Import CityGML (LoD1/LoD2)' (MultiPolygonZ with surface_id, building_id, part_id, surface_type).</source>
      <translation>Flächenlayer von „CityGML importieren (LoD1/LoD2)“ (MultiPolygonZ mit surface_id, building_id, part_id, surface_type).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Target CRS (optional; default: the files' CRS)</source>
      <translation>Ziel-KBS (optional; Standard: das KBS der Dateien)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Terrain model (DEM)</source>
      <translation>Geländemodell (DGM)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Terrain model (DGM)</source>
      <translation>Geländemodell (DGM)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>The 'Building surfaces (3D)' layer written by 'Import buildings'.</source>
      <translation>Der Layer „Gebäudeflächen (3D)“, geschrieben von „Gebäude importieren“.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>The DEM '{}' does not cover the area. Use a DEM (e.g. DGM1 of OpenGeodata.NRW) that covers it, or choose another area.</source>
      <translation>Das DGM „{}“ deckt das Gebiet nicht ab. Verwenden Sie ein DGM, das es abdeckt (z. B. DGM1 von OpenGeodata.NRW), oder wählen Sie ein anderes Gebiet.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>The DEM '{}' is in a geographic CRS ({}). Reproject it to the surfaces' CRS ({}) first, e.g. with GDAL Warp.</source>
      <translation>Das DGM „{}“ liegt in einem geographischen KBS vor ({}). Transformieren Sie es zuerst in das KBS der Flächen ({}), z. B. mit GDAL Warp.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>The DEM '{}' is in {} but the surfaces are in {}. Reproject the DEM (GDAL Warp) to {}.</source>
      <translation>Das DGM „{}“ liegt in {} vor, die Flächen aber in {}. Transformieren Sie das DGM (GDAL Warp) nach {}.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/surface_model.py" />
      <source>The DEM does not overlap the buildings; terrain taken from the buildings' ground heights.</source>
      <translation>Das Geländemodell überdeckt die Gebäude nicht; das Gelände wird aus den Geländehöhen der Gebäude abgeleitet.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>The WFS feature type to download (service and type name from the service catalogue).</source>
      <translation>Die herunterzuladende WFS-Objektart (Dienst und Typname aus dem Dienstkatalog).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>The WMS layer (service and layer name from the service catalogue).</source>
      <translation>Der WMS-Layer (Dienst und Layername aus dem Dienstkatalog).</translation>
    </message>
    <message>
      <location filename="processing_provider/provider.py" />
      <source>The algorithm module {} could not be loaded; its algorithm is missing. Please report:
{}</source>
      <translation>Das Algorithmusmodul {} konnte nicht geladen werden; sein Algorithmus fehlt. Bitte melden Sie:
{}</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>The annual irradiation {:g} kWh/m² is not possible here (clear sky gives {:,.0f} kWh/m²). Use a value between 300 and {:,.0f}, e.g. 1000 for NRW.</source>
      <translation>Die jährliche Einstrahlung {:g} kWh/m² ist hier nicht möglich (wolkenloser Himmel ergibt {:,.0f} kWh/m²). Verwenden Sie einen Wert zwischen 300 und {:,.0f}, z. B. 1000 für NRW.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>The area (extent) is empty. Give an extent with a width and height.</source>
      <translation>Das Gebiet (Ausdehnung) ist leer. Geben Sie eine Ausdehnung mit Breite und Höhe an.</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>The area contains no buildings. Choose an area with buildings.</source>
      <translation>Das Gebiet enthält keine Gebäude. Wählen Sie ein Gebiet mit Gebäuden.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>The area covers {tiles} tiles; one run downloads at most {max}. Choose a smaller area or split it.</source>
      <translation>Das Gebiet umfasst {tiles} Kacheln; ein Lauf lädt höchstens {max}. Wählen Sie ein kleineres Gebiet oder teilen Sie es auf.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>The area layer holds no polygon with a surface. Draw or choose an area outline.</source>
      <translation>Der Gebietslayer enthält kein Polygon mit Fläche. Zeichnen oder wählen Sie einen Gebietsumriss.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/area.py" />
      <source>The area {} is empty; draw or choose a larger extent.</source>
      <translation>Das Gebiet {} ist leer; zeichnen oder wählen Sie eine größere Ausdehnung.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>The basemap is reprojected on the fly to {}.</source>
      <translation>Die Hintergrundkarte wird on-the-fly nach {} transformiert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>The building surfaces layer cannot be read.</source>
      <translation>Der Gebäudeflächenlayer kann nicht gelesen werden.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>The building surfaces layer must hold polygons.</source>
      <translation>Der Gebäudeflächenlayer muss Polygone enthalten.</translation>
    </message>
    <message>
      <location filename="processing_provider/building_layers.py" />
      <source>The buildings layer lacks the field building_id (it has: {}). Use the buildings layer written by 'Import CityGML (LoD1/LoD2)'.</source>
      <translation>Dem Gebäudelayer fehlt das Feld building_id (vorhanden: {}). Verwenden Sie den von „CityGML importieren (LoD1/LoD2)“ geschriebenen Gebäudelayer.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>The cache was cleared.</source>
      <translation>Der Cache wurde geleert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>The datastream {} has no observations between {}: the table is empty. Choose a longer period; the datastream may not have measured yet.</source>
      <translation>Der Datenstrom {} hat keine Beobachtungen im Zeitraum {}: die Tabelle ist leer. Wählen Sie einen längeren Zeitraum; vielleicht hat der Datenstrom noch nicht gemessen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>The datastream_id from the layer 'Sensor datastreams' (openSenseMap: box id/sensor id), or the URL of a SensorThings datastream.</source>
      <translation>Die datastream_id aus dem Layer „Sensor-Datenströme“ (openSenseMap: Box-ID/Sensor-ID) oder die URL eines SensorThings-Datenstroms.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>The features with all attributes of the service, in EPSG:25832.</source>
      <translation>Die Objekte des Dienstes mit allen Attributen, in EPSG:25832.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>The files use different coordinate reference systems ({}); import them separately.</source>
      <translation>Die Dateien verwenden unterschiedliche Koordinatenbezugssysteme ({}); importieren Sie sie getrennt.</translation>
    </message>
    <message>
      <location filename="algorithms/errors.py" />
      <source>The folder of {} does not exist. Choose an existing folder.</source>
      <translation>Der Ordner von {} existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
      <location filename="algorithms/files.py" />
      <source>The folder {} does not exist. Choose an existing folder.</source>
      <translation>Der Ordner {} existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>The georeferenced GeoTIFF (EPSG:25832).</source>
      <translation>Das georeferenzierte GeoTIFF (EPSG:25832).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>The input already has a field '{}'. Use the surfaces layer of 'Import CityGML (LoD1/LoD2)' rather than an earlier solar result.</source>
      <translation>Die Eingabe hat bereits ein Feld '{}'. Verwenden Sie den Flächenlayer von 'CityGML importieren (LoD1/LoD2)' statt eines früheren Solarergebnisses.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/potential.py" />
      <source>The input has no roof surfaces (surface_type 'Roof'). Use the surfaces layer of 'Import CityGML (LoD1/LoD2)' from LoD2 data; LoD1 has no roof surfaces.</source>
      <translation>Die Eingabe enthält keine Dachflächen (surface_type 'Roof'). Verwenden Sie den Flächenlayer von 'CityGML importieren (LoD1/LoD2)' aus LoD2-Daten; LoD1 hat keine Dachflächen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>The input layer</source>
      <translation>Der Eingabelayer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>The input layer holds no surfaces. Import LoD2 CityGML first.</source>
      <translation>Der Eingabelayer enthält keine Flächen. Importieren Sie zuerst LoD2-CityGML.</translation>
    </message>
    <message>
      <location filename="ui/area_picker.py" />
      <source>The layer '{}' has no selected polygons. Select features (or use a polygon layer) and try again.</source>
      <translation>Der Layer „{}“ hat keine ausgewählten Polygone. Wählen Sie Objekte aus (oder verwenden Sie einen Polygonlayer) und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="processing_provider/outputs.py" />
      <source>The output {} holds {:,} of {:,} features after writing. Check the disk and try again.</source>
      <translation>Die Ausgabe {} enthält nach dem Schreiben {:,} von {:,} Objekten. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="algorithms/files.py" />
      <source>The output {} was not written.</source>
      <translation>Die Ausgabe {} wurde nicht geschrieben.</translation>
    </message>
    <message>
      <location filename="algorithms/files.py" />
      <source>The output {} was written incompletely ({:,} bytes).</source>
      <translation>Die Ausgabe {} wurde unvollständig geschrieben ({:,} Bytes).</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/series.py" />
      <source>The period from {} to {} is empty: the end must lie after the start.</source>
      <translation>Der Zeitraum von {} bis {} ist leer: das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
      <location filename="processing_provider/raster_io.py" />
      <source>The raster window of {} is too large ({:,} × {:,} cells); clip it to the area first.</source>
      <translation>Der Rasterausschnitt von {} ist zu groß ({:,} × {:,} Zellen); schneiden Sie das Raster zuerst auf das Gebiet zu.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>The raster {} does not overlap the buildings; it is ignored.</source>
      <translation>Das Raster {} überlappt die Gebäude nicht; es wird ignoriert.</translation>
    </message>
    <message>
      <location filename="processing_provider/raster_io.py" />
      <source>The raster {} has no cells.</source>
      <translation>Das Raster {} hat keine Zellen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>The raster {} is in {}, the surfaces in {}. Reproject it first (Raster ▸ Projections ▸ Warp).</source>
      <translation>Das Raster {} liegt in {} vor, die Flächen in {}. Transformieren Sie es zuerst (Raster ▸ Projektionen ▸ Transformieren (Reprojizieren)).</translation>
    </message>
    <message>
      <location filename="algorithms/raster.py" />
      <source>The raster {} is rotated; warp it to a north-up raster first (Raster ▸ Projections ▸ Warp).</source>
      <translation>Das Raster {} ist gedreht; transformieren Sie es zuerst in ein nordorientiertes Raster (Raster ▸ Projektionen ▸ Transformieren).</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>The results of the completed steps were added to the group '{}'.</source>
      <translation>Die Ergebnisse der abgeschlossenen Schritte wurden der Gruppe „{}“ hinzugefügt.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>The selected features of the layer (all when none is selected).</source>
      <translation>Die ausgewählten Objekte des Layers (alle, wenn keines ausgewählt ist).</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/catalogue.py" />
      <source>The sensor catalogue override ({}) is not valid JSON: {}. Fix the JSON or clear it.</source>
      <translation>Die Überschreibung des Sensorkatalogs ({}) ist kein gültiges JSON: {}. Korrigieren Sie das JSON oder leeren Sie die Einstellung.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/catalogue.py" />
      <source>The sensor catalogue override ({}) must be a JSON object with a 'sources' member.</source>
      <translation>Die Überschreibung des Sensorkatalogs ({}) muss ein JSON-Objekt mit dem Eintrag „sources“ sein.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/catalogue.py" />
      <source>The sensor catalogue override {} ({}) cannot be read: {}. Fix the path or clear it.</source>
      <translation>Die Überschreibung des Sensorkatalogs {} ({}) kann nicht gelesen werden: {}. Korrigieren Sie den Pfad oder leeren Sie die Einstellung.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>The solar layer lacks the fields building_id and surface_id. Use the output of 'Roof solar potential' (nrwtwin:roofsolar).</source>
      <translation>Dem Solarlayer fehlen die Felder building_id und surface_id. Verwenden Sie das Ergebnis von 'Solarpotenzial der Dächer' (nrwtwin:roofsolar).</translation>
    </message>
    <message>
      <location filename="ui/tasks.py" />
      <source>The step '{}' failed without a message. See the log panel, tab 'Processing'.</source>
      <translation>Der Schritt „{}“ ist ohne Meldung fehlgeschlagen. Siehe Protokollbedienfeld, Reiter „Processing“.</translation>
    </message>
    <message>
      <location filename="ui/tasks.py" />
      <source>The step '{}' is not available in this installation. Update or reinstall the NRW Digital Twin plugin.</source>
      <translation>Der Schritt „{}“ ist in dieser Installation nicht verfügbar. Aktualisieren oder installieren Sie das Plugin Digitaler Zwilling NRW neu.</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>The step '{}' needs the results of an earlier step.</source>
      <translation>Der Schritt „{}“ benötigt die Ergebnisse eines früheren Schritts.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/potential.py" />
      <source>The surface raster holds heights above ground (nDOM); terrain added.</source>
      <translation>Das Oberflächenraster enthält Höhen über Grund (nDOM); das Gelände wurde addiert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>The surfaces are in a geographic CRS; they are reprojected to EPSG:25832.</source>
      <translation>Die Flächen liegen in einem geographischen KBS vor; sie werden nach EPSG:25832 transformiert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>The surfaces layer</source>
      <translation>Der Flächenlayer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>The surfaces layer could not be opened.</source>
      <translation>Der Flächenlayer konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>The surfaces layer of 'Import CityGML (LoD1/LoD2)'; roofs are the rows with surface_type 'Roof', all other surfaces help to find the ground height.</source>
      <translation>Der Flächenlayer von „CityGML importieren (LoD1/LoD2)“; Dächer sind die Zeilen mit surface_type 'Roof', alle anderen Flächen helfen, die Bodenhöhe zu bestimmen.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/run.py" />
      <source>The weather file is for a place {:.0f} km from the buildings ({:.3f}° N, {:.3f}° E).</source>
      <translation>Die Wetterdatei gilt für einen Ort {:.0f} km von den Gebäuden entfernt ({:.3f}° N, {:.3f}° O).</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>The weather file {} does not exist.</source>
      <translation>Die Wetterdatei {} existiert nicht.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Thickness of the base below the lowest terrain point, in millimetres.</source>
      <translation>Dicke des Sockels unter dem tiefsten Geländepunkt, in Millimetern.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Thinner parts are removed (slivers) or thickened (whole buildings); both are counted.</source>
      <translation>Dünnere Teile werden entfernt (Splitter) oder verstärkt (ganze Gebäude); beides wird gezählt.</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>This layer has no datastream ids: load 'Sensor datastreams' for charts.</source>
      <translation>Dieser Layer hat keine Datenstrom-IDs: laden Sie „Sensor-Datenströme“ für Diagramme.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>Tile grid</source>
      <translation>Kachelgitter</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>Tile polygons in EPSG:25832 with the fields tile, easting_km and northing_km.</source>
      <translation>Kachelpolygone in EPSG:25832 mit den Feldern tile, easting_km und northing_km.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Tile polygons with file name, status, size in bytes and message.</source>
      <translation>Kachelpolygone mit Dateiname, Status, Größe in Bytes und Meldung.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Tiles</source>
      <translation>Kacheln</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Tiles of OpenGeodata.NRW for the area:</source>
      <translation>Kacheln von OpenGeodata.NRW für das Gebiet:</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Tiles {}</source>
      <translation>Kacheln {}</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Time (UTC)</source>
      <translation>Zeit (UTC)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Total kWp of suitable roofs</source>
      <translation>Gesamt-kWp der geeigneten Dächer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Total yield of suitable roofs (MWh/a)</source>
      <translation>Gesamtertrag der geeigneten Dächer (MWh/a)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Transposition of diffuse light onto the tilted roof; Perez is the standard of PV tools.</source>
      <translation>Umrechnung des Diffuslichts auf das geneigte Dach; Perez ist der Standard in PV-Programmen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Triangles</source>
      <translation>Dreiecke</translation>
    </message>
    <message>
      <location filename="ui/services_widget.py" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>Unexpected error in {}: {}. The technical details are in the log panel 'NRW Digital Twin'; please report them to the plugin's issue tracker.</source>
      <translation>Unerwarteter Fehler in {}: {}. Die technischen Details stehen im Protokollbereich „NRW Digital Twin“; bitte melden Sie sie im Issue-Tracker des Plugins.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/irradiance.py" />
      <source>Unknown sky model {}; use one of {}.</source>
      <translation>Unbekanntes Himmelsmodell {}; verwenden Sie eines von {}.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Usable module area</source>
      <translation>Nutzbare Modulfläche</translation>
    </message>
    <message>
      <location filename="algorithms/solar/potential.py" />
      <source>Use at least 8 horizon sectors (72 recommended).</source>
      <translation>Verwenden Sie mindestens 8 Horizontsektoren (empfohlen: 72).</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Use map extent</source>
      <translation>Kartenausschnitt verwenden</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Use selected features</source>
      <translation>Ausgewählte Objekte verwenden</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Use the visible map area.</source>
      <translation>Den sichtbaren Kartenausschnitt verwenden.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Used without a weather file. NRW mean ≈ 1000 kWh/m² (DWD 1991–2020); lower in the Sauerland/Siegerland, higher in the Lower Rhine area.</source>
      <translation>Wird ohne Wetterdatei verwendet. NRW-Mittel ≈ 1000 kWh/m² (DWD 1991–2020); niedriger im Sauerland/Siegerland, höher am Niederrhein.</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Vertical exaggeration</source>
      <translation>Überhöhung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Volume</source>
      <translation>Volumen</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Wait until the running task has finished, or cancel it.</source>
      <translation>Warten Sie, bis die laufende Aufgabe beendet ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Watertight</source>
      <translation>Wasserdicht</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Weather file (PVGIS TMY CSV/JSON or EPW)</source>
      <translation>Wetterdatei (PVGIS-TMY CSV/JSON oder EPW)</translation>
    </message>
    <message>
      <location filename="algorithms/solar/run.py" />
      <source>Weather: {} — {:.0f} kWh/m² global, {:.0f} % diffuse.</source>
      <translation>Wetter: {} — {:.0f} kWh/m² global, {:.0f} % diffus.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Web services of GEObasis.NRW (double-click adds the layer):</source>
      <translation>Webdienste von GEObasis.NRW (Doppelklick fügt den Layer hinzu):</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Which OpenGeodata.NRW product to download.</source>
      <translation>Welches OpenGeodata.NRW-Produkt heruntergeladen werden soll.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Which elevation model to download.</source>
      <translation>Welches Höhenmodell heruntergeladen werden soll.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Width (mm)</source>
      <translation>Breite (mm)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Writes a 3D-printable model of an area: the terrain from a DEM (e.g. DGM1) or, without one, interpolated from the buildings' ground heights; the LoD1/LoD2 buildings of a surfaces layer (written by 'Import CityGML (LoD1/LoD2)') standing on it; and a base of the given thickness whose side walls follow the area outline (any polygon, with holes). The result is one closed, consistently oriented solid without self-intersections (STL, OBJ with colours in an MTL file), or for 3MF one coloured solid for the terrain and one per building, grouped as one object.
Area: the polygons of an area layer, else the extent, else the buildings' extent plus 10 m.
Size: SIZE_MM is the longest side of the footprint; or give SCALE (1:N). Heights are multiplied by Z_EXAGGERATION. Parts thinner than MIN_FEATURE_MM are removed (slivers) or thickened (whole buildings); both are counted in the log. Building edges are exact to the 0.2 mm print grid; flat terrain is decimated to 0.05 mm height tolerance. BED_MM splits the model into tiles that fit a print bed; each tile is a closed solid and neighbouring tiles match along the cut.
Models over 1 m or under 10 mm are refused. The surfaces and the DEM must use a projected CRS in metres (EPSG:25832 in NRW).</source>
      <translation>Schreibt ein 3D-druckbares Modell eines Gebiets: das Gelände aus einem DGM (z. B. DGM1) oder, ohne DGM, interpoliert aus den Bodenhöhen der Gebäude; die darauf stehenden LoD1/LoD2-Gebäude eines Flächenlayers (von „CityGML importieren (LoD1/LoD2)“ geschrieben); und einen Sockel der angegebenen Dicke, dessen Seitenwände dem Gebietsumriss folgen (beliebiges Polygon, auch mit Löchern). Das Ergebnis ist ein geschlossener, einheitlich orientierter Körper ohne Selbstüberschneidungen (STL, OBJ mit Farben in einer MTL-Datei) oder bei 3MF ein farbiger Körper für das Gelände und je einer pro Gebäude, gruppiert als ein Objekt.
Gebiet: die Polygone eines Gebietslayers, sonst die Ausdehnung, sonst die Ausdehnung der Gebäude plus 10 m.
Größe: SIZE_MM ist die längste Seite der Grundfläche; alternativ SCALE (1:N) angeben. Höhen werden mit Z_EXAGGERATION multipliziert. Teile, die dünner als MIN_FEATURE_MM sind, werden entfernt (Splitter) oder verstärkt (ganze Gebäude); beides wird im Protokoll gezählt. Gebäudekanten liegen exakt auf dem 0,2-mm-Druckraster; ebenes Gelände wird mit 0,05 mm Höhentoleranz ausgedünnt. BED_MM teilt das Modell in Kacheln, die auf ein Druckbett passen; jede Kachel ist ein geschlossener Körper, und benachbarte Kacheln passen an der Schnittkante zusammen.
Modelle über 1 m oder unter 10 mm werden abgelehnt. Die Flächen und das DGM müssen ein projiziertes KBS in Metern verwenden (EPSG:25832 in NRW).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Writes a report for one or more buildings as an HTML file and as a PDF made with a QGIS print layout, one page per building: a map excerpt (the basemap, e.g. the NRW orthophoto WMS, when given, otherwise the surfaces), an axonometric 3D sketch, the true 3D roof area in total and per orientation, facade areas, footprint, eaves and ridge height, roof pitches, volume, storeys and gross floor area (see 'Building measurements'), the solar potential of the roofs when a layer of 'Roof solar potential' is given, the ALKIS parcels under the building when a parcels layer is given, and the data sources with their licence.
Building id: one id or several separated by commas (the field building_id of the surfaces layer, e.g. DENW34AL00021cja).</source>
      <translation>Schreibt einen Bericht für ein oder mehrere Gebäude als HTML-Datei und als PDF, erstellt mit einem QGIS-Drucklayout, eine Seite je Gebäude: ein Kartenausschnitt (die Hintergrundkarte, z. B. der NRW-Luftbild-WMS, falls angegeben, sonst die Flächen), eine axonometrische 3D-Skizze, die echte 3D-Dachfläche insgesamt und je Ausrichtung, Fassadenflächen, Grundfläche, Trauf- und Firsthöhe, Dachneigungen, Volumen, Geschosse und Bruttogrundfläche (siehe „Gebäudeaufmaß“), das Solarpotenzial der Dächer, wenn ein Layer von „Solarpotenzial der Dächer“ angegeben ist, die ALKIS-Flurstücke unter dem Gebäude, wenn ein Flurstückslayer angegeben ist, sowie die Datenquellen mit ihrer Lizenz.
Gebäude-ID: eine ID oder mehrere, durch Kommas getrennt (das Feld building_id des Flächenlayers, z. B. DENW34AL00021cja).</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>a row has fewer values than the header {}</source>
      <translation>eine Zeile hat weniger Werte als die Kopfzeile {}</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>bad date or hour in a data row ({})</source>
      <translation>ungültiges Datum oder ungültige Stunde in einer Datenzeile ({})</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>bad time stamp ({})</source>
      <translation>ungültiger Zeitstempel ({})</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>building_id of the building, or several ids separated by commas (one page each).</source>
      <translation>building_id des Gebäudes oder mehrere IDs, durch Kommas getrennt (je eine Seite).</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>column {} missing</source>
      <translation>Spalte {} fehlt</translation>
    </message>
    <message>
      <location filename="algorithms/solar/surface_model.py" />
      <source>degenerate geometry</source>
      <translation>entartete Geometrie</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>estimated with {} m per storey</source>
      <translation>geschätzt mit {} m je Geschoss</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>from the file</source>
      <translation>aus der Datei</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>in line {:,}</source>
      <translation>in Zeile {:,}</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>index not readable</source>
      <translation>Index nicht lesbar</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>input</source>
      <translation>Eingabe</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>inputs.location has no latitude and longitude</source>
      <translation>inputs.location enthält keine geographische Breite und Länge</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>isotropic</source>
      <translation>isotrop</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>looking up …</source>
      <translation>wird ermittelt …</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>nDOM – height above ground</source>
      <translation>nDOM – Höhe über Grund</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>nDOM50 normalised surface model 0.5 m (GeoTIFF)</source>
      <translation>nDOM50 normalisiertes Oberflächenmodell 0,5 m (GeoTIFF)</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>no 'Latitude', 'Longitude' and 'time(UTC),…' header found</source>
      <translation>keine Kopfzeilen 'Latitude', 'Longitude' und 'time(UTC),…' gefunden</translation>
    </message>
    <message>
      <location filename="processing_provider/building_layers.py" />
      <source>no fields</source>
      <translation>keine Felder</translation>
    </message>
    <message>
      <location filename="algorithms/solar/potential.py" />
      <source>no geometry</source>
      <translation>keine Geometrie</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>not a PVGIS TMY JSON ({})</source>
      <translation>kein PVGIS-TMY-JSON ({})</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>not an EPW file (the first line is not LOCATION)</source>
      <translation>keine EPW-Datei (die erste Zeile ist nicht LOCATION)</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>of inputs.location.{}</source>
      <translation>von inputs.location.{}</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>of {} at {}</source>
      <translation>von {} um {}</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>of {} in line {:,}</source>
      <translation>von {} in Zeile {:,}</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>of {} in the LOCATION line</source>
      <translation>von {} in der Zeile LOCATION</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>only {:,} hourly rows, a full year (8760) is expected</source>
      <translation>nur {:,} Stundenzeilen, erwartet wird ein ganzes Jahr (8760)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>parcels</source>
      <translation>Flurstücke</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>synthetic year, GHI {:g} kWh/m² (Ineichen clear sky, {} turbidity)</source>
      <translation>synthetisches Jahr, Globalstrahlung {:g} kWh/m² (wolkenloser Himmel nach Ineichen, Trübung von {})</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>the column {} holds values that are not numbers</source>
      <translation>die Spalte {} enthält Werte, die keine Zahlen sind</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>the irradiance time offset {:g} h is not between -1 and 1 hour</source>
      <translation>der Zeitversatz der Einstrahlung von {:g} h liegt nicht zwischen -1 und 1 Stunde</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>the latitude {:g} is not between -90 and 90 degrees</source>
      <translation>die geographische Breite {:g} liegt nicht zwischen -90 und 90 Grad</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>the longitude {:g} is not between -180 and 180 degrees</source>
      <translation>die geographische Länge {:g} liegt nicht zwischen -180 und 180 Grad</translation>
    </message>
    <message>
      <location filename="processing_provider/report_layout.py" />
      <source>the print layout could not be exported (error {})</source>
      <translation>das Drucklayout ließ sich nicht exportieren (Fehler {})</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>the value '{}' {} is not a number</source>
      <translation>der Wert '{}' {} ist keine Zahl</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>unknown extension '{}'</source>
      <translation>unbekannte Dateiendung '{}'</translation>
    </message>
    <message>
      <location filename="algorithms/solar/surface_model.py" />
      <source>vertical roof surface</source>
      <translation>senkrechte Dachfläche</translation>
    </message>
    <message>
      <location filename="algorithms/messages.py" />
      <source>{:,.0f} B</source>
      <translation>{:,.0f} B</translation>
    </message>
    <message>
      <location filename="algorithms/messages.py" />
      <source>{:,.1f} GB</source>
      <translation>{:,.1f} GB</translation>
    </message>
    <message>
      <location filename="algorithms/messages.py" />
      <source>{:,.1f} MB</source>
      <translation>{:,.1f} MB</translation>
    </message>
    <message>
      <location filename="algorithms/messages.py" />
      <source>{:,.1f} kB</source>
      <translation>{:,.1f} kB</translation>
    </message>
    <message>
      <location filename="algorithms/solar/run.py" />
      <source>{:,} roof surfaces skipped.</source>
      <translation>{:,} Dachflächen übersprungen.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/run.py" />
      <source>{:,} roof surfaces, {:,} suitable: {:,.0f} kWp, {:,.0f} MWh/a, {:,.0f} t CO₂/a saved.</source>
      <translation>{:,} Dachflächen, davon {:,} geeignet: {:,.0f} kWp, {:,.0f} MWh/a, {:,.0f} t CO₂/a eingespart.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/potential.py" />
      <source>{:,} roof surfaces, {:,} to evaluate; weather: {}.</source>
      <translation>{:,} Dachflächen, davon {:,} auszuwerten; Wetter: {}.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/potential.py" />
      <source>{:,} small roof surfaces without a cell of their own are sampled at their centre.</source>
      <translation>{:,} kleine Dachflächen ohne eigene Rasterzelle werden in ihrem Mittelpunkt ausgewertet.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/surface_model.py" />
      <source>{:.1f} % of the area lies outside the DEM; there terrain comes from the buildings' ground heights.</source>
      <translation>{:.1f} % des Gebiets liegen außerhalb des Geländemodells; dort wird das Gelände aus den Geländehöhen der Gebäude abgeleitet.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>{area} km², tiles of OpenGeodata.NRW: {tiles}</source>
      <translation>{area} km², Kacheln von OpenGeodata.NRW: {tiles}</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>{step} failed: {error}</source>
      <translation>{step} fehlgeschlagen: {error}</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>{triangles} triangles, {w:.0f} × {d:.0f} × {h:.0f} mm</source>
      <translation>{triangles} Dreiecke, {w:.0f} × {d:.0f} × {h:.0f} mm</translation>
    </message>
    <message>
      <location filename="ui/tasks.py" />
      <source>{} (an internal error; details are in the log panel, tab 'NRW Digital Twin').</source>
      <translation>{} (ein interner Fehler; Details stehen im Protokollbedienfeld, Reiter „NRW Digital Twin“).</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>{} ({:,} hours)</source>
      <translation>{} ({:,} Stunden)</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>{} ({:,} hours, {:,} missing values as 0)</source>
      <translation>{} ({:,} Stunden, {:,} fehlende Werte als 0)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>{} attribute values of fields that the first feature did not have were not written.</source>
      <translation>{} Attributwerte von Feldern, die das erste Objekt nicht hatte, wurden nicht geschrieben.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>{} buildings ({} building parts) with {} surfaces imported from {} file(s).</source>
      <translation>{} Gebäude ({} Gebäudeteile) mit {} Flächen aus {} Datei(en) importiert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>{} buildings are not part of the model: outside the area, below the terrain, or smaller than one print cell and merged with a neighbour at this scale.</source>
      <translation>{} Gebäude sind nicht Teil des Modells: außerhalb des Gebiets, unter dem Gelände oder kleiner als eine Druckzelle und bei diesem Maßstab mit einem Nachbarn zusammengeführt.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>{} buildings lie outside the area.</source>
      <translation>{} Gebäude liegen außerhalb des Gebiets.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>{} buildings were not found in the buildings layer.</source>
      <translation>{} Gebäude wurden im Gebäudelayer nicht gefunden.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>{} buildings were skipped because they are broken:</source>
      <translation>{} Gebäude wurden übersprungen, weil sie fehlerhaft sind:</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>{} contains no buildings (empty tile).</source>
      <translation>{} enthält keine Gebäude (leere Kachel).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>{} datastreams have no observation yet: their value is empty.</source>
      <translation>{} Datenströme haben noch keine Beobachtung: ihr Wert ist leer.</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>{} datastreams; select one for its last {} days.</source>
      <translation>{} Datenströme; wählen Sie einen für seine letzten {} Tage.</translation>
    </message>
    <message>
      <location filename="algorithms/errors.py" />
      <source>{} does not exist.</source>
      <translation>{} existiert nicht.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>{} features with unreadable geometry were skipped.</source>
      <translation>{} Objekte mit unlesbarer Geometrie wurden übersprungen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>{} features written from {} requests ({} splits, {} duplicates skipped).</source>
      <translation>{} Objekte aus {} Anfragen geschrieben ({} Teilungen, {} Duplikate übersprungen).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>{} has no sensors{} in this area: the layers are empty. Choose a larger area, another property or another source.</source>
      <translation>{} hat keine Sensoren{} in diesem Gebiet: die Layer sind leer. Wählen Sie ein größeres Gebiet, eine andere Messgröße oder eine andere Quelle.</translation>
    </message>
    <message>
      <location filename="processing_provider/building_layers.py" />
      <source>{} holds no surfaces. Import LoD2 CityGML first with 'Import CityGML (LoD1/LoD2)'.</source>
      <translation>{} enthält keine Flächen. Importieren Sie zuerst LoD2-CityGML mit „CityGML importieren (LoD1/LoD2)“.</translation>
    </message>
    <message>
      <location filename="algorithms/errors.py" />
      <source>{} is a folder, not a file.</source>
      <translation>{} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
      <location filename="algorithms/errors.py" />
      <source>{} is on a read-only file system. Choose another folder.</source>
      <translation>{} liegt auf einem schreibgeschützten Dateisystem. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="processing_provider/surface_layer.py" />
      <source>{} lacks the field(s) {}. Use the surfaces layer written by 'Import CityGML (LoD1/LoD2)' (nrwtwin:importcitygml).</source>
      <translation>{} fehlt das Feld bzw. fehlen die Felder {}. Verwenden Sie den Flächenlayer, den 'CityGML importieren (LoD1/LoD2)' (nrwtwin:importcitygml) schreibt.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>{} latest values are older than the given time and were left empty.</source>
      <translation>{} letzte Werte sind älter als der angegebene Zeitpunkt und blieben leer.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>{} lists of things or datastreams were cut by the server and could not be completed; some datastreams may be missing.</source>
      <translation>{} Listen von Things oder Datenströmen wurden vom Server gekürzt und konnten nicht vervollständigt werden; einige Datenströme können fehlen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>{} locations without usable coordinates were skipped.</source>
      <translation>{} Standorte ohne verwendbare Koordinaten wurden übersprungen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>{} observations of {} ({}) between {} from {} requests.</source>
      <translation>{} Beobachtungen von {} ({}) im Zeitraum {} aus {} Anfragen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>{} of {} buildings have no closed shell; their volume is approximate.</source>
      <translation>{} von {} Gebäuden haben keine geschlossene Hülle; ihr Volumen ist ein Näherungswert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>{} sensor locations with {} datastreams from {} ({} requests, {} pages).</source>
      <translation>{} Sensorstandorte mit {} Datenströmen von {} ({} Anfragen, {} Seiten).</translation>
    </message>
    <message>
      <location filename="ui/building_info_tool.py" />
      <source>{} surfaces</source>
      <translation>{} Flächen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>{} tiles cover the area.</source>
      <translation>{} Kacheln decken das Gebiet ab.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>{} × {} height values from {} requests written to {}.</source>
      <translation>{} × {} Höhenwerte aus {} Anfragen nach {} geschrieben.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>{} × {} pixels from {} requests written to {}.</source>
      <translation>{} × {} Pixel aus {} Anfragen nach {} geschrieben.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: access denied (HTTP 403 at {}). The platform is not public or blocks this request: ask its operator for access, or choose a public source.</source>
      <translation>{}: Zugriff verweigert (HTTP 403 bei {}). Die Plattform ist nicht öffentlich oder sperrt diese Anfrage: bitten Sie den Betreiber um Zugang oder wählen Sie eine öffentliche Quelle.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: no answer to {} within {:.0f} s ({:,} tries). The service may be overloaded: try again later or with a smaller area.</source>
      <translation>{}: keine Antwort auf {} innerhalb von {:.0f} s ({:,} Versuche). Der Dienst ist vielleicht überlastet: versuchen Sie es später oder mit einem kleineren Gebiet erneut.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/sta.py" />
      <source>{}: the answer has more than {:,} pages of {:,} locations. Choose a smaller area or a property, or raise 'max_pages' of the source in the sensor catalogue override.</source>
      <translation>{}: die Antwort hat mehr als {:,} Seiten mit je {:,} Standorten. Wählen Sie ein kleineres Gebiet oder eine Messgröße, oder erhöhen Sie „max_pages“ der Quelle in der Überschreibung des Sensorkatalogs.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/sta.py" />
      <source>{}: the answer of {} is JSON but not a SensorThings API document (no list of entity sets such as Things, Locations, Datastreams). Check the URL of the sensor source: it ends in the API version, e.g. https://iot.hamburg.de/v1.1</source>
      <translation>{}: die Antwort von {} ist JSON, aber kein Dokument einer SensorThings API (keine Liste der Entitätsmengen wie Things, Locations, Datastreams). Prüfen Sie die URL der Sensorquelle: sie endet mit der API-Version, z. B. https://iot.hamburg.de/v1.1</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: the answer of {} is a web page ('{}'), not sensor data. Check the URL of the sensor source (a SensorThings API URL ends in /v1.1).</source>
      <translation>{}: die Antwort von {} ist eine Webseite („{}“), keine Sensordaten. Prüfen Sie die URL der Sensorquelle (eine SensorThings-API-URL endet mit /v1.1).</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/series.py" />
      <source>{}: the answer of {} is not a list of measurements.</source>
      <translation>{}: die Antwort von {} ist keine Liste von Messwerten.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/opensensemap.py" />
      <source>{}: the answer of {} is not a list of senseBoxes. Check the URL of the source (the openSenseMap API is https://api.opensensemap.org).</source>
      <translation>{}: die Antwort von {} ist keine Liste von senseBoxen. Prüfen Sie die URL der Quelle (die openSenseMap-API ist https://api.opensensemap.org).</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: the answer of {} is not valid JSON ({}; ends with '{}'). The server may have broken off: try again later.</source>
      <translation>{}: die Antwort von {} ist kein gültiges JSON ({}; endet mit „{}“). Der Server hat vielleicht abgebrochen: versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: the answer to {} is larger than {:,} MB. Choose a smaller area.</source>
      <translation>{}: die Antwort auf {} ist größer als {:,} MB. Wählen Sie ein kleineres Gebiet.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: the connection broke off while reading {} ({}; {:,} tries). Try again later.</source>
      <translation>{}: die Verbindung brach beim Lesen von {} ab ({}; {:,} Versuche). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/series.py" />
      <source>{}: the datastream {} has more than {:,} pages of observations between {} and {}. Choose a shorter period, or raise 'series_max_pages' of the source in the sensor catalogue override.</source>
      <translation>{}: der Datenstrom {} hat mehr als {:,} Seiten mit Beobachtungen zwischen {} und {}. Wählen Sie einen kürzeren Zeitraum, oder erhöhen Sie „series_max_pages“ der Quelle in der Überschreibung des Sensorkatalogs.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/catalogue.py" />
      <source>{}: the entry of sensor source '{}' must be a JSON object.</source>
      <translation>{}: der Eintrag der Sensorquelle „{}“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/catalogue.py" />
      <source>{}: the new sensor source '{}' needs at least a 'url' (and a 'kind': sta or opensensemap).</source>
      <translation>{}: die neue Sensorquelle „{}“ braucht mindestens eine „url“ (und eine „kind“: sta oder opensensemap).</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: the request {} failed ({}). Check the URL of the sensor source.</source>
      <translation>{}: die Anfrage {} ist fehlgeschlagen ({}). Prüfen Sie die URL der Sensorquelle.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/series.py" />
      <source>{}: the senseBox {} has no sensor {}. Take the datastream_id from a current sensors layer.</source>
      <translation>{}: die senseBox {} hat keinen Sensor {}. Nehmen Sie die datastream_id aus einem aktuellen Sensor-Layer.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: the server answered HTTP {} to {} ({}). The service has a problem: try again later.</source>
      <translation>{}: der Server antwortete mit HTTP {} auf {} ({}). Der Dienst hat ein Problem: versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: the server answered {} to {} ({:,} tries). The service has a problem: try again later.</source>
      <translation>{}: der Server antwortete {} auf {} ({:,} Versuche). Der Dienst hat ein Problem: versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: the server cannot be reached ({}; {:,} tries). Check the internet connection, the proxy (QGIS Settings → Options → Network) and the URL of the sensor source.</source>
      <translation>{}: der Server ist nicht erreichbar ({}; {:,} Versuche). Prüfen Sie die Internetverbindung, den Proxy (QGIS Einstellungen → Optionen → Netzwerk) und die URL der Sensorquelle.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/sta.py" />
      <source>{}: the server cannot expand the latest observation; it is asked per datastream (sorted by {}).</source>
      <translation>{}: der Server kann die letzte Beobachtung nicht einbetten; sie wird je Datenstrom abgefragt (sortiert nach {}).</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/sta.py" />
      <source>{}: the server cannot sort observations by time, so the latest values cannot be read. Ask the operator of the service, or use another source.</source>
      <translation>{}: der Server kann Beobachtungen nicht nach Zeit sortieren, daher lassen sich die letzten Werte nicht lesen. Wenden Sie sich an den Betreiber des Dienstes oder nutzen Sie eine andere Quelle.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/sta.py" />
      <source>{}: the server does not filter by area; all its locations are read and filtered here.</source>
      <translation>{}: der Server filtert nicht nach Gebiet; alle seine Standorte werden gelesen und hier gefiltert.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: the server refused {} (HTTP {}: {}). The service may not support this request.</source>
      <translation>{}: der Server lehnte {} ab (HTTP {}: {}). Der Dienst unterstützt diese Anfrage vielleicht nicht.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/sta.py" />
      <source>{}: the server reports {:,} locations for this request, more than the {:,} pages of {:,} that may be read. Choose a smaller area or a property, or raise 'max_pages' of the source in the sensor catalogue override.</source>
      <translation>{}: der Server meldet {:,} Standorte für diese Anfrage, mehr als die {:,} Seiten mit je {:,}, die gelesen werden dürfen. Wählen Sie ein kleineres Gebiet oder eine Messgröße, oder erhöhen Sie „max_pages“ der Quelle in der Überschreibung des Sensorkatalogs.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: the service needs a login (HTTP 401 at {}). The platform is not public: ask its operator for access, or choose a public source.</source>
      <translation>{}: der Dienst verlangt eine Anmeldung (HTTP 401 bei {}). Die Plattform ist nicht öffentlich: bitten Sie den Betreiber um Zugang oder wählen Sie eine öffentliche Quelle.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: {} ({}); trying again ({:,} of {:,}).</source>
      <translation>{}: {} ({}); neuer Versuch ({:,} von {:,}).</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: {} was not found (HTTP 404: {}). Check the URL of the sensor source (a SensorThings API URL ends in /v1.1) and the id.</source>
      <translation>{}: {} wurde nicht gefunden (HTTP 404: {}). Prüfen Sie die URL der Sensorquelle (eine SensorThings-API-URL endet mit /v1.1) und die ID.</translation>
    </message>
    <message>
      <location filename="ui/building_info_tool.py" />
      <source>… and {} more</source>
      <translation>… und {} weitere</translation>
    </message>
  </context>
</TS>
