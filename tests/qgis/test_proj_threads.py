"""pyproj on QGIS's pooled task threads: several tasks in a row on the same OS thread must not crash.

pyproj 3.7.1 (Debian 13, QGIS 3.40) frees a thread's PROJ context with the Python thread state but keeps
the pointer for the OS thread; the second task then crashed QGIS. ``algorithms/proj.keep_thread_context``
holds the contexts. Run in a subprocess, so a crash is a failed test, not a dead test session.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PLUGINS = Path(__file__).resolve().parents[2] / ".build" / "plugins"

SCRIPT = r"""
import sys, threading, time
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication, QgsTask
app = QgsApplication([], False)
app.initQgis()
from nrw_digital_twin.algorithms import proj
results = []

def work(task):
    proj.keep_thread_context()
    crs = proj.crs_from_epsg(25832)
    x, y = proj.transformer(4326, 25832).transform(7.6, 51.96)
    results.append((threading.get_native_id(), len(crs.to_wkt()), round(x), round(y)))
    return True

for _ in range(4):
    before = len(results)
    task = QgsTask.fromFunction("pyproj", work)
    QgsApplication.taskManager().addTask(task)
    deadline = time.time() + 30
    while len(results) == before and time.time() < deadline:
        app.processEvents()
        time.sleep(0.02)
print(results)
print("threads", len({r[0] for r in results}), "runs", len(results))
app.exitQgis()
"""


def test_pyproj_in_four_tasks_in_a_row(tmp_path):
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(PLUGINS)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "runs 4" in proc.stdout
    first = eval(proc.stdout.splitlines()[0])  # noqa: S307 - our own printed list
    from pyproj import Transformer

    x, y = Transformer.from_crs(4326, 25832, always_xy=True).transform(7.6, 51.96)  # this thread, as reference
    assert {(x_, y_) for _tid, _n, x_, y_ in first} == {(round(x), round(y))}
