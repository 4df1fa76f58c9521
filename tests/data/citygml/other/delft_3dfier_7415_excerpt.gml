<?xml version="1.0" encoding="UTF-8"?>
<CityModel xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns="http://www.opengis.net/citygml/2.0" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/citygml/waterbody/2.0 http://schemas.opengis.net/citygml/waterbody/2.0/waterBody.xsd http://www.opengis.net/citygml/appearance/2.0 http://schemas.opengis.net/citygml/appearance/2.0/appearance.xsd http://www.opengis.net/citygml/texturedsurface/2.0 http://schemas.opengis.net/citygml/texturedsurface/2.0/texturedSurface.xsd http://www.opengis.net/citygml/vegetation/2.0 http://schemas.opengis.net/citygml/vegetation/2.0/vegetation.xsd http://www.opengis.net/citygml/relief/2.0 http://schemas.opengis.net/citygml/relief/2.0/relief.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/cityobjectgroup/2.0 http://schemas.opengis.net/citygml/cityobjectgroup/2.0/cityObjectGroup.xsd http://www.opengis.net/citygml/tunnel/2.0 http://schemas.opengis.net/citygml/tunnel/2.0/tunnel.xsd http://www.opengis.net/citygml/cityfurniture/2.0 http://schemas.opengis.net/citygml/cityfurniture/2.0/cityFurniture.xsd http://www.opengis.net/citygml/bridge/2.0 http://schemas.opengis.net/citygml/bridge/2.0/bridge.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/citygml/landuse/2.0 http://schemas.opengis.net/citygml/landuse/2.0/landUse.xsd">
   <gml:name>my 3dfied map</gml:name>
   <gml:boundedBy>
      <gml:Envelope srsDimension="3" srsName="urn:ogc:def:crs:EPSG::7415">
         <gml:lowerCorner>84122.824 446278.566 0</gml:lowerCorner>
         <gml:upperCorner>85999.614 447862.988 100</gml:upperCorner>
      </gml:Envelope>
   </gml:boundedBy>
   <cityObjectMember>
      <bldg:Building gml:id="bc8a0f2b5-031b-11e6-b420-2bdcc4ab5d7f">
         <bldg:measuredHeight uom="#m">16.57</bldg:measuredHeight>
         <bldg:lod0FootPrint>
            <gml:MultiSurface>
               <gml:surfaceMember>
                  <gml:Polygon>
                     <gml:exterior>
                        <gml:LinearRing>
                           <gml:pos>85989.469 447742.164 -1.120</gml:pos>
                           <gml:pos>85984.184 447750.269 -1.120</gml:pos>
                           <gml:pos>85980.827 447755.417 -1.120</gml:pos>
                           <gml:pos>85951.584 447800.261 -1.120</gml:pos>
                           <gml:pos>85867.508 447745.438 -1.120</gml:pos>
                           <gml:pos>85865.148 447749.057 -1.120</gml:pos>
                           <gml:pos>85860.834 447746.244 -1.120</gml:pos>
                           <gml:pos>85863.194 447742.625 -1.120</gml:pos>
                           <gml:pos>85845.226 447730.909 -1.120</gml:pos>
                           <gml:pos>85870.994 447691.327 -1.120</gml:pos>
                           <gml:pos>85871.842 447690.029 -1.120</gml:pos>
                           <gml:pos>85871.749 447689.759 -1.120</gml:pos>
                           <gml:pos>85871.675 447689.483 -1.120</gml:pos>
                           <gml:pos>85871.620 447689.203 -1.120</gml:pos>
                           <gml:pos>85871.586 447688.920 -1.120</gml:pos>
                           <gml:pos>85871.571 447688.635 -1.120</gml:pos>
                           <gml:pos>85871.576 447688.349 -1.120</gml:pos>
                           <gml:pos>85871.601 447688.065 -1.120</gml:pos>
                           <gml:pos>85871.646 447687.783 -1.120</gml:pos>
                           <gml:pos>85871.710 447687.505 -1.120</gml:pos>
                           <gml:pos>85871.794 447687.232 -1.120</gml:pos>
                           <gml:pos>85871.897 447686.966 -1.120</gml:pos>
                           <gml:pos>85872.018 447686.708 -1.120</gml:pos>
                           <gml:pos>85872.157 447686.458 -1.120</gml:pos>
                           <gml:pos>85872.313 447686.219 -1.120</gml:pos>
                           <gml:pos>85872.486 447685.992 -1.120</gml:pos>
                           <gml:pos>85872.674 447685.777 -1.120</gml:pos>
                           <gml:pos>85872.876 447685.576 -1.120</gml:pos>
                           <gml:pos>85873.092 447685.389 -1.120</gml:pos>
                           <gml:pos>85873.321 447685.218 -1.120</gml:pos>
                           <gml:pos>85873.561 447685.064 -1.120</gml:pos>
                           <gml:pos>85873.811 447684.926 -1.120</gml:pos>
                           <gml:pos>85874.070 447684.807 -1.120</gml:pos>
                           <gml:pos>85874.337 447684.706 -1.120</gml:pos>
                           <gml:pos>85874.611 447684.624 -1.120</gml:pos>
                           <gml:pos>85874.889 447684.561 -1.120</gml:pos>
                           <gml:pos>85875.171 447684.518 -1.120</gml:pos>
                           <gml:pos>85875.456 447684.495 -1.120</gml:pos>
                           <gml:pos>85878.803 447679.372 -1.120</gml:pos>
                           <gml:pos>85880.621 447676.582 -1.120</gml:pos>
                           <gml:pos>85902.615 447642.839 -1.120</gml:pos>
                           <gml:pos>85902.546 447642.637 -1.120</gml:pos>
                           <gml:pos>85902.491 447642.431 -1.120</gml:pos>
                           <gml:pos>85902.451 447642.222 -1.120</gml:pos>
                           <gml:pos>85902.426 447642.010 -1.120</gml:pos>
                           <gml:pos>85902.415 447641.797 -1.120</gml:pos>
                           <gml:pos>85902.420 447641.584 -1.120</gml:pos>
                           <gml:pos>85902.439 447641.372 -1.120</gml:pos>
                           <gml:pos>85902.474 447641.161 -1.120</gml:pos>
                           <gml:pos>85902.523 447640.954 -1.120</gml:pos>
                           <gml:pos>85902.586 447640.750 -1.120</gml:pos>
                           <gml:pos>85902.664 447640.552 -1.120</gml:pos>
                           <gml:pos>85902.755 447640.359 -1.120</gml:pos>
                           <gml:pos>85902.860 447640.173 -1.120</gml:pos>
                           <gml:pos>85902.978 447639.995 -1.120</gml:pos>
                           <gml:pos>85903.107 447639.826 -1.120</gml:pos>
                           <gml:pos>85903.249 447639.666 -1.120</gml:pos>
                           <gml:pos>85903.401 447639.517 -1.120</gml:pos>
                           <gml:pos>85903.563 447639.379 -1.120</gml:pos>
                           <gml:pos>85903.735 447639.252 -1.120</gml:pos>
                           <gml:pos>85903.915 447639.138 -1.120</gml:pos>
                           <gml:pos>85904.102 447639.036 -1.120</gml:pos>
                           <gml:pos>85904.296 447638.949 -1.120</gml:pos>
                           <gml:pos>85904.496 447638.874 -1.120</gml:pos>
                           <gml:pos>85904.701 447638.815 -1.120</gml:pos>
                           <gml:pos>85904.909 447638.769 -1.120</gml:pos>
                           <gml:pos>85905.120 447638.739 -1.120</gml:pos>
                           <gml:pos>85905.333 447638.723 -1.120</gml:pos>
                           <gml:pos>85911.762 447628.871 -1.120</gml:pos>
                           <gml:pos>85913.948 447625.521 -1.120</gml:pos>
                           <gml:pos>85914.231 447625.085 -1.120</gml:pos>
                           <gml:pos>85914.151 447624.925 -1.120</gml:pos>
                           <gml:pos>85914.082 447624.759 -1.120</gml:pos>
                           <gml:pos>85914.024 447624.589 -1.120</gml:pos>
                           <gml:pos>85913.979 447624.416 -1.120</gml:pos>
                           <gml:pos>85913.945 447624.240 -1.120</gml:pos>
                           <gml:pos>85913.924 447624.062 -1.120</gml:pos>
                           <gml:pos>85913.916 447623.882 -1.120</gml:pos>
                           <gml:pos>85913.919 447623.703 -1.120</gml:pos>
                           <gml:pos>85913.935 447623.525 -1.120</gml:pos>
                           <gml:pos>85913.964 447623.348 -1.120</gml:pos>
                           <gml:pos>85914.005 447623.173 -1.120</gml:pos>
                           <gml:pos>85914.057 447623.001 -1.120</gml:pos>
                           <gml:pos>85914.122 447622.834 -1.120</gml:pos>
                           <gml:pos>85914.198 447622.672 -1.120</gml:pos>
                           <gml:pos>85914.285 447622.515 -1.120</gml:pos>
                           <gml:pos>85914.382 447622.364 -1.120</gml:pos>
                           <gml:pos>85914.490 447622.221 -1.120</gml:pos>
                           <gml:pos>85914.608 447622.086 -1.120</gml:pos>
                           <gml:pos>85914.734 447621.959 -1.120</gml:pos>
                           <gml:pos>85914.869 447621.841 -1.120</gml:pos>
                           <gml:pos>85915.012 447621.732 -1.120</gml:pos>
                           <gml:pos>85915.162 447621.634 -1.120</gml:pos>
                           <gml:pos>85915.319 447621.547 -1.120</gml:pos>
                           <gml:pos>85915.481 447621.470 -1.120</gml:pos>
                           <gml:pos>85915.648 447621.405 -1.120</gml:pos>
                           <gml:pos>85915.820 447621.352 -1.120</gml:pos>
                           <gml:pos>85915.994 447621.311 -1.120</gml:pos>
                           <gml:pos>85916.171 447621.282 -1.120</gml:pos>
                           <gml:pos>85916.350 447621.265 -1.120</gml:pos>
                           <gml:pos>85916.529 447621.261 -1.120</gml:pos>
                           <gml:pos>85916.708 447621.269 -1.120</gml:pos>
                           <gml:pos>85919.305 447617.268 -1.120</gml:pos>
                           <gml:pos>85945.414 447577.261 -1.120</gml:pos>
                           <gml:pos>85937.006 447571.773 -1.120</gml:pos>
                           <gml:pos>85966.235 447526.992 -1.120</gml:pos>
                           <gml:pos>85971.158 447519.448 -1.120</gml:pos>
                           <gml:pos>85973.545 447515.791 -1.120</gml:pos>
                           <gml:pos>85983.431 447522.240 -1.120</gml:pos>
                           <gml:pos>85990.959 447527.151 -1.120</gml:pos>
                           <gml:pos>85989.469 447742.164 -1.120</gml:pos>
                        </gml:LinearRing>
                     </gml:exterior>
                  </gml:Polygon>
               </gml:surfaceMember>
            </gml:MultiSurface>
         </bldg:lod0FootPrint>
         <bldg:lod0RoofEdge>
            <gml:MultiSurface>
               <gml:surfaceMember>
                  <gml:Polygon>
                     <gml:exterior>
                        <gml:LinearRing>
                           <gml:pos>85989.469 447742.164 16.570</gml:pos>
                           <gml:pos>85984.184 447750.269 16.570</gml:pos>
                           <gml:pos>85980.827 447755.417 16.570</gml:pos>
                           <gml:pos>85951.584 447800.261 16.570</gml:pos>
                           <gml:pos>85867.508 447745.438 16.570</gml:pos>
                           <gml:pos>85865.148 447749.057 16.570</gml:pos>
                           <gml:pos>85860.834 447746.244 16.570</gml:pos>
                           <gml:pos>85863.194 447742.625 16.570</gml:pos>
                           <gml:pos>85845.226 447730.909 16.570</gml:pos>
                           <gml:pos>85870.994 447691.327 16.570</gml:pos>
                           <gml:pos>85871.842 447690.029 16.570</gml:pos>
                           <gml:pos>85871.749 447689.759 16.570</gml:pos>
                           <gml:pos>85871.675 447689.483 16.570</gml:pos>
                           <gml:pos>85871.620 447689.203 16.570</gml:pos>
                           <gml:pos>85871.586 447688.920 16.570</gml:pos>
                           <gml:pos>85871.571 447688.635 16.570</gml:pos>
                           <gml:pos>85871.576 447688.349 16.570</gml:pos>
                           <gml:pos>85871.601 447688.065 16.570</gml:pos>
                           <gml:pos>85871.646 447687.783 16.570</gml:pos>
                           <gml:pos>85871.710 447687.505 16.570</gml:pos>
                           <gml:pos>85871.794 447687.232 16.570</gml:pos>
                           <gml:pos>85871.897 447686.966 16.570</gml:pos>
                           <gml:pos>85872.018 447686.708 16.570</gml:pos>
                           <gml:pos>85872.157 447686.458 16.570</gml:pos>
                           <gml:pos>85872.313 447686.219 16.570</gml:pos>
                           <gml:pos>85872.486 447685.992 16.570</gml:pos>
                           <gml:pos>85872.674 447685.777 16.570</gml:pos>
                           <gml:pos>85872.876 447685.576 16.570</gml:pos>
                           <gml:pos>85873.092 447685.389 16.570</gml:pos>
                           <gml:pos>85873.321 447685.218 16.570</gml:pos>
                           <gml:pos>85873.561 447685.064 16.570</gml:pos>
                           <gml:pos>85873.811 447684.926 16.570</gml:pos>
                           <gml:pos>85874.070 447684.807 16.570</gml:pos>
                           <gml:pos>85874.337 447684.706 16.570</gml:pos>
                           <gml:pos>85874.611 447684.624 16.570</gml:pos>
                           <gml:pos>85874.889 447684.561 16.570</gml:pos>
                           <gml:pos>85875.171 447684.518 16.570</gml:pos>
                           <gml:pos>85875.456 447684.495 16.570</gml:pos>
                           <gml:pos>85878.803 447679.372 16.570</gml:pos>
                           <gml:pos>85880.621 447676.582 16.570</gml:pos>
                           <gml:pos>85902.615 447642.839 16.570</gml:pos>
                           <gml:pos>85902.546 447642.637 16.570</gml:pos>
                           <gml:pos>85902.491 447642.431 16.570</gml:pos>
                           <gml:pos>85902.451 447642.222 16.570</gml:pos>
                           <gml:pos>85902.426 447642.010 16.570</gml:pos>
                           <gml:pos>85902.415 447641.797 16.570</gml:pos>
                           <gml:pos>85902.420 447641.584 16.570</gml:pos>
                           <gml:pos>85902.439 447641.372 16.570</gml:pos>
                           <gml:pos>85902.474 447641.161 16.570</gml:pos>
                           <gml:pos>85902.523 447640.954 16.570</gml:pos>
                           <gml:pos>85902.586 447640.750 16.570</gml:pos>
                           <gml:pos>85902.664 447640.552 16.570</gml:pos>
                           <gml:pos>85902.755 447640.359 16.570</gml:pos>
                           <gml:pos>85902.860 447640.173 16.570</gml:pos>
                           <gml:pos>85902.978 447639.995 16.570</gml:pos>
                           <gml:pos>85903.107 447639.826 16.570</gml:pos>
                           <gml:pos>85903.249 447639.666 16.570</gml:pos>
                           <gml:pos>85903.401 447639.517 16.570</gml:pos>
                           <gml:pos>85903.563 447639.379 16.570</gml:pos>
                           <gml:pos>85903.735 447639.252 16.570</gml:pos>
                           <gml:pos>85903.915 447639.138 16.570</gml:pos>
                           <gml:pos>85904.102 447639.036 16.570</gml:pos>
                           <gml:pos>85904.296 447638.949 16.570</gml:pos>
                           <gml:pos>85904.496 447638.874 16.570</gml:pos>
                           <gml:pos>85904.701 447638.815 16.570</gml:pos>
                           <gml:pos>85904.909 447638.769 16.570</gml:pos>
                           <gml:pos>85905.120 447638.739 16.570</gml:pos>
                           <gml:pos>85905.333 447638.723 16.570</gml:pos>
                           <gml:pos>85911.762 447628.871 16.570</gml:pos>
                           <gml:pos>85913.948 447625.521 16.570</gml:pos>
                           <gml:pos>85914.231 447625.085 16.570</gml:pos>
                           <gml:pos>85914.151 447624.925 16.570</gml:pos>
                           <gml:pos>85914.082 447624.759 16.570</gml:pos>
                           <gml:pos>85914.024 447624.589 16.570</gml:pos>
                           <gml:pos>85913.979 447624.416 16.570</gml:pos>
                           <gml:pos>85913.945 447624.240 16.570</gml:pos>
                           <gml:pos>85913.924 447624.062 16.570</gml:pos>
                           <gml:pos>85913.916 447623.882 16.570</gml:pos>
                           <gml:pos>85913.919 447623.703 16.570</gml:pos>
                           <gml:pos>85913.935 447623.525 16.570</gml:pos>
                           <gml:pos>85913.964 447623.348 16.570</gml:pos>
                           <gml:pos>85914.005 447623.173 16.570</gml:pos>
                           <gml:pos>85914.057 447623.001 16.570</gml:pos>
                           <gml:pos>85914.122 447622.834 16.570</gml:pos>
                           <gml:pos>85914.198 447622.672 16.570</gml:pos>
                           <gml:pos>85914.285 447622.515 16.570</gml:pos>
                           <gml:pos>85914.382 447622.364 16.570</gml:pos>
                           <gml:pos>85914.490 447622.221 16.570</gml:pos>
                           <gml:pos>85914.608 447622.086 16.570</gml:pos>
                           <gml:pos>85914.734 447621.959 16.570</gml:pos>
                           <gml:pos>85914.869 447621.841 16.570</gml:pos>
                           <gml:pos>85915.012 447621.732 16.570</gml:pos>
                           <gml:pos>85915.162 447621.634 16.570</gml:pos>
                           <gml:pos>85915.319 447621.547 16.570</gml:pos>
                           <gml:pos>85915.481 447621.470 16.570</gml:pos>
                           <gml:pos>85915.648 447621.405 16.570</gml:pos>
                           <gml:pos>85915.820 447621.352 16.570</gml:pos>
                           <gml:pos>85915.994 447621.311 16.570</gml:pos>
                           <gml:pos>85916.171 447621.282 16.570</gml:pos>
                           <gml:pos>85916.350 447621.265 16.570</gml:pos>
                           <gml:pos>85916.529 447621.261 16.570</gml:pos>
                           <gml:pos>85916.708 447621.269 16.570</gml:pos>
                           <gml:pos>85919.305 447617.268 16.570</gml:pos>
                           <gml:pos>85945.414 447577.261 16.570</gml:pos>
                           <gml:pos>85937.006 447571.773 16.570</gml:pos>
                           <gml:pos>85966.235 447526.992 16.570</gml:pos>
                           <gml:pos>85971.158 447519.448 16.570</gml:pos>
                           <gml:pos>85973.545 447515.791 16.570</gml:pos>
                           <gml:pos>85983.431 447522.240 16.570</gml:pos>
                           <gml:pos>85990.959 447527.151 16.570</gml:pos>
                           <gml:pos>85989.469 447742.164 16.570</gml:pos>
                        </gml:LinearRing>
                     </gml:exterior>
                  </gml:Polygon>
               </gml:surfaceMember>
            </gml:MultiSurface>
         </bldg:lod0RoofEdge>
         <bldg:lod1Solid>
            <gml:Solid>
               <gml:exterior>
                  <gml:CompositeSurface>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85990.959 447527.151 -1.120</gml:pos>
                                 <gml:pos>85983.431 447522.240 -1.120</gml:pos>
                                 <gml:pos>85973.545 447515.791 -1.120</gml:pos>
                                 <gml:pos>85971.158 447519.448 -1.120</gml:pos>
                                 <gml:pos>85966.235 447526.992 -1.120</gml:pos>
                                 <gml:pos>85937.006 447571.773 -1.120</gml:pos>
                                 <gml:pos>85945.414 447577.261 -1.120</gml:pos>
                                 <gml:pos>85919.305 447617.268 -1.120</gml:pos>
                                 <gml:pos>85916.708 447621.269 -1.120</gml:pos>
                                 <gml:pos>85916.529 447621.261 -1.120</gml:pos>
                                 <gml:pos>85916.350 447621.265 -1.120</gml:pos>
                                 <gml:pos>85916.171 447621.282 -1.120</gml:pos>
                                 <gml:pos>85915.994 447621.311 -1.120</gml:pos>
                                 <gml:pos>85915.820 447621.352 -1.120</gml:pos>
                                 <gml:pos>85915.648 447621.405 -1.120</gml:pos>
                                 <gml:pos>85915.481 447621.470 -1.120</gml:pos>
                                 <gml:pos>85915.319 447621.547 -1.120</gml:pos>
                                 <gml:pos>85915.162 447621.634 -1.120</gml:pos>
                                 <gml:pos>85915.012 447621.732 -1.120</gml:pos>
                                 <gml:pos>85914.869 447621.841 -1.120</gml:pos>
                                 <gml:pos>85914.734 447621.959 -1.120</gml:pos>
                                 <gml:pos>85914.608 447622.086 -1.120</gml:pos>
                                 <gml:pos>85914.490 447622.221 -1.120</gml:pos>
                                 <gml:pos>85914.382 447622.364 -1.120</gml:pos>
                                 <gml:pos>85914.285 447622.515 -1.120</gml:pos>
                                 <gml:pos>85914.198 447622.672 -1.120</gml:pos>
                                 <gml:pos>85914.122 447622.834 -1.120</gml:pos>
                                 <gml:pos>85914.057 447623.001 -1.120</gml:pos>
                                 <gml:pos>85914.005 447623.173 -1.120</gml:pos>
                                 <gml:pos>85913.964 447623.348 -1.120</gml:pos>
                                 <gml:pos>85913.935 447623.525 -1.120</gml:pos>
                                 <gml:pos>85913.919 447623.703 -1.120</gml:pos>
                                 <gml:pos>85913.916 447623.882 -1.120</gml:pos>
                                 <gml:pos>85913.924 447624.062 -1.120</gml:pos>
                                 <gml:pos>85913.945 447624.240 -1.120</gml:pos>
                                 <gml:pos>85913.979 447624.416 -1.120</gml:pos>
                                 <gml:pos>85914.024 447624.589 -1.120</gml:pos>
                                 <gml:pos>85914.082 447624.759 -1.120</gml:pos>
                                 <gml:pos>85914.151 447624.925 -1.120</gml:pos>
                                 <gml:pos>85914.231 447625.085 -1.120</gml:pos>
                                 <gml:pos>85913.948 447625.521 -1.120</gml:pos>
                                 <gml:pos>85911.762 447628.871 -1.120</gml:pos>
                                 <gml:pos>85905.333 447638.723 -1.120</gml:pos>
                                 <gml:pos>85905.120 447638.739 -1.120</gml:pos>
                                 <gml:pos>85904.909 447638.769 -1.120</gml:pos>
                                 <gml:pos>85904.701 447638.815 -1.120</gml:pos>
                                 <gml:pos>85904.496 447638.874 -1.120</gml:pos>
                                 <gml:pos>85904.296 447638.949 -1.120</gml:pos>
                                 <gml:pos>85904.102 447639.036 -1.120</gml:pos>
                                 <gml:pos>85903.915 447639.138 -1.120</gml:pos>
                                 <gml:pos>85903.735 447639.252 -1.120</gml:pos>
                                 <gml:pos>85903.563 447639.379 -1.120</gml:pos>
                                 <gml:pos>85903.401 447639.517 -1.120</gml:pos>
                                 <gml:pos>85903.249 447639.666 -1.120</gml:pos>
                                 <gml:pos>85903.107 447639.826 -1.120</gml:pos>
                                 <gml:pos>85902.978 447639.995 -1.120</gml:pos>
                                 <gml:pos>85902.860 447640.173 -1.120</gml:pos>
                                 <gml:pos>85902.755 447640.359 -1.120</gml:pos>
                                 <gml:pos>85902.664 447640.552 -1.120</gml:pos>
                                 <gml:pos>85902.586 447640.750 -1.120</gml:pos>
                                 <gml:pos>85902.523 447640.954 -1.120</gml:pos>
                                 <gml:pos>85902.474 447641.161 -1.120</gml:pos>
                                 <gml:pos>85902.439 447641.372 -1.120</gml:pos>
                                 <gml:pos>85902.420 447641.584 -1.120</gml:pos>
                                 <gml:pos>85902.415 447641.797 -1.120</gml:pos>
                                 <gml:pos>85902.426 447642.010 -1.120</gml:pos>
                                 <gml:pos>85902.451 447642.222 -1.120</gml:pos>
                                 <gml:pos>85902.491 447642.431 -1.120</gml:pos>
                                 <gml:pos>85902.546 447642.637 -1.120</gml:pos>
                                 <gml:pos>85902.615 447642.839 -1.120</gml:pos>
                                 <gml:pos>85880.621 447676.582 -1.120</gml:pos>
                                 <gml:pos>85878.803 447679.372 -1.120</gml:pos>
                                 <gml:pos>85875.456 447684.495 -1.120</gml:pos>
                                 <gml:pos>85875.171 447684.518 -1.120</gml:pos>
                                 <gml:pos>85874.889 447684.561 -1.120</gml:pos>
                                 <gml:pos>85874.611 447684.624 -1.120</gml:pos>
                                 <gml:pos>85874.337 447684.706 -1.120</gml:pos>
                                 <gml:pos>85874.070 447684.807 -1.120</gml:pos>
                                 <gml:pos>85873.811 447684.926 -1.120</gml:pos>
                                 <gml:pos>85873.561 447685.064 -1.120</gml:pos>
                                 <gml:pos>85873.321 447685.218 -1.120</gml:pos>
                                 <gml:pos>85873.092 447685.389 -1.120</gml:pos>
                                 <gml:pos>85872.876 447685.576 -1.120</gml:pos>
                                 <gml:pos>85872.674 447685.777 -1.120</gml:pos>
                                 <gml:pos>85872.486 447685.992 -1.120</gml:pos>
                                 <gml:pos>85872.313 447686.219 -1.120</gml:pos>
                                 <gml:pos>85872.157 447686.458 -1.120</gml:pos>
                                 <gml:pos>85872.018 447686.708 -1.120</gml:pos>
                                 <gml:pos>85871.897 447686.966 -1.120</gml:pos>
                                 <gml:pos>85871.794 447687.232 -1.120</gml:pos>
                                 <gml:pos>85871.710 447687.505 -1.120</gml:pos>
                                 <gml:pos>85871.646 447687.783 -1.120</gml:pos>
                                 <gml:pos>85871.601 447688.065 -1.120</gml:pos>
                                 <gml:pos>85871.576 447688.349 -1.120</gml:pos>
                                 <gml:pos>85871.571 447688.635 -1.120</gml:pos>
                                 <gml:pos>85871.586 447688.920 -1.120</gml:pos>
                                 <gml:pos>85871.620 447689.203 -1.120</gml:pos>
                                 <gml:pos>85871.675 447689.483 -1.120</gml:pos>
                                 <gml:pos>85871.749 447689.759 -1.120</gml:pos>
                                 <gml:pos>85871.842 447690.029 -1.120</gml:pos>
                                 <gml:pos>85870.994 447691.327 -1.120</gml:pos>
                                 <gml:pos>85845.226 447730.909 -1.120</gml:pos>
                                 <gml:pos>85863.194 447742.625 -1.120</gml:pos>
                                 <gml:pos>85860.834 447746.244 -1.120</gml:pos>
                                 <gml:pos>85865.148 447749.057 -1.120</gml:pos>
                                 <gml:pos>85867.508 447745.438 -1.120</gml:pos>
                                 <gml:pos>85951.584 447800.261 -1.120</gml:pos>
                                 <gml:pos>85980.827 447755.417 -1.120</gml:pos>
                                 <gml:pos>85984.184 447750.269 -1.120</gml:pos>
                                 <gml:pos>85989.469 447742.164 -1.120</gml:pos>
                                 <gml:pos>85990.959 447527.151 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85989.469 447742.164 16.570</gml:pos>
                                 <gml:pos>85984.184 447750.269 16.570</gml:pos>
                                 <gml:pos>85980.827 447755.417 16.570</gml:pos>
                                 <gml:pos>85951.584 447800.261 16.570</gml:pos>
                                 <gml:pos>85867.508 447745.438 16.570</gml:pos>
                                 <gml:pos>85865.148 447749.057 16.570</gml:pos>
                                 <gml:pos>85860.834 447746.244 16.570</gml:pos>
                                 <gml:pos>85863.194 447742.625 16.570</gml:pos>
                                 <gml:pos>85845.226 447730.909 16.570</gml:pos>
                                 <gml:pos>85870.994 447691.327 16.570</gml:pos>
                                 <gml:pos>85871.842 447690.029 16.570</gml:pos>
                                 <gml:pos>85871.749 447689.759 16.570</gml:pos>
                                 <gml:pos>85871.675 447689.483 16.570</gml:pos>
                                 <gml:pos>85871.620 447689.203 16.570</gml:pos>
                                 <gml:pos>85871.586 447688.920 16.570</gml:pos>
                                 <gml:pos>85871.571 447688.635 16.570</gml:pos>
                                 <gml:pos>85871.576 447688.349 16.570</gml:pos>
                                 <gml:pos>85871.601 447688.065 16.570</gml:pos>
                                 <gml:pos>85871.646 447687.783 16.570</gml:pos>
                                 <gml:pos>85871.710 447687.505 16.570</gml:pos>
                                 <gml:pos>85871.794 447687.232 16.570</gml:pos>
                                 <gml:pos>85871.897 447686.966 16.570</gml:pos>
                                 <gml:pos>85872.018 447686.708 16.570</gml:pos>
                                 <gml:pos>85872.157 447686.458 16.570</gml:pos>
                                 <gml:pos>85872.313 447686.219 16.570</gml:pos>
                                 <gml:pos>85872.486 447685.992 16.570</gml:pos>
                                 <gml:pos>85872.674 447685.777 16.570</gml:pos>
                                 <gml:pos>85872.876 447685.576 16.570</gml:pos>
                                 <gml:pos>85873.092 447685.389 16.570</gml:pos>
                                 <gml:pos>85873.321 447685.218 16.570</gml:pos>
                                 <gml:pos>85873.561 447685.064 16.570</gml:pos>
                                 <gml:pos>85873.811 447684.926 16.570</gml:pos>
                                 <gml:pos>85874.070 447684.807 16.570</gml:pos>
                                 <gml:pos>85874.337 447684.706 16.570</gml:pos>
                                 <gml:pos>85874.611 447684.624 16.570</gml:pos>
                                 <gml:pos>85874.889 447684.561 16.570</gml:pos>
                                 <gml:pos>85875.171 447684.518 16.570</gml:pos>
                                 <gml:pos>85875.456 447684.495 16.570</gml:pos>
                                 <gml:pos>85878.803 447679.372 16.570</gml:pos>
                                 <gml:pos>85880.621 447676.582 16.570</gml:pos>
                                 <gml:pos>85902.615 447642.839 16.570</gml:pos>
                                 <gml:pos>85902.546 447642.637 16.570</gml:pos>
                                 <gml:pos>85902.491 447642.431 16.570</gml:pos>
                                 <gml:pos>85902.451 447642.222 16.570</gml:pos>
                                 <gml:pos>85902.426 447642.010 16.570</gml:pos>
                                 <gml:pos>85902.415 447641.797 16.570</gml:pos>
                                 <gml:pos>85902.420 447641.584 16.570</gml:pos>
                                 <gml:pos>85902.439 447641.372 16.570</gml:pos>
                                 <gml:pos>85902.474 447641.161 16.570</gml:pos>
                                 <gml:pos>85902.523 447640.954 16.570</gml:pos>
                                 <gml:pos>85902.586 447640.750 16.570</gml:pos>
                                 <gml:pos>85902.664 447640.552 16.570</gml:pos>
                                 <gml:pos>85902.755 447640.359 16.570</gml:pos>
                                 <gml:pos>85902.860 447640.173 16.570</gml:pos>
                                 <gml:pos>85902.978 447639.995 16.570</gml:pos>
                                 <gml:pos>85903.107 447639.826 16.570</gml:pos>
                                 <gml:pos>85903.249 447639.666 16.570</gml:pos>
                                 <gml:pos>85903.401 447639.517 16.570</gml:pos>
                                 <gml:pos>85903.563 447639.379 16.570</gml:pos>
                                 <gml:pos>85903.735 447639.252 16.570</gml:pos>
                                 <gml:pos>85903.915 447639.138 16.570</gml:pos>
                                 <gml:pos>85904.102 447639.036 16.570</gml:pos>
                                 <gml:pos>85904.296 447638.949 16.570</gml:pos>
                                 <gml:pos>85904.496 447638.874 16.570</gml:pos>
                                 <gml:pos>85904.701 447638.815 16.570</gml:pos>
                                 <gml:pos>85904.909 447638.769 16.570</gml:pos>
                                 <gml:pos>85905.120 447638.739 16.570</gml:pos>
                                 <gml:pos>85905.333 447638.723 16.570</gml:pos>
                                 <gml:pos>85911.762 447628.871 16.570</gml:pos>
                                 <gml:pos>85913.948 447625.521 16.570</gml:pos>
                                 <gml:pos>85914.231 447625.085 16.570</gml:pos>
                                 <gml:pos>85914.151 447624.925 16.570</gml:pos>
                                 <gml:pos>85914.082 447624.759 16.570</gml:pos>
                                 <gml:pos>85914.024 447624.589 16.570</gml:pos>
                                 <gml:pos>85913.979 447624.416 16.570</gml:pos>
                                 <gml:pos>85913.945 447624.240 16.570</gml:pos>
                                 <gml:pos>85913.924 447624.062 16.570</gml:pos>
                                 <gml:pos>85913.916 447623.882 16.570</gml:pos>
                                 <gml:pos>85913.919 447623.703 16.570</gml:pos>
                                 <gml:pos>85913.935 447623.525 16.570</gml:pos>
                                 <gml:pos>85913.964 447623.348 16.570</gml:pos>
                                 <gml:pos>85914.005 447623.173 16.570</gml:pos>
                                 <gml:pos>85914.057 447623.001 16.570</gml:pos>
                                 <gml:pos>85914.122 447622.834 16.570</gml:pos>
                                 <gml:pos>85914.198 447622.672 16.570</gml:pos>
                                 <gml:pos>85914.285 447622.515 16.570</gml:pos>
                                 <gml:pos>85914.382 447622.364 16.570</gml:pos>
                                 <gml:pos>85914.490 447622.221 16.570</gml:pos>
                                 <gml:pos>85914.608 447622.086 16.570</gml:pos>
                                 <gml:pos>85914.734 447621.959 16.570</gml:pos>
                                 <gml:pos>85914.869 447621.841 16.570</gml:pos>
                                 <gml:pos>85915.012 447621.732 16.570</gml:pos>
                                 <gml:pos>85915.162 447621.634 16.570</gml:pos>
                                 <gml:pos>85915.319 447621.547 16.570</gml:pos>
                                 <gml:pos>85915.481 447621.470 16.570</gml:pos>
                                 <gml:pos>85915.648 447621.405 16.570</gml:pos>
                                 <gml:pos>85915.820 447621.352 16.570</gml:pos>
                                 <gml:pos>85915.994 447621.311 16.570</gml:pos>
                                 <gml:pos>85916.171 447621.282 16.570</gml:pos>
                                 <gml:pos>85916.350 447621.265 16.570</gml:pos>
                                 <gml:pos>85916.529 447621.261 16.570</gml:pos>
                                 <gml:pos>85916.708 447621.269 16.570</gml:pos>
                                 <gml:pos>85919.305 447617.268 16.570</gml:pos>
                                 <gml:pos>85945.414 447577.261 16.570</gml:pos>
                                 <gml:pos>85937.006 447571.773 16.570</gml:pos>
                                 <gml:pos>85966.235 447526.992 16.570</gml:pos>
                                 <gml:pos>85971.158 447519.448 16.570</gml:pos>
                                 <gml:pos>85973.545 447515.791 16.570</gml:pos>
                                 <gml:pos>85983.431 447522.240 16.570</gml:pos>
                                 <gml:pos>85990.959 447527.151 16.570</gml:pos>
                                 <gml:pos>85989.469 447742.164 16.570</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85983.431 447522.240 -1.120</gml:pos>
                                 <gml:pos>85990.959 447527.151 -1.120</gml:pos>
                                 <gml:pos>85990.959 447527.151 16.570</gml:pos>
                                 <gml:pos>85983.431 447522.240 16.570</gml:pos>
                                 <gml:pos>85983.431 447522.240 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85973.545 447515.791 -1.120</gml:pos>
                                 <gml:pos>85983.431 447522.240 -1.120</gml:pos>
                                 <gml:pos>85983.431 447522.240 16.570</gml:pos>
                                 <gml:pos>85973.545 447515.791 16.570</gml:pos>
                                 <gml:pos>85973.545 447515.791 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85971.158 447519.448 -1.120</gml:pos>
                                 <gml:pos>85973.545 447515.791 -1.120</gml:pos>
                                 <gml:pos>85973.545 447515.791 16.570</gml:pos>
                                 <gml:pos>85971.158 447519.448 16.570</gml:pos>
                                 <gml:pos>85971.158 447519.448 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85966.235 447526.992 -1.120</gml:pos>
                                 <gml:pos>85971.158 447519.448 -1.120</gml:pos>
                                 <gml:pos>85971.158 447519.448 16.570</gml:pos>
                                 <gml:pos>85966.235 447526.992 16.570</gml:pos>
                                 <gml:pos>85966.235 447526.992 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85937.006 447571.773 -1.120</gml:pos>
                                 <gml:pos>85966.235 447526.992 -1.120</gml:pos>
                                 <gml:pos>85966.235 447526.992 16.570</gml:pos>
                                 <gml:pos>85937.006 447571.773 16.570</gml:pos>
                                 <gml:pos>85937.006 447571.773 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85945.414 447577.261 -1.120</gml:pos>
                                 <gml:pos>85937.006 447571.773 -1.120</gml:pos>
                                 <gml:pos>85937.006 447571.773 16.570</gml:pos>
                                 <gml:pos>85945.414 447577.261 16.570</gml:pos>
                                 <gml:pos>85945.414 447577.261 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85919.305 447617.268 -1.120</gml:pos>
                                 <gml:pos>85945.414 447577.261 -1.120</gml:pos>
                                 <gml:pos>85945.414 447577.261 16.570</gml:pos>
                                 <gml:pos>85919.305 447617.268 16.570</gml:pos>
                                 <gml:pos>85919.305 447617.268 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85916.708 447621.269 -1.120</gml:pos>
                                 <gml:pos>85919.305 447617.268 -1.120</gml:pos>
                                 <gml:pos>85919.305 447617.268 16.570</gml:pos>
                                 <gml:pos>85916.708 447621.269 16.570</gml:pos>
                                 <gml:pos>85916.708 447621.269 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85916.529 447621.261 -1.120</gml:pos>
                                 <gml:pos>85916.708 447621.269 -1.120</gml:pos>
                                 <gml:pos>85916.708 447621.269 16.570</gml:pos>
                                 <gml:pos>85916.529 447621.261 16.570</gml:pos>
                                 <gml:pos>85916.529 447621.261 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85916.350 447621.265 -1.120</gml:pos>
                                 <gml:pos>85916.529 447621.261 -1.120</gml:pos>
                                 <gml:pos>85916.529 447621.261 16.570</gml:pos>
                                 <gml:pos>85916.350 447621.265 16.570</gml:pos>
                                 <gml:pos>85916.350 447621.265 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85916.171 447621.282 -1.120</gml:pos>
                                 <gml:pos>85916.350 447621.265 -1.120</gml:pos>
                                 <gml:pos>85916.350 447621.265 16.570</gml:pos>
                                 <gml:pos>85916.171 447621.282 16.570</gml:pos>
                                 <gml:pos>85916.171 447621.282 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85915.994 447621.311 -1.120</gml:pos>
                                 <gml:pos>85916.171 447621.282 -1.120</gml:pos>
                                 <gml:pos>85916.171 447621.282 16.570</gml:pos>
                                 <gml:pos>85915.994 447621.311 16.570</gml:pos>
                                 <gml:pos>85915.994 447621.311 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85915.820 447621.352 -1.120</gml:pos>
                                 <gml:pos>85915.994 447621.311 -1.120</gml:pos>
                                 <gml:pos>85915.994 447621.311 16.570</gml:pos>
                                 <gml:pos>85915.820 447621.352 16.570</gml:pos>
                                 <gml:pos>85915.820 447621.352 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85915.648 447621.405 -1.120</gml:pos>
                                 <gml:pos>85915.820 447621.352 -1.120</gml:pos>
                                 <gml:pos>85915.820 447621.352 16.570</gml:pos>
                                 <gml:pos>85915.648 447621.405 16.570</gml:pos>
                                 <gml:pos>85915.648 447621.405 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85915.481 447621.470 -1.120</gml:pos>
                                 <gml:pos>85915.648 447621.405 -1.120</gml:pos>
                                 <gml:pos>85915.648 447621.405 16.570</gml:pos>
                                 <gml:pos>85915.481 447621.470 16.570</gml:pos>
                                 <gml:pos>85915.481 447621.470 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85915.319 447621.547 -1.120</gml:pos>
                                 <gml:pos>85915.481 447621.470 -1.120</gml:pos>
                                 <gml:pos>85915.481 447621.470 16.570</gml:pos>
                                 <gml:pos>85915.319 447621.547 16.570</gml:pos>
                                 <gml:pos>85915.319 447621.547 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85915.162 447621.634 -1.120</gml:pos>
                                 <gml:pos>85915.319 447621.547 -1.120</gml:pos>
                                 <gml:pos>85915.319 447621.547 16.570</gml:pos>
                                 <gml:pos>85915.162 447621.634 16.570</gml:pos>
                                 <gml:pos>85915.162 447621.634 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85915.012 447621.732 -1.120</gml:pos>
                                 <gml:pos>85915.162 447621.634 -1.120</gml:pos>
                                 <gml:pos>85915.162 447621.634 16.570</gml:pos>
                                 <gml:pos>85915.012 447621.732 16.570</gml:pos>
                                 <gml:pos>85915.012 447621.732 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.869 447621.841 -1.120</gml:pos>
                                 <gml:pos>85915.012 447621.732 -1.120</gml:pos>
                                 <gml:pos>85915.012 447621.732 16.570</gml:pos>
                                 <gml:pos>85914.869 447621.841 16.570</gml:pos>
                                 <gml:pos>85914.869 447621.841 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.734 447621.959 -1.120</gml:pos>
                                 <gml:pos>85914.869 447621.841 -1.120</gml:pos>
                                 <gml:pos>85914.869 447621.841 16.570</gml:pos>
                                 <gml:pos>85914.734 447621.959 16.570</gml:pos>
                                 <gml:pos>85914.734 447621.959 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.608 447622.086 -1.120</gml:pos>
                                 <gml:pos>85914.734 447621.959 -1.120</gml:pos>
                                 <gml:pos>85914.734 447621.959 16.570</gml:pos>
                                 <gml:pos>85914.608 447622.086 16.570</gml:pos>
                                 <gml:pos>85914.608 447622.086 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.490 447622.221 -1.120</gml:pos>
                                 <gml:pos>85914.608 447622.086 -1.120</gml:pos>
                                 <gml:pos>85914.608 447622.086 16.570</gml:pos>
                                 <gml:pos>85914.490 447622.221 16.570</gml:pos>
                                 <gml:pos>85914.490 447622.221 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.382 447622.364 -1.120</gml:pos>
                                 <gml:pos>85914.490 447622.221 -1.120</gml:pos>
                                 <gml:pos>85914.490 447622.221 16.570</gml:pos>
                                 <gml:pos>85914.382 447622.364 16.570</gml:pos>
                                 <gml:pos>85914.382 447622.364 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.285 447622.515 -1.120</gml:pos>
                                 <gml:pos>85914.382 447622.364 -1.120</gml:pos>
                                 <gml:pos>85914.382 447622.364 16.570</gml:pos>
                                 <gml:pos>85914.285 447622.515 16.570</gml:pos>
                                 <gml:pos>85914.285 447622.515 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.198 447622.672 -1.120</gml:pos>
                                 <gml:pos>85914.285 447622.515 -1.120</gml:pos>
                                 <gml:pos>85914.285 447622.515 16.570</gml:pos>
                                 <gml:pos>85914.198 447622.672 16.570</gml:pos>
                                 <gml:pos>85914.198 447622.672 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.122 447622.834 -1.120</gml:pos>
                                 <gml:pos>85914.198 447622.672 -1.120</gml:pos>
                                 <gml:pos>85914.198 447622.672 16.570</gml:pos>
                                 <gml:pos>85914.122 447622.834 16.570</gml:pos>
                                 <gml:pos>85914.122 447622.834 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.057 447623.001 -1.120</gml:pos>
                                 <gml:pos>85914.122 447622.834 -1.120</gml:pos>
                                 <gml:pos>85914.122 447622.834 16.570</gml:pos>
                                 <gml:pos>85914.057 447623.001 16.570</gml:pos>
                                 <gml:pos>85914.057 447623.001 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.005 447623.173 -1.120</gml:pos>
                                 <gml:pos>85914.057 447623.001 -1.120</gml:pos>
                                 <gml:pos>85914.057 447623.001 16.570</gml:pos>
                                 <gml:pos>85914.005 447623.173 16.570</gml:pos>
                                 <gml:pos>85914.005 447623.173 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85913.964 447623.348 -1.120</gml:pos>
                                 <gml:pos>85914.005 447623.173 -1.120</gml:pos>
                                 <gml:pos>85914.005 447623.173 16.570</gml:pos>
                                 <gml:pos>85913.964 447623.348 16.570</gml:pos>
                                 <gml:pos>85913.964 447623.348 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85913.935 447623.525 -1.120</gml:pos>
                                 <gml:pos>85913.964 447623.348 -1.120</gml:pos>
                                 <gml:pos>85913.964 447623.348 16.570</gml:pos>
                                 <gml:pos>85913.935 447623.525 16.570</gml:pos>
                                 <gml:pos>85913.935 447623.525 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85913.919 447623.703 -1.120</gml:pos>
                                 <gml:pos>85913.935 447623.525 -1.120</gml:pos>
                                 <gml:pos>85913.935 447623.525 16.570</gml:pos>
                                 <gml:pos>85913.919 447623.703 16.570</gml:pos>
                                 <gml:pos>85913.919 447623.703 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85913.916 447623.882 -1.120</gml:pos>
                                 <gml:pos>85913.919 447623.703 -1.120</gml:pos>
                                 <gml:pos>85913.919 447623.703 16.570</gml:pos>
                                 <gml:pos>85913.916 447623.882 16.570</gml:pos>
                                 <gml:pos>85913.916 447623.882 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85913.924 447624.062 -1.120</gml:pos>
                                 <gml:pos>85913.916 447623.882 -1.120</gml:pos>
                                 <gml:pos>85913.916 447623.882 16.570</gml:pos>
                                 <gml:pos>85913.924 447624.062 16.570</gml:pos>
                                 <gml:pos>85913.924 447624.062 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85913.945 447624.240 -1.120</gml:pos>
                                 <gml:pos>85913.924 447624.062 -1.120</gml:pos>
                                 <gml:pos>85913.924 447624.062 16.570</gml:pos>
                                 <gml:pos>85913.945 447624.240 16.570</gml:pos>
                                 <gml:pos>85913.945 447624.240 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85913.979 447624.416 -1.120</gml:pos>
                                 <gml:pos>85913.945 447624.240 -1.120</gml:pos>
                                 <gml:pos>85913.945 447624.240 16.570</gml:pos>
                                 <gml:pos>85913.979 447624.416 16.570</gml:pos>
                                 <gml:pos>85913.979 447624.416 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.024 447624.589 -1.120</gml:pos>
                                 <gml:pos>85913.979 447624.416 -1.120</gml:pos>
                                 <gml:pos>85913.979 447624.416 16.570</gml:pos>
                                 <gml:pos>85914.024 447624.589 16.570</gml:pos>
                                 <gml:pos>85914.024 447624.589 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.082 447624.759 -1.120</gml:pos>
                                 <gml:pos>85914.024 447624.589 -1.120</gml:pos>
                                 <gml:pos>85914.024 447624.589 16.570</gml:pos>
                                 <gml:pos>85914.082 447624.759 16.570</gml:pos>
                                 <gml:pos>85914.082 447624.759 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.151 447624.925 -1.120</gml:pos>
                                 <gml:pos>85914.082 447624.759 -1.120</gml:pos>
                                 <gml:pos>85914.082 447624.759 16.570</gml:pos>
                                 <gml:pos>85914.151 447624.925 16.570</gml:pos>
                                 <gml:pos>85914.151 447624.925 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85914.231 447625.085 -1.120</gml:pos>
                                 <gml:pos>85914.151 447624.925 -1.120</gml:pos>
                                 <gml:pos>85914.151 447624.925 16.570</gml:pos>
                                 <gml:pos>85914.231 447625.085 16.570</gml:pos>
                                 <gml:pos>85914.231 447625.085 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85913.948 447625.521 -1.120</gml:pos>
                                 <gml:pos>85914.231 447625.085 -1.120</gml:pos>
                                 <gml:pos>85914.231 447625.085 16.570</gml:pos>
                                 <gml:pos>85913.948 447625.521 16.570</gml:pos>
                                 <gml:pos>85913.948 447625.521 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85911.762 447628.871 -1.120</gml:pos>
                                 <gml:pos>85913.948 447625.521 -1.120</gml:pos>
                                 <gml:pos>85913.948 447625.521 16.570</gml:pos>
                                 <gml:pos>85911.762 447628.871 16.570</gml:pos>
                                 <gml:pos>85911.762 447628.871 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85905.333 447638.723 -1.120</gml:pos>
                                 <gml:pos>85911.762 447628.871 -1.120</gml:pos>
                                 <gml:pos>85911.762 447628.871 16.570</gml:pos>
                                 <gml:pos>85905.333 447638.723 16.570</gml:pos>
                                 <gml:pos>85905.333 447638.723 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85905.120 447638.739 -1.120</gml:pos>
                                 <gml:pos>85905.333 447638.723 -1.120</gml:pos>
                                 <gml:pos>85905.333 447638.723 16.570</gml:pos>
                                 <gml:pos>85905.120 447638.739 16.570</gml:pos>
                                 <gml:pos>85905.120 447638.739 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85904.909 447638.769 -1.120</gml:pos>
                                 <gml:pos>85905.120 447638.739 -1.120</gml:pos>
                                 <gml:pos>85905.120 447638.739 16.570</gml:pos>
                                 <gml:pos>85904.909 447638.769 16.570</gml:pos>
                                 <gml:pos>85904.909 447638.769 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85904.701 447638.815 -1.120</gml:pos>
                                 <gml:pos>85904.909 447638.769 -1.120</gml:pos>
                                 <gml:pos>85904.909 447638.769 16.570</gml:pos>
                                 <gml:pos>85904.701 447638.815 16.570</gml:pos>
                                 <gml:pos>85904.701 447638.815 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85904.496 447638.874 -1.120</gml:pos>
                                 <gml:pos>85904.701 447638.815 -1.120</gml:pos>
                                 <gml:pos>85904.701 447638.815 16.570</gml:pos>
                                 <gml:pos>85904.496 447638.874 16.570</gml:pos>
                                 <gml:pos>85904.496 447638.874 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85904.296 447638.949 -1.120</gml:pos>
                                 <gml:pos>85904.496 447638.874 -1.120</gml:pos>
                                 <gml:pos>85904.496 447638.874 16.570</gml:pos>
                                 <gml:pos>85904.296 447638.949 16.570</gml:pos>
                                 <gml:pos>85904.296 447638.949 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85904.102 447639.036 -1.120</gml:pos>
                                 <gml:pos>85904.296 447638.949 -1.120</gml:pos>
                                 <gml:pos>85904.296 447638.949 16.570</gml:pos>
                                 <gml:pos>85904.102 447639.036 16.570</gml:pos>
                                 <gml:pos>85904.102 447639.036 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85903.915 447639.138 -1.120</gml:pos>
                                 <gml:pos>85904.102 447639.036 -1.120</gml:pos>
                                 <gml:pos>85904.102 447639.036 16.570</gml:pos>
                                 <gml:pos>85903.915 447639.138 16.570</gml:pos>
                                 <gml:pos>85903.915 447639.138 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85903.735 447639.252 -1.120</gml:pos>
                                 <gml:pos>85903.915 447639.138 -1.120</gml:pos>
                                 <gml:pos>85903.915 447639.138 16.570</gml:pos>
                                 <gml:pos>85903.735 447639.252 16.570</gml:pos>
                                 <gml:pos>85903.735 447639.252 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85903.563 447639.379 -1.120</gml:pos>
                                 <gml:pos>85903.735 447639.252 -1.120</gml:pos>
                                 <gml:pos>85903.735 447639.252 16.570</gml:pos>
                                 <gml:pos>85903.563 447639.379 16.570</gml:pos>
                                 <gml:pos>85903.563 447639.379 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85903.401 447639.517 -1.120</gml:pos>
                                 <gml:pos>85903.563 447639.379 -1.120</gml:pos>
                                 <gml:pos>85903.563 447639.379 16.570</gml:pos>
                                 <gml:pos>85903.401 447639.517 16.570</gml:pos>
                                 <gml:pos>85903.401 447639.517 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85903.249 447639.666 -1.120</gml:pos>
                                 <gml:pos>85903.401 447639.517 -1.120</gml:pos>
                                 <gml:pos>85903.401 447639.517 16.570</gml:pos>
                                 <gml:pos>85903.249 447639.666 16.570</gml:pos>
                                 <gml:pos>85903.249 447639.666 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85903.107 447639.826 -1.120</gml:pos>
                                 <gml:pos>85903.249 447639.666 -1.120</gml:pos>
                                 <gml:pos>85903.249 447639.666 16.570</gml:pos>
                                 <gml:pos>85903.107 447639.826 16.570</gml:pos>
                                 <gml:pos>85903.107 447639.826 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.978 447639.995 -1.120</gml:pos>
                                 <gml:pos>85903.107 447639.826 -1.120</gml:pos>
                                 <gml:pos>85903.107 447639.826 16.570</gml:pos>
                                 <gml:pos>85902.978 447639.995 16.570</gml:pos>
                                 <gml:pos>85902.978 447639.995 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.860 447640.173 -1.120</gml:pos>
                                 <gml:pos>85902.978 447639.995 -1.120</gml:pos>
                                 <gml:pos>85902.978 447639.995 16.570</gml:pos>
                                 <gml:pos>85902.860 447640.173 16.570</gml:pos>
                                 <gml:pos>85902.860 447640.173 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.755 447640.359 -1.120</gml:pos>
                                 <gml:pos>85902.860 447640.173 -1.120</gml:pos>
                                 <gml:pos>85902.860 447640.173 16.570</gml:pos>
                                 <gml:pos>85902.755 447640.359 16.570</gml:pos>
                                 <gml:pos>85902.755 447640.359 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.664 447640.552 -1.120</gml:pos>
                                 <gml:pos>85902.755 447640.359 -1.120</gml:pos>
                                 <gml:pos>85902.755 447640.359 16.570</gml:pos>
                                 <gml:pos>85902.664 447640.552 16.570</gml:pos>
                                 <gml:pos>85902.664 447640.552 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.586 447640.750 -1.120</gml:pos>
                                 <gml:pos>85902.664 447640.552 -1.120</gml:pos>
                                 <gml:pos>85902.664 447640.552 16.570</gml:pos>
                                 <gml:pos>85902.586 447640.750 16.570</gml:pos>
                                 <gml:pos>85902.586 447640.750 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.523 447640.954 -1.120</gml:pos>
                                 <gml:pos>85902.586 447640.750 -1.120</gml:pos>
                                 <gml:pos>85902.586 447640.750 16.570</gml:pos>
                                 <gml:pos>85902.523 447640.954 16.570</gml:pos>
                                 <gml:pos>85902.523 447640.954 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.474 447641.161 -1.120</gml:pos>
                                 <gml:pos>85902.523 447640.954 -1.120</gml:pos>
                                 <gml:pos>85902.523 447640.954 16.570</gml:pos>
                                 <gml:pos>85902.474 447641.161 16.570</gml:pos>
                                 <gml:pos>85902.474 447641.161 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.439 447641.372 -1.120</gml:pos>
                                 <gml:pos>85902.474 447641.161 -1.120</gml:pos>
                                 <gml:pos>85902.474 447641.161 16.570</gml:pos>
                                 <gml:pos>85902.439 447641.372 16.570</gml:pos>
                                 <gml:pos>85902.439 447641.372 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.420 447641.584 -1.120</gml:pos>
                                 <gml:pos>85902.439 447641.372 -1.120</gml:pos>
                                 <gml:pos>85902.439 447641.372 16.570</gml:pos>
                                 <gml:pos>85902.420 447641.584 16.570</gml:pos>
                                 <gml:pos>85902.420 447641.584 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.415 447641.797 -1.120</gml:pos>
                                 <gml:pos>85902.420 447641.584 -1.120</gml:pos>
                                 <gml:pos>85902.420 447641.584 16.570</gml:pos>
                                 <gml:pos>85902.415 447641.797 16.570</gml:pos>
                                 <gml:pos>85902.415 447641.797 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.426 447642.010 -1.120</gml:pos>
                                 <gml:pos>85902.415 447641.797 -1.120</gml:pos>
                                 <gml:pos>85902.415 447641.797 16.570</gml:pos>
                                 <gml:pos>85902.426 447642.010 16.570</gml:pos>
                                 <gml:pos>85902.426 447642.010 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.451 447642.222 -1.120</gml:pos>
                                 <gml:pos>85902.426 447642.010 -1.120</gml:pos>
                                 <gml:pos>85902.426 447642.010 16.570</gml:pos>
                                 <gml:pos>85902.451 447642.222 16.570</gml:pos>
                                 <gml:pos>85902.451 447642.222 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.491 447642.431 -1.120</gml:pos>
                                 <gml:pos>85902.451 447642.222 -1.120</gml:pos>
                                 <gml:pos>85902.451 447642.222 16.570</gml:pos>
                                 <gml:pos>85902.491 447642.431 16.570</gml:pos>
                                 <gml:pos>85902.491 447642.431 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.546 447642.637 -1.120</gml:pos>
                                 <gml:pos>85902.491 447642.431 -1.120</gml:pos>
                                 <gml:pos>85902.491 447642.431 16.570</gml:pos>
                                 <gml:pos>85902.546 447642.637 16.570</gml:pos>
                                 <gml:pos>85902.546 447642.637 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85902.615 447642.839 -1.120</gml:pos>
                                 <gml:pos>85902.546 447642.637 -1.120</gml:pos>
                                 <gml:pos>85902.546 447642.637 16.570</gml:pos>
                                 <gml:pos>85902.615 447642.839 16.570</gml:pos>
                                 <gml:pos>85902.615 447642.839 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85880.621 447676.582 -1.120</gml:pos>
                                 <gml:pos>85902.615 447642.839 -1.120</gml:pos>
                                 <gml:pos>85902.615 447642.839 16.570</gml:pos>
                                 <gml:pos>85880.621 447676.582 16.570</gml:pos>
                                 <gml:pos>85880.621 447676.582 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85878.803 447679.372 -1.120</gml:pos>
                                 <gml:pos>85880.621 447676.582 -1.120</gml:pos>
                                 <gml:pos>85880.621 447676.582 16.570</gml:pos>
                                 <gml:pos>85878.803 447679.372 16.570</gml:pos>
                                 <gml:pos>85878.803 447679.372 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85875.456 447684.495 -1.120</gml:pos>
                                 <gml:pos>85878.803 447679.372 -1.120</gml:pos>
                                 <gml:pos>85878.803 447679.372 16.570</gml:pos>
                                 <gml:pos>85875.456 447684.495 16.570</gml:pos>
                                 <gml:pos>85875.456 447684.495 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85875.171 447684.518 -1.120</gml:pos>
                                 <gml:pos>85875.456 447684.495 -1.120</gml:pos>
                                 <gml:pos>85875.456 447684.495 16.570</gml:pos>
                                 <gml:pos>85875.171 447684.518 16.570</gml:pos>
                                 <gml:pos>85875.171 447684.518 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85874.889 447684.561 -1.120</gml:pos>
                                 <gml:pos>85875.171 447684.518 -1.120</gml:pos>
                                 <gml:pos>85875.171 447684.518 16.570</gml:pos>
                                 <gml:pos>85874.889 447684.561 16.570</gml:pos>
                                 <gml:pos>85874.889 447684.561 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85874.611 447684.624 -1.120</gml:pos>
                                 <gml:pos>85874.889 447684.561 -1.120</gml:pos>
                                 <gml:pos>85874.889 447684.561 16.570</gml:pos>
                                 <gml:pos>85874.611 447684.624 16.570</gml:pos>
                                 <gml:pos>85874.611 447684.624 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85874.337 447684.706 -1.120</gml:pos>
                                 <gml:pos>85874.611 447684.624 -1.120</gml:pos>
                                 <gml:pos>85874.611 447684.624 16.570</gml:pos>
                                 <gml:pos>85874.337 447684.706 16.570</gml:pos>
                                 <gml:pos>85874.337 447684.706 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85874.070 447684.807 -1.120</gml:pos>
                                 <gml:pos>85874.337 447684.706 -1.120</gml:pos>
                                 <gml:pos>85874.337 447684.706 16.570</gml:pos>
                                 <gml:pos>85874.070 447684.807 16.570</gml:pos>
                                 <gml:pos>85874.070 447684.807 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85873.811 447684.926 -1.120</gml:pos>
                                 <gml:pos>85874.070 447684.807 -1.120</gml:pos>
                                 <gml:pos>85874.070 447684.807 16.570</gml:pos>
                                 <gml:pos>85873.811 447684.926 16.570</gml:pos>
                                 <gml:pos>85873.811 447684.926 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85873.561 447685.064 -1.120</gml:pos>
                                 <gml:pos>85873.811 447684.926 -1.120</gml:pos>
                                 <gml:pos>85873.811 447684.926 16.570</gml:pos>
                                 <gml:pos>85873.561 447685.064 16.570</gml:pos>
                                 <gml:pos>85873.561 447685.064 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85873.321 447685.218 -1.120</gml:pos>
                                 <gml:pos>85873.561 447685.064 -1.120</gml:pos>
                                 <gml:pos>85873.561 447685.064 16.570</gml:pos>
                                 <gml:pos>85873.321 447685.218 16.570</gml:pos>
                                 <gml:pos>85873.321 447685.218 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85873.092 447685.389 -1.120</gml:pos>
                                 <gml:pos>85873.321 447685.218 -1.120</gml:pos>
                                 <gml:pos>85873.321 447685.218 16.570</gml:pos>
                                 <gml:pos>85873.092 447685.389 16.570</gml:pos>
                                 <gml:pos>85873.092 447685.389 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85872.876 447685.576 -1.120</gml:pos>
                                 <gml:pos>85873.092 447685.389 -1.120</gml:pos>
                                 <gml:pos>85873.092 447685.389 16.570</gml:pos>
                                 <gml:pos>85872.876 447685.576 16.570</gml:pos>
                                 <gml:pos>85872.876 447685.576 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85872.674 447685.777 -1.120</gml:pos>
                                 <gml:pos>85872.876 447685.576 -1.120</gml:pos>
                                 <gml:pos>85872.876 447685.576 16.570</gml:pos>
                                 <gml:pos>85872.674 447685.777 16.570</gml:pos>
                                 <gml:pos>85872.674 447685.777 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85872.486 447685.992 -1.120</gml:pos>
                                 <gml:pos>85872.674 447685.777 -1.120</gml:pos>
                                 <gml:pos>85872.674 447685.777 16.570</gml:pos>
                                 <gml:pos>85872.486 447685.992 16.570</gml:pos>
                                 <gml:pos>85872.486 447685.992 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85872.313 447686.219 -1.120</gml:pos>
                                 <gml:pos>85872.486 447685.992 -1.120</gml:pos>
                                 <gml:pos>85872.486 447685.992 16.570</gml:pos>
                                 <gml:pos>85872.313 447686.219 16.570</gml:pos>
                                 <gml:pos>85872.313 447686.219 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85872.157 447686.458 -1.120</gml:pos>
                                 <gml:pos>85872.313 447686.219 -1.120</gml:pos>
                                 <gml:pos>85872.313 447686.219 16.570</gml:pos>
                                 <gml:pos>85872.157 447686.458 16.570</gml:pos>
                                 <gml:pos>85872.157 447686.458 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85872.018 447686.708 -1.120</gml:pos>
                                 <gml:pos>85872.157 447686.458 -1.120</gml:pos>
                                 <gml:pos>85872.157 447686.458 16.570</gml:pos>
                                 <gml:pos>85872.018 447686.708 16.570</gml:pos>
                                 <gml:pos>85872.018 447686.708 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.897 447686.966 -1.120</gml:pos>
                                 <gml:pos>85872.018 447686.708 -1.120</gml:pos>
                                 <gml:pos>85872.018 447686.708 16.570</gml:pos>
                                 <gml:pos>85871.897 447686.966 16.570</gml:pos>
                                 <gml:pos>85871.897 447686.966 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.794 447687.232 -1.120</gml:pos>
                                 <gml:pos>85871.897 447686.966 -1.120</gml:pos>
                                 <gml:pos>85871.897 447686.966 16.570</gml:pos>
                                 <gml:pos>85871.794 447687.232 16.570</gml:pos>
                                 <gml:pos>85871.794 447687.232 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.710 447687.505 -1.120</gml:pos>
                                 <gml:pos>85871.794 447687.232 -1.120</gml:pos>
                                 <gml:pos>85871.794 447687.232 16.570</gml:pos>
                                 <gml:pos>85871.710 447687.505 16.570</gml:pos>
                                 <gml:pos>85871.710 447687.505 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.646 447687.783 -1.120</gml:pos>
                                 <gml:pos>85871.710 447687.505 -1.120</gml:pos>
                                 <gml:pos>85871.710 447687.505 16.570</gml:pos>
                                 <gml:pos>85871.646 447687.783 16.570</gml:pos>
                                 <gml:pos>85871.646 447687.783 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.601 447688.065 -1.120</gml:pos>
                                 <gml:pos>85871.646 447687.783 -1.120</gml:pos>
                                 <gml:pos>85871.646 447687.783 16.570</gml:pos>
                                 <gml:pos>85871.601 447688.065 16.570</gml:pos>
                                 <gml:pos>85871.601 447688.065 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.576 447688.349 -1.120</gml:pos>
                                 <gml:pos>85871.601 447688.065 -1.120</gml:pos>
                                 <gml:pos>85871.601 447688.065 16.570</gml:pos>
                                 <gml:pos>85871.576 447688.349 16.570</gml:pos>
                                 <gml:pos>85871.576 447688.349 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.571 447688.635 -1.120</gml:pos>
                                 <gml:pos>85871.576 447688.349 -1.120</gml:pos>
                                 <gml:pos>85871.576 447688.349 16.570</gml:pos>
                                 <gml:pos>85871.571 447688.635 16.570</gml:pos>
                                 <gml:pos>85871.571 447688.635 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.586 447688.920 -1.120</gml:pos>
                                 <gml:pos>85871.571 447688.635 -1.120</gml:pos>
                                 <gml:pos>85871.571 447688.635 16.570</gml:pos>
                                 <gml:pos>85871.586 447688.920 16.570</gml:pos>
                                 <gml:pos>85871.586 447688.920 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.620 447689.203 -1.120</gml:pos>
                                 <gml:pos>85871.586 447688.920 -1.120</gml:pos>
                                 <gml:pos>85871.586 447688.920 16.570</gml:pos>
                                 <gml:pos>85871.620 447689.203 16.570</gml:pos>
                                 <gml:pos>85871.620 447689.203 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.675 447689.483 -1.120</gml:pos>
                                 <gml:pos>85871.620 447689.203 -1.120</gml:pos>
                                 <gml:pos>85871.620 447689.203 16.570</gml:pos>
                                 <gml:pos>85871.675 447689.483 16.570</gml:pos>
                                 <gml:pos>85871.675 447689.483 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.749 447689.759 -1.120</gml:pos>
                                 <gml:pos>85871.675 447689.483 -1.120</gml:pos>
                                 <gml:pos>85871.675 447689.483 16.570</gml:pos>
                                 <gml:pos>85871.749 447689.759 16.570</gml:pos>
                                 <gml:pos>85871.749 447689.759 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85871.842 447690.029 -1.120</gml:pos>
                                 <gml:pos>85871.749 447689.759 -1.120</gml:pos>
                                 <gml:pos>85871.749 447689.759 16.570</gml:pos>
                                 <gml:pos>85871.842 447690.029 16.570</gml:pos>
                                 <gml:pos>85871.842 447690.029 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85870.994 447691.327 -1.120</gml:pos>
                                 <gml:pos>85871.842 447690.029 -1.120</gml:pos>
                                 <gml:pos>85871.842 447690.029 16.570</gml:pos>
                                 <gml:pos>85870.994 447691.327 16.570</gml:pos>
                                 <gml:pos>85870.994 447691.327 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85845.226 447730.909 -1.120</gml:pos>
                                 <gml:pos>85870.994 447691.327 -1.120</gml:pos>
                                 <gml:pos>85870.994 447691.327 16.570</gml:pos>
                                 <gml:pos>85845.226 447730.909 16.570</gml:pos>
                                 <gml:pos>85845.226 447730.909 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85863.194 447742.625 -1.120</gml:pos>
                                 <gml:pos>85845.226 447730.909 -1.120</gml:pos>
                                 <gml:pos>85845.226 447730.909 16.570</gml:pos>
                                 <gml:pos>85863.194 447742.625 16.570</gml:pos>
                                 <gml:pos>85863.194 447742.625 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85860.834 447746.244 -1.120</gml:pos>
                                 <gml:pos>85863.194 447742.625 -1.120</gml:pos>
                                 <gml:pos>85863.194 447742.625 16.570</gml:pos>
                                 <gml:pos>85860.834 447746.244 16.570</gml:pos>
                                 <gml:pos>85860.834 447746.244 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85865.148 447749.057 -1.120</gml:pos>
                                 <gml:pos>85860.834 447746.244 -1.120</gml:pos>
                                 <gml:pos>85860.834 447746.244 16.570</gml:pos>
                                 <gml:pos>85865.148 447749.057 16.570</gml:pos>
                                 <gml:pos>85865.148 447749.057 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85867.508 447745.438 -1.120</gml:pos>
                                 <gml:pos>85865.148 447749.057 -1.120</gml:pos>
                                 <gml:pos>85865.148 447749.057 16.570</gml:pos>
                                 <gml:pos>85867.508 447745.438 16.570</gml:pos>
                                 <gml:pos>85867.508 447745.438 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85951.584 447800.261 -1.120</gml:pos>
                                 <gml:pos>85867.508 447745.438 -1.120</gml:pos>
                                 <gml:pos>85867.508 447745.438 16.570</gml:pos>
                                 <gml:pos>85951.584 447800.261 16.570</gml:pos>
                                 <gml:pos>85951.584 447800.261 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85980.827 447755.417 -1.120</gml:pos>
                                 <gml:pos>85951.584 447800.261 -1.120</gml:pos>
                                 <gml:pos>85951.584 447800.261 16.570</gml:pos>
                                 <gml:pos>85980.827 447755.417 16.570</gml:pos>
                                 <gml:pos>85980.827 447755.417 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85984.184 447750.269 -1.120</gml:pos>
                                 <gml:pos>85980.827 447755.417 -1.120</gml:pos>
                                 <gml:pos>85980.827 447755.417 16.570</gml:pos>
                                 <gml:pos>85984.184 447750.269 16.570</gml:pos>
                                 <gml:pos>85984.184 447750.269 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85989.469 447742.164 -1.120</gml:pos>
                                 <gml:pos>85984.184 447750.269 -1.120</gml:pos>
                                 <gml:pos>85984.184 447750.269 16.570</gml:pos>
                                 <gml:pos>85989.469 447742.164 16.570</gml:pos>
                                 <gml:pos>85989.469 447742.164 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>85990.959 447527.151 -1.120</gml:pos>
                                 <gml:pos>85989.469 447742.164 -1.120</gml:pos>
                                 <gml:pos>85989.469 447742.164 16.570</gml:pos>
                                 <gml:pos>85990.959 447527.151 16.570</gml:pos>
                                 <gml:pos>85990.959 447527.151 -1.120</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                  </gml:CompositeSurface>
               </gml:exterior>
            </gml:Solid>
         </bldg:lod1Solid>
      </bldg:Building>
   </cityObjectMember>
   <cityObjectMember>
      <bldg:Building gml:id="b31c54e7f-00ba-11e6-b420-2bdcc4ab5d7f">
         <bldg:measuredHeight uom="#m">3.23</bldg:measuredHeight>
         <bldg:lod0FootPrint>
            <gml:MultiSurface>
               <gml:surfaceMember>
                  <gml:Polygon>
                     <gml:exterior>
                        <gml:LinearRing>
                           <gml:pos>84511.464 446652.072 0.560</gml:pos>
                           <gml:pos>84508.173 446650.016 0.560</gml:pos>
                           <gml:pos>84509.180 446648.404 0.560</gml:pos>
                           <gml:pos>84512.505 446650.482 0.560</gml:pos>
                           <gml:pos>84511.464 446652.072 0.560</gml:pos>
                        </gml:LinearRing>
                     </gml:exterior>
                  </gml:Polygon>
               </gml:surfaceMember>
            </gml:MultiSurface>
         </bldg:lod0FootPrint>
         <bldg:lod0RoofEdge>
            <gml:MultiSurface>
               <gml:surfaceMember>
                  <gml:Polygon>
                     <gml:exterior>
                        <gml:LinearRing>
                           <gml:pos>84511.464 446652.072 3.230</gml:pos>
                           <gml:pos>84508.173 446650.016 3.230</gml:pos>
                           <gml:pos>84509.180 446648.404 3.230</gml:pos>
                           <gml:pos>84512.505 446650.482 3.230</gml:pos>
                           <gml:pos>84511.464 446652.072 3.230</gml:pos>
                        </gml:LinearRing>
                     </gml:exterior>
                  </gml:Polygon>
               </gml:surfaceMember>
            </gml:MultiSurface>
         </bldg:lod0RoofEdge>
         <bldg:lod1Solid>
            <gml:Solid>
               <gml:exterior>
                  <gml:CompositeSurface>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84512.505 446650.482 0.560</gml:pos>
                                 <gml:pos>84509.180 446648.404 0.560</gml:pos>
                                 <gml:pos>84508.173 446650.016 0.560</gml:pos>
                                 <gml:pos>84511.464 446652.072 0.560</gml:pos>
                                 <gml:pos>84512.505 446650.482 0.560</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84511.464 446652.072 3.230</gml:pos>
                                 <gml:pos>84508.173 446650.016 3.230</gml:pos>
                                 <gml:pos>84509.180 446648.404 3.230</gml:pos>
                                 <gml:pos>84512.505 446650.482 3.230</gml:pos>
                                 <gml:pos>84511.464 446652.072 3.230</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84509.180 446648.404 0.560</gml:pos>
                                 <gml:pos>84512.505 446650.482 0.560</gml:pos>
                                 <gml:pos>84512.505 446650.482 3.230</gml:pos>
                                 <gml:pos>84509.180 446648.404 3.230</gml:pos>
                                 <gml:pos>84509.180 446648.404 0.560</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84508.173 446650.016 0.560</gml:pos>
                                 <gml:pos>84509.180 446648.404 0.560</gml:pos>
                                 <gml:pos>84509.180 446648.404 3.230</gml:pos>
                                 <gml:pos>84508.173 446650.016 3.230</gml:pos>
                                 <gml:pos>84508.173 446650.016 0.560</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84511.464 446652.072 0.560</gml:pos>
                                 <gml:pos>84508.173 446650.016 0.560</gml:pos>
                                 <gml:pos>84508.173 446650.016 3.230</gml:pos>
                                 <gml:pos>84511.464 446652.072 3.230</gml:pos>
                                 <gml:pos>84511.464 446652.072 0.560</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84512.505 446650.482 0.560</gml:pos>
                                 <gml:pos>84511.464 446652.072 0.560</gml:pos>
                                 <gml:pos>84511.464 446652.072 3.230</gml:pos>
                                 <gml:pos>84512.505 446650.482 3.230</gml:pos>
                                 <gml:pos>84512.505 446650.482 0.560</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                  </gml:CompositeSurface>
               </gml:exterior>
            </gml:Solid>
         </bldg:lod1Solid>
      </bldg:Building>
   </cityObjectMember>
   <cityObjectMember>
      <bldg:Building gml:id="bade1427a-031b-11e6-b420-2bdcc4ab5d7f">
         <bldg:measuredHeight uom="#m">9.19</bldg:measuredHeight>
         <bldg:lod0FootPrint>
            <gml:MultiSurface>
               <gml:surfaceMember>
                  <gml:Polygon>
                     <gml:exterior>
                        <gml:LinearRing>
                           <gml:pos>84656.852 446752.287 0.260</gml:pos>
                           <gml:pos>84658.478 446748.441 0.260</gml:pos>
                           <gml:pos>84664.096 446750.817 0.260</gml:pos>
                           <gml:pos>84662.471 446754.662 0.260</gml:pos>
                           <gml:pos>84656.852 446752.287 0.260</gml:pos>
                        </gml:LinearRing>
                     </gml:exterior>
                  </gml:Polygon>
               </gml:surfaceMember>
            </gml:MultiSurface>
         </bldg:lod0FootPrint>
         <bldg:lod0RoofEdge>
            <gml:MultiSurface>
               <gml:surfaceMember>
                  <gml:Polygon>
                     <gml:exterior>
                        <gml:LinearRing>
                           <gml:pos>84656.852 446752.287 9.190</gml:pos>
                           <gml:pos>84658.478 446748.441 9.190</gml:pos>
                           <gml:pos>84664.096 446750.817 9.190</gml:pos>
                           <gml:pos>84662.471 446754.662 9.190</gml:pos>
                           <gml:pos>84656.852 446752.287 9.190</gml:pos>
                        </gml:LinearRing>
                     </gml:exterior>
                  </gml:Polygon>
               </gml:surfaceMember>
            </gml:MultiSurface>
         </bldg:lod0RoofEdge>
         <bldg:lod1Solid>
            <gml:Solid>
               <gml:exterior>
                  <gml:CompositeSurface>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84662.471 446754.662 0.260</gml:pos>
                                 <gml:pos>84664.096 446750.817 0.260</gml:pos>
                                 <gml:pos>84658.478 446748.441 0.260</gml:pos>
                                 <gml:pos>84656.852 446752.287 0.260</gml:pos>
                                 <gml:pos>84662.471 446754.662 0.260</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84656.852 446752.287 9.190</gml:pos>
                                 <gml:pos>84658.478 446748.441 9.190</gml:pos>
                                 <gml:pos>84664.096 446750.817 9.190</gml:pos>
                                 <gml:pos>84662.471 446754.662 9.190</gml:pos>
                                 <gml:pos>84656.852 446752.287 9.190</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84664.096 446750.817 0.260</gml:pos>
                                 <gml:pos>84662.471 446754.662 0.260</gml:pos>
                                 <gml:pos>84662.471 446754.662 9.190</gml:pos>
                                 <gml:pos>84664.096 446750.817 9.190</gml:pos>
                                 <gml:pos>84664.096 446750.817 0.260</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84658.478 446748.441 0.260</gml:pos>
                                 <gml:pos>84664.096 446750.817 0.260</gml:pos>
                                 <gml:pos>84664.096 446750.817 9.190</gml:pos>
                                 <gml:pos>84658.478 446748.441 9.190</gml:pos>
                                 <gml:pos>84658.478 446748.441 0.260</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84656.852 446752.287 0.260</gml:pos>
                                 <gml:pos>84658.478 446748.441 0.260</gml:pos>
                                 <gml:pos>84658.478 446748.441 9.190</gml:pos>
                                 <gml:pos>84656.852 446752.287 9.190</gml:pos>
                                 <gml:pos>84656.852 446752.287 0.260</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84662.471 446754.662 0.260</gml:pos>
                                 <gml:pos>84656.852 446752.287 0.260</gml:pos>
                                 <gml:pos>84656.852 446752.287 9.190</gml:pos>
                                 <gml:pos>84662.471 446754.662 9.190</gml:pos>
                                 <gml:pos>84662.471 446754.662 0.260</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                  </gml:CompositeSurface>
               </gml:exterior>
            </gml:Solid>
         </bldg:lod1Solid>
      </bldg:Building>
   </cityObjectMember>
   <cityObjectMember>
      <bldg:Building gml:id="b11239388-00ba-11e6-b420-2bdcc4ab5d7f">
         <bldg:measuredHeight uom="#m">10.56</bldg:measuredHeight>
         <bldg:lod0FootPrint>
            <gml:MultiSurface>
               <gml:surfaceMember>
                  <gml:Polygon>
                     <gml:exterior>
                        <gml:LinearRing>
                           <gml:pos>84625.185 447358.891 0.490</gml:pos>
                           <gml:pos>84624.934 447359.240 0.490</gml:pos>
                           <gml:pos>84624.698 447359.071 0.490</gml:pos>
                           <gml:pos>84624.544 447358.959 0.490</gml:pos>
                           <gml:pos>84621.996 447362.496 0.490</gml:pos>
                           <gml:pos>84622.150 447362.607 0.490</gml:pos>
                           <gml:pos>84622.386 447362.777 0.490</gml:pos>
                           <gml:pos>84622.134 447363.126 0.490</gml:pos>
                           <gml:pos>84621.899 447362.956 0.490</gml:pos>
                           <gml:pos>84621.745 447362.845 0.490</gml:pos>
                           <gml:pos>84619.197 447366.382 0.490</gml:pos>
                           <gml:pos>84619.351 447366.493 0.490</gml:pos>
                           <gml:pos>84619.586 447366.663 0.490</gml:pos>
                           <gml:pos>84619.341 447367.004 0.490</gml:pos>
                           <gml:pos>84619.106 447366.834 0.490</gml:pos>
                           <gml:pos>84618.951 447366.723 0.490</gml:pos>
                           <gml:pos>84616.392 447370.276 0.490</gml:pos>
                           <gml:pos>84616.546 447370.387 0.490</gml:pos>
                           <gml:pos>84616.781 447370.557 0.490</gml:pos>
                           <gml:pos>84616.530 447370.906 0.490</gml:pos>
                           <gml:pos>84616.295 447370.736 0.490</gml:pos>
                           <gml:pos>84610.774 447378.387 0.490</gml:pos>
                           <gml:pos>84607.676 447382.680 0.490</gml:pos>
                           <gml:pos>84605.077 447380.882 0.490</gml:pos>
                           <gml:pos>84607.565 447376.038 0.490</gml:pos>
                           <gml:pos>84610.358 447370.599 0.490</gml:pos>
                           <gml:pos>84606.557 447368.647 0.490</gml:pos>
                           <gml:pos>84607.175 447367.474 0.490</gml:pos>
                           <gml:pos>84607.231 447367.368 0.490</gml:pos>
                           <gml:pos>84608.341 447365.263 0.490</gml:pos>
                           <gml:pos>84610.657 447360.859 0.490</gml:pos>
                           <gml:pos>84610.047 447360.417 0.490</gml:pos>
                           <gml:pos>84606.172 447357.607 0.490</gml:pos>
                           <gml:pos>84609.266 447353.304 0.490</gml:pos>
                           <gml:pos>84609.891 447352.435 0.490</gml:pos>
                           <gml:pos>84614.573 447345.922 0.490</gml:pos>
                           <gml:pos>84611.170 447343.467 0.490</gml:pos>
                           <gml:pos>84625.588 447323.462 0.490</gml:pos>
                           <gml:pos>84628.141 447325.309 0.490</gml:pos>
                           <gml:pos>84639.856 447333.781 0.490</gml:pos>
                           <gml:pos>84641.898 447335.258 0.490</gml:pos>
                           <gml:pos>84642.100 447335.404 0.490</gml:pos>
                           <gml:pos>84641.796 447335.827 0.490</gml:pos>
                           <gml:pos>84641.560 447335.658 0.490</gml:pos>
                           <gml:pos>84641.406 447335.547 0.490</gml:pos>
                           <gml:pos>84638.846 447339.103 0.490</gml:pos>
                           <gml:pos>84639.000 447339.214 0.490</gml:pos>
                           <gml:pos>84639.236 447339.384 0.490</gml:pos>
                           <gml:pos>84638.984 447339.734 0.490</gml:pos>
                           <gml:pos>84638.748 447339.564 0.490</gml:pos>
                           <gml:pos>84638.594 447339.453 0.490</gml:pos>
                           <gml:pos>84636.028 447343.018 0.490</gml:pos>
                           <gml:pos>84636.182 447343.129 0.490</gml:pos>
                           <gml:pos>84636.418 447343.298 0.490</gml:pos>
                           <gml:pos>84636.166 447343.648 0.490</gml:pos>
                           <gml:pos>84635.930 447343.479 0.490</gml:pos>
                           <gml:pos>84635.776 447343.368 0.490</gml:pos>
                           <gml:pos>84633.217 447346.921 0.490</gml:pos>
                           <gml:pos>84633.371 447347.032 0.490</gml:pos>
                           <gml:pos>84633.606 447347.201 0.490</gml:pos>
                           <gml:pos>84633.361 447347.542 0.490</gml:pos>
                           <gml:pos>84633.125 447347.373 0.490</gml:pos>
                           <gml:pos>84632.971 447347.262 0.490</gml:pos>
                           <gml:pos>84630.300 447350.969 0.490</gml:pos>
                           <gml:pos>84630.455 447351.080 0.490</gml:pos>
                           <gml:pos>84630.690 447351.249 0.490</gml:pos>
                           <gml:pos>84630.561 447351.428 0.490</gml:pos>
                           <gml:pos>84630.326 447351.258 0.490</gml:pos>
                           <gml:pos>84630.172 447351.147 0.490</gml:pos>
                           <gml:pos>84627.612 447354.701 0.490</gml:pos>
                           <gml:pos>84627.766 447354.812 0.490</gml:pos>
                           <gml:pos>84628.002 447354.981 0.490</gml:pos>
                           <gml:pos>84627.744 447355.338 0.490</gml:pos>
                           <gml:pos>84627.509 447355.169 0.490</gml:pos>
                           <gml:pos>84627.355 447355.057 0.490</gml:pos>
                           <gml:pos>84624.795 447358.611 0.490</gml:pos>
                           <gml:pos>84624.950 447358.722 0.490</gml:pos>
                           <gml:pos>84625.185 447358.891 0.490</gml:pos>
                        </gml:LinearRing>
                     </gml:exterior>
                  </gml:Polygon>
               </gml:surfaceMember>
            </gml:MultiSurface>
         </bldg:lod0FootPrint>
         <bldg:lod0RoofEdge>
            <gml:MultiSurface>
               <gml:surfaceMember>
                  <gml:Polygon>
                     <gml:exterior>
                        <gml:LinearRing>
                           <gml:pos>84625.185 447358.891 10.560</gml:pos>
                           <gml:pos>84624.934 447359.240 10.560</gml:pos>
                           <gml:pos>84624.698 447359.071 10.560</gml:pos>
                           <gml:pos>84624.544 447358.959 10.560</gml:pos>
                           <gml:pos>84621.996 447362.496 10.560</gml:pos>
                           <gml:pos>84622.150 447362.607 10.560</gml:pos>
                           <gml:pos>84622.386 447362.777 10.560</gml:pos>
                           <gml:pos>84622.134 447363.126 10.560</gml:pos>
                           <gml:pos>84621.899 447362.956 10.560</gml:pos>
                           <gml:pos>84621.745 447362.845 10.560</gml:pos>
                           <gml:pos>84619.197 447366.382 10.560</gml:pos>
                           <gml:pos>84619.351 447366.493 10.560</gml:pos>
                           <gml:pos>84619.586 447366.663 10.560</gml:pos>
                           <gml:pos>84619.341 447367.004 10.560</gml:pos>
                           <gml:pos>84619.106 447366.834 10.560</gml:pos>
                           <gml:pos>84618.951 447366.723 10.560</gml:pos>
                           <gml:pos>84616.392 447370.276 10.560</gml:pos>
                           <gml:pos>84616.546 447370.387 10.560</gml:pos>
                           <gml:pos>84616.781 447370.557 10.560</gml:pos>
                           <gml:pos>84616.530 447370.906 10.560</gml:pos>
                           <gml:pos>84616.295 447370.736 10.560</gml:pos>
                           <gml:pos>84610.774 447378.387 10.560</gml:pos>
                           <gml:pos>84607.676 447382.680 10.560</gml:pos>
                           <gml:pos>84605.077 447380.882 10.560</gml:pos>
                           <gml:pos>84607.565 447376.038 10.560</gml:pos>
                           <gml:pos>84610.358 447370.599 10.560</gml:pos>
                           <gml:pos>84606.557 447368.647 10.560</gml:pos>
                           <gml:pos>84607.175 447367.474 10.560</gml:pos>
                           <gml:pos>84607.231 447367.368 10.560</gml:pos>
                           <gml:pos>84608.341 447365.263 10.560</gml:pos>
                           <gml:pos>84610.657 447360.859 10.560</gml:pos>
                           <gml:pos>84610.047 447360.417 10.560</gml:pos>
                           <gml:pos>84606.172 447357.607 10.560</gml:pos>
                           <gml:pos>84609.266 447353.304 10.560</gml:pos>
                           <gml:pos>84609.891 447352.435 10.560</gml:pos>
                           <gml:pos>84614.573 447345.922 10.560</gml:pos>
                           <gml:pos>84611.170 447343.467 10.560</gml:pos>
                           <gml:pos>84625.588 447323.462 10.560</gml:pos>
                           <gml:pos>84628.141 447325.309 10.560</gml:pos>
                           <gml:pos>84639.856 447333.781 10.560</gml:pos>
                           <gml:pos>84641.898 447335.258 10.560</gml:pos>
                           <gml:pos>84642.100 447335.404 10.560</gml:pos>
                           <gml:pos>84641.796 447335.827 10.560</gml:pos>
                           <gml:pos>84641.560 447335.658 10.560</gml:pos>
                           <gml:pos>84641.406 447335.547 10.560</gml:pos>
                           <gml:pos>84638.846 447339.103 10.560</gml:pos>
                           <gml:pos>84639.000 447339.214 10.560</gml:pos>
                           <gml:pos>84639.236 447339.384 10.560</gml:pos>
                           <gml:pos>84638.984 447339.734 10.560</gml:pos>
                           <gml:pos>84638.748 447339.564 10.560</gml:pos>
                           <gml:pos>84638.594 447339.453 10.560</gml:pos>
                           <gml:pos>84636.028 447343.018 10.560</gml:pos>
                           <gml:pos>84636.182 447343.129 10.560</gml:pos>
                           <gml:pos>84636.418 447343.298 10.560</gml:pos>
                           <gml:pos>84636.166 447343.648 10.560</gml:pos>
                           <gml:pos>84635.930 447343.479 10.560</gml:pos>
                           <gml:pos>84635.776 447343.368 10.560</gml:pos>
                           <gml:pos>84633.217 447346.921 10.560</gml:pos>
                           <gml:pos>84633.371 447347.032 10.560</gml:pos>
                           <gml:pos>84633.606 447347.201 10.560</gml:pos>
                           <gml:pos>84633.361 447347.542 10.560</gml:pos>
                           <gml:pos>84633.125 447347.373 10.560</gml:pos>
                           <gml:pos>84632.971 447347.262 10.560</gml:pos>
                           <gml:pos>84630.300 447350.969 10.560</gml:pos>
                           <gml:pos>84630.455 447351.080 10.560</gml:pos>
                           <gml:pos>84630.690 447351.249 10.560</gml:pos>
                           <gml:pos>84630.561 447351.428 10.560</gml:pos>
                           <gml:pos>84630.326 447351.258 10.560</gml:pos>
                           <gml:pos>84630.172 447351.147 10.560</gml:pos>
                           <gml:pos>84627.612 447354.701 10.560</gml:pos>
                           <gml:pos>84627.766 447354.812 10.560</gml:pos>
                           <gml:pos>84628.002 447354.981 10.560</gml:pos>
                           <gml:pos>84627.744 447355.338 10.560</gml:pos>
                           <gml:pos>84627.509 447355.169 10.560</gml:pos>
                           <gml:pos>84627.355 447355.057 10.560</gml:pos>
                           <gml:pos>84624.795 447358.611 10.560</gml:pos>
                           <gml:pos>84624.950 447358.722 10.560</gml:pos>
                           <gml:pos>84625.185 447358.891 10.560</gml:pos>
                        </gml:LinearRing>
                     </gml:exterior>
                  </gml:Polygon>
               </gml:surfaceMember>
            </gml:MultiSurface>
         </bldg:lod0RoofEdge>
         <bldg:lod1Solid>
            <gml:Solid>
               <gml:exterior>
                  <gml:CompositeSurface>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84624.950 447358.722 0.490</gml:pos>
                                 <gml:pos>84624.795 447358.611 0.490</gml:pos>
                                 <gml:pos>84627.355 447355.057 0.490</gml:pos>
                                 <gml:pos>84627.509 447355.169 0.490</gml:pos>
                                 <gml:pos>84627.744 447355.338 0.490</gml:pos>
                                 <gml:pos>84628.002 447354.981 0.490</gml:pos>
                                 <gml:pos>84627.766 447354.812 0.490</gml:pos>
                                 <gml:pos>84627.612 447354.701 0.490</gml:pos>
                                 <gml:pos>84630.172 447351.147 0.490</gml:pos>
                                 <gml:pos>84630.326 447351.258 0.490</gml:pos>
                                 <gml:pos>84630.561 447351.428 0.490</gml:pos>
                                 <gml:pos>84630.690 447351.249 0.490</gml:pos>
                                 <gml:pos>84630.455 447351.080 0.490</gml:pos>
                                 <gml:pos>84630.300 447350.969 0.490</gml:pos>
                                 <gml:pos>84632.971 447347.262 0.490</gml:pos>
                                 <gml:pos>84633.125 447347.373 0.490</gml:pos>
                                 <gml:pos>84633.361 447347.542 0.490</gml:pos>
                                 <gml:pos>84633.606 447347.201 0.490</gml:pos>
                                 <gml:pos>84633.371 447347.032 0.490</gml:pos>
                                 <gml:pos>84633.217 447346.921 0.490</gml:pos>
                                 <gml:pos>84635.776 447343.368 0.490</gml:pos>
                                 <gml:pos>84635.930 447343.479 0.490</gml:pos>
                                 <gml:pos>84636.166 447343.648 0.490</gml:pos>
                                 <gml:pos>84636.418 447343.298 0.490</gml:pos>
                                 <gml:pos>84636.182 447343.129 0.490</gml:pos>
                                 <gml:pos>84636.028 447343.018 0.490</gml:pos>
                                 <gml:pos>84638.594 447339.453 0.490</gml:pos>
                                 <gml:pos>84638.748 447339.564 0.490</gml:pos>
                                 <gml:pos>84638.984 447339.734 0.490</gml:pos>
                                 <gml:pos>84639.236 447339.384 0.490</gml:pos>
                                 <gml:pos>84639.000 447339.214 0.490</gml:pos>
                                 <gml:pos>84638.846 447339.103 0.490</gml:pos>
                                 <gml:pos>84641.406 447335.547 0.490</gml:pos>
                                 <gml:pos>84641.560 447335.658 0.490</gml:pos>
                                 <gml:pos>84641.796 447335.827 0.490</gml:pos>
                                 <gml:pos>84642.100 447335.404 0.490</gml:pos>
                                 <gml:pos>84641.898 447335.258 0.490</gml:pos>
                                 <gml:pos>84639.856 447333.781 0.490</gml:pos>
                                 <gml:pos>84628.141 447325.309 0.490</gml:pos>
                                 <gml:pos>84625.588 447323.462 0.490</gml:pos>
                                 <gml:pos>84611.170 447343.467 0.490</gml:pos>
                                 <gml:pos>84614.573 447345.922 0.490</gml:pos>
                                 <gml:pos>84609.891 447352.435 0.490</gml:pos>
                                 <gml:pos>84609.266 447353.304 0.490</gml:pos>
                                 <gml:pos>84606.172 447357.607 0.490</gml:pos>
                                 <gml:pos>84610.047 447360.417 0.490</gml:pos>
                                 <gml:pos>84610.657 447360.859 0.490</gml:pos>
                                 <gml:pos>84608.341 447365.263 0.490</gml:pos>
                                 <gml:pos>84607.231 447367.368 0.490</gml:pos>
                                 <gml:pos>84607.175 447367.474 0.490</gml:pos>
                                 <gml:pos>84606.557 447368.647 0.490</gml:pos>
                                 <gml:pos>84610.358 447370.599 0.490</gml:pos>
                                 <gml:pos>84607.565 447376.038 0.490</gml:pos>
                                 <gml:pos>84605.077 447380.882 0.490</gml:pos>
                                 <gml:pos>84607.676 447382.680 0.490</gml:pos>
                                 <gml:pos>84610.774 447378.387 0.490</gml:pos>
                                 <gml:pos>84616.295 447370.736 0.490</gml:pos>
                                 <gml:pos>84616.530 447370.906 0.490</gml:pos>
                                 <gml:pos>84616.781 447370.557 0.490</gml:pos>
                                 <gml:pos>84616.546 447370.387 0.490</gml:pos>
                                 <gml:pos>84616.392 447370.276 0.490</gml:pos>
                                 <gml:pos>84618.951 447366.723 0.490</gml:pos>
                                 <gml:pos>84619.106 447366.834 0.490</gml:pos>
                                 <gml:pos>84619.341 447367.004 0.490</gml:pos>
                                 <gml:pos>84619.586 447366.663 0.490</gml:pos>
                                 <gml:pos>84619.351 447366.493 0.490</gml:pos>
                                 <gml:pos>84619.197 447366.382 0.490</gml:pos>
                                 <gml:pos>84621.745 447362.845 0.490</gml:pos>
                                 <gml:pos>84621.899 447362.956 0.490</gml:pos>
                                 <gml:pos>84622.134 447363.126 0.490</gml:pos>
                                 <gml:pos>84622.386 447362.777 0.490</gml:pos>
                                 <gml:pos>84622.150 447362.607 0.490</gml:pos>
                                 <gml:pos>84621.996 447362.496 0.490</gml:pos>
                                 <gml:pos>84624.544 447358.959 0.490</gml:pos>
                                 <gml:pos>84624.698 447359.071 0.490</gml:pos>
                                 <gml:pos>84624.934 447359.240 0.490</gml:pos>
                                 <gml:pos>84625.185 447358.891 0.490</gml:pos>
                                 <gml:pos>84624.950 447358.722 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84625.185 447358.891 10.560</gml:pos>
                                 <gml:pos>84624.934 447359.240 10.560</gml:pos>
                                 <gml:pos>84624.698 447359.071 10.560</gml:pos>
                                 <gml:pos>84624.544 447358.959 10.560</gml:pos>
                                 <gml:pos>84621.996 447362.496 10.560</gml:pos>
                                 <gml:pos>84622.150 447362.607 10.560</gml:pos>
                                 <gml:pos>84622.386 447362.777 10.560</gml:pos>
                                 <gml:pos>84622.134 447363.126 10.560</gml:pos>
                                 <gml:pos>84621.899 447362.956 10.560</gml:pos>
                                 <gml:pos>84621.745 447362.845 10.560</gml:pos>
                                 <gml:pos>84619.197 447366.382 10.560</gml:pos>
                                 <gml:pos>84619.351 447366.493 10.560</gml:pos>
                                 <gml:pos>84619.586 447366.663 10.560</gml:pos>
                                 <gml:pos>84619.341 447367.004 10.560</gml:pos>
                                 <gml:pos>84619.106 447366.834 10.560</gml:pos>
                                 <gml:pos>84618.951 447366.723 10.560</gml:pos>
                                 <gml:pos>84616.392 447370.276 10.560</gml:pos>
                                 <gml:pos>84616.546 447370.387 10.560</gml:pos>
                                 <gml:pos>84616.781 447370.557 10.560</gml:pos>
                                 <gml:pos>84616.530 447370.906 10.560</gml:pos>
                                 <gml:pos>84616.295 447370.736 10.560</gml:pos>
                                 <gml:pos>84610.774 447378.387 10.560</gml:pos>
                                 <gml:pos>84607.676 447382.680 10.560</gml:pos>
                                 <gml:pos>84605.077 447380.882 10.560</gml:pos>
                                 <gml:pos>84607.565 447376.038 10.560</gml:pos>
                                 <gml:pos>84610.358 447370.599 10.560</gml:pos>
                                 <gml:pos>84606.557 447368.647 10.560</gml:pos>
                                 <gml:pos>84607.175 447367.474 10.560</gml:pos>
                                 <gml:pos>84607.231 447367.368 10.560</gml:pos>
                                 <gml:pos>84608.341 447365.263 10.560</gml:pos>
                                 <gml:pos>84610.657 447360.859 10.560</gml:pos>
                                 <gml:pos>84610.047 447360.417 10.560</gml:pos>
                                 <gml:pos>84606.172 447357.607 10.560</gml:pos>
                                 <gml:pos>84609.266 447353.304 10.560</gml:pos>
                                 <gml:pos>84609.891 447352.435 10.560</gml:pos>
                                 <gml:pos>84614.573 447345.922 10.560</gml:pos>
                                 <gml:pos>84611.170 447343.467 10.560</gml:pos>
                                 <gml:pos>84625.588 447323.462 10.560</gml:pos>
                                 <gml:pos>84628.141 447325.309 10.560</gml:pos>
                                 <gml:pos>84639.856 447333.781 10.560</gml:pos>
                                 <gml:pos>84641.898 447335.258 10.560</gml:pos>
                                 <gml:pos>84642.100 447335.404 10.560</gml:pos>
                                 <gml:pos>84641.796 447335.827 10.560</gml:pos>
                                 <gml:pos>84641.560 447335.658 10.560</gml:pos>
                                 <gml:pos>84641.406 447335.547 10.560</gml:pos>
                                 <gml:pos>84638.846 447339.103 10.560</gml:pos>
                                 <gml:pos>84639.000 447339.214 10.560</gml:pos>
                                 <gml:pos>84639.236 447339.384 10.560</gml:pos>
                                 <gml:pos>84638.984 447339.734 10.560</gml:pos>
                                 <gml:pos>84638.748 447339.564 10.560</gml:pos>
                                 <gml:pos>84638.594 447339.453 10.560</gml:pos>
                                 <gml:pos>84636.028 447343.018 10.560</gml:pos>
                                 <gml:pos>84636.182 447343.129 10.560</gml:pos>
                                 <gml:pos>84636.418 447343.298 10.560</gml:pos>
                                 <gml:pos>84636.166 447343.648 10.560</gml:pos>
                                 <gml:pos>84635.930 447343.479 10.560</gml:pos>
                                 <gml:pos>84635.776 447343.368 10.560</gml:pos>
                                 <gml:pos>84633.217 447346.921 10.560</gml:pos>
                                 <gml:pos>84633.371 447347.032 10.560</gml:pos>
                                 <gml:pos>84633.606 447347.201 10.560</gml:pos>
                                 <gml:pos>84633.361 447347.542 10.560</gml:pos>
                                 <gml:pos>84633.125 447347.373 10.560</gml:pos>
                                 <gml:pos>84632.971 447347.262 10.560</gml:pos>
                                 <gml:pos>84630.300 447350.969 10.560</gml:pos>
                                 <gml:pos>84630.455 447351.080 10.560</gml:pos>
                                 <gml:pos>84630.690 447351.249 10.560</gml:pos>
                                 <gml:pos>84630.561 447351.428 10.560</gml:pos>
                                 <gml:pos>84630.326 447351.258 10.560</gml:pos>
                                 <gml:pos>84630.172 447351.147 10.560</gml:pos>
                                 <gml:pos>84627.612 447354.701 10.560</gml:pos>
                                 <gml:pos>84627.766 447354.812 10.560</gml:pos>
                                 <gml:pos>84628.002 447354.981 10.560</gml:pos>
                                 <gml:pos>84627.744 447355.338 10.560</gml:pos>
                                 <gml:pos>84627.509 447355.169 10.560</gml:pos>
                                 <gml:pos>84627.355 447355.057 10.560</gml:pos>
                                 <gml:pos>84624.795 447358.611 10.560</gml:pos>
                                 <gml:pos>84624.950 447358.722 10.560</gml:pos>
                                 <gml:pos>84625.185 447358.891 10.560</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84624.795 447358.611 0.490</gml:pos>
                                 <gml:pos>84624.950 447358.722 0.490</gml:pos>
                                 <gml:pos>84624.950 447358.722 10.560</gml:pos>
                                 <gml:pos>84624.795 447358.611 10.560</gml:pos>
                                 <gml:pos>84624.795 447358.611 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84627.355 447355.057 0.490</gml:pos>
                                 <gml:pos>84624.795 447358.611 0.490</gml:pos>
                                 <gml:pos>84624.795 447358.611 10.560</gml:pos>
                                 <gml:pos>84627.355 447355.057 10.560</gml:pos>
                                 <gml:pos>84627.355 447355.057 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84627.509 447355.169 0.490</gml:pos>
                                 <gml:pos>84627.355 447355.057 0.490</gml:pos>
                                 <gml:pos>84627.355 447355.057 10.560</gml:pos>
                                 <gml:pos>84627.509 447355.169 10.560</gml:pos>
                                 <gml:pos>84627.509 447355.169 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84627.744 447355.338 0.490</gml:pos>
                                 <gml:pos>84627.509 447355.169 0.490</gml:pos>
                                 <gml:pos>84627.509 447355.169 10.560</gml:pos>
                                 <gml:pos>84627.744 447355.338 10.560</gml:pos>
                                 <gml:pos>84627.744 447355.338 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84628.002 447354.981 0.490</gml:pos>
                                 <gml:pos>84627.744 447355.338 0.490</gml:pos>
                                 <gml:pos>84627.744 447355.338 10.560</gml:pos>
                                 <gml:pos>84628.002 447354.981 10.560</gml:pos>
                                 <gml:pos>84628.002 447354.981 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84627.766 447354.812 0.490</gml:pos>
                                 <gml:pos>84628.002 447354.981 0.490</gml:pos>
                                 <gml:pos>84628.002 447354.981 10.560</gml:pos>
                                 <gml:pos>84627.766 447354.812 10.560</gml:pos>
                                 <gml:pos>84627.766 447354.812 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84627.612 447354.701 0.490</gml:pos>
                                 <gml:pos>84627.766 447354.812 0.490</gml:pos>
                                 <gml:pos>84627.766 447354.812 10.560</gml:pos>
                                 <gml:pos>84627.612 447354.701 10.560</gml:pos>
                                 <gml:pos>84627.612 447354.701 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84630.172 447351.147 0.490</gml:pos>
                                 <gml:pos>84627.612 447354.701 0.490</gml:pos>
                                 <gml:pos>84627.612 447354.701 10.560</gml:pos>
                                 <gml:pos>84630.172 447351.147 10.560</gml:pos>
                                 <gml:pos>84630.172 447351.147 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84630.326 447351.258 0.490</gml:pos>
                                 <gml:pos>84630.172 447351.147 0.490</gml:pos>
                                 <gml:pos>84630.172 447351.147 10.560</gml:pos>
                                 <gml:pos>84630.326 447351.258 10.560</gml:pos>
                                 <gml:pos>84630.326 447351.258 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84630.561 447351.428 0.490</gml:pos>
                                 <gml:pos>84630.326 447351.258 0.490</gml:pos>
                                 <gml:pos>84630.326 447351.258 10.560</gml:pos>
                                 <gml:pos>84630.561 447351.428 10.560</gml:pos>
                                 <gml:pos>84630.561 447351.428 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84630.690 447351.249 0.490</gml:pos>
                                 <gml:pos>84630.561 447351.428 0.490</gml:pos>
                                 <gml:pos>84630.561 447351.428 10.560</gml:pos>
                                 <gml:pos>84630.690 447351.249 10.560</gml:pos>
                                 <gml:pos>84630.690 447351.249 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84630.455 447351.080 0.490</gml:pos>
                                 <gml:pos>84630.690 447351.249 0.490</gml:pos>
                                 <gml:pos>84630.690 447351.249 10.560</gml:pos>
                                 <gml:pos>84630.455 447351.080 10.560</gml:pos>
                                 <gml:pos>84630.455 447351.080 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84630.300 447350.969 0.490</gml:pos>
                                 <gml:pos>84630.455 447351.080 0.490</gml:pos>
                                 <gml:pos>84630.455 447351.080 10.560</gml:pos>
                                 <gml:pos>84630.300 447350.969 10.560</gml:pos>
                                 <gml:pos>84630.300 447350.969 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84632.971 447347.262 0.490</gml:pos>
                                 <gml:pos>84630.300 447350.969 0.490</gml:pos>
                                 <gml:pos>84630.300 447350.969 10.560</gml:pos>
                                 <gml:pos>84632.971 447347.262 10.560</gml:pos>
                                 <gml:pos>84632.971 447347.262 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84633.125 447347.373 0.490</gml:pos>
                                 <gml:pos>84632.971 447347.262 0.490</gml:pos>
                                 <gml:pos>84632.971 447347.262 10.560</gml:pos>
                                 <gml:pos>84633.125 447347.373 10.560</gml:pos>
                                 <gml:pos>84633.125 447347.373 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84633.361 447347.542 0.490</gml:pos>
                                 <gml:pos>84633.125 447347.373 0.490</gml:pos>
                                 <gml:pos>84633.125 447347.373 10.560</gml:pos>
                                 <gml:pos>84633.361 447347.542 10.560</gml:pos>
                                 <gml:pos>84633.361 447347.542 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84633.606 447347.201 0.490</gml:pos>
                                 <gml:pos>84633.361 447347.542 0.490</gml:pos>
                                 <gml:pos>84633.361 447347.542 10.560</gml:pos>
                                 <gml:pos>84633.606 447347.201 10.560</gml:pos>
                                 <gml:pos>84633.606 447347.201 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84633.371 447347.032 0.490</gml:pos>
                                 <gml:pos>84633.606 447347.201 0.490</gml:pos>
                                 <gml:pos>84633.606 447347.201 10.560</gml:pos>
                                 <gml:pos>84633.371 447347.032 10.560</gml:pos>
                                 <gml:pos>84633.371 447347.032 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84633.217 447346.921 0.490</gml:pos>
                                 <gml:pos>84633.371 447347.032 0.490</gml:pos>
                                 <gml:pos>84633.371 447347.032 10.560</gml:pos>
                                 <gml:pos>84633.217 447346.921 10.560</gml:pos>
                                 <gml:pos>84633.217 447346.921 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84635.776 447343.368 0.490</gml:pos>
                                 <gml:pos>84633.217 447346.921 0.490</gml:pos>
                                 <gml:pos>84633.217 447346.921 10.560</gml:pos>
                                 <gml:pos>84635.776 447343.368 10.560</gml:pos>
                                 <gml:pos>84635.776 447343.368 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84635.930 447343.479 0.490</gml:pos>
                                 <gml:pos>84635.776 447343.368 0.490</gml:pos>
                                 <gml:pos>84635.776 447343.368 10.560</gml:pos>
                                 <gml:pos>84635.930 447343.479 10.560</gml:pos>
                                 <gml:pos>84635.930 447343.479 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84636.166 447343.648 0.490</gml:pos>
                                 <gml:pos>84635.930 447343.479 0.490</gml:pos>
                                 <gml:pos>84635.930 447343.479 10.560</gml:pos>
                                 <gml:pos>84636.166 447343.648 10.560</gml:pos>
                                 <gml:pos>84636.166 447343.648 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84636.418 447343.298 0.490</gml:pos>
                                 <gml:pos>84636.166 447343.648 0.490</gml:pos>
                                 <gml:pos>84636.166 447343.648 10.560</gml:pos>
                                 <gml:pos>84636.418 447343.298 10.560</gml:pos>
                                 <gml:pos>84636.418 447343.298 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84636.182 447343.129 0.490</gml:pos>
                                 <gml:pos>84636.418 447343.298 0.490</gml:pos>
                                 <gml:pos>84636.418 447343.298 10.560</gml:pos>
                                 <gml:pos>84636.182 447343.129 10.560</gml:pos>
                                 <gml:pos>84636.182 447343.129 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84636.028 447343.018 0.490</gml:pos>
                                 <gml:pos>84636.182 447343.129 0.490</gml:pos>
                                 <gml:pos>84636.182 447343.129 10.560</gml:pos>
                                 <gml:pos>84636.028 447343.018 10.560</gml:pos>
                                 <gml:pos>84636.028 447343.018 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84638.594 447339.453 0.490</gml:pos>
                                 <gml:pos>84636.028 447343.018 0.490</gml:pos>
                                 <gml:pos>84636.028 447343.018 10.560</gml:pos>
                                 <gml:pos>84638.594 447339.453 10.560</gml:pos>
                                 <gml:pos>84638.594 447339.453 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84638.748 447339.564 0.490</gml:pos>
                                 <gml:pos>84638.594 447339.453 0.490</gml:pos>
                                 <gml:pos>84638.594 447339.453 10.560</gml:pos>
                                 <gml:pos>84638.748 447339.564 10.560</gml:pos>
                                 <gml:pos>84638.748 447339.564 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84638.984 447339.734 0.490</gml:pos>
                                 <gml:pos>84638.748 447339.564 0.490</gml:pos>
                                 <gml:pos>84638.748 447339.564 10.560</gml:pos>
                                 <gml:pos>84638.984 447339.734 10.560</gml:pos>
                                 <gml:pos>84638.984 447339.734 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84639.236 447339.384 0.490</gml:pos>
                                 <gml:pos>84638.984 447339.734 0.490</gml:pos>
                                 <gml:pos>84638.984 447339.734 10.560</gml:pos>
                                 <gml:pos>84639.236 447339.384 10.560</gml:pos>
                                 <gml:pos>84639.236 447339.384 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84639.000 447339.214 0.490</gml:pos>
                                 <gml:pos>84639.236 447339.384 0.490</gml:pos>
                                 <gml:pos>84639.236 447339.384 10.560</gml:pos>
                                 <gml:pos>84639.000 447339.214 10.560</gml:pos>
                                 <gml:pos>84639.000 447339.214 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84638.846 447339.103 0.490</gml:pos>
                                 <gml:pos>84639.000 447339.214 0.490</gml:pos>
                                 <gml:pos>84639.000 447339.214 10.560</gml:pos>
                                 <gml:pos>84638.846 447339.103 10.560</gml:pos>
                                 <gml:pos>84638.846 447339.103 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84641.406 447335.547 0.490</gml:pos>
                                 <gml:pos>84638.846 447339.103 0.490</gml:pos>
                                 <gml:pos>84638.846 447339.103 10.560</gml:pos>
                                 <gml:pos>84641.406 447335.547 10.560</gml:pos>
                                 <gml:pos>84641.406 447335.547 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84641.560 447335.658 0.490</gml:pos>
                                 <gml:pos>84641.406 447335.547 0.490</gml:pos>
                                 <gml:pos>84641.406 447335.547 10.560</gml:pos>
                                 <gml:pos>84641.560 447335.658 10.560</gml:pos>
                                 <gml:pos>84641.560 447335.658 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84641.796 447335.827 0.490</gml:pos>
                                 <gml:pos>84641.560 447335.658 0.490</gml:pos>
                                 <gml:pos>84641.560 447335.658 10.560</gml:pos>
                                 <gml:pos>84641.796 447335.827 10.560</gml:pos>
                                 <gml:pos>84641.796 447335.827 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84642.100 447335.404 0.490</gml:pos>
                                 <gml:pos>84641.796 447335.827 0.490</gml:pos>
                                 <gml:pos>84641.796 447335.827 10.560</gml:pos>
                                 <gml:pos>84642.100 447335.404 10.560</gml:pos>
                                 <gml:pos>84642.100 447335.404 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84641.898 447335.258 0.490</gml:pos>
                                 <gml:pos>84642.100 447335.404 0.490</gml:pos>
                                 <gml:pos>84642.100 447335.404 10.560</gml:pos>
                                 <gml:pos>84641.898 447335.258 10.560</gml:pos>
                                 <gml:pos>84641.898 447335.258 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84639.856 447333.781 0.490</gml:pos>
                                 <gml:pos>84641.898 447335.258 0.490</gml:pos>
                                 <gml:pos>84641.898 447335.258 10.560</gml:pos>
                                 <gml:pos>84639.856 447333.781 10.560</gml:pos>
                                 <gml:pos>84639.856 447333.781 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84628.141 447325.309 0.490</gml:pos>
                                 <gml:pos>84639.856 447333.781 0.490</gml:pos>
                                 <gml:pos>84639.856 447333.781 10.560</gml:pos>
                                 <gml:pos>84628.141 447325.309 10.560</gml:pos>
                                 <gml:pos>84628.141 447325.309 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84625.588 447323.462 0.490</gml:pos>
                                 <gml:pos>84628.141 447325.309 0.490</gml:pos>
                                 <gml:pos>84628.141 447325.309 10.560</gml:pos>
                                 <gml:pos>84625.588 447323.462 10.560</gml:pos>
                                 <gml:pos>84625.588 447323.462 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84611.170 447343.467 0.490</gml:pos>
                                 <gml:pos>84625.588 447323.462 0.490</gml:pos>
                                 <gml:pos>84625.588 447323.462 10.560</gml:pos>
                                 <gml:pos>84611.170 447343.467 10.560</gml:pos>
                                 <gml:pos>84611.170 447343.467 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84614.573 447345.922 0.490</gml:pos>
                                 <gml:pos>84611.170 447343.467 0.490</gml:pos>
                                 <gml:pos>84611.170 447343.467 10.560</gml:pos>
                                 <gml:pos>84614.573 447345.922 10.560</gml:pos>
                                 <gml:pos>84614.573 447345.922 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84609.891 447352.435 0.490</gml:pos>
                                 <gml:pos>84614.573 447345.922 0.490</gml:pos>
                                 <gml:pos>84614.573 447345.922 10.560</gml:pos>
                                 <gml:pos>84609.891 447352.435 10.560</gml:pos>
                                 <gml:pos>84609.891 447352.435 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84609.266 447353.304 0.490</gml:pos>
                                 <gml:pos>84609.891 447352.435 0.490</gml:pos>
                                 <gml:pos>84609.891 447352.435 10.560</gml:pos>
                                 <gml:pos>84609.266 447353.304 10.560</gml:pos>
                                 <gml:pos>84609.266 447353.304 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84606.172 447357.607 0.490</gml:pos>
                                 <gml:pos>84609.266 447353.304 0.490</gml:pos>
                                 <gml:pos>84609.266 447353.304 10.560</gml:pos>
                                 <gml:pos>84606.172 447357.607 10.560</gml:pos>
                                 <gml:pos>84606.172 447357.607 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84610.047 447360.417 0.490</gml:pos>
                                 <gml:pos>84606.172 447357.607 0.490</gml:pos>
                                 <gml:pos>84606.172 447357.607 10.560</gml:pos>
                                 <gml:pos>84610.047 447360.417 10.560</gml:pos>
                                 <gml:pos>84610.047 447360.417 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84610.657 447360.859 0.490</gml:pos>
                                 <gml:pos>84610.047 447360.417 0.490</gml:pos>
                                 <gml:pos>84610.047 447360.417 10.560</gml:pos>
                                 <gml:pos>84610.657 447360.859 10.560</gml:pos>
                                 <gml:pos>84610.657 447360.859 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84608.341 447365.263 0.490</gml:pos>
                                 <gml:pos>84610.657 447360.859 0.490</gml:pos>
                                 <gml:pos>84610.657 447360.859 10.560</gml:pos>
                                 <gml:pos>84608.341 447365.263 10.560</gml:pos>
                                 <gml:pos>84608.341 447365.263 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84607.231 447367.368 0.490</gml:pos>
                                 <gml:pos>84608.341 447365.263 0.490</gml:pos>
                                 <gml:pos>84608.341 447365.263 10.560</gml:pos>
                                 <gml:pos>84607.231 447367.368 10.560</gml:pos>
                                 <gml:pos>84607.231 447367.368 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84607.175 447367.474 0.490</gml:pos>
                                 <gml:pos>84607.231 447367.368 0.490</gml:pos>
                                 <gml:pos>84607.231 447367.368 10.560</gml:pos>
                                 <gml:pos>84607.175 447367.474 10.560</gml:pos>
                                 <gml:pos>84607.175 447367.474 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84606.557 447368.647 0.490</gml:pos>
                                 <gml:pos>84607.175 447367.474 0.490</gml:pos>
                                 <gml:pos>84607.175 447367.474 10.560</gml:pos>
                                 <gml:pos>84606.557 447368.647 10.560</gml:pos>
                                 <gml:pos>84606.557 447368.647 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84610.358 447370.599 0.490</gml:pos>
                                 <gml:pos>84606.557 447368.647 0.490</gml:pos>
                                 <gml:pos>84606.557 447368.647 10.560</gml:pos>
                                 <gml:pos>84610.358 447370.599 10.560</gml:pos>
                                 <gml:pos>84610.358 447370.599 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84607.565 447376.038 0.490</gml:pos>
                                 <gml:pos>84610.358 447370.599 0.490</gml:pos>
                                 <gml:pos>84610.358 447370.599 10.560</gml:pos>
                                 <gml:pos>84607.565 447376.038 10.560</gml:pos>
                                 <gml:pos>84607.565 447376.038 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84605.077 447380.882 0.490</gml:pos>
                                 <gml:pos>84607.565 447376.038 0.490</gml:pos>
                                 <gml:pos>84607.565 447376.038 10.560</gml:pos>
                                 <gml:pos>84605.077 447380.882 10.560</gml:pos>
                                 <gml:pos>84605.077 447380.882 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84607.676 447382.680 0.490</gml:pos>
                                 <gml:pos>84605.077 447380.882 0.490</gml:pos>
                                 <gml:pos>84605.077 447380.882 10.560</gml:pos>
                                 <gml:pos>84607.676 447382.680 10.560</gml:pos>
                                 <gml:pos>84607.676 447382.680 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84610.774 447378.387 0.490</gml:pos>
                                 <gml:pos>84607.676 447382.680 0.490</gml:pos>
                                 <gml:pos>84607.676 447382.680 10.560</gml:pos>
                                 <gml:pos>84610.774 447378.387 10.560</gml:pos>
                                 <gml:pos>84610.774 447378.387 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84616.295 447370.736 0.490</gml:pos>
                                 <gml:pos>84610.774 447378.387 0.490</gml:pos>
                                 <gml:pos>84610.774 447378.387 10.560</gml:pos>
                                 <gml:pos>84616.295 447370.736 10.560</gml:pos>
                                 <gml:pos>84616.295 447370.736 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84616.530 447370.906 0.490</gml:pos>
                                 <gml:pos>84616.295 447370.736 0.490</gml:pos>
                                 <gml:pos>84616.295 447370.736 10.560</gml:pos>
                                 <gml:pos>84616.530 447370.906 10.560</gml:pos>
                                 <gml:pos>84616.530 447370.906 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84616.781 447370.557 0.490</gml:pos>
                                 <gml:pos>84616.530 447370.906 0.490</gml:pos>
                                 <gml:pos>84616.530 447370.906 10.560</gml:pos>
                                 <gml:pos>84616.781 447370.557 10.560</gml:pos>
                                 <gml:pos>84616.781 447370.557 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84616.546 447370.387 0.490</gml:pos>
                                 <gml:pos>84616.781 447370.557 0.490</gml:pos>
                                 <gml:pos>84616.781 447370.557 10.560</gml:pos>
                                 <gml:pos>84616.546 447370.387 10.560</gml:pos>
                                 <gml:pos>84616.546 447370.387 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84616.392 447370.276 0.490</gml:pos>
                                 <gml:pos>84616.546 447370.387 0.490</gml:pos>
                                 <gml:pos>84616.546 447370.387 10.560</gml:pos>
                                 <gml:pos>84616.392 447370.276 10.560</gml:pos>
                                 <gml:pos>84616.392 447370.276 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84618.951 447366.723 0.490</gml:pos>
                                 <gml:pos>84616.392 447370.276 0.490</gml:pos>
                                 <gml:pos>84616.392 447370.276 10.560</gml:pos>
                                 <gml:pos>84618.951 447366.723 10.560</gml:pos>
                                 <gml:pos>84618.951 447366.723 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84619.106 447366.834 0.490</gml:pos>
                                 <gml:pos>84618.951 447366.723 0.490</gml:pos>
                                 <gml:pos>84618.951 447366.723 10.560</gml:pos>
                                 <gml:pos>84619.106 447366.834 10.560</gml:pos>
                                 <gml:pos>84619.106 447366.834 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84619.341 447367.004 0.490</gml:pos>
                                 <gml:pos>84619.106 447366.834 0.490</gml:pos>
                                 <gml:pos>84619.106 447366.834 10.560</gml:pos>
                                 <gml:pos>84619.341 447367.004 10.560</gml:pos>
                                 <gml:pos>84619.341 447367.004 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84619.586 447366.663 0.490</gml:pos>
                                 <gml:pos>84619.341 447367.004 0.490</gml:pos>
                                 <gml:pos>84619.341 447367.004 10.560</gml:pos>
                                 <gml:pos>84619.586 447366.663 10.560</gml:pos>
                                 <gml:pos>84619.586 447366.663 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84619.351 447366.493 0.490</gml:pos>
                                 <gml:pos>84619.586 447366.663 0.490</gml:pos>
                                 <gml:pos>84619.586 447366.663 10.560</gml:pos>
                                 <gml:pos>84619.351 447366.493 10.560</gml:pos>
                                 <gml:pos>84619.351 447366.493 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84619.197 447366.382 0.490</gml:pos>
                                 <gml:pos>84619.351 447366.493 0.490</gml:pos>
                                 <gml:pos>84619.351 447366.493 10.560</gml:pos>
                                 <gml:pos>84619.197 447366.382 10.560</gml:pos>
                                 <gml:pos>84619.197 447366.382 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84621.745 447362.845 0.490</gml:pos>
                                 <gml:pos>84619.197 447366.382 0.490</gml:pos>
                                 <gml:pos>84619.197 447366.382 10.560</gml:pos>
                                 <gml:pos>84621.745 447362.845 10.560</gml:pos>
                                 <gml:pos>84621.745 447362.845 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84621.899 447362.956 0.490</gml:pos>
                                 <gml:pos>84621.745 447362.845 0.490</gml:pos>
                                 <gml:pos>84621.745 447362.845 10.560</gml:pos>
                                 <gml:pos>84621.899 447362.956 10.560</gml:pos>
                                 <gml:pos>84621.899 447362.956 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84622.134 447363.126 0.490</gml:pos>
                                 <gml:pos>84621.899 447362.956 0.490</gml:pos>
                                 <gml:pos>84621.899 447362.956 10.560</gml:pos>
                                 <gml:pos>84622.134 447363.126 10.560</gml:pos>
                                 <gml:pos>84622.134 447363.126 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84622.386 447362.777 0.490</gml:pos>
                                 <gml:pos>84622.134 447363.126 0.490</gml:pos>
                                 <gml:pos>84622.134 447363.126 10.560</gml:pos>
                                 <gml:pos>84622.386 447362.777 10.560</gml:pos>
                                 <gml:pos>84622.386 447362.777 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84622.150 447362.607 0.490</gml:pos>
                                 <gml:pos>84622.386 447362.777 0.490</gml:pos>
                                 <gml:pos>84622.386 447362.777 10.560</gml:pos>
                                 <gml:pos>84622.150 447362.607 10.560</gml:pos>
                                 <gml:pos>84622.150 447362.607 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84621.996 447362.496 0.490</gml:pos>
                                 <gml:pos>84622.150 447362.607 0.490</gml:pos>
                                 <gml:pos>84622.150 447362.607 10.560</gml:pos>
                                 <gml:pos>84621.996 447362.496 10.560</gml:pos>
                                 <gml:pos>84621.996 447362.496 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84624.544 447358.959 0.490</gml:pos>
                                 <gml:pos>84621.996 447362.496 0.490</gml:pos>
                                 <gml:pos>84621.996 447362.496 10.560</gml:pos>
                                 <gml:pos>84624.544 447358.959 10.560</gml:pos>
                                 <gml:pos>84624.544 447358.959 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84624.698 447359.071 0.490</gml:pos>
                                 <gml:pos>84624.544 447358.959 0.490</gml:pos>
                                 <gml:pos>84624.544 447358.959 10.560</gml:pos>
                                 <gml:pos>84624.698 447359.071 10.560</gml:pos>
                                 <gml:pos>84624.698 447359.071 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84624.934 447359.240 0.490</gml:pos>
                                 <gml:pos>84624.698 447359.071 0.490</gml:pos>
                                 <gml:pos>84624.698 447359.071 10.560</gml:pos>
                                 <gml:pos>84624.934 447359.240 10.560</gml:pos>
                                 <gml:pos>84624.934 447359.240 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84625.185 447358.891 0.490</gml:pos>
                                 <gml:pos>84624.934 447359.240 0.490</gml:pos>
                                 <gml:pos>84624.934 447359.240 10.560</gml:pos>
                                 <gml:pos>84625.185 447358.891 10.560</gml:pos>
                                 <gml:pos>84625.185 447358.891 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                     <gml:surfaceMember>
                        <gml:Polygon>
                           <gml:exterior>
                              <gml:LinearRing>
                                 <gml:pos>84624.950 447358.722 0.490</gml:pos>
                                 <gml:pos>84625.185 447358.891 0.490</gml:pos>
                                 <gml:pos>84625.185 447358.891 10.560</gml:pos>
                                 <gml:pos>84624.950 447358.722 10.560</gml:pos>
                                 <gml:pos>84624.950 447358.722 0.490</gml:pos>
                              </gml:LinearRing>
                           </gml:exterior>
                        </gml:Polygon>
                     </gml:surfaceMember>
                  </gml:CompositeSurface>
               </gml:exterior>
            </gml:Solid>
         </bldg:lod1Solid>
      </bldg:Building>
   </cityObjectMember>
</CityModel>
