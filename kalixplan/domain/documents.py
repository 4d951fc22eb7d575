"""What a document linked to a plan is, in NS Detaljplan 4.1's terms.

A plan's decision carries its documents (``beslutshandling``, whose ``innehall`` says
whether it holds the plankarta, the beslutsprotokoll or other matter); a plan has a
planbeskrivning (PBL 4 kap. 33 §) and its planeringsunderlag (the studies it rests on,
each of an ``underlagstyp``). NGP stops a plan in force without a planbeskrivning
(DP-0005) or without a decision document holding the plankarta (DP-0014).
Stored as the specification's own values (Swedish words); shown in both languages.
"""

from __future__ import annotations

from enum import StrEnum


class DocumentKind(StrEnum):
    """A plan document's kind (NS 4.1 ``innehall``, ``planbeskrivning``,
    ``planeringsunderlag``)."""

    PLAN_MAP = "plankarta"
    DECISION_MINUTES = "beslutsprotokoll"
    DESCRIPTION = "planbeskrivning"
    BASIS = "planeringsunderlag"
    OTHER = "övrigt"


DOCUMENT_KIND_LABELS: dict[DocumentKind, tuple[str, str]] = {
    DocumentKind.PLAN_MAP: ("Plankarta", "Plan map"),
    DocumentKind.DECISION_MINUTES: ("Beslutsprotokoll", "Minutes of the decision"),
    DocumentKind.DESCRIPTION: ("Planbeskrivning", "Plan description"),
    DocumentKind.BASIS: ("Planeringsunderlag", "Planning study"),
    DocumentKind.OTHER: ("Övrigt", "Other"),
}
# The kinds a decision's documents (beslutshandling) are: their content (innehall).
DECISION_KINDS = (DocumentKind.PLAN_MAP, DocumentKind.DECISION_MINUTES, DocumentKind.OTHER)

# NS Detaljplan 4.1 underlagstyp: the kinds of planning study, with English words.
BASIS_TYPE_LABELS: dict[str, str] = {
    "barnkonsekvensanalys": "child impact assessment",
    "bullerutredning": "noise study",
    "dagsljus och skugga": "daylight and shade study",
    "dagvattenutredning": "stormwater study",
    "detaljplan": "detailed plan",
    "förprojektering": "preliminary design",
    "geoteknisk utredning": "geotechnical study",
    "grundkarta": "base map",
    "handelsutredning": "retail study",
    "kulturmiljöutredning": "cultural heritage study",
    "markmiljöutredning": "soil contamination study",
    "miljökonsekvensbeskrivning": "environmental impact statement",
    "naturinventering": "nature survey",
    "planprogram": "planning programme",
    "regionplan": "regional plan",
    "riskutredning": "risk assessment",
    "särskilt beslut om betydande miljöpåverkan": "decision on significant environmental impact",
    "trafikutredning": "traffic study",
    "undersökning enligt 6 kap. 6 § plan- och bygglagen (2010:900)": (
        "screening under PBL 6 kap. 6 §"
    ),
    "översiktsplan": "comprehensive plan",
    "annat": "other",
}
