"""Publishing the twin for the web: 3D Tiles 1.1 with a viewer page, and CityJSON 2.0 / CityJSONSeq.

Pure Python on numpy, pyproj and json; the glTF binaries are written by :mod:`.gltf` itself.

* :mod:`.scene` — buildings with their surfaces, solar values per roof and attributes (the common input).
* :mod:`.triangulate` — triangles of every planar LoD2 polygon, holes honoured (ear clipping).
* :mod:`.quasigeoid`, :mod:`.georef` — DHHN2016 normal heights → ellipsoidal heights (GCG2016) → ECEF.
* :mod:`.tiling`, :mod:`.gltf`, :mod:`.tiles3d` — quadtree, glb content with EXT_mesh_features and
  EXT_structural_metadata, ``tileset.json``.
* :mod:`.cityjson` — CityJSON 2.0 and CityJSONSeq with semantic surfaces and attributes.
* :mod:`.viewer` — ``index.html`` (CesiumJS) next to the tileset; :mod:`.serve` serves a folder locally.

Method and accuracy: docs/publish.md.
"""
