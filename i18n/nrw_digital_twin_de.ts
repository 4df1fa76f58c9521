<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>nrwtwin</name>
    <message>
      <location filename="plugin.py" />
      <source>&amp;NRW Digital Twin</source>
      <translation>&amp;Digitaler Zwilling NRW</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>3D print</source>
      <translation>3D-Druck</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Add tile grid layer</source>
      <translation>Kachelgitter als Layer hinzufügen</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>Area</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>Area to cover, in any CRS; it is reprojected to EPSG:25832.</source>
      <translation>Abzudeckendes Gebiet in beliebigem KBS; es wird nach EPSG:25832 transformiert.</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>Creates the polygons of the 1 km × 1 km tiles of OpenGeodata.NRW (ETRS89/UTM32N, EPSG:25832) that cover an area. Tiles are named by their south-west corner in km, e.g. 32_404_5746. The area may be given in any coordinate reference system; it must lie in North Rhine-Westphalia and cover at most 2,000 tiles.</source>
      <translation>Erzeugt die Polygone der 1 km × 1 km großen Kacheln von OpenGeodata.NRW (ETRS89/UTM32N, EPSG:25832), die ein Gebiet abdecken. Kacheln sind nach ihrer Südwestecke in km benannt, z. B. 32_404_5746. Das Gebiet kann in jedem Koordinatenbezugssystem angegeben werden; es muss in Nordrhein-Westfalen liegen und darf höchstens 2.000 Kacheln umfassen.</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>Data</source>
      <translation>Daten</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>Data: © GEObasis.NRW, licence Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</source>
      <translation>Daten: © GEObasis.NRW, Lizenz Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0).</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Drag a rectangle on the map to choose the area.</source>
      <translation>Ziehen Sie ein Rechteck in der Karte auf, um das Gebiet zu wählen.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Draw rectangle</source>
      <translation>Rechteck zeichnen</translation>
    </message>
    <message>
      <location filename="processing_provider/base.py" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="plugin.py" />
      <source>NRW Digital Twin</source>
      <translation>Digitaler Zwilling NRW</translation>
    </message>
    <message>
      <location filename="processing_provider/provider.py" />
      <source>NRW Digital Twin: open geodata of North Rhine-Westphalia as a digital twin</source>
      <translation>Digitaler Zwilling NRW: offene Geodaten Nordrhein-Westfalens als digitaler Zwilling</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>NRW tile grid for an area</source>
      <translation>NRW-Kachelgitter für ein Gebiet</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>No area chosen yet.</source>
      <translation>Noch kein Gebiet gewählt.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Runs 'NRW tile grid for an area' and adds the tiles as a layer.</source>
      <translation>Führt „NRW-Kachelgitter für ein Gebiet“ aus und fügt die Kacheln als Layer hinzu.</translation>
    </message>
    <message>
      <location filename="plugin.py" />
      <source>Show the NRW Digital Twin dock (Digitaler Zwilling NRW)</source>
      <translation>Bedienfeld „Digitaler Zwilling NRW“ anzeigen</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>Tile grid</source>
      <translation>Kachelgitter</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Use map extent</source>
      <translation>Kartenausschnitt verwenden</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>Use the visible map area.</source>
      <translation>Den sichtbaren Kartenausschnitt verwenden.</translation>
    </message>
    <message>
      <location filename="ui/dock.py" />
      <source>{area:.2f} km², {tiles} tiles of OpenGeodata.NRW</source>
      <translation>{area:.2f} km², {tiles} Kacheln von OpenGeodata.NRW</translation>
    </message>
    <message>
      <location filename="processing_provider/alg_tilegrid.py" />
      <source>{} tiles cover the area.</source>
      <translation>{} Kacheln decken das Gebiet ab.</translation>
    </message>
  </context>
</TS>
