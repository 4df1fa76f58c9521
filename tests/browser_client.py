"""Headless Chromium driven through ChromeDriver's W3C WebDriver protocol (plain HTTP, no Selenium).

Debian's ``chromium`` and ``chromium-driver`` (same version) are installed by ``make setup``. The browser
gets a fresh profile, software WebGL (SwiftShader) and no route to the internet: every host name except
127.0.0.1 resolves to nothing, so a test page can only reach the local test server.
"""
from __future__ import annotations

import base64
import json
import socket
import subprocess
import time
from pathlib import Path
from typing import Any, List, Optional

import requests
from nrwtwin_testsupport import needs_program

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # WebGL without a GPU: ANGLE on SwiftShader (Chromium asks for the explicit opt-in since 2024).
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    # Offline: only the local test server is reachable.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Browser:
    """One Chromium session; use as a context manager."""

    def __init__(self, profile_dir: Path, width: int = 1280, height: int = 800) -> None:
        chromedriver = needs_program("chromedriver")
        chromium = needs_program("chromium")
        self.port = free_port()
        self.log = open(profile_dir.parent / f"chromedriver-{self.port}.log", "wb")  # noqa: SIM115
        self.driver = subprocess.Popen([chromedriver, f"--port={self.port}"], stdout=self.log, stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{self.port}"
        self._wait_for_driver()
        args = CHROMIUM_FLAGS + [f"--user-data-dir={profile_dir}", f"--window-size={width},{height}"]
        capabilities = {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium, "args": args},
            "goog:loggingPrefs": {"browser": "ALL"},
        }
        answer = self._call("POST", "/session", {"capabilities": {"alwaysMatch": capabilities}})
        self.session = answer["sessionId"]

    def _wait_for_driver(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(self.base + "/status", timeout=2).json()["value"]["ready"]:
                    return
            except (requests.RequestException, ValueError, KeyError):
                pass
            time.sleep(0.2)
        raise RuntimeError("chromedriver did not start")

    def _call(self, method: str, path: str, body: Optional[dict] = None) -> Any:
        response = requests.request(method, self.base + path, json=body, timeout=180)
        value = response.json().get("value")
        if response.status_code != 200:
            raise RuntimeError(f"WebDriver {method} {path}: {json.dumps(value)[:2000]}")
        return value

    def _session(self, method: str, path: str, body: Optional[dict] = None) -> Any:
        return self._call(method, f"/session/{self.session}{path}", body)

    def open(self, url: str) -> None:
        self._session("POST", "/url", {"url": url})

    def run(self, script: str, *args: Any) -> Any:
        """Run JavaScript (a function body; ``arguments`` holds ``args``) and return its result."""
        return self._session("POST", "/execute/sync", {"script": script, "args": list(args)})

    def wait_for(self, script: str, timeout: float = 240.0, interval: float = 0.5) -> Any:
        """Poll ``script`` until it returns something truthy; raise with the page state on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.run(script)
            if value:
                return value
            time.sleep(interval)
        state = self.run("return JSON.stringify(window.nrwtwin ? window.nrwtwin.state : null)")
        raise TimeoutError(f"timed out waiting for {script!r}; page state {state}; console {self.console()[-10:]}")

    def screenshot(self, path: Path) -> Path:
        path.write_bytes(base64.b64decode(self._session("GET", "/screenshot")))
        return path

    def click(self, x: int, y: int) -> None:
        """A real mouse click at viewport pixel (x, y) (pointer move, down, up)."""
        actions = [
            {"type": "pointerMove", "duration": 0, "x": int(x), "y": int(y), "origin": "viewport"},
            {"type": "pointerDown", "button": 0},
            {"type": "pause", "duration": 60},
            {"type": "pointerUp", "button": 0},
        ]
        self._session(
            "POST",
            "/actions",
            {"actions": [{"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
                          "actions": actions}]},
        )
        self._session("DELETE", "/actions")

    def console(self) -> List[str]:
        try:
            entries = self._session("POST", "/se/log", {"type": "browser"})
        except RuntimeError:
            return []
        return [f"{e.get('level')}: {e.get('message')}" for e in entries or []]

    def close(self) -> None:
        try:
            self._call("DELETE", f"/session/{self.session}")
        except (RuntimeError, requests.RequestException):
            pass
        self.driver.terminate()
        try:
            self.driver.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.driver.kill()
        self.log.close()

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
