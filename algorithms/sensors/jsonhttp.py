"""GET JSON documents from sensor platforms: timeouts, retries with backoff, links used exactly as given.

Transient failures are retried ``retries`` times in all with exponential backoff (``backoff_s · 2^(try-1)``):
connection errors and resets, timeouts, HTTP 5xx and 429 answers, and a connection that breaks off
while the body is read. 4xx answers are not retried. Every failure ends as :class:`SensorHttpError`
(a :class:`NrwTwinError`) whose message names the platform, the URL and what to do; ``status`` and
``kind`` let callers fall back (a server that refuses a spatial filter answers 400).

URLs are sent as they are: ``@iot.nextLink`` values are not parsed, re-encoded or completed with
parameters (requests would turn ``%7E`` into ``~`` and re-quote), only bytes that cannot stand in an
HTTP request line (spaces, non-ASCII) are percent-encoded.
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional, Sequence, Tuple
from urllib.parse import quote

import requests

from ..errors import Canceled, NrwTwinError
from ..messages import Message, msg
from ..progress import NullProgress, Progress

USER_AGENT = "nrw-digital-twin-qgis-plugin (sensors)"
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_BODY_BYTES = 256 * 1024 * 1024
#: Characters of a query value that stay readable in OData URLs (RFC 3986 sub-delims and ':' '@' '/').
QUERY_SAFE = "$(),;='/@:*!"


class SensorHttpError(NrwTwinError):
    """A request failed for good. ``kind``: unreachable, timeout, status, broken, not_json, html."""

    def __init__(self, message: Message, kind: str, status: Optional[int] = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status


class _Transient(Exception):
    def __init__(self, kind: str, reason: str, status: Optional[int] = None) -> None:
        super().__init__(reason)
        self.kind, self.reason, self.status = kind, reason, status


def exact_url(url: str) -> str:
    """``url`` unchanged except for characters an HTTP request line cannot carry (space, non-ASCII)."""
    return quote(url, safe="".join(chr(c) for c in range(33, 127)))


def query_string(params: Sequence[Tuple[str, str]]) -> str:
    """``$top=100&$expand=Things(...)``: values percent-encoded except OData's readable characters."""
    return "&".join(f"{key}={quote(str(value), safe=QUERY_SAFE)}" for key, value in params)


def short_reason(error: BaseException) -> str:
    """The innermost reason of a requests/urllib3 error, without the connection pool description."""
    text = str(error)
    for marker in ("Failed to establish a new connection: ", "Caused by ", "Connection broken: "):
        if marker in text:
            text = text.split(marker, 1)[1]
    return text.strip("()'\" ")[:200] or type(error).__name__


def page_title(body: bytes) -> str:
    """What an HTML page is about (its <title> or first text), for a message."""
    text = body[:20000].decode("utf-8", "replace")
    found = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    if found and found.group(1).strip():
        return " ".join(found.group(1).split())[:120]
    plain = re.sub(r"<[^>]+>", " ", text)
    return " ".join(plain.split())[:120]


def server_message(body: bytes) -> str:
    """The error text of a JSON error body ({"message"}, {"detail"}, {"error": {"message"}}) or ''."""
    try:
        document = json.loads(body[:200000].decode("utf-8", "replace"))
    except ValueError:
        return ""
    if not isinstance(document, Mapping):
        return ""
    for key in ("message", "detail", "error", "code"):
        value = document.get(key)
        if isinstance(value, Mapping):
            value = value.get("message") or value.get("description")
        if isinstance(value, (str, int)) and str(value).strip():
            return str(value).strip()[:200]
        if isinstance(value, list) and value:
            return json.dumps(value, ensure_ascii=False)[:200]
    return ""


