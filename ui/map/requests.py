"""What the map page may load: its own folder, and images from the tile hosts.

Set on the page (``QWebEnginePage.setUrlRequestInterceptor``), not on the
shared profile, so each map knows its own folder and basemap and a profile-wide
interceptor (the tests' recorder) still sees every request first.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

log = logging.getLogger(__name__)

_Type = QWebEngineUrlRequestInfo.ResourceType
# Leaflet asks for tiles as <img>; a script's fetch or XHR to the tile host is refused too.
_REMOTE_TYPES = frozenset({_Type.ResourceTypeImage})


def inside(url: QUrl, folder: Path) -> bool:
    """True for a ``file:`` URL naming a path inside ``folder`` (after resolving ``..``)."""
    if not url.isLocalFile():
        return False
    path = os.path.realpath(url.toLocalFile())
    root = os.path.realpath(folder)
    return os.path.commonpath([path, root]) == root


class PageRequestGuard(QWebEngineUrlRequestInterceptor):
    """Blocks every request but files under one folder, data URIs and tile images
    (the basemap's and the application's own ``kalix:tiles``)."""

    def __init__(self, folder: Path, hosts: Iterable[str] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._folder = folder
        self._hosts: frozenset[str] = frozenset(h.lower() for h in hosts)
        self.blocked: list[str] = []  # what was refused, most recent last (kept short)

    def set_hosts(self, hosts: Iterable[str]) -> None:
        """The tile hosts of the current basemap (none without a basemap)."""
        self._hosts = frozenset(h.lower() for h in hosts if h)

    def allowed(self, url: QUrl, kind: QWebEngineUrlRequestInfo.ResourceType) -> bool:
        """Whether the page may load ``url`` as a resource of ``kind``."""
        scheme = url.scheme().lower()
        if scheme == "file":
            return inside(url, self._folder)
        if scheme == "data":
            return True
        if scheme == "kalix":  # tiles painted by the application (ui/map/tiles.py)
            return kind in _REMOTE_TYPES and url.path().startswith("tiles/")
        if scheme in ("http", "https"):
            return url.host().lower() in self._hosts and kind in _REMOTE_TYPES
        return False

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        """Called by QtWebEngine for every request of the page."""
        url = info.requestUrl()
        if not self.allowed(url, info.resourceType()):
            info.block(True)
            text = url.toString()[:200]
            self.blocked = [*self.blocked[-49:], text]
            log.info("map page request blocked: %s", text)
