"""Languages: Qt translation catalogues and the Swedish/English labels of code lists.

Source strings in the code are English and go through ``self.tr()``; the Swedish
catalogue ``resources/i18n/kalixplan_sv.qm`` translates them. Code-list values
(parcel status, plan status, land use …) are translated from the label tables in
``kalixplan.domain.codes`` so there is one source of truth for them.

Swedish is the default language. Switching language at run time installs the
other catalogue and sends every widget a ``LanguageChange`` event; widgets
re-read their texts in ``retranslate()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kalixplan.domain.codes import (
    DECISION_TYPE_LABELS,
    LAND_USE_LABELS,
    PARCEL_STATUS_LABELS,
    PLAN_PROCEDURE_LABELS,
    PLAN_STATUS_LABELS,
    land_use_words,
)
from kalixplan.domain.provisions import PROVISION_KIND_LABELS, provision_line

I18N_DIR = Path(__file__).resolve().parents[1] / "resources" / "i18n"
LANGUAGES: tuple[str, ...] = ("sv", "en")
DEFAULT_LANGUAGE = "sv"

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def said(exc: BaseException) -> str:
    """What the user reads for ``exc`` in the current language (passwords masked).

    A ``KalixPlanError`` is its own sentence; anything else goes through the one error
    path (``failure_of``: logged with its traceback, the sentence names the log).
    """
    from kalixplan.app.failures import failure_of

    return failure_of(exc).sentence(current_language())


def current_language() -> str:
    """The language the UI shows now: 'sv' or 'en'."""
    return _current


def install_language(lang: str | None) -> str:
    """Install the catalogues of ``lang`` (default Swedish) on the running application.

    Args:
        lang: 'sv' or 'en'; anything else falls back to Swedish.

    Returns:
        the language now in effect.
    """
    global _current
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    _current = lang  # code-list labels follow at once, before widgets hear of the change
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    # English readers (investors) expect 3.89 rather than 3,89: British conventions.
    if lang == "sv":
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if app is None:
        return lang
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"kalixplan_{lang}.qm")):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (standard buttons, file dialogs) come with PySide6.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(f"qtbase_{lang}", qt_dir):
        QCoreApplication.installTranslator(base)
        _installed.append(base)
    return lang


def _label(table: Mapping[Any, tuple[str, str]], value: object) -> str:
    for key, labels in table.items():
        if key == value or (isinstance(key, Enum) and key.value == value):
            return labels[0] if _current == "sv" else labels[1]
    return "" if value is None else str(value)


def parcel_status_label(value: str | None) -> str:
    """The label of a parcel status value in the current language."""
    return _label(PARCEL_STATUS_LABELS, value)


def plan_status_label(value: str | None) -> str:
    """The label of a plan status value in the current language."""
    return _label(PLAN_STATUS_LABELS, value)


def procedure_label(value: str | None) -> str:
    """The label of a plan procedure value in the current language."""
    return _label(PLAN_PROCEDURE_LABELS, value)


def decision_type_label(value: str | None) -> str:
    """The label of a beslutstyp (NS Detaljplan 4.1) in the current language."""
    return _label(DECISION_TYPE_LABELS, value)


def provision_kind_label(value: str | None) -> str:
    """The label of a provision's kind (egenskaps- or administrativ bestämmelse)."""
    return _label(PROVISION_KIND_LABELS, value)


def provision_text(row: Any) -> str:
    """A provision as one line a planner reads: "h1 – Högsta nockhöjd … (högst 18 m)"."""
    return provision_line(row.code, row.wording, row.value, row.value_kind, row.unit, _current)


def land_use_label(code: str | None, *, with_code: bool = True) -> str:
    """A Boverket land-use code with its label, e.g. 'J – Industri'."""
    if not code:
        return ""
    label = land_use_words(code, _current) or code  # combinations: "RS" – both uses
    return f"{code} – {label}" if with_code and label != code else label


def parcel_statuses() -> list[tuple[str, str]]:
    """(value, label) of every parcel status, in the code list's order."""
    return [(s.value, parcel_status_label(s.value)) for s in PARCEL_STATUS_LABELS]


def plan_statuses() -> list[tuple[str, str]]:
    """(value, label) of every plan status, in process order."""
    return [(s.value, plan_status_label(s.value)) for s in PLAN_STATUS_LABELS]


def decision_types() -> list[tuple[str, str]]:
    """(value, label) of every beslutstyp, in the specification's order."""
    return [(d.value, decision_type_label(d.value)) for d in DECISION_TYPE_LABELS]


def procedures() -> list[tuple[str, str]]:
    """(value, label) of every plan procedure."""
    return [(p.value, procedure_label(p.value)) for p in PLAN_PROCEDURE_LABELS]


def land_uses() -> list[tuple[str, str]]:
    """(code, 'code – label') of every Boverket land use."""
    return [(code, land_use_label(code)) for code in LAND_USE_LABELS]


def clear_language() -> None:
    """Remove the installed catalogues: back to the source strings (English) in widgets.

    Code-list labels return to the default language. Tests call this so one
    test's language never leaks into the next.
    """
    global _current
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = DEFAULT_LANGUAGE
