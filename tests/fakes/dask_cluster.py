"""A real Dask cluster on this machine for the batch tests: ``dask scheduler`` and ``dask worker`` processes.

The processes run in a Python without QGIS: a virtual environment made without the system site packages
(where PyQGIS lives) into which ``pip install "<repository>[batch]"`` installed the package — what a user
does on a cluster node. Versions of the libraries that compute or talk (numpy, lxml, pyproj, requests,
dask, distributed and Dask's protocol libraries) are pinned to those of the test's own Python, so the
workers compute with the same numbers and speak the same protocol as the client. The environment is built
once (about a minute, from PyPI) and reused: ``$NRWTWIN_BATCH_VENV`` or a folder under /var/cache/nrwtwin
(~/.cache/nrwtwin when that is not writable), named after the Python version and the pins.

Workers import the package from the checkout (``PYTHONPATH=.build/plugins``), so they run the code under
test, not the copy installed when the environment was built.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Dict, List, Optional

REPO = Path(__file__).resolve().parents[2]
PLUGINS = REPO / ".build" / "plugins"
PINNED = ("numpy", "lxml", "pyproj", "requests", "dask", "distributed", "cloudpickle", "msgpack", "tornado", "toolz")
PACKAGE_FILES = ("pyproject.toml", "setup.py", "LICENSE", "metadata.txt", "__init__.py", "docs/batch.md")
PACKAGE_DIRS = ("algorithms", "batch")
# Variables of the test process that would point the venv's libraries at the system's data or QGIS.
DROPPED_ENV = ("PROJ_DATA", "PROJ_LIB", "PYTHONHOME", "PYTHONPATH", "QGIS_PREFIX_PATH", "VIRTUAL_ENV")


def pins() -> List[str]:
    result = []
    for name in PINNED:
        try:
            text = version(name)
        except PackageNotFoundError:
            continue
        result.append(f"{name}=={text.split('+')[0]}")
    return result


def venv_folder() -> Path:
    configured = os.environ.get("NRWTWIN_BATCH_VENV")
    if configured:
        return Path(configured)
    tag = hashlib.sha256(json.dumps([sys.version, pins(), (REPO / "pyproject.toml").read_text()]).encode()).hexdigest()[
        :12
    ]
    name = f"batch-venv-py{sys.version_info[0]}{sys.version_info[1]}-{tag}"
    base = Path("/var/cache/nrwtwin")
    try:
        base.mkdir(parents=True, exist_ok=True)
        if not os.access(base, os.W_OK):
            raise PermissionError
    except OSError:
        base = Path.home() / ".cache" / "nrwtwin"
    return base / name


def package_copy(target: Path) -> Path:
    """The files ``pip install .`` needs, copied (pip builds in the source folder; keep the checkout clean)."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in PACKAGE_FILES:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target / name)
    for name in PACKAGE_DIRS:
        shutil.copytree(REPO / name, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


def pip_command(python: Path) -> List[str]:
    command = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    host_bundle = Path("/etc/ssl/host-ca-bundle.crt")  # inside the QGIS chroots (scripts/qgis_chroot.sh)
    cert = os.environ.get("PIP_CERT") or (str(host_bundle) if host_bundle.is_file() else "")
    return command + (["--cert", cert] if cert else [])


def batch_venv() -> Path:
    """The folder of the worker environment (built when absent; see the module docstring)."""
    folder = venv_folder()
    python = folder / "bin" / "python"
    ready = folder / ".nrwtwin-ready"
    if ready.is_file():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    base_python = getattr(sys, "_base_executable", None) or sys.executable
    subprocess.run([base_python, "-m", "venv", str(folder)], check=True)
    source = package_copy(folder / "src")
    constraints = folder / "constraints.txt"
    constraints.write_text("\n".join(pins()) + "\n")
    proc = subprocess.run(
        pip_command(python) + ["-c", str(constraints), f"{source}[batch]"], capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise RuntimeError(f"pip install of the batch extra failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}")
    ready.write_text("\n".join(pins()) + "\n")
    return folder


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def worker_env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in DROPPED_ENV}
    # The checkout's package, and tests/ for the helpers below that tests run on the workers.
    env["PYTHONPATH"] = os.pathsep.join([str(PLUGINS), str(REPO / "tests")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra or {})
    return env


class DaskCluster:
    """``dask scheduler`` + N ``dask worker`` processes (no nanny: a killed worker stays dead) on loopback."""

    def __init__(self, venv: Path, workdir: Path, workers: int = 2) -> None:
        self.venv, self.workdir, self.n_workers = venv, workdir, workers
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.scheduler: Optional[subprocess.Popen] = None
        self.workers: Dict[str, subprocess.Popen] = {}
        self.logs: List[Path] = []
        self._handles: list = []

    def _start(self, args: List[str], log_name: str) -> subprocess.Popen:
        log = self.workdir / log_name
        self.logs.append(log)
        handle = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self._handles.append(handle)
        return subprocess.Popen(
            [str(self.venv / "bin" / "dask"), *args], stdout=handle, stderr=subprocess.STDOUT, env=worker_env()
        )

    def start(self) -> "DaskCluster":
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.scheduler = self._start(
            ["scheduler", "--host", "127.0.0.1", "--port", str(self.port), "--no-dashboard"], "scheduler.log"
        )
        for number in range(1, self.n_workers + 1):
            self.add_worker(f"w{number}")
        self.wait_for_workers(self.n_workers)
        return self

    def add_worker(self, name: str) -> subprocess.Popen:
        process = self._start(
            [
                "worker",
                self.address,
                "--name",
                name,
                "--nthreads",
                "1",
                "--no-nanny",
                "--no-dashboard",
                "--host",
                "127.0.0.1",
                "--death-timeout",
                "60",
                "--local-directory",
                str(self.workdir / name),
            ],
            f"{name}.log",
        )
        self.workers[name] = process
        return process

    def client(self):
        from distributed import Client

        return Client(self.address, timeout="30s")

    def worker_info(self) -> Dict[str, dict]:
        """name → the scheduler's record of the worker (address, pid, …)."""
        with self.client() as client:
            info = client.scheduler_info(n_workers=-1)["workers"]
        return {record["name"]: dict(record, address=address) for address, record in info.items()}

    def wait_for_workers(self, count: int, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if len(self.worker_info()) >= count:
                    return
            except OSError:
                pass
            if self.scheduler is not None and self.scheduler.poll() is not None:
                break
            time.sleep(0.3)
        raise RuntimeError("the Dask cluster did not start:\n" + self.log_text())

    def wait_until_idle(self, timeout: float = 120.0) -> None:
        """Until no worker executes a task. Tasks of a client that died go on running in their worker thread
        (Python threads cannot be stopped) after the scheduler has forgotten them."""
        deadline = time.monotonic() + timeout
        with self.client() as client:
            while time.monotonic() < deadline:
                if not any(client.processing().values()) and not any(client.run(executing_tasks).values()):
                    return
                time.sleep(0.2)
        raise RuntimeError("the Dask workers stayed busy:\n" + self.log_text())

    def kill_worker(self, name: str) -> None:
        """``kill -9`` of a worker process."""
        os.kill(self.workers[name].pid, signal.SIGKILL)
        self.workers[name].wait(10)

    def log_text(self) -> str:
        parts = [f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}" for log in self.logs if log.exists()]
        return "\n".join(parts)

    def stop(self) -> None:
        for process in [*self.workers.values(), self.scheduler]:
            if process is not None and process.poll() is None:
                process.terminate()
        for process in [*self.workers.values(), self.scheduler]:
            if process is None:
                continue
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        for handle in self._handles:
            handle.close()

    def __enter__(self) -> "DaskCluster":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()


def executing_tasks(dask_worker) -> int:
    """Tasks a worker is running now (run on the workers through ``Client.run``)."""
    return len(dask_worker.state.executing) + len(dask_worker.state.long_running)


def loaded_qgis_modules() -> List[str]:
    """Modules of QGIS or Qt loaded in this process (run on the workers through ``Client.run``)."""
    return sorted(m for m in sys.modules if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip"))
