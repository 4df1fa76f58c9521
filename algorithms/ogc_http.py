"""HTTP for the OGC services: one requests session, timeouts, and errors turned into messages.

Every failure ends as :class:`NrwTwinError` whose text names the service (title and URL), the
request and what the user can do: server not reachable, timeout, HTTP error status, an OGC
exception document (WMS ``ServiceExceptionReport`` / OWS ``ExceptionReport``, OGC 06-121r9 §8),
an empty or non-image answer.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import requests
from lxml import etree

from .errors import NrwTwinError
from .services import Service

USER_AGENT = "nrw-digital-twin-qgis-plugin"
EXCEPTION_ROOTS = ("ServiceExceptionReport", "ExceptionReport")
Params = Union[Mapping[str, Any], Sequence[Tuple[str, Any]]]


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


def service_error(service: Service, what: str, problem: str, advice: str) -> NrwTwinError:
    return NrwTwinError(f"{service.title_en} ({service.url}), {what}: {problem} {advice}")


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
            f"no answer within {seconds:g} s.",
            "The service may be overloaded: try again later or with a smaller area.",
        ) from error
    except requests.exceptions.ConnectionError as error:
        raise service_error(
            service,
            what,
            f"the server cannot be reached ({short_reason(error)}).",
            "Check the internet connection and the proxy (QGIS Settings → Options → Network); "
            "if a services override is set, check its URL.",
        ) from error
    except requests.exceptions.RequestException as error:
        raise service_error(
            service,
            what,
            f"the request failed ({short_reason(error)}).",
            "Check the service URL in the services override.",
        ) from error
    if response.status_code >= 400:
        body = response.content[:200000]
        text = exception_text(body)
        if text is not None:
            raise service_error(
                service,
                what,
                f"the service reported an error (HTTP {response.status_code}): {text}.",
                "Check the layer name, the area and the size limits in the service catalogue.",
            )
        raise service_error(
            service,
            what,
            f"the server answered HTTP {response.status_code} {response.reason or ''}".rstrip() + ".",
            "The service has a problem: try again later; if it persists, check the URL in the services override.",
        )
    return response


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
) -> bytes:
    """Fetch a map image / coverage; raise on exception documents, empty or unexpected content."""
    response = ogc_get(session, service, params, what)
    data = response.content
    content_type = response.headers.get("Content-Type", "").lower()
    text = exception_text(data) if (data[:1] == b"<" or "xml" in content_type) else None
    if text is not None:
        raise service_error(
            service,
            what,
            f"the service reported an error: {text}.",
            "Check the layer or coverage name, the area and the size limits in the service catalogue.",
        )
    if not data:
        raise service_error(
            service,
            what,
            "the answer was empty.",
            "Try again later; if it persists, check the area (it must lie in NRW).",
        )
    expected = tuple(expect)
    if content_type and not any(content_type.startswith(prefix) for prefix in expected) and not _looks_binary(data):
        snippet = data[:120].decode("utf-8", "replace").replace("\n", " ")
        raise service_error(
            service,
            what,
            f"unexpected answer of type '{content_type}': {snippet!r}.",
            "Check the service URL and the output format in the service catalogue.",
        )
    return data


def _looks_binary(data: bytes) -> bool:
    return (
        data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
        or data[:8] == b"\x89PNG\r\n\x1a\n"
        or data[:3] == b"\xff\xd8\xff"
    )


def params_dict(params: Params) -> Dict[str, Any]:
    return dict(params.items() if isinstance(params, Mapping) else params)
