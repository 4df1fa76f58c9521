<?xml version="1.0" encoding="UTF-8"?>

<CityModel xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/1.0" xmlns:pfx0="http://www.citygml.org/citygml/profiles/base/1.0" xmlns:luse="http://www.opengis.net/citygml/landuse/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/1.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/1.0" xmlns:dem="http://www.opengis.net/citygml/relief/1.0" xmlns:tran="http://www.opengis.net/citygml/transportation/1.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/1.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:bldg="http://www.opengis.net/citygml/building/1.0" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:app="http://www.opengis.net/citygml/appearance/1.0" xmlns:veg="http://www.opengis.net/citygml/vegetation/1.0" xmlns:gml="http://www.opengis.net/gml" xmlns:gen="http://www.opengis.net/citygml/generics/1.0" 
>
<gml:boundedBy>
<gml:Envelope srsName="urn:ogc:def,crs::EPSG:31467" srsDimension="3">
<gml:lowerCorner>3451262.25 5429191.75 113.955</gml:lowerCorner>
<gml:upperCorner>3451512.81 5429447.76 139.809</gml:upperCorner>
</gml:Envelope>
</gml:boundedBy>
<cityObjectMember>
<bldg:Building gml:id="A08212000048050110_______">
<gml:name>A08212000048050110_______</gml:name>
<gen:stringAttribute name="citygml_roof_type_codeSpace">
<gen:value>http://www.sig3d.org/codelists/standard/building/2.0/_AbstractBuilding_roofType.xml</gen:value>
</gen:stringAttribute>
<gen:stringAttribute name="EavesHeight">
<gen:value>121.273</gen:value>
</gen:stringAttribute>
<gen:stringAttribute name="RigdeHeight">
<gen:value>123.351</gen:value>
</gen:stringAttribute>
<bldg:roofType>1030</bldg:roofType>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-afb46b8c-fd22-440b-a660-974bf6e2b3d2">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeoc8aa7a17-8eea-40b1-b593-0715da8a3653" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo245105">
<gml:exterior>
<gml:LinearRing gml:id="ringID245105">
<gml:posList>3451452.71 5429377.57 121.273 3451448.85 5429372.18 121.273 3451448.85 5429372.18 114.488 3451452.71 5429377.57 114.488 3451452.71 5429377.57 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-95bb0f5d-4877-4991-a0fa-732b685685fb">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo057c2fb8-f710-480e-a667-9fc13154ce98" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo245106">
<gml:exterior>
<gml:LinearRing gml:id="ringID245106">
<gml:posList>3451448.85 5429372.18 121.273 3451440.75 5429378.04 121.273 3451440.75 5429378.04 114.488 3451448.85 5429372.18 114.488 3451448.85 5429372.18 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-c21cb2c8-7e6c-498a-81ee-4b2703daf4c4">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeofe190c2e-9bf5-4fef-923b-244e4aeab44f" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo245107">
<gml:exterior>
<gml:LinearRing gml:id="ringID245107">
<gml:posList>3451440.75 5429378.04 121.273 3451444.6 5429383.4 121.273 3451444.6 5429383.4 114.488 3451440.75 5429378.04 114.488 3451440.75 5429378.04 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-e7deb7dc-2822-4a0a-80af-7e61d69c8451">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeod77a87db-7cb1-4bb6-ae60-1b8d6f618a98" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo245108">
<gml:exterior>
<gml:LinearRing gml:id="ringID245108">
<gml:posList>3451444.6 5429383.4 121.273 3451452.71 5429377.57 121.273 3451452.71 5429377.57 114.488 3451444.6 5429383.4 114.488 3451444.6 5429383.4 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-6fa7443d-cf3e-430b-85ee-a27b2fd7ce06">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo34175f31-690a-49f5-b75f-968bfc551f9d" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo245109">
<gml:exterior>
<gml:LinearRing gml:id="ringID245109">
<gml:posList>3451440.75 5429378.04 121.273 3451448.85 5429372.18 121.273 3451444.8 5429375.11 123.351 3451440.75 5429378.04 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-66ecf92e-fc61-4462-842b-6a2082333a79">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo3414f58a-ec85-4d0f-a925-50eab67294ee" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo245110">
<gml:exterior>
<gml:LinearRing gml:id="ringID245110">
<gml:posList>3451452.71 5429377.57 121.273 3451444.6 5429383.4 121.273 3451448.655 5429380.485 123.351 3451452.71 5429377.57 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:RoofSurface gml:id="fme-gen-67a86fac-1477-4c88-b125-aaec5f8f5a82">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo1ecc5e4b-d52e-4823-953c-0d0255583b31" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo245111">
<gml:exterior>
<gml:LinearRing gml:id="ringID245111">
<gml:posList>3451448.85 5429372.18 121.273 3451452.71 5429377.57 121.273 3451448.655 5429380.485 123.351 3451444.8 5429375.11 123.351 3451448.85 5429372.18 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:RoofSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:RoofSurface gml:id="fme-gen-0ec27b4c-e6c8-4fc0-80fd-6db26eace9c8">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeof1c8185b-4426-4984-a38c-d36207675200" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo245112">
<gml:exterior>
<gml:LinearRing gml:id="ringID245112">
<gml:posList>3451444.6 5429383.4 121.273 3451440.75 5429378.04 121.273 3451444.8 5429375.11 123.351 3451448.655 5429380.485 123.351 3451444.6 5429383.4 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:RoofSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:GroundSurface gml:id="fme-gen-c440a80e-71b6-49be-af4f-e130d6b3cdb8">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo9a03f943-cd92-4f90-8957-8b90134455bc" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo245113">
<gml:exterior>
<gml:LinearRing gml:id="ringID245113">
<gml:posList>3451452.71 5429377.57 114.488 3451448.85 5429372.18 114.488 3451440.75 5429378.04 114.488 3451444.6 5429383.4 114.488 3451452.71 5429377.57 114.488</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:GroundSurface>
</bldg:boundedBy>
</bldg:Building>
</cityObjectMember>
<cityObjectMember>
<bldg:Building gml:id="F082120000362029548000001">
<gml:name>F082120000362029548000001</gml:name>
<gen:stringAttribute name="citygml_roof_type_codeSpace">
<gen:value>http://www.sig3d.org/codelists/standard/building/2.0/_AbstractBuilding_roofType.xml</gen:value>
</gen:stringAttribute>
<gen:stringAttribute name="EavesHeight">
<gen:value>116.767</gen:value>
</gen:stringAttribute>
<gen:stringAttribute name="RigdeHeight">
<gen:value>116.767</gen:value>
</gen:stringAttribute>
<bldg:roofType>1000</bldg:roofType>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-9d359f77-d771-4d13-959c-022d8a6d750e">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeocd495864-4a38-4530-9ae8-1a5ce73160f3" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242173">
<gml:exterior>
<gml:LinearRing gml:id="ringID242173">
<gml:posList>3451426.56 5429337.73 116.767 3451430.08 5429342.57 116.767 3451430.08 5429342.57 114.242 3451426.56 5429337.73 114.242 3451426.56 5429337.73 116.767</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-3b4f1c9d-2f9e-4d93-b7ba-a040dcc9f5bf">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo3b8d436a-6631-41b5-85c2-4b88c9d58d42" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242174">
<gml:exterior>
<gml:LinearRing gml:id="ringID242174">
<gml:posList>3451430.08 5429342.57 116.767 3451432.49 5429340.86 116.767 3451432.49 5429340.86 114.242 3451430.08 5429342.57 114.242 3451430.08 5429342.57 116.767</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-f3f1a4f2-97ab-4fa4-b1a3-97b24f11956e">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo1aee20d0-107f-4230-b6d0-a9fd8837e370" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242175">
<gml:exterior>
<gml:LinearRing gml:id="ringID242175">
<gml:posList>3451432.49 5429340.86 116.767 3451429.04 5429335.97 116.767 3451429.04 5429335.97 114.242 3451432.49 5429340.86 114.242 3451432.49 5429340.86 116.767</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-f48546ee-334c-49ef-b002-fc6ae0eca500">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo8fdd0a33-4272-4e86-9240-cf72ab0d5325" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242176">
<gml:exterior>
<gml:LinearRing gml:id="ringID242176">
<gml:posList>3451429.04 5429335.97 116.767 3451426.56 5429337.73 116.767 3451426.56 5429337.73 114.242 3451429.04 5429335.97 114.242 3451429.04 5429335.97 116.767</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:RoofSurface gml:id="fme-gen-6a59444b-c58f-4057-b2f3-d2f5db2ba652">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo35637bd5-0c95-4fbb-80af-30a0c70a0bd7" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242177">
<gml:exterior>
<gml:LinearRing gml:id="ringID242177">
<gml:posList>3451429.04 5429335.97 116.767 3451432.49 5429340.86 116.767 3451430.08 5429342.57 116.767 3451426.56 5429337.73 116.767 3451429.04 5429335.97 116.767</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:RoofSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:GroundSurface gml:id="fme-gen-70b2286f-848e-4d18-8340-f6f1ebb01aa2">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo05097c1b-b606-41a5-a7ec-d69dc0753ed4" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242178">
<gml:exterior>
<gml:LinearRing gml:id="ringID242178">
<gml:posList>3451426.56 5429337.73 114.242 3451430.08 5429342.57 114.242 3451432.49 5429340.86 114.242 3451429.04 5429335.97 114.242 3451426.56 5429337.73 114.242</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:GroundSurface>
</bldg:boundedBy>
</bldg:Building>
</cityObjectMember>
<cityObjectMember>
<bldg:Building gml:id="F082120000362029584000001">
<gml:name>F082120000362029584000001</gml:name>
<gen:stringAttribute name="citygml_roof_type_codeSpace">
<gen:value>http://www.sig3d.org/codelists/standard/building/2.0/_AbstractBuilding_roofType.xml</gen:value>
</gen:stringAttribute>
<gen:stringAttribute name="EavesHeight">
<gen:value>116.773</gen:value>
</gen:stringAttribute>
<gen:stringAttribute name="RigdeHeight">
<gen:value>116.773</gen:value>
</gen:stringAttribute>
<bldg:roofType>1000</bldg:roofType>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-ff1b3828-21ac-47d8-9336-8e0c6ccc6e4a">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo0152a916-44e0-4d58-9c4a-612bfc4f5994" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo220211">
<gml:exterior>
<gml:LinearRing gml:id="ringID220211">
<gml:posList>3451477.34 5429296.35 116.773 3451480.88 5429301.23 116.773 3451480.88 5429301.23 114.204 3451477.34 5429296.35 114.204 3451477.34 5429296.35 116.773</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-05455cbf-4e63-43fe-b251-aa2285230fd6">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo345bd8b4-0da7-4036-9f9b-7458157e1f81" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo220212">
<gml:exterior>
<gml:LinearRing gml:id="ringID220212">
<gml:posList>3451480.88 5429301.23 116.773 3451483.34 5429299.4 116.773 3451483.34 5429299.4 114.204 3451480.88 5429301.23 114.204 3451480.88 5429301.23 116.773</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-f0e2d500-b1a6-4cb7-83f0-044497adc411">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo025af5f3-1c9c-4918-bb82-001676aa320d" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo220213">
<gml:exterior>
<gml:LinearRing gml:id="ringID220213">
<gml:posList>3451483.34 5429299.4 116.773 3451479.83 5429294.56 116.773 3451479.83 5429294.56 114.204 3451483.34 5429299.4 114.204 3451483.34 5429299.4 116.773</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-f000cdc9-6781-47fc-a630-763f9fe07298">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo34c189c4-ac21-4fb9-b51c-c27364ff10da" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo220214">
<gml:exterior>
<gml:LinearRing gml:id="ringID220214">
<gml:posList>3451479.83 5429294.56 116.773 3451477.34 5429296.35 116.773 3451477.34 5429296.35 114.204 3451479.83 5429294.56 114.204 3451479.83 5429294.56 116.773</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:RoofSurface gml:id="fme-gen-a91aeafe-a865-4e29-ac7c-2c059b572638">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeob1dfc8d3-e245-4f25-818b-b65269a78b58" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo220215">
<gml:exterior>
<gml:LinearRing gml:id="ringID220215">
<gml:posList>3451479.83 5429294.56 116.773 3451483.34 5429299.4 116.773 3451480.88 5429301.23 116.773 3451477.34 5429296.35 116.773 3451479.83 5429294.56 116.773</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:RoofSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:GroundSurface gml:id="fme-gen-684d9857-7c7f-40ad-95dd-7a5876f1b1f6">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo381f04ff-a74f-4222-8f42-ac23a1d49c3a" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo220216">
<gml:exterior>
<gml:LinearRing gml:id="ringID220216">
<gml:posList>3451477.34 5429296.35 114.204 3451480.88 5429301.23 114.204 3451483.34 5429299.4 114.204 3451479.83 5429294.56 114.204 3451477.34 5429296.35 114.204</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:GroundSurface>
</bldg:boundedBy>
</bldg:Building>
</cityObjectMember>
<cityObjectMember>
<bldg:Building gml:id="A08212000048050086_______">
<gml:name>A08212000048050086_______</gml:name>
<gen:stringAttribute name="citygml_roof_type_codeSpace">
<gen:value>http://www.sig3d.org/codelists/standard/building/2.0/_AbstractBuilding_roofType.xml</gen:value>
</gen:stringAttribute>
<gen:stringAttribute name="EavesHeight">
<gen:value>121.147</gen:value>
</gen:stringAttribute>
<gen:stringAttribute name="RigdeHeight">
<gen:value>123.591</gen:value>
</gen:stringAttribute>
<bldg:roofType>1030</bldg:roofType>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-65f9b9f2-6d4f-4d05-a471-86272d4ad1b9">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo547150ad-f9fb-4919-b162-8f1010d5150d" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo249958">
<gml:exterior>
<gml:LinearRing gml:id="ringID249958">
<gml:posList>3451450.97 5429336.2 121.147 3451454.89 5429341.65 121.147 3451454.89 5429341.65 114.408 3451450.97 5429336.2 114.408 3451450.97 5429336.2 121.147</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-2b6544bd-b183-417a-8147-2488a25396a0">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo930fa35b-249c-43ed-9282-5fe9451b827d" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo249959">
<gml:exterior>
<gml:LinearRing gml:id="ringID249959">
<gml:posList>3451454.89 5429341.65 121.147 3451463.86 5429335.27 121.147 3451463.86 5429335.27 114.408 3451454.89 5429341.65 114.408 3451454.89 5429341.65 121.147</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-2292dfd8-119f-4c1f-ae10-3417477beb66">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo5194afe2-20d5-4492-9528-dbf5cc95beb7" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo249960">
<gml:exterior>
<gml:LinearRing gml:id="ringID249960">
<gml:posList>3451463.86 5429335.27 121.147 3451459.9 5429329.76 121.147 3451459.9 5429329.76 114.408 3451463.86 5429335.27 114.408 3451463.86 5429335.27 121.147</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-c5c44a3d-2a50-46ab-9f51-4dc997d78595">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo65a69282-ab34-4391-9906-2054bed15c9d" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo249961">
<gml:exterior>
<gml:LinearRing gml:id="ringID249961">
<gml:posList>3451459.9 5429329.76 121.147 3451450.97 5429336.2 121.147 3451450.97 5429336.2 114.408 3451459.9 5429329.76 114.408 3451459.9 5429329.76 121.147</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-60d9df64-8a5c-410a-9514-6af24ce71aa7">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo425c602d-0ebd-48f2-8c5e-92d0401ef74b" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo249962">
<gml:exterior>
<gml:LinearRing gml:id="ringID249962">
<gml:posList>3451463.86 5429335.27 121.147 3451454.89 5429341.65 121.147 3451459.375 5429338.46 123.591 3451463.86 5429335.27 121.147</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-fade2933-e423-4d37-8673-f96dfb23be56">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeobcba670b-b9bd-4fbf-b300-b8f038aadb00" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo249963">
<gml:exterior>
<gml:LinearRing gml:id="ringID249963">
<gml:posList>3451450.97 5429336.2 121.147 3451459.9 5429329.76 121.147 3451455.435 5429332.98 123.591 3451450.97 5429336.2 121.147</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:RoofSurface gml:id="fme-gen-3fe66294-1db8-4c34-9af0-498248a006ae">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeod5c28a0f-3b57-4eb6-9fa7-d00a71ad650d" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo249964">
<gml:exterior>
<gml:LinearRing gml:id="ringID249964">
<gml:posList>3451454.89 5429341.65 121.147 3451450.97 5429336.2 121.147 3451455.435 5429332.98 123.591 3451459.375 5429338.46 123.591 3451454.89 5429341.65 121.147</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:RoofSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:RoofSurface gml:id="fme-gen-170eb974-b309-45e5-a685-0773856a3933">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo2321f856-c761-4a68-95ce-f358e3ed9f29" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo249965">
<gml:exterior>
<gml:LinearRing gml:id="ringID249965">
<gml:posList>3451459.9 5429329.76 121.147 3451463.86 5429335.27 121.147 3451459.375 5429338.46 123.591 3451455.435 5429332.98 123.591 3451459.9 5429329.76 121.147</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:RoofSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:GroundSurface gml:id="fme-gen-1a0cc400-69e5-48f3-8f28-1192a0335deb">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo9303df01-6c3a-45c4-907e-2b8274159a29" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo249966">
<gml:exterior>
<gml:LinearRing gml:id="ringID249966">
<gml:posList>3451450.97 5429336.2 114.408 3451454.89 5429341.65 114.408 3451463.86 5429335.27 114.408 3451459.9 5429329.76 114.408 3451450.97 5429336.2 114.408</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:GroundSurface>
</bldg:boundedBy>
</bldg:Building>
</cityObjectMember>
<cityObjectMember>
<bldg:Building gml:id="A08212000048050102_______">
<gml:name>A08212000048050102_______</gml:name>
<gen:stringAttribute name="citygml_roof_type_codeSpace">
<gen:value>http://www.sig3d.org/codelists/standard/building/2.0/_AbstractBuilding_roofType.xml</gen:value>
</gen:stringAttribute>
<gen:stringAttribute name="EavesHeight">
<gen:value>121.273</gen:value>
</gen:stringAttribute>
<gen:stringAttribute name="RigdeHeight">
<gen:value>123.351</gen:value>
</gen:stringAttribute>
<bldg:roofType>1030</bldg:roofType>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-742d7512-7cc2-455f-8597-1fb84b685ce6">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo66a1ba11-9d6d-4323-adb9-e20d2e274a76" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242797">
<gml:exterior>
<gml:LinearRing gml:id="ringID242797">
<gml:posList>3451437.32 5429356.12 121.273 3451433.48 5429350.75 121.273 3451433.48 5429350.75 114.311 3451437.32 5429356.12 114.311 3451437.32 5429356.12 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-f7340513-72f4-4f7d-a836-8d9ec98218c6">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo35270d29-fe18-4422-8c03-05dd8dca23f6" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242798">
<gml:exterior>
<gml:LinearRing gml:id="ringID242798">
<gml:posList>3451433.48 5429350.75 121.273 3451425.36 5429356.58 121.273 3451425.36 5429356.58 114.311 3451433.48 5429350.75 114.311 3451433.48 5429350.75 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-539ea5ec-47d0-4865-8604-0b1ad033023d">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo41449ccd-d37c-4d0e-a453-c5882a017fb7" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242799">
<gml:exterior>
<gml:LinearRing gml:id="ringID242799">
<gml:posList>3451425.36 5429356.58 121.273 3451429.21 5429361.95 121.273 3451429.21 5429361.95 114.311 3451425.36 5429356.58 114.311 3451425.36 5429356.58 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-f22fd5fc-474c-4651-98bb-03c96c00d42d">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeoe0a9855b-e756-4c15-9487-66d4eb000b95" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242800">
<gml:exterior>
<gml:LinearRing gml:id="ringID242800">
<gml:posList>3451429.21 5429361.95 121.273 3451437.32 5429356.12 121.273 3451437.32 5429356.12 114.311 3451429.21 5429361.95 114.311 3451429.21 5429361.95 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-5cdea7c3-25c4-4696-94cd-f79661333865">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo8526fdc4-4d0c-4a33-b0e5-50867a8598eb" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242801">
<gml:exterior>
<gml:LinearRing gml:id="ringID242801">
<gml:posList>3451425.36 5429356.58 121.273 3451433.48 5429350.75 121.273 3451429.42 5429353.665 123.351 3451425.36 5429356.58 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:WallSurface gml:id="fme-gen-b2298c10-1cf9-44c0-b535-0fbec998865c">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeocccbc7c3-b7bf-4921-98fb-64d998392cb7" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242802">
<gml:exterior>
<gml:LinearRing gml:id="ringID242802">
<gml:posList>3451437.32 5429356.12 121.273 3451429.21 5429361.95 121.273 3451433.265 5429359.035 123.351 3451437.32 5429356.12 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:WallSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:RoofSurface gml:id="fme-gen-1675c6b1-d27d-472f-b8fb-d8438ca7cca3">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeoef90b55f-8cb2-4158-940d-7b781690a12b" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242803">
<gml:exterior>
<gml:LinearRing gml:id="ringID242803">
<gml:posList>3451433.48 5429350.75 121.273 3451437.32 5429356.12 121.273 3451433.265 5429359.035 123.351 3451429.42 5429353.665 123.351 3451433.48 5429350.75 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:RoofSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:RoofSurface gml:id="fme-gen-951a89ff-6ba0-471a-9739-95c0bb57de5f">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo2c82a3d2-1c04-436e-beef-55783fb43c95" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242804">
<gml:exterior>
<gml:LinearRing gml:id="ringID242804">
<gml:posList>3451429.21 5429361.95 121.273 3451425.36 5429356.58 121.273 3451429.42 5429353.665 123.351 3451433.265 5429359.035 123.351 3451429.21 5429361.95 121.273</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:RoofSurface>
</bldg:boundedBy>
<bldg:boundedBy>
<bldg:GroundSurface gml:id="fme-gen-78eaa993-bf49-4100-9d09-a832c462a980">
<bldg:lod2MultiSurface>
<gml:MultiSurface gml:id="IDGeo8da4bfca-be64-4ba3-a686-c690b7a8c777" srsDimension="3">
<gml:surfaceMember>
<gml:Polygon gml:id="PolyIDGeo242805">
<gml:exterior>
<gml:LinearRing gml:id="ringID242805">
<gml:posList>3451437.32 5429356.12 114.311 3451433.48 5429350.75 114.311 3451425.36 5429356.58 114.311 3451429.21 5429361.95 114.311 3451437.32 5429356.12 114.311</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</gml:surfaceMember>
</gml:MultiSurface>
</bldg:lod2MultiSurface>
</bldg:GroundSurface>
</bldg:boundedBy>
</bldg:Building>
</cityObjectMember>
</CityModel>
