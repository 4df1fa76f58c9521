"""Build hook of ``pip install .`` (the configuration is in pyproject.toml).

The wheel holds the engine and the batch runner, which need no QGIS. The plugin folder's QGIS entry
modules (plugin.py, translate.py: both import qgis) and this file stay out of it; QGIS loads the plugin from the
folder, never from the wheel.
"""
from setuptools import setup
from setuptools.command.build_py import build_py

QGIS_ONLY_MODULES = {"plugin", "translate", "setup"}


class EngineOnlyBuildPy(build_py):
    def find_package_modules(self, package, package_dir):
        modules = super().find_package_modules(package, package_dir)
        return [m for m in modules if not (package == "nrw_digital_twin" and m[1] in QGIS_ONLY_MODULES)]


setup(cmdclass={"build_py": EngineOnlyBuildPy})
