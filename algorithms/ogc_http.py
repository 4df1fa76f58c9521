"""HTTP for the OGC services: one requests session, timeouts, retries, and errors turned into messages.

Every failure ends as :class:`NrwTwinError` whose text names the service (title and URL), the
request and what the user can do: server not reachable, timeout, HTTP error status, an OGC
exception document (WMS ``ServiceExceptionReport`` / OWS ``ExceptionReport``, OGC 06-121r9 §8),
an empty, cut or damaged answer. Failures that another try may cure — timeouts, refused or reset
connections, 5xx answers, bodies that break off or arrive incomplete — are :class:`TransientError`
and are retried with exponential backoff (:func:`with_retries`; catalogue fields ``retries``,
default 4 tries, and ``backoff_s``, default 1 s, doubled after every try).
"""

from __future__ import annotations

import http.client
import time
from typing import Any, Callable, Dict, Iterable, List, Mapping, NamedTuple, Optional, Sequence, Tuple, TypeVar, Union

import requests
import urllib3
from lxml import etree

from . import content_check
from .errors import Canceled, NrwTwinError
from .messages import Message, msg
from .progress import NullProgress, Progress
from .services import Service

USER_AGENT = "nrw-digital-twin-qgis-plugin"
EXCEPTION_ROOTS = ("ServiceExceptionReport", "ExceptionReport")
DEFAULT_RETRIES = 4
DEFAULT_BACKOFF_S = 1.0
Params = Union[Mapping[str, Any], Sequence[Tuple[str, Any]]]
#: Errors raised while a response body is read: requests', urllib3's (a body read straight from
#: ``response.raw``), http.client's (IncompleteRead) and the socket's.
BODY_ERRORS = (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, http.client.HTTPException, OSError)
T = TypeVar("T")


class TransientError(NrwTwinError):
    """A failure another try may cure (timeout, connection reset, 5xx, a body cut short)."""


class Answer(NamedTuple):
    """The body of one successful request and the URL it came from (named in later messages)."""

    data: bytes
    url: str


def make_session(proxies: Optional[Mapping[str, str]] = None) -> requests.Session:
    """A session with the plugin's User-Agent and, when given, the QGIS proxy settings."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    if proxies:
        session.proxies.update(dict(proxies))
    return session


def local_name(tag: Any) -> str:
    """``{namespace}name`` → ``name`` (comments and processing instructions give '')."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def exception_text(data: bytes) -> Optional[str]:
    """The message of an OGC exception document, or None when ``data`` is not one."""
    head = data.lstrip()[:1]
    if head != b"<":
        return None
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    if root is None or local_name(root.tag) not in EXCEPTION_ROOTS:
        return None
    return exception_text_from_root(root)


def exception_text_from_root(root: Any) -> str:
    parts: List[str] = []
    for element in root.iter():
        name = local_name(element.tag)
        if name in ("ServiceException", "Exception"):
            code = element.get("code") or element.get("exceptionCode") or ""
            text = " ".join(t.strip() for t in element.itertext() if t.strip())
            parts.append(f"{text} [{code}]" if code else text)
    return "; ".join(parts) or "(no message)"


def service_error(service: Service, what: str, problem: str, advice: str, transient: bool = False) -> NrwTwinError:
    """The error for a failed request ``what`` of ``service``: who, what went wrong, what to do."""
    kind = TransientError if transient else NrwTwinError
    return kind(msg("{} ({}), {}: {} {}", service.display_name, service.url, what, problem, advice))


def retry_policy(service: Service) -> Tuple[int, float]:
    """(tries in all, first backoff in seconds) of ``service`` (catalogue fields ``retries``, ``backoff_s``)."""
    return max(1, int(service.get("retries", DEFAULT_RETRIES))), float(service.get("backoff_s", DEFAULT_BACKOFF_S))


def wait(seconds: float, progress: Progress) -> None:
    """Sleep ``seconds``, raising :class:`Canceled` within 0.1 s of a cancel."""
    deadline = time.monotonic() + seconds
    while True:
        if progress.is_canceled():
            raise Canceled()
        left = deadline - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(0.1, left))


def backoff(service: Service, error: TransientError, attempt: int, progress: Progress) -> None:
    """After failed try ``attempt``: give up (raise) when it was the last, else warn and wait."""
    retries, first = retry_policy(service)
    if attempt >= retries:
        raise NrwTwinError(msg("{} Gave up after {:,} tries.", error.args[0], attempt)) from error
    seconds = first * 2 ** (attempt - 1)
    progress.warning(msg("{} Trying again in {:.1f} s (try {:,} of {:,}).", error.args[0], seconds, attempt + 1,
                         retries))
    wait(seconds, progress)