@dataclass
class JsonClient:
    """GET JSON from one platform (``label`` names it in messages) with the retry policy above."""

    label: str
    timeout: float = 30.0
    retries: int = 3
    backoff_s: float = 1.0
    session: Optional[requests.Session] = None
    proxies: Optional[Mapping[str, str]] = None
    progress: Progress = NullProgress()
    headers: Optional[Mapping[str, str]] = None
    sleep: Callable[[float], None] = time.sleep
    requests_sent: int = 0

    def __post_init__(self) -> None:
        if self.session is None:
            self.session = requests.Session()
            self.session.headers["User-Agent"] = USER_AGENT
        self.session.headers.setdefault("Accept", "application/json")
        if self.headers:
            self.session.headers.update(dict(self.headers))

    @classmethod
    def for_source(cls, source, progress: Progress = NullProgress(), proxies=None, session=None) -> "JsonClient":
        return cls(
            label=source.label,
            timeout=float(source.get("timeout")),
            retries=max(1, int(source.get("retries"))),
            backoff_s=float(source.get("backoff_s")),
            session=session,
            proxies=proxies,
            progress=progress,
            headers=source.get("headers") or None,
        )

    # -- one request ------------------------------------------------------------------------------
    def _send(self, url: str) -> Tuple[int, bytes, str]:
        prepared = self.session.prepare_request(requests.Request("GET", url))
        prepared.url = exact_url(url)
        settings = self.session.merge_environment_settings(prepared.url, dict(self.proxies or {}), True, None, None)
        self.requests_sent += 1
        try:
            response = self.session.send(
                prepared, timeout=(min(self.timeout, 15.0), self.timeout), allow_redirects=True, **settings
            )
        except requests.exceptions.Timeout as error:
            raise _Transient("timeout", short_reason(error)) from None
        except requests.exceptions.ConnectionError as error:
            raise _Transient("unreachable", short_reason(error)) from None
        except requests.exceptions.RequestException as error:
            raise SensorHttpError(
                msg("{}: the request {} failed ({}). Check the URL of the sensor source.", self.label, url,
                    short_reason(error)),
                "unreachable",
            ) from None
        try:
            body = self._read(response)
        finally:
            response.close()
        return response.status_code, body, response.headers.get("Content-Type", "")

    def _read(self, response: requests.Response) -> bytes:
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(64 * 1024):
                chunks.append(chunk)
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise SensorHttpError(
                        msg("{}: the answer to {} is larger than {:,} MB. Choose a smaller area.", self.label,
                            response.url, MAX_BODY_BYTES // 1_000_000),
                        "broken",
                    )
        except (requests.exceptions.RequestException, OSError) as error:
            kind = "timeout" if "timed out" in str(error).lower() else "broken"
            raise _Transient(kind, short_reason(error)) from None
        expected = response.headers.get("Content-Length", "")
        if expected.isdigit() and not response.headers.get("Content-Encoding") and size < int(expected):
            # urllib3 1.x (Debian 12) does not enforce Content-Length: a cut answer must not look whole.
            raise _Transient("broken", f"{size:,} of {int(expected):,} bytes")
        return b"".join(chunks)

    def _wait(self, attempt: int) -> None:
        delay = self.backoff_s * 2 ** (attempt - 1)
        deadline = time.monotonic() + delay
        while True:
            if self.progress.is_canceled():
                raise Canceled()
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self.sleep(min(left, 0.2))

    # -- public -----------------------------------------------------------------------------------
    def get(self, url: str, retry_status: bool = True) -> Any:
        """The JSON document at ``url``; :class:`SensorHttpError` when it cannot be had.

        ``retry_status=False`` sends a 5xx answer back at once (capability probes: a server that
        cannot evaluate a query often answers 500, and retrying will not change that).
        """
        attempt = 0
        while True:
            attempt += 1
            if self.progress.is_canceled():
                raise Canceled()
            try:
                status, body, content_type = self._send(url)
                if status in RETRY_STATUSES and retry_status:
                    raise _Transient("status", f"HTTP {status}", status)
            except _Transient as failure:
                if attempt >= self.retries:
                    raise self._gave_up(url, failure, attempt) from None
                self.progress.info(
                    msg("{}: {} ({}); trying again ({:,} of {:,}).", self.label, url, failure.reason, attempt + 1,
                        self.retries)
                )
                self._wait(attempt)
                continue
            if status >= 400:
                raise self._status_error(url, status, body, content_type)
            return self._parse(url, body, content_type)

    def _gave_up(self, url: str, failure: _Transient, attempts: int) -> SensorHttpError:
        if failure.kind == "timeout":
            return SensorHttpError(
                msg("{}: no answer to {} within {:.0f} s ({:,} tries). The service may be overloaded: try again "
                    "later or with a smaller area.", self.label, url, self.timeout, attempts),
                "timeout",
            )
        if failure.kind == "unreachable":
            return SensorHttpError(
                msg("{}: the server cannot be reached ({}; {:,} tries). Check the internet connection, the proxy "
                    "(QGIS Settings → Options → Network) and the URL of the sensor source.", self.label,
                    failure.reason, attempts),
                "unreachable",
            )
        if failure.kind == "status":
            return SensorHttpError(
                msg("{}: the server answered {} to {} ({:,} tries). The service has a problem: try again later.",
                    self.label, failure.reason, url, attempts),
                "status",
                failure.status,
            )
        return SensorHttpError(
            msg("{}: the connection broke off while reading {} ({}; {:,} tries). Try again later.", self.label, url,
                failure.reason, attempts),
            "broken",
        )

    def _status_error(self, url: str, status: int, body: bytes, content_type: str) -> SensorHttpError:
        detail = server_message(body) or (page_title(body) if body.lstrip()[:1] == b"<" else "")
        detail = detail or body[:120].decode("utf-8", "replace").strip() or "-"
        if status == 401:
            text = msg("{}: the service needs a login (HTTP 401 at {}). The platform is not public: ask its operator "
                       "for access, or choose a public source.", self.label, url)
        elif status == 403:
            text = msg("{}: access denied (HTTP 403 at {}). The platform is not public or blocks this request: ask "
                       "its operator for access, or choose a public source.", self.label, url)
        elif status == 404:
            text = msg("{}: {} was not found (HTTP 404: {}). Check the URL of the sensor source (a SensorThings API "
                       "URL ends in /v1.1) and the id.", self.label, url, detail)
        elif status >= 500:
            text = msg("{}: the server answered HTTP {} to {} ({}). The service has a problem: try again later.",
                       self.label, status, url, detail)
        else:
            text = msg("{}: the server refused {} (HTTP {}: {}). The service may not support this request.",
                       self.label, url, status, detail)
        return SensorHttpError(text, "status", status)

    def _parse(self, url: str, body: bytes, content_type: str) -> Any:
        head = body.lstrip()[:1]
        if head == b"<" or "html" in content_type.lower():
            raise SensorHttpError(
                msg("{}: the answer of {} is a web page ('{}'), not sensor data. Check the URL of the sensor source "
                    "(a SensorThings API URL ends in /v1.1).", self.label, url, page_title(body)),
                "html",
            )
        try:
            return json.loads(body.decode("utf-8-sig"))
        except (ValueError, UnicodeDecodeError) as error:
            snippet = body[-80:].decode("utf-8", "replace").strip() if body else ""
            raise SensorHttpError(
                msg("{}: the answer of {} is not valid JSON ({}; ends with '{}'). The server may have broken off: try "
                    "again later.", self.label, url, str(error)[:100], snippet),
                "not_json",
            ) from None
