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
      <location filename="processing_provider/service_catalogue.py" />
      <source>'{}' is not a service key of the form service id/layer key, such as {}.</source>
      <translation>'{}' ist kein Dienstschlüssel der Form Dienst-ID/Layerschlüssel wie {}.</translation>
    </message>
    <message>
      <location filename="algorithms/tilegrid.py" />
      <source>'{}' is not an NRW tile key such as 32_404_5746.</source>
      <translation>'{}' ist kein NRW-Kachelschlüssel wie 32_404_5746.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/series.py" />
      <source>'{}' is not an openSenseMap datastream. Give '&lt;box id&gt;/&lt;sensor id&gt;' as in the field datastream_id of the sensors layer.</source>
      <translation>„{}“ ist kein openSenseMap-Datenstrom. Geben Sie „&lt;Box-ID&gt;/&lt;Sensor-ID&gt;“ an, wie im Feld datastream_id des Sensor-Layers.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>'{}' is not local:N with a number of workers N ≥ 1.</source>
      <translation>„{}“ ist nicht local:N mit einer Anzahl Worker N ≥ 1.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>(shell not closed: approximate)</source>
      <translation>(Hülle nicht geschlossen: Näherungswert)</translation>
    </message>
    <message>
      <location filename="ui/base_map.py" />
      <source>1 km tiles</source>
      <translation>1-km-Kacheln</translation>
    </message>
    <message>
      <location filename="ui/dock_results.py" />
      <source>1 run</source>
      <translation>1 Lauf</translation>
    </message>
    <message>
      <location filename="ui/base_map.py" />
      <source>10 km blocks</source>
      <translation>10-km-Blöcke</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>3D blocks</source>
      <translation>3D-Blockmodelle</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>3D building models LoD1 (CityGML)</source>
      <translation>3D-Gebäudemodelle LoD1 (CityGML)</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>3D building models LoD2 (CityGML)</source>
      <translation>3D-Gebäudemodelle LoD2 (CityGML)</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>3D buildings</source>
      <translation>3D-Gebäude</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
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
      <source>3D print model ({})</source>
      <translation>3D-Druckmodell ({})</translation>
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
      <location filename="ui/building_card.py" />
      <source>3D view</source>
      <translation>3D-Ansicht</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>3D view opened.</source>
      <translation>3D-Ansicht geöffnet.</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
      <source>A 3D view of the twin: roofs coloured by solar potential, walls grey.</source>
      <translation>Eine 3D-Ansicht des Zwillings: Dächer nach Solarpotenzial eingefärbt, Wände grau.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>A catalogue key 'service id/layer key', e.g. alkis_simple/ave:GebaeudeBauwerk. When set it wins over the list; it also reaches feature types that only the services override adds.</source>
      <translation>Ein Katalogschlüssel „Dienst-ID/Layerschlüssel“, z. B. alkis_simple/ave:GebaeudeBauwerk. Ist er gesetzt, gilt er statt der Auswahlliste; so lassen sich auch Objektarten wählen, die nur die Überschreibung des Dienstkatalogs hinzufügt.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>A catalogue key 'service id/layer key', e.g. dop/nw_dop_cir. When set it wins over the list; it also reaches layers that only the services override adds.</source>
      <translation>Ein Katalogschlüssel „Dienst-ID/Layerschlüssel“, z. B. dop/nw_dop_cir. Ist er gesetzt, gilt er statt der Auswahlliste; so lassen sich auch Layer wählen, die nur die Überschreibung des Dienstkatalogs hinzufügt.</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>A drawn rectangle is widened or narrowed to the nearest tile edges, so it covers whole tiles.</source>
      <translation>Ein gezeichnetes Rechteck wird auf die nächsten Kachelränder erweitert oder verkleinert und umfasst so ganze Kacheln.</translation>
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
      <location filename="ui/dock_area.py" />
      <source>A polygon layer, e.g. parcels or a district boundary.</source>
      <translation>Ein Polygonlayer, z. B. Flurstücke oder eine Bezirksgrenze.</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>A report of this building as PDF (map, 3D sketch, measurements, solar).</source>
      <translation>Ein Bericht zu diesem Gebäude als PDF (Karte, 3D-Skizze, Aufmaß, Solar).</translation>
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
      <location filename="ui/dock_area.py" />
      <source>Add tiles as a layer</source>
      <translation>Kacheln als Layer</translation>
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
      <location filename="ui/dock_data.py" />
      <source>Adds the sensors of the area and their datastreams as layers.</source>
      <translation>Fügt die Sensoren des Gebiets und ihre Messreihen als Layer hinzu.</translation>
    </message>
    <message>
      <location filename="ui/base_map.py" />
      <source>Aerial photo</source>
      <translation>Luftbild</translation>
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
      <location filename="processing_provider/solar_parameters.py" />
      <source>Annual global irradiation (kWh/m²)</source>
      <translation>Jährliche Globalstrahlung (kWh/m²)</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
      <source>Annual irradiation, power and yield per roof surface.</source>
      <translation>Jährliche Einstrahlung, Leistung und Ertrag je Dachfläche.</translation>
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
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Area</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Area (extent)</source>
      <translation>Gebiet (Ausdehnung)</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Area (km²)</source>
      <translation>Fläche (km²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Area (m²)</source>
      <translation>Fläche (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/publish_layers.py" />
      <source>Area (only buildings inside)</source>
      <translation>Gebiet (nur Gebäude darin)</translation>
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
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Area to compute, in any CRS; every 1 km tile it touches is computed.</source>
      <translation>Zu berechnendes Gebiet in beliebigem KBS; jede 1-km-Kachel, die es berührt, wird berechnet.</translation>
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
      <location filename="ui/building_card.py" />
      <source>Areas by orientation</source>
      <translation>Flächen nach Himmelsrichtung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Assumed storey height (m)</source>
      <translation>Angenommene Geschosshöhe (m)</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/scale.py" />
      <source>At 1:{:.0f} the model would be {:.1f} mm long ({:,.0f} m of terrain). Choose a scale or size that gives a model between {:.0f} mm and {:.0f} mm.</source>
      <translation>Im Maßstab 1:{:.0f} wäre das Modell {:.1f} mm lang ({:,.0f} m Gelände). Wählen Sie einen Maßstab oder eine Größe, die ein Modell zwischen {:.0f} mm und {:.0f} mm ergibt.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Azimuth (°)</source>
      <translation>Ausrichtung (°)</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/scale.py" />
      <source>BASE_MM must be 0 or more (thickness of the base under the lowest terrain point).</source>
      <translation>BASE_MM muss 0 oder größer sein (Dicke des Sockels unter dem tiefsten Geländepunkt).</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/scale.py" />
      <source>BED_MM {:.1f} mm is too small to split the model into printable tiles.</source>
      <translation>BED_MM {:.1f} mm ist zu klein, um das Modell in druckbare Kacheln zu teilen.</translation>
    </message>
    <message>
      <location filename="ui/dock_print.py" />
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
      <location filename="ui/building_card.py" />
      <source>Building</source>
      <translation>Gebäude</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Building ID</source>
      <translation>Gebäude-ID</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Building area on the parcel</source>
      <translation>Gebäudefläche auf dem Flurstück</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Building function</source>
      <translation>Gebäudefunktion</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Building function (English)</source>
      <translation>Gebäudefunktion (englisch)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Building function (code)</source>
      <translation>Gebäudefunktion (Schlüssel)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Building height</source>
      <translation>Gebäudehöhe</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Building height (m)</source>
      <translation>Gebäudehöhe (m)</translation>
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
      <location filename="ui/building_card.py" />
      <source>Building info</source>
      <translation>Gebäudeinfo</translation>
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
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Building part ID</source>
      <translation>Gebäudeteil-ID</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Building parts</source>
      <translation>Gebäudeteile</translation>
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
      <location filename="ui/dock_analyse.py" />
      <source>Building surfaces for the single steps:</source>
      <translation>Gebäudeflächen für die Einzelschritte:</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Building {}</source>
      <translation>Gebäude {}</translation>
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
      <location filename="processing_provider/publish_layers.py" />
      <source>Buildings or measurements layer (optional)</source>
      <translation>Gebäude- oder Messwertlayer (optional)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Buildings skipped</source>
      <translation>Übersprungene Gebäude</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Buildings that would rise less above the terrain are lifted to it (0.4 mm = two 0.2 mm layers), so every building shows in the print; 0 keeps true heights and warns about buildings too low to show, naming the exaggeration that would show them.</source>
      <translation>Gebäude, die weniger hoch über das Gelände ragen würden, werden auf diese Höhe angehoben (0,4 mm = zwei Schichten zu 0,2 mm), damit jedes Gebäude im Druck sichtbar ist; 0 behält die wahren Höhen bei und warnt vor Gebäuden, die zu niedrig sind, mit der Überhöhung, die sie sichtbar machen würde.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/report.py" />
      <source>Buildings: {:,} of {:,} printed; {:,} thickened to the minimum feature of {:.1f} mm; {:,} with parts narrower than it removed ({:.1f} mm²); {:,} lifted to {:.1f} mm above the terrain.</source>
      <translation>Gebäude: {:,} von {:,} gedruckt; {:,} auf die kleinste druckbare Breite von {:.1f} mm verdickt; bei {:,} schmalere Teile entfernt ({:.1f} mm²); {:,} auf {:.1f} mm über dem Gelände angehoben.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>Buildings: {}, tiles: {}, size: {:.1f} MB: {}</source>
      <translation>Gebäude: {}, Kacheln: {}, Größe: {:.1f} MB: {}</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Bytes</source>
      <translation>Bytes</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>CO₂ factor (g/kWh)</source>
      <translation>CO₂-Faktor (g/kWh)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>CO₂ saved (kg/a)</source>
      <translation>CO₂-Einsparung (kg/a)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>CRS of the files' coordinates: used when a file names no CRS (no srsName), and used instead of the CRS a file names when that one is wrong. Empty: the files' own CRS.</source>
      <translation>KBS der Koordinaten der Dateien: verwendet, wenn eine Datei kein KBS nennt (kein srsName), und anstelle des KBS, das eine Datei nennt, wenn dieses falsch ist. Leer: das eigene KBS der Dateien.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>CRS of the output layers; x/y are reprojected, heights stay. Empty: the files' CRS, or a projected CRS chosen for the data when the files are in longitude/latitude.</source>
      <translation>KBS der Ausgabelayer; x/y werden umprojiziert, Höhen bleiben. Leer: das KBS der Dateien oder, wenn die Dateien in geografischer Länge/Breite vorliegen, ein für die Daten gewähltes projiziertes KBS.</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Cache folder</source>
      <translation>Cache-Ordner</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Cadastral district</source>
      <translation>Gemarkung</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Cadastral section</source>
      <translation>Flur</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>Canceled by the user. Tiles finished so far are kept; run again to go on.</source>
      <translation>Vom Benutzer abgebrochen. Bereits fertige Kacheln bleiben erhalten; erneut ausführen, um fortzusetzen.</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>Canceled by the user. Unfinished downloads stay as *{} files in {} and resume on the next run.</source>
      <translation>Vom Benutzer abgebrochen. Unvollständige Downloads bleiben als *{}-Dateien in {} und werden beim nächsten Lauf fortgesetzt.</translation>
    </message>
    <message>
      <location filename="algorithms/errors.py" />
      <source>Canceled by the user; nothing was written.</source>
      <translation>Vom Benutzer abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
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
      <location filename="algorithms/batch/runner.py" />
      <source>Cannot create {}: {}.</source>
      <translation>{} kann nicht angelegt werden: {}.</translation>
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
      <location filename="algorithms/batch/raster_tiles.py" />
      <source>Cannot read the GeoTIFF {}: {}. Download it again.</source>
      <translation>Das GeoTIFF {} kann nicht gelesen werden: {}. Laden Sie es erneut herunter.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/tiles.py" />
      <source>Cannot read the tile list {}: {}.</source>
      <translation>Die Kachelliste {} kann nicht gelesen werden: {}.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/job.py" />
      <source>Cannot read the weather file {}: {}.</source>
      <translation>Die Wetterdatei {} kann nicht gelesen werden: {}.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>Cannot read the weather file {}: {}. Use a PVGIS TMY file (CSV or JSON, from re.jrc.ec.europa.eu/pvg_tools → TMY) or an EnergyPlus EPW file.</source>
      <translation>Die Wetterdatei {} lässt sich nicht lesen: {}. Verwenden Sie eine PVGIS-TMY-Datei (CSV oder JSON, von re.jrc.ec.europa.eu/pvg_tools → TMY) oder eine EnergyPlus-EPW-Datei.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/tile_store.py" />
      <source>Cannot read {}: {}.</source>
      <translation>{} kann nicht gelesen werden: {}.</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>Cannot write to the {} {} ({}). Choose a folder you can write to and check the free disk space.</source>
      <translation>In den {} {} kann nicht geschrieben werden ({}). Wählen Sie einen beschreibbaren Ordner und prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/manifest.py" />
      <source>Cannot write {}: {}.</source>
      <translation>{} kann nicht geschrieben werden: {}.</translation>
    </message>
    <message>
      <location filename="processing_provider/solar_parameters.py" />
      <source>Cell size (m)</source>
      <translation>Zellgröße (m)</translation>
    </message>
    <message>
      <location filename="processing_provider/solar_parameters.py" />
      <source>Cell size of the surface model. 0.5 m as the LANUV cadastre; 1 m is four times faster.</source>
      <translation>Zellgröße des Oberflächenmodells. 0,5 m wie im LANUV-Kataster; 1 m ist viermal schneller.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>Chart (PNG, optional)</source>
      <translation>Diagramm (PNG, optional)</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Check at least one product to download.</source>
      <translation>Wählen Sie mindestens ein Produkt zum Herunterladen aus.</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>Check that the area lies in North Rhine-Westphalia and that the feature type is the right one.</source>
      <translation>Prüfen Sie, ob das Gebiet in Nordrhein-Westfalen liegt und die Objektart die richtige ist.</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>Check the feature type name and the area; try a smaller area.</source>
      <translation>Prüfen Sie den Namen der Objektart und das Gebiet; versuchen Sie ein kleineres Gebiet.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>Check the internet connection and the proxy (QGIS Settings → Options → Network); if a services override is set, check its URL.</source>
      <translation>Prüfen Sie die Internetverbindung und den Proxy (QGIS Einstellungen → Optionen → Netzwerk); ist eine Überschreibung des Dienstkatalogs gesetzt, prüfen Sie deren URL.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>Check the layer name, the area and the size limits in the service catalogue.</source>
      <translation>Prüfen Sie den Layernamen, das Gebiet und die Größengrenzen im Dienstkatalog.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>Check the layer or coverage name, the area and the size limits in the service catalogue.</source>
      <translation>Prüfen Sie den Layer- oder Coverage-Namen, das Gebiet und die Größengrenzen im Dienstkatalog.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>Check the service URL and the output format in the service catalogue.</source>
      <translation>Prüfen Sie die Dienst-URL und das Ausgabeformat im Dienstkatalog.</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>Check the service URL and version in the services override; try again later.</source>
      <translation>Prüfen Sie Dienst-URL und Version in der Überschreibung des Dienstkatalogs; versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>Check the service URL in the services override.</source>
      <translation>Prüfen Sie die Dienst-URL in der Überschreibung des Dienstkatalogs.</translation>
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
      <location filename="ui/dock_print.py" />
      <source>Choose an area to see the size of the model.</source>
      <translation>Wählen Sie ein Gebiet, um die Größe des Modells zu sehen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Choose at least one CityGML or CityJSON file.</source>
      <translation>Wählen Sie mindestens eine CityGML- oder CityJSON-Datei.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>CityGML 1.0/2.0/3.0 (.gml, .xml, .gml.gz, .zip) or CityJSON 1.1/2.0 (.json, .city.json, .city.jsonl) files with LoD1 or LoD2 buildings.</source>
      <translation>CityGML-1.0/2.0/3.0-Dateien (.gml, .xml, .gml.gz, .zip) oder CityJSON-1.1/2.0-Dateien (.json, .city.json, .city.jsonl) mit LoD1- oder LoD2-Gebäuden.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>CityGML or CityJSON files</source>
      <translation>CityGML- oder CityJSON-Dateien</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_exportcityjson.py" />
      <source>CityJSON file</source>
      <translation>CityJSON-Datei</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Clear cache</source>
      <translation>Cache leeren</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
      <source>Click a building on the map: everything the twin knows about it.</source>
      <translation>Klicken Sie auf ein Gebäude in der Karte: alles, was der Zwilling darüber weiß.</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>Click the corners on the map; a right click finishes the polygon.</source>
      <translation>Klicken Sie die Eckpunkte in der Karte an; ein Rechtsklick schließt das Polygon ab.</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
      <source>Click two points on roofs or the ground: 3D distance and height difference.</source>
      <translation>Klicken Sie zwei Punkte auf Dächern oder dem Boden an: 3D-Abstand und Höhenunterschied.</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Closure area (m²)</source>
      <translation>Abschlussfläche (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>Closure surface</source>
      <translation>Abschlussfläche</translation>
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
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Computes the roof solar potential of every 1 km OpenGeodata.NRW tile of an area, one task per tile, on local processes or a Dask cluster; the same computation as 'Roof solar potential (with shading)' per tile, with the eight neighbouring tiles loaded as shading context, so each roof gets the same values as a single run over that tile and its neighbours. LoD2 tiles come from the download cache (downloaded when missing).
Output folder: tiles/&lt;tile&gt;.gpkg per tile, roofsolar.gpkg with all roofs (the fields of the roof solar algorithm), summary.csv (per tile: roofs, suitable roofs, kWp, MWh/a) and manifest.json (per tile: status, checksum, seconds, worker). A second run with the same settings computes only the tiles that are missing or failed; cancel keeps the finished tiles.
Scheduler: empty for worker processes on this computer, or the address of a running Dask scheduler (tcp://host:8786), or a Dask scheduler file (.json). The output and cache folders must then be on a file system that this computer and all workers share, and the workers need nrw_digital_twin installed (pip install 'nrw_digital_twin[batch]'). Dask is not part of QGIS: install it into QGIS's Python with python -m pip install "dask[distributed]".
Command line and clusters (HPC, Kubernetes, SSH): docs/batch.md of the plugin.</source>
      <translation>Berechnet das Solarpotenzial der Dächer für jede 1-km-Kachel von OpenGeodata.NRW in einem Gebiet, eine Aufgabe je Kachel, auf lokalen Prozessen oder einem Dask-Cluster; je Kachel dieselbe Rechnung wie „Solarpotenzial der Dächer (mit Verschattung)“, mit den acht Nachbarkacheln als Umgebung für die Verschattung, sodass jedes Dach dieselben Werte erhält wie ein einzelner Lauf über diese Kachel und ihre Nachbarn. LoD2-Kacheln kommen aus dem Download-Cache (fehlende werden heruntergeladen).
Ausgabeordner: tiles/&lt;Kachel&gt;.gpkg je Kachel, roofsolar.gpkg mit allen Dächern (die Felder des Solarpotenzial-Algorithmus), summary.csv (je Kachel: Dächer, geeignete Dächer, kWp, MWh/a) und manifest.json (je Kachel: Status, Prüfsumme, Sekunden, Worker). Ein zweiter Lauf mit denselben Einstellungen berechnet nur fehlende oder fehlgeschlagene Kacheln; Abbrechen behält die fertigen Kacheln.
Scheduler: leer für Worker-Prozesse auf diesem Rechner, sonst die Adresse eines laufenden Dask-Schedulers (tcp://host:8786) oder eine Dask-Scheduler-Datei (.json). Ausgabe- und Cache-Ordner müssen dann auf einem Dateisystem liegen, das dieser Rechner und alle Worker gemeinsam nutzen, und auf den Workern muss nrw_digital_twin installiert sein (pip install 'nrw_digital_twin[batch]'). Dask gehört nicht zu QGIS: Installieren Sie es in das Python von QGIS mit python -m pip install "dask[distributed]".
Kommandozeile und Cluster (HPC, Kubernetes, SSH): docs/batch.md des Plugins.</translation>
    </message>
    <message>
      <location filename="algorithms/opengeodata.py" />
      <source>Could not cache the index in {}: {}</source>
      <translation>Der Index konnte nicht in {} zwischengespeichert werden: {}</translation>
    </message>
    <message>
      <location filename="algorithms/opengeodata.py" />
      <source>Could not read the tile index of {} at {}: {}. Check the internet connection and the proxy in QGIS's network settings, or the OpenGeodata address (setting 'nrw_digital_twin/opengeodata_url', environment variable {}).</source>
      <translation>Der Kachelindex von {} unter {} konnte nicht gelesen werden: {}. Prüfen Sie die Internetverbindung und den Proxy in den Netzwerkeinstellungen von QGIS oder die OpenGeodata-Adresse (Einstellung 'nrw_digital_twin/opengeodata_url', Umgebungsvariable {}).</translation>
    </message>
    <message>
      <location filename="algorithms/errors.py" />
      <source>Could not read {}: {}.</source>
      <translation>{} konnte nicht gelesen werden: {}.</translation>
    </message>
    <message>
      <location filename="algorithms/opengeodata.py" />
      <source>Could not refresh the tile index of {} ({}); using the copy cached in {}.</source>
      <translation>Der Kachelindex von {} konnte nicht aktualisiert werden ({}); die zwischengespeicherte Kopie in {} wird verwendet.</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>Could not write the layer style into {}: {}.</source>
      <translation>Der Layerstil konnte nicht in {} geschrieben werden: {}.</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>Could not write the tiles into {} ({}). Choose another output folder or free disk space; nothing was changed there.</source>
      <translation>Die Kacheln konnten nicht nach {} geschrieben werden ({}). Wählen Sie einen anderen Ausgabeordner oder schaffen Sie Speicherplatz; dort wurde nichts verändert.</translation>
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
      <location filename="ui/dock_data.py" />
      <source>Count</source>
      <translation>Zählen</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Counts the size of the cache folder.</source>
      <translation>Ermittelt die Größe des Cache-Ordners.</translation>
    </message>
    <message>
      <location filename="ui/dock_print.py" />
      <source>Create print model</source>
      <translation>Druckmodell erstellen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>Creates the polygons of the 1 km × 1 km tiles of OpenGeodata.NRW (ETRS89/UTM32N, EPSG:25832) that cover an area. Tiles are named by their south-west corner in km, e.g. 32_404_5746. The area may be given in any coordinate reference system; it must lie in North Rhine-Westphalia and cover at most 2,000 tiles.</source>
      <translation>Erzeugt die Polygone der 1 km × 1 km großen Kacheln von OpenGeodata.NRW (ETRS89/UTM32N, EPSG:25832), die ein Gebiet abdecken. Kacheln sind nach ihrer Südwestecke in km benannt, z. B. 32_404_5746. Das Gebiet kann in jedem Koordinatenbezugssystem angegeben werden; es muss in Nordrhein-Westfalen liegen und darf höchstens 2.000 Kacheln umfassen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Creation date</source>
      <translation>Erstellungsdatum</translation>
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
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>DGM1: terrain heights from the DGM1 tiles of the tile and its neighbours; none: the terrain is interpolated from the buildings' ground heights. Workers need tifffile (pip install tifffile).</source>
      <translation>DGM1: Geländehöhen aus den DGM1-Kacheln der Kachel und ihrer Nachbarn; keine: Das Gelände wird aus den Bodenhöhen der Gebäude interpoliert. Die Worker brauchen tifffile (pip install tifffile).</translation>
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
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Dask scheduler (empty: local processes)</source>
      <translation>Dask-Scheduler (leer: lokale Prozesse)</translation>
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
      <location filename="ui/dock_data.py" />
      <source>Delete the downloaded tiles in {}?</source>
      <translation>Die heruntergeladenen Kacheln in {} löschen?</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Deletes the downloaded tiles and indexes in the cache folder.</source>
      <translation>Löscht die heruntergeladenen Kacheln und Indizes im Cache-Ordner.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Depth (mm)</source>
      <translation>Tiefe (mm)</translation>
    </message>
    <message>
      <location filename="ui/message_panel.py" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Diffuse sky model</source>
      <translation>Diffusstrahlungsmodell</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Digital orthophotos 10 cm RGBI (JPEG 2000)</source>
      <translation>Digitale Orthophotos 10 cm RGBI (JPEG 2000)</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Digital surface model 1 m (GeoTIFF)</source>
      <translation>Digitales Oberflächenmodell 1 m (GeoTIFF)</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Digital terrain model 1 m (GeoTIFF)</source>
      <translation>Digitales Geländemodell 1 m (GeoTIFF)</translation>
    </message>
    <message>
      <location filename="ui/dock_results.py" />
      <source>Digital twin</source>
      <translation>Digitaler Zwilling</translation>
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
      <location filename="ui/dock_data.py" />
      <source>Download</source>
      <translation>Herunterladen</translation>
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
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Download cache folder</source>
      <translation>Download-Cache-Ordner</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Download {}</source>
      <translation>{} herunterladen</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Download → import → measurements → solar potential → 3D print model, for the area.</source>
      <translation>Herunterladen → Import → Aufmaß → Solarpotenzial → 3D-Druckmodell für das Gebiet.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Downloaded tiles</source>
      <translation>Heruntergeladene Kacheln</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Downloads heights for an area from the GEObasis.NRW web coverage services as a GeoTIFF in ETRS89/UTM32N (EPSG:25832), heights in metres (DHHN2016): DGM = digital terrain model (ground, 1 m), DOM = digital surface model (with buildings and trees, 1 m), nDOM = normalised surface model (height above ground, 0.5 m). Requests use WCS 2.0.1 GetCoverage with SUBSET and are tiled to at most 4000 × 4000 pixels, then put together. Failed or incomplete answers are requested again; the GeoTIFF appears only when every tile is in it.

Product: DGM, DOM or nDOM; Area: in any CRS; Resolution: metres per pixel (the native resolution avoids resampling by the server).

Source: GEObasis.NRW web coverage services (www.wcs.nrw.de). Licence: Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</source>
      <translation>Lädt Höhen für ein Gebiet von den Web Coverage Services von GEObasis.NRW als GeoTIFF in ETRS89/UTM32N (EPSG:25832), Höhen in Metern (DHHN2016): DGM = Digitales Geländemodell (Boden, 1 m), DOM = Digitales Oberflächenmodell (mit Gebäuden und Bäumen, 1 m), nDOM = normalisiertes Oberflächenmodell (Höhe über Grund, 0,5 m). Die Anfragen verwenden WCS 2.0.1 GetCoverage mit SUBSET, werden in Kacheln von höchstens 4000 × 4000 Pixeln aufgeteilt und dann zusammengesetzt. Fehlgeschlagene oder unvollständige Antworten werden erneut angefragt; das GeoTIFF entsteht erst, wenn jede Kachel darin ist.

Produkt: DGM, DOM oder nDOM; Gebiet: in beliebigem KBS; Auflösung: Meter pro Pixel (die native Auflösung vermeidet ein Umrechnen durch den Server).

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
      <location filename="ui/dock_analyse.py" />
      <source>Downloads the 3D building models (LoD2) of the area and imports them.</source>
      <translation>Lädt die 3D-Gebäudemodelle (LoD2) des Gebiets herunter und importiert sie.</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Downloads the checked products for the area.</source>
      <translation>Lädt die angehakten Produkte für das Gebiet herunter.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Downloads the features of one feature type of a GEObasis.NRW web feature service (ALKIS vereinfacht: parcels, buildings, land use, administrative units; INSPIRE parcels; LoD1 buildings) inside an area and writes them with all their attributes in ETRS89/UTM32N (EPSG:25832). The ALKIS WFS does not page its results: when an answer reaches the count limit of the service catalogue, the area is split into four smaller boxes and asked again; features seen in several boxes are written once (by their gml:id). Answers in EPSG:4258 (latitude first) are handled. Requests that fail (server errors, timeouts, broken connections) are tried again; the output appears only when every request succeeded, and an existing output is left as it was when the run fails.

Feature type: from the service catalogue; Service key: optional, a catalogue key such as alkis_simple/ave:GebaeudeBauwerk (wins over the list); Area: in any CRS (reprojected to EPSG:25832); Maximum number of requests: the run stops with a message when the area needs more. Endpoints and limits come from the plugin's service catalogue; override them with the setting nrw_digital_twin/services_override or the NRWTWIN_SERVICES environment variable.

Source: GEObasis.NRW web feature services (www.wfs.nrw.de). Licence: Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</source>
      <translation>Lädt die Objekte einer Objektart eines Web Feature Service von GEObasis.NRW (ALKIS vereinfacht: Flurstücke, Gebäude, Nutzung, Verwaltungseinheiten; INSPIRE-Flurstücke; LoD1-Gebäude) innerhalb eines Gebiets und schreibt sie mit allen Attributen in ETRS89/UTM32N (EPSG:25832). Der ALKIS-WFS blättert seine Ergebnisse nicht: Erreicht eine Antwort die Höchstzahl des Dienstkatalogs, wird das Gebiet in vier kleinere Rechtecke geteilt und erneut angefragt; Objekte aus mehreren Rechtecken werden einmal geschrieben (nach ihrer gml:id). Antworten in EPSG:4258 (Breite zuerst) werden richtig gelesen. Fehlgeschlagene Anfragen (Serverfehler, Zeitüberschreitungen, abgebrochene Verbindungen) werden wiederholt; die Ausgabe entsteht erst, wenn jede Anfrage gelungen ist, und eine vorhandene Ausgabe bleibt bei einem Fehler unverändert.

Objektart: aus dem Dienstkatalog; Dienstschlüssel: optional, ein Katalogschlüssel wie alkis_simple/ave:GebaeudeBauwerk (gilt statt der Liste); Gebiet: in beliebigem KBS (wird nach EPSG:25832 umprojiziert); Höchstzahl der Anfragen: braucht das Gebiet mehr, endet der Lauf mit einer Meldung. Adressen und Grenzen stammen aus dem Dienstkatalog des Plugins; überschreiben Sie sie mit der Einstellung nrw_digital_twin/services_override oder der Umgebungsvariable NRWTWIN_SERVICES.

Quelle: Web Feature Services von GEObasis.NRW (www.wfs.nrw.de). Lizenz: Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>Drag a rectangle on the map.</source>
      <translation>Ziehen Sie ein Rechteck in der Karte auf.</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>Draw polygon</source>
      <translation>Polygon zeichnen</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>Draw rectangle</source>
      <translation>Rechteck zeichnen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Duplicates skipped</source>
      <translation>Übersprungene Duplikate</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>E</source>
      <translation>O</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>ETRS89 / UTM zone 32N or 33N (EPSG:25832 or EPSG:25833)</source>
      <translation>ETRS89 / UTM-Zone 32N oder 33N (EPSG:25832 oder EPSG:25833)</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>ETRS89 / UTM zone {}N with the zone number in front of the easting (EPSG:{})</source>
      <translation>ETRS89 / UTM-Zone {}N mit der Zonennummer vor dem Rechtswert (EPSG:{})</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>Easting (km)</source>
      <translation>Ostwert (km)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Eaves height</source>
      <translation>Traufhöhe</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Eaves height (m)</source>
      <translation>Traufhöhe (m)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Eaves height absolute (m)</source>
      <translation>Traufhöhe absolut (m)</translation>
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
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Empty: worker processes on this computer. Otherwise the address of a running Dask scheduler, e.g. tcp://cluster-head:8786, or the path of a Dask scheduler file (.json).</source>
      <translation>Leer: Worker-Prozesse auf diesem Rechner. Sonst die Adresse eines laufenden Dask-Schedulers, z. B. tcp://cluster-head:8786, oder der Pfad einer Dask-Scheduler-Datei (.json).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>End (optional)</source>
      <translation>Ende (optional)</translation>
    </message>
    <message>
      <location filename="ui/dock_print.py" />
      <source>Estimate: {w} × {d} × {h} mm (scale 1:{scale}), about {tri} triangles (STL ≈ {stl}).</source>
      <translation>Schätzung: {w} × {d} × {h} mm (Maßstab 1:{scale}), etwa {tri} Dreiecke (STL ≈ {stl}).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>Export 3D Tiles with web viewer</source>
      <translation>3D Tiles mit Web-Viewer exportieren</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_exportcityjson.py" />
      <source>Export CityJSON</source>
      <translation>CityJSON exportieren</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Facade</source>
      <translation>Fassade</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Facade area</source>
      <translation>Fassadenfläche</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Facade area (m²)</source>
      <translation>Fassadenfläche (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Facade area east</source>
      <translation>Fassadenfläche Ost</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Facade area east (m²)</source>
      <translation>Fassadenfläche Ost (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Facade area north</source>
      <translation>Fassadenfläche Nord</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Facade area north (m²)</source>
      <translation>Fassadenfläche Nord (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Facade area south</source>
      <translation>Fassadenfläche Süd</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Facade area south (m²)</source>
      <translation>Fassadenfläche Süd (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Facade area west</source>
      <translation>Fassadenfläche West</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Facade area west (m²)</source>
      <translation>Fassadenfläche West (m²)</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Facing</source>
      <translation>Richtung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Factor for all heights (1 = true to scale).</source>
      <translation>Faktor für alle Höhen (1 = maßstabsgetreu).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Failed tiles</source>
      <translation>Fehlgeschlagene Kacheln</translation>
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
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>File format</source>
      <translation>Dateiformat</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_exportcityjson.py" />
      <source>File to write: .city.json for CityJSON 2.0, .city.jsonl (or .jsonl) for CityJSONSeq.</source>
      <translation>Zu schreibende Datei: .city.json für CityJSON 2.0, .city.jsonl (oder .jsonl) für CityJSONSeq.</translation>
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
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>Folder for tileset.json, index.html and the folder tiles/; created when missing. Existing files of an earlier export there are replaced together when the export is complete.</source>
      <translation>Ordner für tileset.json, index.html und den Ordner tiles/; wird angelegt, wenn er fehlt. Dateien eines früheren Exports dort werden gemeinsam ersetzt, sobald der Export vollständig ist.</translation>
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
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Footprint area (m²)</source>
      <translation>Grundfläche (m²)</translation>
    </message>
    <message>
      <location filename="ui/dock_print.py" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>Found complete in the tile folder (finished after the previous run stopped).</source>
      <translation>Vollständig im Kachelordner gefunden (fertig geworden, nachdem der vorige Lauf endete).</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>From the layers: {}</source>
      <translation>Aus den Layern: {}</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Function</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <location filename="algorithms/publish/quasigeoid.py" />
      <source>GCG2016 from PROJ's grid {}</source>
      <translation>GCG2016 aus dem PROJ-Gitter {}</translation>
    </message>
    <message>
      <location filename="algorithms/publish/quasigeoid.py" />
      <source>GCG2016 values for NRW bundled with the plugin</source>
      <translation>GCG2016-Werte für NRW aus dem Plugin</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>Gauss-Krüger zone {} (EPSG:{})</source>
      <translation>Gauß-Krüger-Streifen {} (EPSG:{})</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Generated with the QGIS plugin NRW Digital Twin.</source>
      <translation>Erstellt mit dem QGIS-Plugin Digitaler Zwilling NRW.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Generic attributes (JSON)</source>
      <translation>Generische Attribute (JSON)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>GeoTIFF</source>
      <translation>GeoTIFF</translation>
    </message>
    <message>
      <location filename="algorithms/batch/tiles.py" />
      <source>Give an extent or a file with tile ids.</source>
      <translation>Geben Sie ein Gebiet oder eine Datei mit Kachelkennungen an.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/scale.py" />
      <source>Give the model size (SIZE_MM, longest side in mm) or a scale (SCALE, 1:N).</source>
      <translation>Geben Sie die Modellgröße (SIZE_MM, längste Seite in mm) oder einen Maßstab (SCALE, 1:N) an.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Gross floor area</source>
      <translation>Bruttogrundfläche (BGF)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Gross floor area (m²)</source>
      <translation>Brutto-Grundfläche (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>Ground</source>
      <translation>Bodenfläche</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Ground area (m²)</source>
      <translation>Bodenfläche (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Ground height (m above sea level)</source>
      <translation>Geländehöhe (m ü. NHN)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Ground height (m)</source>
      <translation>Bodenhöhe (m)</translation>
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
      <location filename="algorithms/download.py" />
      <source>HTTP 404: the server does not have {} although its index lists it. Run again with 'refresh the tile index' switched on.</source>
      <translation>HTTP 404: Der Server hat {} nicht, obwohl sein Index die Datei aufführt. Starten Sie erneut mit eingeschaltetem „Kachelindex aktualisieren“.</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>HTTP {} {}</source>
      <translation>HTTP {} {}</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>HTTP {} {} for {}</source>
      <translation>HTTP {} {} für {}</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Height (mm)</source>
      <translation>Höhe (mm)</translation>
    </message>
    <message>
      <location filename="ui/dock_print.py" />
      <source>Height and triangles assume 30 m of relief and a typical building density; choose the surfaces layer for better figures.</source>
      <translation>Höhe und Dreiecke setzen 30 m Relief und eine typische Bebauungsdichte voraus; wählen Sie den Flächenlayer für genauere Werte.</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
      <source>Height difference</source>
      <translation>Höhenunterschied</translation>
    </message>
    <message>
      <location filename="ui/dock_print.py" />
      <source>Height exaggeration</source>
      <translation>Überhöhung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Height max (m)</source>
      <translation>Höhe max (m)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Height min (m)</source>
      <translation>Höhe min (m)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Height zmax−zmin (m)</source>
      <translation>Höhe zmax−zmin (m)</translation>
    </message>
    <message>
      <location filename="ui/dock_print.py" />
      <source>Heights are multiplied by this factor.</source>
      <translation>Die Höhen werden mit diesem Faktor multipliziert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadelevation.py" />
      <source>Heights in metres as a Float32 GeoTIFF (EPSG:25832).</source>
      <translation>Höhen in Metern als Float32-GeoTIFF (EPSG:25832).</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
      <source>Heights, roof and facade areas, volume per building.</source>
      <translation>Höhen, Dach- und Fassadenflächen, Volumen je Gebäude.</translation>
    </message>
    <message>
      <location filename="ui/message_panel.py" />
      <source>Hide this message</source>
      <translation>Meldung ausblenden</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
      <source>Horizontal distance</source>
      <translation>Horizontaler Abstand</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>House number</source>
      <translation>Hausnummer</translation>
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
      <location filename="ui/dock_analyse.py" />
      <source>Import buildings</source>
      <translation>Gebäude importieren</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Installable peak power</source>
      <translation>Installierbare Spitzenleistung</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Irradiation</source>
      <translation>Einstrahlung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Irradiation (kWh/m²·a)</source>
      <translation>Einstrahlung (kWh/m²·a)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Irradiation raster</source>
      <translation>Einstrahlungsraster</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Irradiation unshaded (kWh/m²·a)</source>
      <translation>Einstrahlung unverschattet (kWh/m²·a)</translation>
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
      <location filename="algorithms/batch/tiles.py" />
      <source>Line {:,} of {} is not a tile id such as 32_404_5746: '{}'.</source>
      <translation>Zeile {:,} von {} ist keine Kachelkennung wie 32_404_5746: „{}“.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>LoD</source>
      <translation>LoD</translation>
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
      <location filename="ui/dock_data.py" />
      <source>Load sensors</source>
      <translation>Sensoren laden</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Load sensors for the surroundings</source>
      <translation>Sensoren der Umgebung laden</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Loading sensors …</source>
      <translation>Sensoren werden geladen …</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>Loading the map …</source>
      <translation>Karte wird geladen …</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Local worker processes</source>
      <translation>Lokale Worker-Prozesse</translation>
    </message>
    <message>
      <location filename="ui/dock_print.py" />
      <source>Longest side of the printed model.</source>
      <translation>Längste Seite des gedruckten Modells.</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Look up sizes</source>
      <translation>Größen ermitteln</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/scale.py" />
      <source>MIN_FEATURE_MM and the print resolution must be greater than 0.</source>
      <translation>MIN_FEATURE_MM und die Druckauflösung müssen größer als 0 sein.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/scale.py" />
      <source>MIN_HEIGHT_MM must be between 0 and {:.0f} mm (0 = true heights).</source>
      <translation>MIN_HEIGHT_MM muss zwischen 0 und {:.0f} mm liegen (0 = wahre Höhen).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Main roof pitch (°)</source>
      <translation>Hauptdachneigung (°)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Map</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>Map extent</source>
      <translation>Kartenausschnitt</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>Map loaded: {}</source>
      <translation>Karte geladen: {}</translation>
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
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Maximum number of requests</source>
      <translation>Höchstzahl der Anfragen</translation>
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
      <location filename="ui/dock_analyse.py" />
      <source>Measure in 3D</source>
      <translation>In 3D messen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Measured {} buildings.</source>
      <translation>{} Gebäude aufgemessen.</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Measurements</source>
      <translation>Aufmaß</translation>
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
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Minimum building height above the terrain (mm)</source>
      <translation>Mindesthöhe der Gebäude über dem Gelände (mm)</translation>
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
      <location filename="ui/building_card.py" />
      <source>Municipality</source>
      <translation>Gemeinde</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Municipality key</source>
      <translation>Gemeindeschlüssel</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>N</source>
      <translation>N</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>NE</source>
      <translation>NO</translation>
    </message>
    <message>
      <location filename="plugin.py" />
      <source>NRW Digital Twin</source>
      <translation>Digitaler Zwilling NRW</translation>
    </message>
    <message>
      <location filename="ui/view3d.py" />
      <source>NRW Digital Twin – 3D</source>
      <translation>Digitaler Zwilling NRW – 3D</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>NRW Digital Twin – {}</source>
      <translation>Digitaler Zwilling NRW – {}</translation>
    </message>
    <message>
      <location filename="ui/base_map.py" />
      <source>NRW Digital Twin: base map</source>
      <translation>Digitaler Zwilling NRW: Grundkarte</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>NRW Digital Twin: building info</source>
      <translation>Digitaler Zwilling NRW: Gebäudeinfo</translation>
    </message>
    <message>
      <location filename="ui/dock_print.py" />
      <source>NRW Digital Twin: heights of the area</source>
      <translation>Digitaler Zwilling NRW: Höhen des Gebiets</translation>
    </message>
    <message>
      <location filename="processing_provider/provider.py" />
      <source>NRW Digital Twin: open geodata of North Rhine-Westphalia as a digital twin</source>
      <translation>Digitaler Zwilling NRW: offene Geodaten Nordrhein-Westfalens als digitaler Zwilling</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>NRW Digital Twin: size of the cache</source>
      <translation>Digitaler Zwilling NRW: Größe des Caches</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>NRW Digital Twin: tile grid</source>
      <translation>Digitaler Zwilling NRW: Kachelgitter</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>NRW Digital Twin: tile sizes</source>
      <translation>Digitaler Zwilling NRW: Kachelgrößen</translation>
    </message>
    <message>
      <location filename="ui/base_map.py" />
      <source>NRW tile grid</source>
      <translation>NRW-Kachelgitter</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>NRW tile grid for an area</source>
      <translation>NRW-Kachelgitter für ein Gebiet</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>NRW tiles</source>
      <translation>NRW-Kacheln</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>NW</source>
      <translation>NW</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>No 3D building tiles were found for this area (the tiles may not be published, e.g. outside North Rhine-Westphalia). Choose another area.</source>
      <translation>Für dieses Gebiet wurden keine 3D-Gebäudekacheln gefunden (die Kacheln sind möglicherweise nicht veröffentlicht, z. B. außerhalb Nordrhein-Westfalens). Wählen Sie ein anderes Gebiet.</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>No area chosen yet.</source>
      <translation>Noch kein Gebiet gewählt.</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
      <source>No building here. Click on a building of the imported layers.</source>
      <translation>Hier ist kein Gebäude. Klicken Sie auf ein Gebäude der importierten Layer.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>No building id given. Enter the building_id of a building (see the attribute table of the surfaces layer) or click a building in the map.</source>
      <translation>Keine Gebäude-ID angegeben. Geben Sie die building_id eines Gebäudes ein (siehe Attributtabelle des Flächenlayers) oder klicken Sie in der Karte auf ein Gebäude.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>No building of the input lies in the area. Choose another area or none.</source>
      <translation>Kein Gebäude der Eingabe liegt im Gebiet. Wählen Sie ein anderes Gebiet oder keines.</translation>
    </message>
    <message>
      <location filename="algorithms/publish/tiles3d.py" />
      <source>No building produced a triangle; nothing was exported.</source>
      <translation>Kein Gebäude ergab ein Dreieck; nichts wurde exportiert.</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>No data for this building in the loaded layers.</source>
      <translation>Zu diesem Gebäude gibt es in den geladenen Layern keine Daten.</translation>
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
      <location filename="ui/dock_results.py" />
      <source>No program on this computer opens {}. Open the folder and choose a program.</source>
      <translation>Kein Programm auf diesem Rechner öffnet {}. Öffnen Sie den Ordner und wählen Sie ein Programm.</translation>
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
      <location filename="algorithms/services.py" />
      <source>No service with id '{}' in the NRW service catalogue. Known ids: {}. Pick one of these or add the service in the services override.</source>
      <translation>Kein Dienst mit der ID '{}' im NRW-Dienstkatalog. Bekannte IDs: {}. Wählen Sie eine davon oder ergänzen Sie den Dienst in der Überschreibung des Dienstkatalogs.</translation>
    </message>
    <message>
      <location filename="processing_provider/publish_layers.py" />
      <source>No surfaces layer given. Choose the surfaces layer of 'Import CityGML (LoD1/LoD2)'.</source>
      <translation>Kein Flächenlayer angegeben. Wählen Sie den Flächenlayer von „CityGML importieren (LoD1/LoD2)“.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>No surfaces layer given. Choose the surfaces layer of the CityGML import.</source>
      <translation>Kein Flächenlayer angegeben. Wählen Sie den Flächenlayer des CityGML-Imports.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/heightfield.py" />
      <source>No terrain: the area holds no buildings and no DEM was given. Give a DEM (DGM1) or an area with buildings.</source>
      <translation>Kein Gelände: Das Gebiet enthält keine Gebäude und es wurde kein Geländemodell angegeben. Geben Sie ein Geländemodell (DGM1) oder ein Gebiet mit Gebäuden an.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/tiles.py" />
      <source>No tiles to compute: the tile list is empty or lies outside the extent.</source>
      <translation>Keine Kacheln zu berechnen: Die Kachelliste ist leer oder liegt außerhalb des Gebiets.</translation>
    </message>
    <message>
      <location filename="processing_provider/sensor_chart.py" />
      <source>No values in this period</source>
      <translation>Keine Werte in diesem Zeitraum</translation>
    </message>
    <message>
      <location filename="processing_provider/service_catalogue.py" />
      <source>No {} service for the product {} in the service catalogue. Add one in the services override (setting '{}').</source>
      <translation>Kein {}-Dienst für das Produkt {} im Dienstkatalog. Ergänzen Sie einen in der Überschreibung des Dienstkatalogs (Einstellung '{}').</translation>
    </message>
    <message>
      <location filename="algorithms/batch/raster_tiles.py" />
      <source>No {} tile overlaps the buildings of tile {}.</source>
      <translation>Keine {}-Kachel überdeckt die Gebäude der Kachel {}.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/reader.py" />
      <source>None of the files contains a city model.</source>
      <translation>Keine der Dateien enthält ein Stadtmodell.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/potential.py" />
      <source>None of the roof surfaces has a usable geometry.</source>
      <translation>Keine der Dachflächen hat eine brauchbare Geometrie.</translation>
    </message>
    <message>
      <location filename="algorithms/publish/tiles3d.py" />
      <source>None of the {:,} buildings has a polygon to draw.</source>
      <translation>Keines der {:,} Gebäude hat ein darstellbares Polygon.</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Normalised surface</source>
      <translation>Normalisierte Oberfläche</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Normalised surface model 0.5 m (GeoTIFF)</source>
      <translation>Normalisiertes Oberflächenmodell 0,5 m (GeoTIFF)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>Northing (km)</source>
      <translation>Nordwert (km)</translation>
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
      <location filename="algorithms/printmesh/build.py" />
      <source>Nothing to print: no buildings, no DEM and no area were given. Give at least one.</source>
      <translation>Nichts zu drucken: Es wurden weder Gebäude noch ein Geländemodell noch ein Gebiet angegeben. Geben Sie mindestens eines davon an.</translation>
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
      <location filename="processing_provider/alg_exportcityjson.py" />
      <source>Number of surfaces</source>
      <translation>Anzahl Flächen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>Number of tiles</source>
      <translation>Anzahl Kacheln</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Number of tiles: {}</source>
      <translation>Anzahl der Kacheln: {}</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Number of worker processes on this computer (one tile at a time each); ignored with a scheduler.</source>
      <translation>Anzahl der Worker-Prozesse auf diesem Rechner (je eine Kachel gleichzeitig); mit einem Scheduler ohne Bedeutung.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Object ID (gml:id)</source>
      <translation>Objekt-ID (gml:id)</translation>
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
      <location filename="ui/building_card.py" />
      <source>Official area</source>
      <translation>Amtliche Fläche</translation>
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
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>One tile covers the area.</source>
      <translation>Eine Kachel deckt das Gebiet ab.</translation>
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
      <location filename="ui/dock_results.py" />
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <location filename="ui/dock_results.py" />
      <source>Open folder</source>
      <translation>Ordner öffnen</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>OpenGeodata.NRW publishes no LoD2 tile {}.</source>
      <translation>OpenGeodata.NRW veröffentlicht keine LoD2-Kachel {}.</translation>
    </message>
    <message>
      <location filename="ui/dock_results.py" />
      <source>Opens the file with the program your system uses for it.</source>
      <translation>Öffnet die Datei mit dem Programm, das Ihr System dafür verwendet.</translation>
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
      <source>Optional PNG picture of the model (oblique view, terrain and building colours).</source>
      <translation>Optionales PNG-Bild des Modells (Schrägansicht, Gelände- und Gebäudefarben).</translation>
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
      <location filename="processing_provider/publish_layers.py" />
      <source>Optional: export only the buildings whose centre lies in this area (any CRS).</source>
      <translation>Optional: nur die Gebäude exportieren, deren Mittelpunkt in diesem Gebiet liegt (beliebiges KBS).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Optional: function, roof type, storeys and address by building_id.</source>
      <translation>Optional: Funktion, Dachform, Geschosse und Adresse über building_id.</translation>
    </message>
    <message>
      <location filename="processing_provider/solar_parameters.py" />
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
      <location filename="processing_provider/publish_layers.py" />
      <source>Optional: the buildings layer of 'Import CityGML' or the output of 'Building measurements', joined by building_id, for function, address, height, roof area and the other values.</source>
      <translation>Optional: der Gebäudelayer von „CityGML importieren“ oder die Ausgabe von „Gebäudeaufmaß“, verknüpft über building_id, für Funktion, Adresse, Höhe, Dachfläche und die übrigen Werte.</translation>
    </message>
    <message>
      <location filename="processing_provider/publish_layers.py" />
      <source>Optional: the output of 'Roof solar potential' for the same buildings, joined by surface_id; its irradiation, kWp, yield and suitability colour the roofs and become attributes.</source>
      <translation>Optional: die Ausgabe von „Solarpotenzial der Dächer“ für dieselben Gebäude, verknüpft über surface_id; Einstrahlung, kWp, Ertrag und Eignung färben die Dächer und werden Attribute.</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Orthophotos</source>
      <translation>Luftbilder</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>Outer ceiling</source>
      <translation>Außendecke</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>Outer floor</source>
      <translation>Außenboden</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Output CRS: {}.</source>
      <translation>KBS der Ausgabe: {}.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Output folder</source>
      <translation>Ausgabeordner</translation>
    </message>
    <message>
      <location filename="ui/dock_results.py" />
      <source>Output folder (a new folder per run):</source>
      <translation>Ausgabeordner (je Lauf ein neuer Ordner):</translation>
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
      <location filename="processing_provider/alg_printmesh.py" />
      <source>PNG files (*.png)</source>
      <translation>PNG-Dateien (*.png)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensorseries.py" />
      <source>PNG images (*.png)</source>
      <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Parcel</source>
      <translation>Flurstück</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Parcel identifier</source>
      <translation>Flurstückskennzeichen</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Parcel number</source>
      <translation>Flurstücksnummer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Parcels</source>
      <translation>Flurstücke</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/report.py" />
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
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Postcode</source>
      <translation>Postleitzahl</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Power</source>
      <translation>Leistung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Power (kWp)</source>
      <translation>Leistung (kWp)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Preview image</source>
      <translation>Vorschaubild</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Print</source>
      <translation>Druck</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Print bed size (mm, 0 = no tiles)</source>
      <translation>Druckbettgröße (mm, 0 = keine Kacheln)</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/report.py" />
      <source>Print-bed tiles: slivers narrower than {:.1f} mm along the cuts were trimmed ({:.1f} mm² of area, {:.1f} mm² of buildings).</source>
      <translation>Druckbett-Kacheln: Streifen schmaler als {:.1f} mm entlang der Schnitte wurden entfernt ({:.1f} mm² Fläche, {:.1f} mm² Gebäude).</translation>
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
      <location filename="processing_provider/base.py" />
      <source>Publish</source>
      <translation>Veröffentlichen</translation>
    </message>
    <message>
      <location filename="ui/view3d.py" />
      <source>QGIS did not open a 3D view. Open View ▸ 3D Map Views ▸ New 3D Map View.</source>
      <translation>QGIS hat keine 3D-Ansicht geöffnet. Öffnen Sie Ansicht ▸ 3D-Kartenansichten ▸ Neue 3D-Kartenansicht.</translation>
    </message>
    <message>
      <location filename="ui/view3d.py" />
      <source>QGIS {version} cannot open a 3D view for a plugin: open View ▸ New 3D Map View and choose the map theme “{theme}” there.</source>
      <translation>QGIS {version} kann für eine Erweiterung keine 3D-Ansicht öffnen: Öffnen Sie Ansicht ▸ Neue 3D-Kartenansicht und wählen Sie dort das Kartenthema „{theme}“.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Raster cells</source>
      <translation>Rasterzellen</translation>
    </message>
    <message>
      <location filename="algorithms/batch/raster_tiles.py" />
      <source>Reading DGM1/DOM1/nDOM tiles without GDAL needs tifffile: install it with pip install "nrw_digital_twin[rasters]" on every worker.</source>
      <translation>Zum Lesen von DGM1-/DOM1-/nDOM-Kacheln ohne GDAL wird tifffile gebraucht: Installieren Sie es auf jedem Worker mit pip install "nrw_digital_twin[rasters]".</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Reading building {} …</source>
      <translation>Gebäude {} wird gelesen …</translation>
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
      <source>Reads 3D building models — CityGML 1.0, 2.0 and 3.0 (LoD1/LoD2 of OpenGeodata.NRW, other German states and other producers; .gml, .xml, .gml.gz or .zip), CityJSON 1.1/2.0 (.json, .city.json) and CityJSONSeq (.city.jsonl) — and writes two layers: the buildings (one row per building, building parts merged, footprint with heights, areas, volume, roof type, function, address, municipality key) and their semantic 3D surfaces (one row per roof, wall, ground and closure surface with area, tilt, azimuth and height range), styled for the map and the 3D view.
Input files: one or more files. Their coordinate reference system is read from the file (srsName, metadata.referenceSystem), including compound CRSs with heights and the axis order the CRS defines. Files in longitude/latitude are never measured in degrees: they are measured and written in TARGET_CRS or in a projected CRS chosen for their location (stated in the log).
Source CRS: optional; the CRS of the coordinates when a file names none, and it overrides a wrong one. A file without CRS stops the import unless it is set.
Area: optional; only buildings whose bounding box intersects it are imported.
Target CRS: optional; x/y are reprojected into it with PROJ (heights unchanged).
Broken buildings are skipped and listed in the log with their id and the reason; the two layers are written together or not at all.
Source: https://www.opengeodata.nrw.de/produkte/geobasis/3dg/ (LoD2_32_E_N_1_NW.gml tiles).</source>
      <translation>Liest 3D-Gebäudemodelle – CityGML 1.0, 2.0 und 3.0 (LoD1/LoD2 von OpenGeodata.NRW, anderer Bundesländer und anderer Anbieter; .gml, .xml, .gml.gz oder .zip), CityJSON 1.1/2.0 (.json, .city.json) und CityJSONSeq (.city.jsonl) – und schreibt zwei Layer: die Gebäude (eine Zeile je Gebäude, Gebäudeteile zusammengefasst, Grundriss mit Höhen, Flächen, Volumen, Dachform, Funktion, Adresse, Gemeindeschlüssel) und ihre semantischen 3D-Flächen (eine Zeile je Dach-, Wand-, Boden- und Abschlussfläche mit Fläche, Neigung, Ausrichtung und Höhenbereich), gestaltet für Karte und 3D-Ansicht.
Eingabedateien: eine oder mehrere Dateien. Ihr Koordinatenbezugssystem wird aus der Datei gelesen (srsName, metadata.referenceSystem), einschließlich zusammengesetzter KBS mit Höhen und der Achsreihenfolge, die das KBS festlegt. Dateien in geografischer Länge/Breite werden nie in Grad gemessen: Sie werden im Ziel-KBS oder in einem für ihre Lage gewählten projizierten KBS gemessen und geschrieben (im Protokoll genannt).
Quell-KBS: optional; das KBS der Koordinaten, wenn eine Datei keines nennt, und es ersetzt ein falsches. Eine Datei ohne KBS beendet den Import, wenn es nicht gesetzt ist.
Gebiet: optional; nur Gebäude, deren umschließendes Rechteck es schneidet, werden importiert.
Ziel-KBS: optional; x/y werden mit PROJ dorthin umprojiziert (Höhen unverändert).
Fehlerhafte Gebäude werden übersprungen und mit ihrer ID und dem Grund im Protokoll aufgeführt; die beiden Layer werden gemeinsam oder gar nicht geschrieben.
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
      <location filename="ui/dock_data.py" />
      <source>Reads the tile indexes of OpenGeodata.NRW (in the background).</source>
      <translation>Liest die Kachelindizes von OpenGeodata.NRW (im Hintergrund).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Receives tiles/, roofsolar.gpkg, summary.csv and manifest.json; reuse it to resume a run.</source>
      <translation>Erhält tiles/, roofsolar.gpkg, summary.csv und manifest.json; denselben Ordner wieder angeben, um einen Lauf fortzusetzen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Rectangular area, used when no area outline is given.</source>
      <translation>Rechteckiges Gebiet, das verwendet wird, wenn kein Gebietsumriss angegeben ist.</translation>
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
      <location filename="ui/dock.py" />
      <source>Report written: {}</source>
      <translation>Bericht geschrieben: {}</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Report {} (PDF)</source>
      <translation>Bericht {} (PDF)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Reports</source>
      <translation>Berichte</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/batch.py" />
      <source>Reprojecting {} to {} gave coordinates that are infinite or not a number; the file's CRS ({}) does not fit its coordinates. Set the parameter SOURCE_CRS (Source CRS) to the right CRS.</source>
      <translation>Die Umprojektion von {} nach {} ergab unendliche oder ungültige Koordinaten; das KBS der Datei ({}) passt nicht zu ihren Koordinaten. Setzen Sie den Parameter SOURCE_CRS (Quell-KBS) auf das richtige KBS.</translation>
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
      <location filename="ui/dock.py" />
      <source>Results</source>
      <translation>Ergebnisse</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Ridge height</source>
      <translation>Firsthöhe</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Ridge height (m)</source>
      <translation>Firsthöhe (m)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Ridge height absolute (m)</source>
      <translation>Firsthöhe absolut (m)</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>Roof</source>
      <translation>Dach</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Roof area</source>
      <translation>Dachfläche</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Roof area (3D)</source>
      <translation>Dachfläche (3D)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Roof area (m²)</source>
      <translation>Dachfläche (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Roof area 3D (m²)</source>
      <translation>Dachfläche 3D (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Roof area east (m²)</source>
      <translation>Dachfläche Ost (m²)</translation>
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
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Roof area flat ≤ 10° (m²)</source>
      <translation>Dachfläche flach ≤ 10° (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Roof area north (m²)</source>
      <translation>Dachfläche Nord (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Roof area south (m²)</source>
      <translation>Dachfläche Süd (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Roof area west (m²)</source>
      <translation>Dachfläche West (m²)</translation>
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
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Roof pitch max. (°)</source>
      <translation>Dachneigung max. (°)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Roof pitch min. (°)</source>
      <translation>Dachneigung min. (°)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Roof solar potential</source>
      <translation>Solarpotenzial der Dächer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Roof solar potential (batch)</source>
      <translation>Solarpotenzial der Dächer (Batch)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Roof solar potential (with shading)</source>
      <translation>Solarpotenzial der Dächer (mit Verschattung)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Roof solar potential for many tiles (Dask)</source>
      <translation>Solarpotenzial der Dächer für viele Kacheln (Dask)</translation>
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
      <location filename="ui/building_card.py" />
      <source>Roof surfaces and solar potential</source>
      <translation>Dachflächen und Solarpotenzial</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Roof type</source>
      <translation>Dachform</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Roof type (English)</source>
      <translation>Dachform (englisch)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Roof type (code)</source>
      <translation>Dachform (Schlüssel)</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Run all</source>
      <translation>Alles ausführen</translation>
    </message>
    <message>
      <location filename="ui/dock_results.py" />
      <source>Run {} (folder)</source>
      <translation>Lauf {} (Ordner)</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Runs 'Sensors of an area' (openSenseMap) around the building.</source>
      <translation>Führt „Sensoren eines Gebiets“ (openSenseMap) rund um das Gebäude aus.</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>S</source>
      <translation>S</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>SE</source>
      <translation>SO</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>STL (one solid), 3MF (one object: building parts and the terrain part, coloured) or OBJ with MTL colours.</source>
      <translation>STL (ein Volumenkörper), 3MF (ein Objekt: Gebäudeteile und Geländeteil, farbig) oder OBJ mit MTL-Farben.</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>SW</source>
      <translation>SW</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>Saves a GEObasis.NRW web map service layer (orthophotos RGB/CIR, cadastre, topographic maps, hillshade, nDOM) for an area as a georeferenced GeoTIFF in ETRS89/UTM32N (EPSG:25832). Large areas are requested in tiles no larger than the service's maximum image size (5000 pixels for the orthophotos) on one pixel grid and put together without resampling. Failed or incomplete answers are requested again; the GeoTIFF appears only when every tile is in it.

Layer: the WMS layer; Service key: optional, a catalogue key such as dop/nw_dop_cir (wins over the list, also for layers added by the services override); Layer name: optional, another layer name of the same service; Area: in any CRS; Resolution: metres per pixel (0.1 m is the orthophoto's native resolution).

Source: GEObasis.NRW web map services (www.wms.nrw.de). Licence: Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</source>
      <translation>Speichert einen Layer eines Web Map Service von GEObasis.NRW (Orthophotos RGB/CIR, Liegenschaftskataster, topographische Karten, Schummerung, nDOM) für ein Gebiet als georeferenziertes GeoTIFF in ETRS89/UTM32N (EPSG:25832). Große Gebiete werden in Kacheln bis zur größten Bildgröße des Dienstes (5000 Pixel bei den Orthophotos) auf einem gemeinsamen Pixelraster angefragt und ohne Umrechnen zusammengesetzt. Fehlgeschlagene oder unvollständige Antworten werden erneut angefragt; das GeoTIFF entsteht erst, wenn jede Kachel darin ist.

Layer: der WMS-Layer; Dienstschlüssel: optional, ein Katalogschlüssel wie dop/nw_dop_cir (gilt statt der Liste, auch für Layer aus der Überschreibung des Dienstkatalogs); Layername: optional, ein anderer Layername desselben Dienstes; Gebiet: in beliebigem KBS; Auflösung: Meter pro Pixel (0,1 m ist die native Auflösung der Orthophotos).

Quelle: Web Map Services von GEObasis.NRW (www.wms.nrw.de). Lizenz: Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Scale 1:N (0 = use the model size)</source>
      <translation>Maßstab 1:N (0 = Modellgröße verwenden)</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/report.py" />
      <source>Scale 1:{:,.0f}, {:.1f} × {:.1f} × {:.1f} mm, {:,} triangles in {:,} file(s).</source>
      <translation>Maßstab 1:{:,.0f}, {:.1f} × {:.1f} × {:.1f} mm, {:,} Dreiecke in {:,} Datei(en).</translation>
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
      <location filename="ui/dock_area.py" />
      <source>Selected features</source>
      <translation>Gewählte Objekte</translation>
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
      <location filename="ui/dock_data.py" />
      <source>Sensors in the area (air, weather, noise):</source>
      <translation>Sensoren im Gebiet (Luft, Wetter, Lärm):</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
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
      <location filename="algorithms/services.py" />
      <source>Service '{}' has unknown kind '{}' (expected one of {}). Fix the services override.</source>
      <translation>Der Dienst '{}' hat die unbekannte Art '{}' (erwartet: {}). Korrigieren Sie die Überschreibung des Dienstkatalogs.</translation>
    </message>
    <message>
      <location filename="ui/services_widget.py" />
      <source>Service / layer</source>
      <translation>Dienst / Layer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>Service key (optional)</source>
      <translation>Dienstschlüssel (optional)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Shading loss (%)</source>
      <translation>Verschattungsverlust (%)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Share of the irradiation the system turns into AC energy (0.80–0.85; PVGIS assumes 14 % losses).</source>
      <translation>Anteil der Einstrahlung, den die Anlage in Wechselstrom umwandelt (0,80–0,85; PVGIS geht von 14 % Verlusten aus).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Shell closed</source>
      <translation>Hülle geschlossen</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
      <source>Show in 3D</source>
      <translation>In 3D ansehen</translation>
    </message>
    <message>
      <location filename="plugin.py" />
      <source>Show the NRW Digital Twin dock (Digitaler Zwilling NRW)</source>
      <translation>Bedienfeld „Digitaler Zwilling NRW“ anzeigen</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <location filename="ui/base_map.py" />
      <source>Size (km)</source>
      <translation>Größe (km)</translation>
    </message>
    <message>
      <location filename="ui/dock_print.py" />
      <source>Size (longest side)</source>
      <translation>Größe (längste Seite)</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Size: counting …</source>
      <translation>Größe: wird gezählt …</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Size: not counted yet</source>
      <translation>Größe: noch nicht ermittelt</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Size: {}</source>
      <translation>Größe: {}</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Skipped (not installed): {}</source>
      <translation>Übersprungen (nicht installiert): {}</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Sky view factor</source>
      <translation>Himmelssichtfaktor</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
      <source>Slope</source>
      <translation>Neigung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Smaller usable areas are 'too_small'. 2 m² = room for one module (LANUV); the Swiss sonnendach.ch uses 10 m².</source>
      <translation>Kleinere nutzbare Flächen sind „too_small“. 2 m² = Platz für ein Modul (LANUV); das Schweizer sonnendach.ch verwendet 10 m².</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>Snap to the 1 km tiles</source>
      <translation>An 1-km-Kacheln ausrichten</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Solar class (1 = very good)</source>
      <translation>Solarklasse (1 = sehr gut)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Solar potential</source>
      <translation>Solarpotenzial</translation>
    </message>
    <message>
      <location filename="processing_provider/publish_layers.py" />
      <source>Solar potential (optional)</source>
      <translation>Solarpotenzial (optional)</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Solar potential of the roofs</source>
      <translation>Solarpotenzial der Dächer</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Source CRS (optional; default: the CRS the files name)</source>
      <translation>Quell-KBS (optional; Standard: das KBS, das die Dateien nennen)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Source file</source>
      <translation>Quelldatei</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Source of the storey count</source>
      <translation>Herkunft Geschosszahl</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Specific yield (kWh/kWp·a)</source>
      <translation>Spezifischer Ertrag (kWh/kWp·a)</translation>
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
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Status</source>
      <translation>Status</translation>
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
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Storeys</source>
      <translation>Geschosse</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Street</source>
      <translation>Straße</translation>
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
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Surface ID</source>
      <translation>Flächen-ID</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Surface model</source>
      <translation>Oberflächenmodell</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Surface model for trees (DOM or nDOM)</source>
      <translation>Oberflächenmodell für Bäume (DOM oder nDOM)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Surface type</source>
      <translation>Flächenart</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Surfaces</source>
      <translation>Flächen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Surfaces imported</source>
      <translation>Importierte Flächen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Surfaces layer (LoD2)</source>
      <translation>Flächenlayer (LoD2)</translation>
    </message>
    <message>
      <location filename="processing_provider/publish_layers.py" />
      <source>Surfaces layer (LoD2) or solar potential</source>
      <translation>Flächenlayer (LoD2) oder Solarpotenzial</translation>
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
      <location filename="ui/dock_data.py" />
      <source>Terrain model</source>
      <translation>Geländemodell</translation>
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
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Terrain tiles</source>
      <translation>Geländekacheln</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>The 1 km tiles of OpenGeodata.NRW with their names; works without the internet.</source>
      <translation>Die 1-km-Kacheln von OpenGeodata.NRW mit ihren Namen; geht ohne Internet.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/reader.py" />
      <source>The CRS {} has no area of use; set TARGET_CRS to a projected CRS.</source>
      <translation>Das KBS {} hat keinen Gültigkeitsbereich; setzen Sie TARGET_CRS auf ein projiziertes KBS.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>The DEM '{}' does not cover the area. Use a DEM (e.g. DGM1 of OpenGeodata.NRW) that covers it, or choose another area.</source>
      <translation>Das DGM „{}“ deckt das Gebiet nicht ab. Verwenden Sie ein DGM, das es abdeckt (z. B. DGM1 von OpenGeodata.NRW), oder wählen Sie ein anderes Gebiet.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/heightfield.py" />
      <source>The DEM '{}' does not cover the area: {:.0f} % of the area has no height. Use a DEM (e.g. DGM1 tiles of OpenGeodata.NRW) that covers the whole area, or choose a smaller area.</source>
      <translation>Das Geländemodell '{}' deckt das Gebiet nicht ab: {:.0f} % des Gebiets haben keine Höhe. Verwenden Sie ein Geländemodell (z. B. DGM1-Kacheln von OpenGeodata.NRW), das das ganze Gebiet abdeckt, oder wählen Sie ein kleineres Gebiet.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/heightfield.py" />
      <source>The DEM '{}' has no valid height in the area. Use a DEM that covers it.</source>
      <translation>Das Geländemodell '{}' hat im Gebiet keine gültige Höhe. Verwenden Sie ein Geländemodell, das das Gebiet abdeckt.</translation>
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
      <location filename="algorithms/batch/runner.py" />
      <source>The Dask scheduler file {} does not exist.</source>
      <translation>Die Dask-Scheduler-Datei {} existiert nicht.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/raster_tiles.py" />
      <source>The GeoTIFF {} has no georeferencing (ModelPixelScale, ModelTiepoint).</source>
      <translation>Das GeoTIFF {} hat keine Georeferenzierung (ModelPixelScale, ModelTiepoint).</translation>
    </message>
    <message>
      <location filename="algorithms/opengeodata.py" />
      <source>The OpenGeodata.NRW address '{}' is not an http(s) URL. Fix the setting 'nrw_digital_twin/opengeodata_url' or the environment variable {}, or remove it to use {}.</source>
      <translation>Die OpenGeodata.NRW-Adresse '{}' ist keine http(s)-URL. Korrigieren Sie die Einstellung 'nrw_digital_twin/opengeodata_url' oder die Umgebungsvariable {}, oder entfernen Sie sie, um {} zu verwenden.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>The WFS feature type to download (service and type name from the service catalogue). Each entry keeps its number when the catalogue changes, so saved models keep their feature type.</source>
      <translation>Die zu ladende WFS-Objektart (Dienst und Typname aus dem Dienstkatalog). Jeder Eintrag behält seine Nummer, wenn sich der Katalog ändert; gespeicherte Modelle behalten so ihre Objektart.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwms.py" />
      <source>The WMS layer (service and layer name from the service catalogue). Each entry keeps its number when the catalogue changes, so saved models keep their layer.</source>
      <translation>Der WMS-Layer (Dienst und Layername aus dem Dienstkatalog). Jeder Eintrag behält seine Nummer, wenn sich der Katalog ändert; gespeicherte Modelle behalten so ihren Layer.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/sources.py" />
      <source>The ZIP archive {} contains no CityGML or CityJSON file. Choose another archive.</source>
      <translation>Das ZIP-Archiv {} enthält keine CityGML- oder CityJSON-Datei. Wählen Sie ein anderes Archiv.</translation>
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
      <location filename="algorithms/tilegrid.py" />
      <source>The area ({} in EPSG:25832) lies outside North Rhine-Westphalia ({} in EPSG:25832). Check the area and its coordinate reference system.</source>
      <translation>Das Gebiet ({} in EPSG:25832) liegt außerhalb von Nordrhein-Westfalen ({} in EPSG:25832). Prüfen Sie das Gebiet und sein Koordinatenbezugssystem.</translation>
    </message>
    <message>
      <location filename="algorithms/wms.py" />
      <source>The area at {:g} m/pixel needs {:,} × {:,} pixels, more than the limit of {:,} pixels. Choose a coarser resolution or a smaller area.</source>
      <translation>Das Gebiet braucht bei {:g} m/Pixel {:,} × {:,} Pixel, mehr als die Grenze von {:,} Pixeln. Wählen Sie eine gröbere Auflösung oder ein kleineres Gebiet.</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>The area contains no buildings. Choose an area with buildings.</source>
      <translation>Das Gebiet enthält keine Gebäude. Wählen Sie ein Gebiet mit Gebäuden.</translation>
    </message>
    <message>
      <location filename="algorithms/tilegrid.py" />
      <source>The area covers {:,} tiles of 1 km², more than the limit of {:,}. Choose a smaller area or raise the limit.</source>
      <translation>Das Gebiet umfasst {:,} Kacheln zu 1 km², mehr als die Grenze von {:,}. Wählen Sie ein kleineres Gebiet oder erhöhen Sie die Grenze.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>The area covers {tiles} tiles; one run downloads at most {max}. Choose a smaller area or split it.</source>
      <translation>Das Gebiet umfasst {tiles} Kacheln; ein Lauf lädt höchstens {max}. Wählen Sie ein kleineres Gebiet oder teilen Sie es auf.</translation>
    </message>
    <message>
      <location filename="algorithms/tilegrid.py" />
      <source>The area has no valid coordinates. Choose an area on the map.</source>
      <translation>Das Gebiet hat keine gültigen Koordinaten. Wählen Sie ein Gebiet auf der Karte.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/build.py" />
      <source>The area is empty (no polygon with a surface). Draw or choose an area outline.</source>
      <translation>Das Gebiet ist leer (kein Polygon mit Fläche). Zeichnen oder wählen Sie einen Gebietsumriss.</translation>
    </message>
    <message>
      <location filename="algorithms/tilegrid.py" />
      <source>The area is empty (width or height is zero). Draw a rectangle or polygon on the map, or choose a layer extent.</source>
      <translation>Das Gebiet ist leer (Breite oder Höhe ist null). Zeichnen Sie ein Rechteck oder Polygon auf der Karte oder wählen Sie die Ausdehnung eines Layers.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/scale.py" />
      <source>The area is empty (zero width or depth). Give an area outline with a surface.</source>
      <translation>Das Gebiet ist leer (Breite oder Tiefe null). Geben Sie einen Gebietsumriss mit Fläche an.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/heightfield.py" />
      <source>The area is empty or narrower than the minimum printable feature ({:.1f} mm) at this scale.</source>
      <translation>Das Gebiet ist leer oder in diesem Maßstab schmaler als die kleinste druckbare Breite ({:.1f} mm).</translation>
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
      <location filename="algorithms/printmesh/build.py" />
      <source>The base of {:.1f} mm was raised to the minimum printable feature of {:.1f} mm.</source>
      <translation>Der Sockel von {:.1f} mm wurde auf die kleinste druckbare Breite von {:.1f} mm erhöht.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>The basemap is reprojected on the fly to {}.</source>
      <translation>Die Hintergrundkarte wird on-the-fly nach {} transformiert.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>The batch run needs Dask, which is not installed in the Python of QGIS ({}). Install it with: {} -m pip install --user {} (Debian/Ubuntu: apt install python3-distributed; Windows: python -m pip install {} in the OSGeo4W Shell), then start QGIS again.</source>
      <translation>Der Batch-Lauf braucht Dask, das im Python von QGIS ({}) nicht installiert ist. Installieren Sie es mit: {} -m pip install --user {} (Debian/Ubuntu: apt install python3-distributed; Windows: python -m pip install {} in der OSGeo4W Shell) und starten Sie QGIS danach neu.</translation>
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
      <location filename="processing_provider/publish_layers.py" />
      <source>The buildings layer lacks the field building_id. Use the buildings layer of 'Import CityGML (LoD1/LoD2)' or the output of 'Building measurements'.</source>
      <translation>Dem Gebäudelayer fehlt das Feld building_id. Verwenden Sie den Gebäudelayer von „CityGML importieren (LoD1/LoD2)“ oder die Ausgabe von „Gebäudeaufmaß“.</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>The cache was cleared.</source>
      <translation>Der Cache wurde geleert.</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>The cached copy {} had {:,} bytes, the index says {:,}: downloaded again.</source>
      <translation>Die zwischengespeicherte Kopie {} hatte {:,} Bytes, der Index nennt {:,}: erneut heruntergeladen.</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>The cached copy {} was damaged ({}): downloaded again.</source>
      <translation>Die zwischengespeicherte Kopie {} war beschädigt ({}): erneut heruntergeladen.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/build.py" />
      <source>The coordinates look like degrees (a geographic CRS). Reproject the surfaces and the area to a projected CRS in metres, e.g. ETRS89/UTM32N (EPSG:25832), and run again.</source>
      <translation>Die Koordinaten sehen nach Grad aus (ein geographisches KBS). Projizieren Sie die Flächen und das Gebiet in ein projiziertes KBS in Metern, z. B. ETRS89/UTM32N (EPSG:25832), und starten Sie erneut.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>The coordinates of {} ({:.3f}, {:.3f}) lie far outside the area of use of {} ({}). Set the parameter SOURCE_CRS (Source CRS) to the CRS of the coordinates, or correct the srsName.</source>
      <translation>Die Koordinaten von {} ({:.3f}, {:.3f}) liegen weit außerhalb des Gültigkeitsbereichs von {} ({}). Setzen Sie den Parameter SOURCE_CRS (Quell-KBS) auf das KBS der Koordinaten oder korrigieren Sie den srsName.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>The coordinates of {} ({:.3f}, {:.3f}) lie far outside the area of use of {} ({}); these look like {}. Set the parameter SOURCE_CRS (Source CRS) to the CRS of the coordinates, or correct the srsName.</source>
      <translation>Die Koordinaten von {} ({:.3f}, {:.3f}) liegen weit außerhalb des Gültigkeitsbereichs von {} ({}); sie sehen aus wie {}. Setzen Sie den Parameter SOURCE_CRS (Quell-KBS) auf das KBS der Koordinaten oder korrigieren Sie den srsName.</translation>
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
      <location filename="algorithms/batch/tiles.py" />
      <source>The extent '{}' is not XMIN,YMIN,XMAX,YMAX (four numbers).</source>
      <translation>Das Gebiet „{}“ ist nicht XMIN,YMIN,XMAX,YMAX (vier Zahlen).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>The features with all attributes of the service, in EPSG:25832.</source>
      <translation>Die Objekte des Dienstes mit allen Attributen, in EPSG:25832.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/sources.py" />
      <source>The file {} does not exist.</source>
      <translation>Die Datei {} existiert nicht.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/sources.py" />
      <source>The file {} is empty (0 bytes). Download it again.</source>
      <translation>Die Datei {} ist leer (0 Byte). Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/cityjson.py" />
      <source>The file {} is empty. Download it again.</source>
      <translation>Die Datei {} ist leer. Laden Sie sie erneut herunter.</translation>
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
      <location filename="algorithms/citygml/crs.py" />
      <source>The height system EPSG:{} of {} is unknown to PROJ; heights are kept as given.</source>
      <translation>Das Höhensystem EPSG:{} von {} ist PROJ unbekannt; die Höhen werden unverändert übernommen.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>The height system {} of srsName {} is unknown; heights are kept as given.</source>
      <translation>Das Höhensystem {} des srsName {} ist unbekannt; die Höhen werden unverändert übernommen.</translation>
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
      <location filename="processing_provider/publish_layers.py" />
      <source>The input holds roofs only (a solar potential layer): walls and ground are missing. Give the surfaces layer of the import as input and the solar layer as 'Solar potential'.</source>
      <translation>Die Eingabe enthält nur Dächer (ein Solarpotenzial-Layer): Wände und Grundflächen fehlen. Geben Sie den Flächenlayer des Imports als Eingabe und den Solarlayer als „Solarpotenzial“ an.</translation>
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
      <location filename="ui/dock_analyse.py" />
      <source>The layer 'Building surfaces (3D)' written by 'Import buildings'.</source>
      <translation>Der Layer „Gebäudeflächen (3D)“ aus „Gebäude importieren“.</translation>
    </message>
    <message>
      <location filename="ui/area_picker.py" />
      <source>The layer '{}' has no selected polygons. Select features (or use a polygon layer) and try again.</source>
      <translation>Der Layer „{}“ hat keine ausgewählten Polygone. Wählen Sie Objekte aus (oder verwenden Sie einen Polygonlayer) und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>The map is empty. Load a map to find the area on:</source>
      <translation>Die Karte ist leer. Laden Sie eine Karte, um das Gebiet zu finden:</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>The map service cannot be reached, so the tile grid is shown instead.</source>
      <translation>Der Kartendienst ist nicht erreichbar, daher wird stattdessen das Kachelgitter gezeigt.</translation>
    </message>
    <message>
      <location filename="algorithms/wms.py" />
      <source>The maximum request size must be at least 1 pixel, not {}. Fix 'max_size' in the services override.</source>
      <translation>Die größte Anfragegröße muss mindestens 1 Pixel sein, nicht {}. Korrigieren Sie 'max_size' in der Überschreibung des Dienstkatalogs.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>The merged layer {} was not written.</source>
      <translation>Der zusammengeführte Layer {} wurde nicht geschrieben.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/build.py" />
      <source>The model would be {:.0f} mm high. Lower Z_EXAGGERATION or the scale.</source>
      <translation>Das Modell wäre {:.0f} mm hoch. Verringern Sie Z_EXAGGERATION oder den Maßstab.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/tile_task.py" />
      <source>The neighbouring {} tile {} (context for the shading) could not be downloaded: {}</source>
      <translation>Die benachbarte {}-Kachel {} (Umgebung für die Verschattung) konnte nicht heruntergeladen werden: {}</translation>
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
      <location filename="algorithms/printmesh/build.py" />
      <source>The print grid was coarsened to {:.2f} mm to keep memory in bounds.</source>
      <translation>Das Druckraster wurde auf {:.2f} mm vergröbert, um den Speicherbedarf zu begrenzen.</translation>
    </message>
    <message>
      <location filename="algorithms/publish/quasigeoid.py" />
      <source>The quasigeoid file {} of the plugin cannot be read ({}). Reinstall the plugin.</source>
      <translation>Die Quasigeoid-Datei {} des Plugins kann nicht gelesen werden ({}). Installieren Sie das Plugin neu.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/raster_tiles.py" />
      <source>The raster tiles have different cell sizes; they cannot be joined.</source>
      <translation>Die Rasterkacheln haben unterschiedliche Zellgrößen; sie lassen sich nicht zusammenfügen.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/raster_tiles.py" />
      <source>The raster window is too large ({:,} × {:,} cells).</source>
      <translation>Der Rasterausschnitt ist zu groß ({:,} × {:,} Zellen).</translation>
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
      <location filename="ui/dock.py" />
      <source>The report needs the building surfaces: import the buildings first.</source>
      <translation>Der Bericht braucht die Gebäudeflächen: Importieren Sie zuerst die Gebäude.</translation>
    </message>
    <message>
      <location filename="algorithms/wms.py" />
      <source>The resolution must be a positive number of metres per pixel, not {}.</source>
      <translation>Die Auflösung muss eine positive Zahl von Metern pro Pixel sein, nicht {}.</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>The results of the completed steps were added to the group '{}'.</source>
      <translation>Die Ergebnisse der abgeschlossenen Schritte wurden der Gruppe „{}“ hinzugefügt.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_downloadwfs.py" />
      <source>The run stops with a message when the area needs more GetFeature requests than this (retries included). Each answer holds up to the service's count limit (10,000 features for ALKIS), so the default covers large towns; it also stops servers that would make the area split without end.</source>
      <translation>Der Lauf endet mit einer Meldung, wenn das Gebiet mehr GetFeature-Anfragen braucht (Wiederholungen eingeschlossen). Jede Antwort enthält bis zur Höchstzahl des Dienstes (10.000 Objekte bei ALKIS); der Standardwert reicht daher für große Städte und stoppt zugleich Server, bei denen sich das Gebiet endlos teilen würde.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/scale.py" />
      <source>The scale 1:{} is not valid; give N &gt; 0, e.g. 5000 for 1:5000.</source>
      <translation>Der Maßstab 1:{} ist ungültig; geben Sie N &gt; 0 an, z. B. 5000 für 1:5000.</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>The selected features of the layer below (all when none is selected).</source>
      <translation>Die gewählten Objekte des Layers darunter (alle, wenn keines gewählt ist).</translation>
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
      <location filename="algorithms/services.py" />
      <source>The service '{}' ({}) has no layer '{}'. Known layers: {}. Pick one of these or add the layer in the services override.</source>
      <translation>Der Dienst '{}' ({}) hat keinen Layer '{}'. Bekannte Layer: {}. Wählen Sie einen davon oder ergänzen Sie den Layer in der Überschreibung des Dienstkatalogs.</translation>
    </message>
    <message>
      <location filename="processing_provider/service_catalogue.py" />
      <source>The service '{}' ({}) is a {} service, not a {} service. Choose one of: {}.</source>
      <translation>Der Dienst '{}' ({}) ist ein {}-Dienst, kein {}-Dienst. Wählen Sie einen von: {}.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>The service has a problem: try again later; if it persists, check the URL in the services override.</source>
      <translation>Der Dienst hat ein Problem: Versuchen Sie es später erneut; bleibt es, prüfen Sie die URL in der Überschreibung des Dienstkatalogs.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>The service may be overloaded: try again later or with a smaller area.</source>
      <translation>Der Dienst ist vielleicht überlastet: Versuchen Sie es später oder mit einem kleineren Gebiet erneut.</translation>
    </message>
    <message>
      <location filename="algorithms/services.py" />
      <source>The services override ({}) is not valid JSON: {}. Fix the JSON or clear the setting.</source>
      <translation>Die Überschreibung des Dienstkatalogs ({}) ist kein gültiges JSON: {}. Korrigieren Sie das JSON oder leeren Sie die Einstellung.</translation>
    </message>
    <message>
      <location filename="algorithms/services.py" />
      <source>The services override file {} ({}) cannot be read: {}. Fix the path or clear the setting.</source>
      <translation>Die Datei {} der Überschreibung des Dienstkatalogs ({}) kann nicht gelesen werden: {}. Korrigieren Sie den Pfad oder leeren Sie die Einstellung.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>The solar layer lacks the fields building_id and surface_id. Use the output of 'Roof solar potential' (nrwtwin:roofsolar).</source>
      <translation>Dem Solarlayer fehlen die Felder building_id und surface_id. Verwenden Sie das Ergebnis von 'Solarpotenzial der Dächer' (nrwtwin:roofsolar).</translation>
    </message>
    <message>
      <location filename="processing_provider/publish_layers.py" />
      <source>The solar layer lacks the fields surface_id and irradiation_kwh_m2. Use the output of 'Roof solar potential' (nrwtwin:roofsolar).</source>
      <translation>Dem Solarlayer fehlen die Felder surface_id und irradiation_kwh_m2. Verwenden Sie die Ausgabe von „Solarpotenzial der Dächer“ (nrwtwin:roofsolar).</translation>
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
      <location filename="processing_provider/publish_layers.py" />
      <source>The surfaces layer holds no surfaces. Import LoD2 CityGML first.</source>
      <translation>Der Flächenlayer enthält keine Flächen. Importieren Sie zuerst LoD2-CityGML.</translation>
    </message>
    <message>
      <location filename="processing_provider/publish_layers.py" />
      <source>The surfaces layer of 'Import CityGML (LoD1/LoD2)' (roofs, walls, ground). An output of 'Roof solar potential' is recognised by its field irradiation_kwh_m2 and its values are used; it holds roofs only.</source>
      <translation>Der Flächenlayer von „CityGML importieren (LoD1/LoD2)“ (Dächer, Wände, Grundflächen). Eine Ausgabe von „Solarpotenzial der Dächer“ wird am Feld irradiation_kwh_m2 erkannt und ihre Werte werden verwendet; sie enthält nur Dächer.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>The surfaces layer of 'Import CityGML (LoD1/LoD2)'; roofs are the rows with surface_type 'Roof', all other surfaces help to find the ground height.</source>
      <translation>Der Flächenlayer von „CityGML importieren (LoD1/LoD2)“; Dächer sind die Zeilen mit surface_type 'Roof', alle anderen Flächen helfen, die Bodenhöhe zu bestimmen.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>The task failed on the cluster ({}: {}); workers that die repeatedly on a tile often lack memory (docs/batch.md).</source>
      <translation>Die Aufgabe ist auf dem Cluster fehlgeschlagen ({}: {}); Worker, die bei einer Kachel wiederholt abbrechen, haben oft zu wenig Arbeitsspeicher (docs/batch.md).</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>The tiles of the area as a layer.</source>
      <translation>Die Kacheln des Gebiets als Layer.</translation>
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
      <location filename="algorithms/batch/tile_task.py" />
      <source>The worker {} runs other engine code than the client. Install the same version of nrw_digital_twin on all workers (pip install 'nrw_digital_twin[batch]').</source>
      <translation>Der Worker {} rechnet mit anderem Engine-Code als der Client. Installieren Sie auf allen Workern dieselbe Version von nrw_digital_twin (pip install 'nrw_digital_twin[batch]').</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>The worker {} wrote {}, but this computer does not see the file: the output folder must be on a file system shared by this computer and all workers.</source>
      <translation>Der Worker {} hat {} geschrieben, aber dieser Rechner sieht die Datei nicht: Der Ausgabeordner muss auf einem Dateisystem liegen, das dieser Rechner und alle Worker gemeinsam nutzen.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/tile_task.py" />
      <source>The {} tile {} could not be downloaded: {}</source>
      <translation>Die {}-Kachel {} konnte nicht heruntergeladen werden: {}</translation>
    </message>
    <message>
      <location filename="algorithms/publish/tiles3d.py" />
      <source>There are no buildings to export. Check the input layer and the area.</source>
      <translation>Es gibt keine Gebäude zu exportieren. Prüfen Sie den Eingabelayer und das Gebiet.</translation>
    </message>
    <message>
      <location filename="processing_provider/service_catalogue.py" />
      <source>There is no choice number {} (0 to {}). Pick a layer from the list.</source>
      <translation>Es gibt keine Auswahl mit der Nummer {} (0 bis {}). Wählen Sie einen Layer aus der Liste.</translation>
    </message>
    <message>
      <location filename="ui/view3d.py" />
      <source>There is nothing to show in 3D yet: import the buildings first (step 3).</source>
      <translation>Es gibt noch nichts in 3D zu zeigen: Importieren Sie zuerst die Gebäude (Schritt 3).</translation>
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
      <location filename="processing_provider/alg_downloadtiles.py" />
      <source>Tile</source>
      <translation>Kachel</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>Tile grid</source>
      <translation>Kachelgitter</translation>
    </message>
    <message>
      <location filename="ui/base_map.py" />
      <source>Tile grid (offline)</source>
      <translation>Kachelgitter (offline)</translation>
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
      <location filename="algorithms/download.py" />
      <source>Tile {} failed: {}</source>
      <translation>Kachel {} fehlgeschlagen: {}</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>Tile {}: {}</source>
      <translation>Kachel {}: {}</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Tiles</source>
      <translation>Kacheln</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Tiles of OpenGeodata.NRW for the area:</source>
      <translation>Kacheln von OpenGeodata.NRW für das Gebiet:</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>Tiles of {}: {:,}; {:,} downloaded, {:,} from the cache, {:,} missing (not published), {:,} failed.</source>
      <translation>Kacheln {}: {:,}; {:,} heruntergeladen, {:,} aus dem Cache, {:,} fehlen (nicht veröffentlicht), {:,} fehlgeschlagen.</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>Tiles {}</source>
      <translation>Kacheln {}</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>Tiles: {:,}, listed in the index of {}: {:,}; {} to download into {}.</source>
      <translation>Kacheln: {:,}, davon im Index von {}: {:,}; {} herunterzuladen nach {}.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>Tiles: {:,}; {:,} to compute, {:,} done in an earlier run, {:,} not published.</source>
      <translation>Kacheln: {:,}; {:,} zu berechnen, {:,} in einem früheren Lauf fertig, {:,} nicht veröffentlicht.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Tiles: {}; server {}; cache {}; scheduler {}</source>
      <translation>Kacheln: {}; Server {}; Cache {}; Scheduler {}</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>Tileset (tileset.json)</source>
      <translation>Tileset (tileset.json)</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Tilt</source>
      <translation>Neigung</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Tilt (°)</source>
      <translation>Neigung (°)</translation>
    </message>
    <message>
      <location filename="ui/sensor_panel.py" />
      <source>Time (UTC)</source>
      <translation>Zeit (UTC)</translation>
    </message>
    <message>
      <location filename="ui/base_map.py" />
      <source>Topographic map</source>
      <translation>Topographische Karte</translation>
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
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Tree tiles</source>
      <translation>Kacheln für Bäume</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Triangles</source>
      <translation>Dreiecke</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>Try again later; if it persists, check the area (it must lie in NRW).</source>
      <translation>Versuchen Sie es später erneut; bleibt es, prüfen Sie das Gebiet (es muss in NRW liegen).</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>Try again later; if it persists, check the service URL.</source>
      <translation>Versuchen Sie es später erneut; bleibt es, prüfen Sie die Dienst-URL.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>Try again later; if it persists, lower 'max_size' of the service in the services override.</source>
      <translation>Versuchen Sie es später erneut; bleibt es, verringern Sie 'max_size' des Dienstes in der Überschreibung des Dienstkatalogs.</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>Unexpected error in {}: {}. The technical details are in the log panel 'NRW Digital Twin'; please report them to the plugin's issue tracker.</source>
      <translation>Unerwarteter Fehler in {}: {}. Die technischen Details stehen im Protokollbereich „NRW Digital Twin“; bitte melden Sie sie im Issue-Tracker des Plugins.</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>Unknown coordinate reference system '{}' in the WFS response. Check 'crs' in the services override.</source>
      <translation>Unbekanntes Koordinatenbezugssystem '{}' in der WFS-Antwort. Prüfen Sie 'crs' in der Überschreibung des Dienstkatalogs.</translation>
    </message>
    <message>
      <location filename="algorithms/opengeodata.py" />
      <source>Unknown product '{}'. Choose one of: {}.</source>
      <translation>Unbekanntes Produkt '{}'. Wählen Sie eines von: {}.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>Unknown scheduler '{}': use local:N, an address such as tcp://host:8786 or a scheduler file (.json).</source>
      <translation>Unbekannter Scheduler „{}“: Verwenden Sie local:N, eine Adresse wie tcp://host:8786 oder eine Scheduler-Datei (.json).</translation>
    </message>
    <message>
      <location filename="ui/service_layers.py" />
      <source>Unknown service kind '{}' of service '{}'. Fix the services override.</source>
      <translation>Unbekannte Dienstart '{}' des Dienstes '{}'. Korrigieren Sie die Überschreibung des Dienstkatalogs.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/irradiance.py" />
      <source>Unknown sky model {}; use one of {}.</source>
      <translation>Unbekanntes Himmelsmodell {}; verwenden Sie eines von {}.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/job.py" />
      <source>Unknown terrain product {}; use one of {}.</source>
      <translation>Unbekanntes Geländeprodukt {}; verwenden Sie eines von {}.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/job.py" />
      <source>Unknown tree product {}; use one of {}.</source>
      <translation>Unbekanntes Produkt für Bäume {}; verwenden Sie eines von {}.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Usable module area</source>
      <translation>Nutzbare Modulfläche</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Usable module area (m²)</source>
      <translation>Nutzbare Modulfläche (m²)</translation>
    </message>
    <message>
      <location filename="algorithms/solar/potential.py" />
      <source>Use at least 8 horizon sectors (72 recommended).</source>
      <translation>Verwenden Sie mindestens 8 Horizontsektoren (empfohlen: 72).</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>Use the visible map area.</source>
      <translation>Den sichtbaren Kartenausschnitt verwenden.</translation>
    </message>
    <message>
      <location filename="processing_provider/solar_parameters.py" />
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
      <location filename="ui/dock_results.py" />
      <source>View in the browser</source>
      <translation>Im Browser ansehen</translation>
    </message>
    <message>
      <location filename="ui/dock_results.py" />
      <source>Viewer opened: {}</source>
      <translation>Ansicht geöffnet: {}</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>Viewer page (index.html)</source>
      <translation>Viewer-Seite (index.html)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Volume</source>
      <translation>Volumen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingmetrics.py" />
      <source>Volume (m³)</source>
      <translation>Volumen (m³)</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>W</source>
      <translation>W</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Wait until the running task has finished, or cancel it.</source>
      <translation>Warten Sie, bis die laufende Aufgabe beendet ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>Waiting for a Dask worker to connect to the scheduler …</source>
      <translation>Warte darauf, dass sich ein Dask-Worker mit dem Scheduler verbindet …</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>Wall</source>
      <translation>Wand</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>Wall area (m²)</source>
      <translation>Wandfläche (m²)</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_printmesh.py" />
      <source>Watertight</source>
      <translation>Wasserdicht</translation>
    </message>
    <message>
      <location filename="processing_provider/solar_parameters.py" />
      <source>Weather file (PVGIS TMY CSV/JSON or EPW)</source>
      <translation>Wetterdatei (PVGIS-TMY CSV/JSON oder EPW)</translation>
    </message>
    <message>
      <location filename="algorithms/solar/run.py" />
      <source>Weather: {} — {:.0f} kWh/m² global, {:.0f} % diffuse.</source>
      <translation>Wetter: {} — {:.0f} kWh/m² global, {:.0f} % diffus.</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>Web map service of GEObasis.NRW (needs the internet).</source>
      <translation>Kartendienst von GEObasis.NRW (braucht Internet).</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>Web services of GEObasis.NRW (double-click adds the layer):</source>
      <translation>Webdienste von GEObasis.NRW (Doppelklick fügt den Layer hinzu):</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>Where LoD2 tiles are cached. Empty: the plugin's cache folder (setting nrw_digital_twin/cache_folder). With a cluster: a folder all workers can reach.</source>
      <translation>Wo LoD2-Kacheln zwischengespeichert werden. Leer: der Cache-Ordner des Plugins (Einstellung nrw_digital_twin/cache_folder). Mit einem Cluster: ein Ordner, den alle Worker erreichen.</translation>
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
      <source>Writes a 3D-printable model of an area: the terrain from a DEM (e.g. DGM1) or, without one, interpolated from the buildings' ground heights; the LoD1/LoD2 buildings of a surfaces layer (written by 'Import CityGML (LoD1/LoD2)') standing on it; and a base of the given thickness whose side walls follow the area outline (any polygon, with holes). STL and OBJ (colours in an MTL file) hold one closed, consistently oriented solid without self-intersections; a 3MF holds one object whose parts are the buildings (second extruder/filament) and the terrain with the base (first), coloured with standard 3MF materials, so slicers keep the parts in place.
Area: the polygons of an area layer, else the extent, else the buildings' extent plus 10 m.
Size: SIZE_MM is the longest side of the footprint; or give SCALE (1:N). Heights are multiplied by Z_EXAGGERATION. No part of a building is narrower than MIN_FEATURE_MM: thinner parts are removed, buildings that would vanish are thickened, or merged into the neighbour they touch when there is no room, or left out; each building is one body. Buildings rise at least MIN_HEIGHT_MM above the terrain. All of it is counted in the log. Building edges are exact to the 0.2 mm print grid; flat terrain is decimated to 0.05 mm height tolerance. BED_MM splits the model into tiles that fit a print bed; each tile is a closed solid and neighbouring tiles match along the cut. All files (tiles, MTL, preview) appear together or not at all.
Models over 1 m or under 10 mm are refused. The surfaces and the DEM must use a projected CRS in metres (EPSG:25832 in NRW).</source>
      <translation>Schreibt ein 3D-druckbares Modell eines Gebiets: das Gelände aus einem Geländemodell (z. B. DGM1) oder, ohne eines, aus den Bodenhöhen der Gebäude interpoliert; die LoD1/LoD2-Gebäude einer Flächenebene (geschrieben von 'CityGML importieren (LoD1/LoD2)') darauf stehend; und einen Sockel der angegebenen Dicke, dessen Seitenwände dem Gebietsumriss folgen (beliebiges Polygon, auch mit Löchern). STL und OBJ (Farben in einer MTL-Datei) enthalten einen geschlossenen, einheitlich orientierten Volumenkörper ohne Selbstdurchdringungen; eine 3MF-Datei enthält ein Objekt, dessen Teile die Gebäude (zweiter Extruder/Filament) und das Gelände mit Sockel (erster) sind, eingefärbt mit Standard-3MF-Materialien, sodass Slicer die Teile an ihrem Platz lassen.
Gebiet: die Polygone einer Gebietsebene, sonst die Ausdehnung, sonst die Ausdehnung der Gebäude plus 10 m.
Größe: SIZE_MM ist die längste Seite der Grundfläche; oder geben Sie SCALE (1:N) an. Höhen werden mit Z_EXAGGERATION multipliziert. Kein Teil eines Gebäudes ist schmaler als MIN_FEATURE_MM: Schmalere Teile werden entfernt, Gebäude, die verschwinden würden, werden verdickt, oder, wenn kein Platz ist, mit dem berührten Nachbarn vereinigt oder weggelassen; jedes Gebäude ist ein Körper. Gebäude ragen mindestens MIN_HEIGHT_MM über das Gelände. Alles wird im Protokoll gezählt. Gebäudekanten sind auf das 0,2-mm-Druckraster genau; ebenes Gelände wird mit 0,05 mm Höhentoleranz vereinfacht. BED_MM teilt das Modell in Kacheln, die auf ein Druckbett passen; jede Kachel ist ein geschlossener Körper, und benachbarte Kacheln passen am Schnitt zusammen. Alle Dateien (Kacheln, MTL, Vorschau) entstehen gemeinsam oder gar nicht.
Modelle über 1 m oder unter 10 mm werden abgelehnt. Die Flächen und das Geländemodell müssen ein projiziertes KBS in Metern verwenden (EPSG:25832 in NRW).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>Writes a report for one or more buildings as an HTML file and as a PDF made with a QGIS print layout, one page per building: a map excerpt (the basemap, e.g. the NRW orthophoto WMS, when given, otherwise the surfaces), an axonometric 3D sketch, the true 3D roof area in total and per orientation, facade areas, footprint, eaves and ridge height, roof pitches, volume, storeys and gross floor area (see 'Building measurements'), the solar potential of the roofs when a layer of 'Roof solar potential' is given, the ALKIS parcels under the building when a parcels layer is given, and the data sources with their licence.
Building id: one id or several separated by commas (the field building_id of the surfaces layer, e.g. DENW34AL00021cja).</source>
      <translation>Schreibt einen Bericht für ein oder mehrere Gebäude als HTML-Datei und als PDF, erstellt mit einem QGIS-Drucklayout, eine Seite je Gebäude: ein Kartenausschnitt (die Hintergrundkarte, z. B. der NRW-Luftbild-WMS, falls angegeben, sonst die Flächen), eine axonometrische 3D-Skizze, die echte 3D-Dachfläche insgesamt und je Ausrichtung, Fassadenflächen, Grundfläche, Trauf- und Firsthöhe, Dachneigungen, Volumen, Geschosse und Bruttogrundfläche (siehe „Gebäudeaufmaß“), das Solarpotenzial der Dächer, wenn ein Layer von „Solarpotenzial der Dächer“ angegeben ist, die ALKIS-Flurstücke unter dem Gebäude, wenn ein Flurstückslayer angegeben ist, sowie die Datenquellen mit ihrer Lizenz.
Gebäude-ID: eine ID oder mehrere, durch Kommas getrennt (das Feld building_id des Flächenlayers, z. B. DENW34AL00021cja).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>Writes the buildings as 3D Tiles 1.1 for web viewers (CesiumJS, deck.gl, QGIS 3.34+, ArcGIS): tileset.json, one glTF binary (.glb) per tile in the folder tiles/ and a viewer page index.html (CesiumJS from a public CDN, no account needed; ?local=1 loads a local copy from the folder cesium/). Tiles form a quadtree: each tile holds the 100 largest buildings of its square that no parent holds, so a viewer shows the large buildings of a whole town first and adds the small ones when zooming in. Positions are Earth-centred (EPSG:4978); DHHN2016 heights become ellipsoidal heights with the German quasigeoid GCG2016 (PROJ's grid when installed, otherwise the GCG2016 values for NRW shipped with the plugin). Roofs are coloured by the annual irradiation of the solar potential in the classes of the 2D style, walls and ground grey. Every building carries its id, function, address, height, roof area, irradiation, kWp, yield and suitability (glTF extensions EXT_mesh_features and EXT_structural_metadata), shown on click in the viewer. Open index.html through a web server (the dock's 'Im Browser ansehen' starts one). Method: docs/publish.md of the plugin.</source>
      <translation>Schreibt die Gebäude als 3D Tiles 1.1 für Web-Viewer (CesiumJS, deck.gl, QGIS 3.34+, ArcGIS): tileset.json, je Kachel ein glTF-Binärmodell (.glb) im Ordner tiles/ und eine Viewer-Seite index.html (CesiumJS von einem öffentlichen CDN, kein Konto nötig; ?local=1 lädt eine lokale Kopie aus dem Ordner cesium/). Die Kacheln bilden einen Quadtree: Jede Kachel enthält die 100 größten Gebäude ihres Quadrats, die keine übergeordnete Kachel enthält; ein Viewer zeigt so zuerst die großen Gebäude einer ganzen Stadt und ergänzt beim Heranzoomen die kleinen. Positionen sind erdzentriert (EPSG:4978); DHHN2016-Höhen werden mit dem deutschen Quasigeoid GCG2016 zu ellipsoidischen Höhen (PROJ-Gitter, wenn installiert, sonst die mit dem Plugin gelieferten GCG2016-Werte für NRW). Dächer sind nach der jährlichen Einstrahlung des Solarpotenzials in den Klassen des 2D-Stils gefärbt, Wände und Grundflächen grau. Jedes Gebäude trägt ID, Funktion, Adresse, Höhe, Dachfläche, Einstrahlung, kWp, Ertrag und Eignung (glTF-Erweiterungen EXT_mesh_features und EXT_structural_metadata), im Viewer per Klick angezeigt. Öffnen Sie index.html über einen Webserver („Im Browser ansehen“ im Bedienfeld startet einen). Methode: docs/publish.md des Plugins.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_exportcityjson.py" />
      <source>Writes the buildings as CityJSON 2.0 (file name ending .city.json) or as CityJSONSeq, one building per line (ending .city.jsonl), for cjio, QGIS's CityJSON loader, FME, 3DCityDB and web viewers. Buildings with parts get BuildingPart children; geometry is a LoD2 MultiSurface with semantic surfaces (RoofSurface, WallSurface, GroundSurface, ClosureSurface …), each with its surface_id and, on roofs, the values of the solar potential. Buildings carry function, roof type, measured height, address, roof area, irradiation, kWp, yield, suitability and all values of the buildings or measurements layer. Coordinates in the layer's CRS (EPSG:25832 in NRW, referenceSystem in the metadata) with millimetre precision (transform), heights DHHN2016 as delivered.</source>
      <translation>Schreibt die Gebäude als CityJSON 2.0 (Dateiname endet auf .city.json) oder als CityJSONSeq, ein Gebäude je Zeile (Endung .city.jsonl), für cjio, den CityJSON-Loader von QGIS, FME, 3DCityDB und Web-Viewer. Gebäude mit Teilen erhalten BuildingPart-Kinder; die Geometrie ist eine LoD2-MultiSurface mit semantischen Flächen (RoofSurface, WallSurface, GroundSurface, ClosureSurface …), jede mit ihrer surface_id und auf Dächern mit den Werten des Solarpotenzials. Gebäude tragen Funktion, Dachform, gemessene Höhe, Adresse, Dachfläche, Einstrahlung, kWp, Ertrag, Eignung und alle Werte des Gebäude- oder Messwertlayers. Koordinaten im KBS des Layers (EPSG:25832 in NRW, referenceSystem in den Metadaten) auf den Millimeter genau (transform), Höhen DHHN2016 wie geliefert.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Writing the report of building {} …</source>
      <translation>Bericht zu Gebäude {} wird geschrieben …</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_roofsolar.py" />
      <source>Yield (kWh/a)</source>
      <translation>Ertrag (kWh/a)</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/scale.py" />
      <source>Z_EXAGGERATION must be greater than 0 (1 = true heights).</source>
      <translation>Z_EXAGGERATION muss größer als 0 sein (1 = wahre Höhen).</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>Zoom to building</source>
      <translation>Zum Gebäude</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>a CityGML file with data after the end of its CityModel</source>
      <translation>eine CityGML-Datei mit Daten nach dem Ende ihres CityModel</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>a TIFF file without images</source>
      <translation>eine TIFF-Datei ohne Bilder</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/batch.py" />
      <source>a coordinate is NaN or infinite</source>
      <translation>eine Koordinate ist NaN oder unendlich</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/batch.py" />
      <source>a coordinate is not a number</source>
      <translation>eine Koordinate ist keine Zahl</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>a damaged JPEG 2000 file (boxes missing)</source>
      <translation>eine beschädigte JPEG-2000-Datei (Boxen fehlen)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>a damaged TIFF file (an image without data blocks)</source>
      <translation>eine beschädigte TIFF-Datei (ein Bild ohne Datenblöcke)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>a damaged TIFF file (block offsets and sizes do not match)</source>
      <translation>eine beschädigte TIFF-Datei (Blockpositionen und -größen passen nicht zusammen)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>a damaged TIFF file (its image directories form a loop)</source>
      <translation>eine beschädigte TIFF-Datei (ihre Bildverzeichnisse bilden eine Schleife)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>a damaged {} file ({})</source>
      <translation>eine beschädigte {}-Datei ({})</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/cityjson.py" />
      <source>a geometry instance refers to a missing template or vertex ({})</source>
      <translation>eine Geometrie-Instanz verweist auf eine fehlende Vorlage oder einen fehlenden Stützpunkt ({})</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/batch.py" />
      <source>a polygon without exterior ring</source>
      <translation>ein Polygon ohne äußeren Ring</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/batch.py" />
      <source>a posList has {:,} numbers, not a multiple of its dimension 3</source>
      <translation>eine posList hat {:,} Zahlen, kein Vielfaches ihrer Dimension 3</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/cityjson.py" />
      <source>a ring refers to vertices that do not exist</source>
      <translation>ein Ring verweist auf Stützpunkte, die es nicht gibt</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/batch.py" />
      <source>a ring with fewer than 3 distinct points</source>
      <translation>ein Ring mit weniger als 3 verschiedenen Punkten</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>a row has fewer values than the header {}</source>
      <translation>eine Zeile hat weniger Werte als die Kopfzeile {}</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/cityjson.py" />
      <source>a surface without rings</source>
      <translation>eine Fläche ohne Ringe</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>a web page (HTML) instead of a {} file</source>
      <translation>eine Webseite (HTML) statt einer {}-Datei</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>an XML document &lt;{}&gt; instead of a CityGML CityModel</source>
      <translation>ein XML-Dokument &lt;{}&gt; statt eines CityGML-CityModel</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/records.py" />
      <source>an area, volume or coordinate is not finite (coordinates too large?)</source>
      <translation>eine Fläche, ein Volumen oder eine Koordinate ist nicht endlich (Koordinaten zu groß?)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>an empty answer</source>
      <translation>eine leere Antwort</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>an empty file</source>
      <translation>eine leere Datei</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>an incomplete CityGML file (it does not end with the end tag of its CityModel)</source>
      <translation>eine unvollständige CityGML-Datei (sie endet nicht mit dem Endtag ihres CityModel)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>an incomplete JPEG 2000 file (its boxes reach past its {:,} bytes)</source>
      <translation>eine unvollständige JPEG-2000-Datei (ihre Boxen reichen über ihre {:,} Bytes hinaus)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>an incomplete JPEG 2000 file (its codestream does not end with an end marker)</source>
      <translation>eine unvollständige JPEG-2000-Datei (ihr Codestream endet nicht mit einer Endmarke)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>an incomplete JPEG image ({:,} bytes, no end marker)</source>
      <translation>ein unvollständiges JPEG-Bild ({:,} Bytes, keine Endmarke)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>an incomplete PNG image ({:,} bytes, no end chunk)</source>
      <translation>ein unvollständiges PNG-Bild ({:,} Bytes, kein End-Chunk)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>an incomplete TIFF file (its structure points past its {:,} bytes)</source>
      <translation>eine unvollständige TIFF-Datei (ihre Struktur verweist über ihre {:,} Bytes hinaus)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>an incomplete ZIP file (member {} reaches past its end)</source>
      <translation>eine unvollständige ZIP-Datei (der Eintrag {} reicht über ihr Ende hinaus)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>an incomplete or damaged ZIP file ({})</source>
      <translation>eine unvollständige oder beschädigte ZIP-Datei ({})</translation>
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
      <location filename="algorithms/download.py" />
      <source>cache folder</source>
      <translation>Cache-Ordner</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>column {} missing</source>
      <translation>Spalte {} fehlt</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>connection failed ({})</source>
      <translation>Verbindung fehlgeschlagen ({})</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/batch.py" />
      <source>coordinates far outside the area of use of {}</source>
      <translation>Koordinaten weit außerhalb des Gültigkeitsbereichs von {}</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>cut short ({:,} of {:,} bytes)</source>
      <translation>abgeschnitten ({:,} von {:,} Bytes)</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>data that is not XML (it starts with {})</source>
      <translation>Daten, die kein XML sind (sie beginnen mit {})</translation>
    </message>
    <message>
      <location filename="algorithms/content_check.py" />
      <source>data that is not a {} file (it starts with {})</source>
      <translation>Daten, die keine {}-Datei sind (sie beginnen mit {})</translation>
    </message>
    <message>
      <location filename="algorithms/solar/surface_model.py" />
      <source>degenerate geometry</source>
      <translation>entartete Geometrie</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>downloaded</source>
      <translation>heruntergeladen</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>estimated</source>
      <translation>geschätzt</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>estimated with {} m per storey</source>
      <translation>geschätzt mit {} m je Geschoss</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>flat</source>
      <translation>flach</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>from the cache</source>
      <translation>aus dem Cache</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>from the data</source>
      <translation>aus den Daten</translation>
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
      <location filename="algorithms/content_check.py" />
      <source>it cannot be read ({})</source>
      <translation>sie kann nicht gelesen werden ({})</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>latitude/longitude in degrees (EPSG:4326, latitude first)</source>
      <translation>geografische Breite/Länge in Grad (EPSG:4326, Breite zuerst)</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>local coordinates without geographic reference</source>
      <translation>lokale Koordinaten ohne geografischen Bezug</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>local processes: {}</source>
      <translation>lokale Prozesse: {}</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>longitude/latitude in degrees (EPSG:4326 or EPSG:4258)</source>
      <translation>geografische Länge/Breite in Grad (EPSG:4326 oder EPSG:4258)</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>longitude/latitude in degrees (EPSG:4326)</source>
      <translation>geografische Länge/Breite in Grad (EPSG:4326)</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
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
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>nDOM50 or DOM1 tiles add trees and other objects that shade the roofs.</source>
      <translation>nDOM50- oder DOM1-Kacheln fügen Bäume und andere Objekte hinzu, die die Dächer verschatten.</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>no 'Latitude', 'Longitude' and 'time(UTC),…' header found</source>
      <translation>keine Kopfzeilen 'Latitude', 'Longitude' und 'time(UTC),…' gefunden</translation>
    </message>
    <message>
      <location filename="algorithms/opengeodata.py" />
      <source>no answer</source>
      <translation>keine Antwort</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>no answer within {:g} s</source>
      <translation>keine Antwort innerhalb von {:g} s</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>no answer within {:g} s.</source>
      <translation>keine Antwort innerhalb von {:g} s.</translation>
    </message>
    <message>
      <location filename="ui/service_layers.py" />
      <source>no details</source>
      <translation>keine Einzelheiten</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>no features in the area {} (EPSG:25832).</source>
      <translation>keine Objekte im Gebiet {} (EPSG:25832).</translation>
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
      <location filename="algorithms/citygml/cityjson.py" />
      <source>no geometry (no surfaces, solid or multi-surface)</source>
      <translation>keine Geometrie (keine Flächen, kein Solid, keine MultiSurface)</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/parser.py" />
      <source>no namespace</source>
      <translation>kein Namensraum</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>none (no storeys)</source>
      <translation>keine (ohne Geschosse)</translation>
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
      <location filename="processing_provider/field_styles.py" />
      <source>not published</source>
      <translation>nicht veröffentlicht</translation>
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
      <location filename="algorithms/download.py" />
      <source>output folder</source>
      <translation>Ausgabeordner</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_buildingreport.py" />
      <source>parcels</source>
      <translation>Flurstücke</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>received {:,} bytes from {} but its index says {:,}</source>
      <translation>{:,} Bytes von {} empfangen, aber der Index nennt {:,}</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>request failed ({})</source>
      <translation>Anfrage fehlgeschlagen ({})</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>shaded</source>
      <translation>verschattet</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>suitable</source>
      <translation>geeignet</translation>
    </message>
    <message>
      <location filename="ui/dock_analyse.py" />
      <source>surfaces chosen</source>
      <translation>Flächen gewählt</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>synthetic year, GHI {:g} kWh/m² (Ineichen clear sky, {} turbidity)</source>
      <translation>synthetisches Jahr, Globalstrahlung {:g} kWh/m² (wolkenloser Himmel nach Ineichen, Trübung von {})</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>the answer from {} is {}.</source>
      <translation>die Antwort von {} ist {}.</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>the answer is a &lt;{}&gt; document, not a feature collection</source>
      <translation>die Antwort ist ein &lt;{}&gt;-Dokument, keine Objektsammlung</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>the answer is not valid XML or was cut off ({}).</source>
      <translation>die Antwort ist kein gültiges XML oder wurde abgeschnitten ({}).</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>the answer stopped for longer than {:g} s.</source>
      <translation>die Antwort stockte länger als {:g} s.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>the answer was empty.</source>
      <translation>die Antwort war leer.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>the column {} holds values that are not numbers</source>
      <translation>die Spalte {} enthält Werte, die keine Zahlen sind</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>the connection broke after {:,} bytes ({})</source>
      <translation>die Verbindung brach nach {:,} Bytes ab ({})</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>the connection broke off ({}).</source>
      <translation>die Verbindung brach ab ({}).</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>the connection ended after {:,} of {:,} bytes</source>
      <translation>die Verbindung endete nach {:,} von {:,} Bytes</translation>
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
      <location filename="algorithms/ogc_http.py" />
      <source>the request failed ({}).</source>
      <translation>die Anfrage ist fehlgeschlagen ({}).</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>the server answered HTTP {} {}.</source>
      <translation>der Server antwortete mit HTTP {} {}.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>the server cannot be reached ({}).</source>
      <translation>der Server ist nicht erreichbar ({}).</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>the server refused to resume (HTTP 416); starting again</source>
      <translation>der Server lehnte das Fortsetzen ab (HTTP 416); Neubeginn</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>the server resumed at byte {}, not {:,}; starting again</source>
      <translation>der Server setzte bei Byte {} fort, nicht bei {:,}; Neubeginn</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>the server sends {:,} bytes for {} but its index says {:,}: the file changed on the server. Run again with 'refresh the tile index' switched on, or later.</source>
      <translation>der Server sendet {:,} Bytes für {}, sein Index nennt aber {:,}: Die Datei hat sich auf dem Server geändert. Starten Sie erneut mit eingeschaltetem „Kachelindex aktualisieren“ oder später.</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>the server sent {}</source>
      <translation>der Server sandte {}</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>the service reported an error (HTTP {}): {}.</source>
      <translation>der Dienst meldete einen Fehler (HTTP {}): {}.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>the service reported an error: {}.</source>
      <translation>der Dienst meldete einen Fehler: {}.</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>the value '{}' {} is not a number</source>
      <translation>der Wert '{}' {} ist keine Zahl</translation>
    </message>
    <message>
      <location filename="processing_provider/raster_mosaic.py" />
      <source>the written file is {}</source>
      <translation>die geschriebene Datei ist {}</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>too small</source>
      <translation>zu klein</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>unexpected answer HTTP {} {}</source>
      <translation>unerwartete Antwort HTTP {} {}</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>unexpected answer of type '{}': {}.</source>
      <translation>unerwartete Antwort vom Typ '{}': {}.</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <location filename="algorithms/solar/weather.py" />
      <source>unknown extension '{}'</source>
      <translation>unbekannte Dateiendung '{}'</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/parser.py" />
      <source>uses srsName {}, unlike the rest of the file</source>
      <translation>verwendet den srsName {}, anders als der Rest der Datei</translation>
    </message>
    <message>
      <location filename="algorithms/solar/surface_model.py" />
      <source>vertical roof surface</source>
      <translation>senkrechte Dachfläche</translation>
    </message>
    <message>
      <location filename="processing_provider/field_styles.py" />
      <source>yes</source>
      <translation>ja</translation>
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
      <location filename="algorithms/printmesh/report.py" />
      <source>{:,} buildings lie outside the area or below the terrain.</source>
      <translation>{:,} Gebäude liegen außerhalb des Gebiets oder unter dem Gelände.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/report.py" />
      <source>{:,} buildings narrower than {:.1f} mm with no room to thicken them were left out ({:.1f} mm² of buildings left out in all).</source>
      <translation>{:,} Gebäude schmaler als {:.1f} mm ohne Platz zum Verdicken wurden weggelassen (insgesamt {:.1f} mm² Gebäude weggelassen).</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/build.py" />
      <source>{:,} buildings rise less than {:.1f} mm (two 0.2 mm layers) above the terrain and may not show in the print. A vertical exaggeration (Z_EXAGGERATION) of {:.1f} makes them all visible; or set MIN_HEIGHT_MM above 0 to lift them.</source>
      <translation>{:,} Gebäude ragen weniger als {:.1f} mm (zwei Schichten zu 0,2 mm) über das Gelände und sind im Druck womöglich nicht zu sehen. Eine Überhöhung (Z_EXAGGERATION) von {:.1f} macht sie alle sichtbar; oder setzen Sie MIN_HEIGHT_MM über 0, um sie anzuheben.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/report.py" />
      <source>{:,} buildings too small to stand alone at this scale were merged into the neighbour they touch.</source>
      <translation>{:,} Gebäude, die in diesem Maßstab zu klein sind, um allein zu stehen, wurden mit dem Nachbargebäude vereinigt, das sie berühren.</translation>
    </message>
    <message>
      <location filename="processing_provider/publish_layers.py" />
      <source>{:,} buildings were not found in the buildings layer.</source>
      <translation>{:,} Gebäude wurden im Gebäudelayer nicht gefunden.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/report.py" />
      <source>{:,} degenerate polygons (fewer than 3 points or no area) were left out.</source>
      <translation>{:,} entartete Polygone (weniger als 3 Punkte oder ohne Fläche) wurden weggelassen.</translation>
    </message>
    <message>
      <location filename="algorithms/printmesh/report.py" />
      <source>{:,} pieces of buildings joined only by a part narrower than {:.1f} mm: {:,} merged into the building they touch, {:,} left out.</source>
      <translation>{:,} Gebäudestücke, die nur über einen Teil schmaler als {:.1f} mm verbunden waren: {:,} mit dem berührten Gebäude vereinigt, {:,} weggelassen.</translation>
    </message>
    <message>
      <location filename="algorithms/publish/quasigeoid.py" />
      <source>{:,} points lie outside the quasigeoid GCG2016; their heights use the global geoid EGM96, which differs from GCG2016 by up to 0.6 m in NRW.</source>
      <translation>{:,} Punkte liegen außerhalb des Quasigeoids GCG2016; ihre Höhen verwenden das globale Geoid EGM96, das in NRW bis zu 0,6 m von GCG2016 abweicht.</translation>
    </message>
    <message>
      <location filename="algorithms/publish/quasigeoid.py" />
      <source>{:,} points near {:.4f}° E, {:.4f}° N lie outside the German quasigeoid GCG2016 bundled for NRW. Install PROJ's grids de_bkg_gcg2016.tif and egm96_15.gtx (projsync) to export them.</source>
      <translation>{:,} Punkte bei {:.4f}° O, {:.4f}° N liegen außerhalb des für NRW mitgelieferten deutschen Quasigeoids GCG2016. Installieren Sie die PROJ-Gitter de_bkg_gcg2016.tif und egm96_15.gtx (projsync), um sie zu exportieren.</translation>
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
      <location filename="algorithms/batch/runner.py" />
      <source>{:,}/{:,} {}: {:,} roof surfaces, {:,} suitable, {:,.1f} kWp ({:.1f} s, {}).</source>
      <translation>{:,}/{:,} {}: {:,} Dachflächen, {:,} geeignet, {:,.1f} kWp ({:.1f} s, {}).</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>{:,}/{:,} {}: {} ({})</source>
      <translation>{:,}/{:,} {}: {} ({})</translation>
    </message>
    <message>
      <location filename="algorithms/batch/runner.py" />
      <source>{:,}/{:,} {}: {} — {}</source>
      <translation>{:,}/{:,} {}: {} — {}</translation>
    </message>
    <message>
      <location filename="algorithms/solar/surface_model.py" />
      <source>{:.1f} % of the area lies outside the DEM; there terrain comes from the buildings' ground heights.</source>
      <translation>{:.1f} % des Gebiets liegen außerhalb des Geländemodells; dort wird das Gelände aus den Geländehöhen der Gebäude abgeleitet.</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>{area} km², 1 tile</source>
      <translation>{area} km², 1 Kachel</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>{area} km², tiles of OpenGeodata.NRW: {tiles}</source>
      <translation>{area} km², Kacheln von OpenGeodata.NRW: {tiles}</translation>
    </message>
    <message>
      <location filename="ui/dock_area.py" />
      <source>{area} km², {tiles} tiles</source>
      <translation>{area} km², {tiles} Kacheln</translation>
    </message>
    <message>
      <location filename="ui/building_card.py" />
      <source>{roofs} roof surfaces, {suitable} suitable: {kwp} kWp, {energy} kWh per year</source>
      <translation>{roofs} Dachflächen, {suitable} geeignet: {kwp} kWp, {energy} kWh im Jahr</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>{step} failed: {error}</source>
      <translation>{step} fehlgeschlagen: {error}</translation>
    </message>
    <message>
      <location filename="ui/workflow.py" />
      <source>{triangles} triangles, {w} × {d} × {h} mm</source>
      <translation>{triangles} Dreiecke, {w} × {d} × {h} mm</translation>
    </message>
    <message>
      <location filename="ui/tasks.py" />
      <source>{} (an internal error; details are in the log panel, tab 'NRW Digital Twin').</source>
      <translation>{} (ein interner Fehler; Details stehen im Protokollbedienfeld, Reiter „NRW Digital Twin“).</translation>
    </message>
    <message>
      <location filename="algorithms/wms.py" />
      <source>{} (tile {:,} of {:,})</source>
      <translation>{} (Kachel {:,} von {:,})</translation>
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
      <location filename="algorithms/sensors/catalogue.py" />
      <source>{} ({})</source>
      <translation>{} ({})</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>{} ({}), {}: the area needs more than {:,} requests ({:,} features so far). Choose a smaller area or raise 'Maximum number of requests'.</source>
      <translation>{} ({}), {}: Das Gebiet braucht mehr als {:,} Anfragen (bisher {:,} Objekte). Wählen Sie ein kleineres Gebiet oder erhöhen Sie „Höchstzahl der Anfragen“.</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>{} ({}), {}: the server ignores the area (BBOX) when an answer reaches its limit of {:,} features: {:,} of the first {:,} features it sent for the box {} lie outside it, so splitting the area cannot get the rest. Raise 'max_features' of the service in the services override to the server's own limit, or download a smaller area.</source>
      <translation>{} ({}), {}: Der Server übergeht das Gebiet (BBOX), wenn eine Antwort seine Höchstzahl von {:,} Objekten erreicht: {:,} der ersten {:,} Objekte, die er für das Rechteck {} sandte, liegen außerhalb davon; durch Teilen des Gebiets ist der Rest nicht zu bekommen. Setzen Sie 'max_features' des Dienstes in der Überschreibung des Dienstkatalogs auf die Höchstzahl des Servers oder laden Sie ein kleineres Gebiet.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>{} ({}), {}: {} {}</source>
      <translation>{} ({}), {}: {} {}</translation>
    </message>
    <message>
      <location filename="ui/service_layers.py" />
      <source>{} ({}): QGIS cannot open the layer '{}' ({}). Check the internet connection and the proxy (QGIS Settings → Options → Network); if a services override is set, check its URL.</source>
      <translation>{} ({}): QGIS kann den Layer '{}' nicht öffnen ({}). Prüfen Sie die Internetverbindung und den Proxy (QGIS Einstellungen → Optionen → Netzwerk); ist eine Überschreibung des Dienstkatalogs gesetzt, prüfen Sie deren URL.</translation>
    </message>
    <message>
      <location filename="algorithms/wcs.py" />
      <source>{} ({}): WCS version {} is not supported; set 'version' to 2.0.1 or 1.0.0 in the services override.</source>
      <translation>{} ({}): WCS-Version {} wird nicht unterstützt; setzen Sie 'version' in der Überschreibung des Dienstkatalogs auf 2.0.1 oder 1.0.0.</translation>
    </message>
    <message>
      <location filename="processing_provider/raster_mosaic.py" />
      <source>{} ({}): no tiles were returned.</source>
      <translation>{} ({}): Es kamen keine Kacheln zurück.</translation>
    </message>
    <message>
      <location filename="processing_provider/raster_mosaic.py" />
      <source>{} ({}): the answer from {} cannot be read as an image ({}). Try again later; if it persists, check the output format and lower 'max_size' of the service in the services override.</source>
      <translation>{} ({}): Die Antwort von {} lässt sich nicht als Bild lesen ({}). Versuchen Sie es später erneut; bleibt es, prüfen Sie das Ausgabeformat und verringern Sie 'max_size' des Dienstes in der Überschreibung des Dienstkatalogs.</translation>
    </message>
    <message>
      <location filename="processing_provider/raster_mosaic.py" />
      <source>{} ({}): the answer from {} covers {} at {:g} m per pixel instead of {} at {:g} m per pixel. Check 'axis_labels' and lower 'max_size' of the service in the services override.</source>
      <translation>{} ({}): Die Antwort von {} deckt {} mit {:g} m pro Pixel ab statt {} mit {:g} m pro Pixel. Prüfen Sie 'axis_labels' und verringern Sie 'max_size' des Dienstes in der Überschreibung des Dienstkatalogs.</translation>
    </message>
    <message>
      <location filename="processing_provider/raster_mosaic.py" />
      <source>{} ({}): the answer from {} has {:,} × {:,} pixels instead of {:,} × {:,}. Lower 'max_size' of the service in the services override.</source>
      <translation>{} ({}): Die Antwort von {} hat {:,} × {:,} Pixel statt {:,} × {:,}. Verringern Sie 'max_size' des Dienstes in der Überschreibung des Dienstkatalogs.</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>{} Gave up after {:,} tries.</source>
      <translation>{} Nach {:,} Versuchen aufgegeben.</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>{} The incomplete download stays as {} and resumes on the next run (or choose another cache folder: setting '{}').</source>
      <translation>{} Der unvollständige Download bleibt als {} erhalten und wird beim nächsten Lauf fortgesetzt (oder wählen Sie einen anderen Cache-Ordner: Einstellung '{}').</translation>
    </message>
    <message>
      <location filename="algorithms/ogc_http.py" />
      <source>{} Trying again in {:.1f} s (try {:,} of {:,}).</source>
      <translation>{} Neuer Versuch in {:.1f} s (Versuch {:,} von {:,}).</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>{} after {:,} tries</source>
      <translation>{} nach {:,} Versuchen</translation>
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
      <location filename="processing_provider/alg_exportcityjson.py" />
      <source>{} buildings ({} parts) with {} surfaces: {}</source>
      <translation>{} Gebäude ({} Teile) mit {} Flächen: {}</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>{} buildings had no gml:id; they got generated ids (file name and number).</source>
      <translation>{} Gebäude hatten keine gml:id; sie erhielten erzeugte IDs (Dateiname und Nummer).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_importcitygml.py" />
      <source>{} buildings had rings oriented inward (clockwise seen from outside); they were turned so roofs face up.</source>
      <translation>{} Gebäude hatten nach innen orientierte Ringe (von außen gesehen im Uhrzeigersinn); sie wurden umgedreht, sodass die Dächer nach oben zeigen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>{} buildings lie outside the area and were left out.</source>
      <translation>{} Gebäude liegen außerhalb des Gebiets und wurden ausgelassen.</translation>
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
      <source>{} buildings were skipped because they are broken (listed above).</source>
      <translation>{} Gebäude wurden übersprungen, weil sie fehlerhaft sind (oben aufgeführt).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>{} buildings without a drawable polygon were left out: {}</source>
      <translation>{} Gebäude ohne darstellbares Polygon wurden ausgelassen: {}</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/parser.py" />
      <source>{} contains no XML element. Download it again.</source>
      <translation>{} enthält kein XML-Element. Laden Sie die Datei erneut herunter.</translation>
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
      <location filename="algorithms/citygml/sources.py" />
      <source>{} declares XML entities in a DOCTYPE, which CityGML files never do; it was refused for safety (entity expansion or external file access). Use the original file of the data provider.</source>
      <translation>{} deklariert XML-Entitäten in einem DOCTYPE, was CityGML-Dateien nie tun; die Datei wurde aus Sicherheitsgründen abgelehnt (Entitätsexpansion oder Zugriff auf externe Dateien). Verwenden Sie die Originaldatei des Datenanbieters.</translation>
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
      <location filename="algorithms/citygml/sources.py" />
      <source>{} is CityGML {}, which this import does not read (it reads CityGML 1.0, 2.0 and 3.0). Convert the file, e.g. with citygml-tools.</source>
      <translation>{} ist CityGML {}, das dieser Import nicht liest (er liest CityGML 1.0, 2.0 und 3.0). Konvertieren Sie die Datei, z. B. mit citygml-tools.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/cityjson.py" />
      <source>{} is CityJSON {}, which this import does not read (it reads CityJSON 1.0, 1.1 and 2.0). Upgrade it with cjio (cjio file.json upgrade save out.city.json).</source>
      <translation>{} ist CityJSON {}, das dieser Import nicht liest (er liest CityJSON 1.0, 1.1 und 2.0). Aktualisieren Sie die Datei mit cjio (cjio file.json upgrade save out.city.json).</translation>
    </message>
    <message>
      <location filename="algorithms/errors.py" />
      <source>{} is a folder, not a file.</source>
      <translation>{} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/sources.py" />
      <source>{} is a folder; choose the CityGML or CityJSON files in it (.gml, .xml, .gz, .zip, .json).</source>
      <translation>{} ist ein Ordner; wählen Sie die CityGML- oder CityJSON-Dateien darin (.gml, .xml, .gz, .zip, .json).</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/parser.py" />
      <source>{} is broken or incomplete at {} — probably a truncated download. Download it again.</source>
      <translation>{} ist fehlerhaft oder unvollständig bei {} – vermutlich ein abgebrochener Download. Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/sources.py" />
      <source>{} is damaged: its compressed data cannot be read ({}). Download it again.</source>
      <translation>{} ist beschädigt: die komprimierten Daten sind nicht lesbar ({}). Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/parser.py" />
      <source>{} is no CityGML file: its root element is &lt;{}&gt; ({}), not CityModel of CityGML 1.0, 2.0 or 3.0.</source>
      <translation>{} ist keine CityGML-Datei: ihr Wurzelelement ist &lt;{}&gt; ({}), nicht CityModel von CityGML 1.0, 2.0 oder 3.0.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/cityjson.py" />
      <source>{} is no CityJSON file (its type is {}).</source>
      <translation>{} ist keine CityJSON-Datei (ihr Typ ist {}).</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>{} is not a coordinate reference system PROJ knows: {}</source>
      <translation>{} ist kein Koordinatenbezugssystem, das PROJ kennt: {}</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/cityjson.py" />
      <source>{} is not a readable JSON/CityJSON file ({}). Download it again.</source>
      <translation>{} ist keine lesbare JSON-/CityJSON-Datei ({}). Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/parser.py" />
      <source>{} is not a readable XML/CityGML file ({}). Check that it is a CityGML file and download it again if needed.</source>
      <translation>{} ist keine lesbare XML-/CityGML-Datei ({}). Prüfen Sie, ob es eine CityGML-Datei ist, und laden Sie sie gegebenenfalls erneut herunter.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/sources.py" />
      <source>{} is not a readable ZIP archive ({}). Download it again.</source>
      <translation>{} ist kein lesbares ZIP-Archiv ({}). Laden Sie es erneut herunter.</translation>
    </message>
    <message>
      <location filename="algorithms/errors.py" />
      <source>{} is on a read-only file system. Choose another folder.</source>
      <translation>{} liegt auf einem schreibgeschützten Dateisystem. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/sources.py" />
      <source>{} is pre-standard CityGML 0.x (namespace {}), which this import does not read (it reads CityGML 1.0, 2.0 and 3.0). Convert the file, e.g. with citygml-tools.</source>
      <translation>{} ist CityGML 0.x aus der Zeit vor dem Standard (Namensraum {}), das dieser Import nicht liest (er liest CityGML 1.0, 2.0 und 3.0). Konvertieren Sie die Datei, z. B. mit citygml-tools.</translation>
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
      <location filename="algorithms/citygml/cityjson.py" />
      <source>{} line {:,} is not readable JSON ({}). Download the file again.</source>
      <translation>{} Zeile {:,} ist kein lesbares JSON ({}). Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>{} lists no {} file for tile {}.</source>
      <translation>{} führt keine {}-Datei für die Kachel {}.</translation>
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
      <location filename="algorithms/citygml/crs.py" />
      <source>{} must be a projected or geographic CRS, not {}.</source>
      <translation>{} muss ein projiziertes oder geografisches KBS sein, nicht {}.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>{} names no coordinate reference system (no srsName). Set the parameter SOURCE_CRS (Source CRS) to the CRS of its coordinates; the import does not guess it.</source>
      <translation>{} nennt kein Koordinatenbezugssystem (kein srsName). Setzen Sie den Parameter SOURCE_CRS (Quell-KBS) auf das KBS ihrer Koordinaten; der Import rät es nicht.</translation>
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
      <location filename="processing_provider/alg_batchsolar.py" />
      <source>{} of {} tiles failed (see summary.csv); run the algorithm again to retry them.</source>
      <translation>{} von {} Kacheln fehlgeschlagen (siehe summary.csv); führen Sie den Algorithmus erneut aus, um sie nachzuholen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>{} polygons without area were left out.</source>
      <translation>{} Polygone ohne Fläche wurden ausgelassen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_exportcityjson.py" />
      <source>{} rings with fewer than 3 distinct points at millimetre precision were left out.</source>
      <translation>{} Ringe mit weniger als 3 verschiedenen Punkten auf Millimeter genau wurden ausgelassen.</translation>
    </message>
    <message>
      <location filename="ui/dock_results.py" />
      <source>{} runs</source>
      <translation>{} Läufe</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_export3dtiles.py" />
      <source>{} self-intersecting polygons were triangulated as a fan; check them in the source data.</source>
      <translation>{} sich selbst schneidende Polygone wurden als Fächer trianguliert; prüfen Sie sie in den Quelldaten.</translation>
    </message>
    <message>
      <location filename="ui/dock_data.py" />
      <source>{} sensor locations loaded.</source>
      <translation>{} Sensorstandorte geladen.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_sensors.py" />
      <source>{} sensor locations with {} datastreams from {} ({} requests, {} pages).</source>
      <translation>{} Sensorstandorte mit {} Datenströmen von {} ({} Anfragen, {} Seiten).</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>{} tiles cover the area.</source>
      <translation>{} Kacheln decken das Gebiet ab.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>{} uses the geocentric CRS {}; convert the file to a projected or geographic CRS.</source>
      <translation>{} verwendet das geozentrische KBS {}; konvertieren Sie die Datei in ein projiziertes oder geografisches KBS.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>{} uses the unknown coordinate reference system srsName="{}". Known are all EPSG codes of PROJ (urn:ogc:def:crs:EPSG::25832, http://www.opengis.net/def/crs/EPSG/0/25832, compound forms) and AdV URNs (urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH). Set the parameter SOURCE_CRS (Source CRS) to the CRS of the coordinates, or correct the srsName.</source>
      <translation>{} verwendet das unbekannte Koordinatenbezugssystem srsName="{}". Bekannt sind alle EPSG-Codes von PROJ (urn:ogc:def:crs:EPSG::25832, http://www.opengis.net/def/crs/EPSG/0/25832, zusammengesetzte Formen) und AdV-URNs (urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH). Setzen Sie den Parameter SOURCE_CRS (Quell-KBS) auf das KBS der Koordinaten oder korrigieren Sie den srsName.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/reader.py" />
      <source>{} uses {} ({}), which is not in metres; areas, tilts and volumes are measured in {} ({}).</source>
      <translation>{} verwendet {} ({}), das nicht in Metern rechnet; Flächen, Neigungen und Volumen werden in {} ({}) gemessen.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>{} writes easting/longitude first although {} defines northing/latitude first; read as written.</source>
      <translation>{} schreibt Rechtswert/Länge zuerst, obwohl {} Hochwert/Breite zuerst festlegt; gelesen wie geschrieben.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/crs.py" />
      <source>{} writes northing/latitude first; read with the axes swapped.</source>
      <translation>{} schreibt Hochwert/Breite zuerst; mit vertauschten Achsen gelesen.</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>{} {}</source>
      <translation>{} {}</translation>
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
      <location filename="algorithms/wfs.py" />
      <source>{}.</source>
      <translation>{}.</translation>
    </message>
    <message>
      <location filename="algorithms/services.py" />
      <source>{}: 'layers' must be a list or an object keyed by layer name.</source>
      <translation>{}: 'layers' muss eine Liste oder ein Objekt mit Layernamen als Schlüsseln sein.</translation>
    </message>
    <message>
      <location filename="algorithms/services.py" />
      <source>{}: 'services' must be an object keyed by service id or a list of entries.</source>
      <translation>{}: 'services' muss ein Objekt mit Dienst-IDs als Schlüsseln oder eine Liste von Einträgen sein.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/reader.py" />
      <source>{}: SOURCE_CRS {} is used instead of the file's srsName {}.</source>
      <translation>{}: SOURCE_CRS {} wird anstelle des srsName {} der Datei verwendet.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: access denied (HTTP 403 at {}). The platform is not public or blocks this request: ask its operator for access, or choose a public source.</source>
      <translation>{}: Zugriff verweigert (HTTP 403 bei {}). Die Plattform ist nicht öffentlich oder sperrt diese Anfrage: bitten Sie den Betreiber um Zugang oder wählen Sie eine öffentliche Quelle.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/cityjson.py" />
      <source>{}: building {} skipped: {}</source>
      <translation>{}: Gebäude {} übersprungen: {}</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: no answer to {} within {:.0f} s ({:,} tries). The service may be overloaded: try again later or with a smaller area.</source>
      <translation>{}: keine Antwort auf {} innerhalb von {:.0f} s ({:,} Versuche). Der Dienst ist vielleicht überlastet: versuchen Sie es später oder mit einem kleineren Gebiet erneut.</translation>
    </message>
    <message>
      <location filename="algorithms/opengeodata.py" />
      <source>{}: not a valid index ({})</source>
      <translation>{}: kein gültiger Index ({})</translation>
    </message>
    <message>
      <location filename="algorithms/services.py" />
      <source>{}: service '{}' is not in the catalogue; a new entry needs 'kind', 'url' and 'layers'.</source>
      <translation>{}: Der Dienst '{}' ist nicht im Katalog; ein neuer Eintrag braucht 'kind', 'url' und 'layers'.</translation>
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
      <location filename="algorithms/wfs.py" />
      <source>{}: the box {} still reaches the limit of {:,} features at the smallest split size; some features may be missing there.</source>
      <translation>{}: Das Rechteck {} erreicht auch bei der kleinsten Teilung die Höchstzahl von {:,} Objekten; dort fehlen vielleicht Objekte.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/jsonhttp.py" />
      <source>{}: the connection broke off while reading {} ({}; {:,} tries). Try again later.</source>
      <translation>{}: die Verbindung brach beim Lesen von {} ab ({}; {:,} Versuche). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/batch.py" />
      <source>{}: the coordinates could not be read.</source>
      <translation>{}: Die Koordinaten konnten nicht gelesen werden.</translation>
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
      <location filename="algorithms/citygml/sources.py" />
      <source>{}: the member {} would unpack to {:,} bytes (ratio {:.0f}:1); refused as a possible ZIP bomb.</source>
      <translation>{}: Der Eintrag {} würde auf {:,} Byte entpackt (Verhältnis {:.0f}:1); als mögliche ZIP-Bombe abgelehnt.</translation>
    </message>
    <message>
      <location filename="algorithms/sensors/catalogue.py" />
      <source>{}: the new sensor source '{}' needs at least a 'url' (and a 'kind': sta or opensensemap).</source>
      <translation>{}: die neue Sensorquelle „{}“ braucht mindestens eine „url“ (und eine „kind“: sta oder opensensemap).</translation>
    </message>
    <message>
      <location filename="algorithms/services.py" />
      <source>{}: the override of service '{}' must be a JSON object.</source>
      <translation>{}: Die Überschreibung des Dienstes '{}' muss ein JSON-Objekt sein.</translation>
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
      <location filename="algorithms/services.py" />
      <source>{}: the services override must be a JSON object with a 'services' member.</source>
      <translation>{}: Die Überschreibung des Dienstkatalogs muss ein JSON-Objekt mit einem Eintrag 'services' sein.</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/cityjson.py" />
      <source>{}: the vertices are not x, y, z numbers ({}).</source>
      <translation>{}: Die Stützpunkte sind keine x-, y-, z-Zahlen ({}).</translation>
    </message>
    <message>
      <location filename="algorithms/citygml/gml.py" />
      <source>{}: xlink:href="#{}" points to no polygon in the building</source>
      <translation>{}: xlink:href="#{}" verweist auf kein Polygon im Gebäude</translation>
    </message>
    <message>
      <location filename="algorithms/wfs.py" />
      <source>{}: {:,} features from {:,} requests ({:,} splits at the limit of {:,}, {:,} duplicates skipped, {:,} tried again).</source>
      <translation>{}: {:,} Objekte aus {:,} Anfragen ({:,} Teilungen bei der Höchstzahl von {:,}, {:,} Doppelte übersprungen, {:,} wiederholt).</translation>
    </message>
    <message>
      <location filename="algorithms/wms.py" />
      <source>{}: {:,} {} request(s) of at most {:,} × {:,} pixels.</source>
      <translation>{}: {:,} {}-Anfrage(n) von höchstens {:,} × {:,} Pixeln.</translation>
    </message>
    <message>
      <location filename="algorithms/opengeodata.py" />
      <source>{}: {}</source>
      <translation>{}: {}</translation>
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
      <location filename="algorithms/citygml/gml.py" />
      <source>{}: {}D coordinates; buildings need x, y and height</source>
      <translation>{}: {}D-Koordinaten; Gebäude brauchen x, y und Höhe</translation>
    </message>
    <message>
      <location filename="algorithms/download.py" />
      <source>{}; gave up after {:,} tries</source>
      <translation>{}; nach {:,} Versuchen aufgegeben</translation>
    </message>
    <message>
      <location filename="algorithms/opengeodata.py" />
      <source>{}; {}</source>
      <translation>{}; {}</translation>
    </message>
  </context>
</TS>
