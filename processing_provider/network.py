"""QGIS settings and network proxy for the engine (which uses requests and knows nothing of QGIS).

``setting(key, default)`` reads a QgsSettings value (empty values count as unset);
``qgis_proxies(url)`` turns the proxy of QGIS's network options (Settings ▸ Options ▸ Network)
into a requests ``proxies`` dict. ``{}`` means "no proxy from QGIS": requests then honours the
usual ``http_proxy``/``https_proxy``/``no_proxy`` environment variables.
"""

from __future__ import annotations

import os
from typing import Any, Dict, List, Optional
from urllib.parse import quote

from qgis.core import QgsApplication, QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkProxy, QNetworkProxyFactory, QNetworkProxyQuery

CACHE_FOLDER_KEY = "nrw_digital_twin/cache_folder"
OPENGEODATA_URL_KEY = "nrw_digital_twin/opengeodata_url"


def setting(key: str, default: Any = None) -> Any:
    """The QgsSettings value of ``key``, or ``default`` when it is unset or empty."""
    value = QgsSettings().value(key, default)
    return default if value is None or value == "" else value


def default_cache_folder() -> str:
    """``<QGIS profile>/nrw_digital_twin/cache``: kept across runs and QGIS sessions."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "nrw_digital_twin", "cache")


def cache_folder() -> str:
    """The download cache: setting ``nrw_digital_twin/cache_folder``, else :func:`default_cache_folder`."""
    return str(setting(CACHE_FOLDER_KEY, "") or default_cache_folder())


def _proxy_url(proxy: QNetworkProxy) -> Optional[str]:
    schemes = {
        QNetworkProxy.ProxyType.HttpProxy: "http",
        QNetworkProxy.ProxyType.HttpCachingProxy: "http",
        QNetworkProxy.ProxyType.Socks5Proxy: "socks5h",  # requests needs PySocks for SOCKS
    }
    scheme = schemes.get(proxy.type())
    if scheme is None or not proxy.hostName():
        return None
    auth = ""
    if proxy.user():
        auth = quote(proxy.user(), safe="")
        if proxy.password():
            auth += ":" + quote(proxy.password(), safe="")
        auth += "@"
    port = f":{proxy.port()}" if proxy.port() > 0 else ""
    return f"{scheme}://{auth}{proxy.hostName()}{port}"


def _as_list(value: Any) -> List[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in value.split("|") if part]
    return [str(part) for part in value if part]


def _settings_proxy(url: Optional[str]) -> Optional[QNetworkProxy]:
    settings = QgsSettings()
    if not settings.value("proxy/proxyEnabled", False, type=bool):
        return None
    kind = settings.value("proxy/proxyType", "", type=str)
    if kind == "DefaultProxy":  # "system proxy" in QGIS's options
        query = QNetworkProxyQuery(QUrl(url or "https://www.opengeodata.nrw.de/"))
        for proxy in QNetworkProxyFactory.systemProxyForQuery(query):
            if _proxy_url(proxy):
                return proxy
        return None
    types = {
        "HttpProxy": QNetworkProxy.ProxyType.HttpProxy,
        "HttpCachingProxy": QNetworkProxy.ProxyType.HttpCachingProxy,
        "Socks5Proxy": QNetworkProxy.ProxyType.Socks5Proxy,
    }
    if kind not in types:
        return None
    port = settings.value("proxy/proxyPort", "", type=str)
    return QNetworkProxy(
        types[kind],
        settings.value("proxy/proxyHost", "", type=str),
        int(port) if str(port).isdigit() else 0,
        settings.value("proxy/proxyUser", "", type=str),
        settings.value("proxy/proxyPassword", "", type=str),
    )


def qgis_proxies(url: Optional[str] = None) -> Dict[str, str]:
    """requests proxies for ``url`` from QGIS: its active fallback proxy, else the ``proxy/*`` settings.

    URLs listed under "exclude URLs"/"no proxy URLs" in QGIS's network options get ``{}``.
    """
    manager = QgsNetworkAccessManager.instance()
    settings = QgsSettings()
    excluded = _as_list(getattr(manager, "fallbackProxyExcludeList", lambda: [])())
    excluded += _as_list(getattr(manager, "noProxyList", lambda: [])())
    excluded += _as_list(settings.value("proxy/proxyExcludedUrls", []))
    excluded += _as_list(settings.value("proxy/noProxyUrls", []))
    if url and any(url.startswith(prefix.strip()) for prefix in excluded if prefix.strip()):
        return {}
    proxy_url = _proxy_url(manager.fallbackProxy())
    if proxy_url is None:
        proxy = _settings_proxy(url)
        proxy_url = _proxy_url(proxy) if proxy is not None else None
    return {"http": proxy_url, "https": proxy_url} if proxy_url else {}


def proxies_for(url: str) -> Dict[str, str]:
    """requests proxies for ``url`` from QGIS's network settings; ``{}`` when none is set.

    A broken proxy setting must not block a download: it falls back to "no proxy from QGIS" (requests
    then honours the environment variables), and the error goes to QGIS's log.
    """
    try:
        return dict(qgis_proxies(url))
    except Exception as error:  # noqa: BLE001 - QSettings/QNetworkProxy values of any shape
        from qgis.core import Qgis, QgsMessageLog

        QgsMessageLog.logMessage(
            f"Proxy settings ignored for {url}: {error!r}", "NRW Digital Twin", Qgis.MessageLevel.Warning
        )
        return {}
