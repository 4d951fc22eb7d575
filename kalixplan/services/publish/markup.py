"""HTML that is safe by construction: every value is escaped for the place it goes.

Pages are built from :func:`el` calls, never by pasting strings. ``el`` escapes
every child that is not already :class:`Html` and every attribute value, and
takes ``href``/``src`` only as a :class:`Url`, which only two functions make:
:func:`site_url` (a path inside the site, made of slug characters) and
:func:`outside_link` (a user's web address or e-mail, through the project's one
link check, ``domain.validation.check_link``: http, https and mailto only).
JSON inside ``<script>`` goes through ``maps.data.safe_json`` (``<``, ``>``,
``&``, U+2028 and U+2029 escaped), so no text can end the block.

Written here rather than taken from a template engine: the pages are few and
small, and one escaping rule per context is easier to audit than autoescape
settings (Jinja's autoescape does not cover JSON in scripts or URL schemes).
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from kalixplan.domain.errors import ValidationError
from kalixplan.domain.validation import check_link
from kalixplan.maps.data import safe_json

__all__ = ["Html", "Url", "anchor", "el", "esc", "join", "json_script", "outside_link", "site_url"]

# Elements without an end tag.
_VOID = frozenset({"meta", "link", "img", "input", "br", "hr"})
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data"})
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_SITE_PATH = re.compile(r"^[a-z0-9][a-z0-9./-]*$")


class Html(str):
    """Markup that is already safe (built by :func:`el` or escaped by :func:`esc`)."""

    __slots__ = ()


class Url(str):
    """An address checked for where it may point (see :func:`site_url`, :func:`outside_link`)."""

    __slots__ = ()


def esc(value: object) -> Html:
    """Text escaped for HTML text and quoted attribute values."""
    if isinstance(value, Html):
        return value
    return Html(html.escape(str(value), quote=True))


def join(parts: Iterable[str]) -> Html:
    """Pieces of markup (escaped where they are plain text) side by side."""
    return Html("".join(esc(p) for p in parts))


def el(tag: str, attrs: Mapping[str, Any] | None = None, *children: object) -> Html:
    """An element: ``attrs`` values escaped (None or False leaves one out, True writes a
    bare attribute), children escaped unless they are :class:`Html`.

    Raises:
        ValueError: a tag or attribute name the code did not spell itself, an ``on…``
            event handler or a ``style`` attribute (the pages' CSP forbids both), or an
            address attribute whose value is not a :class:`Url`.
    """
    if not _NAME.match(tag):
        raise ValueError(f"not a tag name: {tag!r}")
    out = [f"<{tag}"]
    for name, value in (attrs or {}).items():
        if not _NAME.match(name) or name.startswith("on") or name == "style":
            raise ValueError(f"attribute not allowed: {name!r}")
        if value is None or value is False:
            continue
        if name in _URL_ATTRIBUTES and not isinstance(value, Url):
            raise ValueError(f"{name} needs a checked Url, not {type(value).__name__}")
        if value is True:
            out.append(f" {name}")
        else:
            out.append(f' {name}="{esc(value)}"')
    out.append(">")
    if tag in _VOID:
        if children:
            raise ValueError(f"<{tag}> has no content")
        return Html("".join(out))
    out.extend(esc(c) for c in children if c is not None)
    out.append(f"</{tag}>")
    return Html("".join(out))


def site_url(path: str, here: str, base: str | None = None) -> Url:
    """The address of the site's file ``path`` seen from the page ``here`` (both
    relative to the site folder): relative, so the site works from ``file://`` and
    from any folder of any host, or absolute under ``base`` when it is given."""
    if not _SITE_PATH.match(path) or ".." in path:
        raise ValueError(f"not a site path: {path!r}")
    if base:
        return Url(base.rstrip("/") + "/" + quote(path))
    start = posixpath.dirname(here) or "."
    return Url(quote(posixpath.relpath(path, start)))


def anchor(name: str) -> Url:
    """A link to an element of the same page (``#name``)."""
    if not _NAME.match(name):
        raise ValueError(f"not an anchor name: {name!r}")
    return Url("#" + name)


def outside_link(value: str | None, kind: str) -> Url | None:
    """A user's web address (``kind`` 'web') or e-mail address ('email', as mailto:),
    or None when it is empty or not a safe link (then the page shows it as text)."""
    try:
        checked = check_link("link", value, kind)
    except ValidationError:
        return None
    if checked is None:
        return None
    if kind == "email":
        return Url("mailto:" + quote(checked, safe="@.+-_"))
    return Url(checked)


def json_script(
    data: object, *, element_id: str | None = None, kind: str = "application/json"
) -> Html:
    """Data for the page's script (or JSON-LD for search engines) in a ``<script>`` block
    that browsers never run; the page reads it with ``JSON.parse``."""
    return Html(el("script", {"type": kind, "id": element_id}, Html(safe_json(data))))
