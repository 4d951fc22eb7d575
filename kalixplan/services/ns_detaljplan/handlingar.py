"""A plan's documents in NS Detaljplan 4.1: out as ``dokumentreferens`` in the places the
specification keeps them, and back into the register's document links.

- ``planbeskrivning`` on the plan (PBL 4 kap. 33 §; NGP DP-0005 for a plan in force);
- ``beslutshandling`` on the decision, whose ``innehall`` says it holds the plankarta
  (NGP DP-0014), the beslutsprotokoll or other matter;
- ``planeringsunderlag`` on the plan, each with its ``huvudomrade`` and ``underlagstyp``.

A reference names the document and where it is (``referens``: namnrymd, identitet,
lank). The link is the document's web address; a local file cannot be delivered and is
named in the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from kalixplan.domain.documents import DECISION_KINDS, DocumentKind
from kalixplan.domain.rows import DocumentRow
from kalixplan.services.ns_detaljplan import rules

# NS 4.1 huvudomrade of a planning study, from its underlagstyp.
_REGIONAL = frozenset({"regionplan"})
_MUNICIPAL = frozenset({"detaljplan", "grundkarta", "planprogram", "översiktsplan"})


def main_area(basis_type: str | None) -> str:
    """The huvudomrade (kommunala, utredningar, regionala, annat) of a study type."""
    if basis_type in _REGIONAL:
        return "regionala"
    if basis_type in _MUNICIPAL:
        return "kommunala"
    if basis_type in (None, "annat"):
        return "annat"
    return "utredningar"


def reference(document: DocumentRow) -> dict[str, Any]:
    """A document as NS's dokumentreferens."""
    parts = urlsplit(document.location)
    space = f"{parts.scheme}://{parts.netloc}" if parts.netloc else parts.scheme or "fil"
    return {
        "namn": document.title,
        "referens": [
            {"namnrymd": space, "identitet": document.location, "lank": document.location}
        ],
    }


def plan_documents(
    plan_label: str, documents: Sequence[DocumentRow]
) -> tuple[dict[str, Any], list[dict[str, Any]], list[rules.Finding]]:
    """The plan's properties (planbeskrivning, planeringsunderlag), its decision's
    beslutshandling, and findings for documents that cannot be delivered."""
    properties: dict[str, Any] = {}
    handlingar: list[dict[str, Any]] = []
    findings: list[rules.Finding] = []
    studies: list[dict[str, Any]] = []
    for document in documents:
        if document.kind is None:
            continue
        if not document.location.startswith(("http://", "https://")):
            findings.append(
                rules.Finding(
                    plan_label,
                    "documents",
                    f"document {document.title}",
                    "is a local file or an e-mail address; the national platform needs a web "
                    "address: publish it and link that instead (left out of the file)",
                    stops=False,
                )
            )
            continue
        kind = DocumentKind(document.kind)
        if kind is DocumentKind.DESCRIPTION and "planbeskrivning" not in properties:
            properties["planbeskrivning"] = {"planbeskrivning": reference(document)}
        elif kind is DocumentKind.BASIS:
            study = {"huvudomrade": main_area(document.basis_type), "underlag": reference(document)}
            if document.basis_type:
                study["underlagstyp"] = document.basis_type
            studies.append(study)
        elif kind in DECISION_KINDS:
            handlingar.append({"innehall": [kind.value], "dokument": reference(document)})
    if studies:
        properties["planeringsunderlag"] = studies
    return properties, handlingar, findings


def taken_in(properties: dict[str, Any], decision: dict[str, Any]) -> list[dict[str, Any]]:
    """The documents of a detaljplan feature as ``add_document`` keywords (title,
    location, kind, basis_type), in the specification's order."""
    out: list[dict[str, Any]] = []

    def named(ref: Any, default: str) -> str:
        return str(ref.get("namn") or default) if isinstance(ref, dict) else default

    def link(ref: Any) -> str | None:
        if not isinstance(ref, dict):
            return None
        for item in ref.get("referens") or ():
            if isinstance(item, dict) and (item.get("lank") or item.get("identitet")):
                return str(item.get("lank") or item.get("identitet"))
        return None

    description = (properties.get("planbeskrivning") or {}).get("planbeskrivning")
    if link(description):
        out.append(
            {
                "title": named(description, "Planbeskrivning"),
                "location": link(description),
                "kind": DocumentKind.DESCRIPTION.value,
            }
        )
    for handling in decision.get("beslutshandling") or ():
        document = handling.get("dokument") if isinstance(handling, dict) else None
        if not link(document):
            continue
        contents = [
            c for c in handling.get("innehall") or () if c in DocumentKind._value2member_map_
        ]
        out.append(
            {
                "title": named(document, contents[0] if contents else "Beslutshandling"),
                "location": link(document),
                "kind": contents[0] if contents else DocumentKind.OTHER.value,
            }
        )
    for study in properties.get("planeringsunderlag") or ():
        document = study.get("underlag") if isinstance(study, dict) else None
        if not link(document):
            continue
        out.append(
            {
                "title": named(document, "Planeringsunderlag"),
                "location": link(document),
                "kind": DocumentKind.BASIS.value,
                "basis_type": study.get("underlagstyp"),
            }
        )
    return out
