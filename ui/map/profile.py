"""One persistent QtWebEngine profile for the map, so tiles are cached on disk.

The profile lives as long as the application (parented to it) and keeps its
HTTP cache under the user cache folder, where a second start finds the tiles
of the first even without a network.
"""

from __future__ import annotations

import atexit
import weakref
from pathlib import Path

import platformdirs
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWebEngineCore import QWebEngineProfile

PROFILE_NAME = "kalixplan-map"
CACHE_BYTES = 300 * 1024 * 1024
# OpenStreetMap's tile policy asks applications to identify themselves.
USER_AGENT = "KalixPlan/0.1 (municipal planning desktop application; QtWebEngine)"

_PROFILE: QWebEngineProfile | None = None
# Objects holding pages of the profile; they must go before it does.
_USERS: weakref.WeakSet[QObject] = weakref.WeakSet()


def map_cache_dir() -> Path:
    """The folder under the user cache dir that holds the map's tile cache."""
    return Path(platformdirs.user_cache_dir("KalixPlan", appauthor=False)) / "map"


def map_profile() -> QWebEngineProfile:
    """The map's persistent profile (created on first use; needs a QApplication)."""
    global _PROFILE
    if _PROFILE is None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("The map profile needs a running QApplication.")
        cache = map_cache_dir()
        cache.mkdir(parents=True, exist_ok=True)
        # No parent: the application would delete the profile while views
        # still use it; release_map_profile() ends them in the right order.
        profile = QWebEngineProfile(PROFILE_NAME)
        profile.setCachePath(str(cache / "http"))
        profile.setPersistentStoragePath(str(cache / "storage"))
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.DiskHttpCache)
        profile.setHttpCacheMaximumSize(CACHE_BYTES)
        profile.setHttpUserAgent(USER_AGENT)
        _PROFILE = profile
        app.aboutToQuit.connect(release_map_profile)
        atexit.register(release_map_profile)
    return _PROFILE


def register_profile_user(owner: QObject) -> None:
    """Note a widget whose pages use the profile, to delete it before the profile."""
    _USERS.add(owner)


def release_map_profile() -> None:
    """Delete every remaining map view, then the profile (at application exit)."""
    global _PROFILE
    for owner in list(_USERS):
        if shiboken6.isValid(owner):
            shiboken6.delete(owner)
    _USERS.clear()
    if _PROFILE is not None and shiboken6.isValid(_PROFILE):
        shiboken6.delete(_PROFILE)
    _PROFILE = None
