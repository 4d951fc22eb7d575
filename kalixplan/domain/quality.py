"""How good a plan's digital form is (NS Detaljplan 4.1 ``kvalitetsbeskrivning`` and
``anvandbarhet``): a municipality that digitises old plans records whether the plan is
complete in digital form, whether its boundaries were corrected and its planning basis
checked, and how usable the result is. NGP stops a plan in force without its quality
(DP-0005). Stored as the specification's own values (Swedish words), shown in both
languages.
"""

from __future__ import annotations

from typing import Any

from kalixplan.domain.errors import ValidationError

# NS 4.1 digitaliseringsniva and anvandbarhet (tillförlitlighet), with their English words.
DIGITISATION_LABELS: dict[str, tuple[str, str]] = {
    "komplett": ("Komplett", "Complete"),
    "ej komplett": ("Ej komplett", "Not complete"),
}
USABILITY_LABELS: dict[str, tuple[str, str]] = {
    "god": ("God", "Good"),
    "medel": ("Medel", "Fair"),
    "låg": ("Låg", "Low"),
}


def check_quality(values: dict[str, Any]) -> dict[str, Any]:
    """The quality fields among ``values``, normalised; a ``ValidationError`` for a value
    outside the code lists."""
    for field, labels in (("digitisation", DIGITISATION_LABELS), ("usability", USABILITY_LABELS)):
        if field not in values:
            continue
        text = str(values[field] or "").strip()
        if not text:
            values[field] = None
            continue
        found = next(
            (code for code, words in labels.items() if text.casefold() in
             (code.casefold(), words[0].casefold(), words[1].casefold())),
            None,
        )  # fmt: skip
        if found is None:
            allowed = ", ".join(labels)
            raise ValidationError(
                field,
                f"'{text}' is not in NS Detaljplan 4.1's list for {field}: {allowed}.",
                sv=f"'{text}' finns inte i NS Detaljplan 4.1:s lista för {field}: {allowed}.",
            )
        values[field] = found
    for field in ("boundaries_corrected", "basis_checked"):
        if field in values and values[field] is None:
            values[field] = False  # NS 4.1 requires a yes or a no; nothing recorded is a no
    return values
