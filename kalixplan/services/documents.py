"""Documents linked to an actor, a parcel or a plan: a title and a link (web address,
e-mail or local file), and for a plan what the document is in NS Detaljplan 4.1's terms
(plankarta, beslutsprotokoll, planbeskrivning, planeringsunderlag; domain/documents.py).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kalixplan.domain.documents import BASIS_TYPE_LABELS, DocumentKind
from kalixplan.domain.errors import ValidationError
from kalixplan.domain.rows import DocumentRow, row_from
from kalixplan.domain.validation import check_link
from kalixplan.services.editing import check_required, delete_row
from kalixplan.store.models import Document

_DOCUMENT_OWNERS = ("actors", "parcels", "plans")


def _kind(
    owner_table: str, kind: str | None, basis_type: str | None
) -> tuple[str | None, str | None]:
    if kind in (None, ""):
        if basis_type:
            raise ValidationError(
                "basis_type",
                "Only a planning study has a study type.",
                sv="Bara ett planeringsunderlag har en typ av underlag.",
            )
        return None, None
    if owner_table != "plans":
        raise ValidationError(
            "kind",
            "Only a plan's documents have a kind (plankarta, …).",
            sv="Bara en plans handlingar har en typ (plankarta, …).",
        )
    try:
        value = DocumentKind(str(kind)).value
    except ValueError:
        allowed = ", ".join(k.value for k in DocumentKind)
        raise ValidationError(
            "kind",
            f"'{kind}' is not a kind of plan document; use {allowed}.",
            sv=f"'{kind}' är ingen typ av planhandling; använd {allowed}.",
        ) from None
    if basis_type in (None, ""):
        return value, None
    if value != DocumentKind.BASIS.value:
        raise ValidationError(
            "basis_type",
            "Only a planning study has a study type.",
            sv="Bara ett planeringsunderlag har en typ av underlag.",
        )
    if basis_type not in BASIS_TYPE_LABELS:
        raise ValidationError(
            "basis_type",
            f"'{basis_type}' is not a study type of NS Detaljplan 4.1 (underlagstyp), e.g. "
            "geoteknisk utredning, bullerutredning, dagvattenutredning or annat.",
            sv=f"'{basis_type}' är ingen typ av underlag i NS Detaljplan 4.1 (underlagstyp), "
            "t.ex. geoteknisk utredning, bullerutredning, dagvattenutredning eller annat.",
        )
    return value, basis_type


def add_document(
    session: Session,
    owner_table: str,
    owner_id: int,
    title: str,
    location: str,
    *,
    kind: str | None = None,
    basis_type: str | None = None,
) -> DocumentRow:
    """Link a document to an actor, parcel or plan.

    The location is a web address (http, https), an e-mail (mailto) or the absolute
    path of a local file; ``javascript:``, ``file:``, ``data:`` and the like are refused.
    A plan's document may say what it is (``kind``: plankarta, beslutsprotokoll,
    planbeskrivning, planeringsunderlag with its ``basis_type``, övrigt).
    """
    if owner_table not in _DOCUMENT_OWNERS:
        raise ValidationError(
            "owner_table",
            f"Documents belong to {', '.join(_DOCUMENT_OWNERS)}, not {owner_table}.",
            sv=f"Dokument hör till {', '.join(_DOCUMENT_OWNERS)}, inte till {owner_table}.",
        )
    check_required({"title": title, "location": location}, ("title", "location"))
    link = check_link("location", location, "document")
    assert link is not None  # not empty: checked above
    kind_value, basis = _kind(owner_table, kind, basis_type)
    obj = Document(
        owner_table=owner_table,
        owner_id=owner_id,
        title=title.strip(),
        location=link,
        kind=kind_value,
        basis_type=basis,
    )
    session.add(obj)
    session.flush()
    return row_from(obj, DocumentRow)


def documents_of(session: Session, owner_table: str, owner_id: int) -> list[DocumentRow]:
    """Documents linked to one actor, parcel or plan, by title."""
    query = (
        select(Document)
        .where(Document.owner_table == owner_table, Document.owner_id == owner_id)
        .order_by(Document.title, Document.id)
    )
    return [row_from(d, DocumentRow) for d in session.scalars(query)]


def delete_document(session: Session, document_id: int, version: int) -> None:
    """Remove a document link (the file itself is not touched)."""
    delete_row(session, Document, document_id, version)
