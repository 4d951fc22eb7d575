"""Egenskapsbestämmelser and administrativa bestämmelser as NS Detaljplan 4.1 features,
out of the register and back into it (domain/provisions.py).

Each is a ``planbestammelse`` feature of its own type: the plan's objektidentitet in
``detaljplan``, the catalogue reference, ``bestammelseformulering``, one
``bestammelsevarde`` (datatyp decimaltal, the value as text, vardetyp, enhet) and the
motiv in ``planbestammelsebeskrivning``; its geometry as the specification's list of
single geometries. The sign on the plan map (e1, h1) is not part of a delivery.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kalixplan.domain.provisions import (
    NS_PROVISION_KIND,
    NS_UNIT,
    NS_VALUE_KIND,
    ProvisionKind,
    Unit,
    ValueKind,
    value_text,
)
from kalixplan.services.ns_detaljplan import rules, spec
from kalixplan.store.models import DetailedPlan, Provision

_KIND = {word: kind.value for kind, word in NS_PROVISION_KIND.items()}
_VALUE_KIND = {word: kind.value for kind, word in NS_VALUE_KIND.items()}
_UNIT = {word: unit.value for unit, word in NS_UNIT.items()}
PROVISION_FEATURE_TYPES = frozenset(NS_PROVISION_KIND.values())

Geometries = Callable[[Any], list[dict[str, Any]]]


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def provision_feature(
    plan: DetailedPlan, provision: Provision, geometries: Geometries, moment: str
) -> tuple[dict[str, Any] | None, rules.Finding | None]:
    """One provision as its NS feature, or the finding that keeps it out of the file.

    ``geometries`` turns the stored geometry into the specification's list (the writer's
    transformation into the delivery's CRS); ``moment`` is versionGiltigFran.
    """
    label = provision.code or provision.wording[:40]
    if provision.catalogue_ref is None:
        # NS Detaljplan 4.1: planbestammelsekatalogreferens is required of every provision.
        return None, rules.Finding(
            plan.designation,
            "catalogue",
            f"provision {label}",
            "has no reference to Boverket's planbestämmelsekatalog; give it one (the "
            "catalogue entry's UUID) before delivery; the provision is left out of the file",
        )
    if provision.geom is None:
        return None, rules.Finding(
            plan.designation,
            "schema",
            f"provision {label}",
            "has no geometry (bestammelsegeometri); the provision is left out of the file",
        )
    properties: dict[str, Any] = {
        spec.TYPE_KEY: NS_PROVISION_KIND[ProvisionKind(provision.kind)],
        "objektidentitet": provision.uuid,
        "objektversion": provision.version,
        "versionGiltigFran": moment,
        "detaljplan": plan.uuid,
        "planbestammelsekatalogreferens": provision.catalogue_ref,
        "bestammelseformulering": provision.wording,
        "bestammelsegeometri": geometries(provision.geom),
    }
    if provision.value is not None:
        value: dict[str, Any] = {
            "datatyp": "decimaltal",
            "variabelvarde": _number(provision.value),
            "beskrivning": value_text(provision.value, provision.value_kind, provision.unit, "sv"),
        }
        if provision.value_kind is not None:
            value["vardetyp"] = NS_VALUE_KIND[ValueKind(provision.value_kind)]
        if provision.unit is not None:
            value["enhet"] = NS_UNIT[Unit(provision.unit)]
        properties["bestammelsevarde"] = [value]
    if provision.motiv:
        properties["planbestammelsebeskrivning"] = {"motiv": provision.motiv}
    return {"type": "Feature", "geometry": None, "properties": properties}, None


def provision_fields(properties: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A provision feature's properties as the register's fields (geometry apart), and
    what could not be taken in (a second value, a text value), in sentences."""
    fields: dict[str, Any] = {
        "uuid": properties["objektidentitet"],
        "kind": _KIND[properties[spec.TYPE_KEY]],
        "code": properties.get("beteckning"),
        "catalogue_ref": properties["planbestammelsekatalogreferens"],
        "wording": properties["bestammelseformulering"],
        "motiv": (properties.get("planbestammelsebeskrivning") or {}).get("motiv"),
    }
    left: list[str] = []
    values = properties.get("bestammelsevarde") or []
    for n, value in enumerate(values):
        if n > 0 or value.get("datatyp") != "decimaltal":
            left.append(
                f"value '{value.get('variabelvarde')}' ({value.get('beskrivning')}) kept only "
                "in the wording: KalixPlan holds one number per provision"
            )
            continue
        try:
            number = float(str(value["variabelvarde"]).replace(",", "."))
        except ValueError:
            left.append(f"value '{value['variabelvarde']}' is not a number")
            continue
        fields["value"] = number
        fields["value_kind"] = _VALUE_KIND.get(value.get("vardetyp", ""))
        fields["unit"] = _UNIT.get(value.get("enhet", ""))
    return fields, left