def with_retries(call: Callable[[], T], service: Service, progress: Progress = NullProgress()) -> T:
    """``call()``, tried again after a :class:`TransientError` (see :func:`retry_policy`)."""
    attempt = 0
    while True:
        attempt += 1
        try:
            return call()
        except TransientError as error:
            backoff(service, error, attempt, progress)


def ogc_get(
    session: requests.Session,
    service: Service,
    params: Params,
    what: str,
    stream: bool = False,
    timeout: Optional[float] = None,
) -> requests.Response:
    """GET ``service.url`` with ``params``; raise a user message on any transport or HTTP error.

    OGC exception documents in the body of an error status are reported with their text.
    A successful response is returned unread when ``stream`` is true.
    """
    seconds = float(timeout if timeout is not None else service.timeout)
    try:
        response = session.get(service.url, params=params, timeout=(min(seconds, 15.0), seconds), stream=stream)
    except requests.exceptions.Timeout as error:
        raise service_error(
            service,
            what,
            msg("no answer within {:g} s.", seconds),
            msg("The service may be overloaded: try again later or with a smaller area."),
            transient=True,
        ) from error
    except requests.exceptions.ConnectionError as error:
        raise service_error(
            service,
            what,
            msg("the server cannot be reached ({}).", short_reason(error)),
            msg(
                "Check the internet connection and the proxy (QGIS Settings → Options → Network); "
                "if a services override is set, check its URL."
            ),
            transient=True,
        ) from error
    except requests.exceptions.RequestException as error:
        raise service_error(
            service,
            what,
            msg("the request failed ({}).", short_reason(error)),
            msg("Check the service URL in the services override."),
        ) from error
    if response.status_code >= 400:
        _raise_for_status(response, service, what)
    return response


def _raise_for_status(response: requests.Response, service: Service, what: str) -> None:
    try:
        body = response.content[:200000]
    except BODY_ERRORS:
        body = b""
    text = exception_text(body)
    transient = response.status_code >= 500
    if text is not None:
        raise service_error(
            service,
            what,
            msg("the service reported an error (HTTP {}): {}.", response.status_code, text),
            msg("Check the layer name, the area and the size limits in the service catalogue."),
            transient=transient,
        )
    raise service_error(
        service,
        what,
        msg("the server answered HTTP {} {}.", response.status_code, response.reason or ""),
        msg("The service has a problem: try again later; if it persists, check the URL in the services override."),
        transient=transient,
    )


def short_reason(error: BaseException) -> str:
    """The innermost reason of a requests/urllib3 error, without the long pool description."""
    text = str(error)
    for marker in ("Failed to establish a new connection: ", "Caused by "):
        if marker in text:
            text = text.split(marker, 1)[1]
    return text.strip("()'\" ")[:200] or type(error).__name__


def fetch_binary(
    session: requests.Session,
    service: Service,
    params: Params,
    what: str,
    expect: Iterable[str] = ("image/",),
) -> Answer:
    """Fetch a map image / coverage; raise on exception documents, empty, cut or damaged content.

    Cut and damaged images raise :class:`TransientError` (another try may bring the whole image).
    """
    response = ogc_get(session, service, params, what)
    data = response.content
    content_type = response.headers.get("Content-Type", "").lower()
    text = exception_text(data) if (data[:1] == b"<" or "xml" in content_type) else None
    if text is not None:
        raise service_error(
            service,
            what,
            msg("the service reported an error: {}.", text),
            msg("Check the layer or coverage name, the area and the size limits in the service catalogue."),
        )
    if not data:
        raise service_error(
            service,
            what,
            msg("the answer was empty."),
            msg("Try again later; if it persists, check the area (it must lie in NRW)."),
            transient=True,
        )
    kind = content_check.image_kind(data)
    expected = tuple(expect)
    if content_type and not any(content_type.startswith(prefix) for prefix in expected) and kind is None:
        snippet = data[:120].decode("utf-8", "replace").replace("\n", " ")
        raise service_error(
            service,
            what,
            msg("unexpected answer of type '{}': {}.", content_type, repr(snippet)),
            msg("Check the service URL and the output format in the service catalogue."),
        )
    problem = _short_body(response, data) or (content_check.bytes_problem(data, kind) if kind else None)
    if problem is not None:
        raise service_error(
            service,
            what,
            msg("the answer from {} is {}.", response.url, problem),
            msg("Try again later; if it persists, lower 'max_size' of the service in the services override."),
            transient=True,
        )
    return Answer(data, response.url)


def _short_body(response: requests.Response, data: bytes) -> Optional[Message]:
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and "Content-Encoding" not in response.headers and len(data) < int(length):
        return msg("cut short ({:,} of {:,} bytes)", len(data), int(length))
    return None


def params_dict(params: Params) -> Dict[str, Any]:
    return dict(params.items() if isinstance(params, Mapping) else params)
