"""Boverket's planbestämmelsekatalog: the entries whose UUIDs a delivery refers to.

Every provision of a plan started after 2021-12-31 carries a code from the catalogue
(BFS 2020:5), and NS Detaljplan 4.1 refers to it by the entry's UUID
(``planbestammelsekatalogreferens``). An entry (facts from the catalogue's release
files, see ``../shared/data/ns-detaljplan``) has an ``id`` (the UUID), a ``kod``
(``DP_KM_J2``: detaljplan, kvartersmark, J; ``DP_KM_J2_Lager`` a specified variant;
``…_Annan`` free text; ``…_Aldre`` an older plan's provision kept uninterpreted), a
``beteckning`` on the plan map (``J``, ``J#`` for a numbered variant), a
``formulering``, a ``kategori`` and a colour.

KalixPlan ships the entries it can vouch for (``resources/ns``); a planner installs a
newer release file from Boverket once (``kalixplan catalogue --install FILE`` or Tools ▸
Boverket's catalogue) and it is kept in the user's data folder for every project. A
file is read whole and checked before it replaces the installed one; nothing is
fetched from the network.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from kalixplan.domain.errors import KalixPlanError

_SHIPPED = Path(__file__).resolve().parents[3] / "resources" / "ns" / "planbestammelsekatalog.json"
INSTALLED_NAME = "planbestammelsekatalog.json"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# A base entry's kod has three parts (DP_KM_J2, DP_AP_Gata); variants add a fourth.
_BASE_KOD = re.compile(r"^DP_[A-Z]{2}_[^_]+$")


class CatalogueRefused(KalixPlanError):
    """A file is not a release of the catalogue; the installed one is kept."""


@dataclass(frozen=True)
class Entry:
    """One entry of the catalogue."""

    id: str
    kod: str
    beteckning: str
    formulering: str
    kategori: str


@dataclass(frozen=True)
class Catalogue:
    """The entries in use and where they come from."""

    release: str
    source: str  # "shipped" or the installed file's path
    entries: tuple[Entry, ...]

    @cached_property
    def _base_by_sign(self) -> dict[str, str]:
        """Sign on the plan map (J, Z, GATA) → UUID of its base entry, worked out once."""
        out: dict[str, str] = {}
        for entry in self.entries:
            if _BASE_KOD.match(entry.kod) and entry.beteckning and "#" not in entry.beteckning:
                out.setdefault(entry.beteckning, entry.id)
        return out

    def use_reference(self, code: str) -> str | None:
        """The UUID of the base entry of a land use on the plan map (J, Z, GATA)."""
        return self._base_by_sign.get(code)

    def use_code(self, reference: str) -> str | None:
        """The land use a base entry's UUID stands for (the reverse of the above)."""
        return {v: k for k, v in self._base_by_sign.items()}.get(reference.lower())

    def entry(self, reference: str) -> Entry | None:
        """The entry with that UUID."""
        return next((e for e in self.entries if e.id == reference.lower()), None)


