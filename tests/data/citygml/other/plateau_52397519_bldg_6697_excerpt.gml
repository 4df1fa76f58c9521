<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:urf="https://www.geospatial.jp/iur/urf/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/2.0 ../../schemas/iur/uro/2.0/urbanObject.xsd https://www.geospatial.jp/iur/urf/2.0 ../../schemas/iur/urf/2.0/urbanFunction.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/landuse/2.0 http://schemas.opengis.net/citygml/landuse/2.0/landUse.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/citygml/waterbody/2.0 http://schemas.opengis.net/citygml/waterbody/2.0/waterBody.xsd http://www.opengis.net/citygml/relief/2.0 http://schemas.opengis.net/citygml/relief/2.0/relief.xsd http://www.opengis.net/citygml/cityobjectgroup/2.0 http://schemas.opengis.net/citygml/cityobjectgroup/2.0/cityObjectGroup.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd http://www.opengis.net/citygml/appearance/2.0 http://schemas.opengis.net/citygml/appearance/2.0/appearance.xsd">
	<gml:boundedBy>
		<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
			<gml:lowerCorner>35.258297338392 139.73724371347967 2.19367718697</gml:lowerCorner>
			<gml:upperCorner>35.261543955192025 139.74055489539032 21.72735546832999</gml:upperCorner>
		</gml:Envelope>
	</gml:boundedBy>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_787d830e-2534-410a-8a2a-a531efeb2533">
			<gml:name>横須賀美術館</gml:name>
			<gen:intAttribute name="図形ID">
				<gen:value>16943</gen:value>
			</gen:intAttribute>
			<gen:intAttribute name="総建物階数">
				<gen:value>1</gen:value>
			</gen:intAttribute>
			<gen:measureAttribute name="１階床面積">
				<gen:value uom="m2">42</gen:value>
			</gen:measureAttribute>
			<gen:doubleAttribute name="床面積換算係数">
				<gen:value>0.9</gen:value>
			</gen:doubleAttribute>
			<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
			<bldg:measuredHeight uom="m">6.0</bldg:measuredHeight>
			<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
			<bldg:lod0FootPrint>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.25962954418222 139.73892268006682 10.500850847558837 35.259641162301634 139.73890626856112 10.500850847558837 35.25963446013254 139.73889921596987 10.500850847558837 35.259627757963024 139.7388921633798 10.500850847558837 35.259621948904545 139.7389003691329 10.500850847558837 35.259616139845505 139.73890857488482 10.500850847558837 35.259586738382026 139.73887763618922 10.500850847558837 35.25954915708694 139.7389307226852 10.500850847558837 35.25959331855165 139.73897719313715 10.500850847558837 35.25961210921219 139.73895064989156 10.500850847558837 35.259630899866835 139.73892410663376 10.500850847558837 35.25962954418222 139.73892268006682 10.500850847558837</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0FootPrint>
			<bldg:lod1Solid>
				<gml:Solid>
					<gml:exterior>
						<gml:CompositeSurface>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25962954418222 139.73892268006682 10.500850847558837 35.259630899866835 139.73892410663376 10.500850847558837 35.25961210921219 139.73895064989156 10.500850847558837 35.25959331855165 139.73897719313715 10.500850847558837 35.25954915708694 139.7389307226852 10.500850847558837 35.259586738382026 139.73887763618922 10.500850847558837 35.259616139845505 139.73890857488482 10.500850847558837 35.259621948904545 139.7389003691329 10.500850847558837 35.259627757963024 139.7388921633798 10.500850847558837 35.25963446013254 139.73889921596987 10.500850847558837 35.259641162301634 139.73890626856112 10.500850847558837 35.25962954418222 139.73892268006682 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25962954418222 139.73892268006682 10.500850847558837 35.259641162301634 139.73890626856112 10.500850847558837 35.259641162301634 139.73890626856112 16.491458252427755 35.25962954418222 139.73892268006682 16.491458252427755 35.25962954418222 139.73892268006682 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.259641162301634 139.73890626856112 10.500850847558837 35.25963446013254 139.73889921596987 10.500850847558837 35.25963446013254 139.73889921596987 16.491458252427755 35.259641162301634 139.73890626856112 16.491458252427755 35.259641162301634 139.73890626856112 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25963446013254 139.73889921596987 10.500850847558837 35.259627757963024 139.7388921633798 10.500850847558837 35.259627757963024 139.7388921633798 16.491458252427755 35.25963446013254 139.73889921596987 16.491458252427755 35.25963446013254 139.73889921596987 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.259627757963024 139.7388921633798 10.500850847558837 35.259621948904545 139.7389003691329 10.500850847558837 35.259621948904545 139.7389003691329 16.491458252427755 35.259627757963024 139.7388921633798 16.491458252427755 35.259627757963024 139.7388921633798 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.259621948904545 139.7389003691329 10.500850847558837 35.259616139845505 139.73890857488482 10.500850847558837 35.259616139845505 139.73890857488482 16.491458252427755 35.259621948904545 139.7389003691329 16.491458252427755 35.259621948904545 139.7389003691329 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.259616139845505 139.73890857488482 10.500850847558837 35.259586738382026 139.73887763618922 10.500850847558837 35.259586738382026 139.73887763618922 16.491458252427755 35.259616139845505 139.73890857488482 16.491458252427755 35.259616139845505 139.73890857488482 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.259586738382026 139.73887763618922 10.500850847558837 35.25954915708694 139.7389307226852 10.500850847558837 35.25954915708694 139.7389307226852 16.491458252427755 35.259586738382026 139.73887763618922 16.491458252427755 35.259586738382026 139.73887763618922 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25954915708694 139.7389307226852 10.500850847558837 35.25959331855165 139.73897719313715 10.500850847558837 35.25959331855165 139.73897719313715 16.491458252427755 35.25954915708694 139.7389307226852 16.491458252427755 35.25954915708694 139.7389307226852 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25959331855165 139.73897719313715 10.500850847558837 35.25961210921219 139.73895064989156 10.500850847558837 35.25961210921219 139.73895064989156 16.491458252427755 35.25959331855165 139.73897719313715 16.491458252427755 35.25959331855165 139.73897719313715 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25961210921219 139.73895064989156 10.500850847558837 35.259630899866835 139.73892410663376 10.500850847558837 35.259630899866835 139.73892410663376 16.491458252427755 35.25961210921219 139.73895064989156 16.491458252427755 35.25961210921219 139.73895064989156 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.259630899866835 139.73892410663376 10.500850847558837 35.25962954418222 139.73892268006682 10.500850847558837 35.25962954418222 139.73892268006682 16.491458252427755 35.259630899866835 139.73892410663376 16.491458252427755 35.259630899866835 139.73892410663376 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25962954418222 139.73892268006682 16.491458252427755 35.259641162301634 139.73890626856112 16.491458252427755 35.25963446013254 139.73889921596987 16.491458252427755 35.259627757963024 139.7388921633798 16.491458252427755 35.259621948904545 139.7389003691329 16.491458252427755 35.259616139845505 139.73890857488482 16.491458252427755 35.259586738382026 139.73887763618922 16.491458252427755 35.25954915708694 139.7389307226852 16.491458252427755 35.25959331855165 139.73897719313715 16.491458252427755 35.25961210921219 139.73895064989156 16.491458252427755 35.259630899866835 139.73892410663376 16.491458252427755 35.25962954418222 139.73892268006682 16.491458252427755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:CompositeSurface>
					</gml:exterior>
				</gml:Solid>
			</bldg:lod1Solid>
			<bldg:lod2Solid>
				<gml:Solid gml:id="ID_efc23605-ded1-4663-8f64-8c3b8861d797">
					<gml:exterior>
						<gml:CompositeSurface gml:id="ID_de1e541d-be6d-4366-a08b-1662924941b0">
							<gml:surfaceMember xlink:href="#ID_0d8b7b4d-dc7d-401c-8376-ecd255738e38"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_6924c7da-f294-4eef-ab55-3a41bf954269"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_7d6d4336-6415-4fa1-b8a8-961868134629"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_7b0cd7c0-97de-4559-9f87-5e8d0ff410c5"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_f113e78b-63a2-478b-ab09-1a228211f8e6"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_85bbe40c-f488-4de4-8009-da5e55cc0dcb"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_073b22d5-8ef7-49fc-ab22-c39a257cf750"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_284d3fc4-93da-4eea-9fba-1ecfee8e5a2d"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_bc64bf54-871c-4e4b-9e2c-1ac04fc17672"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_562e9d3b-3613-4dc0-9d7e-3a4fd06f23c4"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_0f70f44e-48d2-4b98-90b7-963472d17ca5"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_b4253aec-be52-4783-ac51-6f8ab98d02bf"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_346d5351-c3f9-453b-a8da-252bf2bee408"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_4fac814f-cdca-4b9e-a8a9-4621e8fa5b1c"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_4b20f5e1-8539-45c7-a389-ab3685c9b75e"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_fa131cf0-a44c-496c-8d6d-7b342b709a2d"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_949edecd-1943-4eb0-a64b-1dc2edc749ec"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_99ad1bdb-e1e5-4201-bc87-902ae6e526cb"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_b924fa72-a325-444b-ba52-1b398f5a35d5"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_89783518-fc09-4172-a070-a3aeda4bbb30"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_50f124c9-fcef-4f67-8a0c-7ddfece634b0"></gml:surfaceMember>
							<gml:surfaceMember xlink:href="#ID_e1a7a728-f8c9-4c0a-afd4-5149704a0351"></gml:surfaceMember>
						</gml:CompositeSurface>
					</gml:exterior>
				</gml:Solid>
			</bldg:lod2Solid>
			<bldg:boundedBy>
				<bldg:RoofSurface gml:id="ID_65874e38-c821-4e4b-b484-c2f8e46a414c">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface gml:id="ID_ff193e05-70fc-4a7d-a6cd-61e332626d98">
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_0d8b7b4d-dc7d-401c-8376-ecd255738e38">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_78cdc8c2-d286-4031-b2d6-713683e7a8c0">
											<gml:posList>35.25959331855165 139.73897719313715 16.491458252427755 35.259630899866835 139.73892410663376 16.491458252427755 35.259586738382026 139.73887763618922 16.491458252427755 35.25954915708694 139.7389307226852 16.491458252427755 35.25959331855165 139.73897719313715 16.491458252427755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_6924c7da-f294-4eef-ab55-3a41bf954269">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_4a455b73-6d8b-43b0-b295-f3b046f6077e">
											<gml:posList>35.25962954418222 139.73892268006682 12.64095825242779 35.259641162301634 139.73890626856112 12.64095825242779 35.259627757963024 139.7388921633798 12.666458252427791 35.25962954418222 139.73892268006682 12.64095825242779</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_7d6d4336-6415-4fa1-b8a8-961868134629">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_56ab9ae6-33c6-4de3-9a72-ec79053072f6">
											<gml:posList>35.25962954418222 139.73892268006682 12.64095825242779 35.259627757963024 139.7388921633798 12.666458252427791 35.259616139845505 139.73890857488482 12.666458252427791 35.25962954418222 139.73892268006682 12.64095825242779</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:RoofSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:GroundSurface gml:id="ID_63bc6613-4c32-4cfc-90a9-3296486a07a9">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface gml:id="ID_df0a7645-af81-4503-af55-14357dcc4d63">
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_7b0cd7c0-97de-4559-9f87-5e8d0ff410c5">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_323fee6d-f591-415f-9c56-cba633cf9652">
											<gml:posList>35.25962954418222 139.73892268006682 10.500850847558837 35.259630899866835 139.73892410663376 10.500850847558837 35.25961210921219 139.73895064989156 10.500850847558837 35.25959331855165 139.73897719313715 10.500850847558837 35.25954915708694 139.7389307226852 10.500850847558837 35.259586738382026 139.73887763618922 10.500850847558837 35.259616139845505 139.73890857488482 10.500850847558837 35.259621948904545 139.7389003691329 10.500850847558837 35.259627757963024 139.7388921633798 10.500850847558837 35.25963446013254 139.73889921596987 10.500850847558837 35.259641162301634 139.73890626856112 10.500850847558837 35.25962954418222 139.73892268006682 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:GroundSurface>
			</bldg:boundedBy>
			<bldg:boundedBy>
				<bldg:WallSurface gml:id="ID_04160271-b685-4210-b440-f843b7a0f25a">
					<bldg:lod2MultiSurface>
						<gml:MultiSurface gml:id="ID_04b4a628-785a-44a2-8674-5dcace1e195b">
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_f113e78b-63a2-478b-ab09-1a228211f8e6">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_25a24bb3-7b75-4c83-9800-08609c06fdf8">
											<gml:posList>35.25961210921219 139.73895064989156 10.500850847558837 35.259630899866835 139.73892410663376 10.500850847558837 35.259630899866835 139.73892410663376 16.491458252427755 35.25961210921219 139.73895064989156 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_85bbe40c-f488-4de4-8009-da5e55cc0dcb">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_37d2b14d-11e1-4712-83f5-42eed0625f29">
											<gml:posList>35.25959331855165 139.73897719313715 16.491458252427755 35.25959331855165 139.73897719313715 10.500850847558837 35.25961210921219 139.73895064989156 10.500850847558837 35.25959331855165 139.73897719313715 16.491458252427755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_073b22d5-8ef7-49fc-ab22-c39a257cf750">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_8ab0651b-5def-4fe5-be36-501d81b29da3">
											<gml:posList>35.25959331855165 139.73897719313715 16.491458252427755 35.25961210921219 139.73895064989156 10.500850847558837 35.259630899866835 139.73892410663376 16.491458252427755 35.25959331855165 139.73897719313715 16.491458252427755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_284d3fc4-93da-4eea-9fba-1ecfee8e5a2d">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_5c6b71a6-6847-4df2-998b-c6c4281eff22">
											<gml:posList>35.259616139845505 139.73890857488482 12.666458252427791 35.259586738382026 139.73887763618922 10.500850847558837 35.259586738382026 139.73887763618922 16.491458252427755 35.259616139845505 139.73890857488482 12.666458252427791</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_bc64bf54-871c-4e4b-9e2c-1ac04fc17672">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de43940b-11de-46de-9223-802ae403f03d">
											<gml:posList>35.259630899866835 139.73892410663376 16.491458252427755 35.259616139845505 139.73890857488482 12.666458252427791 35.259586738382026 139.73887763618922 16.491458252427755 35.259630899866835 139.73892410663376 16.491458252427755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_562e9d3b-3613-4dc0-9d7e-3a4fd06f23c4">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_556f4c91-c1f6-4eaf-b2ca-31cf0bb0b0c7">
											<gml:posList>35.259616139845505 139.73890857488482 12.666458252427791 35.259616139845505 139.73890857488482 10.500850847558837 35.259586738382026 139.73887763618922 10.500850847558837 35.259616139845505 139.73890857488482 12.666458252427791</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_0f70f44e-48d2-4b98-90b7-963472d17ca5">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_cea0641e-8890-4d4f-a635-e7945dc9c0fd">
											<gml:posList>35.259630899866835 139.73892410663376 16.491458252427755 35.259630899866835 139.73892410663376 10.500850847558837 35.25962954418222 139.73892268006682 12.64095825242779 35.259630899866835 139.73892410663376 16.491458252427755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_b4253aec-be52-4783-ac51-6f8ab98d02bf">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_a7a32a40-2c0e-4453-81c8-6203cc6d8741">
											<gml:posList>35.259630899866835 139.73892410663376 16.491458252427755 35.25962954418222 139.73892268006682 12.64095825242779 35.259616139845505 139.73890857488482 12.666458252427791 35.259630899866835 139.73892410663376 16.491458252427755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_346d5351-c3f9-453b-a8da-252bf2bee408">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_271f453e-0cec-4921-aec2-765835daf70c">
											<gml:posList>35.259630899866835 139.73892410663376 10.500850847558837 35.25962954418222 139.73892268006682 10.500850847558837 35.25962954418222 139.73892268006682 12.64095825242779 35.259630899866835 139.73892410663376 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_4fac814f-cdca-4b9e-a8a9-4621e8fa5b1c">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_123e52cc-c626-4590-a4e0-fcafaf957181">
											<gml:posList>35.25954915708694 139.7389307226852 16.491458252427755 35.259586738382026 139.73887763618922 16.491458252427755 35.259586738382026 139.73887763618922 10.500850847558837 35.25954915708694 139.7389307226852 10.500850847558837 35.25954915708694 139.7389307226852 16.491458252427755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_4b20f5e1-8539-45c7-a389-ab3685c9b75e">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_eb226d9b-51ca-47cb-b466-11ca6e42d78e">
											<gml:posList>35.25959331855165 139.73897719313715 16.491458252427755 35.25954915708694 139.7389307226852 16.491458252427755 35.25954915708694 139.7389307226852 10.500850847558837 35.25959331855165 139.73897719313715 10.500850847558837 35.25959331855165 139.73897719313715 16.491458252427755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_fa131cf0-a44c-496c-8d6d-7b342b709a2d">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_548250f2-e511-4660-acaf-ba33a55c1a75">
											<gml:posList>35.25962954418222 139.73892268006682 10.500850847558837 35.259641162301634 139.73890626856112 10.500850847558837 35.259641162301634 139.73890626856112 12.64095825242779 35.25962954418222 139.73892268006682 12.64095825242779 35.25962954418222 139.73892268006682 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_949edecd-1943-4eb0-a64b-1dc2edc749ec">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_5e01148a-7d4b-4134-9749-b7d39040f549">
											<gml:posList>35.25963446013254 139.73889921596987 10.500850847558837 35.259627757963024 139.7388921633798 10.500850847558837 35.259627757963024 139.7388921633798 12.666458252427791 35.25963446013254 139.73889921596987 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_99ad1bdb-e1e5-4201-bc87-902ae6e526cb">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_2e126998-302e-4151-97fd-3d27a592ea77">
											<gml:posList>35.259641162301634 139.73890626856112 12.64095825242779 35.259641162301634 139.73890626856112 10.500850847558837 35.25963446013254 139.73889921596987 10.500850847558837 35.259641162301634 139.73890626856112 12.64095825242779</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_b924fa72-a325-444b-ba52-1b398f5a35d5">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_6cc752ef-4d0e-40db-8707-15e6507e46c2">
											<gml:posList>35.259641162301634 139.73890626856112 12.64095825242779 35.25963446013254 139.73889921596987 10.500850847558837 35.259627757963024 139.7388921633798 12.666458252427791 35.259641162301634 139.73890626856112 12.64095825242779</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_89783518-fc09-4172-a070-a3aeda4bbb30">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_e04eae6d-bca7-4897-9a40-1b65f954a041">
											<gml:posList>35.259616139845505 139.73890857488482 12.666458252427791 35.259621948904545 139.7389003691329 10.500850847558837 35.259616139845505 139.73890857488482 10.500850847558837 35.259616139845505 139.73890857488482 12.666458252427791</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_50f124c9-fcef-4f67-8a0c-7ddfece634b0">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_1cc34692-1a17-4a8a-bcf2-5c11812fde96">
											<gml:posList>35.259621948904545 139.7389003691329 10.500850847558837 35.259627757963024 139.7388921633798 12.666458252427791 35.259627757963024 139.7388921633798 10.500850847558837 35.259621948904545 139.7389003691329 10.500850847558837</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="ID_e1a7a728-f8c9-4c0a-afd4-5149704a0351">
									<gml:exterior>
										<gml:LinearRing gml:id="ID_d7148ef9-2213-413f-8376-92f25e4b78ee">
											<gml:posList>35.259616139845505 139.73890857488482 12.666458252427791 35.259627757963024 139.7388921633798 12.666458252427791 35.259621948904545 139.7389003691329 10.500850847558837 35.259616139845505 139.73890857488482 12.666458252427791</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</bldg:lod2MultiSurface>
				</bldg:WallSurface>
			</bldg:boundedBy>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>14201-bldg-110968</uro:buildingID>
					<uro:branchID>1</uro:branchID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">14</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">14201</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
			<uro:buildingDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:totalFloorArea uom="m2">42.4879</uro:totalFloorArea>
					<uro:buildingStructureType codeSpace="../../codelists/Building_BuildingStructureType.xml">610</uro:buildingStructureType>
					<uro:buildingStructureOrgType codeSpace="../../codelists/BuildingDetailAttribute_buildingStructureOrgType.xml">2</uro:buildingStructureOrgType>
					<uro:orgUsage2 codeSpace="../../codelists/BuildingDetailAttribute_orgUsage2.xml">134</uro:orgUsage2>
					<uro:surveyYear>2016</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:buildingDetailAttribute>
			<uro:buildingDisasterRiskAttribute>
				<uro:BuildingLandSlideRiskAttribute>
					<uro:description codeSpace="../../codelists/BuildingLandSlideRiskAttribute_description.xml">1</uro:description>
					<uro:areaType codeSpace="../../codelists/BuildingLandSlideRiskAttribute_areaType.xml">1</uro:areaType>
				</uro:BuildingLandSlideRiskAttribute>
			</uro:buildingDisasterRiskAttribute>
			<uro:keyValuePairAttribute>
				<uro:KeyValuePairAttribute>
					<uro:key codeSpace="../../codelists/KeyValuePairAttribute_key.xml">104</uro:key>
					<uro:codeValue codeSpace="../../codelists/KeyValuePairAttribute_key104.xml">1</uro:codeValue>
				</uro:KeyValuePairAttribute>
			</uro:keyValuePairAttribute>
			<uro:keyValuePairAttribute>
				<uro:KeyValuePairAttribute>
					<uro:key codeSpace="../../codelists/KeyValuePairAttribute_key.xml">105</uro:key>
					<uro:codeValue codeSpace="../../codelists/KeyValuePairAttribute_key105.xml">1</uro:codeValue>
				</uro:KeyValuePairAttribute>
			</uro:keyValuePairAttribute>
			<uro:keyValuePairAttribute>
				<uro:KeyValuePairAttribute>
					<uro:key codeSpace="../../codelists/KeyValuePairAttribute_key.xml">106</uro:key>
					<uro:codeValue codeSpace="../../codelists/KeyValuePairAttribute_key106.xml">2</uro:codeValue>
				</uro:KeyValuePairAttribute>
			</uro:keyValuePairAttribute>
			<uro:keyValuePairAttribute>
				<uro:KeyValuePairAttribute>
					<uro:key codeSpace="../../codelists/KeyValuePairAttribute_key.xml">107</uro:key>
					<uro:codeValue codeSpace="../../codelists/KeyValuePairAttribute_key107.xml">1</uro:codeValue>
				</uro:KeyValuePairAttribute>
			</uro:keyValuePairAttribute>
			<uro:buildingDataQualityAttribute>
				<uro:BuildingDataQualityAttribute>
					<uro:lod1HeightType codeSpace="../../codelists/BuildingDataQualityAttribute_lod1HeightType.xml">6</uro:lod1HeightType>
				</uro:BuildingDataQualityAttribute>
			</uro:buildingDataQualityAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_548239d3-ad86-4649-b6d0-b060ef510fba">
			<bldg:measuredHeight uom="m">3.2</bldg:measuredHeight>
			<bldg:lod0FootPrint>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.258693417248274 139.74039689416588 4.09777593613 35.25869389182795 139.74041984476142 4.09777593613 35.25873733995323 139.74041850932974 4.09777593613 35.258736865373294 139.74039555872196 4.09777593613 35.258693417248274 139.74039689416588 4.09777593613</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0FootPrint>
			<bldg:lod1Solid>
				<gml:Solid>
					<gml:exterior>
						<gml:CompositeSurface>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.258693417248274 139.74039689416588 4.09777593613 35.258736865373294 139.74039555872196 4.09777593613 35.25873733995323 139.74041850932974 4.09777593613 35.25869389182795 139.74041984476142 4.09777593613 35.258693417248274 139.74039689416588 4.09777593613</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.258693417248274 139.74039689416588 4.09777593613 35.25869389182795 139.74041984476142 4.09777593613 35.25869389182795 139.74041984476142 7.25777593613 35.258693417248274 139.74039689416588 7.25777593613 35.258693417248274 139.74039689416588 4.09777593613</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25869389182795 139.74041984476142 4.09777593613 35.25873733995323 139.74041850932974 4.09777593613 35.25873733995323 139.74041850932974 7.25777593613 35.25869389182795 139.74041984476142 7.25777593613 35.25869389182795 139.74041984476142 4.09777593613</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25873733995323 139.74041850932974 4.09777593613 35.258736865373294 139.74039555872196 4.09777593613 35.258736865373294 139.74039555872196 7.25777593613 35.25873733995323 139.74041850932974 7.25777593613 35.25873733995323 139.74041850932974 4.09777593613</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.258736865373294 139.74039555872196 4.09777593613 35.258693417248274 139.74039689416588 4.09777593613 35.258693417248274 139.74039689416588 7.25777593613 35.258736865373294 139.74039555872196 7.25777593613 35.258736865373294 139.74039555872196 4.09777593613</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.258693417248274 139.74039689416588 7.25777593613 35.25869389182795 139.74041984476142 7.25777593613 35.25873733995323 139.74041850932974 7.25777593613 35.258736865373294 139.74039555872196 7.25777593613 35.258693417248274 139.74039689416588 7.25777593613</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:CompositeSurface>
					</gml:exterior>
				</gml:Solid>
			</bldg:lod1Solid>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>14201-bldg-112006</uro:buildingID>
					<uro:branchID>1</uro:branchID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">14</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">14201</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
			<uro:buildingDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:surveyYear>2016</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:buildingDetailAttribute>
			<uro:buildingDisasterRiskAttribute>
				<uro:BuildingLandSlideRiskAttribute>
					<uro:description codeSpace="../../codelists/BuildingLandSlideRiskAttribute_description.xml">1</uro:description>
					<uro:areaType codeSpace="../../codelists/BuildingLandSlideRiskAttribute_areaType.xml">1</uro:areaType>
				</uro:BuildingLandSlideRiskAttribute>
			</uro:buildingDisasterRiskAttribute>
			<uro:buildingDataQualityAttribute>
				<uro:BuildingDataQualityAttribute>
					<uro:lod1HeightType codeSpace="../../codelists/BuildingDataQualityAttribute_lod1HeightType.xml">6</uro:lod1HeightType>
				</uro:BuildingDataQualityAttribute>
			</uro:buildingDataQualityAttribute>
		</bldg:Building>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<bldg:Building gml:id="bldg_9a608010-3663-4283-a6e8-0a86028f0636">
			<bldg:measuredHeight uom="m">5.0</bldg:measuredHeight>
			<bldg:lod0FootPrint>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon>
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.25996943421684 139.73939428915426 3.19475388527 35.25998709292263 139.73941256926565 3.19475388527 35.260005523443986 139.73938610452785 3.19475388527 35.259987864734235 139.73936782441808 3.19475388527 35.25996943421684 139.73939428915426 3.19475388527</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</bldg:lod0FootPrint>
			<bldg:lod1Solid>
				<gml:Solid>
					<gml:exterior>
						<gml:CompositeSurface>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25996943421684 139.73939428915426 3.19475388527 35.259987864734235 139.73936782441808 3.19475388527 35.260005523443986 139.73938610452785 3.19475388527 35.25998709292263 139.73941256926565 3.19475388527 35.25996943421684 139.73939428915426 3.19475388527</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25996943421684 139.73939428915426 3.19475388527 35.25998709292263 139.73941256926565 3.19475388527 35.25998709292263 139.73941256926565 8.15475388527 35.25996943421684 139.73939428915426 8.15475388527 35.25996943421684 139.73939428915426 3.19475388527</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25998709292263 139.73941256926565 3.19475388527 35.260005523443986 139.73938610452785 3.19475388527 35.260005523443986 139.73938610452785 8.15475388527 35.25998709292263 139.73941256926565 8.15475388527 35.25998709292263 139.73941256926565 3.19475388527</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.260005523443986 139.73938610452785 3.19475388527 35.259987864734235 139.73936782441808 3.19475388527 35.259987864734235 139.73936782441808 8.15475388527 35.260005523443986 139.73938610452785 8.15475388527 35.260005523443986 139.73938610452785 3.19475388527</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.259987864734235 139.73936782441808 3.19475388527 35.25996943421684 139.73939428915426 3.19475388527 35.25996943421684 139.73939428915426 8.15475388527 35.259987864734235 139.73936782441808 8.15475388527 35.259987864734235 139.73936782441808 3.19475388527</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon>
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.25996943421684 139.73939428915426 8.15475388527 35.25998709292263 139.73941256926565 8.15475388527 35.260005523443986 139.73938610452785 8.15475388527 35.259987864734235 139.73936782441808 8.15475388527 35.25996943421684 139.73939428915426 8.15475388527</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:CompositeSurface>
					</gml:exterior>
				</gml:Solid>
			</bldg:lod1Solid>
			<uro:buildingIDAttribute>
				<uro:BuildingIDAttribute>
					<uro:buildingID>14201-bldg-110561</uro:buildingID>
					<uro:branchID>1</uro:branchID>
					<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">14</uro:prefecture>
					<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">14201</uro:city>
				</uro:BuildingIDAttribute>
			</uro:buildingIDAttribute>
			<uro:buildingDetailAttribute>
				<uro:BuildingDetailAttribute>
					<uro:surveyYear>2016</uro:surveyYear>
				</uro:BuildingDetailAttribute>
			</uro:buildingDetailAttribute>
			<uro:buildingDisasterRiskAttribute>
				<uro:BuildingTsunamiRiskAttribute>
					<uro:description codeSpace="../../codelists/BuildingTsunamiRiskAttribute_description.xml">1</uro:description>
					<uro:rankOrg codeSpace="../../codelists/BuildingTsunamiRiskAttribute_rankOrg.xml">2</uro:rankOrg>
				</uro:BuildingTsunamiRiskAttribute>
			</uro:buildingDisasterRiskAttribute>
			<uro:buildingDataQualityAttribute>
				<uro:BuildingDataQualityAttribute>
					<uro:lod1HeightType codeSpace="../../codelists/BuildingDataQualityAttribute_lod1HeightType.xml">6</uro:lod1HeightType>
				</uro:BuildingDataQualityAttribute>
			</uro:buildingDataQualityAttribute>
		</bldg:Building>
	</core:cityObjectMember>
</core:CityModel>
