"""``publish_site``: the whole "ledig mark" site from the register, in one go.

A plain function for a worker thread (``progress(done, total, message)``,
``cancelled()``); the prospectus PDFs come from a writer the caller passes in
(the command line's uses Qt to paint them; tests pass none), so this package
stays Qt-free.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kalixplan import __version__
from kalixplan.domain.errors import KalixPlanError, ValidationError
from kalixplan.domain.language import LANGUAGES, Lang, check_lang
from kalixplan.maps.page import LEAFLET_DIR, WEB_RESOURCES
from kalixplan.printing.logo import logo_kind
from kalixplan.services.publish.folder import check_site_folder, staged_site, write_marker
from kalixplan.services.publish.gather import (
    Cancelled,
    Progress,
    PublishCancelled,
    SiteData,
    SiteParcel,
    gather_site,
)
from kalixplan.services.publish.layout import ASSETS, Frame, Page, page_path, render, theme_css
from kalixplan.services.publish.markup import outside_link
from kalixplan.services.publish.pages import area_page, overview_page, parcel_page
from kalixplan.store.engine import Project

SITE_ASSETS = WEB_RESOURCES / "site"
DEFAULT_COLOUR = "#1f3b57"  # the prospectus's header band
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

# Writes one parcel's prospectus in one language to the path it is given.
ProspectusWriter = Callable[[SiteParcel, Lang, Path], None]


@dataclass(frozen=True)
class PublishOptions:
    """How to publish.

    Attributes:
        langs: the site's languages, the first one the default (``x-default``).
        with_prices: show the price per m² (and in the PDFs); off by default.
        logo: the municipality's PNG, JPEG or SVG logo, copied into the site.
        colour: the municipality's colour for the header (``#rrggbb``).
        base_url: where the site will be served; makes ``hreflang``, canonical and
            structured-data addresses absolute (search engines want them so).
    """

    langs: tuple[Lang, ...] = LANGUAGES
    with_prices: bool = False
    logo: Path | None = None
    colour: str = DEFAULT_COLOUR
    base_url: str | None = None


@dataclass(frozen=True)
class PublishResult:
    """What was written."""

    folder: Path
    parcels: int
    pages: int
    pdfs: int


def parse_langs(value: str) -> tuple[Lang, ...]:
    """'sv,en' → ('sv', 'en'); each once, at least one.

    Raises:
        ValidationError: an unknown language or none.
    """
    langs: list[Lang] = []
    for part in value.split(","):
        lang = check_lang(part.strip())
        if lang not in langs:
            langs.append(lang)
    return tuple(langs)


def check_options(options: PublishOptions) -> None:
    """Refuse bad options before anything is read or written.

    Raises:
        ValidationError / UnreadableLogo: in one sentence.
    """
    if not options.langs:
        raise ValidationError(
            "lang",
            "Give at least one language: sv, en or sv,en.",
            sv="Ange minst ett språk: sv, en eller sv,en.",
        )
    if not _COLOUR.match(options.colour):
        raise ValidationError(
            "colour",
            f"The colour '{options.colour}' is not a #rrggbb colour such as #1f3b57.",
            sv=f"Färgen '{options.colour}' är ingen #rrggbb-färg som till exempel #1f3b57.",
        )
    if options.logo is not None:
        logo_kind(options.logo)
    if options.base_url is not None and outside_link(options.base_url, "web") is None:
        raise ValidationError(
            "base_url",
            f"The address '{options.base_url}' must start with https:// or http://.",
            sv=f"Adressen '{options.base_url}' måste börja med https:// eller http://.",
        )


def publish_site(
    project: Project,
    out: Path,
    options: PublishOptions | None = None,
    *,
    prospectus: ProspectusWriter | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> PublishResult:
    """Write the public site of the published parcels into the folder ``out``.

    The folder is replaced all at once, and only when it is new, empty or a site
    KalixPlan wrote before (see ``folder``); on any error or a cancel it is left
    as it was.

    Raises:
        OutputRefused: ``out`` is not a folder KalixPlan may replace.
        PublishCancelled: cancelled.
        KalixPlanError: a bad option, or a disk that refused (one sentence).
    """
    options = options or PublishOptions()
    check_options(options)
    target = check_site_folder(out, protect=[project.path] if project.path else [])
    report = progress or (lambda done, total, message: None)
    is_cancelled = cancelled or (lambda: False)
    with project.read_scope() as session:
        site = gather_site(
            session,
            options.langs,
            with_prices=options.with_prices,
            today=today,
            progress=report,
            cancelled=is_cancelled,
        )
    logo_name = f"logo{options.logo.suffix.lower()}" if options.logo is not None else None
    frame = Frame(
        langs=options.langs,
        municipality=site.municipality,
        example_data=site.example_data,
        logo_file=logo_name,
        base_url=options.base_url.rstrip("/") if options.base_url else None,
        generated=site.today.isoformat(),
    )
    pdfs = len(site.parcels) * len(options.langs) if prospectus is not None else 0
    total = pdfs + len(options.langs) * (1 + len(site.areas) + len(site.parcels))
    done = 0

    def step(message: str) -> None:
        nonlocal done
        if is_cancelled():
            raise PublishCancelled()
        report(done, total, message)
        done += 1

    with staged_site(target) as folder:
        _copy_assets(folder, options, logo_name)
        if prospectus is not None:
            for lang in options.langs:
                for parcel in site.parcels:
                    step(f"prospectus {parcel.designation} ({lang})")
                    path = folder / page_path("pdf", lang, parcel.slug)
                    path.parent.mkdir(parents=True, exist_ok=True)
                    prospectus(parcel, lang, path)
        pages = 0
        for page in _pages(site, frame, with_pdf=prospectus is not None):
            step(page.path)
            path = folder / page.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(page, frame), encoding="utf-8")
            pages += 1
        write_marker(
            folder,
            {
                "version": __version__,
                "generated": site.today.isoformat(),
                "languages": list(options.langs),
                "parcels": len(site.parcels),
                "with_prices": options.with_prices,
            },
        )
        report(total, total, "replacing the site folder")
    return PublishResult(target, len(site.parcels), pages, pdfs)


def _pages(site: SiteData, frame: Frame, *, with_pdf: bool) -> list[Page]:
    out: list[Page] = []
    for lang in frame.langs:
        out.append(overview_page(site, frame, lang))
        out.extend(area_page(site, frame, area, lang) for area in site.areas)
        out.extend(parcel_page(site, frame, p, lang, with_pdf=with_pdf) for p in site.parcels)
    return out


def _copy_assets(folder: Path, options: PublishOptions, logo_name: str | None) -> None:
    assets = folder / ASSETS
    assets.mkdir()
    shutil.copyfile(LEAFLET_DIR / "leaflet.js", assets / "leaflet.js")
    shutil.copyfile(LEAFLET_DIR / "leaflet.css", assets / "leaflet.css")
    shutil.copytree(LEAFLET_DIR / "images", assets / "images")
    for name in ("site.js", "site.css"):
        shutil.copyfile(SITE_ASSETS / name, assets / name)
    (assets / "theme.css").write_text(theme_css(options.colour), encoding="utf-8")
    if options.logo is not None and logo_name is not None:
        shutil.copyfile(options.logo, assets / logo_name)


__all__: Sequence[str] = (
    "KalixPlanError",
    "ProspectusWriter",
    "PublishOptions",
    "PublishResult",
    "check_options",
    "parse_langs",
    "publish_site",
)