def data_folder() -> Path:
    """Where an installed release is kept: ``KALIXPLAN_DATA_DIR`` or the user's data folder."""
    override = os.environ.get("KALIXPLAN_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("KalixPlan", appauthor=False))


def _entries_in(node: Any, found: list[dict[str, Any]]) -> None:
    """Every object with an ``id`` and a ``kod``, wherever the release file nests it."""
    if isinstance(node, dict):
        if isinstance(node.get("id"), str) and isinstance(node.get("kod"), str):
            found.append(node)
            return
        for value in node.values():
            _entries_in(value, found)
    elif isinstance(node, list):
        for value in node:
            _entries_in(value, found)


def _release_of(document: Any) -> str:
    if isinstance(document, dict):
        for key in ("release", "version", "versionsnamn", "utgava"):
            value = document.get(key)
            if isinstance(value, str | int) and str(value).strip():
                return str(value).strip()
    return ""


def parse_release(path: Path) -> Catalogue:
    """A release file as a ``Catalogue``; ``CatalogueRefused`` with the place named."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise CatalogueRefused(
            f"{path} cannot be read ({exc.strerror}).",
            sv=f"{path} kan inte läsas ({exc.strerror}).",
        ) from None
    except UnicodeDecodeError as exc:
        raise CatalogueRefused(
            f"{path.name} is not UTF-8 text (byte {exc.start}); Boverket's release files are "
            "UTF-8 JSON. The installed catalogue is kept.",
            sv=f"{path.name} är inte text i UTF-8 (byte {exc.start}); Boverkets utgåvor är "
            "JSON i UTF-8. Den installerade katalogen behålls.",
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogueRefused(
            f"{path.name} is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "the installed catalogue is kept.",
            sv=f"{path.name} är inte JSON (rad {exc.lineno}, kolumn {exc.colno}: {exc.msg}); "
            "den installerade katalogen behålls.",
        ) from None
    raw: list[dict[str, Any]] = []
    _entries_in(document, raw)
    if not raw:
        raise CatalogueRefused(
            f"{path.name} holds no catalogue entries (objects with 'id' and 'kod'); it is not "
            "a release of Boverket's planbestämmelsekatalog. The installed catalogue is kept.",
            sv=f"{path.name} innehåller inga poster (objekt med 'id' och 'kod'); det är ingen "
            "utgåva av Boverkets planbestämmelsekatalog. Den installerade katalogen behålls.",
        )
    entries: list[Entry] = []
    seen: set[str] = set()
    for n, item in enumerate(raw, start=1):
        uuid = item["id"].strip().lower()
        if not _UUID.match(uuid):
            raise CatalogueRefused(
                f"{path.name}: entry {n} ({item['kod']}) has the id '{item['id']}', which is "
                "not a UUID; the installed catalogue is kept.",
                sv=f"{path.name}: post {n} ({item['kod']}) har id '{item['id']}', som inte är "
                "ett UUID; den installerade katalogen behålls.",
            )
        if uuid in seen:
            raise CatalogueRefused(
                f"{path.name}: the id {uuid} is given twice (entry {n}, {item['kod']}); the "
                "installed catalogue is kept.",
                sv=f"{path.name}: id {uuid} förekommer två gånger (post {n}, {item['kod']}); "
                "den installerade katalogen behålls.",
            )
        seen.add(uuid)
        entries.append(
            Entry(
                uuid,
                item["kod"].strip(),
                str(item.get("beteckning") or "").strip(),
                str(item.get("formulering") or "").strip(),
                str(item.get("kategori") or "").strip(),
            )
        )
    release = _release_of(document) or f"{len(entries)} entries"
    return Catalogue(release, str(path), tuple(entries))


def _merged(shipped: Catalogue, installed: Catalogue | None) -> Catalogue:
    if installed is None:
        return shipped
    ids = {e.id for e in installed.entries}
    kept = tuple(e for e in shipped.entries if e.id not in ids)
    return Catalogue(installed.release, installed.source, installed.entries + kept)


def active_catalogue() -> Catalogue:
    """The shipped entries, with an installed release over them where there is one."""
    shipped = _shipped()
    path = data_folder() / INSTALLED_NAME
    if not path.exists():
        return shipped
    stamp = path.stat().st_mtime_ns
    return _merged(shipped, _installed(str(path), stamp))


@cache
def _shipped() -> Catalogue:
    catalogue = parse_release(_SHIPPED)
    return Catalogue(catalogue.release, "shipped", catalogue.entries)


@cache
def _installed(path: str, stamp: int) -> Catalogue | None:
    try:
        return parse_release(Path(path))
    except CatalogueRefused:
        return None  # damaged since it was installed: the shipped entries still serve


def install_release(path: Path) -> Catalogue:
    """Check a release file whole and keep it as the user's catalogue (atomically).

    Raises:
        CatalogueRefused: not a release; the installed catalogue is unchanged.
    """
    catalogue = parse_release(path)
    folder = data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / INSTALLED_NAME
    temp = folder / (INSTALLED_NAME + ".part")
    temp.write_bytes(path.read_bytes())
    os.replace(temp, target)
    return _merged(_shipped(), Catalogue(catalogue.release, str(target), catalogue.entries))
